using CorridorSim.Corridor.Model;

namespace CorridorSim.Corridor.Tests.Model;

public sealed class TrainRegisterTests
{
    [Fact]
    public void Values_AfterRandomDeparturesAndArrivals_InTheOrderADictionaryGives()
    {
        // Given trains entered in id order and struck off at random, thousands on their way at once
        var register = new TrainRegister<string>();
        var dictionary = new Dictionary<long, string>();
        var random = new Random(5);
        var onTheirWay = new List<long>();
        for (long id = 0; id < 40_000; id++)
        {
            register.Add(id, $"train {id}");
            dictionary.Add(id, $"train {id}");
            onTheirWay.Add(id);
            while (onTheirWay.Count > 0 && random.NextDouble() < 0.45)
            {
                var at = random.Next(onTheirWay.Count);
                Assert.True(register.Remove(onTheirWay[at]));
                dictionary.Remove(onTheirWay[at]);
                onTheirWay.RemoveAt(at);
            }
        }

        // Then the ledger sees the same trains in the same order, so its sums are bit for bit the same
        Assert.Equal(dictionary.Count, register.Count);
        Assert.Equal(dictionary.Values, register.Values);
    }

    [Fact]
    public void Remove_UnknownOrAlreadyArrivedTrain_IsFalse()
    {
        var register = new TrainRegister<string>();
        register.Add(0, "train 0");

        Assert.True(register.Remove(0));
        Assert.False(register.Remove(0));
        Assert.False(register.Remove(7));
        Assert.Equal(0, register.Count);
    }

    [Fact]
    public void Add_IdOutOfOrder_Throws()
    {
        var register = new TrainRegister<string>();
        register.Add(0, "train 0");

        Assert.Throws<InvalidOperationException>(() => register.Add(2, "train 2"));
    }
}
