namespace CorridorSim.Experiments;

/// <summary>
/// One parameter of a sweep: a key path through the scenario and the values it takes, as written on the
/// command line (<c>--vary sea_services.aktau_alat_ferry.vessels=4,6,8</c>).
/// </summary>
/// <param name="Key">Dot path through the scenario; whether it exists is the scenario loader's to judge.</param>
/// <param name="Values">The values in the order given, as text (the loader parses them like <c>--set</c>).</param>
public sealed record VaryParameter(string Key, IReadOnlyList<string> Values)
{
    /// <summary>The form a <c>--vary</c> value must take, quoted in every error.</summary>
    public const string ExpectedForm = "--vary key.path=v1,v2,... (a key, '=', then comma-separated values)";

    /// <summary>Reads the text after <c>--vary</c>: a key, <c>=</c>, and comma-separated values.</summary>
    /// <remarks>Spaces around the key and each value are dropped.</remarks>
    /// <exception cref="ExperimentArgumentException">No <c>=</c>, no key, no values, an empty value or a value given twice.</exception>
    public static VaryParameter Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var argument = $"--vary {text}";
        var equals = text.IndexOf('=');
        if (equals < 0) throw Bad(argument, "no '=' between the key and its values");

        var key = text[..equals].Trim();
        if (key.Length == 0) throw Bad(argument, "no key before '='");

        var valuesText = text[(equals + 1)..];
        if (valuesText.Trim().Length == 0) throw Bad(argument, $"no values after '{key}='");

        var values = VaryValueList.Split(valuesText).Select(v => v.Trim()).ToArray();
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i].Length == 0) throw Bad(argument, $"value {i + 1} of {values.Length} is empty");
            if (Array.IndexOf(values, values[i]) < i) throw Bad(argument, $"value '{values[i]}' is given twice");
        }

        return new VaryParameter(key, values);
    }

    private static ExperimentArgumentException Bad(string argument, string problem) => new(argument, problem, ExpectedForm);
}
