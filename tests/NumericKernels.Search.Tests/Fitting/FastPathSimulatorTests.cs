using System;
using System.Collections.Generic;
using System.Linq;
using NumericKernels.Generators.Catalog;
using NumericKernels.Search.Fitting;
using NumericKernels.Search.Verification;
using Xunit;

namespace NumericKernels.Search.Tests.Fitting
{
    /// <summary>The coefficient polish trusts the simulator, so it must give the emitted code's bits on fast-path inputs.</summary>
    public class FastPathSimulatorTests
    {
        public static IEnumerable<object[]> SingleEntries() =>
            KernelCatalog.Entries
                .Where(e => e.Element == ElementKind.Float32 && e.Algorithm is KernelAlgorithm.ExpCodyWaite or KernelAlgorithm.ExpCodyWaiteShort
                    or KernelAlgorithm.Exp2Rounded or KernelAlgorithm.LogExponentSplit or KernelAlgorithm.Log2ExponentSplit or KernelAlgorithm.DirectPolynomial
                    or KernelAlgorithm.SigmoidExpQuotient or KernelAlgorithm.SigmoidExpQuotientShort or KernelAlgorithm.TanhExpQuotient or KernelAlgorithm.TanhExpQuotientShort or KernelAlgorithm.TanhExpM1Quotient
                    or KernelAlgorithm.TanhExpM1QuotientShort)
                .Select(e => new object[] { e.Id });

        [Theory]
        [MemberData(nameof(SingleEntries))]
        public void SimulationIsBitIdenticalToTheEmittedScalarPath(string id) => AssertSimulationMatches(KernelCatalog.Entries.Single(e => e.Id == id));

        /// <summary>The entries whose emitter evaluates its polynomial through PolynomialSchemes, so Estrin applies.</summary>
        public static IEnumerable<object[]> EstrinCapableEntries() =>
            SingleEntries().Where(row => ProgramShape.HasEstrinForm(KernelCatalog.Entries.Single(e => e.Id == (string)row[0]).Algorithm));

        [Theory]
        [MemberData(nameof(EstrinCapableEntries))]
        public void EstrinSimulationIsBitIdenticalToTheEmittedScalarPath(string id) =>
            AssertSimulationMatches(KernelCatalog.Entries.Single(e => e.Id == id) with { Scheme = EvaluationScheme.Estrin });

        private static void AssertSimulationMatches(CatalogEntry entry)
        {
            var constants = entry.Constants.ToDictionary(c => c.Name, c => HexFloat.Parse(c.HexFloat), StringComparer.Ordinal);
            var simulator = new FastPathSimulator<float>(entry.Algorithm, constants, entry.Scheme);
            using CompiledKernel<float> kernel = KernelCompiler.Compile<float>(entry);
            var (low, high) = FastRange(entry);
            var random = new Random(7);
            for (int i = 0; i < 20000; i++)
            {
                float x = (float)(low + (high - low) * random.NextDouble());
                if (entry.Algorithm is KernelAlgorithm.LogExponentSplit or KernelAlgorithm.Log2ExponentSplit) x = MathF.ScaleB(1 + x, random.Next(-120, 120));
                Assert.Equal(BitConverter.SingleToInt32Bits(kernel.Scalar(x)), BitConverter.SingleToInt32Bits(simulator.Evaluate(x)));
            }
        }

        public static IEnumerable<object[]> DoubleEntries() =>
            KernelCatalog.Entries.Where(e => e.Element == ElementKind.Float64).Select(e => new object[] { e.Id });

        [Theory]
        [MemberData(nameof(DoubleEntries))]
        public void DoubleSimulationIsBitIdenticalToTheEmittedScalarPath(string id)
        {
            CatalogEntry entry = KernelCatalog.Entries.Single(e => e.Id == id);
            var constants = entry.Constants.ToDictionary(c => c.Name, c => HexFloat.Parse(c.HexFloat), StringComparer.Ordinal);
            var simulator = new FastPathSimulator<double>(entry.Algorithm, constants);
            using CompiledKernel<double> kernel = KernelCompiler.Compile<double>(entry);
            bool isLog = entry.Algorithm is KernelAlgorithm.LogAtanhSeries or KernelAlgorithm.Log2AtanhSeries;
            var (low, high) = isLog ? (0.0, 1.0) : entry.Algorithm == KernelAlgorithm.Exp2Rounded ? (-1020.0, 1020.0) : (-700.0, 700.0);
            var random = new Random(11);
            for (int i = 0; i < 20000; i++)
            {
                double x = low + (high - low) * random.NextDouble();
                if (isLog) x = Math.ScaleB(1 + x, random.Next(-1000, 1000));
                Assert.Equal(BitConverter.DoubleToInt64Bits(kernel.Scalar(x)), BitConverter.DoubleToInt64Bits(simulator.Evaluate(x)));
            }
        }

        private static (double Low, double High) FastRange(CatalogEntry entry) => entry.Algorithm switch
        {
            KernelAlgorithm.DirectPolynomial => (entry.DomainMin, entry.DomainMax),
            KernelAlgorithm.LogExponentSplit or KernelAlgorithm.Log2ExponentSplit => (0.0, 1.0),
            KernelAlgorithm.Exp2Rounded => (-126.0, 126.0),
            KernelAlgorithm.TanhExpQuotient or KernelAlgorithm.TanhExpQuotientShort or KernelAlgorithm.TanhExpM1Quotient
                or KernelAlgorithm.TanhExpM1QuotientShort => (-12.0, 12.0),
            _ => (Math.Max(-87.0, entry.DomainMin), Math.Min(87.0, entry.DomainMax)),
        };
    }
}
