using NumericKernels.Generators.Programs.Building;

namespace NumericKernels.Generators.Programs.Pieces
{
    /// <summary>
    /// The exp family's reduction: k = round(a/ln2) by the round-to-integer shifter, r = a - k·ln2 Cody-Waite style with
    /// ln2 = Ln2Hi + Ln2Lo (k·Ln2Hi exact, so a - k·Ln2Hi cancels exactly and only the Ln2Lo step rounds).
    /// </summary>
    /// <remarks>
    /// Adding the shifter 1.5·2^p (+ the exponent bias, for programs that build 2^k from its bits) rounds a/ln2 to an
    /// integer k in the low mantissa bits: z keeps them, kf = z - shifter is k as a float.
    /// </remarks>
    internal readonly struct ExpReduction
    {
        private readonly string _negLo;

        private ExpReduction(Value z, Value kf, Value rh, Value r, string negLo)
        {
            _negLo = negLo;
            Z = z;
            Kf = kf;
            Rh = rh;
            R = r;
        }

        /// <summary>The shifter plus k: its low bits are k (+ bias).</summary>
        public Value Z { get; }

        /// <summary>k as a float.</summary>
        public Value Kf { get; }

        /// <summary>a - k·Ln2Hi, exact.</summary>
        public Value Rh { get; }

        /// <summary>The reduced argument, rounded once.</summary>
        public Value R { get; }

        /// <summary>
        /// z = a·InvLn2 + Shifter (fused), kf = z - Shifter, rh = kf·NegLn2Hi + a, r = kf·NegLn2Lo + rh, with the
        /// constants named InvLn2, NegLn2Hi, NegLn2Lo and <paramref name="shifter"/>; another base b reduces with 1/log_b(2)
        /// and log_b(2) = Hi + Lo named by <paramref name="inverse"/>, <paramref name="negHi"/> and <paramref name="negLo"/>.
        /// </summary>
        public static ExpReduction Reduce(BlockBuilder b, Value a, string shifter = "Shifter", string inverse = "InvLn2", string negHi = "NegLn2Hi", string negLo = "NegLn2Lo")
        {
            Value z = b.Fma(a, b.Constant(inverse), b.Constant(shifter)).Named("z");
            Value kf = (z - b.Constant(shifter)).Named("kf");
            Value rh = b.Fma(kf, b.Constant(negHi), a).Named("rh");
            Value r = b.Fma(kf, b.Constant(negLo), rh).Named("r");
            return new ExpReduction(z, kf, rh, r, negLo);
        }

        /// <summary>
        /// The rounding error of r to first order: rh - r is exact whenever they are within a factor of two, and where they
        /// are not (|rh| tiny) the correction is far below the result's ULP anyway.
        /// </summary>
        public Value Error(BlockBuilder b) => b.Fma(Kf, b.Constant(_negLo), Rh - R).Named("e");
    }
}
