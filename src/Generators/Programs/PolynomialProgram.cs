using System.Collections.Generic;
using System.Globalization;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Emission;
using NumericKernels.Generators.Models;
using NumericKernels.Generators.Programs.Building;
using NumericKernels.Generators.Programs.Pieces;

namespace NumericKernels.Generators.Programs
{
    /// <summary>
    /// The program of a [Polynomial] implementation: its coefficients C0..Cn rounded once to the element type, evaluated
    /// by the same Horner or Estrin builder as the catalog's programs.
    /// </summary>
    internal static class PolynomialProgram
    {
        public static KernelProgram Build(PolynomialImplementation implementation)
        {
            var program = new ProgramBuilder(implementation.Element);
            BlockBuilder b = program.Block();
            var coefficients = new List<Value>();
            for (int k = 0; k <= implementation.Degree; k++)
            {
                double value = implementation.Coefficients[k].Value;
                string name = "C" + k.ToString(CultureInfo.InvariantCulture);
                double rounded = implementation.Element == ElementKind.Float32 ? (float)value : value;
                program.Define(name, rounded, NumberLiterals.HexFloat(value, implementation.Element));
                coefficients.Add(b.Constant(name));
            }
            EvaluationScheme scheme = implementation.Scheme == PolynomialSchemeId.Estrin ? EvaluationScheme.Estrin : EvaluationScheme.Horner;
            return program.Build(b.Return(Polynomials.Evaluate(b, scheme, coefficients, b.Input, "x")));
        }
    }
}
