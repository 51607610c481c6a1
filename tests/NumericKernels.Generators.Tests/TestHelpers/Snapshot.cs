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
    /// missing snapshot) writes the .received.cs beside it and fails; NK_ACCEPT_SNAPSHOTS=1 accepts what was received, on
    /// a person's machine only: with CI set it fails instead, since a snapshot is accepted by someone who read it.
    /// </summary>
    internal static class Snapshot
    {
        public const string AcceptVariable = "NK_ACCEPT_SNAPSHOTS";

        private static readonly System.Threading.AsyncLocal<HashSet<string>?> s_compared = new System.Threading.AsyncLocal<HashSet<string>?>();

        /// <summary>
        /// Runs <paramref name="test"/> and gives the verified files it compared against (whether they matched or not):
        /// how <see cref="SnapshotInventoryTests"/> finds verified files that no test produces any more.
        /// </summary>
        public static HashSet<string> ComparedBy(Action test)
        {
            var compared = new HashSet<string>(StringComparer.Ordinal);
            HashSet<string>? outer = s_compared.Value;
            s_compared.Value = compared;
            try
            {
                test();
            }
            finally
            {
                s_compared.Value = outer;
            }
            return compared;
        }

        /// <summary>True when a CI system runs the tests (CI, TF_BUILD, GITHUB_ACTIONS and the like set).</summary>
        public static bool UnderCi => new[] { "CI", "TF_BUILD", "GITHUB_ACTIONS", "CONTINUOUS_INTEGRATION" }
            .Any(name => Environment.GetEnvironmentVariable(name) is string value && value.Length > 0 && !value.Equals("false", StringComparison.OrdinalIgnoreCase) && value != "0");

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
            CachingAssert.SecondRunReusesEverything(run.Input);
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
            s_compared.Value?.Add(Path.GetFileName(verified));

            if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
            {
                if (UnderCi)
                {
                    return $"{AcceptVariable}=1 is set under CI ({Path.GetFileName(verified)}): snapshots are accepted by a person reading them, never by a CI run.";
                }
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
