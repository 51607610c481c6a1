namespace NumericKernels.Samples.Showcase
{
    /// <summary>The measured figures of one kernel, ready to print.</summary>
    internal sealed record DemoRow(
        string Name,
        string Contract,
        string? EntryId,
        double BoundUlp,
        int SweepSize,
        SweepResult Ours,
        SweepResult TensorPrimitives,
        string ScalarPeerName,
        double OursNs,
        double ScalarPeerNs,
        double TensorPrimitivesNs);
}
