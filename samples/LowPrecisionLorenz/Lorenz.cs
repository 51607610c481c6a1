using System;
using Spectre.Console;

namespace NumericKernels.Samples.LowPrecisionLorenz;

internal sealed record Options(int Steps, int Members, double Dt, double SpinUp, int Every, string Plot)
{
    /// <summary>The options, or null after printing a one-line error for a bad argument.</summary>
    public static Options? Parse(string[] args)
    {
        var o = new Options(100_000, 512, 0.001, 20, 10, "lorenz-distributions.png");
        for (int i = 0; i < args.Length; i++)
        {
            string name = args[i];
            string? value = i + 1 < args.Length ? args[++i] : null;
            bool ok = value is not null;
            switch (name)
            {
                case "--steps": ok &= int.TryParse(value, out int steps) && steps > 0; if (ok) o = o with { Steps = steps }; break;
                case "--members": ok &= int.TryParse(value, out int members) && members > 0; if (ok) o = o with { Members = members }; break;
                case "--dt": ok &= double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double dt) && dt > 0 && dt < 0.1; if (ok) o = o with { Dt = dt }; break;
                case "--plot": if (ok) o = o with { Plot = value! }; break;
                default: ok = false; break;
            }
            if (!ok)
            {
                Console.Error.WriteLine($"error: bad argument '{name}{(value is null ? string.Empty : " " + value)}' (options: --steps N, --members M, --dt h with 0 < h < 0.1, --plot file.png)");
                return null;
            }
        }
        if (o.SpinUp / o.Dt >= o.Steps)
        {
            Console.Error.WriteLine($"error: {o.Steps} steps of {o.Dt} do not pass the spin-up of {o.SpinUp} time units; use more steps");
            return null;
        }
        return o;
    }
}

/// <summary>The long-run samples of x, y and z of one run, pooled over members and time.</summary>
internal sealed class Samples
{
    public Samples(int capacity)
    {
        X = new double[capacity];
        Y = new double[capacity];
        Z = new double[capacity];
    }

    public double[] X { get; }
    public double[] Y { get; }
    public double[] Z { get; }
    public int Count { get; set; }

    public void Add(double x, double y, double z)
    {
        X[Count] = x;
        Y[Count] = y;
        Z[Count] = z;
        Count++;
    }

    /// <summary>W1 of each coordinate: for equal sample counts, the mean distance between the sorted samples.</summary>
    public static double[] Wasserstein(Samples a, Samples b) => new[] { W1(a.X, b.X), W1(a.Y, b.Y), W1(a.Z, b.Z) };

    public static double MeanWasserstein(Samples a, Samples b) => (W1(a.X, b.X) + W1(a.Y, b.Y) + W1(a.Z, b.Z)) / 3;

    private static double W1(double[] a, double[] b)
    {
        double[] sa = (double[])a.Clone(), sb = (double[])b.Clone();
        Array.Sort(sa);
        Array.Sort(sb);
        double sum = 0;
        for (int i = 0; i < sa.Length; i++)
        {
            sum += Math.Abs(sa[i] - sb[i]);
        }
        return sum / sa.Length;
    }
}

internal static class Lorenz
{
    private const double Sigma = 10, Rho = 28, Beta = 8.0 / 3;

    public static string Describe(Arithmetic arithmetic) => arithmetic switch
    {
        Arithmetic.BFloat16Nearest => "bfloat16 nearest",
        Arithmetic.BFloat16Stochastic => "bfloat16 stochastic",
        Arithmetic.Float16Nearest => "float16 nearest",
        _ => "float16 stochastic",
    };

    private static int SampleCount(Options o) => ((o.Steps - (int)Math.Round(o.SpinUp / o.Dt)) / o.Every + 1) * o.Members;

    /// <summary>Members start at (1, 1, 20) plus a perturbation of up to ±0.5 drawn from <paramref name="seed"/>.</summary>
    private static double[] Start(int members, int seed)
    {
        var random = new Random(seed);
        var start = new double[3 * members];
        for (int i = 0; i < start.Length; i++)
        {
            start[i] = (i % 3 == 2 ? 20 : 1) + random.NextDouble() - 0.5;
        }
        return start;
    }

    public static Samples RunFloat64(Options o, int seed, ProgressTask task)
    {
        int m = o.Members;
        double[] s = Start(m, seed);
        var samples = new Samples(SampleCount(o));
        int spinUp = (int)Math.Round(o.SpinUp / o.Dt);
        for (int step = 0; step <= o.Steps; step++)
        {
            if (step >= spinUp && (step - spinUp) % o.Every == 0)
            {
                for (int k = 0; k < m; k++)
                {
                    samples.Add(s[3 * k], s[3 * k + 1], s[3 * k + 2]);
                }
            }
            for (int k = 0; k < m; k++)
            {
                double x = s[3 * k], y = s[3 * k + 1], z = s[3 * k + 2];
                s[3 * k] = x + o.Dt * (Sigma * (y - x));
                s[3 * k + 1] = y + o.Dt * (x * (Rho - z) - y);
                s[3 * k + 2] = z + o.Dt * (x * y - Beta * z);
            }
            if (step % 1000 == 0)
            {
                task.Value = 100.0 * step / o.Steps;
            }
        }
        task.Value = 100;
        return samples;
    }

    /// <summary>
    /// The same Euler steps with every operation's result rounded by <paramref name="arithmetic"/> (the constants sigma,
    /// rho, beta and dt rounded once). Each rounding call covers one operation for all members; stochastic calls draw
    /// consecutive parts of one random stream.
    /// </summary>
    public static (Samples Samples, double Stalled) RunLowPrecision(Options o, Arithmetic arithmetic, int seed, ProgressTask task)
    {
        int m = o.Members;
        double[] start = Start(m, seed);
        float[] x = new float[m], y = new float[m], z = new float[m];
        for (int k = 0; k < m; k++)
        {
            (x[k], y[k], z[k]) = ((float)start[3 * k], (float)start[3 * k + 1], (float)start[3 * k + 2]);
        }
        var scratch = new byte[2 * m];
        long stream = 0;
        void Round(Span<float> values)
        {
            Rounding.Round(arithmetic, values, scratch, 0xC0FFEE, stream);
            stream += values.Length;
        }
        float[] constants = { (float)Sigma, (float)Rho, (float)Beta, (float)o.Dt };
        Rounding.Round(arithmetic == Arithmetic.BFloat16Stochastic ? Arithmetic.BFloat16Nearest : arithmetic == Arithmetic.Float16Stochastic ? Arithmetic.Float16Nearest : arithmetic, constants, scratch, 0, 0);
        float sigma = constants[0], rho = constants[1], beta = constants[2], dt = constants[3];
        Round(x);
        Round(y);
        Round(z);

        float[] dx = new float[m], dy = new float[m], dz = new float[m], t = new float[m], nx = new float[m], ny = new float[m], nz = new float[m];
        var samples = new Samples(SampleCount(o));
        int spinUp = (int)Math.Round(o.SpinUp / o.Dt);
        long stalled = 0, updates = 0;
        for (int step = 0; step <= o.Steps; step++)
        {
            if (step >= spinUp && (step - spinUp) % o.Every == 0)
            {
                for (int k = 0; k < m; k++)
                {
                    samples.Add(x[k], y[k], z[k]);
                }
            }
            // dx = sigma (y - x)
            for (int k = 0; k < m; k++) dx[k] = y[k] - x[k];
            Round(dx);
            for (int k = 0; k < m; k++) dx[k] *= sigma;
            Round(dx);
            // dy = x (rho - z) - y
            for (int k = 0; k < m; k++) dy[k] = rho - z[k];
            Round(dy);
            for (int k = 0; k < m; k++) dy[k] *= x[k];
            Round(dy);
            for (int k = 0; k < m; k++) dy[k] -= y[k];
            Round(dy);
            // dz = x y - beta z
            for (int k = 0; k < m; k++) dz[k] = x[k] * y[k];
            Round(dz);
            for (int k = 0; k < m; k++) t[k] = beta * z[k];
            Round(t);
            for (int k = 0; k < m; k++) dz[k] -= t[k];
            Round(dz);
            // state += dt * derivative, each product and sum rounded
            foreach ((float[] state, float[] derivative, float[] next) in new[] { (x, dx, nx), (y, dy, ny), (z, dz, nz) })
            {
                for (int k = 0; k < m; k++) derivative[k] *= dt;
                Round(derivative);
                for (int k = 0; k < m; k++) next[k] = state[k] + derivative[k];
                Round(next);
                for (int k = 0; k < m; k++)
                {
                    stalled += next[k] == state[k] && derivative[k] != 0 ? 1 : 0;
                    updates += derivative[k] != 0 ? 1 : 0;
                    state[k] = next[k];
                }
            }
            if (step % 1000 == 0)
            {
                task.Value = 100.0 * step / o.Steps;
            }
        }
        task.Value = 100;
        return (samples, updates == 0 ? 0 : (double)stalled / updates);
    }
}
