using System;
using System.Collections.Generic;
using NumericKernels.Generators.Numerics;
using NumericKernels.Generators.Programs.Fitting;
using NumericKernels.Search.Mpfr;

namespace NumericKernels.Search.Fitting
{
    /// <summary>
    /// Rewrites a <see cref="FitProblem"/> at one point as a weighted residual: the error of A(x) + Σ c_j·x^(p_j) is
    /// W(x)·(Σ c_j·x^(p_j - p0) - T(x)) with T = (f - A)/x^p0 computed in MPFR (the subtraction cancels most bits of
    /// f near 0, which is why it is not done in double) and W = |x^p0| or |x^p0 / f|.
    /// </summary>
    /// <remarks>One instance per thread: it owns MPFR scratch values.</remarks>
    internal sealed class ResidualEvaluator : IDisposable
    {
        private readonly FitProblem _problem;
        private readonly MpfrFloat _x = new MpfrFloat(64);
        private readonly MpfrFloat _f = new MpfrFloat(FitProblem.WorkingPrecision);
        private readonly MpfrFloat _term = new MpfrFloat(FitProblem.WorkingPrecision);
        private readonly MpfrFloat _part = new MpfrFloat(64);
        private readonly MpfrFloat _power = new MpfrFloat(FitProblem.WorkingPrecision);

        public ResidualEvaluator(FitProblem problem)
        {
            _problem = problem;
            LowestPower = problem.FreePowers[0];
        }

        /// <summary>p0, the power factored out of the free part.</summary>
        public int LowestPower { get; }

        /// <summary>False where the residual form is undefined: x = 0 when p0 &gt; 0 (the error is 0 there by construction).</summary>
        public bool IsDefinedAt(double x) => x != 0 || LowestPower == 0;

        public (DoubleDouble Target, double Weight) Evaluate(double x)
        {
            _x.Set(x);
            _problem.Function(x, _f);
            double f = _f.ToDouble();
            if (!double.IsFinite(f) || (_problem.Measure == ErrorMeasure.Relative && f == 0))
            {
                throw new FitException($"{_problem.Name}: f({x:R}) = {f} cannot be fitted with {_problem.Measure.ToString().ToLowerInvariant()} error.");
            }
            foreach (FixedTerm term in _problem.Fixed)
            {
                foreach (double part in term.Parts)
                {
                    _part.Set(part);
                    SetPower(x, term.Power);
                    FittingMpfrNative.mpfr_mul(_term.Handle, _power.Handle, _part.Handle, MpfrRounding.ToNearest);
                    FittingMpfrNative.mpfr_sub(_f.Handle, _f.Handle, _term.Handle, MpfrRounding.ToNearest);
                }
            }
            SetPower(x, LowestPower);
            FittingMpfrNative.mpfr_div(_f.Handle, _f.Handle, _power.Handle, MpfrRounding.ToNearest);
            double scale = Math.Abs(Math.Pow(x, LowestPower));
            double weight = _problem.Measure == ErrorMeasure.Relative ? scale / Math.Abs(f) : scale;
            return (ToDoubleDouble(_f, _term), weight);
        }

        public void Dispose()
        {
            _x.Dispose();
            _f.Dispose();
            _term.Dispose();
            _part.Dispose();
            _power.Dispose();
        }

        /// <summary>Hi = value rounded to double, Lo = the rest rounded to double.</summary>
        internal static DoubleDouble ToDoubleDouble(MpfrFloat value, MpfrFloat scratch)
        {
            double hi = value.ToDouble();
            scratch.Set(hi);
            FittingMpfrNative.mpfr_sub(scratch.Handle, value.Handle, scratch.Handle, MpfrRounding.ToNearest);
            return new DoubleDouble(hi, scratch.ToDouble());
        }

        private void SetPower(double x, int power)
        {
            MpfrNative.mpfr_set_d(_power.Handle, 1.0, MpfrRounding.ToNearest);
            for (int i = 0; i < power; i++)
            {
                FittingMpfrNative.mpfr_mul(_power.Handle, _power.Handle, _x.Handle, MpfrRounding.ToNearest);
            }
        }
    }
}
