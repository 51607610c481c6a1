using System;
using System.Linq;
using NumericKernels.Search.Evolution;
using Xunit;

namespace NumericKernels.Search.Tests.Evolution;

/// <summary>CMA-ES and the Jacobi eigen-decomposition it samples through.</summary>
public class CmaEsTests
{
    [Fact]
    public void EigenDecompositionReconstructsTheMatrix()
    {
        double[,] m = { { 4, 1, 0.5 }, { 1, 3, -0.25 }, { 0.5, -0.25, 2 } };
        var vectors = new double[3, 3];
        var roots = new double[3];
        Assert.True(SymmetricEigen.Decompose(m, vectors, roots));
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                double sum = 0;
                for (int k = 0; k < 3; k++) sum += vectors[i, k] * roots[k] * roots[k] * vectors[j, k];
                Assert.Equal(m[i, j], sum, 1e-12);
            }
        }
    }

    [Fact]
    public void IndefiniteMatrixIsRefused()
    {
        double[,] m = { { 1, 2 }, { 2, 1 } };
        Assert.False(SymmetricEigen.Decompose(m, new double[2, 2], new double[2]));
    }

    [Fact]
    public void FindsTheMinimumOfAnIllConditionedRotatedEllipsoid()
    {
        // Coordinates coupled and scaled 1 : 10^3: only an adapted covariance makes progress along the narrow valley.
        double[] target = { 1.5, -2.0, 0.75, 3.0 };
        double Objective(double[] x)
        {
            double sum = 0;
            for (int i = 0; i < x.Length; i++)
            {
                double u = x[i] - target[i] + (i > 0 ? 0.5 * (x[i - 1] - target[i - 1]) : 0);
                sum += Math.Pow(1000, (double)i / (x.Length - 1)) * u * u;
            }
            return sum;
        }
        double[] best = CmaEs.Minimize(Objective, new[] { 1.0, -1.0, 1.0, 1.0 }, 6000, restarts: 1, new SearchRandom(3));
        Assert.True(Objective(best) < 1e-10, "objective " + Objective(best));
    }

    [Fact]
    public void MinimizesANonSmoothMaximum()
    {
        // max(|x - 1|, |y + 2|, |x + y + 1|): the minimum 0 is at (1, -2), a kink where gradients do not exist.
        double Objective(double[] v) => new[] { Math.Abs(v[0] - 1), Math.Abs(v[1] + 2), Math.Abs(v[0] + v[1] + 1) }.Max();
        double[] best = CmaEs.Minimize(Objective, new[] { 0.5, -1.0 }, 3000, restarts: 1, new SearchRandom(5));
        Assert.True(Objective(best) < 1e-6, "objective " + Objective(best));
    }
}
