using System.Globalization;
using NumericKernels.Generators.Catalog;

namespace NumericKernels.Generators.Models
{
    /// <summary>
    /// What a [Polynomial] evaluation depends on, and nothing else: the element type, the scheme actually used and the
    /// coefficients' exact bits. Methods of any shape, name or containing type with an equal implementation share one
    /// generated class, so declaring a polynomial in five shapes emits its evaluation once.
    /// </summary>
    /// <param name="Element">Element type the coefficients are rounded to and the evaluation runs in.</param>
    /// <param name="Scheme">Horner or Estrin, never Auto: two requests that resolve to the same scheme share the class.</param>
    /// <param name="Coefficients">Coefficients in ascending order of power, compared by their bits.</param>
    internal sealed record PolynomialImplementation(ElementKind Element, PolynomialSchemeId Scheme, EquatableArray<Coefficient> Coefficients)
    {
        public const string Namespace = "NumericKernels.Generated";

        public int Degree => Coefficients.Count - 1;

        public static PolynomialImplementation Of(PolynomialSpec spec)
            => new PolynomialImplementation(spec.Target.Signature.Element, spec.Scheme, spec.Coefficients);

        /// <summary>
        /// "Polynomial_F32_Horner_D2_0123456789abcdef": the readable part names what the class is; the last part is a
        /// 64-bit FNV-1a over element, scheme and every coefficient's bits, so distinct implementations get distinct names.
        /// Two different coefficient lists of the same element, scheme and degree would need a 64-bit hash collision
        /// (about n^2 / 2^65 for n polynomials in a compilation); should one ever happen, the pipeline emits both classes
        /// under the same name and the compiler rejects the duplicate definition, so a method never silently delegates to
        /// the wrong coefficients.
        /// </summary>
        public string ClassName => string.Format(
            CultureInfo.InvariantCulture,
            "Polynomial_{0}_{1}_D{2}_{3:x16}",
            Element == ElementKind.Float32 ? "F32" : "F64",
            Scheme,
            Degree,
            Hash());

        /// <summary>Fully qualified class name, with global::.</summary>
        public string QualifiedClassName => "global::" + Namespace + "." + ClassName;

        /// <summary>Hint name of the generated file holding the class.</summary>
        public string HintName => "NumericKernels.Polynomial." + ClassName + ".g.cs";

        private ulong Hash()
        {
            const ulong offsetBasis = 14695981039346656037UL;
            const ulong prime = 1099511628211UL;
            ulong hash = offsetBasis;
            void Add(ulong value)
            {
                for (int i = 0; i < 8; i++)
                {
                    hash ^= (value >> (8 * i)) & 0xFF;
                    hash *= prime;
                }
            }
            Add((ulong)Element);
            Add((ulong)Scheme);
            foreach (Coefficient coefficient in Coefficients)
            {
                Add((ulong)coefficient.Bits);
            }
            return hash;
        }
    }
}
