using System;
using NumericKernels.Generators.Catalog;

namespace NumericKernels.Generators.Emission
{
    /// <summary>Writes the element functions of one catalog program; one subclass per <see cref="KernelAlgorithm"/>.</summary>
    internal abstract class ProgramEmitter
    {
        protected ProgramEmitter(CatalogEntry entry) => Entry = entry;

        protected CatalogEntry Entry { get; }

        /// <summary>Private constants of the program, as scalar constants (vector code broadcasts them).</summary>
        public abstract void EmitConstants(SourceWriter w, ElementTypeNames t);

        /// <summary>public static T Scalar(T x).</summary>
        public abstract void EmitScalar(SourceWriter w, ElementTypeNames t);

        /// <summary>public static VectorN&lt;T&gt; V{bits}(VectorN&lt;T&gt; x).</summary>
        public abstract void EmitVector(SourceWriter w, ElementTypeNames t, int bits);

        /// <summary>
        /// For programs with a special path: the condition on vector <paramref name="x"/> of width
        /// <paramref name="bits"/> under which V{bits}Fast is right for every lane; null when the fast path is the
        /// whole program.
        /// </summary>
        public virtual string? FastPathCondition(int bits, string x) => null;

        /// <summary>
        /// Writes the public element function that returns the fast path when <paramref name="condition"/> holds for every
        /// lane and the special path otherwise, then opens the inlined fast path's method for the caller to fill. With no
        /// condition there is no special path: the method opened is the public element function itself.
        /// </summary>
        protected static System.IDisposable OpenFastPath(SourceWriter w, KernelOps o, string? condition)
        {
            if (condition != null)
            {
                w.WriteLine(KernelOps.AggressiveInlining);
                using (o.OpenMethod(w, o.FunctionName, isPublic: true))
                {
                    w.WriteLine($"return {condition} ? {FastName(o)}(x) : {SpecialName(o)}(x);");
                }
                w.WriteLine();
            }
            w.WriteLine(KernelOps.AggressiveInlining);
            return o.OpenMethod(w, condition != null ? FastName(o) : o.FunctionName, isPublic: condition == null);
        }

        /// <summary>Opens the special path's method: never inlined, so the span loop's hot path stays small.</summary>
        protected static System.IDisposable OpenSpecialPath(SourceWriter w, KernelOps o)
        {
            w.WriteLine("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]");
            return o.OpenMethod(w, SpecialName(o), isPublic: false);
        }

        protected static string FastName(KernelOps o) => o.FunctionName + "Fast";

        protected static string SpecialName(KernelOps o) => o.FunctionName + "Special";

        public static ProgramEmitter For(CatalogEntry entry) => entry.Algorithm switch
        {
            KernelAlgorithm.ExpCodyWaite or KernelAlgorithm.ExpCodyWaiteShort or KernelAlgorithm.Exp2Rounded => new ExpProgramEmitter(entry),
            KernelAlgorithm.LogExponentSplit or KernelAlgorithm.Log2ExponentSplit
                or KernelAlgorithm.LogAtanhSeries or KernelAlgorithm.Log2AtanhSeries => new LogProgramEmitter(entry),
            KernelAlgorithm.DirectPolynomial => new DirectPolynomialProgramEmitter(entry),
            KernelAlgorithm.DirectProgram => new DirectProgramEmitter(entry),
            KernelAlgorithm.ErfPiecewise => new ErfProgramEmitter(entry),
            KernelAlgorithm.SinCosQuadrant or KernelAlgorithm.SinCosQuadrantShort => new TrigProgramEmitter(entry),
            KernelAlgorithm.SigmoidExpQuotient or KernelAlgorithm.SigmoidExpQuotientShort => new SigmoidProgramEmitter(entry),
            KernelAlgorithm.TanhExpQuotient or KernelAlgorithm.TanhExpQuotientShort or KernelAlgorithm.TanhExpM1Quotient
                or KernelAlgorithm.TanhExpM1QuotientShort => new TanhProgramEmitter(entry),
            _ => throw new NotSupportedException("No emitter for " + entry.Algorithm),
        };
    }
}
