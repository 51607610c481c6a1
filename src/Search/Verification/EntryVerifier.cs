using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Emission;
using NumericKernels.Search.Mpfr;
using NumericKernels.Search.Numerics;

namespace NumericKernels.Search.Verification
{
    /// <summary>
    /// Verifies one catalog entry: compiles the source the generator emits for it, sweeps its inputs, re-checks the
    /// worst inputs and every failure with MPFR, and states the figures a verification record needs.
    /// </summary>
    internal static class EntryVerifier
    {
        /// <summary>Verifies <paramref name="entry"/> as the generator emits it; <paramref name="progress"/> is called with inputs done, from any thread.</summary>
        public static EntryVerification Verify(CatalogEntry entry, VerificationSettings settings, Action<long>? progress, CancellationToken cancellation) =>
            Verify(entry, EntryEmitter.Emit(entry), EntryEmitter.Namespace + "." + EntryEmitter.ClassName(entry), settings, progress, cancellation);

        /// <summary>Verifies <paramref name="source"/> (a class of the emitted shape) against the contract of <paramref name="entry"/>.</summary>
        public static EntryVerification Verify(CatalogEntry entry, string source, string fullClassName, VerificationSettings settings, Action<long>? progress, CancellationToken cancellation)
        {
            MpfrLibrary.EnsureAvailable();
            return entry.Element == ElementKind.Float32
                ? VerifySingle(entry, source, fullClassName, settings, progress, cancellation)
                : VerifyDouble(entry, source, fullClassName, settings, progress, cancellation);
        }

        /// <summary>How many inputs <see cref="Verify(CatalogEntry, VerificationSettings, Action{long}, CancellationToken)"/> will check, for a progress bar.</summary>
        public static long PlannedInputs(CatalogEntry entry, VerificationSettings settings)
        {
            if (entry.Element == ElementKind.Float64)
            {
                return settings.Float64Samples;
            }
            var (first, last) = FloatOrdinals.SingleRange(entry.DomainMin, entry.DomainMax, entry.HandlesSpecialValues);
            return settings.Mode == SweepMode.Exhaustive
                ? Float32InputPlan.Exhaustive(first, last, entry.HandlesSpecialValues).Count
                : Float32InputPlan.Strided(first, last, settings.Samples ?? VerificationSettings.DefaultFloat32Samples, Array.Empty<float>()).Count;
        }

        private static EntryVerification VerifySingle(CatalogEntry entry, string source, string className, VerificationSettings settings, Action<long>? progress, CancellationToken cancellation)
        {
            var (first, last) = FloatOrdinals.SingleRange(entry.DomainMin, entry.DomainMax, entry.HandlesSpecialValues);
            Float32InputPlan plan;
            string method;
            if (settings.Mode == SweepMode.Exhaustive)
            {
                plan = Float32InputPlan.Exhaustive(first, last, entry.HandlesSpecialValues);
                bool infinities = first == FloatOrdinals.SingleNegativeInfinity || last == FloatOrdinals.SinglePositiveInfinity;
                string nans = plan.NaNCount > 0 ? Invariant($" + {plan.NaNCount} NaN encodings") : "";
                method = Invariant($"exhaustive float32: every one of the {plan.StridedCount} floats of the domain{(infinities ? " (infinities included)" : "")}{nans}, nk-search verify");
            }
            else
            {
                plan = Float32InputPlan.Strided(first, last, settings.Samples ?? VerificationSettings.DefaultFloat32Samples, TargetedSingles(entry, first, last));
                method = Invariant($"sampled float32: {plan.StridedCount} inputs strided over the domain + {plan.TargetedCount} targeted, nk-search verify");
            }
            using CompiledKernel<float> kernel = KernelCompiler.Compile<float>(source, className);
            SweepTally tally = Float32Sweep.Run(kernel, entry.Function, plan, progress, cancellation);

            using var reference = new MpfrReference(entry.Function);
            var examples = new List<string>();
            MeasuredInput? worst = null;
            double maxUlp = 0;
            foreach (MeasuredInput candidate in tally.Worst.Descending())
            {
                double exact = reference.UlpError(BitConverter.Int32BitsToSingle((int)candidate.InputBits), BitConverter.Int32BitsToSingle((int)candidate.ResultBits));
                if (worst == null || exact > maxUlp)
                {
                    maxUlp = exact;
                    worst = candidate with { UlpError = exact };
                }
            }
            // Inputs only the double reference measured are within its error margin of their measured error.
            double certified = Math.Max(maxUlp, tally.Worst.BoundOfOthers + DoubleReference.MarginFloatUlps);
            if (tally.Worst.Descending().Count == 0) certified = 0;

            long kindFailures = tally.KindFailures.Count - tally.KindFailures.Examples.Count;
            foreach (FailureExample failure in tally.KindFailures.Examples)
            {
                float x = BitConverter.Int32BitsToSingle((int)failure.InputBits);
                float result = BitConverter.Int32BitsToSingle((int)failure.ResultBits);
                ReferenceComparison confirmed = reference.Compare(x, result);
                if (confirmed.KindMismatch)
                {
                    kindFailures++;
                    examples.Add(Invariant($"kind: f({HexFloatText.Format(x)}) = {HexFloatText.Format(result)}, expected {HexFloatText.Format((float)confirmed.Expected)}"));
                }
                else if (confirmed.UlpError > certified)
                {
                    // The double reference misjudged the kind near a threshold; MPFR's figure counts instead.
                    certified = confirmed.UlpError;
                    maxUlp = Math.Max(maxUlp, confirmed.UlpError);
                }
            }
            AddConsistencyExamples(tally, examples, bits => HexFloatText.Format(BitConverter.Int32BitsToSingle((int)bits)));

            float worstInput = worst == null ? float.NaN : BitConverter.Int32BitsToSingle((int)worst.Value.InputBits);
            return new EntryVerification(
                entry,
                tally.InputsChecked,
                method,
                Invariant($"double libm, error <= 2^-25 float ULP accounted; worst {WorstCases.Capacity} re-checked with {MpfrLibrary.Description}"),
                maxUlp,
                worst == null ? "none" : HexFloatText.Format(worstInput),
                worstInput,
                certified,
                kindFailures,
                tally.ConsistencyFailures.Count,
                tally.ConsistencyChecked,
                examples);
        }

        /// <summary>
        /// The part of the domain where the function does real work (neither trivially 1 or x nor saturated), clipped
        /// to the entry's domain; null when not known for the function.
        /// </summary>
        private static (double Min, double Max)? WorkingInterval(CatalogEntry entry)
        {
            (double Min, double Max)? work = entry.Function switch
            {
                MathFunctionId.Exp => (-746.0, 710.0),
                MathFunctionId.Exp2 => (-1076.0, 1025.0),
                MathFunctionId.Exp10 => (-324.0, 309.0),
                MathFunctionId.ExpM1 => (-40.0, 710.0),
                MathFunctionId.Log or MathFunctionId.Log2 or MathFunctionId.Log10 => (0.0, 4.0),
                MathFunctionId.Log1P => (-1.0, 4.0),
                MathFunctionId.Erf => (-6.0, 6.0),
                MathFunctionId.Tanh => (-20.0, 20.0),
                MathFunctionId.Sigmoid => (-40.0, 40.0),
                _ => null,
            };
            if (work is not { } w) return null;
            double min = Math.Max(w.Min, entry.DomainMin), max = Math.Min(w.Max, entry.DomainMax);
            return min < max ? (min, max) : null;
        }

        private static EntryVerification VerifyDouble(CatalogEntry entry, string source, string className, VerificationSettings settings, Action<long>? progress, CancellationToken cancellation)
        {
            var (first, last) = FloatOrdinals.DoubleRange(entry.DomainMin, entry.DomainMax, entry.HandlesSpecialValues);
            (double Min, double Max)? work = WorkingInterval(entry);
            var plan = new Float64InputPlan(first, last, settings.Float64Samples, TargetedDoubles(entry, first, last), settings.Seed, work);
            string random = work is { } w
                ? Invariant($"{plan.RandomCount} random (half bit patterns over the domain, half uniform on [{w.Min}, {w.Max}], seed 0x{plan.Seed:x})")
                : Invariant($"{plan.RandomCount} random bit patterns over the domain (seed 0x{plan.Seed:x})");
            string method = Invariant($"float64: {random} + {plan.TargetedCount} targeted, nk-search verify");
            using CompiledKernel<double> kernel = KernelCompiler.Compile<double>(source, className);
            SweepTally tally = Float64Sweep.Run(kernel, entry.Function, plan, progress, cancellation);

            var examples = new List<string>();
            foreach (FailureExample failure in tally.KindFailures.Examples)
            {
                examples.Add(Invariant($"kind: f({Hex(failure.InputBits)}) = {Hex(failure.ResultBits)}, expected {Hex(failure.ExpectedBits)}"));
            }
            AddConsistencyExamples(tally, examples, Hex);
            IReadOnlyList<MeasuredInput> worstCases = tally.Worst.Descending();
            MeasuredInput? worst = worstCases.Count == 0 ? null : worstCases[0];
            double worstInput = worst == null ? double.NaN : BitConverter.Int64BitsToDouble(worst.Value.InputBits);
            double maxUlp = worst?.UlpError ?? 0;
            return new EntryVerification(
                entry,
                tally.InputsChecked,
                method,
                Invariant($"{MpfrLibrary.Description}, {Float64Sweep.WorkingPrecision}-bit"),
                maxUlp,
                worst == null ? "none" : HexFloatText.Format(worstInput),
                worstInput,
                maxUlp,
                tally.KindFailures.Count,
                tally.ConsistencyFailures.Count,
                tally.ConsistencyChecked,
                examples);

            static string Hex(long bits) => HexFloatText.Format(BitConverter.Int64BitsToDouble(bits));
        }

        private static void AddConsistencyExamples(SweepTally tally, List<string> examples, Func<long, string> format)
        {
            foreach (FailureExample failure in tally.ConsistencyFailures.Examples.Take(8))
            {
                examples.Add($"{failure.Detail}: f({format(failure.InputBits)}) = {format(failure.ResultBits)} vs {format(failure.ExpectedBits)}");
            }
        }

        private static float[] TargetedSingles(CatalogEntry entry, long first, long last)
        {
            Func<double, double> reference = Float32Sweep.Reference(entry.Function);
            var ordinals = TargetedInputs.Ordinals(
                BinaryFormat.Single,
                first,
                last,
                v => FloatOrdinals.ToOrdinal((float)v),
                o => FloatOrdinals.SingleFromOrdinal(o),
                o => TargetedInputs.Classify((float)reference(FloatOrdinals.SingleFromOrdinal(o)), BinaryFormat.Single));
            var inputs = ordinals.Select(FloatOrdinals.SingleFromOrdinal).ToList();
            if (entry.HandlesSpecialValues)
            {
                foreach (uint nan in new uint[] { 0x7FC0_0000, 0xFFC0_0000, 0x7F80_0001, 0xFFFF_FFFF, 0x7FBF_FFFF })
                {
                    inputs.Add(BitConverter.UInt32BitsToSingle(nan));
                }
            }
            return inputs.ToArray();
        }

        private static double[] TargetedDoubles(CatalogEntry entry, long first, long last)
        {
            using var reference = new MpfrReference(entry.Function, Float64Sweep.WorkingPrecision);
            var ordinals = TargetedInputs.Ordinals(
                BinaryFormat.Double,
                first,
                last,
                FloatOrdinals.ToOrdinal,
                FloatOrdinals.DoubleFromOrdinal,
                o => TargetedInputs.Classify(reference.CorrectlyRounded(FloatOrdinals.DoubleFromOrdinal(o)), BinaryFormat.Double));
            var inputs = ordinals.Select(FloatOrdinals.DoubleFromOrdinal).ToList();
            if (entry.HandlesSpecialValues)
            {
                foreach (ulong nan in new ulong[] { 0x7FF8_0000_0000_0000, 0xFFF8_0000_0000_0000, 0x7FF0_0000_0000_0001, 0xFFFF_FFFF_FFFF_FFFF })
                {
                    inputs.Add(BitConverter.UInt64BitsToDouble(nan));
                }
            }
            return inputs.ToArray();
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
