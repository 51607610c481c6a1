using System;
using System.Runtime.InteropServices;
using Perfolizer.Horology;

namespace NumericKernels.Benchmarks.Infrastructure
{
    /// <summary>
    /// The CPU time consumed by the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>), in nanoseconds.
    /// </summary>
    /// <remarks>
    /// On a machine shared with other work, wall-clock iterations include the time the benchmark thread waited for a
    /// core, which inflates every figure by a different, random factor. The thread's own CPU time leaves that wait out
    /// (it still includes what sharing does to caches and memory bandwidth). The in-process toolchain reads the clock on
    /// the thread that runs the workload, which is what makes this clock meaningful; every workload here is single-threaded.
    /// </remarks>
    public sealed class ThreadCpuClock : IClock
    {
        private const int ClockThreadCpuTimeId = 3; // CLOCK_THREAD_CPUTIME_ID in linux/time.h

        public static ThreadCpuClock Instance { get; } = new ThreadCpuClock();

        public string Title => "Thread CPU time (CLOCK_THREAD_CPUTIME_ID)";

        public bool IsAvailable => OperatingSystem.IsLinux() && clock_gettime(ClockThreadCpuTimeId, out _) == 0;

        public Frequency Frequency { get; } = new Frequency(1e9);

        public long GetTimestamp()
        {
            clock_gettime(ClockThreadCpuTimeId, out TimeSpec now);
            return now.Seconds * 1_000_000_000L + now.Nanoseconds;
        }

        [StructLayout(LayoutKind.Sequential)]
        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }

        [DllImport("libc", SetLastError = false)]
        private static extern int clock_gettime(int clockId, out TimeSpec time);
    }
}
