using System;

namespace NumericKernels.Search.Verification
{
    /// <summary>The emitted source of an entry did not compile or lacks an expected method.</summary>
    internal sealed class KernelCompilationException : Exception
    {
        public KernelCompilationException(string message)
            : base(message)
        {
        }
    }
}
