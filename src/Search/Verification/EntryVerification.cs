using System.Collections.Generic;
using NumericKernels.Generators.Catalog;

namespace NumericKernels.Search.Verification
{
    /// <summary>The outcome of verifying one catalog entry.</summary>
    /// <param name="Entry">The entry verified (its BoundUlp is the bound checked).</param>
    /// <param name="InputsChecked">Inputs whose result was compared with the reference.</param>
    /// <param name="Method">How the inputs were chosen, for the verification record.</param>
    /// <param name="Reference">What the results were compared with, for the verification record.</param>
    /// <param name="MaxUlp">Largest error measured with MPFR (on the worst inputs of the sweep).</param>
    /// <param name="WorstInput">Input reaching <paramref name="MaxUlp"/>, as hex-float; "none" when no numeric result was measured.</param>
    /// <param name="WorstInputValue">The same input as a number (for the decimal column).</param>
    /// <param name="CertifiedMaxUlp">A sound upper bound of the error over every input: MaxUlp, or the best bound on inputs only measured with the double reference plus its error margin.</param>
    /// <param name="KindFailures">Results of the wrong kind (confirmed with MPFR where examples were kept).</param>
    /// <param name="ConsistencyFailures">Inputs where Scalar or a vector width differs from Span.</param>
    /// <param name="ConsistencyChecked">Inputs on which the paths were compared.</param>
    /// <param name="FailureExamples">A few failing inputs, formatted for the report.</param>
    internal sealed record EntryVerification(
        CatalogEntry Entry,
        long InputsChecked,
        string Method,
        string Reference,
        double MaxUlp,
        string WorstInput,
        double WorstInputValue,
        double CertifiedMaxUlp,
        long KindFailures,
        long ConsistencyFailures,
        long ConsistencyChecked,
        IReadOnlyList<string> FailureExamples)
    {
        public bool WithinBound => CertifiedMaxUlp <= Entry.BoundUlp;

        public bool Passed => WithinBound && KindFailures == 0 && ConsistencyFailures == 0;

        /// <summary>The record to paste into the catalog entry.</summary>
        public VerificationRecord ToRecord() => new VerificationRecord(CertifiedMaxUlp, WorstInput, InputsChecked, Method, Reference);
    }
}
