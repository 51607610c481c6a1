namespace NumericKernels;

/// <summary>
/// The random bits of reproducible stochastic rounding: a counter-based generator, so the word for stream index i
/// depends only on (seed, i). Results are then the same for every vector width and thread count, and a stream
/// quantized in pieces (each call given the stream index of its first element) equals the stream quantized at once.
/// </summary>
/// <remarks>
/// <para>The generator: the seed is expanded once by SplitMix64 (Steele, Lea and Flood, OOPSLA 2014) into two 32-bit
/// keys k0 and k1. The word of index i is a two-round multiply-xorshift hash of the low 32 bits of i, in the form of
/// C. Wellons' "lowbias32" (hash-prospector; shifts 16, 15, 15 and multipliers 0x21F0AAAD, 0x735A2D97), with k0 added to
/// the counter before the first round and k1, together with the high 32 bits of i times the golden-ratio constant,
/// xored in between the rounds.</para>
/// <para>Why it is good enough: for a fixed seed and high word the map from the low word to the output is a bijection
/// of the 32-bit integers (each step is invertible), so over any 2^32 consecutive indices every random word occurs
/// exactly once and the rounding is exactly unbiased on average over the period, not only in expectation; the hash has
/// full avalanche (every input bit flips every output bit with probability close to 1/2), which is what removes the
/// correlation between neighbouring indices. The key enters between the rounds, so different seeds give different
/// permutations rather than shifted copies of one stream. It costs ten 32-bit integer operations per element (two
/// multiplications), all of them lane-wise in Vector128/256/512 and AdvSimd, against about seventy for Philox4x32-10
/// per 32-bit word. docs/quantization.md records a dieharder run over its output.</para>
/// </remarks>
public static class StochasticRounding
{
    private const uint GoldenRatio32 = 0x9E3779B9;

    /// <summary>The 32 random bits of stream index <paramref name="index"/> under <paramref name="seed"/>.</summary>
    public static uint RandomBits(ulong seed, long index)
    {
        (uint k0, uint k1) = Keys(seed);
        return Hash((uint)index, k0, k1 ^ ((uint)((ulong)index >> 32) * GoldenRatio32));
    }

    /// <summary>
    /// The 16 random bits of stream index <paramref name="index"/> for a format that discards exactly 16 bits of a float
    /// (bfloat16): two neighbouring indices share one word, index 2k taking the low half of
    /// <see cref="RandomBits"/>(seed, k) and index 2k + 1 its high half (k = index &gt;&gt; 1, an arithmetic shift, so the
    /// pairs run on across -1 and 0).
    /// </summary>
    /// <remarks>
    /// Sixteen bits decide a bfloat16 rounding exactly (the discarded fraction is a multiple of 2^-16), so this is as
    /// unbiased as a whole word, and it halves the hashing: a kernel hashes one counter for two elements and widens the
    /// 16-bit halves in place. Every other format takes a whole word per element.
    /// </remarks>
    public static ushort RandomBits16(ulong seed, long index)
    {
        uint word = RandomBits(seed, index >> 1);
        return (ushort)((index & 1) == 0 ? word : word >> 16);
    }

    /// <summary>The two 32-bit keys of <paramref name="seed"/>: the first output of SplitMix64 seeded with it.</summary>
    public static (uint K0, uint K1) Keys(ulong seed)
    {
        ulong z = seed + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return ((uint)z, (uint)(z >> 32));
    }

    /// <summary>The hash of a 32-bit counter under keys <paramref name="k0"/> and <paramref name="k1"/> (k1 already mixed with the counter's high word).</summary>
    public static uint Hash(uint counter, uint k0, uint k1)
    {
        unchecked
        {
            uint x = counter + k0;
            x ^= x >> 16;
            x *= 0x21F0AAADu;
            x ^= k1;
            x ^= x >> 15;
            x *= 0x735A2D97u;
            x ^= x >> 15;
            return x;
        }
    }
}
