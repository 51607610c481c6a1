using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Models;

namespace NumericKernels.Generators.Programs
{
    /// <summary>
    /// A kernel as data: the one representation of a catalog program that the generator lowers to C# (scalar, Vector128,
    /// Vector256, Vector512 and span) and nk-search interprets, so an algorithm is written once.
    /// </summary>
    /// <remarks>
    /// Semantics, per element: when there is no <see cref="Guard"/>, the result is <see cref="Fast"/>(x). Otherwise it is
    /// Guard(x) ? Fast(x) : Special(x). A vector path runs Fast alone when the guard holds in every lane and Special for the
    /// whole vector otherwise, so Special must give every lane where the guard holds the same bits as Fast (which the
    /// kernel tests and PathCheck check on millions of inputs); that keeps the fast path free of branches and fix-ups.
    /// </remarks>
    /// <param name="Element">The type of x and of the result.</param>
    /// <param name="Constants">The named float constants the blocks use, in declaration order.</param>
    /// <param name="Fast">The fast path.</param>
    /// <param name="Guard">A Mask block true where the fast path is right; null when the fast path is the whole program.</param>
    /// <param name="Special">The path for every other input (NaN, infinities, overflow, huge arguments, ...); null without a guard.</param>
    internal sealed record KernelProgram(
        ElementKind Element,
        EquatableArray<ProgramConstant> Constants,
        ProgramBlock Fast,
        ProgramBlock? Guard,
        ProgramBlock? Special)
    {
        public LaneType ElementType => Element == ElementKind.Float32 ? LaneType.Float32 : LaneType.Float64;

        public bool HasSpecialPath => Guard is not null;
    }
}
