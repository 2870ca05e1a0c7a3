namespace CorridorSim.Robustness.Tests.Fuzzing;

/// <summary>What an <c>extends</c> of a fuzzed shared scenario points at (issue 18): a real parent, or something that is no scenario of ours.</summary>
public enum ExtendsTarget
{
    /// <summary>A parent scenario in the scenario's own folder tree: must load.</summary>
    ParentInTree,

    /// <summary>A link inside the tree to a parent inside the tree: must load.</summary>
    LinkToParentInTree,

    /// <summary>The bundled baseline by its absolute path: must load.</summary>
    BundledBaseline,

    /// <summary>A system file by absolute path (<c>/etc/passwd</c>, <c>/etc/hostname</c>, <c>/proc/self/environ</c>).</summary>
    SystemFile,

    /// <summary>A secret file beside the scenario that is not <c>.yaml</c> (<c>.env</c>, <c>id_rsa</c>, <c>notes.txt</c>).</summary>
    SecretBeside,

    /// <summary>A <c>.yaml</c> secret outside the tree, reached with <c>../</c>.</summary>
    DotDotOutside,

    /// <summary>A <c>.yaml</c> link inside the tree to a secret outside it.</summary>
    LinkOutside,

    /// <summary>A FIFO nobody writes to.</summary>
    NamedPipe,

    /// <summary>A character device: <c>/dev/zero</c>, <c>/dev/urandom</c> or <c>/dev/null</c>.</summary>
    Device,

    /// <summary>A folder.</summary>
    Folder,

    /// <summary>A path that is not one: very long, with a NUL, or only spaces.</summary>
    NotAPath,
}
