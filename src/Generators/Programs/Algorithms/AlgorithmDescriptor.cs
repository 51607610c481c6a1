using System;
using System.Collections.Generic;
using System.Linq;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Programs.Fitting;

namespace NumericKernels.Generators.Programs.Algorithms
{
    /// <summary>
    /// Everything the project knows about one <see cref="KernelAlgorithm"/>, in one place: how it builds its program from a
    /// catalog entry's constants, and what nk-search fit needs to make such an entry (the functions it computes, the
    /// degrees worth trying, its core problems and constant layout, where its fast path runs).
    /// </summary>
    internal abstract class AlgorithmDescriptor
    {
        protected AlgorithmDescriptor(KernelAlgorithm algorithm) => Algorithm = algorithm;

        public KernelAlgorithm Algorithm { get; }

        /// <summary>The program in words, for an entry's origin ("Cody-Waite reduction with carried rounding error").</summary>
        public abstract string Description { get; }

        /// <summary>The entry's program. Throws when the entry lacks a constant the algorithm reads.</summary>
        public abstract KernelProgram Build(CatalogEntry entry);

        /// <summary>Whether nk-search fit can make an entry of this algorithm for the function, element and domain.</summary>
        public virtual bool CanFit(MathFunctionId function, ElementKind element, double domainMin, double domainMax) => false;

        /// <summary>
        /// Whether the algorithm's program computes the function in the element type at all (a user's catalog entry must
        /// name a function its algorithm computes): by default where fit can make one over the whole type.
        /// </summary>
        public virtual bool Computes(MathFunctionId function, ElementKind element) => CanFit(function, element, double.NegativeInfinity, double.PositiveInfinity);

        /// <summary>The degrees fit tries, in increasing order (what "degree" means is the algorithm's: see <see cref="Layout"/>).</summary>
        public virtual IEnumerable<int> Degrees(ElementKind element) => Enumerable.Empty<int>();

        /// <summary>False for programs that never have a special path (their fast path covers every input).</summary>
        public virtual bool HasSpecialPath => true;

        /// <summary>
        /// The domain within which the program needs no special path (the exp family: where 2^k stays normal), or null when
        /// the special path cannot be dropped.
        /// </summary>
        public virtual (double Min, double Max)? DomainWithoutSpecialPath(ElementKind element) => null;

        /// <summary>Whether an entry for [min, max] needs the special path.</summary>
        public bool NeedsSpecialPath(ElementKind element, double domainMin, double domainMax) =>
            HasSpecialPath && (!(DomainWithoutSpecialPath(element) is (double min, double max)) || domainMin < min || domainMax > max);

        /// <summary>What a fitted entry's id adds to "function.f32.uN": ".bounded" when it drops a special path its algorithm has.</summary>
        public virtual string EntryIdSuffix(FitQuery query) => HasSpecialPath && !query.SpecialPath ? ".bounded" : "";

        /// <summary>The core problems, constant layout and sample of a candidate; <paramref name="numerics"/> gives what only MPFR can.</summary>
        public virtual FitLayout Layout(FitQuery query, IFitNumerics numerics) =>
            throw new NotSupportedException("nk-search fit cannot fit " + Algorithm + ".");

        /// <summary>The entry a fit would make, with stand-in coefficients: for its cost and shape before it is fitted.</summary>
        public CatalogEntry Placeholder(FitQuery query, EvaluationScheme scheme)
        {
            FitLayout layout = Layout(query, PlaceholderNumerics.Instance);
            return new CatalogEntry(
                "placeholder", query.Function, query.Element, query.DomainMin, query.DomainMax, true, double.NaN, "placeholder", Algorithm,
                layout.Constants(layout.Placeholders(), query.Element), new VerificationRecord(double.NaN, "none", 0, "none", "none"), Scheme: scheme);
        }
    }

    /// <summary>Stand-in numerics for placeholders: any machine numbers do, since a program's shape does not depend on its values.</summary>
    internal sealed class PlaceholderNumerics : IFitNumerics
    {
        public static readonly PlaceholderNumerics Instance = new PlaceholderNumerics();

        public double NearlyExactCenter(MathFunctionId function, double low, double high, ElementKind element) =>
            element == ElementKind.Float32 ? (float)(0.5 * (low + high)) : 0.5 * (low + high);

        public double Rounded(MathFunctionId function, double x, ElementKind element) => 0.5;
    }

    /// <summary>A candidate nk-search fit asks a descriptor about.</summary>
    internal readonly record struct FitQuery(MathFunctionId Function, ElementKind Element, int Degree, double DomainMin, double DomainMax, bool SpecialPath)
    {
        public bool IsSingle => Element == ElementKind.Float32;
    }

    /// <summary>The numerics a layout may need that only a high-precision reference can give; nk-search implements it with MPFR.</summary>
    internal interface IFitNumerics
    {
        /// <summary>
        /// A machine number near the middle of [low, high], kept within [high/2, 2·low] so that x - c is exact for every x of
        /// the interval (Sterbenz), whose f(c) lies closest to a machine number.
        /// </summary>
        double NearlyExactCenter(MathFunctionId function, double low, double high, ElementKind element);

        /// <summary>f(x) rounded to nearest in the element type.</summary>
        double Rounded(MathFunctionId function, double x, ElementKind element);
    }
}
