using System.ComponentModel;
using System.Globalization;
using System.Numerics;

namespace CorridorSim.Cli;

/// <summary>
/// Reads a whole-number option (<c>--seed</c>, <c>--threads</c>, <c>--replications</c>) and says, when it cannot,
/// which option, what was given and what range is allowed, instead of Spectre's "Failed to convert '-1' to Nullable`1".
/// </summary>
/// <remarks>The option's name and range come from the subclass; the failure is an <see cref="InvalidInputException"/>.</remarks>
internal abstract class WholeNumberConverter : TypeConverter
{
    /// <summary>The option as typed, e.g. <c>--seed</c>.</summary>
    protected abstract string Option { get; }

    /// <summary>The smallest value allowed.</summary>
    protected abstract BigInteger Minimum { get; }

    /// <summary>The largest value allowed.</summary>
    protected abstract BigInteger Maximum { get; }

    /// <summary>Turns the value read into the property's type.</summary>
    protected abstract object From(BigInteger value);

    /// <inheritdoc/>
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) => sourceType == typeof(string);

    /// <inheritdoc/>
    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value)
    {
        var text = (value as string ?? "").Trim();
        if (!BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            || number < Minimum || number > Maximum)
        {
            var shown = text.Length > 40 ? text[..40] + "…" : text;
            throw new InvalidInputException($"{Option}: '{shown}' is not allowed; expected a whole number from {Minimum} to {Maximum}.");
        }

        return From(number);
    }
}

/// <summary><c>--seed</c>: 0 to 2⁶⁴ − 1.</summary>
internal sealed class SeedConverter : WholeNumberConverter
{
    /// <inheritdoc/>
    protected override string Option => "--seed";

    /// <inheritdoc/>
    protected override BigInteger Minimum => 0;

    /// <inheritdoc/>
    protected override BigInteger Maximum => ulong.MaxValue;

    /// <inheritdoc/>
    protected override object From(BigInteger value) => (ulong?)(ulong)value;
}

/// <summary><c>--threads</c>: 1 to 1024.</summary>
internal sealed class ThreadCountConverter : WholeNumberConverter
{
    /// <inheritdoc/>
    protected override string Option => "--threads";

    /// <inheritdoc/>
    protected override BigInteger Minimum => 1;

    /// <inheritdoc/>
    protected override BigInteger Maximum => 1024;

    /// <inheritdoc/>
    protected override object From(BigInteger value) => (int?)(int)value;
}

/// <summary><c>--replications</c>: 1 to 1,000,000.</summary>
internal sealed class ReplicationCountConverter : WholeNumberConverter
{
    /// <inheritdoc/>
    protected override string Option => "--replications";

    /// <inheritdoc/>
    protected override BigInteger Minimum => 1;

    /// <inheritdoc/>
    protected override BigInteger Maximum => 1_000_000;

    /// <inheritdoc/>
    protected override object From(BigInteger value) => (int?)(int)value;
}
