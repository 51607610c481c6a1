using System;
using System.Runtime.InteropServices;

namespace NumericKernels.Search.Mpfr
{
    /// <summary>
    /// Owns one mpfr_t: the struct lives in unmanaged memory (so MPFR may keep pointers into it) and its limbs are
    /// released with mpfr_clear when the handle is disposed or finalized.
    /// </summary>
    /// <remarks>
    /// On LP64 Linux with MPFR's default formats (mpfr.h: _MPFR_PREC_FORMAT 3, _MPFR_EXP_FORMAT 3) __mpfr_struct is
    /// { long _mpfr_prec; int _mpfr_sign; long _mpfr_exp; mp_limb_t* _mpfr_d; }: 8 + 4 (+4 padding) + 8 + 8 = 32 bytes.
    /// </remarks>
    internal sealed class MpfrHandle : SafeHandle
    {
        public const int StructSize = 32;

        private MpfrHandle()
            : base(IntPtr.Zero, ownsHandle: true)
        {
        }

        public override bool IsInvalid => handle == IntPtr.Zero;

        /// <summary>Allocates and initializes an mpfr_t of <paramref name="precisionBits"/> bits, value NaN.</summary>
        public static MpfrHandle Create(int precisionBits)
        {
            MpfrLibrary.EnsureAvailable();
            var result = new MpfrHandle();
            IntPtr memory = Marshal.AllocHGlobal(StructSize);
            MpfrNative.mpfr_init2(memory, precisionBits);
            result.SetHandle(memory);
            return result;
        }

        protected override bool ReleaseHandle()
        {
            MpfrNative.mpfr_clear(handle);
            Marshal.FreeHGlobal(handle);
            return true;
        }
    }
}
