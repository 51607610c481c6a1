namespace NumericKernels.Search.Cli
{
    /// <summary>Process exit codes of nk-search.</summary>
    internal static class ExitCodes
    {
        public const int Success = 0;

        /// <summary>A verification failed: a bound exceeded, a result of the wrong kind, paths disagreeing, or source that does not compile.</summary>
        public const int Failed = 1;

        /// <summary>Bad command-line arguments.</summary>
        public const int Usage = 2;

        /// <summary>Something the machine lacks, such as libmpfr6.</summary>
        public const int Environment = 3;

        /// <summary>Interrupted with Ctrl+C (128 + SIGINT, as shells report it).</summary>
        public const int Cancelled = 130;
    }
}
