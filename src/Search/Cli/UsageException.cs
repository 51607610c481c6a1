using System;

namespace NumericKernels.Search.Cli
{
    /// <summary>Arguments that parse but make no sense together; the message is printed as one line.</summary>
    internal sealed class UsageException : Exception
    {
        public UsageException(string message)
            : base(message)
        {
        }
    }
}
