using System;

namespace NumericKernels.Samples.Showcase
{
    /// <summary>
    /// Double references for the float32 sweeps where System.Math has no accurate one: .NET's double.ExpM1 and
    /// double.LogP1 are Exp(x) - 1 and Log(x + 1), which lose the relative accuracy near 0 that these kernels keep.
    /// </summary>
    internal static class AccurateDouble
    {
        /// <summary>10^x: Math.Pow is within an ULP of double for every argument, exact for integer exponents.</summary>
        public static double Exp10(double x) => Math.Pow(10, x);

        /// <summary>e^x - 1 = 2t/(1 - t) with t = tanh(x/2), accurate to a few double ULPs near 0; exp(x) - 1 elsewhere.</summary>
        public static double ExpM1(double x)
        {
            if (Math.Abs(x) > 1) return Math.Exp(x) - 1;
            double t = Math.Tanh(x / 2);
            return 2 * t / (1 - t);
        }

        /// <summary>ln(1 + x) by Goldberg's correction: log(u)·x/(u - 1) with u = 1 + x rounded, within a few double ULPs.</summary>
        public static double Log1P(double x)
        {
            double u = 1 + x;
            if (u == 1) return x;
            if (double.IsInfinity(u) || u <= 0) return Math.Log(u);
            return Math.Log(u) * x / (u - 1);
        }
    }
}
