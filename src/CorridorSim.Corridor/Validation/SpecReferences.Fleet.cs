using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Vocabulary;

namespace CorridorSim.Corridor.Validation;

/// <summary>Sea services: both ports exist and have the berths and yard the vessel class needs.</summary>
internal static partial class SpecReferences
{
    private static void SeaServices(CorridorSpec spec, NetworkIndex network, List<SpecProblem> issues)
    {
        var ports = spec.Ports.GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.First());
        foreach (var service in spec.SeaServices)
        {
            var path = $"sea_services.{service.Name}";
            foreach (var (key, port) in new[] { ("east_port", service.EastPort), ("west_port", service.WestPort) })
            {
                if (network.Unmapped(port)) continue;
                if (!ports.TryGetValue(port, out var facility))
                {
                    issues.Add(Unknown($"{path}.{key}", port, "port", network.Ports(spec)));
                    continue;
                }

                PortServes(facility, service, issues);
            }

            if (service.EastPort.Length > 0 && service.EastPort == service.WestPort)
                issues.Add(new SpecProblem($"{path}.west_port", $"the service sails from '{service.EastPort}' to itself", service.WestPort, "a port other than east_port"));
        }
    }

    private static void PortServes(PortSpec port, SeaServiceSpec service, List<SpecProblem> issues)
    {
        var rule = VesselClassRules.For(service.VesselClass);
        var (berthKey, berths, yardKey, yard) = (rule.BerthKey, port.BerthFor(service.VesselClass).Count, rule.YardKey, rule.YardCapacity(port));
        var vessels = SnakeCase.Words(service.VesselClass);
        if (berths < 1)
            issues.Add(new SpecProblem($"ports.{port.Name}.{berthKey}", $"the {vessels} service '{service.Name}' calls at '{port.Name}', which has no {berthKey.Replace('_', ' ')}",
                berths.ToString(), $"at least 1 {berthKey.Replace('_', ' ')[..^1]}"));
        if (yard <= 0)
            issues.Add(new SpecProblem($"ports.{port.Name}.{yardKey}", $"the {vessels} service '{service.Name}' calls at '{port.Name}', whose {yardKey} is 0",
                "0", $"a {yardKey} above 0"));
    }
}
