namespace CorridorSim.Robustness.Tests.Fuzzing;

/// <summary>What happens to the mutated scenario as a file: its <c>extends</c>, its size, its encoding.</summary>
public enum FileMutation
{
    None,

    /// <summary><c>extends:</c> names the file itself.</summary>
    ExtendsItself,

    /// <summary>The file extends a second file that extends it back.</summary>
    ExtendsCycleOfTwo,

    /// <summary>A → B → C → A.</summary>
    ExtendsCycleOfThree,

    /// <summary><c>extends:</c> names a file that is not there.</summary>
    ExtendsMissingFile,

    /// <summary><c>extends:</c> names a folder.</summary>
    ExtendsFolder,

    /// <summary>A comment pads the file past <see cref="Scenarios.ScenarioLimits.MaxFileBytes"/>.</summary>
    OverSizeLimit,

    /// <summary>The text is cut at a byte (perhaps inside a multi-byte character).</summary>
    Truncated,

    /// <summary>Bytes that are not UTF-8 are inserted (a lone 0xFF, a Latin-1 é, an overlong '/', a surrogate).</summary>
    InvalidUtf8,

    /// <summary>The text is saved as UTF-16 with a byte-order mark.</summary>
    Utf16,

    /// <summary>The text starts with a UTF-8 byte-order mark (which is allowed).</summary>
    Utf8ByteOrderMark,

    /// <summary>A NUL byte is inserted.</summary>
    NulByte,
}
