namespace CorridorSim.Corridor.Spec;

/// <summary>A way a customs regime can shorten a border procedure step that lists it.</summary>
public enum RegimeEffect
{
    /// <summary>The step starts when the train leaves the previous facility; only its remainder on arrival is dwell.</summary>
    PreArrival,

    /// <summary>The agencies' submissions are merged: consecutive single-window steps run at once, not one after another.</summary>
    SingleWindow,

    /// <summary>The step is skipped for cargo that had it at the previous post, when both posts recognise each other.</summary>
    MutualRecognition,
}
