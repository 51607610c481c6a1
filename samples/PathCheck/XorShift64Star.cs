namespace NumericKernels.Samples.PathCheck
{
    /// <summary>
    /// Marsaglia/Vigna xorshift64* generator. PathCheck needs the same inputs on every runtime and architecture, which
    /// System.Random does not promise across versions; this one is a few shifts with a fixed seed.
    /// </summary>
    internal struct XorShift64Star
    {
        private ulong _state;

        public XorShift64Star(ulong seed) => _state = seed == 0 ? 0x9E3779B97F4A7C15UL : seed;

        public ulong Next()
        {
            _state ^= _state >> 12;
            _state ^= _state << 25;
            _state ^= _state >> 27;
            return _state * 0x2545F4914F6CDD1DUL;
        }
    }
}
