using System;
using System.Collections.Generic;

namespace NumericKernels.Generators.Models
{
    /// <summary>
    /// A step's value with the location of the kernel method it came from, where a generator error in a later stage (an
    /// emitter that throws) is reported. The location takes no part in equality: moving a method in its file must leave
    /// the specs, and so emission, cached (a request that holds argument locations is planned again, to the same spec),
    /// so a cached error may keep the location it was first reported at.
    /// </summary>
    internal readonly struct Located<T> : IEquatable<Located<T>>
    {
        public Located(T value, LocationInfo? method)
        {
            Value = value;
            Method = method;
        }

        public T Value { get; }

        /// <summary>The method's name, where a generator error about it is reported.</summary>
        public LocationInfo? Method { get; }

        public bool Equals(Located<T> other) => EqualityComparer<T>.Default.Equals(Value, other.Value);

        public override bool Equals(object? obj) => obj is Located<T> other && Equals(other);

        public override int GetHashCode() => Value is null ? 0 : EqualityComparer<T>.Default.GetHashCode(Value);
    }
}
