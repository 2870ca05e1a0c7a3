namespace CorridorSim.Robustness.Tests.Fuzzing;

/// <summary>What a <see cref="TextMutation"/> does to a scenario's lines.</summary>
internal enum TextMutationKind
{
    DeleteKey,
    DeleteItem,
    DuplicateKey,
    DuplicateItem,
    QuoteNumber,
    ScalarToList,
    ScalarToMapping,
    MappingToScalar,
    ListToScalar,
    SetNumber,
    SetKeyword,
    EmptyList,
    UnknownReference,
    SwapNames,
    SwapReferences,
    BreakRoute,
    DeleteNetworkItem,
    ShiftIndent,
    InsertTab,
    UnbalanceBracket,
    InsertJunk,
    SetChoice,
    RemoveByMerge,
}
