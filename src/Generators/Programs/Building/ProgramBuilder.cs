using System;
using System.Collections.Generic;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Models;

namespace NumericKernels.Generators.Programs.Building
{
    /// <summary>
    /// Builds a <see cref="KernelProgram"/>: the constant table (a catalog entry's constants first, in the entry's order,
    /// then those the algorithm derives), and the fast, guard and special blocks.
    /// </summary>
    internal sealed class ProgramBuilder
    {
        private readonly List<ProgramConstant> _constants = new List<ProgramConstant>();
        private readonly Dictionary<string, int> _byName = new Dictionary<string, int>(StringComparer.Ordinal);

        public ProgramBuilder(ElementKind element) => Element = element;

        /// <summary>A builder holding <paramref name="entry"/>'s constants, each rounded exactly to the element type.</summary>
        public ProgramBuilder(CatalogEntry entry)
            : this(entry.Element)
        {
            foreach (NamedConstant constant in entry.Constants)
            {
                double value = HexFloat.Parse(constant.HexFloat);
                if (entry.Element == ElementKind.Float32 && (float)value != value)
                {
                    throw new InvalidOperationException($"{entry.Id}: constant {constant.Name} = {constant.HexFloat} is not a float.");
                }
                Define(constant.Name, ElementType, value, constant.HexFloat);
            }
        }

        public ElementKind Element { get; }

        public LaneType ElementType => Element == ElementKind.Float32 ? LaneType.Float32 : LaneType.Float64;

        public bool IsSingle => Element == ElementKind.Float32;

        /// <summary>Whether a constant of that name exists (entries of one algorithm may differ in the constants they carry).</summary>
        public bool Has(string name) => _byName.ContainsKey(name);

        /// <summary>The value of a float constant.</summary>
        public double this[string name] => _constants[ConstantIndex(name).Index].Value;

        /// <summary>Declares a constant of the element type; <paramref name="why"/> becomes its comment.</summary>
        public void Define(string name, double value, string why) => Define(name, ElementType, value, why);

        /// <summary>Declares a float constant of <paramref name="type"/>; declaring the same name with the same bits again is allowed.</summary>
        public void Define(string name, LaneType type, double value, string why)
        {
            long bits = type == LaneType.Float32 ? FloatBits.Of((float)value) : FloatBits.Of(value);
            if (type == LaneType.Float32 && (float)value != value && !double.IsNaN(value)) throw new ArgumentException($"{name} = {value} is not a float.", nameof(value));
            if (_byName.TryGetValue(name, out int existing))
            {
                if (_constants[existing].Type != type || _constants[existing].Bits != bits) throw new InvalidOperationException($"Constant {name} is declared twice with different values.");
                return;
            }
            _byName[name] = _constants.Count;
            _constants.Add(new ProgramConstant(name, type, bits, why));
        }

        internal (int Index, LaneType Type) ConstantIndex(string name) =>
            _byName.TryGetValue(name, out int index)
                ? (index, _constants[index].Type)
                : throw new InvalidOperationException("The program has no constant " + name + ".");

        /// <summary>A new block starting from the input.</summary>
        public BlockBuilder Block() => new BlockBuilder(this);

        /// <summary>A program that is its fast path alone.</summary>
        public KernelProgram Build(ProgramBlock fast) => Finish(fast, null, null);

        /// <summary>A program whose fast path runs where <paramref name="guard"/> holds, and <paramref name="special"/> elsewhere.</summary>
        public KernelProgram Build(ProgramBlock fast, ProgramBlock guard, ProgramBlock special) => Finish(fast, guard, special);

        private KernelProgram Finish(ProgramBlock fast, ProgramBlock? guard, ProgramBlock? special)
        {
            var program = new KernelProgram(Element, new EquatableArray<ProgramConstant>(_constants), fast, guard, special);
            ProgramValidator.Validate(program);
            return program;
        }
    }
}
