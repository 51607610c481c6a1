using System;
using System.Numerics;
using System.Runtime.InteropServices;
using NumericKernels.Samples.PathCheck.Kernels;

namespace NumericKernels.Samples.PathCheck
{
    /// <summary>
    /// A quadrature kernel's paths: the integrand's widest accelerated vector overload (nodes W at a time), the scalar-only
    /// integrand, and the batch (intervals W at a time, then the scalar tail) must give the same bits for every interval;
    /// the results are hashed for comparison between runs.
    /// </summary>
    internal static class QuadratureAgreement
    {
        public static (string Hash, int Disagreements) Check<T>(QuadraturePaths<T> kernel, T[] inputs)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            // Intervals from consecutive finite inputs: every scale, reversed and empty ones included.
            int count = Math.Min(inputs.Length / 2, 1 << 14);
            var a = new T[count];
            var b = new T[count];
            int taken = 0;
            for (int i = 0; i + 1 < inputs.Length && taken < count; i += 2)
            {
                if (T.IsFinite(inputs[i]) && T.IsFinite(inputs[i + 1]))
                {
                    a[taken] = inputs[i];
                    b[taken] = inputs[i + 1];
                    taken++;
                }
            }
            a = a[..taken];
            b = b[..taken];
            var vector = new T[taken];
            var batch = new T[taken];
            kernel.Batch(a, b, batch);
            int disagreements = 0;
            for (int i = 0; i < taken; i++)
            {
                vector[i] = Canonical(kernel.Vector(a[i], b[i]));
                T scalar = kernel.Scalar(a[i], b[i]);
                disagreements += Same(vector[i], scalar) && Same(batch[i], scalar) ? 0 : 1;
            }
            return (Convert.ToHexString(Sha256.Hash(MemoryMarshal.AsBytes(vector.AsSpan()))).ToLowerInvariant(), disagreements);
        }

        /// <summary>
        /// An adaptive kernel: value, error estimate, evaluation count and Converged, with the vector overloads and with the
        /// scalar integrand, for intervals from the inputs; hashed as those four fields per interval.
        /// </summary>
        public static (string Hash, int Disagreements) Check<T>(AdaptivePaths<T> kernel, T[] inputs)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            int count = Math.Min(inputs.Length / 2, 1 << 12);
            var fields = new double[4 * count];
            int disagreements = 0;
            for (int i = 0; i < count; i++)
            {
                // Moderate intervals (the integrand 1/(1 + x^2) on [x, x + y] for inputs scaled into +-20), so the kernels work.
                T a = T.Clamp(inputs[2 * i], T.CreateTruncating(-20), T.CreateTruncating(20));
                T b = a + T.Clamp(inputs[2 * i + 1], T.CreateTruncating(-20), T.CreateTruncating(20));
                if (!T.IsFinite(a) || !T.IsFinite(b))
                {
                    continue;
                }
                QuadratureResult vector = kernel.Vector(a, b);
                QuadratureResult scalar = kernel.Scalar(a, b);
                disagreements += Same(vector.Value, scalar.Value) && Same(vector.ErrorEstimate, scalar.ErrorEstimate)
                    && vector.Evaluations == scalar.Evaluations && vector.Converged == scalar.Converged ? 0 : 1;
                fields[4 * i] = Canonical(vector.Value);
                fields[4 * i + 1] = Canonical(vector.ErrorEstimate);
                fields[4 * i + 2] = vector.Evaluations;
                fields[4 * i + 3] = vector.Converged ? 1 : 0;
            }
            return (Convert.ToHexString(Sha256.Hash(MemoryMarshal.AsBytes(fields.AsSpan()))).ToLowerInvariant(), disagreements);
        }

        /// <summary>A sampled rule on every window of the finite inputs from 0 to 300 samples long: the results hashed.</summary>
        public static string Hash<T>(SampledPaths<T> kernel, T[] inputs)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            T[] finite = Array.FindAll(inputs, T.IsFinite);
            var results = new T[301];
            for (int n = 0; n <= 300 && n <= finite.Length; n++)
            {
                results[n] = Canonical(kernel.Rule(finite.AsSpan(n, Math.Min(n, finite.Length - n)), T.CreateTruncating(0.125)));
            }
            return Convert.ToHexString(Sha256.Hash(MemoryMarshal.AsBytes(results.AsSpan()))).ToLowerInvariant();
        }

        // NaN sign and payload are not part of any contract and differ by architecture (x64's default NaN is negative,
        // arm64's positive: an infinity minus an infinity in a sum differs), so hashes see one NaN.
        private static T Canonical<T>(T x)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
            => T.IsNaN(x) ? T.NaN : x;

        // Bitwise, except that any two NaNs agree (an integrand overflowing on a huge interval may give NaN of either sign).
        private static bool Same<T>(T x, T y)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
            => (T.IsNaN(x) && T.IsNaN(y)) || MemoryMarshal.AsBytes(new[] { x }.AsSpan()).SequenceEqual(MemoryMarshal.AsBytes(new[] { y }.AsSpan()));
    }
}
