using System.Globalization;
using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Reporting.Tables;
using CorridorSim.Reporting.Tests.Given;

namespace CorridorSim.Reporting.Tests.Tables;

public class CsvNumberTests
{
    [Fact]
    public void Format_NaN_IsEmpty() => Assert.Equal("", CsvNumber.Format(double.NaN));

    [Fact]
    public void Format_Null_IsEmpty() => Assert.Equal("", CsvNumber.Format((double?)null));

    [Fact]
    public void Format_NegativeZero_IsZero() => Assert.Equal("0", CsvNumber.Format(-0.0));

    [Theory]
    [InlineData(0.1 + 0.2)]
    [InlineData(4_212_345.678)]
    [InlineData(1e-12)]
    [InlineData(-3.5)]
    [InlineData(123456789012345.0)]
    public void Format_AnyDouble_ReadsBackToTheSameValue(double value) =>
        Assert.Equal(value, double.Parse(CsvNumber.Format(value), CultureInfo.InvariantCulture));

    [Fact]
    public void SnakeCase_PascalCaseEnum_IsLowerSnakeCase()
    {
        Assert.Equal("oil_parcel", SnakeCase.Of(CorridorSim.Corridor.Spec.CargoUnit.OilParcel));
        Assert.Equal("train_path", SnakeCase.Of(CorridorSim.Corridor.Causes.WaitCauseKind.TrainPath));
    }

    [Fact]
    public void Tables_CommaDecimalCurrentCulture_StillWriteInvariantNumbers()
    {
        // Given a German-style culture (decimal comma, dot grouping). The build runs in invariant
        // globalization mode, where "de-DE" cannot be created, so its number format is built by hand.
        var german = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        german.NumberFormat.NumberDecimalSeparator = ",";
        german.NumberFormat.NumberGroupSeparator = ".";
        var before = CultureInfo.CurrentCulture;
        string csv;
        try
        {
            CultureInfo.CurrentCulture = german;
            CultureInfo.CurrentUICulture = german;
            Assert.Equal("2,5", 2.5.ToString(CultureInfo.CurrentCulture));

            // When
            var result = SampleRun.Experiment();
            csv = CsvText.Of(w => NodesCsv.Write(w, result.Replications)) + CsvText.Of(w => SummaryCsv.Write(w, result.Summary));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = before;
        }

        // Then
        Assert.Contains("0,aktau_baku,sea_service,3000000,45000,4,12,8,60,0.6,0,wagons,300,280,50.5,20.25,0.9,0.36,12.5", csv);
        Assert.Contains("transit_days_p95,days,25.06,24.1,26.02,23.9,26.2,2", csv);
    }
}
