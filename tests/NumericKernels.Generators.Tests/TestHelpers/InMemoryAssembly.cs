using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Xunit.Sdk;

namespace NumericKernels.Generators.Tests.TestHelpers
{
    /// <summary>Emits a compilation and loads it into this process, so tests can run generated kernels.</summary>
    internal static class InMemoryAssembly
    {
        public static Assembly Load(Compilation compilation)
        {
            using var image = new MemoryStream();
            var result = compilation.Emit(image);
            if (!result.Success)
            {
                throw new XunitException("Emit failed: " + string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
            }
            image.Position = 0;
            // Each compiled image gets its own context (they share one assembly name); references such as
            // NumericKernels.Runtime fall back to the default context, which already holds them.
            return new AssemblyLoadContext("GeneratedKernels" + Guid.NewGuid().ToString("N")).LoadFromStream(image);
        }

        public static Func<TIn, TOut> Function<TIn, TOut>(Assembly assembly, string typeName, string methodName)
        {
            MethodInfo method = assembly.GetType(typeName, throwOnError: true)!.GetMethod(methodName, BindingFlags.Public | BindingFlags.Static)
                ?? throw new XunitException($"{typeName}.{methodName} not found");
            return method.CreateDelegate<Func<TIn, TOut>>();
        }
    }
}
