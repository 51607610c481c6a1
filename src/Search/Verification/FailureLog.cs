using System.Collections.Generic;

namespace NumericKernels.Search.Verification
{
    /// <summary>A failing input (bits widened to long) with what was computed and what was due.</summary>
    /// <param name="InputBits">The input's bits.</param>
    /// <param name="ResultBits">The kernel's result (the Span path).</param>
    /// <param name="ExpectedBits">What was due: the reference's correctly rounded value, or the other path's result.</param>
    /// <param name="Detail">What failed, e.g. "kind" or "Scalar vs Span".</param>
    internal readonly record struct FailureExample(long InputBits, long ResultBits, long ExpectedBits, string Detail);

    /// <summary>Counts failures and keeps the first few examples, so a broken kernel cannot flood memory.</summary>
    internal sealed class FailureLog
    {
        public const int MaxExamples = 32;

        private readonly List<FailureExample> _examples = new List<FailureExample>();

        public long Count { get; private set; }

        public IReadOnlyList<FailureExample> Examples => _examples;

        public void Add(FailureExample example)
        {
            Count++;
            if (_examples.Count < MaxExamples) _examples.Add(example);
        }

        public void Merge(FailureLog other)
        {
            Count += other.Count - other._examples.Count;
            foreach (var example in other._examples) Add(example);
        }
    }
}
