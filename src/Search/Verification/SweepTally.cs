namespace NumericKernels.Search.Verification
{
    /// <summary>What one worker (and, merged, one whole sweep) measured.</summary>
    internal sealed class SweepTally
    {
        public long InputsChecked { get; set; }

        public WorstCases Worst { get; } = new WorstCases();

        /// <summary>Results of the wrong kind (NaN, infinity, sign of zero) according to the sweep's reference.</summary>
        public FailureLog KindFailures { get; } = new FailureLog();

        /// <summary>Scalar or a vector width disagreeing with the Span result on the same input.</summary>
        public FailureLog ConsistencyFailures { get; } = new FailureLog();

        /// <summary>Inputs on which the paths were compared.</summary>
        public long ConsistencyChecked { get; set; }

        public void Merge(SweepTally other)
        {
            InputsChecked += other.InputsChecked;
            ConsistencyChecked += other.ConsistencyChecked;
            Worst.Merge(other.Worst);
            KindFailures.Merge(other.KindFailures);
            ConsistencyFailures.Merge(other.ConsistencyFailures);
        }
    }
}
