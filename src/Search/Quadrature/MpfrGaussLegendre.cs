using System;
using NumericKernels.Search.Fitting;
using NumericKernels.Search.Mpfr;

namespace NumericKernels.Search.Quadrature
{
    /// <summary>
    /// The independent reference for Gauss-Legendre rules: a node refined by Newton's method on the three-term recurrence
    /// in MPFR at 256 bits, and its weight 2 / ((1 - x^2) P_n'(x)^2) computed there, each rounded once to double and to
    /// float. Not thread-safe: one instance per thread.
    /// </summary>
    internal sealed class MpfrGaussLegendre : IDisposable
    {
        public const int Precision = 256;

        private readonly int _n;
        private readonly MpfrFloat _x = new(Precision), _previous = new(Precision), _current = new(Precision), _next = new(Precision);
        private readonly MpfrFloat _t = new(Precision), _u = new(Precision), _constant = new(Precision), _derivative = new(Precision);

        public MpfrGaussLegendre(int points)
        {
            if (points < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(points), points, "A rule has at least one point.");
            }
            _n = points;
        }

        /// <summary>The reference node and weight for the root of P_n within about an ulp of <paramref name="start"/>.</summary>
        public RuleValue Refine(double start)
        {
            _x.Set(start);
            // From a start within an ulp of the root, three steps take 53 correct bits past 256.
            for (int iteration = 0; iteration < 3; iteration++)
            {
                Evaluate();
                FittingMpfrNative.mpfr_div(_t.Handle, _current.Handle, _derivative.Handle, MpfrRounding.ToNearest);
                FittingMpfrNative.mpfr_sub(_x.Handle, _x.Handle, _t.Handle, MpfrRounding.ToNearest);
            }
            Evaluate();
            // w = 2 / ((1 - x^2) P_n'^2)
            FittingMpfrNative.mpfr_mul(_t.Handle, _x.Handle, _x.Handle, MpfrRounding.ToNearest);
            _constant.Set(1.0);
            FittingMpfrNative.mpfr_sub(_t.Handle, _constant.Handle, _t.Handle, MpfrRounding.ToNearest);
            FittingMpfrNative.mpfr_mul(_u.Handle, _derivative.Handle, _derivative.Handle, MpfrRounding.ToNearest);
            FittingMpfrNative.mpfr_mul(_t.Handle, _t.Handle, _u.Handle, MpfrRounding.ToNearest);
            _constant.Set(2.0);
            FittingMpfrNative.mpfr_div(_t.Handle, _constant.Handle, _t.Handle, MpfrRounding.ToNearest);
            return new RuleValue(_x.ToDouble(), _t.ToDouble(), _x.ToSingle(), _t.ToSingle());
        }

        /// <summary>P_n(x) in _current, P_{n-1}(x) in _previous, P_n'(x) in _derivative.</summary>
        private void Evaluate()
        {
            _previous.Set(1.0);
            MpfrNative.mpfr_set(_current.Handle, _x.Handle, MpfrRounding.ToNearest);
            for (int j = 1; j < _n; j++)
            {
                // P_{j+1} = ((2j + 1) x P_j - j P_{j-1}) / (j + 1); the integer constants are exact.
                FittingMpfrNative.mpfr_mul(_t.Handle, _x.Handle, _current.Handle, MpfrRounding.ToNearest);
                _constant.Set(2.0 * j + 1);
                FittingMpfrNative.mpfr_mul(_t.Handle, _t.Handle, _constant.Handle, MpfrRounding.ToNearest);
                _constant.Set((double)j);
                FittingMpfrNative.mpfr_mul(_u.Handle, _previous.Handle, _constant.Handle, MpfrRounding.ToNearest);
                FittingMpfrNative.mpfr_sub(_t.Handle, _t.Handle, _u.Handle, MpfrRounding.ToNearest);
                _constant.Set(j + 1.0);
                FittingMpfrNative.mpfr_div(_next.Handle, _t.Handle, _constant.Handle, MpfrRounding.ToNearest);
                MpfrNative.mpfr_set(_previous.Handle, _current.Handle, MpfrRounding.ToNearest);
                MpfrNative.mpfr_set(_current.Handle, _next.Handle, MpfrRounding.ToNearest);
            }
            if (_n == 1)
            {
                _derivative.Set(1.0);
                return;
            }
            // P_n' = n (x P_n - P_{n-1}) / (x^2 - 1)
            FittingMpfrNative.mpfr_mul(_t.Handle, _x.Handle, _current.Handle, MpfrRounding.ToNearest);
            FittingMpfrNative.mpfr_sub(_t.Handle, _t.Handle, _previous.Handle, MpfrRounding.ToNearest);
            _constant.Set((double)_n);
            FittingMpfrNative.mpfr_mul(_t.Handle, _t.Handle, _constant.Handle, MpfrRounding.ToNearest);
            FittingMpfrNative.mpfr_mul(_u.Handle, _x.Handle, _x.Handle, MpfrRounding.ToNearest);
            _constant.Set(1.0);
            FittingMpfrNative.mpfr_sub(_u.Handle, _u.Handle, _constant.Handle, MpfrRounding.ToNearest);
            FittingMpfrNative.mpfr_div(_derivative.Handle, _t.Handle, _u.Handle, MpfrRounding.ToNearest);
        }

        public void Dispose()
        {
            foreach (MpfrFloat f in new[] { _x, _previous, _current, _next, _t, _u, _constant, _derivative })
            {
                f.Dispose();
            }
        }
    }

    /// <summary>A node and its weight, each rounded once to double and to float.</summary>
    internal readonly record struct RuleValue(double Node, double Weight, float NodeSingle, float WeightSingle);
}
