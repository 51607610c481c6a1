using System;
using BenchmarkDotNet.Attributes;
using NumericKernels.Benchmarks.Infrastructure;
using NumericKernels.Benchmarks.Kernels;
using Tensors = System.Numerics.Tensors.TensorPrimitives;

namespace NumericKernels.Benchmarks
{
    /// <summary>
    /// float32 to FP8 E4M3, FP4 E2M1 (packed), Float16 and BFloat16, x uniform in [-500, 500] (E4M3 saturates past 448),
    /// against the scalar reference conversion (Float8E4M3.FromSingle, the semantics the kernels are tested against),
    /// TensorPrimitives.ConvertToHalf (the hardware conversion, the closest .NET peer) and a plain copy of the input bytes
    /// (the bandwidth limit).
    /// </summary>
    [BenchmarkCategory(PeerCategory.Quantize)]
    public class QuantizeFloat32
    {
        [ParamsSource(nameof(Sizes))]
        public int N;

        private float[] _x = Array.Empty<float>();
        private float[] _copy = Array.Empty<float>();
        private byte[] _codes = Array.Empty<byte>();
        private Half[] _half = Array.Empty<Half>();
        private BFloat16[] _bfloat16 = Array.Empty<BFloat16>();
        private byte[] _scales = Array.Empty<byte>();

        public static int[] Sizes => BenchmarkInputs.Sizes;

        [GlobalSetup]
        public void Setup()
        {
            _x = BenchmarkInputs.Uniform(N, -500.0, 500.0);
            _copy = new float[N];
            _codes = new byte[N];
            _scales = new byte[(N + 15) / 16];
            _half = new Half[N];
            _bfloat16 = new BFloat16[N];
        }

        /// <summary>The reference conversion, one element at a time.</summary>
        [Benchmark(Baseline = true), BenchmarkCategory(PeerCategory.Reference)]
        public void ScalarReferenceE4M3()
        {
            float[] x = _x;
            byte[] codes = _codes;
            for (int i = 0; i < x.Length; i++)
            {
                codes[i] = Float8E4M3.FromSingle(x[i]).RawValue;
            }
        }

        [Benchmark, BenchmarkCategory(PeerCategory.TensorPrimitives)]
        public void TensorPrimitivesConvertToHalf() => Tensors.ConvertToHalf(_x, _half);

        /// <summary>Reads and writes the input's 4N bytes: no conversion writing N bytes can be limited by less.</summary>
        [Benchmark, BenchmarkCategory(PeerCategory.Copy)]
        public void CopyInput() => _x.AsSpan().CopyTo(_copy);

        [Benchmark, BenchmarkCategory(PeerCategory.NumericKernels)]
        public void NumericKernelsE4M3() => GeneratedKernels.ToE4M3(_x, _codes);

        [Benchmark, BenchmarkCategory(PeerCategory.NumericKernels)]
        public void NumericKernelsE2M1Packed() => GeneratedKernels.ToE2M1(_x, _codes);

        [Benchmark, BenchmarkCategory(PeerCategory.NumericKernels)]
        public void NumericKernelsHalf() => GeneratedKernels.ToHalf(_x, _half);

        [Benchmark, BenchmarkCategory(PeerCategory.NumericKernels)]
        public void NumericKernelsBFloat16() => GeneratedKernels.ToBFloat16(_x, _bfloat16);

        /// <summary>Stochastic rounding to bfloat16: the counter-based random word of every element, then the rounding.</summary>
        [Benchmark, BenchmarkCategory(PeerCategory.NumericKernels)]
        public void NumericKernelsBFloat16Stochastic() => GeneratedKernels.ToBFloat16Stochastic(_x, _bfloat16, 42, 0);

        /// <summary>OCP MXFP4: packed E2M1 codes and one E8M0 scale per 32 elements.</summary>
        [Benchmark, BenchmarkCategory(PeerCategory.NumericKernels)]
        public void NumericKernelsMxfp4() => GeneratedKernels.ToMxfp4(_x, _codes, _scales);

        /// <summary>OCP MXFP8: E4M3 codes and one E8M0 scale per 32 elements.</summary>
        [Benchmark, BenchmarkCategory(PeerCategory.NumericKernels)]
        public void NumericKernelsMxfp8() => GeneratedKernels.ToMxfp8(_x, _codes, _scales);

        /// <summary>NVFP4-style: packed E2M1 codes and one UE4M3 scale per 16 elements (one float division per element).</summary>
        [Benchmark, BenchmarkCategory(PeerCategory.NumericKernels)]
        public void NumericKernelsNvfp4() => GeneratedKernels.ToNvfp4(_x, _codes, _scales);
    }

    /// <summary>FP8 E4M3, packed FP4 E2M1 and Float16 codes back to float32, against the scalar reference and TensorPrimitives.ConvertToSingle.</summary>
    [BenchmarkCategory(PeerCategory.Quantize)]
    public class DequantizeFloat32
    {
        [ParamsSource(nameof(Sizes))]
        public int N;

        private byte[] _codes = Array.Empty<byte>();
        private Half[] _half = Array.Empty<Half>();
        private float[] _y = Array.Empty<float>();
        private float[] _source = Array.Empty<float>();

        public static int[] Sizes => BenchmarkInputs.Sizes;

        [GlobalSetup]
        public void Setup()
        {
            _source = BenchmarkInputs.Uniform(N, -500.0, 500.0);
            _codes = new byte[N];
            _half = new Half[N];
            _y = new float[N];
            GeneratedKernels.ToE4M3(_source, _codes);
            Tensors.ConvertToHalf(_source, _half);
            _scales = new byte[(N + 31) / 32];
            _mxfp4 = new byte[(N + 1) / 2];
            GeneratedKernels.ToMxfp4(_source, _mxfp4, _scales);
        }

        private byte[] _scales = Array.Empty<byte>();
        private byte[] _mxfp4 = Array.Empty<byte>();

        [Benchmark, BenchmarkCategory(PeerCategory.NumericKernels)]
        public void NumericKernelsMxfp4() => GeneratedKernels.FromMxfp4(_mxfp4, _scales, _y);

        [Benchmark(Baseline = true), BenchmarkCategory(PeerCategory.Reference)]
        public void ScalarReferenceE4M3()
        {
            byte[] codes = _codes;
            float[] y = _y;
            for (int i = 0; i < y.Length; i++)
            {
                y[i] = (float)Float8E4M3.FromBits(codes[i]);
            }
        }

        [Benchmark, BenchmarkCategory(PeerCategory.TensorPrimitives)]
        public void TensorPrimitivesConvertToSingle() => Tensors.ConvertToSingle(_half, _y);

        [Benchmark, BenchmarkCategory(PeerCategory.Copy)]
        public void CopyOutput() => _source.AsSpan().CopyTo(_y);

        [Benchmark, BenchmarkCategory(PeerCategory.NumericKernels)]
        public void NumericKernelsE4M3() => GeneratedKernels.FromE4M3(_codes, _y);

        [Benchmark, BenchmarkCategory(PeerCategory.NumericKernels)]
        public void NumericKernelsE2M1Packed() => GeneratedKernels.FromE2M1(_codes.AsSpan(0, (N + 1) / 2), _y);

        [Benchmark, BenchmarkCategory(PeerCategory.NumericKernels)]
        public void NumericKernelsHalf() => GeneratedKernels.FromHalf(_half, _y);
    }
}
