using System;
using System.Collections.Generic;
using System.Globalization;
using NumericKernels.Generators.Diagnostics;
using NumericKernels.Generators.Models;

namespace NumericKernels.Generators.Parsing
{
    /// <summary>
    /// Enum-typed attribute arguments: a cast such as <c>(RoundingMode)42</c> compiles but names no behaviour, so every
    /// parser reports it (NK0027 on the argument) instead of mapping it to a default.
    /// </summary>
    internal static class EnumArguments
    {
        /// <summary>Whether <paramref name="value"/> is a defined member of its mirror enum; if not, NK0027 at <paramref name="location"/>.</summary>
        public static bool Defined<TEnum>(TEnum value, string enumName, LocationInfo? location, List<DiagnosticInfo> diagnostics)
            where TEnum : struct, Enum
        {
            if (Enum.IsDefined(typeof(TEnum), value))
            {
                return true;
            }
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UndefinedEnumValue, location,
                Convert.ToInt32(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture), enumName));
            return false;
        }
    }
}
