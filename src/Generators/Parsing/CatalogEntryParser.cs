using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Diagnostics;
using NumericKernels.Generators.Models;
using NumericKernels.Generators.Programs;
using NumericKernels.Generators.Programs.Algorithms;

namespace NumericKernels.Generators.Parsing
{
    /// <summary>One [assembly: CatalogEntry] read: the entry when it is usable, and why not otherwise.</summary>
    /// <param name="Entry">The entry; null when a diagnostic says why it cannot be used.</param>
    /// <param name="Id">The id as written (for duplicate checks), empty when missing.</param>
    /// <param name="Location">The attribute, where duplicate-id diagnostics go.</param>
    /// <param name="Diagnostics">What is wrong with it.</param>
    internal sealed record UserEntryResult(CatalogEntry? Entry, string Id, LocationInfo? Location, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>
    /// Reads the user's catalog entries (<c>[assembly: CatalogEntry(...)]</c>, as nk-search fit and evolve write them) into
    /// <see cref="CatalogEntry"/> values, and checks each as far as one entry can be checked: its arguments (NK0039) and
    /// whether its program can be built and its bound holds its own verified error (NK0040).
    /// </summary>
    internal static class CatalogEntryParser
    {
        public static EquatableArray<UserEntryResult> ParseAll(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            string source = "from [assembly: CatalogEntry] in " + Path.GetFileName(context.TargetNode.SyntaxTree.FilePath);
            return new EquatableArray<UserEntryResult>(context.Attributes.Select(attribute => Parse(attribute, source, cancellationToken)));
        }

        public static UserEntryResult Parse(AttributeData attribute, string source, CancellationToken cancellationToken)
        {
            var arguments = new AttributeArguments(attribute, cancellationToken);
            string id = arguments.Constructor(0)?.Value as string ?? string.Empty;
            try
            {
                var diagnostics = new List<DiagnosticInfo>();
                CatalogEntry? entry = Read(arguments, id, source, diagnostics);
                if (entry is not null)
                {
                    string? inconsistency = Inconsistency(entry);
                    if (inconsistency is not null)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InconsistentCatalogEntry, arguments.AttributeLocation, id, inconsistency));
                        entry = null;
                    }
                }
                return new UserEntryResult(entry, id, arguments.AttributeLocation, new EquatableArray<DiagnosticInfo>(diagnostics));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                var error = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, arguments.AttributeLocation, id, exception.GetType().Name + ": " + exception.Message);
                return new UserEntryResult(null, id, arguments.AttributeLocation, new EquatableArray<DiagnosticInfo>(new[] { error }));
            }
        }

        private static CatalogEntry? Read(AttributeArguments arguments, string id, string source, List<DiagnosticInfo> diagnostics)
        {
            string label = id.Length == 0 ? "(no id)" : id;
            void Malformed(LocationInfo? location, string why) =>
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedCatalogEntry, location, label, why));

            if (!IsValidId(id))
            {
                Malformed(arguments.PositionalLocation(0), IdRule);
            }
            MathFunctionId function = default;
            if (arguments.Constructor(1) is not TypedConstant functionArgument || !AttributeArguments.TryInt32(functionArgument, out int functionValue))
            {
                return null;
            }
            if (EnumArguments.Defined((MathFunctionId)functionValue, "MathFunction", arguments.PositionalLocation(1), diagnostics))
            {
                function = (MathFunctionId)functionValue;
            }
            ElementKind element = ElementKind.Float32;
            if (arguments.Constructor(2) is TypedConstant formatArgument && AttributeArguments.TryInt32(formatArgument, out int format))
            {
                if (format == (int)NumberFormatId.Float32) element = ElementKind.Float32;
                else if (format == (int)NumberFormatId.Float64) element = ElementKind.Float64;
                else Malformed(arguments.PositionalLocation(2), "the format must be NumberFormat.Float32 or NumberFormat.Float64");
            }
            string algorithmName = arguments.Constructor(3)?.Value as string ?? string.Empty;
            if (!TryAlgorithm(algorithmName, out KernelAlgorithm algorithm))
            {
                Malformed(arguments.PositionalLocation(3), $"unknown algorithm '{algorithmName}'; one of {string.Join(", ", Enum.GetNames(typeof(KernelAlgorithm)))}");
            }

            double bound = arguments.Double("MaxUlp", double.NaN);
            if (!(bound >= 0.5) || double.IsInfinity(bound))
            {
                Malformed(arguments.NamedLocation("MaxUlp"), "MaxUlp, the bound it promises, must be set to a finite number of ULPs of at least 0.5");
            }
            double domainMin = arguments.Double("DomainMin", double.NegativeInfinity);
            double domainMax = arguments.Double("DomainMax", double.PositiveInfinity);
            if (double.IsNaN(domainMin) || double.IsNaN(domainMax) || domainMin > domainMax)
            {
                string culprit = double.IsNaN(domainMax) && !double.IsNaN(domainMin) ? "DomainMax" : arguments.Named("DomainMin") is null ? "DomainMax" : "DomainMin";
                Malformed(arguments.NamedLocation(culprit), "the domain must be an interval, DomainMin <= DomainMax, neither NaN");
            }
            int specialValues = arguments.Int32("SpecialValues", (int)SpecialValuesId.Ieee);
            EnumArguments.Defined((SpecialValuesId)specialValues, "SpecialValues", arguments.NamedLocation("SpecialValues"), diagnostics);
            int scheme = arguments.Int32("Scheme", (int)PolynomialSchemeId.Auto);
            EnumArguments.Defined((PolynomialSchemeId)scheme, "PolynomialScheme", arguments.NamedLocation("Scheme"), diagnostics);

            EquatableArray<NamedConstant> constants = ReadConstants(arguments, why => Malformed(arguments.NamedLocation("Constants"), why));
            EquatableArray<ProgramStep> steps = ReadSteps(arguments, why => Malformed(arguments.NamedLocation("Steps"), why));

            double verified = arguments.Double("VerifiedMaxUlp", double.NaN);
            // InputsChecked is a long property: the compiler has converted any integer literal to long.
            long inputs = arguments.Named("InputsChecked") is { Value: long count } ? count : 0;
            string worst = arguments.String("WorstInput") ?? string.Empty;
            string method = arguments.String("VerificationMethod") ?? string.Empty;
            string reference = arguments.String("Reference") ?? string.Empty;
            string origin = arguments.String("Origin") ?? string.Empty;
            foreach ((string name, string value) in new[] { ("Origin", origin), ("WorstInput", worst), ("VerificationMethod", method), ("Reference", reference) })
            {
                // These go into the generated XML doc, one line each.
                if (value.Any(char.IsControl)) Malformed(arguments.NamedLocation(name), name + " must be one line of text, without control characters");
            }
            if (!(verified >= 0) || double.IsInfinity(verified) || inputs <= 0 || worst.Length == 0 || method.Length == 0 || reference.Length == 0)
            {
                Malformed(arguments.AttributeLocation,
                    "it carries no complete verification record (VerifiedMaxUlp, WorstInput, InputsChecked > 0, VerificationMethod and Reference, as nk-search writes them)");
            }

            if (diagnostics.Count > 0)
            {
                return null;
            }
            return new CatalogEntry(
                id, function, element, domainMin, domainMax, (SpecialValuesId)specialValues == SpecialValuesId.Ieee, bound,
                origin.Length > 0 ? origin : "user entry",
                algorithm, constants, new VerificationRecord(verified, worst, inputs, method, reference), steps,
                (PolynomialSchemeId)scheme == PolynomialSchemeId.Estrin ? EvaluationScheme.Estrin : EvaluationScheme.Horner,
                source);
        }

        /// <summary>Why a well-formed entry still cannot be used, or null.</summary>
        private static string? Inconsistency(CatalogEntry entry)
        {
            if (entry.Verification.MaxUlp > entry.BoundUlp)
            {
                return $"its bound MaxUlp = {Number(entry.BoundUlp)} is below its own verified error {Number(entry.Verification.MaxUlp)} ULP";
            }
            if (entry.Steps.Count > 0 && entry.Algorithm != KernelAlgorithm.DirectProgram)
            {
                return "Steps belong to a DirectProgram; algorithm " + entry.Algorithm + " reads constants only";
            }
            if (!AlgorithmRegistry.For(entry.Algorithm).Computes(entry.Function, entry.Element))
            {
                return $"algorithm {entry.Algorithm} does not compute {entry.Function.ToString().ToLowerInvariant()} in {entry.Element}";
            }
            try
            {
                KernelPrograms.Build(entry);
            }
            catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or KeyNotFoundException or FormatException)
            {
                return "its program cannot be built from its constants: " + exception.Message;
            }
            return null;
        }

        private static EquatableArray<NamedConstant> ReadConstants(AttributeArguments arguments, Action<string> malformed)
        {
            var constants = new List<NamedConstant>();
            foreach (string text in arguments.Strings("Constants"))
            {
                int equals = text.IndexOf('=');
                string name = equals < 0 ? string.Empty : text.Substring(0, equals).Trim();
                string value = equals < 0 ? string.Empty : text.Substring(equals + 1).Trim();
                if (!IsConstantName(name) || !IsHexFloat(value))
                {
                    malformed($"constant \"{text}\" is not \"Name = hex-float\" with an upper camel case name that is not a member of the emitted class (Scalar, V128, Span, ...), for example \"C2 = 0x1.000008p-1\"");
                    continue;
                }
                if (constants.Any(c => c.Name == name))
                {
                    malformed($"constant {name} is given twice");
                    continue;
                }
                constants.Add(new NamedConstant(name, value));
            }
            return new EquatableArray<NamedConstant>(constants);
        }

        private static EquatableArray<ProgramStep> ReadSteps(AttributeArguments arguments, Action<string> malformed)
        {
            var steps = new List<ProgramStep>();
            foreach (string text in arguments.Strings("Steps"))
            {
                string[] parts = text.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
                bool fma = parts.Length > 0 && parts[0] == "fma";
                if (parts.Length == 0 || !DirectProgramAlgorithm.StepOperations.Contains(parts[0]) || parts.Length != (fma ? 4 : 3))
                {
                    malformed($"step \"{text}\" is not \"op a b\" (op add, sub, mul or div) or \"fma a b c\"");
                    continue;
                }
                steps.Add(new ProgramStep(parts[0], parts[1], parts[2], fma ? parts[3] : string.Empty));
            }
            return new EquatableArray<ProgramStep>(steps);
        }

        private static bool TryAlgorithm(string name, out KernelAlgorithm algorithm)
        {
            algorithm = default;
            return name.Length > 0 && char.IsLetter(name[0]) && Enum.TryParse(name, ignoreCase: false, out algorithm) && Enum.IsDefined(typeof(KernelAlgorithm), algorithm);
        }

        /// <summary>An id the emitted class name can come from: an ASCII letter, then letters, digits, '.', '-' and '_'.</summary>
        public static bool IsValidId(string id) =>
            id.Length > 0 && id[0] < 128 && char.IsLetter(id[0]) && id.All(c => c < 128 && (char.IsLetterOrDigit(c) || c == '.' || c == '-' || c == '_'));

        /// <summary>What a user's id must be, in words (NK0039 and nk-search fit --id).</summary>
        public const string IdRule = "an id must start with a letter and hold only letters, digits, '.', '-' and '_'";

        /// <summary>
        /// A constant becomes a private const of the emitted class, beside its methods and the lower-case locals of their
        /// bodies: names are upper camel case (as the built-in catalog's) and not a member name of that class.
        /// </summary>
        private static bool IsConstantName(string name) =>
            name.Length > 0 && name[0] >= 'A' && name[0] <= 'Z' && name.All(c => c < 128 && char.IsLetterOrDigit(c))
            && !ReservedMemberNames.Contains(name);

        private static readonly string[] ReservedMemberNames =
        {
            "Scalar", "ScalarFast", "ScalarSpecial", "V128", "V128Fast", "V128Special", "V256", "V256Fast", "V256Special",
            "V512", "V512Fast", "V512Special", "Span",
        };

        private static bool IsHexFloat(string text)
        {
            try
            {
                HexFloat.Parse(text);
                return true;
            }
            catch (FormatException)
            {
                return false;
            }
            catch (ArgumentException)
            {
                return false;
            }
        }

        private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
    }
}
