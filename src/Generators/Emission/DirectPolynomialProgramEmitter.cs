using NumericKernels.Generators.Catalog;

namespace NumericKernels.Generators.Emission
{
    /// <summary>
    /// A single polynomial C0 + C1·x + ... (Horner or Estrin) with no range reduction, for entries whose domain is small enough.
    /// No special path: NaN propagates through the arithmetic and inputs outside the domain get an unspecified value.
    /// </summary>
    internal sealed class DirectPolynomialProgramEmitter : ProgramEmitter
    {
        private readonly ProgramConstants _c;

        public DirectPolynomialProgramEmitter(CatalogEntry entry)
            : base(entry) => _c = new ProgramConstants(entry);

        public override void EmitConstants(SourceWriter w, ElementTypeNames t) => _c.Emit(w, t);

        public override void EmitScalar(SourceWriter w, ElementTypeNames t) => EmitPath(w, new KernelOps(t, 0));

        public override void EmitVector(SourceWriter w, ElementTypeNames t, int bits) => EmitPath(w, new KernelOps(t, bits));

        private void EmitPath(SourceWriter w, KernelOps o)
        {
            w.WriteLine(KernelOps.AggressiveInlining);
            using (o.OpenMethod(w, o.FunctionName, isPublic: true))
            {
                w.WriteLine($"return {PolynomialSchemes.Evaluate(w, o, Entry.Scheme, _c.Coefficients(0), "x", "x")};");
            }
        }
    }
}
