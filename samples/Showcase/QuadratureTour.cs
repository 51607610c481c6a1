using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Spectre.Console;

namespace NumericKernels.Samples.Showcase
{
    /// <summary>[Quadrature] kernels the generator wrote for this sample: rules computed at compile time, integrands called directly.</summary>
    internal static partial class QuadratureKernels
    {
        [Approximate(MathFunction.Exp, MaxUlp = 1)]
        private static partial double Exp(double x);

        [Approximate(MathFunction.Exp, MaxUlp = 1)]
        private static partial Vector256<double> Exp(Vector256<double> x);

        [Approximate(MathFunction.Exp, MaxUlp = 1)]
        private static partial Vector512<double> Exp(Vector512<double> x);

        // exp(-x^2) through the generated 1-ULP exp: the scalar form, and vector forms that compute the same lane for lane.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static double Gaussian(double x) => Exp(-x * x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<double> Gaussian(Vector256<double> x) => Exp(-(x * x));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector512<double> Gaussian(Vector512<double> x) => Exp(-(x * x));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static double GaussianScalarOnly(double x) => Exp(-x * x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static double Runge(double x) => 1.0 / (1.0 + x * x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<double> Runge(Vector256<double> x) => Vector256<double>.One / (Vector256<double>.One + x * x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector512<double> Runge(Vector512<double> x) => Vector512<double>.One / (Vector512<double>.One + x * x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static double RungeScalarOnly(double x) => 1.0 / (1.0 + x * x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static double Log(double x) => Math.Log(x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static double InverseSqrt(double x) => 1 / Math.Sqrt(x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static double Peak(double x) => 1.0 / (1e-4 + x * x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static double Step(double x) => x < 1.0 / 3 ? 0 : 1;

        [Quadrature(QuadratureRule.GaussKronrod, Integrand = nameof(Peak), RelativeTolerance = 1e-12)]
        public static partial QuadratureResult PeakGk21(double a, double b);

        [Quadrature(QuadratureRule.GaussKronrod, Integrand = nameof(Log), RelativeTolerance = 1e-10)]
        public static partial QuadratureResult LogGk21(double a, double b);

        [Quadrature(QuadratureRule.GaussKronrod, Integrand = nameof(InverseSqrt), RelativeTolerance = 1e-10)]
        public static partial QuadratureResult InverseSqrtGk21(double a, double b);

        [Quadrature(QuadratureRule.GaussKronrod, Integrand = nameof(Step), RelativeTolerance = 1e-10)]
        public static partial QuadratureResult StepGk21(double a, double b);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static double Power09(double x) => Math.Pow(x, -0.9);

        [Quadrature(QuadratureRule.TanhSinh, Integrand = nameof(Log), RelativeTolerance = 1e-10)]
        public static partial QuadratureResult LogTanhSinh(double a, double b);

        [Quadrature(QuadratureRule.TanhSinh, Integrand = nameof(InverseSqrt), RelativeTolerance = 1e-10)]
        public static partial QuadratureResult InverseSqrtTanhSinh(double a, double b);

        [Quadrature(QuadratureRule.TanhSinh, Integrand = nameof(Power09), RelativeTolerance = 1e-10)]
        public static partial QuadratureResult Power09TanhSinh(double a, double b);

        [Quadrature(QuadratureRule.GaussKronrod, Integrand = nameof(Power09), RelativeTolerance = 1e-10)]
        public static partial QuadratureResult Power09Gk21(double a, double b);

        [Quadrature(QuadratureRule.Trapezoid)]
        public static partial double Trapezoid(ReadOnlySpan<double> samples, double step);

        [Quadrature(QuadratureRule.Simpson)]
        public static partial double Simpson(ReadOnlySpan<double> samples, double step);

        [Quadrature(QuadratureRule.Bayesian, Points = 33, Kernel = BayesKernel.Matern52)]
        public static partial double Bayesian33(ReadOnlySpan<double> samples, double interval, out double variance);

        [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(Gaussian))]
        public static partial double GaussianGl20(double a, double b);

        [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(GaussianScalarOnly))]
        public static partial double GaussianGl20Scalar(double a, double b);

        [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(Gaussian))]
        public static partial void GaussianGl20(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

        [Quadrature(QuadratureRule.GaussLegendre, Points = 100, Integrand = nameof(Runge))]
        public static partial double RungeGl100(double a, double b);

        [Quadrature(QuadratureRule.GaussLegendre, Points = 100, Integrand = nameof(RungeScalarOnly))]
        public static partial double RungeGl100Scalar(double a, double b);

        [Quadrature(QuadratureRule.GaussLegendre, Points = 100, Integrand = nameof(Runge))]
        public static partial void RungeGl100(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

        [Quadrature(QuadratureRule.ClenshawCurtis, Points = 257, Integrand = nameof(Runge))]
        public static partial double RungeCc257(double a, double b);

        [Quadrature(QuadratureRule.ClenshawCurtis, Points = 257, Integrand = nameof(RungeScalarOnly))]
        public static partial double RungeCc257Scalar(double a, double b);

        [Quadrature(QuadratureRule.ClenshawCurtis, Points = 257, Integrand = nameof(Runge))]
        public static partial void RungeCc257(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);
    }

    /// <summary>
    /// The quadrature stop of the tour: integrals with closed forms, their error in ULPs, whether the SIMD path (integrand
    /// with vector overloads), the scalar path (integrand without) and the batch give the same bits, and indicative speed.
    /// </summary>
    internal static class QuadratureTour
    {
        private delegate void Batch(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

        public static Table Build()
        {
            var table = new Table().Title("[bold]Quadrature: rules computed at compile time in double-double, each node and weight rounded once[/]")
                .AddColumns("Integral", "Rule", "Result", "Exact (closed form)", "Error (ULP)", "SIMD = scalar = batch (bits)", "ns per integral (SIMD)", "ns per integral (batch of 64)");
            // Closed forms to 40 digits (mpmath, by hand): sqrt(pi)/2 erf 3 and 2 atan 5.
            Add(table, "∫₀³ exp(-x²) dx", "Gauss-Legendre, 20", 0, 3, 0.8862073482595212338944845779118455795696,
                QuadratureKernels.GaussianGl20, QuadratureKernels.GaussianGl20Scalar, QuadratureKernels.GaussianGl20);
            Add(table, "∫₋₅⁵ 1/(1+x²) dx", "Gauss-Legendre, 100", -5, 5, 2.746801533890031721722543852889922297302,
                QuadratureKernels.RungeGl100, QuadratureKernels.RungeGl100Scalar, QuadratureKernels.RungeGl100);
            Add(table, "∫₋₅⁵ 1/(1+x²) dx", "Clenshaw-Curtis, 257", -5, 5, 2.746801533890031721722543852889922297302,
                QuadratureKernels.RungeCc257, QuadratureKernels.RungeCc257Scalar, QuadratureKernels.RungeCc257);
            return table;
        }

        /// <summary>Adaptive Gauss-Kronrod and tanh-sinh on hard integrands: the estimate against the true error, and whether it says it converged.</summary>
        public static Table BuildAdaptive()
        {
            var table = new Table().Title("[bold]Adaptive rules: honest error estimates[/]")
                .AddColumns("Integral", "Rule", "Tolerance", "Result", "True error", "Error estimate", "Converged", "Evaluations");
            const string gk = "Gauss-Kronrod 10/21", ts = "tanh-sinh";
            AddAdaptive(table, "∫₋₁¹ 1/(10⁻⁴+x²) dx", gk, "10⁻¹² relative", QuadratureKernels.PeakGk21(-1, 1), 312.1593320216462762049963150860943787074);
            AddAdaptive(table, "∫₀¹ [x ≥ 1/3] dx", gk, "10⁻¹⁰ relative", QuadratureKernels.StepGk21(0, 1), 2.0 / 3);
            AddAdaptive(table, "∫₀¹ log x dx", gk, "10⁻¹⁰ relative", QuadratureKernels.LogGk21(0, 1), -1);
            AddAdaptive(table, "∫₀¹ log x dx", ts, "10⁻¹⁰ relative", QuadratureKernels.LogTanhSinh(0, 1), -1);
            AddAdaptive(table, "∫₀¹ 1/√x dx", gk, "10⁻¹⁰ relative", QuadratureKernels.InverseSqrtGk21(0, 1), 2);
            AddAdaptive(table, "∫₀¹ 1/√x dx", ts, "10⁻¹⁰ relative", QuadratureKernels.InverseSqrtTanhSinh(0, 1), 2);
            AddAdaptive(table, "∫₀¹ x^-0.9 dx", gk, "10⁻¹⁰ relative", QuadratureKernels.Power09Gk21(0, 1), 10);
            AddAdaptive(table, "∫₀¹ x^-0.9 dx", ts, "10⁻¹⁰ relative", QuadratureKernels.Power09TanhSinh(0, 1), 10);
            return table;
        }

        /// <summary>Rules for samples: 33 samples of e^x on [0, 1], each rule's error.</summary>
        public static Table BuildSampled()
        {
            const int n = 33;
            double[] y = new double[n];
            for (int i = 0; i < n; i++)
            {
                y[i] = Math.Exp((double)i / (n - 1));
            }
            const double exact = 1.718281828459045235360287471352662497757;
            double bayesian = QuadratureKernels.Bayesian33(y, 1, out double variance);
            var table = new Table().Title("[bold]Rules for samples: 33 evenly spaced samples of eˣ on [[0, 1]][/]")
                .AddColumns("Rule", "Result", "Relative error", "Note");
            void Row(string rule, double value, string note) => table.AddRow(rule, value.ToString("R", CultureInfo.InvariantCulture),
                (Math.Abs(value - exact) / exact).ToString("0.0E+0", CultureInfo.InvariantCulture), note);
            Row("Trapezoid", QuadratureKernels.Trapezoid(y, 1.0 / (n - 1)), "O(h²)");
            Row("Simpson", QuadratureKernels.Simpson(y, 1.0 / (n - 1)), "O(h⁴)");
            Row("Bayesian, Matérn 5/2", bayesian, "posterior std " + Math.Sqrt(variance).ToString("0.0E+0", CultureInfo.InvariantCulture) + " (unit-amplitude prior)");
            return table;
        }

        private static void AddAdaptive(Table table, string integral, string rule, string tolerance, QuadratureResult r, double exact)
        {
            double error = Math.Abs(r.Value - exact);
            bool honest = !r.Converged || error <= r.ErrorEstimate;
            table.AddRow(
                Markup.Escape(integral),
                rule,
                tolerance,
                r.Value.ToString("R", CultureInfo.InvariantCulture),
                error.ToString("0.0E+0", CultureInfo.InvariantCulture),
                (honest ? string.Empty : "[red]") + r.ErrorEstimate.ToString("0.0E+0", CultureInfo.InvariantCulture) + (honest ? string.Empty : "[/]"),
                r.Converged ? "[green]yes[/]" : "[yellow]no[/]",
                r.Evaluations.ToString("N0", CultureInfo.InvariantCulture));
        }

        private static void Add(Table table, string integral, string rule, double a, double b, double exact,
            Func<double, double, double> simd, Func<double, double, double> scalar, Batch batch)
        {
            double value = simd(a, b);
            double ulp = Math.Abs(value - exact) / (Math.BitIncrement(Math.Abs(exact)) - Math.Abs(exact));
            var starts = new double[64];
            var ends = new double[64];
            var results = new double[64];
            var random = new Random(7);
            for (int i = 0; i < starts.Length; i++)
            {
                starts[i] = a + random.NextDouble();
                ends[i] = b - random.NextDouble();
            }
            batch(starts, ends, results);
            bool agree = BitConverter.DoubleToInt64Bits(value) == BitConverter.DoubleToInt64Bits(scalar(a, b));
            for (int i = 0; i < starts.Length; i++)
            {
                agree &= BitConverter.DoubleToInt64Bits(results[i]) == BitConverter.DoubleToInt64Bits(simd(starts[i], ends[i]))
                    && BitConverter.DoubleToInt64Bits(results[i]) == BitConverter.DoubleToInt64Bits(scalar(starts[i], ends[i]));
            }
            double single = ThroughputProbe.NanosecondsPerItem(() => simd(a, b), 1);
            double many = ThroughputProbe.NanosecondsPerItem(() => batch(starts, ends, results), starts.Length);
            table.AddRow(
                Markup.Escape(integral),
                rule,
                value.ToString("R", CultureInfo.InvariantCulture),
                exact.ToString("R", CultureInfo.InvariantCulture),
                ulp.ToString("0.##", CultureInfo.InvariantCulture),
                agree ? "[green]yes[/]" : "[red]NO[/]",
                single.ToString("0.0", CultureInfo.InvariantCulture),
                many.ToString("0.0", CultureInfo.InvariantCulture));
        }
    }
}
