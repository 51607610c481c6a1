using System;
using System.Runtime.Intrinsics;

namespace NumericKernels.Samples.PathCheck
{
    /// <summary>
    /// Applies a vector-shaped kernel over an array. A last partial vector is padded with zeros and only its live lanes
    /// are kept, so every input goes through the vector function under test, never through a scalar fallback.
    /// </summary>
    internal static class VectorShapes
    {
        public static void Apply128<T>(Func<Vector128<T>, Vector128<T>> kernel, T[] x, T[] y)
            where T : unmanaged
        {
            int lanes = Vector128<T>.Count;
            Span<T> padded = stackalloc T[lanes];
            for (int i = 0; i < x.Length; i += lanes)
            {
                int live = Math.Min(lanes, x.Length - i);
                padded.Clear();
                x.AsSpan(i, live).CopyTo(padded);
                kernel(Vector128.Create<T>(padded)).CopyTo(padded);
                padded.Slice(0, live).CopyTo(y.AsSpan(i, live));
            }
        }

        public static void Apply256<T>(Func<Vector256<T>, Vector256<T>> kernel, T[] x, T[] y)
            where T : unmanaged
        {
            int lanes = Vector256<T>.Count;
            Span<T> padded = stackalloc T[lanes];
            for (int i = 0; i < x.Length; i += lanes)
            {
                int live = Math.Min(lanes, x.Length - i);
                padded.Clear();
                x.AsSpan(i, live).CopyTo(padded);
                kernel(Vector256.Create<T>(padded)).CopyTo(padded);
                padded.Slice(0, live).CopyTo(y.AsSpan(i, live));
            }
        }

        public static void Apply512<T>(Func<Vector512<T>, Vector512<T>> kernel, T[] x, T[] y)
            where T : unmanaged
        {
            int lanes = Vector512<T>.Count;
            Span<T> padded = stackalloc T[lanes];
            for (int i = 0; i < x.Length; i += lanes)
            {
                int live = Math.Min(lanes, x.Length - i);
                padded.Clear();
                x.AsSpan(i, live).CopyTo(padded);
                kernel(Vector512.Create<T>(padded)).CopyTo(padded);
                padded.Slice(0, live).CopyTo(y.AsSpan(i, live));
            }
        }
    }
}
