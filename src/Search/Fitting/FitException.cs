using System;

namespace NumericKernels.Search.Fitting
{
    /// <summary>A fit that cannot be done or did not converge; the message says which and why, in one line.</summary>
    internal sealed class FitException : Exception
    {
        public FitException(string message)
            : base(message)
        {
        }
    }
}
