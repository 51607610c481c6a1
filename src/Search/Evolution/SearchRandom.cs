using System;

namespace NumericKernels.Search.Evolution
{
    /// <summary>
    /// xoshiro256** (Blackman and Vigna): a small generator whose whole state is four words, so a checkpoint can store it
    /// and a resumed run draws exactly the numbers the uninterrupted run would have drawn. System.Random's state is hidden.
    /// </summary>
    internal sealed class SearchRandom
    {
        private ulong _s0, _s1, _s2, _s3;

        public SearchRandom(ulong seed)
        {
            // SplitMix64 spreads any seed (0 included) over the four words, as the xoshiro authors recommend.
            ulong z = seed;
            _s0 = SplitMix(ref z);
            _s1 = SplitMix(ref z);
            _s2 = SplitMix(ref z);
            _s3 = SplitMix(ref z);
        }

        private SearchRandom(ulong[] state)
        {
            if (state.Length != 4 || (state[0] | state[1] | state[2] | state[3]) == 0) throw new ArgumentException("A xoshiro256 state is four words, not all zero.", nameof(state));
            (_s0, _s1, _s2, _s3) = (state[0], state[1], state[2], state[3]);
        }

        public static SearchRandom FromState(ulong[] state) => new SearchRandom(state);

        public ulong[] State => new[] { _s0, _s1, _s2, _s3 };

        public ulong NextUInt64()
        {
            ulong result = RotateLeft(_s1 * 5, 7) * 9;
            ulong t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = RotateLeft(_s3, 45);
            return result;
        }

        /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
        public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

        /// <summary>Uniform in [0, <paramref name="count"/>).</summary>
        public int Next(int count)
        {
            if (count <= 0) throw new ArgumentOutOfRangeException(nameof(count));
            return (int)((NextUInt64() >> 33) * (ulong)count >> 31);
        }

        public bool Chance(double probability) => NextDouble() < probability;

        /// <summary>Standard normal (Box-Muller; one value per call keeps the state a plain four words).</summary>
        public double NextGaussian()
        {
            double u = 1.0 - NextDouble();
            double v = NextDouble();
            return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v);
        }

        private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

        private static ulong SplitMix(ref ulong z)
        {
            z += 0x9E37_79B9_7F4A_7C15UL;
            ulong r = z;
            r = (r ^ (r >> 30)) * 0xBF58_476D_1CE4_E5B9UL;
            r = (r ^ (r >> 27)) * 0x94D0_49BB_1331_11EBUL;
            return r ^ (r >> 31);
        }
    }
}
