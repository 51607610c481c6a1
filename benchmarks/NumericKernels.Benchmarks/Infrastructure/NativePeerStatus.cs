using System;
using System.Collections.Generic;

namespace NumericKernels.Benchmarks.Infrastructure
{
    /// <summary>The loaded shim, if any, and for each native peer either null (available) or why it is not.</summary>
    public sealed class NativePeerStatus
    {
        public NativePeerStatus(IntPtr handle, string? sleefMissingReason, string? libmvecMissingReason)
        {
            Handle = handle;
            SleefMissingReason = sleefMissingReason;
            LibmvecMissingReason = libmvecMissingReason;
        }

        public IntPtr Handle { get; }

        public string? SleefMissingReason { get; }

        public string? LibmvecMissingReason { get; }

        public static NativePeerStatus Missing(string reason) => new NativePeerStatus(IntPtr.Zero, reason, reason);

        /// <summary>Benchmark categories to leave out of the run, each with the reason.</summary>
        public IEnumerable<KeyValuePair<string, string>> ExcludedCategories()
        {
            if (SleefMissingReason != null)
            {
                yield return new KeyValuePair<string, string>(PeerCategory.Sleef, SleefMissingReason);
            }
            if (LibmvecMissingReason != null)
            {
                yield return new KeyValuePair<string, string>(PeerCategory.Libmvec, LibmvecMissingReason);
            }
        }
    }
}
