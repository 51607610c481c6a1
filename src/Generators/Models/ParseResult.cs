namespace NumericKernels.Generators.Models
{
    /// <summary>A stage's result: the model when the input was usable, and the diagnostics found either way.</summary>
    internal sealed record ParseResult<TModel>(TModel? Model, EquatableArray<DiagnosticInfo> Diagnostics)
        where TModel : class
    {
        public static ParseResult<TModel> Failed(EquatableArray<DiagnosticInfo> diagnostics) => new ParseResult<TModel>(null, diagnostics);
    }
}
