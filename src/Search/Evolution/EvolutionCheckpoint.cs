using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using NumericKernels.Generators.Catalog;

namespace NumericKernels.Search.Evolution
{
    /// <summary>
    /// Saves and loads <see cref="EvolutionState"/> as JSON (checkpoint.json in the run's directory). Vertices are stored
    /// exactly ("x", "k:3f800000" for a constant's bits, "fma:1:2:3" for an operation), the generator's four state words
    /// and the generation count with them, so a resumed run continues bit for bit. Writes go to a temporary file that is
    /// then renamed over the old one: a kill at any moment leaves either the old or the new checkpoint, never half of one.
    /// </summary>
    internal static class EvolutionCheckpoint
    {
        public const string FileName = "checkpoint.json";
        private const int FormatVersion = 1;

        private static readonly JsonSerializerOptions Json = new JsonSerializerOptions { WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

        public static string PathIn(string directory) => Path.Combine(directory, FileName);

        public static void Save(EvolutionState state, string directory)
        {
            Directory.CreateDirectory(directory);
            var file = new CheckpointFile
            {
                Version = FormatVersion,
                Function = state.Settings.Function.ToString(),
                DomainMin = state.Settings.DomainMin,
                DomainMax = state.Settings.DomainMax,
                MaxUlp = state.Settings.MaxUlp,
                PopulationSize = state.Settings.PopulationSize,
                Seed = state.Settings.Seed,
                SeedFromFit = state.Settings.SeedFromFit,
                ConstantSearch = state.Settings.ConstantSearch.ToString(),
                Generation = state.Generation,
                Random = state.Random.State,
                ElapsedSeconds = state.Elapsed.TotalSeconds,
                Population = state.Population.Select(ToRecord).ToList(),
                Front = state.Front().Select(ToRecord).ToList(),
                Verifications = state.Verifications.Select(v => new VerificationFile
                {
                    Candidate = ToRecord(v.Candidate),
                    Generation = v.Generation,
                    CertifiedMaxUlp = v.CertifiedMaxUlp,
                    WorstInput = v.WorstInput,
                    InputsChecked = v.InputsChecked,
                    Passed = v.Passed,
                    EntrySource = v.EntrySource,
                    AttributeSource = v.AttributeSource,
                }).ToList(),
            };
            string path = PathIn(directory);
            string temporary = path + ".tmp";
            File.WriteAllText(temporary, JsonSerializer.Serialize(file, Json));
            File.Move(temporary, path, overwrite: true);
        }

        /// <summary>The state saved in <paramref name="directory"/>, or null when there is none.</summary>
        public static EvolutionState? Load(string directory)
        {
            string path = PathIn(directory);
            if (!File.Exists(path)) return null;
            CheckpointFile file = JsonSerializer.Deserialize<CheckpointFile>(File.ReadAllText(path), Json)
                ?? throw new InvalidDataException(path + " is empty.");
            if (file.Version != FormatVersion) throw new InvalidDataException($"{path} has format version {file.Version}; this nk-search reads {FormatVersion}.");
            var settings = new EvolutionSettings(
                Enum.Parse<MathFunctionId>(file.Function),
                file.DomainMin,
                file.DomainMax,
                file.MaxUlp,
                file.PopulationSize,
                file.Seed,
                file.SeedFromFit,
                Enum.Parse<ConstantSearch>(file.ConstantSearch ?? nameof(ConstantSearch.NelderMead)));
            var verifications = file.Verifications.Select(v => new VerificationAttempt(
                FromRecord(v.Candidate), v.Generation, v.CertifiedMaxUlp, v.WorstInput, v.InputsChecked, v.Passed, v.EntrySource, v.AttributeSource ?? "")).ToList();
            return new EvolutionState(
                settings,
                file.Generation,
                SearchRandom.FromState(file.Random),
                file.Population.Select(FromRecord).ToList(),
                TimeSpan.FromSeconds(file.ElapsedSeconds),
                verifications);
        }

        public static string EncodeNode(ProgramNode node) => node.Kind switch
        {
            NodeKind.Input => "x",
            NodeKind.Constant => "k:" + BitConverter.SingleToInt32Bits(node.Value).ToString("x8", CultureInfo.InvariantCulture),
            _ => node.Op == Operation.Fma
                ? string.Create(CultureInfo.InvariantCulture, $"fma:{node.A}:{node.B}:{node.C}")
                : string.Create(CultureInfo.InvariantCulture, $"{Operations.StepName(node.Op)}:{node.A}:{node.B}"),
        };

        public static ProgramNode DecodeNode(string text)
        {
            string[] parts = text.Split(':');
            if (parts[0] == "x") return ProgramNode.Input;
            if (parts[0] == "k") return ProgramNode.Constant(BitConverter.Int32BitsToSingle(int.Parse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            Operation op = Operations.Parse(parts[0]);
            int Index(int i) => int.Parse(parts[i], NumberStyles.Integer, CultureInfo.InvariantCulture);
            return ProgramNode.Apply(op, Index(1), Index(2), op == Operation.Fma ? Index(3) : -1);
        }

        private static CandidateFile ToRecord(Candidate c) => new CandidateFile
        {
            Nodes = c.Program.Nodes.Select(EncodeNode).ToList(),
            MaxUlp = double.IsFinite(c.MaxUlp) ? c.MaxUlp : -1,
            Cost = c.Cost,
            Text = c.Program.ToString(),
        };

        private static Candidate FromRecord(CandidateFile record)
        {
            var nodes = record.Nodes.Select(DecodeNode).ToList();
            return new Candidate(EvolvedProgram.Create(nodes, nodes.Count - 1), record.MaxUlp < 0 ? double.PositiveInfinity : record.MaxUlp);
        }

        private sealed class CheckpointFile
        {
            public int Version { get; set; }
            public string Function { get; set; } = "";
            public double DomainMin { get; set; }
            public double DomainMax { get; set; }
            public double MaxUlp { get; set; }
            public int PopulationSize { get; set; }
            public ulong Seed { get; set; }

            /// <summary>Absent (false) in checkpoints written before the option existed.</summary>
            public bool SeedFromFit { get; set; }

            /// <summary>Absent (Nelder-Mead) in checkpoints written before the option existed.</summary>
            public string? ConstantSearch { get; set; }
            public int Generation { get; set; }
            public ulong[] Random { get; set; } = Array.Empty<ulong>();
            public double ElapsedSeconds { get; set; }
            public List<CandidateFile> Population { get; set; } = new();
            public List<CandidateFile> Front { get; set; } = new();
            public List<VerificationFile> Verifications { get; set; } = new();
        }

        private sealed class CandidateFile
        {
            public List<string> Nodes { get; set; } = new();
            /// <summary>-1 stands for +Infinity, which JSON cannot hold.</summary>
            public double MaxUlp { get; set; }
            public int Cost { get; set; }
            /// <summary>For people reading the file; ignored when loading.</summary>
            public string Text { get; set; } = "";
        }

        private sealed class VerificationFile
        {
            public CandidateFile Candidate { get; set; } = new();
            public int Generation { get; set; }
            public double CertifiedMaxUlp { get; set; }
            public string WorstInput { get; set; } = "";
            public long InputsChecked { get; set; }
            public bool Passed { get; set; }
            public string EntrySource { get; set; } = "";
            public string? AttributeSource { get; set; }
        }
    }
}
