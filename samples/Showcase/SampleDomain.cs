using System;

namespace NumericKernels.Samples.Showcase
{
    /// <summary>Where a kernel is sampled: the sweep ranges (see <see cref="SweepInputs"/>) and the throughput inputs.</summary>
    internal sealed record SampleDomain(
        string Description,
        double BitsLo,
        double BitsHi,
        double ValueLo,
        double ValueHi,
        bool WholeType,
        double TimingLo,
        double TimingHi)
    {
        // exp and exp2 saturate to 0 or Inf outside these; the whole type is still covered by the special values.
        public static SampleDomain ExpFloat32 { get; } = new("all floats", -104, 89, -104, 89, true, -10, 10);
        public static SampleDomain Exp2Float32 { get; } = new("all floats", -151, 129, -151, 129, true, -10, 10);
        public static SampleDomain LogFloat32 { get; } = new("all floats", float.Epsilon, float.MaxValue, 0.25, 4, true, 0.01, 100);
        public static SampleDomain TrigFloat32 { get; } = new("all floats", float.MinValue, float.MaxValue, -10, 10, true, -100, 100);
        // tanh is ±1 and sigmoid 0 or 1 beyond these; the bit-pattern half still walks every binade in between.
        public static SampleDomain TanhFloat32 { get; } = new("all floats", -20, 20, -5, 5, true, -10, 10);
        public static SampleDomain SigmoidFloat32 { get; } = new("all floats", -110, 20, -20, 20, true, -20, 20);
        public static SampleDomain UnitInterval { get; } = new("[-1, 1]", -1, 1, -1, 1, false, -1, 1);
        // 10^x saturates outside [-46, 39]; e^x - 1 is -1 below -18 and overflows above 89.
        public static SampleDomain Exp10Float32 { get; } = new("all floats", -46, 39, -46, 39, true, -5, 5);
        public static SampleDomain ExpM1Float32 { get; } = new("all floats", -18, 89, -2, 2, true, -5, 5);
        // ln(1 + x) is NaN below -1: the bit-pattern half walks every binade from -1 up.
        public static SampleDomain Log1PFloat32 { get; } = new("all floats", -1, float.MaxValue, -0.5, 2, true, -0.5, 100);
        public static SampleDomain ExpFloat64 { get; } = new("all doubles", -746, 710, -746, 710, true, -10, 10);
        public static SampleDomain LogFloat64 { get; } = new("all doubles", double.Epsilon, double.MaxValue, 0.25, 4, true, 0.01, 100);

        public float[] Float32Sweep(int count) =>
            SweepInputs.Float32(count, (float)BitsLo, (float)BitsHi, (float)ValueLo, (float)ValueHi, WholeType);

        public double[] Float64Sweep(int count) =>
            SweepInputs.Float64(count, BitsLo, BitsHi, ValueLo, ValueHi, WholeType);

        public float[] Float32Timing(int count) => Array.ConvertAll(Float64Timing(count), v => (float)v);

        public double[] Float64Timing(int count)
        {
            var random = new Random(4096);
            var inputs = new double[count];
            for (int i = 0; i < count; i++)
            {
                inputs[i] = TimingLo + (TimingHi - TimingLo) * random.NextDouble();
            }
            return inputs;
        }
    }
}
