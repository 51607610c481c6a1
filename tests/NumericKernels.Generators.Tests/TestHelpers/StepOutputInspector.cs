using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using NumericKernels.Generators.Pipeline;
using Xunit.Sdk;

namespace NumericKernels.Generators.Tests.TestHelpers
{
    /// <summary>Checks incremental step outputs: which tracked steps ran, how they cached, and what they hold.</summary>
    internal static class StepOutputInspector
    {
        private static readonly Type[] s_bannedTypes =
        {
            typeof(ISymbol), typeof(SyntaxNode), typeof(Compilation), typeof(SemanticModel), typeof(Location), typeof(SyntaxTree),
        };

        /// <summary>Every name declared in <see cref="TrackingNames"/>.</summary>
        public static IReadOnlyList<string> AllTrackingNames { get; } = typeof(TrackingNames)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToList();

        /// <summary>Tracked steps of the first generator, keyed by tracking name (only names from <see cref="TrackingNames"/>).</summary>
        public static Dictionary<string, IReadOnlyList<IncrementalGeneratorRunStep>> TrackedSteps(GeneratorDriverRunResult run)
            => run.Results[0].TrackedSteps
                .Where(step => AllTrackingNames.Contains(step.Key))
                .ToDictionary(step => step.Key, step => (IReadOnlyList<IncrementalGeneratorRunStep>)step.Value);

        /// <summary>Fails unless every output of every tracked step was reused (Cached) or recomputed to an equal value (Unchanged).</summary>
        public static void AssertAllCachedOrUnchanged(GeneratorDriverRunResult run)
        {
            foreach (var (name, steps) in TrackedSteps(run))
            {
                foreach (IncrementalGeneratorRunStep step in steps)
                {
                    foreach (var (_, reason) in step.Outputs)
                    {
                        if (reason != IncrementalStepRunReason.Cached && reason != IncrementalStepRunReason.Unchanged)
                        {
                            throw new XunitException($"Step '{name}' produced an output with reason {reason}; expected Cached or Unchanged.");
                        }
                    }
                }
            }
        }

        /// <summary>Fails when any tracked step output reaches a symbol, syntax, compilation, semantic model or location.</summary>
        public static void AssertNoCompilerObjects(GeneratorDriverRunResult run)
        {
            foreach (var (name, steps) in TrackedSteps(run))
            {
                foreach (IncrementalGeneratorRunStep step in steps)
                {
                    foreach (var (value, _) in step.Outputs)
                    {
                        Walk(value, name, "output", new HashSet<object>(ReferenceEqualityComparer.Instance));
                    }
                }
            }
        }

        private static void Walk(object? node, string step, string path, HashSet<object> visited)
        {
            if (node is null)
            {
                return;
            }
            Type type = node.GetType();
            if (s_bannedTypes.Any(banned => banned.IsAssignableFrom(type)))
            {
                throw new XunitException($"Step '{step}' output holds a {type.Name} at {path}; step outputs must be plain equatable data.");
            }
            if (type.IsPrimitive || type.IsEnum || node is string || node is decimal || !type.IsValueType && !visited.Add(node))
            {
                return;
            }
            // Arrays are walked by element; every other collection is reached through its fields (and so its arrays).
            if (node is Array sequence)
            {
                int index = 0;
                foreach (object? item in sequence)
                {
                    Walk(item, step, $"{path}[{index++}]", visited);
                }
            }
            for (Type? current = type; current is not null && current != typeof(object); current = current.BaseType)
            {
                foreach (FieldInfo field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (field.FieldType.IsPointer || field.FieldType.IsByRefLike)
                    {
                        continue;
                    }
                    Walk(field.GetValue(node), step, path + "." + field.Name, visited);
                }
            }
        }
    }
}
