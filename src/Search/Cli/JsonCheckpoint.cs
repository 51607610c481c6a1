using System;
using System.IO;
using System.Text.Json;

namespace NumericKernels.Search.Cli
{
    /// <summary>
    /// The checkpoint file of a sweep command (quantize-verify, quadrature-verify): read if present, written atomically
    /// (a temporary file, then a move) after each finished piece, deleted when the run completes.
    /// </summary>
    internal static class JsonCheckpoint
    {
        /// <summary>
        /// The saved state, or <paramref name="fresh"/> when there is no file; then written back at once, so an unwritable
        /// path is a usage error before any work starts.
        /// </summary>
        public static T Open<T>(string file, string command, Func<T> fresh)
            where T : class
        {
            T state = fresh();
            if (File.Exists(file))
            {
                T? saved;
                try
                {
                    saved = JsonSerializer.Deserialize<T>(File.ReadAllText(file));
                }
                catch (JsonException e)
                {
                    throw new UsageException($"{file} is not a {command} checkpoint ({e.Message}); delete it or pass another --checkpoint.");
                }
                state = saved ?? throw new UsageException($"{file} is not a {command} checkpoint (it holds null); delete it or pass another --checkpoint.");
            }
            try
            {
                Save(file, state);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"--checkpoint: cannot write {file} ({e.Message}).");
            }
            return state;
        }

        public static void Save<T>(string file, T state)
        {
            string temporary = file + ".tmp";
            File.WriteAllText(temporary, JsonSerializer.Serialize(state));
            File.Move(temporary, file, overwrite: true);
        }
    }
}
