using System;
using System.Collections.Generic;
using System.Linq;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit.Sdk;

namespace NumericKernels.Generators.Tests.TestHelpers
{
    /// <summary>
    /// Snapshot files with Verify's naming: Class.Method#HintWithoutCs.verified.cs next to the test file. A mismatch (or a
    /// missing snapshot) writes the .received.cs beside it and fails; NK_ACCEPT_SNAPSHOTS=1 accepts what was received.
    /// </summary>
    internal static class Snapshot
    {
        public const string AcceptVariable = "NK_ACCEPT_SNAPSHOTS";

        public static void Match(string actual, string hintName, [CallerFilePath] string testFile = "", [CallerMemberName] string testMethod = "")
        {
            string? failure = Compare(actual, hintName, testFile, testMethod);
            if (failure is not null)
            {
                throw new XunitException(failure);
            }
        }

        /// <summary>Matches every generated file of a run, writing all received files before failing once.</summary>
        public static void MatchAll(
            GeneratorRun run, Func<string, bool>? includeHint = null, [CallerFilePath] string testFile = "", [CallerMemberName] string testMethod = "")
        {
            var failures = new List<string>();
            foreach (var source in run.Sources.Where(source => includeHint?.Invoke(source.HintName) ?? true).OrderBy(source => source.HintName, StringComparer.Ordinal))
            {
                string? failure = Compare(source.SourceText.ToString(), source.HintName, testFile, testMethod);
                if (failure is not null)
                {
                    failures.Add(failure);
                }
            }
            if (failures.Count > 0)
            {
                throw new XunitException(string.Join(Environment.NewLine, failures));
            }
        }

        private static string? Compare(string actual, string hintName, string testFile, string testMethod)
        {
            string directory = Path.GetDirectoryName(testFile)!;
            string testClass = Path.GetFileNameWithoutExtension(testFile);
            string stem = hintName.EndsWith(".cs", StringComparison.Ordinal) ? hintName.Substring(0, hintName.Length - 3) : hintName;
            string baseName = Path.Combine(directory, $"{testClass}.{testMethod}#{stem}");
            string verified = baseName + ".verified.cs";
            string received = baseName + ".received.cs";
            string normalized = actual.Replace("\r\n", "\n");

            if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
            {
                File.WriteAllText(verified, normalized);
                File.Delete(received);
                return null;
            }
            string? expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
            if (expected == normalized)
            {
                File.Delete(received);
                return null;
            }
            File.WriteAllText(received, normalized);
            string reason = expected is null ? "no verified snapshot exists" : "the output differs from it (" + FirstDifference(expected, normalized) + ")";
            return $"Snapshot {Path.GetFileName(verified)}: {reason}. Wrote {Path.GetFileName(received)}; compare the two, and accept with {AcceptVariable}=1 when the change is intended.";
        }

        private static string FirstDifference(string expected, string actual)
        {
            string[] e = expected.Split('\n');
            string[] a = actual.Split('\n');
            for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
            {
                string left = i < e.Length ? e[i] : "<end>";
                string right = i < a.Length ? a[i] : "<end>";
                if (left != right)
                {
                    return $"line {i + 1}: expected '{left.Trim()}', got '{right.Trim()}'";
                }
            }
            return "line endings";
        }
    }
}
