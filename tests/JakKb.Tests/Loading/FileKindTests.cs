using System.Diagnostics;
using JakKb.Loading;
using JakKb.Tests.Support;

namespace JakKb.Tests.Loading;

public class FileKindTests
{
    [Fact]
    public void Regular_files_and_folders_pass_and_a_named_pipe_and_a_device_do_not()
    {
        using var temp = new TempFolder();
        var file = temp.Combine("empty.md");
        File.WriteAllText(file, "");
        var pipe = temp.Combine("pipe.md");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [pipe]))!) mkfifo.WaitForExit();

        Assert.True(FileKind.IsRegularOrFolder(file));
        Assert.True(FileKind.IsRegularOrFolder(temp.Path));
        Assert.False(FileKind.IsRegularOrFolder(pipe));
        Assert.False(FileKind.IsRegularOrFolder("/dev/null"));
    }
}
