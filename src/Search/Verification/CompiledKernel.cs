using System;
using System.Reflection;
using System.Runtime.Intrinsics;
using System.Runtime.Loader;

namespace NumericKernels.Search.Verification
{
    /// <summary>
    /// The methods of one emitted entry class, loaded in a collectible context. Dispose unloads the assembly once no
    /// delegate is in use any more.
    /// </summary>
    internal sealed class CompiledKernel<T> : IDisposable
        where T : unmanaged
    {
        private AssemblyLoadContext? _context;

        public CompiledKernel(AssemblyLoadContext context, Type type)
        {
            _context = context;
            Span = Bind<SpanKernel<T>>(type, "Span", typeof(ReadOnlySpan<T>), typeof(Span<T>));
            Scalar = Bind<Func<T, T>>(type, "Scalar", typeof(T));
            V128 = Bind<Func<Vector128<T>, Vector128<T>>>(type, "V128", typeof(Vector128<T>));
            V256 = Bind<Func<Vector256<T>, Vector256<T>>>(type, "V256", typeof(Vector256<T>));
            V512 = Bind<Func<Vector512<T>, Vector512<T>>>(type, "V512", typeof(Vector512<T>));
        }

        public SpanKernel<T> Span { get; }

        public Func<T, T> Scalar { get; }

        public Func<Vector128<T>, Vector128<T>> V128 { get; }

        public Func<Vector256<T>, Vector256<T>> V256 { get; }

        public Func<Vector512<T>, Vector512<T>> V512 { get; }

        public void Dispose()
        {
            _context?.Unload();
            _context = null;
        }

        private static TDelegate Bind<TDelegate>(Type type, string name, params Type[] parameters)
            where TDelegate : Delegate
        {
            MethodInfo method = type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, parameters)
                ?? throw new KernelCompilationException($"The emitted class {type.FullName} has no public static {name}({string.Join(", ", (object[])parameters)}).");
            return method.CreateDelegate<TDelegate>();
        }
    }
}
