namespace NumericKernels.Search.Evolution
{
    /// <summary>An exhaustive verification of a front member, kept so a resumed run neither repeats it nor forgets a winner.</summary>
    /// <param name="Candidate">The program verified, with its validation error.</param>
    /// <param name="Generation">Generation it was verified in.</param>
    /// <param name="CertifiedMaxUlp">Error bound over every input of the domain, from nk-search verify's machinery.</param>
    /// <param name="WorstInput">Input reaching it, as a hex-float.</param>
    /// <param name="InputsChecked">Inputs checked.</param>
    /// <param name="Passed">True when the bound held on every input and all emitted paths agreed.</param>
    /// <param name="EntrySource">The catalog entry as C#, with its verification record, ready to paste.</param>
    /// <param name="AttributeSource">The same entry as a user's [assembly: CatalogEntry] file (empty in checkpoints written before it existed).</param>
    internal sealed record VerificationAttempt(Candidate Candidate, int Generation, double CertifiedMaxUlp, string WorstInput, long InputsChecked, bool Passed, string EntrySource, string AttributeSource = "");
}
