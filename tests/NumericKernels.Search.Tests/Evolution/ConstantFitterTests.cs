using System;
using NumericKernels.Generators.Catalog;
using NumericKernels.Search.Evolution;
using Xunit;

namespace NumericKernels.Search.Tests.Evolution;

/// <summary>The constant fitter reaches the known minimax figures of polynomial structures.</summary>
public class ConstantFitterTests
{
    private static readonly Lazy<EvaluationSamples> Exp2Samples = new(() => new EvaluationSamples(MathFunctionId.Exp2, 0, 1));

    [Fact]
    public void HornerChainsAreRecognizedAsAffineInTheirConstants()
    {
        Assert.True(ConstantLinearity.IsAffine(MinimaxBaseline.Horner(6)));
        // K0·K1 multiplies two constants: not affine.
        var product = EvolvedProgram.Create(new[] { ProgramNode.Input, ProgramNode.Constant(2), ProgramNode.Constant(3), ProgramNode.Apply(Operation.Mul, 1, 2), ProgramNode.Apply(Operation.Add, 3, 0) }, 4);
        Assert.False(ConstantLinearity.IsAffine(product));
        // x / K0 divides by a constant: not affine.
        var quotient = EvolvedProgram.Create(new[] { ProgramNode.Input, ProgramNode.Constant(2), ProgramNode.Apply(Operation.Div, 0, 1) }, 2);
        Assert.False(ConstantLinearity.IsAffine(quotient));
    }

    [Fact]
    public void DegreeSixHornerFitsExp2OnTheUnitIntervalWithinOneUlp()
    {
        // sollya: fpminimax(2^x, 6, [|single...|], [0;1], relative) has relative error 2^-28.8, far below 2^-24.
        var engine = new EvolutionEngine(Exp2Samples.Value);
        Candidate fitted = engine.Evaluate(MinimaxBaseline.Horner(6), 1);
        Assert.True(fitted.MaxUlp <= 1.0, $"degree 6: {fitted.MaxUlp} ULP");
    }

    [Fact]
    public void DegreeFourHornerCannotReachOneUlp()
    {
        // Degree 4 has relative error 2^-18.5 (sollya): tens of ULPs.
        var engine = new EvolutionEngine(Exp2Samples.Value);
        Candidate fitted = engine.Evaluate(MinimaxBaseline.Horner(4), 1);
        Assert.InRange(fitted.MaxUlp, 5, 100);
    }
}
