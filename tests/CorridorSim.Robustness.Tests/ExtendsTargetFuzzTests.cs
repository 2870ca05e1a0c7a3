using System.Diagnostics;
using CorridorSim.Robustness.Tests.Fuzzing;
using CorridorSim.Scenarios;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace CorridorSim.Robustness.Tests;

/// <summary>
/// Issue 18, new input kinds for the fuzzing: a shared scenario whose <c>extends</c> names any kind of path — system
/// files, secrets beside it, <c>../</c> escapes, links in and out of its folder tree, FIFOs, devices, folders and paths
/// that are not paths. Every case ends at once (a FIFO or device is never opened), a parent inside the allowed
/// folders loads, and everything else is refused without a word of the file it names.
/// </summary>
public sealed class ExtendsTargetFuzzTests(ITestOutputHelper output) : IDisposable
{
    private const string Secret = "SENTINEL_SECRET_8d1e";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private readonly string _root = Directory.CreateTempSubdirectory("corridorsim-extends-fuzz-").FullName;
    private readonly Dictionary<ExtendsTarget, int> _tried = [];
    private int _case;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void SharedScenario_ExtendsAnyKindOfPath_LoadsOnlyScenarioFilesAndNeverEchoesAnother()
    {
        // Given a scenario folder with a parent, secrets in and out of it, a FIFO, and links
        var project = Prepare();
        var settings = FuzzSettings.For(normalCases: 300, normalSeed: 18_2026_0001);
        var cases = from target in Gen.Elements(Enum.GetValues<ExtendsTarget>())
                    from variant in Gen.Choose(0, 2)
                    from depth in Gen.Choose(1, 4)
                    select (target, variant, depth);

        // When each fuzzed case is loaded
        try
        {
            Check.One(settings.Config, Prop.ForAll(Arb.From(cases), c => Judge(project, c.target, c.variant, c.depth)));
        }
        catch (Exception ex)
        {
            Assert.Fail($"{ex.Message}\n{settings.ReplayHint}");
        }

        // Then (checked per case) and every kind was tried
        output.WriteLine(settings.ReplayHint);
        foreach (var (kind, count) in _tried.OrderBy(k => k.Key)) output.WriteLine($"{kind}: {count}");
        Assert.Equal(Enum.GetValues<ExtendsTarget>().Length, _tried.Count);
    }

    private void Judge(string project, ExtendsTarget target, int variant, int depth)
    {
        _tried[target] = _tried.GetValueOrDefault(target) + 1;
        var scenario = Path.Combine(project, $"case-{_case++}.yaml");
        File.WriteAllText(scenario, $"extends: {Quote(TargetText(target, variant, depth))}\nhorizon_days: 60\n");

        ScenarioLoadResult? result = null;
        var load = new Thread(() => result = ScenarioLoader.Load(scenario, [])) { IsBackground = true };
        var clock = Stopwatch.StartNew();
        load.Start();
        Assert.True(load.Join(Bound), $"{target} ({variant}): loading did not end within {Bound.TotalSeconds} s");

        var everything = string.Join("\n", result!.Errors.Concat(result.Warnings));
        Assert.DoesNotContain(Secret, everything);
        Assert.DoesNotContain("root:x:", everything);
        if (target is ExtendsTarget.ParentInTree or ExtendsTarget.LinkToParentInTree or ExtendsTarget.BundledBaseline)
        {
            Assert.True(result.Succeeded, $"{target} ({variant}) should load:\n{everything}");
        }
        else
        {
            Assert.False(result.Succeeded, $"{target} ({variant}) loaded");
            Assert.All(result.Errors, e => Assert.False(e.ToString().Length > 1000, e.ToString()));
        }

        Assert.True(clock.Elapsed < Bound, $"{target}: {clock.Elapsed.TotalSeconds:F1} s");
    }

    private string TargetText(ExtendsTarget target, int variant, int depth) => target switch
    {
        ExtendsTarget.ParentInTree => variant switch { 0 => "parent.yaml", 1 => "./sub/parent.yaml", _ => "sub/../parent.yaml" },
        ExtendsTarget.LinkToParentInTree => "link-in.yaml",
        ExtendsTarget.BundledBaseline => RepositoryPaths.Baseline,
        ExtendsTarget.SystemFile => variant switch { 0 => "/etc/passwd", 1 => "/etc/hostname", _ => "/proc/self/environ" },
        ExtendsTarget.SecretBeside => variant switch { 0 => ".env", 1 => "id_rsa", _ => "notes.txt" },
        ExtendsTarget.DotDotOutside => string.Concat(Enumerable.Repeat("../", depth)) + (depth == 1 ? "outside/secret.yaml" : "etc/passwd"),
        ExtendsTarget.LinkOutside => "link-out.yaml",
        ExtendsTarget.NamedPipe => "pipe.yaml",
        ExtendsTarget.Device => variant switch { 0 => "/dev/zero", 1 => "/dev/urandom", _ => "/dev/null" },
        ExtendsTarget.Folder => variant switch { 0 => "sub", 1 => "/", _ => _root },
        _ => variant switch { 0 => new string('a', 5000) + ".yaml", 1 => "a\u0000b.yaml", _ => "   " },
    };

    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\0", "\\0", StringComparison.Ordinal) + "\"";

    private string Prepare()
    {
        var project = Path.Combine(_root, "project");
        var outside = Path.Combine(_root, "outside");
        Directory.CreateDirectory(Path.Combine(project, "sub"));
        Directory.CreateDirectory(outside);
        var parent = File.ReadAllText(RepositoryPaths.Baseline);
        File.WriteAllText(Path.Combine(project, "parent.yaml"), parent);
        File.WriteAllText(Path.Combine(project, "sub", "parent.yaml"), parent);
        foreach (var name in new[] { ".env", "id_rsa", "notes.txt" }) File.WriteAllText(Path.Combine(project, name), $"{Secret}: 1\n");
        File.WriteAllText(Path.Combine(outside, "secret.yaml"), $"{Secret}: 1\n");
        File.CreateSymbolicLink(Path.Combine(project, "link-in.yaml"), Path.Combine(project, "parent.yaml"));
        File.CreateSymbolicLink(Path.Combine(project, "link-out.yaml"), Path.Combine(outside, "secret.yaml"));
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [Path.Combine(project, "pipe.yaml")]) { UseShellExecute = false })!;
        Assert.True(mkfifo.WaitForExit(10_000) && mkfifo.ExitCode == 0, "mkfifo failed");
        return project;
    }
}
