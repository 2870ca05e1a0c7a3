using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Experiments;
using CorridorSim.Reporting.Bottlenecks;
using CorridorSim.Reporting.Tables;
using CorridorSim.Reporting.Tests.Given;

namespace CorridorSim.Reporting.Tests.Tables;

public class CsvTablesTests
{
    [Fact]
    public void SummaryCsv_OneKpi_WritesExactHeaderAndRow()
    {
        // Given
        IReadOnlyList<KpiSummary> summary = [new("transit_days_p95", "days", 25.06, 24.1, 26.02, 23.9, 26.2, 10)];

        // When
        var csv = CsvText.Of(w => SummaryCsv.Write(w, summary));

        // Then
        Assert.Equal(
            "kpi,unit,mean,ci95_low,ci95_high,min,max,replications\n"
            + "transit_days_p95,days,25.06,24.1,26.02,23.9,26.2,10\n",
            csv);
    }

    [Fact]
    public void SummaryCsv_SingleReplicationInterval_WritesNaNAsEmptyFields()
    {
        IReadOnlyList<KpiSummary> summary = [new("backlog_tonnes_end", "tonnes", 150000, double.NaN, double.NaN, 150000, 150000, 1)];

        var csv = CsvText.Of(w => SummaryCsv.Write(w, summary));

        Assert.EndsWith("\nbacklog_tonnes_end,tonnes,150000,,,150000,150000,1\n", csv);
    }

    [Fact]
    public void ReplicationsCsv_TwoReplications_OneColumnPerKpiInSummaryOrderAndRowsInReplicationOrder()
    {
        var result = SampleRun.Experiment();

        var rows = CsvText.Rows(CsvText.Of(w => ReplicationsCsv.Write(w, result.Summary, result.Replications)));

        Assert.Equal(["replication", "seed", .. result.Summary.Select(s => s.Kpi)], rows[0]);
        Assert.Equal(["0", "1000", "4500000", "4200000", "0.93", "14", "12", "25", "150000", "-5000", "", "0.992", "11"], rows[1]);
        Assert.Equal("1", rows[2][0]);
        Assert.Equal("1001", rows[2][1]);
        Assert.Equal(3, rows.Count);
    }

    [Fact]
    public void ReplicationsCsv_KpiMissingInOneReplication_LeavesItsFieldEmpty()
    {
        var full = SampleRun.Replication(0);
        var partial = SampleRun.Replication(1) with { Kpis = [new KpiValue("demand_tonnes_per_year", "tonnes/year", 1.5)] };
        IReadOnlyList<KpiSummary> summary = [new("demand_tonnes_per_year", "tonnes/year", 1, 1, 1, 1, 1, 2)];

        var rows = CsvText.Rows(CsvText.Of(w => ReplicationsCsv.Write(w, summary, [full, partial])));

        Assert.Equal(rows[0].Length, rows[2].Length);
        Assert.Equal("1.5", rows[2][2]);
        Assert.All(rows[2].Skip(3), field => Assert.Equal("", field));
    }

    [Fact]
    public void NodesCsv_SeaServiceAndPort_FillsSeaColumnsOnlyForTheSeaService()
    {
        var replication = SampleRun.Replication(0);

        var rows = CsvText.Rows(CsvText.Of(w => NodesCsv.Write(w, [replication])));

        Assert.Equal(
            "replication,facility,kind,throughput_tonnes,units_served,mean_wait_hours,p95_wait_hours,mean_queue,max_queue,utilisation,closure_hours,"
            + "load_unit,departures_westbound,departures_eastbound,mean_load_westbound,mean_load_eastbound,load_factor_westbound,load_factor_eastbound,vessel_hours_out_of_service,"
            + "vessel_hours_waiting_for_berth,vessel_hours_waiting_for_cargo,loaded_units_westbound,loaded_units_eastbound,empty_units_westbound,empty_units_eastbound",
            string.Join(",", rows[0]));
        var ferry = rows.Single(r => r[1] == "aktau_baku");
        Assert.Equal(["0", "aktau_baku", "sea_service", "3000000", "45000", "4", "12", "8", "60", "0.6", "0", "wagons", "300", "280", "50.5", "20.25", "0.9", "0.36", "12.5", "0", "0", "0", "0", "0", "0"], ferry);
        var port = rows.Single(r => r[1] == "aktau_port");
        Assert.Equal(["0", "aktau_port", "port", "3000000", "45000", "30", "90", "120", "400", "0.95", "10", "", "", "", "", "", "", "", "", "", "", "", "", "", ""], port);
    }

    [Fact]
    public void ConsignmentsCsv_DeliveredAndUndelivered_WritesSnakeCaseEnumsAndEmptyDeliveryFields()
    {
        var replication = SampleRun.Replication(0);

        var csv = CsvText.Of(w => ConsignmentsCsv.Write(w, [replication], ConsignmentRecording.All));

        Assert.Equal(
            "replication,id,flow,unit,direction,route,tonnes,teu,created_hours,delivered_hours,transit_days\n"
            + "0,1,kz_exports_west,oil_parcel,westbound,aktau_baku_poti,60,0,100,436,14\n"
            + "0,2,china_europe,container,eastbound,kuryk_alat,20.5,2,101.25,,\n",
            csv);
    }

    [Theory]
    [InlineData(ConsignmentRecording.None, new string[0])]
    [InlineData(ConsignmentRecording.First, new[] { "0" })]
    [InlineData(ConsignmentRecording.All, new[] { "0", "1" })]
    public void ConsignmentsCsv_Mode_WritesTheSelectedReplicationsInOrder(ConsignmentRecording mode, string[] replications)
    {
        var result = SampleRun.Experiment();

        var rows = CsvText.Rows(CsvText.Of(w => ConsignmentsCsv.Write(w, result.Replications, mode)));

        Assert.Equal(replications, rows.Skip(1).Select(r => r[0]).Distinct().ToArray());
    }

    [Fact]
    public void ConsignmentsCsv_CancelledDuringALongTable_StopsWithoutWritingItAll()
    {
        var many = Enumerable.Range(0, 200_000)
            .Select(i => new ConsignmentRecord(i, "f", CorridorSim.Corridor.Spec.CargoUnit.Wagon, CorridorSim.Corridor.Spec.Direction.Westbound, "r", 60, 0, i, null))
            .ToList();
        var replication = SampleRun.Replication(0) with { Consignments = many };
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        using var writer = new StringWriter();

        Assert.Throws<OperationCanceledException>(() => ConsignmentsCsv.Write(writer, [replication], ConsignmentRecording.First, cancellation.Token));
    }

    [Fact]
    public void StagesCsv_Stage_WritesWaitAndServiceHours()
    {
        var replication = SampleRun.Replication(0);

        var csv = CsvText.Of(w => StagesCsv.Write(w, [replication], ConsignmentRecording.First));

        Assert.Equal(
            "replication,id,stage,facility,arrived_hours,started_hours,left_hours,wait_hours,service_hours\n"
            + "0,1,customs,dostyk,110,112.5,114,2.5,1.5\n"
            + "0,1,sailing,aktau_baku,200,230,248,30,18\n",
            csv);
    }

    [Fact]
    public void TimeseriesCsv_ClosedDay_WritesLowerCaseBooleans()
    {
        var replication = SampleRun.Replication(0);

        var rows = CsvText.Rows(CsvText.Of(w => TimeseriesCsv.Write(w, [replication])));

        Assert.Equal("replication,day,facility,queue_units,queue_tonnes,in_service,closed", string.Join(",", rows[0]));
        Assert.Equal(["0", "2", "baku_port", "2", "2001", "1", "true"], rows.Single(r => r[1] == "2" && r[2] == "baku_port"));
        Assert.Equal("false", rows.Single(r => r[1] == "1" && r[2] == "baku_port")[6]);
    }

    [Fact]
    public void BottlenecksCsv_Ranking_WritesCauseLabelFacilityAndItsNumbers()
    {
        IReadOnlyList<Bottleneck> ranking =
        [
            new(1, new(CorridorSim.Corridor.Causes.WaitCauseKind.Berth, "alat", FacilityKind.Port, "ferry"), 1200.5, 72030, 0.5, 0.95, 0),
            new(2, new(CorridorSim.Corridor.Causes.WaitCauseKind.Closure, "baku_port", FacilityKind.Port), 300, 18000, 0.125, 0.2, 400),
        ];

        var csv = CsvText.Of(w => BottlenecksCsv.Write(w, ranking));

        Assert.Equal(
            "rank,cause,facility,kind,consignment_hours,tonne_hours,share,utilisation,closure_hours\n"
            + "1,berth:ferry,alat,port,1200.5,72030,0.5,0.95,0\n"
            + "2,closure,baku_port,port,300,18000,0.125,0.2,400\n",
            csv);
    }

    [Fact]
    public void ComparisonCsv_Row_WritesSignificantAsTrueOrFalse()
    {
        IReadOnlyList<ComparisonRow> rows =
        [
            new("transit_days_p95", "days", "baseline", 25, 24, 26, 0, 0, 0, false),
            new("transit_days_p95", "days", "digital", 21.5, 20.5, 22.5, -3.5, -4.25, -2.75, true),
        ];

        var csv = CsvText.Of(w => ComparisonCsv.Write(w, rows));

        Assert.Equal(
            "kpi,unit,scenario,mean,ci95_low,ci95_high,diff_vs_first,diff_ci95_low,diff_ci95_high,significant\n"
            + "transit_days_p95,days,baseline,25,24,26,0,0,0,false\n"
            + "transit_days_p95,days,digital,21.5,20.5,22.5,-3.5,-4.25,-2.75,true\n",
            csv);
    }

    [Fact]
    public void SweepCsv_TwoVariedKeys_OneColumnPerKeyThenTheKpi()
    {
        IReadOnlyList<string> keys = ["sea_services.aktau_baku.vessels", "ports.aktau.berths"];
        var point = new SweepPoint(3, [new("sea_services.aktau_baku.vessels", "6"), new("ports.aktau.berths", "4")], SampleRun.Experiment());

        var rows = CsvText.Rows(CsvText.Of(w => SweepCsv.Write(w, keys, [point])));

        Assert.Equal("point,sea_services.aktau_baku.vessels,ports.aktau.berths,kpi,unit,mean,ci95_low,ci95_high", string.Join(",", rows[0]));
        Assert.Equal(["3", "6", "4", "transit_days_p95", "days", "25.06", "24.1", "26.02"], rows.Single(r => r[3] == "transit_days_p95"));
        Assert.Equal(1 + point.Result.Summary.Count, rows.Count);
    }
}
