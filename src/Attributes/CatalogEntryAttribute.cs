using System;

namespace NumericKernels
{
    /// <summary>
    /// A catalog entry of this project's own: an approximation program, its exact constants, the bound it promises and
    /// the verification behind that bound. The generator considers it beside its built-in catalog for every
    /// <see cref="ApproximateAttribute"/> request of this compilation, chooses the cheapest entry that covers the request,
    /// and names the entry it took, and where it came from, in the generated XML doc.
    /// </summary>
    /// <remarks>
    /// <para>Written by <c>nk-search fit ... --output Entries.cs</c> (or <c>evolve</c>), which verifies the program first
    /// (every float of the domain for float32); <c>nk-search verify --file Entries.cs</c> re-checks the entries of such a
    /// file. An entry the generator cannot use (an unknown algorithm, a constant its program needs but the entry lacks, a
    /// bound below its own verified error, an id of the built-in catalog) is a diagnostic on the attribute.</para>
    /// </remarks>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
    public sealed class CatalogEntryAttribute : Attribute
    {
        /// <summary>Creates the entry.</summary>
        /// <param name="id">A new id (a letter, then letters, digits, '.', '-' and '_'), pinned with <see cref="ApproximateAttribute.Variant"/>.</param>
        /// <param name="function">The function the program computes.</param>
        /// <param name="format">Its input and output format: <see cref="NumberFormat.Float32"/> or <see cref="NumberFormat.Float64"/>.</param>
        /// <param name="algorithm">The program's shape, by the name nk-search writes (for example "DirectPolynomial").</param>
        public CatalogEntryAttribute(string id, MathFunction function, NumberFormat format, string algorithm)
        {
            Id = id;
            Function = function;
            Format = format;
            Algorithm = algorithm;
        }

        /// <summary>The entry's id.</summary>
        public string Id { get; }

        /// <summary>The function computed.</summary>
        public MathFunction Function { get; }

        /// <summary>Input and output format.</summary>
        public NumberFormat Format { get; }

        /// <summary>The program's shape.</summary>
        public string Algorithm { get; }

        /// <summary>The bound the entry promises, in ULPs of the format; at least <see cref="VerifiedMaxUlp"/>.</summary>
        public double MaxUlp { get; set; }

        /// <summary>Smallest input the bound covers. Default: the whole type.</summary>
        public double DomainMin { get; set; } = double.NegativeInfinity;

        /// <summary>Largest input the bound covers. Default: the whole type.</summary>
        public double DomainMax { get; set; } = double.PositiveInfinity;

        /// <summary>
        /// <see cref="NumericKernels.SpecialValues.Ieee"/> when the program handles NaN, infinities, zeros and subnormals
        /// as IEEE 754 says; <see cref="NumericKernels.SpecialValues.FiniteOnly"/> when it promises finite inputs only.
        /// </summary>
        public SpecialValues SpecialValues { get; set; } = SpecialValues.Ieee;

        /// <summary>The program's named constants, each "Name = hex-float" (for example "C2 = 0x1.000008p-1").</summary>
        public string[]? Constants { get; set; }

        /// <summary>
        /// The operations of a "DirectProgram" (from nk-search evolve), each "op a b" or "fma a b c" over x, the constants
        /// and the earlier results t0, t1, ...; the last one is the result.
        /// </summary>
        public string[]? Steps { get; set; }

        /// <summary>How the core polynomial is evaluated: Horner (also for Auto) or Estrin, as it was fitted.</summary>
        public PolynomialScheme Scheme { get; set; } = PolynomialScheme.Auto;

        /// <summary>Where the program came from, in words (for example "minimax (nk-search fit, degree 5)").</summary>
        public string? Origin { get; set; }

        /// <summary>The largest error measured, in ULPs.</summary>
        public double VerifiedMaxUlp { get; set; } = double.NaN;

        /// <summary>The input that reached <see cref="VerifiedMaxUlp"/>, as a hex-float.</summary>
        public string? WorstInput { get; set; }

        /// <summary>How many inputs were compared with the reference.</summary>
        public long InputsChecked { get; set; }

        /// <summary>How the inputs were chosen (for example "exhaustive float32 over the domain, nk-search verify").</summary>
        public string? VerificationMethod { get; set; }

        /// <summary>The reference the results were compared with (for example "MPFR 4.2.0 (libmpfr.so.6)").</summary>
        public string? Reference { get; set; }
    }
}
