using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Emission;
using NumericKernels.Generators.Models;
using NumericKernels.Generators.Parsing;

namespace NumericKernels.Generators.Quadrature
{
    /// <summary>
    /// Writes a fixed-rule [Quadrature] method: the rule's nodes and weights inline as constants (or, above
    /// <see cref="UnrollLimit"/> nodes, as constant spans walked by a loop) and the integrand called directly, so the JIT
    /// can inline it.
    /// </summary>
    /// <remarks>
    /// <para>The sum has one canonical order, which every path follows, so the scalar, Vector128/256/512 and batch paths
    /// give bit-identical results (when the integrand's vector overloads agree with it lane for lane): node i is
    /// accumulated by fused multiply-add into accumulator i mod K (K = the lanes of a Vector512, 8 for double, 16 for
    /// float), in ascending node order, from +0; the K accumulators are then added pairwise, s_j + s_(j+K/2) first, halving
    /// until one is left (which is what folding a vector's upper half onto its lower half does); the result is that sum
    /// times (b - a) / 2. Each node maps to t = fma((b - a) / 2, x, (a + b) / 2) with (b - a) / 2 = 0.5 b - 0.5 a and
    /// (a + b) / 2 = 0.5 a + 0.5 b.</para>
    /// <para>One interval evaluates nodes W at a time through the integrand's widest accelerated vector overload (lanes of
    /// accumulators); a batch evaluates one node for W intervals at a time (one accumulator per node class, finished in
    /// the order of the pairwise tree). An accumulator that starts at +0 never becomes -0, so a lane that adds 0 changes
    /// nothing and the zero-padded tail of a vector path equals the scalar path.</para>
    /// </remarks>
    internal static class QuadratureMethodEmitter
    {
        /// <summary>Rules of at most this many nodes are unrolled with every constant inline.</summary>
        public const int UnrollLimit = 64;

        private static readonly int[] s_widths = { 512, 256, 128 };

        public static string Emit(QuadratureSpec spec) => KernelFileEmitter.Emit(spec.Request.Frame, w => new Writer(spec, w).Write());

        /// <summary>What the kernel computes, for the XML docs.</summary>
        public static string Contract(QuadratureSpec spec)
        {
            QuadratureRequest r = spec.Request;
            string element = r.Element == ElementKind.Float32 ? "float" : "double";
            string rule = r.Rule switch
            {
                QuadratureRuleId.GaussLegendre => $"the {r.Points}-point Gauss-Legendre rule (exact for polynomials of degree {2 * r.Points - 1})",
                QuadratureRuleId.ClenshawCurtis => $"the {r.Points}-point Clenshaw-Curtis rule (Chebyshev extreme points, both ends included; exact for polynomials of degree {r.Points - 1})",
                QuadratureRuleId.GaussKronrod => $"the {(r.Points - 1) / 2}-point Gauss / {r.Points}-point Kronrod pair (exact for polynomials of degree {3 * (r.Points - 1) / 2 + 1}), globally adaptive: the interval with the largest error estimate is halved until the estimates add up to at most max({Number(r.AbsoluteTolerance)}, {Number(r.RelativeTolerance)} |value|) or {r.MaxSubdivisions} intervals are in use",
                QuadratureRuleId.TanhSinh => $"the tanh-sinh (double exponential) rule x = tanh((pi/2) sinh t), its step in t halved from 1 up to {r.MaxSubdivisions} times (to 2^-{r.MaxSubdivisions}) until the estimate is at most max({Number(r.AbsoluteTolerance)}, {Number(r.RelativeTolerance)} |value|)",
                _ => "QuadratureRule." + r.Rule,
            };
            if (r.Rule == QuadratureRuleId.Bayesian)
            {
                string nu = r.Kernel switch { BayesKernelId.Matern12 => "1/2", BayesKernelId.Matern32 => "3/2", BayesKernelId.Matern52 => "5/2", _ => "7/2" };
                string variance = r.Shape == QuadratureShape.SampledWithVariance
                    ? $" variance is the posterior variance of the integral, interval^2 times {Number(spec.Variance)}: it does not depend on the samples, and is for a prior of unit amplitude (multiply it by sigma^2 for data of amplitude sigma, e.g. the maximum-likelihood estimate)."
                    : string.Empty;
                return $"Integrates {r.Points} samples evenly spaced over an interval of the given length (both ends included) by Bayesian quadrature: the posterior mean of the integral under a Gaussian-process prior with a Matérn {nu} kernel of length scale {Number(r.LengthScale)} times the interval, interval times the sum of w_i samples_i. The weights w = K^-1 z (K the kernel matrix, z the kernel means in closed form) are solved at compile time in double-double arithmetic and each rounded once to {element}; the sum has one order on every path (each sample into accumulator i mod {ElementTypeNames.For(r.Element).Lanes(512)}, added pairwise).{variance}";
            }
            if (r.Shape == QuadratureShape.Sampled)
            {
                return r.Rule == QuadratureRuleId.Simpson
                    ? $"Integrates n evenly spaced samples (spacing step) with the composite Simpson rule: the 1/3 rule over the first n - 1 intervals when that count is even; otherwise the 1/3 rule over the first n - 4 and Simpson's 3/8 rule over the last three (n = 2: the trapezoid; n < 2: 0). Exact for cubics. The weighted sum has one order on every path (each sample into accumulator i mod {ElementTypeNames.For(r.Element).Lanes(512)}, added pairwise), so results are bit-identical across machines."
                    : $"Integrates n evenly spaced samples (spacing step) with the composite trapezoid rule, step (y0/2 + y1 + ... + y(n-2) + y(n-1)/2) (n < 2: 0). Exact for straight lines; error O(step^2) for smooth data. The sum has one order on every path (each sample into accumulator i mod {ElementTypeNames.For(r.Element).Lanes(512)}, added pairwise), so results are bit-identical across machines.";
            }
            string integrand = r.Integrand!.Substring(r.Integrand!.LastIndexOf('.') + 1);
            if (r.Shape == QuadratureShape.Adaptive && r.Rule == QuadratureRuleId.TanhSinh)
            {
                string summed = r.Element == ElementKind.Float32 ? " The terms are added in double." : string.Empty;
                return $"Integrates {integrand} over [a, b] with {rule}. Nodes are placed from the nearer end by their stored distance to it (1 - |x|, computed at compile time in double-double arithmetic and rounded once to {element}), so the integrand is never evaluated at a or b and endpoint singularities are integrable; a node that rounds onto an end is not evaluated. ErrorEstimate is the difference from the previous step's value, plus a bound for the terms left out on each side (geometric from the last two terms evaluated there, as the terms decay doubly exponentially; their count times the last term when they do not decay), plus the placement error of the evaluated nodes (each term times the relative error of its distance to the end, at most all of it, assuming |d f'| <= |f| there, as for d^-alpha with alpha <= 1, logarithms and smooth integrands), plus a rounding floor of 50 epsilon times the sum of |terms|; Converged is true only when it meets the tolerance. The integrand is called in scalar form (its vector overloads are not used). Non-finite a, b or integrand values give Converged = false.{summed}";
            }
            if (r.Shape == QuadratureShape.Adaptive)
            {
                return $"Integrates {integrand} over [a, b] with {rule}. Each interval's error estimate is QUADPACK's: |Kronrod - Gauss| scaled by min(1, (200 |Kronrod - Gauss| / resasc)^1.5) of resasc (the integral of |f - mean|), and never below 50 epsilon times the integral of |f| (the rounding floor); ErrorEstimate is their sum, and Converged is true only when that sum meets the tolerance. Non-finite a, b or integrand values give Converged = false. Nodes and weights computed at compile time in double-double arithmetic and each rounded once to {element}.";
            }
            string what = r.Shape == QuadratureShape.Batch
                ? $"Integrates {integrand} over each interval [a[i], b[i]] into result[i] with {rule}"
                : $"Integrates {integrand} over [a, b] with {rule}";
            return what + $", its nodes and weights computed at compile time in double-double arithmetic and each rounded once to {element}.";
        }

        private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

        private sealed class Writer
        {
            private readonly QuadratureSpec _spec;
            private readonly QuadratureRequest _request;
            private readonly SourceWriter _w;
            private readonly ElementTypeNames _t;
            private readonly string _math;
            private readonly string _f;
            private readonly int _n;
            private readonly int _k;
            private readonly bool _looped;
            private readonly HashSet<string> _taken;

            public Writer(QuadratureSpec spec, SourceWriter w)
            {
                _spec = spec;
                _request = spec.Request;
                _w = w;
                _t = ElementTypeNames.For(_request.Element);
                _math = spec.Support.QualifiedClassName;
                _f = _request.Integrand!;
                _n = spec.Nodes.Count;
                _k = _t.Lanes(512);
                _looped = _n > UnrollLimit;
                _taken = new HashSet<string>(_request.ParameterNames, StringComparer.Ordinal);
            }

            private string T => _t.Scalar;

            private string Zero => _t.IsSingle ? "0f" : "0.0";

            private string Half => _t.IsSingle ? "0.5f" : "0.5";

            private string Lit(double value) => NumberLiterals.Literal(value, _request.Element);

            private string X(int i) => Lit(_spec.Nodes[i]);

            private string Wt(int i) => Lit(_spec.Weights[i]);

            private static string VectorClass(int bits) => ElementTypeNames.VectorClass(bits);

            /// <summary>A local name the user's parameters do not take.</summary>
            private string Local(string name)
            {
                string local = "__" + name;
                while (_taken.Contains(local))
                {
                    local += "_";
                }
                return local;
            }

            // Vectors go through the shared class's helpers (fused on every runtime, .NET 8 included); scalars call
            // Math.FusedMultiplyAdd, a JIT intrinsic, so they cost the JIT no inlining budget, which the integrand needs.
            private string MulAdd(string a, string b, string c) => $"{_math}.MulAdd({a}, {b}, {c})";

            private string ScalarMulAdd(string a, string b, string c) => $"{_t.MathClass}.FusedMultiplyAdd({a}, {b}, {c})";

            public void Write()
            {
                QuadratureRequest r = _request;
                string[] p = r.ParameterNames.Select(Identifiers.Escape).ToArray();
                _w.WriteLine("/// <summary>");
                _w.WriteLine("/// " + XmlDoc.Escape(Contract(_spec)));
                if (r.Rule == QuadratureRuleId.TanhSinh)
                {
                    _w.WriteLine("/// Every machine evaluates the integrand at the same points and adds in one order, so results are bit-identical across machines.");
                }
                else if (r.Shape != QuadratureShape.Sampled && r.Rule != QuadratureRuleId.Bayesian)
                {
                    _w.WriteLine("/// Every path (scalar, Vector128/256/512" + (r.Shape == QuadratureShape.Batch ? ", one interval or many at a time" : string.Empty)
                        + (r.Shape == QuadratureShape.Adaptive ? ") evaluates the integrand at the same points and adds in one order" : ") adds the terms in one order")
                        + ", so results are bit-identical across machines when the integrand's vector overloads, if any, agree with it lane for lane.");
                }
                _w.WriteLine("/// </summary>");
                if (r.Rule == QuadratureRuleId.Bayesian)
                {
                    _w.WriteLine($"/// <exception cref=\"global::System.ArgumentException\"><paramref name=\"{r.ParameterNames[0]}\"/> does not hold exactly {r.Points} samples.</exception>");
                }
                if (r.Shape == QuadratureShape.Batch)
                {
                    _w.WriteLine($"/// <exception cref=\"global::System.ArgumentException\"><paramref name=\"{r.ParameterNames[1]}\"/> has another length than <paramref name=\"{r.ParameterNames[0]}\"/>, or <paramref name=\"{r.ParameterNames[2]}\"/> is shorter than them or overlaps them other than exactly.</exception>");
                }
                _w.WriteLine(KernelFileEmitter.GeneratedCodeAttribute);
                if (r.Shape == QuadratureShape.Fixed)
                {
                    using (_w.OpenBlock($"{r.Frame.Modifiers} {T} {r.Frame.Name}({T} {p[0]}, {T} {p[1]})"))
                    {
                        WriteSingle(p[0], p[1]);
                    }
                }
                else if (r.Rule == QuadratureRuleId.Bayesian)
                {
                    WriteBayesian(p);
                }
                else if (r.Shape == QuadratureShape.Sampled)
                {
                    string method = r.Rule == QuadratureRuleId.Simpson ? "Simpson" : "Trapezoid";
                    _w.WriteLine($"{r.Frame.Modifiers} {T} {r.Frame.Name}(global::System.ReadOnlySpan<{T}> {p[0]}, {T} {p[1]}) => {_math}.{method}({p[0]}, {p[1]});");
                }
                else if (r.Shape == QuadratureShape.Adaptive)
                {
                    using (_w.OpenBlock($"{r.Frame.Modifiers} global::NumericKernels.QuadratureResult {r.Frame.Name}({T} {p[0]}, {T} {p[1]})"))
                    {
                        if (r.Rule == QuadratureRuleId.TanhSinh)
                        {
                            WriteTanhSinh(p[0], p[1]);
                        }
                        else
                        {
                            WriteAdaptive(p[0], p[1]);
                        }
                    }
                }
                else
                {
                    using (_w.OpenBlock($"{r.Frame.Modifiers} void {r.Frame.Name}(global::System.ReadOnlySpan<{T}> {p[0]}, global::System.ReadOnlySpan<{T}> {p[1]}, global::System.Span<{T}> {p[2]})"))
                    {
                        WriteBatch(p[0], p[1], p[2]);
                    }
                }
            }

            private void WriteConstantSpans()
            {
                if (!_looped)
                {
                    return;
                }
                // A span over a constant array is static data (no allocation): the nodes and weights of a large rule.
                _w.WriteLine($"global::System.ReadOnlySpan<{T}> {Local("x")} = new {T}[] {{ {string.Join(", ", Enumerable.Range(0, _n).Select(X))} }};");
                _w.WriteLine($"global::System.ReadOnlySpan<{T}> {Local("w")} = new {T}[] {{ {string.Join(", ", Enumerable.Range(0, _n).Select(Wt))} }};");
            }

            /// <summary>
            /// Declares the interval's signed half length 0.5 b - 0.5 a and centre 0.5 a + 0.5 b (no overflow for finite
            /// ends of any size): every scalar path maps node x to fma(h, x, c) from these.
            /// </summary>
            private void WriteHalfLengthAndCentre(string h, string c, string a, string b)
            {
                _w.WriteLine($"{T} {h} = {Half} * {b} - {Half} * {a};");
                _w.WriteLine($"{T} {c} = {Half} * {a} + {Half} * {b};");
            }

            // ---- One interval ----

            private void WriteSingle(string a, string b)
            {
                string h = Local("h"), c = Local("c");
                WriteHalfLengthAndCentre(h, c, a, b);
                WriteConstantSpans();
                foreach (int bits in s_widths)
                {
                    if (_request.HasOverload(bits) && _n >= _t.Lanes(bits))
                    {
                        using (_w.OpenBlock($"if ({VectorClass(bits)}.IsHardwareAccelerated)"))
                        {
                            _w.WriteLine($"return {h} * {WriteSingleVector(bits, h, c)};");
                        }
                    }
                }
                _w.WriteLine($"return {h} * {WriteScalarSum(h, c, string.Empty)};");
            }

            /// <summary>Writes the scalar accumulation of every node; returns the expression of their canonical sum.</summary>
            private string WriteScalarSum(string h, string c, string suffix)
            {
                int used = Math.Min(_n, _k);
                Func<int, string> s = j => Local("s" + j.ToString(CultureInfo.InvariantCulture) + suffix);
                for (int j = 0; j < used; j++)
                {
                    _w.WriteLine($"{T} {s(j)} = {Zero};");
                }
                int start = 0;
                if (_looped)
                {
                    start = _n / _k * _k;
                    string i = Local("i" + suffix), x = Local("x"), wt = Local("w");
                    using (_w.OpenBlock($"for (int {i} = 0; {i} < {start}; {i} += {_k})"))
                    {
                        for (int j = 0; j < _k; j++)
                        {
                            string index = j == 0 ? i : $"{i} + {j}";
                            _w.WriteLine($"{s(j)} = {ScalarMulAdd($"{wt}[{index}]", $"{_f}({ScalarMulAdd(h, $"{x}[{index}]", c)})", s(j))};");
                        }
                    }
                }
                for (int i = start; i < _n; i++)
                {
                    _w.WriteLine($"{s(i % _k)} = {ScalarMulAdd(Wt(i), $"{_f}({ScalarMulAdd(h, X(i), c)})", s(i % _k))};");
                }
                return SummationOrder.Pairwise(_k, j => j < used ? s(j) : null)!;
            }

            /// <summary>Writes the W-nodes-at-a-time accumulation for one vector width; returns the expression of the sum.</summary>
            private string WriteSingleVector(int bits, string h, string c)
            {
                int lanes = _t.Lanes(bits), registers = _k / lanes;
                string vc = VectorClass(bits), vt = _t.Vector(bits);
                string hv = Local("hv"), cv = Local("cv");
                Func<int, string> acc = q => Local("a" + q.ToString(CultureInfo.InvariantCulture));
                _w.WriteLine($"{vt} {hv} = {vc}.Create({h});");
                _w.WriteLine($"{vt} {cv} = {vc}.Create({c});");
                var touched = new bool[registers];
                int groups = _n / lanes;
                for (int g = 0; g < groups; g++)
                {
                    touched[g % registers] = true;
                }
                int tail = _n % lanes;
                if (tail != 0)
                {
                    touched[groups % registers] = true;
                }
                for (int q = 0; q < registers; q++)
                {
                    if (touched[q])
                    {
                        _w.WriteLine($"{vt} {acc(q)} = {vt}.Zero;");
                    }
                }
                int startGroup = 0;
                if (_looped)
                {
                    int chunkEnd = _n / _k * _k;
                    startGroup = chunkEnd / lanes;
                    string i = Local("i"), x = Local("x"), wt = Local("w");
                    using (_w.OpenBlock($"for (int {i} = 0; {i} < {chunkEnd}; {i} += {_k})"))
                    {
                        for (int q = 0; q < registers; q++)
                        {
                            string index = q == 0 ? i : $"{i} + {q * lanes}";
                            _w.WriteLine($"{acc(q)} = {MulAdd($"{vc}.Create({wt}.Slice({index}))", $"{_f}({MulAdd(hv, $"{vc}.Create({x}.Slice({index}))", cv)})", acc(q))};");
                        }
                    }
                }
                for (int g = startGroup; g < groups; g++)
                {
                    IEnumerable<int> nodes = Enumerable.Range(g * lanes, lanes);
                    string weights = $"{vc}.Create({string.Join(", ", nodes.Select(Wt))})";
                    string points = $"{vc}.Create({string.Join(", ", nodes.Select(X))})";
                    _w.WriteLine($"{acc(g % registers)} = {MulAdd(weights, $"{_f}({MulAdd(hv, points, cv)})", acc(g % registers))};");
                }
                if (tail != 0)
                {
                    // The last nodes through the integrand's narrower overloads (and the scalar form for fewer than the
                    // narrowest), the unused lanes adding 0 x 0.
                    int first = groups * lanes;
                    IEnumerable<string> pad = Enumerable.Repeat(Zero, lanes - tail);
                    string weights = $"{vc}.Create({string.Join(", ", Enumerable.Range(first, tail).Select(Wt).Concat(pad))})";
                    List<(int Offset, int Width)> pieces = TailPieces(bits, tail);
                    string values = ComposeTail(bits, 0, first, pieces, h, c);
                    _w.WriteLine($"{acc(groups % registers)} = {MulAdd(weights, values, acc(groups % registers))};");
                }
                SummationOrder.FoldRegisters(_w, vt, acc, touched);
                return SummationOrder.FoldLanes(_w, _t, bits, acc(0), Local);
            }

            /// <summary>
            /// How the last <paramref name="tail"/> nodes of a <paramref name="bits"/>-wide path are evaluated: the widest
            /// narrower overloads first (each piece starts at a multiple of its own lane count, since the sizes decrease by
            /// powers of two), then single nodes (width 0) for what is left.
            /// </summary>
            private List<(int Offset, int Width)> TailPieces(int bits, int tail)
            {
                var pieces = new List<(int Offset, int Width)>();
                int offset = 0;
                for (int width = bits / 2; width >= 128; width /= 2)
                {
                    if (_request.HasOverload(width) && tail - offset >= _t.Lanes(width))
                    {
                        pieces.Add((offset, width));
                        offset += _t.Lanes(width);
                    }
                }
                for (; offset < tail; offset++)
                {
                    pieces.Add((offset, 0));
                }
                return pieces;
            }

            /// <summary>
            /// The expression of a <paramref name="bits"/>-wide vector whose lanes from <paramref name="offset"/> hold the
            /// integrand at the tail nodes (node <paramref name="first"/> + lane) and 0 past the tail.
            /// </summary>
            private string ComposeTail(int bits, int offset, int first, List<(int Offset, int Width)> pieces, string h, string c)
            {
                int lanes = _t.Lanes(bits);
                string vc = VectorClass(bits);
                foreach ((int start, int width) in pieces)
                {
                    if (start == offset && width == bits)
                    {
                        IEnumerable<int> nodes = Enumerable.Range(first + start, lanes);
                        string points = $"{vc}.Create({string.Join(", ", nodes.Select(X))})";
                        return $"{_f}({MulAdd($"{vc}.Create({h})", points, $"{vc}.Create({c})")})";
                    }
                }
                if (!pieces.Any(p => p.Offset >= offset && p.Offset < offset + lanes))
                {
                    return $"{_t.Vector(bits)}.Zero";
                }
                if (bits == 128 || !pieces.Any(p => p.Offset >= offset && p.Offset < offset + lanes && p.Width != 0))
                {
                    // Single nodes only (what is left below the narrowest overload): one lane each.
                    IEnumerable<string> values = Enumerable.Range(offset, lanes).Select(lane => pieces.Any(p => p.Offset == lane)
                        ? $"{_f}({ScalarMulAdd(h, X(first + lane), c)})"
                        : Zero);
                    return $"{vc}.Create({string.Join(", ", values)})";
                }
                return $"{vc}.Create({ComposeTail(bits / 2, offset, first, pieces, h, c)}, {ComposeTail(bits / 2, offset + lanes / 2, first, pieces, h, c)})";
            }

            // ---- Bayesian quadrature ----

            /// <summary>The length check, the weights as a constant span, the variance (when asked for) and the weighted sum.</summary>
            private void WriteBayesian(string[] p)
            {
                QuadratureRequest r = _request;
                bool withVariance = r.Shape == QuadratureShape.SampledWithVariance;
                string w = Local("w");
                string signature = $"{r.Frame.Modifiers} {T} {r.Frame.Name}(global::System.ReadOnlySpan<{T}> {p[0]}, {T} {p[1]}" + (withVariance ? $", out {T} {p[2]})" : ")");
                using (_w.OpenBlock(signature))
                {
                    using (_w.OpenBlock($"if ({p[0]}.Length != {r.Points})"))
                    {
                        _w.WriteLine($"throw new global::System.ArgumentException(\"Bayesian quadrature of '{r.Frame.Name}' takes exactly {r.Points} samples, evenly spaced over the interval with both ends included; got \" + {p[0]}.Length + \".\", nameof({p[0]}));");
                    }
                    if (withVariance)
                    {
                        _w.WriteLine($"{p[2]} = {p[1]} * {p[1]} * {Lit(_spec.Variance)};");
                    }
                    _w.WriteLine($"global::System.ReadOnlySpan<{T}> {w} = new {T}[] {{ {string.Join(", ", Enumerable.Range(0, _spec.Weights.Count).Select(Wt))} }};");
                    _w.WriteLine($"return {p[1]} * {_math}.Dot({w}, {p[0]});");
                }
            }

            // ---- Adaptive tanh-sinh ----

            /// <summary>
            /// Tanh-sinh on [a, b]: the tables hold, for t = k 2^-L (L = MaxSubdivisions), the complement 1 - x and the weight.
            /// Level 0 takes the nodes t = 0, 1, 2, ...; level l the odd multiples of 2^-l; the value at level l is h 2^-l times
            /// the sum of every term so far. Each side walks outwards until a node rounds onto its end, the table ends, or two
            /// decaying (or zero) terms in a row leave a bound on the rest below epsilon times
            /// the sum of |terms| (see WriteTanhSinhWalk). The estimate adds the change from the previous level, those bounds,
            /// the placement error of the evaluated nodes and a 50 epsilon rounding floor.
            /// </summary>
            private void WriteTanhSinh(string a, string b)
            {
                QuadratureRequest r = _request;
                int levels = r.MaxSubdivisions;
                string result = "global::NumericKernels.QuadratureResult";
                string math = "global::System.Math";
                string cs = Local("complements"), ws = Local("weights"), h = Local("h"), m = Local("m"), f0 = Local("f0");
                string evaluations = Local("evaluations"), sum = Local("sum"), abs = Local("abs"), tail = Local("tail");
                string value = Local("value"), estimate = Local("estimate"), previous = Local("previous"), converged = Local("converged");
                string level = Local("level"), stride = Local("stride"), advance = Local("advance"), step = Local("step"), scale = Local("scale");
                string walk = Local("Walk"), centre = Local("centre"), cutA = Local("cutA"), cutB = Local("cutB"), placement = Local("placement");
                string epsilon = Lit(_t.IsSingle ? Math.Pow(2, -23) : Math.Pow(2, -52));
                string epsilon50 = NumberLiterals.Literal(50 * (_t.IsSingle ? Math.Pow(2, -23) : Math.Pow(2, -52)), ElementKind.Float64);
                using (_w.OpenBlock($"if (!{T}.IsFinite({a}) || !{T}.IsFinite({b}))"))
                {
                    _w.WriteLine($"return new {result}(double.NaN, double.PositiveInfinity, 0, false);");
                }
                using (_w.OpenBlock($"if ({a} == {b})"))
                {
                    _w.WriteLine($"return new {result}(0.0, 0.0, 0, true);");
                }
                // Spans over constant arrays are static data (no allocation).
                _w.WriteLine($"global::System.ReadOnlySpan<{T}> {cs} = new {T}[] {{ {string.Join(", ", Enumerable.Range(0, _n).Select(X))} }};");
                _w.WriteLine($"global::System.ReadOnlySpan<{T}> {ws} = new {T}[] {{ {string.Join(", ", Enumerable.Range(0, _n).Select(Wt))} }};");
                WriteHalfLengthAndCentre(h, m, a, b);
                using (_w.OpenBlock($"if ({m} == {a} || {m} == {b})"))
                {
                    // Too narrow for any node strictly inside.
                    _w.WriteLine($"return new {result}(double.NaN, double.PositiveInfinity, 0, false);");
                }
                _w.WriteLine($"{T} {f0} = {_f}({m});");
                _w.WriteLine($"int {evaluations} = 1;");
                _w.WriteLine($"double {sum} = (double){ws}[0] * {f0};");
                _w.WriteLine($"double {abs} = {math}.Abs({sum});");
                _w.WriteLine($"double {centre} = {abs};");
                _w.WriteLine($"double {tail} = 0.0;");
                _w.WriteLine($"double {placement} = 0.0;");
                _w.WriteLine($"double {value} = double.NaN;");
                _w.WriteLine($"double {estimate} = double.PositiveInfinity;");
                _w.WriteLine($"double {previous} = 0.0;");
                _w.WriteLine($"bool {converged} = false;");
                using (_w.OpenBlock($"if (double.IsFinite({sum}))"))
                {
                    using (_w.OpenBlock($"for (int {level} = 0; {level} <= {levels}; {level}++)"))
                    {
                        _w.WriteLine($"int {stride} = 1 << ({levels} - {level});");
                        _w.WriteLine($"int {advance} = {level} == 0 ? {stride} : 2 * {stride};");
                        using (_w.OpenBlock($"if (!{walk}({cs}, {ws}, {a}, {h}, {levels} - {level}, {advance}, {centre}, ref {sum}, ref {abs}, ref {tail}, ref {placement}, out double {cutA}, ref {evaluations})"
                            + $" || !{walk}({cs}, {ws}, {b}, -{h}, {levels} - {level}, {advance}, {centre}, ref {sum}, ref {abs}, ref {tail}, ref {placement}, out double {cutB}, ref {evaluations}))"))
                        {
                            _w.WriteLine($"{value} = double.NaN;");
                            _w.WriteLine($"{estimate} = double.PositiveInfinity;");
                            _w.WriteLine("break;");
                        }
                        // 2^-level and h 2^-level are exact (barring underflow of h).
                        _w.WriteLine($"double {step} = 1.0 / (1 << {level});");
                        _w.WriteLine($"double {scale} = (double){h} * {step};");
                        _w.WriteLine(_t.IsSingle ? $"{value} = (float)({scale} * {sum});" : $"{value} = {scale} * {sum};");
                        using (_w.OpenBlock($"if ({level} > 0)"))
                        {
                            _w.WriteLine($"{estimate} = {math}.Abs({value} - {previous}) + {math}.Abs({scale}) * ({tail} + {cutA} + {cutB} + {placement}) + {epsilon50} * {math}.Abs({scale}) * {abs};");
                            using (_w.OpenBlock($"if (!double.IsFinite({value}) || !double.IsFinite({estimate}))"))
                            {
                                _w.WriteLine("break;");
                            }
                            using (_w.OpenBlock($"if ({estimate} <= {math}.Max({NumberLiterals.Literal(r.AbsoluteTolerance, ElementKind.Float64)}, {NumberLiterals.Literal(r.RelativeTolerance, ElementKind.Float64)} * {math}.Abs({value})))"))
                            {
                                _w.WriteLine($"{converged} = true;");
                                _w.WriteLine("break;");
                            }
                        }
                        _w.WriteLine($"{previous} = {value};");
                    }
                }
                _w.WriteLine($"return new {result}({value}, {estimate}, {evaluations}, {converged});");
                _w.WriteLine();
                WriteTanhSinhWalk(walk, epsilon);
            }

            /// <summary>
            /// The local function that walks one side of one level outwards from the centre: node j at fma(h, c[j], end); the
            /// placement error of each evaluated node (|term| times the relative error of its distance to the end, at most 1)
            /// goes to the placement sum; returns false on a non-finite term. Terms past the walk's last node are bounded on the whole grid of this
            /// level (spacing stride) geometrically: |last term| times min(count, s/(1 - s)), s the ratio of the last two
            /// terms taken per grid step (their square root when they are two steps apart), which only falls further out
            /// as the terms decay doubly exponentially; 0 after a zero term; count times |last term| when they do not decay. A
            /// quiet stop (two decaying or zero terms in a row whose bound is below epsilon times the sum of |terms|) adds its bound to the
            /// running tail (the nodes it leaves out stay out); a stop at a node that rounded onto the end, or at the
            /// table's end, sets the side's cut, which later levels replace, since every level stops at the same place.
            /// </summary>
            private void WriteTanhSinhWalk(string walk, string epsilon)
            {
                string cs = Local("c"), ws = Local("w"), end = Local("end"), h = Local("h"), advance = Local("advance");
                string start = Local("start"), sum = Local("sum"), abs = Local("abs"), tail = Local("tail"), cut = Local("cut"), evaluations = Local("evaluations");
                string placement = Local("placement"), intended = Local("intended"), slip = Local("slip");
                string lastA = Local("lastPlaced"), priorA = Local("priorPlaced"), frozen = Local("coarse");
                string last = Local("last"), prior = Local("prior"), quiet = Local("quiet"), j = Local("j"), x = Local("x"), fx = Local("fx"), term = Local("term");
                string shift = Local("shift");
                string stride = Local("stride"), rest = Local("rest"), ratio = Local("ratio"), count = Local("count"), outer = Local("outer"), Bound = Local("Bound");
                string adjacent = Local("adjacent"), endless = Local("endless"), geometric = Local("geometric"), rounded = Local("rounded");
                string math = "global::System.Math";
                using (_w.OpenBlock($"static bool {walk}(global::System.ReadOnlySpan<{T}> {cs}, global::System.ReadOnlySpan<{T}> {ws}, {T} {end}, {T} {h}, int {shift}, int {advance}, double {start}, ref double {sum}, ref double {abs}, ref double {tail}, ref double {placement}, out double {cut}, ref int {evaluations})"))
                {
                    // stride = 2^shift, the grid spacing of this level in table entries; counts divide by shifting.
                    _w.WriteLine($"int {stride} = 1 << {shift};");
                    // The running sums in locals (written back on return), not through the refs, so they stay in registers.
                    string s = Local("s"), a = Local("a"), n = Local("n"), cap = Local("cap"), left = Local("left");
                    _w.WriteLine($"double {s} = {sum}, {a} = {abs};");
                    _w.WriteLine($"int {n} = 0;");
                    _w.WriteLine($"double {last} = {start};");
                    _w.WriteLine($"double {prior} = 0.0;");
                    _w.WriteLine($"int {outer} = 0;");
                    _w.WriteLine($"double {lastA} = {start};");
                    _w.WriteLine($"double {priorA} = 0.0;");
                    _w.WriteLine($"bool {frozen} = false;");
                    _w.WriteLine($"int {quiet} = 0;");
                    _w.WriteLine($"bool {rounded} = false;");
                    _w.WriteLine($"{cut} = 0.0;");
                    using (_w.OpenBlock($"for (int {j} = {stride}; {j} < {cs}.Length; {j} += {advance})"))
                    {
                        _w.WriteLine($"{T} {x} = {ScalarMulAdd(h, $"{cs}[{j}]", end)};");
                        using (_w.OpenBlock($"if ({x} == {end})"))
                        {
                            _w.WriteLine($"{rounded} = true;");
                            _w.WriteLine("break;");
                        }
                        _w.WriteLine($"{T} {fx} = {_f}({x});");
                        _w.WriteLine($"{n}++;");
                        _w.WriteLine($"double {term} = (double){ws}[{j}] * {fx};");
                        using (_w.OpenBlock($"if (!double.IsFinite({term}))"))
                        {
                            _w.WriteLine($"{evaluations} += {n};");
                            _w.WriteLine("return false;");
                        }
                        _w.WriteLine($"{s} += {term};");
                        _w.WriteLine($"{prior} = {j} == {stride} ? 0.0 : {last};");
                        _w.WriteLine($"{last} = {math}.Abs({term});");
                        _w.WriteLine($"{a} += {last};");
                        // The node's distance to the end as placed (x - end, exact beside the end) against the intended
                        // h c: near a nonzero end the end's ulp is coarse and the distance can be off by up to all of itself.
                        // If the integrand changes by at most its own size over a relative change of that distance
                        // (|d f'| <= |f|: true of d^-alpha for alpha <= 1, of logarithms, of smooth integrands beside the
                        // end), the term is off by at most that fraction of itself (all of it at most).
                        _w.WriteLine($"double {intended} = (double){h} * {cs}[{j}];");
                        _w.WriteLine($"double {slip} = {math}.Abs((double)({x} - {end}) - {intended});");
                        using (_w.OpenBlock($"if ({slip} != 0.0)"))
                        {
                            _w.WriteLine($"{placement} += {last} * {math}.Min(1.0, {slip} / {math}.Abs({intended}));");
                        }
                        // The cut past the side's end is extrapolated from the last two nodes placed to within 2^-10 of
                        // their distance (while every node so far was): terms at coarsely placed nodes do not follow the
                        // integrand's decay toward the end.
                        using (_w.OpenBlock($"if (!{frozen} && {slip} <= {math}.Abs({intended}) * 0.0009765625)"))
                        {
                            _w.WriteLine($"{priorA} = {j} == {stride} ? 0.0 : {lastA};");
                            _w.WriteLine($"{lastA} = {last};");
                            _w.WriteLine($"{outer} = {j};");
                        }
                        using (_w.OpenBlock("else"))
                        {
                            _w.WriteLine($"{frozen} = true;");
                        }
                        // The bound is the smaller of count x last and at least last^2 / (prior - last) (the ratio's square
                        // root is at least the ratio), so only terms that pass one of those cheap tests pay for the bound's
                        // division and square root.
                        _w.WriteLine($"double {cap} = {epsilon} * {a};");
                        _w.WriteLine($"int {left} = ({cs}.Length - 1 - {j}) >> {shift};");
                        using (_w.OpenBlock($"if (!{frozen} && ({last} < {prior} || {last} == 0.0) && ({left} * {last} <= {cap} || {last} * {last} <= {cap} * ({prior} - {last})))"))
                        {
                            // On the table's last entry the rest is everything beyond it (the bound without a count).
                            _w.WriteLine($"double {rest} = {Bound}({last}, {prior}, {stride} == {advance}, {left}, {left} == 0);");
                            using (_w.OpenBlock($"if ({rest} <= {cap})"))
                            {
                                using (_w.OpenBlock($"if (++{quiet} == 2)"))
                                {
                                    _w.WriteLine($"{tail} += {rest};");
                                    _w.WriteLine($"{sum} = {s};");
                                    _w.WriteLine($"{abs} = {a};");
                                    _w.WriteLine($"{evaluations} += {n};");
                                    _w.WriteLine("return true;");
                                }
                                _w.WriteLine("continue;");
                            }
                        }
                        _w.WriteLine($"{quiet} = 0;");
                    }
                    // Stopped at the end (a node rounded onto it) or at the table's end: every grid node past the last one.
                    _w.WriteLine($"{cut} = {Bound}({lastA}, {priorA}, {stride} == {advance}, ({cs}.Length - 1 - {outer}) >> {shift}, !{rounded});");
                    _w.WriteLine($"{sum} = {s};");
                    _w.WriteLine($"{abs} = {a};");
                    _w.WriteLine($"{evaluations} += {n};");
                    _w.WriteLine("return true;");
                    _w.WriteLine();
                    // The bound for the terms after the last: geometric with the last ratio per grid step while they decay.
                    using (_w.OpenBlock($"static double {Bound}(double {last}, double {prior}, bool {adjacent}, int {count}, bool {endless})"))
                    {
                        using (_w.OpenBlock($"if ({last} == 0.0)"))
                        {
                            // A zero term (an integrand that vanishes, or underflows, toward the end) decays as far as
                            // anything can be told from it.
                            _w.WriteLine("return 0.0;");
                        }
                        using (_w.OpenBlock($"if (!({last} < {prior}))"))
                        {
                            _w.WriteLine($"return {endless} ? double.PositiveInfinity : {count} * {last};");
                        }
                        _w.WriteLine($"double {ratio} = {last} / {prior};");
                        using (_w.OpenBlock($"if (!{adjacent})"))
                        {
                            _w.WriteLine($"{ratio} = {math}.Sqrt({ratio});");
                        }
                        _w.WriteLine($"double {geometric} = {ratio} / (1.0 - {ratio});");
                        _w.WriteLine($"return {last} * ({endless} ? {geometric} : {math}.Min({count}, {geometric}));");
                    }
                }
            }

            // ---- Globally adaptive Gauss-Kronrod ----

            private void WriteAdaptive(string a, string b)
            {
                QuadratureRequest r = _request;
                int limit = r.MaxSubdivisions;
                string result = "global::NumericKernels.QuadratureResult";
                string isFinite = $"{T}.IsFinite";
                string store = Local("store"), lo = Local("lo"), hi = Local("hi"), value = Local("value"), error = Local("error");
                string count = Local("count"), evaluations = Local("evaluations"), total = Local("total"), totalError = Local("totalError");
                string converged = Local("converged"), tolerance = Local("tolerance"), worst = Local("worst"), i = Local("i");
                string left = Local("left"), right = Local("right"), middle = Local("middle");
                string v1 = Local("v1"), e1 = Local("e1"), v2 = Local("v2"), e2 = Local("e2");
                string segment = Local("Segment");
                string math = _t.MathClass;
                using (_w.OpenBlock($"if (!{isFinite}({a}) || !{isFinite}({b}))"))
                {
                    _w.WriteLine($"return new {result}(double.NaN, double.PositiveInfinity, 0, false);");
                }
                // The intervals (ends, value, error), at most MaxSubdivisions: on the stack up to 256 of them, else rented.
                string rented = Local("rented");
                if (limit <= 256)
                {
                    _w.WriteLine($"global::System.Span<{T}> {store} = stackalloc {T}[{4 * limit}];");
                }
                else
                {
                    _w.WriteLine($"{T}[] {rented} = global::System.Buffers.ArrayPool<{T}>.Shared.Rent({4 * limit});");
                    _w.WriteLine($"global::System.Span<{T}> {store} = {rented};");
                }
                _w.WriteLine($"global::System.Span<{T}> {lo} = {store}.Slice(0, {limit});");
                _w.WriteLine($"global::System.Span<{T}> {hi} = {store}.Slice({limit}, {limit});");
                _w.WriteLine($"global::System.Span<{T}> {value} = {store}.Slice({2 * limit}, {limit});");
                _w.WriteLine($"global::System.Span<{T}> {error} = {store}.Slice({3 * limit}, {limit});");
                _w.WriteLine($"{lo}[0] = {a};");
                _w.WriteLine($"{hi}[0] = {b};");
                _w.WriteLine($"{segment}({a}, {b}, out {value}[0], out {error}[0]);");
                _w.WriteLine($"int {count} = 1;");
                _w.WriteLine($"int {evaluations} = {_n};");
                _w.WriteLine($"{T} {total} = {value}[0];");
                _w.WriteLine($"{T} {totalError} = {error}[0];");
                _w.WriteLine($"bool {converged};");
                using (_w.OpenBlock("while (true)"))
                {
                    using (_w.OpenBlock($"if (!{isFinite}({total}) || !{isFinite}({totalError}))"))
                    {
                        _w.WriteLine($"{converged} = false;");
                        _w.WriteLine("break;");
                    }
                    _w.WriteLine($"{T} {tolerance} = {math}.Max({Lit(r.AbsoluteTolerance)}, {Lit(r.RelativeTolerance)} * {math}.Abs({total}));");
                    using (_w.OpenBlock($"if ({totalError} <= {tolerance})"))
                    {
                        _w.WriteLine($"{converged} = true;");
                        _w.WriteLine("break;");
                    }
                    using (_w.OpenBlock($"if ({count} == {limit})"))
                    {
                        _w.WriteLine($"{converged} = false;");
                        _w.WriteLine("break;");
                    }
                    // Halve the interval with the largest estimate (the first of equals).
                    _w.WriteLine($"int {worst} = 0;");
                    using (_w.OpenBlock($"for (int {i} = 1; {i} < {count}; {i}++)"))
                    {
                        using (_w.OpenBlock($"if ({error}[{i}] > {error}[{worst}])"))
                        {
                            _w.WriteLine($"{worst} = {i};");
                        }
                    }
                    _w.WriteLine($"{T} {left} = {lo}[{worst}];");
                    _w.WriteLine($"{T} {right} = {hi}[{worst}];");
                    _w.WriteLine($"{T} {middle} = {Half} * {left} + {Half} * {right};");
                    using (_w.OpenBlock($"if (!({math}.Min({left}, {right}) < {middle} && {middle} < {math}.Max({left}, {right})))"))
                    {
                        // No number lies between the ends: the interval cannot be halved.
                        _w.WriteLine($"{converged} = false;");
                        _w.WriteLine("break;");
                    }
                    _w.WriteLine($"{segment}({left}, {middle}, out {T} {v1}, out {T} {e1});");
                    _w.WriteLine($"{segment}({middle}, {right}, out {T} {v2}, out {T} {e2});");
                    _w.WriteLine($"{evaluations} += {2 * _n};");
                    _w.WriteLine($"{hi}[{worst}] = {middle};");
                    _w.WriteLine($"{value}[{worst}] = {v1};");
                    _w.WriteLine($"{error}[{worst}] = {e1};");
                    _w.WriteLine($"{lo}[{count}] = {middle};");
                    _w.WriteLine($"{hi}[{count}] = {right};");
                    _w.WriteLine($"{value}[{count}] = {v2};");
                    _w.WriteLine($"{error}[{count}] = {e2};");
                    _w.WriteLine($"{count}++;");
                    // Sums afresh in interval order (no drift from updating them by differences).
                    _w.WriteLine($"{total} = {Zero};");
                    _w.WriteLine($"{totalError} = {Zero};");
                    using (_w.OpenBlock($"for (int {i} = 0; {i} < {count}; {i}++)"))
                    {
                        _w.WriteLine($"{total} += {value}[{i}];");
                        _w.WriteLine($"{totalError} += {error}[{i}];");
                    }
                }
                if (limit > 256)
                {
                    _w.WriteLine($"global::System.Buffers.ArrayPool<{T}>.Shared.Return({rented});");
                }
                _w.WriteLine($"return new {result}({total}, {totalError}, {evaluations}, {converged});");
                _w.WriteLine();
                WriteSegment(segment);
            }

            /// <summary>
            /// The local function that applies the pair to one interval: the integrand at every Kronrod node (through its
            /// widest accelerated vector overload when it has one) into locals, then each sum in four interleaved accumulators.
            /// </summary>
            private void WriteSegment(string segment)
            {
                string lo = Local("l"), hi = Local("u"), value = Local("result"), error = Local("estimate");
                string h = Local("h"), c = Local("c"), f = Local("f"), k = Local("k"), g = Local("g"), abs = Local("abs"), asc = Local("asc");
                string mean = Local("mean"), dh = Local("dh"), ratio = Local("ratio");
                string math = _t.MathClass;
                using (_w.OpenBlock($"static void {segment}({T} {lo}, {T} {hi}, out {T} {value}, out {T} {error})"))
                {
                    WriteHalfLengthAndCentre(h, c, lo, hi);
                    // The values in locals, not a stack buffer: the JIT zeroes a stackalloc with 256/512-bit stores, and a
                    // native integrand (Math.Exp is glibc's) called after them paid the AVX-SSE transition: 10x slower.
                    Func<int, string> fv = i => f + i.ToString(CultureInfo.InvariantCulture);
                    _w.WriteLine($"{T} {string.Join(", ", Enumerable.Range(0, _n).Select(fv))};");
                    bool first = true;
                    foreach (int bits in s_widths)
                    {
                        if (!_request.HasOverload(bits) || _n < _t.Lanes(bits))
                        {
                            continue;
                        }
                        using (_w.OpenBlock($"{(first ? "if" : "else if")} ({VectorClass(bits)}.IsHardwareAccelerated)"))
                        {
                            WriteVectorFill(bits, fv, h, c);
                        }
                        first = false;
                    }
                    using (_w.OpenBlock(first ? string.Empty : "else"))
                    {
                        for (int i = 0; i < _n; i++)
                        {
                            _w.WriteLine($"{fv(i)} = {_f}({ScalarMulAdd(h, X(i), c)});");
                        }
                    }
                    // Each sum in four interleaved accumulators (node i into i mod 4), added pairwise: short dependency chains.
                    WriteSum(k, Enumerable.Range(0, _n).Select(i => (Wt(i), fv(i))), null);
                    WriteSum(g, Enumerable.Range(0, _n).Where(i => _spec.GaussWeights[i] != 0).Select(i => (Lit(_spec.GaussWeights[i]), fv(i))), null);
                    WriteSum(abs, Enumerable.Range(0, _n).Select(i => (Wt(i), fv(i))), string.Empty);
                    _w.WriteLine($"{T} {mean} = {Half} * {k};");
                    WriteSum(asc, Enumerable.Range(0, _n).Select(i => (Wt(i), fv(i))), mean);
                    _w.WriteLine($"{T} {dh} = {math}.Abs({h});");
                    _w.WriteLine($"{value} = {k} * {h};");
                    _w.WriteLine($"{abs} *= {dh};");
                    _w.WriteLine($"{asc} *= {dh};");
                    _w.WriteLine($"{error} = {math}.Abs(({k} - {g}) * {h});");
                    using (_w.OpenBlock($"if ({asc} != {Zero} && {error} != {Zero})"))
                    {
                        // (200 e / asc)^1.5 as r sqrt(r): square root is correctly rounded everywhere, Pow is not.
                        _w.WriteLine($"{T} {ratio} = {Lit(200)} * {error} / {asc};");
                        _w.WriteLine($"{error} = {asc} * {math}.Min({Lit(1)}, {ratio} * {math}.Sqrt({ratio}));");
                    }
                    string epsilon50 = Lit(_t.IsSingle ? 50 * Math.Pow(2, -23) : 50 * Math.Pow(2, -52));
                    string floor = Lit(_t.IsSingle ? Math.Pow(2, -126) / (50 * Math.Pow(2, -23)) : Math.Pow(2, -1022) / (50 * Math.Pow(2, -52)));
                    using (_w.OpenBlock($"if ({abs} > {floor})"))
                    {
                        _w.WriteLine($"{error} = {math}.Max({epsilon50} * {abs}, {error});");
                    }
                }
            }

            /// <summary>
            /// Declares <paramref name="name"/> = sum of weight x g(value), term j into accumulator j mod 4, then
            /// ((s0 + s2) + (s1 + s3)); g is the value itself (<paramref name="absAround"/> null), its absolute value
            /// (empty) or the absolute value of its difference from the local named by <paramref name="absAround"/>. The
            /// four accumulators are the lanes of one 4-lane vector where it is accelerated (two 2-lane vectors for double
            /// on 128-bit hardware, or four scalars): each lane takes the same terms in the same order, so every path gives
            /// the same bits. A last partial group is padded with zero weights and zero values on every path.
            /// </summary>
            private void WriteSum(string name, IEnumerable<(string Weight, string Value)> terms, string? absAround)
            {
                var list = terms.ToList();
                int groups = (list.Count + 3) / 4;
                string zero = Zero;
                Func<int, (string Weight, string Value)> term = j => j < list.Count ? list[j] : (zero, zero);
                string math = _t.MathClass;
                Func<string, string> scalarG = v => absAround is null ? v : absAround.Length == 0 ? $"{math}.Abs({v})" : $"{math}.Abs({v} - {absAround})";
                _w.WriteLine($"{T} {name};");
                // The widest 4-lane-or-narrower vector: Vector256<double> or Vector128<float> holds all four accumulators.
                int fullBits = _t.IsSingle ? 128 : 256;
                foreach (int bits in _t.IsSingle ? new[] { 128 } : new[] { 256, 128 })
                {
                    int lanes = _t.Lanes(bits);
                    int registers = 4 / lanes;
                    string vc = VectorClass(bits), vt = _t.Vector(bits);
                    Func<string, string> vectorG = v => absAround is null ? v : absAround.Length == 0 ? $"{vc}.Abs({v})" : $"{vc}.Abs({v} - {vc}.Create({absAround}))";
                    using (_w.OpenBlock($"{(bits == fullBits ? "if" : "else if")} ({vc}.IsHardwareAccelerated)"))
                    {
                        Func<int, string> acc = r => name + "_v" + r.ToString(CultureInfo.InvariantCulture);
                        for (int r = 0; r < registers; r++)
                        {
                            _w.WriteLine($"{vt} {acc(r)} = {vt}.Zero;");
                        }
                        for (int group = 0; group < groups; group++)
                        {
                            for (int r = 0; r < registers; r++)
                            {
                                IEnumerable<int> js = Enumerable.Range(4 * group + r * lanes, lanes);
                                string weights = $"{vc}.Create({string.Join(", ", js.Select(j => term(j).Weight))})";
                                string values = vectorG($"{vc}.Create({string.Join(", ", js.Select(j => term(j).Value))})");
                                _w.WriteLine($"{acc(r)} = {MulAdd(weights, values, acc(r))};");
                            }
                        }
                        // The canonical fold: registers (s0, s1) + (s2, s3), or a register's upper half onto its lower, then lanes.
                        SummationOrder.FoldRegisters(_w, vt, acc, Enumerable.Repeat(true, registers).ToArray());
                        _w.WriteLine($"{name} = {SummationOrder.FoldLanes(_w, _t, bits, acc(0), local => name + "_" + local)};");
                    }
                }
                using (_w.OpenBlock("else"))
                {
                    Func<int, string> part = j => name + "_" + j.ToString(CultureInfo.InvariantCulture);
                    for (int j = 0; j < 4; j++)
                    {
                        _w.WriteLine($"{T} {part(j)} = {Zero};");
                    }
                    for (int i = 0; i < 4 * groups; i++)
                    {
                        _w.WriteLine($"{part(i % 4)} = {ScalarMulAdd(term(i).Weight, scalarG(term(i).Value), part(i % 4))};");
                    }
                    _w.WriteLine($"{name} = {SummationOrder.Pairwise(4, part)};");
                }
            }

            /// <summary>Sets the value locals, W nodes at a time, the rest through narrower overloads or the scalar form.</summary>
            private void WriteVectorFill(int bits, Func<int, string> fv, string h, string c)
            {
                int offset = 0;
                for (int width = bits; width >= 128; width /= 2)
                {
                    if (width != bits && !_request.HasOverload(width))
                    {
                        continue;
                    }
                    int lanes = _t.Lanes(width);
                    string vc = VectorClass(width);
                    for (; offset + lanes <= _n; offset += lanes)
                    {
                        string points = $"{vc}.Create({string.Join(", ", Enumerable.Range(offset, lanes).Select(X))})";
                        string group = Local("y" + offset.ToString(CultureInfo.InvariantCulture));
                        _w.WriteLine($"{_t.Vector(width)} {group} = {_f}({MulAdd($"{vc}.Create({h})", points, $"{vc}.Create({c})")});");
                        for (int lane = 0; lane < lanes; lane++)
                        {
                            _w.WriteLine($"{fv(offset + lane)} = {vc}.GetElement({group}, {lane});");
                        }
                    }
                }
                for (; offset < _n; offset++)
                {
                    _w.WriteLine($"{fv(offset)} = {_f}({ScalarMulAdd(h, X(offset), c)});");
                }
            }

            // ---- A batch of intervals ----

            private void WriteBatch(string a, string b, string result)
            {
                QuadratureRequest r = _request;
                using (_w.OpenBlock($"if ({b}.Length != {a}.Length)"))
                {
                    _w.WriteLine($"throw new global::System.ArgumentException(\"The interval ends must have as many elements as the starts (\" + {a}.Length + \"); '{r.ParameterNames[1]}' has \" + {b}.Length + \".\", nameof({b}));");
                }
                using (_w.OpenBlock($"if ({result}.Length < {a}.Length)"))
                {
                    _w.WriteLine($"throw new global::System.ArgumentException(\"The destination is shorter than the intervals (\" + {a}.Length + \"); '{r.ParameterNames[2]}' has \" + {result}.Length + \".\", nameof({result}));");
                }
                foreach (string input in new[] { a, b })
                {
                    // 'out' locals of an if condition belong to the enclosing block: one name per check.
                    string offset = Local("offset" + (input == a ? "A" : "B"));
                    using (_w.OpenBlock($"if (global::System.MemoryExtensions.Overlaps((global::System.ReadOnlySpan<{T}>){result}.Slice(0, {a}.Length), {input}, out int {offset}) && {offset} != 0)"))
                    {
                        _w.WriteLine($"throw new global::System.ArgumentException(\"The destination overlaps the interval ends without starting at the same element; only exact in-place use is supported.\", nameof({result}));");
                    }
                }
                WriteConstantSpans();
                string i = Local("k");
                _w.WriteLine($"int {i} = 0;");
                // The widest accelerated width first, then each narrower one on what is left, then the scalar path.
                foreach (int bits in s_widths)
                {
                    if (!r.HasOverload(bits))
                    {
                        continue;
                    }
                    using (_w.OpenBlock($"if ({VectorClass(bits)}.IsHardwareAccelerated)"))
                    {
                        using (_w.OpenBlock($"for (; {i} <= {a}.Length - {_t.Lanes(bits)}; {i} += {_t.Lanes(bits)})"))
                        {
                            WriteBatchVector(bits, a, b, result, i);
                        }
                    }
                }
                using (_w.OpenBlock($"for (; {i} < {a}.Length; {i}++)"))
                {
                    string h = Local("h"), c = Local("c");
                    WriteHalfLengthAndCentre(h, c, $"{a}[{i}]", $"{b}[{i}]");
                    string sum = WriteScalarSum(h, c, string.Empty);
                    _w.WriteLine($"{result}[{i}] = {h} * {sum};");
                }
            }

            private void WriteBatchVector(int bits, string a, string b, string result, string i)
            {
                string vc = VectorClass(bits), vt = _t.Vector(bits);
                string av = Local("av"), bv = Local("bv"), hv = Local("hv"), cv = Local("cv"), half = Local("half");
                _w.WriteLine($"{vt} {av} = {vc}.Create({a}.Slice({i}));");
                _w.WriteLine($"{vt} {bv} = {vc}.Create({b}.Slice({i}));");
                _w.WriteLine($"{vt} {half} = {vc}.Create({Half});");
                _w.WriteLine($"{vt} {hv} = {half} * {bv} - {half} * {av};");
                _w.WriteLine($"{vt} {cv} = {half} * {av} + {half} * {bv};");
                string total = WriteBatchTree(0, 1, bits, hv, cv)!;
                _w.WriteLine($"{vc}.CopyTo({hv} * {total}, {result}.Slice({i}));");
            }

            /// <summary>
            /// Writes the accumulators of node classes r, r + step, ... one at a time, each added into the pairwise tree as
            /// soon as its partner is done (few live registers); returns the local holding their sum, or null when empty.
            /// </summary>
            private string? WriteBatchTree(int r, int step, int bits, string hv, string cv)
            {
                if (step >= _k)
                {
                    return WriteBatchAccumulator(r, bits, hv, cv);
                }
                string? left = WriteBatchTree(r, 2 * step, bits, hv, cv);
                string? right = WriteBatchTree(r + step, 2 * step, bits, hv, cv);
                if (left is not null && right is not null)
                {
                    _w.WriteLine($"{left} = {left} + {right};");
                }
                return left ?? right;
            }

            private string? WriteBatchAccumulator(int r, int bits, string hv, string cv)
            {
                if (r >= _n)
                {
                    return null;
                }
                string vc = VectorClass(bits), vt = _t.Vector(bits);
                string acc = Local("a" + r.ToString(CultureInfo.InvariantCulture));
                _w.WriteLine($"{vt} {acc} = {vt}.Zero;");
                if (_looped)
                {
                    string j = Local("j"), x = Local("x"), wt = Local("w");
                    using (_w.OpenBlock($"for (int {j} = {r}; {j} < {_n}; {j} += {_k})"))
                    {
                        _w.WriteLine($"{acc} = {MulAdd($"{vc}.Create({wt}[{j}])", $"{_f}({MulAdd(hv, $"{vc}.Create({x}[{j}])", cv)})", acc)};");
                    }
                }
                else
                {
                    for (int i = r; i < _n; i += _k)
                    {
                        _w.WriteLine($"{acc} = {MulAdd($"{vc}.Create({Wt(i)})", $"{_f}({MulAdd(hv, $"{vc}.Create({X(i)})", cv)})", acc)};");
                    }
                }
                return acc;
            }
        }
    }
}
