namespace NumericKernels.Search.Fitting
{
    /// <summary>Receives what the search is doing, for a progress display; calls may come from worker threads.</summary>
    internal interface IFitProgress
    {
        /// <summary>A new stage of the current candidate ("fitting", "rounding", "verifying 2^24 inputs", ...).</summary>
        void Stage(FitCandidate candidate, string stage, long plannedInputs = 0);

        /// <summary>Inputs verified since the last call, during a verification stage.</summary>
        void InputsDone(long count);

        void Finished(CandidateOutcome outcome);
    }
}
