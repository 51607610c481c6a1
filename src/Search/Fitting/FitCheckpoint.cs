using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using NumericKernels.Generators.Catalog;

namespace NumericKernels.Search.Fitting
{
    /// <summary>
    /// The candidates a fit has already ruled out, saved after each one (atomically: a temporary file, then a rename), so
    /// an interrupted <c>nk-search fit</c> run again with the same arguments skips them and loses at most the candidate it
    /// was working on. A trigonometric fit tries a dozen candidates of up to a minute each.
    /// </summary>
    internal sealed class FitCheckpoint
    {
        private const int FormatVersion = 1;

        private static readonly JsonSerializerOptions Json = new JsonSerializerOptions
        {
            WriteIndented = true,
            NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
        };

        private readonly string _requestKey;
        private readonly List<CandidateOutcome> _decided;

        private FitCheckpoint(string path, string requestKey, List<CandidateOutcome> decided)
        {
            Path = path;
            _requestKey = requestKey;
            _decided = decided;
        }

        public string Path { get; }

        /// <summary>Candidates rejected so far, in the order they were tried.</summary>
        public IReadOnlyList<CandidateOutcome> Decided => _decided;

        /// <summary>The default file: one per function, format and bound, in the working directory.</summary>
        public static string DefaultPath(FitRequest request) => string.Format(
            CultureInfo.InvariantCulture,
            "nk-fit-{0}-{1}-u{2}.json",
            NumericKernels.Generators.Planning.Describe.Function(request.Function),
            request.IsSingle ? "float32" : "float64",
            request.MaxUlp.ToString("0.###", CultureInfo.InvariantCulture));

        /// <summary>
        /// The checkpoint at <paramref name="path"/>, or a new empty one written there; throws <see cref="InvalidDataException"/>
        /// when the file belongs to another request (other domain, algorithm or scheme) or cannot be read, and
        /// <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when it cannot be written.
        /// </summary>
        public static FitCheckpoint OpenOrCreate(string path, FitRequest request)
        {
            string key = RequestKey(request);
            if (!File.Exists(path))
            {
                // Written at once, so an unwritable place is reported before any work, not after the first candidate.
                var fresh = new FitCheckpoint(path, key, new List<CandidateOutcome>());
                fresh.Save();
                return fresh;
            }
            CheckpointFile file;
            try
            {
                file = JsonSerializer.Deserialize<CheckpointFile>(File.ReadAllText(path), Json) ?? throw new InvalidDataException(path + " is empty.");
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path} is not a fit checkpoint ({e.Message}).", e);
            }
            if (file.Version != FormatVersion) throw new InvalidDataException($"{path} has format version {file.Version}; this nk-search reads {FormatVersion}.");
            if (file.Request != key) throw new InvalidDataException($"{path} was made for another fit ({file.Request}); pass the same arguments, another --checkpoint, or delete it.");
            return new FitCheckpoint(path, key, file.Decided.Select(FromRecord).ToList());
        }

        /// <summary>The outcome of <paramref name="candidate"/> from an earlier run, or null.</summary>
        public CandidateOutcome? Find(FitCandidate candidate) => _decided.FirstOrDefault(o => o.Candidate == candidate);

        /// <summary>Adds a rejected candidate and saves.</summary>
        public void Record(CandidateOutcome outcome)
        {
            _decided.Add(outcome);
            Save();
        }

        private void Save()
        {
            var file = new CheckpointFile { Version = FormatVersion, Request = _requestKey, Decided = _decided.Select(ToRecord).ToList() };
            string temporary = Path + ".tmp";
            File.WriteAllText(temporary, JsonSerializer.Serialize(file, Json));
            File.Move(temporary, Path, overwrite: true);
        }

        /// <summary>Removes the file once the fit has finished: there is nothing left to resume.</summary>
        public void Delete()
        {
            if (File.Exists(Path)) File.Delete(Path);
        }

        private static string RequestKey(FitRequest r) => string.Format(
            CultureInfo.InvariantCulture,
            "{0} {1} max-ulp {2:R} domain [{3:R}, {4:R}] algorithm {5} scheme {6}{7}",
            NumericKernels.Generators.Planning.Describe.Function(r.Function),
            r.IsSingle ? "float32" : "float64",
            r.MaxUlp,
            r.DomainMin,
            r.DomainMax,
            r.Algorithm?.ToString() ?? "any",
            r.Scheme?.ToString() ?? "any",
            r.IsSingle ? "" : string.Format(CultureInfo.InvariantCulture, " float64-margin {0:R}", r.Float64Margin));

        private static OutcomeFile ToRecord(CandidateOutcome o) => new OutcomeFile
        {
            Algorithm = o.Candidate.Algorithm.ToString(),
            Degree = o.Candidate.Degree,
            SpecialPath = o.Candidate.SpecialPath,
            Scheme = o.Candidate.Scheme.ToString(),
            Verdict = o.Verdict,
            MinimaxError = o.MinimaxError,
            RoundedError = o.RoundedError,
            SimulatedUlp = o.SimulatedUlp,
            VerifiedUlp = o.VerifiedUlp,
        };

        private static CandidateOutcome FromRecord(OutcomeFile f) => new CandidateOutcome(
            new FitCandidate(Enum.Parse<KernelAlgorithm>(f.Algorithm), f.Degree, f.SpecialPath, Enum.Parse<EvaluationScheme>(f.Scheme)),
            f.Verdict,
            f.MinimaxError,
            f.RoundedError,
            f.SimulatedUlp,
            f.VerifiedUlp);

        private sealed class CheckpointFile
        {
            public int Version { get; set; }

            public string Request { get; set; } = "";

            public List<OutcomeFile> Decided { get; set; } = new List<OutcomeFile>();
        }

        private sealed class OutcomeFile
        {
            public string Algorithm { get; set; } = "";

            public int Degree { get; set; }

            public bool SpecialPath { get; set; }

            public string Scheme { get; set; } = nameof(EvaluationScheme.Horner);

            public string Verdict { get; set; } = "";

            public double? MinimaxError { get; set; }

            public double? RoundedError { get; set; }

            public double? SimulatedUlp { get; set; }

            public double? VerifiedUlp { get; set; }
        }
    }
}
