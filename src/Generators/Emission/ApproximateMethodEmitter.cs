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

        private static void EmitMethod(SourceWriter w, ApproximateSpec spec)
        {
            MethodTarget target = spec.Target;
            KernelSignature signature = target.Signature;
            string entryClass = EntryEmitter.QualifiedClassName(spec.Entry);

            w.WriteLine("/// <summary>");
            w.WriteLine("/// " + XmlDoc.Escape("Requested: " + spec.RequestSummary + "."));
            w.WriteLine("/// " + XmlDoc.Escape(EntryEmitter.ContractSummary(spec.Entry)));
            w.WriteLine("/// " + XmlDoc.Escape(KernelFileEmitter.ShapeRemark(signature)));
            w.WriteLine("/// </summary>");
            if (signature.Shape == KernelShape.Span)
            {
                SpanDocumentation.WriteException(w, signature);
            }
            w.WriteLine(KernelFileEmitter.GeneratedCodeAttribute);
            string declaration = KernelFileEmitter.Declaration(target);
            if (signature.Shape == KernelShape.Span)
            {
                using (w.OpenBlock(declaration))
                {
                    SpanMethodEmitter.EmitBody(w, signature, entryClass);
                }
            }
            else
            {
                w.WriteLine(declaration + " => " + KernelFileEmitter.DelegatingExpression(signature, entryClass) + ";");
            }
        }
    }
}
