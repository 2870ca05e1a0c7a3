using CorridorSim.Cli;

return CorridorSimApp.Run(args);
