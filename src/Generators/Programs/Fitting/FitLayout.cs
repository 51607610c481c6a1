using System;
using System.Collections.Generic;
using System.Globalization;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Models;

namespace NumericKernels.Generators.Programs.Fitting
{
    /// <summary>One constant of an entry a fit makes: fixed (its hex-float given), or coefficient j of core i.</summary>
    internal readonly record struct LayoutSlot(string Name, string? HexFloat, int Core, int Coefficient)
    {
        public static LayoutSlot Fixed(string name, string hexFloat) => new LayoutSlot(name, hexFloat, -1, -1);

        public static LayoutSlot Fitted(string name, int core, int coefficient) => new LayoutSlot(name, null, core, coefficient);
    }

    /// <summary>Where a fit measures a candidate: half the sample strided over [Low, High] by bit pattern, half uniform over [DenseLow, DenseHigh].</summary>
    internal readonly record struct SampleRange(double Low, double High, double DenseLow, double DenseHigh);

    /// <summary>
    /// What nk-search fit needs to make an entry of one algorithm at one degree: the core problems to fit, the entry's
    /// constants in catalog order (fixed reduction constants, the fitted coefficients, the special path's limits), and
    /// where its fast path is measured.
    /// </summary>
    internal sealed record FitLayout(IReadOnlyList<CoreFit> Cores, IReadOnlyList<LayoutSlot> Slots, SampleRange Sample)
    {
        /// <summary>Fixed constants, then every core's coefficients in order, then <paramref name="trailing"/>.</summary>
        public static FitLayout Sequential(IReadOnlyList<CoreFit> cores, IEnumerable<(string Name, string HexFloat)> leading, IEnumerable<(string Name, string HexFloat)> trailing, SampleRange sample)
        {
            var slots = new List<LayoutSlot>();
            foreach (var (name, hex) in leading) slots.Add(LayoutSlot.Fixed(name, hex));
            for (int i = 0; i < cores.Count; i++)
            {
                for (int j = 0; j < cores[i].CoefficientNames.Count; j++) slots.Add(LayoutSlot.Fitted(cores[i].CoefficientNames[j], i, j));
            }
            foreach (var (name, hex) in trailing) slots.Add(LayoutSlot.Fixed(name, hex));
            return new FitLayout(cores, slots, sample);
        }

        /// <summary>The entry's constants with <paramref name="coefficients"/> (per core, in free-power order) rounded to the element.</summary>
        public EquatableArray<NamedConstant> Constants(IReadOnlyList<double[]> coefficients, ElementKind element)
        {
            if (coefficients.Count != Cores.Count) throw new ArgumentException($"{Cores.Count} cores need {Cores.Count} coefficient vectors.", nameof(coefficients));
            var constants = new List<NamedConstant>();
            foreach (LayoutSlot slot in Slots)
            {
                constants.Add(new NamedConstant(slot.Name, slot.HexFloat ?? HexFloats.Format(coefficients[slot.Core][slot.Coefficient], element)));
            }
            return new EquatableArray<NamedConstant>(constants);
        }

        /// <summary>Stand-in coefficients (all 1/2) for building a candidate's program before its coefficients are known.</summary>
        public IReadOnlyList<double[]> Placeholders()
        {
            var placeholders = new List<double[]>();
            foreach (CoreFit core in Cores)
            {
                var values = new double[core.CoefficientNames.Count];
                for (int j = 0; j < values.Length; j++) values[j] = 0.5;
                placeholders.Add(values);
            }
            return placeholders;
        }

        /// <summary>Free powers first, first + step, ...</summary>
        public static IReadOnlyList<int> Powers(int first, int count, int step = 1)
        {
            var powers = new int[count];
            for (int i = 0; i < count; i++) powers[i] = first + i * step;
            return powers;
        }

        /// <summary>Names {prefix}{power} for each power.</summary>
        public static IReadOnlyList<string> Names(string prefix, IReadOnlyList<int> powers)
        {
            var names = new string[powers.Count];
            for (int i = 0; i < names.Length; i++) names[i] = prefix + powers[i].ToString(CultureInfo.InvariantCulture);
            return names;
        }
    }
}
