using System;
using NumericKernels.Generators.Catalog;
using NumericKernels.Search.Numerics;

namespace NumericKernels.Search.Mpfr
{
    /// <summary>
    /// The exact reference for one function: correctly rounded float and double values, and the error of a computed
    /// result in ULPs of its format, measured against the value MPFR computes with <see cref="WorkingPrecision"/> bits.
    /// </summary>
    /// <remarks>One instance per thread: it owns scratch MPFR values.</remarks>
    internal sealed class MpfrReference : IDisposable
    {
        /// <summary>Beyond this precision the Ziv loop stops refining; no known hard case of these functions comes close.</summary>
        private const int MaxPrecision = 16384;

        private readonly MpfrFloat _input = new MpfrFloat(64);
        private readonly MpfrFloat _value;
        private readonly MpfrFloat _scratch;
        private readonly MpfrFloat _result = new MpfrFloat(64);
        private readonly MpfrFloat _difference = new MpfrFloat(192);
        private readonly int _errorBits;

        public MpfrReference(MathFunctionId function, int workingPrecision = 256)
        {
            Function = function;
            WorkingPrecision = workingPrecision;
            _value = new MpfrFloat(workingPrecision);
            _scratch = new MpfrFloat(workingPrecision);
            int ulps = MpfrFunctions.ErrorUlps(function);
            _errorBits = 0;
            while ((1 << _errorBits) < ulps) _errorBits++;
        }

        public MathFunctionId Function { get; }

        public int WorkingPrecision { get; }

        /// <summary>f(x) rounded to nearest float, in one rounding from the exact value.</summary>
        public float CorrectlyRounded(float x)
        {
            _input.Set(x);
            EvaluateForRounding(BinaryFormat.Single);
            return _value.ToSingle();
        }

        /// <summary>f(x) rounded to nearest double, in one rounding from the exact value.</summary>
        public double CorrectlyRounded(double x)
        {
            _input.Set(x);
            EvaluateForRounding(BinaryFormat.Double);
            return _value.ToDouble();
        }

        /// <summary>|f(x) - result| in ULPs of float at f(x); +Inf when the result is of the wrong kind.</summary>
        public double UlpError(float x, float result) => Compare(x, result).UlpError;

        /// <summary>|f(x) - result| in ULPs of double at f(x); +Inf when the result is of the wrong kind.</summary>
        public double UlpError(double x, double result) => Compare(x, result).UlpError;

        /// <summary>Compares a float result with f(x): error in ULPs of float at f(x), and whether its kind is wrong.</summary>
        public ReferenceComparison Compare(float x, float result)
        {
            _input.Set(x);
            EvaluateForRounding(BinaryFormat.Single);
            double expected = _value.ToSingle();
            if (ResultKind.Differs(expected, result)) return ReferenceComparison.WrongKind(expected);
            if (!float.IsFinite(result)) return new ReferenceComparison(0.0, false, expected);
            _result.Set(result);
            return new ReferenceComparison(ScaledDifference(BinaryFormat.Single), false, expected);
        }

        /// <summary>Compares a double result with f(x): error in ULPs of double at f(x), and whether its kind is wrong.</summary>
        public ReferenceComparison Compare(double x, double result)
        {
            _input.Set(x);
            EvaluateForRounding(BinaryFormat.Double);
            double expected = _value.ToDouble();
            if (ResultKind.Differs(expected, result)) return ReferenceComparison.WrongKind(expected);
            if (!double.IsFinite(result)) return new ReferenceComparison(0.0, false, expected);
            _result.Set(result);
            return new ReferenceComparison(ScaledDifference(BinaryFormat.Double), false, expected);
        }

        public void Dispose()
        {
            _input.Dispose();
            _value.Dispose();
            _scratch.Dispose();
            _result.Dispose();
            _difference.Dispose();
        }

        private double ScaledDifference(BinaryFormat format)
        {
            long ulpExponent = _value.IsZero
                ? format.UlpExponent(format.MinExponent)
                : format.UlpExponent(_value.BinadeExponent);
            _difference.Subtract(_value, _result);
            _difference.ScaleByPowerOfTwo(_difference, -ulpExponent);
            return _difference.ToDouble();
        }

        /// <summary>
        /// Ziv's strategy: evaluate, and raise the precision until the error interval around the value holds no rounding
        /// boundary of the target format (mpfr_can_round with RNDZ at one more bit detects midpoints for round-to-nearest).
        /// </summary>
        private void EvaluateForRounding(BinaryFormat format)
        {
            int precision = WorkingPrecision;
            while (true)
            {
                if (_value.PrecisionBits != precision)
                {
                    _value.SetPrecision(precision);
                    _scratch.SetPrecision(precision);
                }
                bool exact = MpfrFunctions.Evaluate(Function, _value, _input, _scratch);
                if (exact || !_value.IsRegular || precision >= MaxPrecision)
                {
                    return;
                }
                int targetBits = format.EffectivePrecision(_value.BinadeExponent);
                if (MpfrNative.mpfr_can_round(_value.Handle, precision - _errorBits, MpfrRounding.ToNearest, MpfrRounding.TowardZero, targetBits + 1))
                {
                    return;
                }
                precision *= 2;
            }
        }

    }
}
