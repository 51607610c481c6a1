using System;

namespace NumericKernels.Samples.IntegralRL;

/// <summary>
/// The canonical task: an inverted pendulum linearised about upright (theta'' = (g/l) theta + u, g/l = 9.81) under the
/// linear policy u = -K x with K = (19.81, 2), which the policy-evaluation step of integral reinforcement learning would
/// be assessing. The closed loop x' = A x with A = [[0, 1], [-10, -2]] has eigenvalues -1 +- 3i, so the trajectory is
/// known in closed form: x(t) = e^-t (cos 3t I + sin 3t (A + I) / 3) x0. The reward is r = x'Qx + u'Ru with Q = I, R = 1,
/// i.e. x'Mx with M = Q + K'K, and its integral over [0, T] is x0'P x0 - x(T)'P x(T) with A'P + PA = -M (Lyapunov).
/// </summary>
internal static class Pendulum
{
    private const double K1 = 19.81, K2 = 2;
    private static readonly double[] s_x0 = { 0.5, 0 };

    // M = I + K'K.
    private const double M11 = 1 + K1 * K1, M12 = K1 * K2, M22 = 1 + K2 * K2;

    public static (double Theta, double Omega) State(double t)
    {
        double decay = Math.Exp(-t), c = Math.Cos(3 * t), s = Math.Sin(3 * t) / 3;
        // (A + I) = [[1, 1], [-10, -1]].
        double theta = decay * (c * s_x0[0] + s * (s_x0[0] + s_x0[1]));
        double omega = decay * (c * s_x0[1] + s * (-10 * s_x0[0] - s_x0[1]));
        return (theta, omega);
    }

    public static double Reward(double t)
    {
        (double theta, double omega) = State(t);
        return M11 * theta * theta + 2 * M12 * theta * omega + M22 * omega * omega;
    }

    /// <summary>The integral of the reward over [0, T] from the Lyapunov solution, independent of any quadrature.</summary>
    public static double Cost(double horizon)
    {
        // A'P + PA = -M for A = [[0, 1], [-10, -2]], P symmetric: three linear equations in p11, p12, p22.
        //   (1,1): -20 p12 = -M11
        //   (1,2): p11 - 2 p12 - 10 p22 = -M12
        //   (2,2): 2 p12 - 4 p22 = -M22
        double p12 = M11 / 20;
        double p22 = (M22 + 2 * p12) / 4;
        double p11 = -M12 + 2 * p12 + 10 * p22;
        double Quadratic(double a, double b) => p11 * a * a + 2 * p12 * a * b + p22 * b * b;
        (double theta, double omega) = State(horizon);
        return Quadratic(s_x0[0], s_x0[1]) - Quadratic(theta, omega);
    }
}
