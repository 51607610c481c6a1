using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using NumericKernels.Generators.Tests.TestHelpers;
using Xunit;
using Xunit.Sdk;

namespace NumericKernels.Generators.Tests
{
    /// <summary>
    /// Every verified snapshot is still produced by its test: a verified file whose test is gone, or whose test no
    /// longer writes that hint (a renamed method, a class the generator stopped emitting), fails here instead of
    /// lingering as a file nobody checks. Each test named by a verified file is run again, recording what it compares.
    /// </summary>
    public class SnapshotInventoryTests
    {
        [Fact]
        public void Every_verified_file_is_compared_by_the_test_it_names()
        {
            string directory = Path.GetDirectoryName(ThisFile())!;
            var verified = Directory.GetFiles(directory, "*.verified.cs").Select(Path.GetFileName).Select(name => name!).ToList();
            Assert.NotEmpty(verified);

            var orphans = new List<string>();
            foreach (IGrouping<string, string> byTest in verified.GroupBy(name => name.Substring(0, name.IndexOf('#')), StringComparer.Ordinal))
            {
                int dot = byTest.Key.LastIndexOf('.');
                string className = byTest.Key.Substring(0, dot);
                string methodName = byTest.Key.Substring(dot + 1);
                Type? testClass = typeof(SnapshotInventoryTests).Assembly.GetType("NumericKernels.Generators.Tests." + className);
                MethodInfo? test = testClass?.GetMethod(methodName, BindingFlags.Public | BindingFlags.Instance);
                if (testClass is null || test is null || !test.GetCustomAttributes<FactAttribute>().Any())
                {
                    orphans.AddRange(byTest.Select(name => name + " (no test " + byTest.Key + ")"));
                    continue;
                }
                bool failed = false;
                HashSet<string> compared = Snapshot.ComparedBy(() => failed = !RunEveryCase(testClass, test));
                if (failed)
                {
                    // A failing test (a changed snapshot, a caching regression) fails on its own; its files are not orphans,
                    // and whether it still produces them cannot be told from a run that stopped early.
                    continue;
                }
                orphans.AddRange(byTest.Where(name => !compared.Contains(name)).Select(name => name + " (" + byTest.Key + " no longer produces it)"));
            }
            Assert.True(orphans.Count == 0, "Verified snapshots no test produces; delete them:\n" + string.Join("\n", orphans));
        }

        /// <summary>Runs a [Fact] once, a [Theory] once per [InlineData] row and [MemberData] row; false when a case failed.</summary>
        private static bool RunEveryCase(Type testClass, MethodInfo test)
        {
            var rows = new List<object?[]>();
            foreach (DataAttribute data in test.GetCustomAttributes<DataAttribute>())
            {
                rows.AddRange(data.GetData(test));
            }
            if (rows.Count == 0)
            {
                rows.Add(Array.Empty<object>());
            }
            bool passed = true;
            foreach (object?[] row in rows)
            {
                object? instance = test.IsStatic ? null : Activator.CreateInstance(testClass);
                try
                {
                    test.Invoke(instance, row);
                }
                catch (TargetInvocationException)
                {
                    passed = false;
                }
            }
            return passed;
        }

        private static string ThisFile([CallerFilePath] string path = "") => path;
    }
}
