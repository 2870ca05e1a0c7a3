using System.Runtime.InteropServices;

namespace CorridorSim.Scenarios.Files;

/// <summary>What a path names once symbolic links are followed: nothing, a folder, a regular file or something else.</summary>
internal enum PathKind
{
    /// <summary>Nothing exists there (or it cannot be looked at).</summary>
    Missing,

    /// <summary>A folder.</summary>
    Folder,

    /// <summary>A regular file, the only kind a scenario is read from.</summary>
    RegularFile,

    /// <summary>A named pipe, device or socket: reading one may block for ever or never end.</summary>
    Special,
}

/// <summary>Tells the <see cref="PathKind"/> of a path without opening it, so a FIFO is never opened (which blocks).</summary>
/// <remarks>
/// Implementation note: .NET has no public call that tells a FIFO or a device from a regular file without opening
/// it. The runtime's own native shim (<c>libSystem.Native</c>, loaded in every .NET process on Linux and macOS)
/// exports <c>SystemNative_Stat</c>, whose portable result starts with two 32-bit fields, flags and mode; only the
/// mode's file-type bits are read here. Where the shim cannot be called (Windows), only folders and files are told apart.
/// </remarks>
internal static class PathKinds
{
    private const int FileTypeMask = 0xF000;
    private const int FolderType = 0x4000;
    private const int RegularType = 0x8000;
    private const int StatusBytes = 512;

    private static bool _nativeMissing = !OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS();

    public static PathKind Of(string fullPath)
    {
        if (!_nativeMissing)
        {
            try
            {
                var status = new byte[StatusBytes];
                if (Stat(fullPath, status) != 0) return PathKind.Missing;
                return (BitConverter.ToInt32(status, 4) & FileTypeMask) switch
                {
                    FolderType => PathKind.Folder,
                    RegularType => PathKind.RegularFile,
                    _ => PathKind.Special,
                };
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                _nativeMissing = true;
            }
        }

        return Directory.Exists(fullPath) ? PathKind.Folder : File.Exists(fullPath) ? PathKind.RegularFile : PathKind.Missing;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] status);
}
