namespace NumericKernels.Generators.Programs.Lowering
{
    /// <summary>C# expression text with the precedence of its outermost operator, so operands are parenthesized only where needed.</summary>
    internal readonly struct CSharpExpression
    {
        public const int Conditional = 10;
        public const int Or = 30;
        public const int Xor = 35;
        public const int And = 40;
        public const int Equality = 45;
        public const int Relational = 50;
        public const int Shift = 60;
        public const int Additive = 70;
        public const int Multiplicative = 80;
        public const int Unary = 90;
        public const int Primary = 100;

        public CSharpExpression(string text, int precedence)
        {
            Text = text;
            Precedence = precedence;
        }

        public string Text { get; }

        public int Precedence { get; }

        public static CSharpExpression Atom(string text) => new CSharpExpression(text, Primary);

        /// <summary>
        /// A binary operator. Float arithmetic is not associative, so an arithmetic operand at the same level keeps its
        /// parentheses on either side ((a + b) + c shows the order of the roundings); operands of shifts, bitwise operators
        /// and comparisons are parenthesized unless they are atoms, so nobody has to remember that + binds tighter than &lt;&lt;.
        /// </summary>
        public static CSharpExpression Binary(CSharpExpression left, string op, CSharpExpression right, int precedence)
        {
            int floor = precedence >= Additive ? precedence : Unary - 1;
            return new CSharpExpression(Wrap(left, floor) + " " + op + " " + Wrap(right, floor), precedence);
        }

        /// <summary>A prefix operator or cast applied to <paramref name="operand"/>.</summary>
        public static CSharpExpression Prefix(string op, CSharpExpression operand)
        {
            string text = Wrap(operand, Unary - 1);
            // Never "--x" or "- -x": a negated negation keeps its parentheses.
            if (op == "-" && text.StartsWith("-", System.StringComparison.Ordinal)) text = "(" + text + ")";
            return new CSharpExpression(op + text, Unary);
        }

        /// <summary>condition ? whenTrue : whenFalse.</summary>
        public static CSharpExpression Choice(CSharpExpression condition, CSharpExpression whenTrue, CSharpExpression whenFalse) =>
            new CSharpExpression(Wrap(condition, Unary - 1) + " ? " + Wrap(whenTrue, Conditional) + " : " + Wrap(whenFalse, Conditional), Conditional);

        /// <summary>The text, parenthesized when its precedence is not above <paramref name="floor"/>.</summary>
        public static string Wrap(CSharpExpression expression, int floor) =>
            expression.Precedence > floor ? expression.Text : "(" + expression.Text + ")";
    }
}
