namespace NumericKernels.Samples.Showcase
{
    /// <summary>Measures one <see cref="KernelDemo{T}"/>: accuracy of it and of TensorPrimitives on the sweep, then throughput of all three.</summary>
    internal static class DemoRunner
    {
        public static DemoRow Measure<T>(KernelDemo<T> demo)
            where T : unmanaged
        {
            SweepResult ours = AccuracySweep.Measure(demo.Kernel, demo.Reference, demo.Sweep);
            SweepResult tensorPrimitives = AccuracySweep.Measure(demo.TensorPrimitivesPeer, demo.Reference, demo.Sweep);
            return new DemoRow(
                demo.Name,
                demo.Contract,
                CatalogEntryLookup.FindEntryId(demo.Method),
                demo.BoundUlp,
                demo.Sweep.Length,
                ours,
                tensorPrimitives,
                demo.ScalarPeerName,
                ThroughputProbe.NanosecondsPerElement(demo.Kernel, demo.TimingInputs),
                ThroughputProbe.NanosecondsPerElement(demo.ScalarPeer, demo.TimingInputs),
                ThroughputProbe.NanosecondsPerElement(demo.TensorPrimitivesPeer, demo.TimingInputs));
        }
    }
}
