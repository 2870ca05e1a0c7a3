using System.Globalization;
using System.Text;

namespace CorridorSim.Scenarios.Tests;

/// <summary>
/// Mutated bundled scenarios: every mutant either loads or is rejected with located errors; none throws.
/// The longer FsCheck search in CorridorSim.Robustness.Tests builds on this; here a fixed sample keeps the suite fast.
/// </summary>
public class FuzzTests
{
    private static readonly string[] Junk = ["{", "}", "[", "]", ":", "- ", "'", "\"", "&a ", "*a", "!!int ", "? ", "|", ">", "#", "\t", ",", "%", "@", "`", "\\", "\u00e9", "~", "<<: "];
    private static readonly string[] Numbers = ["-1", "0", "1e308", "1e400", ".nan", "-.inf", "x", "0.5", "99999999999", "\"7\"", "[]", "{}", "", "-0", "1_000"];

    [Theory]
    [InlineData("baseline-2024.yaml", 1)]
    [InlineData("baseline-2024.yaml", 2)]
    [InlineData("roadmap-2027.yaml", 3)]
    public void MutatedScenario_LoadsOrIsRejectedWithLocations_NeverThrows(string file, int seed)
    {
        var path = RepositoryPaths.Scenario(file);
        var original = File.ReadAllText(path);
        var random = new SplitMix(seed);
        for (var i = 0; i < 150; i++)
        {
            var mutant = Mutate(original, random);
            ScenarioLoadResult result;
            try
            {
                result = ScenarioLoader.LoadFromString(mutant, path, []);
            }
            catch (Exception ex)
            {
                Assert.Fail($"mutant {i} (seed {seed}) threw {ex}\n--- mutant ---\n{mutant}");
                return;
            }

            Assert.True(result.Succeeded == (result.Errors.Count == 0), $"mutant {i}: spec and errors disagree");
            Assert.All(result.Errors, e => Assert.False(string.IsNullOrEmpty(e.File) || string.IsNullOrEmpty(e.Message), e.ToString()));
        }
    }

    private static string Mutate(string text, SplitMix random)
    {
        var lines = text.Split('\n').ToList();
        var rounds = 1 + random.Next(3);
        for (var r = 0; r < rounds; r++)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(7))
            {
                case 0:
                    lines.RemoveAt(at);
                    break;
                case 1:
                    lines.Insert(at, lines[random.Next(lines.Count)]);
                    break;
                case 2:
                    lines[at] = ReplaceNumber(lines[at], Numbers[random.Next(Numbers.Length)]);
                    break;
                case 3:
                    var position = random.Next(lines[at].Length + 1);
                    lines[at] = lines[at][..position] + Junk[random.Next(Junk.Length)] + lines[at][position..];
                    break;
                case 4:
                    lines[at] = lines[at].TrimStart();
                    break;
                case 5:
                    lines[at] = "  " + lines[at];
                    break;
                default:
                    lines[at] = lines[at].Replace("aktau", "aktua").Replace("kuryk", "kurik");
                    break;
            }

            if (lines.Count == 0) lines.Add("");
        }

        return string.Join('\n', lines);
    }

    private static string ReplaceNumber(string line, string replacement)
    {
        var builder = new StringBuilder(line);
        for (var i = 0; i < line.Length; i++)
        {
            if (!char.IsAsciiDigit(line[i])) continue;
            var end = i;
            while (end < line.Length && (char.IsAsciiDigit(line[end]) || line[end] == '.')) end++;
            return builder.Remove(i, end - i).Insert(i, replacement).ToString();
        }

        return line;
    }

    /// <summary>A tiny documented generator (SplitMix64), so the mutants are the same on every runtime.</summary>
    private sealed class SplitMix(int seed)
    {
        private ulong _state = (ulong)seed;

        public int Next(int bound)
        {
            _state += 0x9E3779B97F4A7C15;
            var z = _state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
            z ^= z >> 31;
            return bound <= 0 ? 0 : (int)(z % (ulong)bound);
        }

        public override string ToString() => _state.ToString(CultureInfo.InvariantCulture);
    }
}
