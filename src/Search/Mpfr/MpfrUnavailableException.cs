using System;

namespace NumericKernels.Search.Mpfr
{
    /// <summary>MPFR could not be loaded; the message is the one line a user needs to fix it.</summary>
    internal sealed class MpfrUnavailableException : Exception
    {
        public MpfrUnavailableException(string message)
            : base(message)
        {
        }
    }
}
