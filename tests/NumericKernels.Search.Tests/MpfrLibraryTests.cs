using NumericKernels.Search.Mpfr;
using Xunit;

namespace NumericKernels.Search.Tests
{
    public class MpfrLibraryTests
    {
        [Fact]
        public void InstalledMpfrLoadsAndReportsItsVersion()
        {
            Assert.Null(MpfrLibrary.ProbeError(MpfrNative.LibraryName));
            Assert.StartsWith("4.", MpfrLibrary.Version);
        }

        [Fact]
        public void AMissingLibraryIsOneLineSayingWhatToInstall()
        {
            string? message = MpfrLibrary.ProbeError("libmpfr-absent.so.99");
            Assert.NotNull(message);
            Assert.Contains("apt-get install libmpfr6", message);
            Assert.DoesNotContain('\n', message);
        }
    }
}
