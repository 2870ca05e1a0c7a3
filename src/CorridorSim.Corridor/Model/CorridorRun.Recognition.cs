namespace CorridorSim.Corridor.Model;

internal sealed partial class CorridorRun
{
    /// <summary>
    /// The name a border step must have to be the same check as a port customs post's document check (stage
    /// <c>customs</c>), so that mutual recognition between a port and a border skips it.
    /// </summary>
    public const string CustomsDeclarationStep = "customs_declaration";

    private readonly Dictionary<string, int> _recognitionBits = new(StringComparer.Ordinal) { [CustomsDeclarationStep] = 0 };

    /// <summary>
    /// The bit of step <paramref name="step"/> in a consignment's recognised steps: steps of the same name at
    /// different posts are the same check, which mutual recognition lets the next post skip.
    /// </summary>
    /// <remarks>Implementation note: a 64-bit mask per consignment; a 65th distinct step name gets no bit and is never skipped.</remarks>
    public ulong RecognitionBit(string step)
    {
        if (!_recognitionBits.TryGetValue(step, out var index))
        {
            index = _recognitionBits.Count;
            _recognitionBits.Add(step, index);
        }

        return index < 64 ? 1UL << index : 0;
    }
}
