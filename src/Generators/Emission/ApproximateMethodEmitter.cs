using NumericKernels.Generators.Models;

namespace NumericKernels.Generators.Emission
{
    /// <summary>
    /// Writes the implementing part of an [Approximate] method: a call into the catalog entry's class (emitted once per
    /// compilation by <see cref="EntryEmitter"/>), with the span shape's argument checks and narrowing conversion.
    /// </summary>
    internal static class ApproximateMethodEmitter
    {
        public static string Emit(ApproximateSpec spec) => KernelFileEmitter.Emit(spec.Target, w => EmitMethod(w, spec));

        private static void EmitMethod(SourceWriter w, ApproximateSpec spec) => KernelFileEmitter.EmitDelegatingMethod(
            w,
            spec.Target,
            EntryEmitter.QualifiedClassName(spec.Entry),
            "Requested: " + spec.RequestSummary + ".",
            EntryEmitter.ContractSummary(spec.Entry));
    }
}
