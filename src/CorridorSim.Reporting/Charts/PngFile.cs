using CorridorSim.Reporting.Tables;
using ScottPlot;

namespace CorridorSim.Reporting.Charts;

/// <summary>Writes a drawn plot as a PNG file of a result folder.</summary>
/// <remarks>
/// The image is encoded in memory and written through a stream rather than with the plot's own save, which
/// reserves the file's size first and, on a full disk, says so without the system's error number: that
/// number is what tells the user "the disk is full". The bytes are the same.
/// </remarks>
internal static class PngFile
{
    public static void Save(Plot plot, string path, int width, int height)
    {
        var bytes = plot.GetImageBytes(width, height, ImageFormat.Png);
        TableFile.WriteBinary(path, stream => stream.Write(bytes));
    }
}
