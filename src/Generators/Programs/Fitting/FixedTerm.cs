namespace NumericKernels.Generators.Programs.Fitting
{
    /// <summary>A term of a core's fixed leading part: (sum of <paramref name="Parts"/>)·x^<paramref name="Power"/>, exactly.</summary>
    /// <remarks>Several parts express a constant carried in two floats, such as 1/ln2 = InvLn2Hi + InvLn2Lo.</remarks>
    internal readonly record struct FixedTerm(int Power, params double[] Parts);
}
