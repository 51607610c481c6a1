using System;
using System.Collections.Generic;

namespace NumericKernels.Search.Verification
{
    /// <summary>One measured input: its error and the bits of input and result (float bits widened to long).</summary>
    internal readonly record struct MeasuredInput(double UlpError, long InputBits, long ResultBits);

    /// <summary>
    /// The <see cref="Capacity"/> largest errors seen, kept with a running threshold so the hot loop costs one compare
    /// per input. Every input not kept has an error at most <see cref="Threshold"/>.
    /// </summary>
    internal sealed class WorstCases
    {
        public const int Capacity = 16;

        private readonly MeasuredInput[] _items = new MeasuredInput[Capacity];
        private int _count;

        /// <summary>Errors at or below this are not worth recording (-1 until the list is full).</summary>
        public double Threshold { get; private set; } = -1;

        public void Offer(double ulpError, long inputBits, long resultBits)
        {
            if (ulpError <= Threshold) return;
            var item = new MeasuredInput(ulpError, inputBits, resultBits);
            if (_count < Capacity)
            {
                _items[_count++] = item;
                if (_count == Capacity) Threshold = MinimumError(out _);
                return;
            }
            MinimumError(out int smallest);
            _items[smallest] = item;
            Threshold = MinimumError(out _);
        }

        public void Merge(WorstCases other)
        {
            for (int i = 0; i < other._count; i++)
            {
                Offer(other._items[i].UlpError, other._items[i].InputBits, other._items[i].ResultBits);
            }
        }

        /// <summary>The kept inputs, largest error first.</summary>
        public IReadOnlyList<MeasuredInput> Descending()
        {
            var list = new List<MeasuredInput>(_items.AsSpan(0, _count).ToArray());
            list.Sort((a, b) => b.UlpError.CompareTo(a.UlpError));
            return list;
        }

        /// <summary>Largest error any input not kept here can have (0 when every measured input is kept).</summary>
        public double BoundOfOthers => _count < Capacity ? 0.0 : Threshold;

        private double MinimumError(out int index)
        {
            index = 0;
            for (int i = 1; i < _count; i++)
            {
                if (_items[i].UlpError < _items[index].UlpError) index = i;
            }
            return _items[index].UlpError;
        }
    }
}
