/*
 * Span-style entry points for the native peers of the NumericKernels benchmarks, callable by P/Invoke:
 * void nk_<peer>_<function>(const float* x, float* y, size_t n) computes y[i] = f(x[i]) for i < n.
 *
 * Peers: SLEEF 3.x AVX-512F kernels (explicit *_avx512f variants, not the dispatchers, so the benchmark
 * measures the same code on every AVX-512 machine) and glibc libmvec's AVX-512 variants (_ZGVeN16v_*),
 * which follow the x86 vector function ABI and take/return one __m512 in zmm0.
 *
 * The loop tail is a masked partial vector: lanes past n are neither loaded nor stored, so every element
 * is computed by the peer's vector code and nothing is read or written out of bounds.
 *
 * build.sh compiles this with -mavx512f and defines NK_HAVE_SLEEF / NK_HAVE_MVEC for the peers it found.
 * Callers must check nk_peers_features() before calling an entry point: on a CPU without AVX-512F these
 * functions would fault with an illegal instruction.
 */
#include <stddef.h>
#include <immintrin.h>

#ifdef NK_HAVE_SLEEF
#include <sleef.h>
#endif

#define NK_EXPORT __attribute__((visibility("default")))

enum
{
    NK_FEATURE_AVX512F = 1,
    NK_FEATURE_SLEEF = 2,
    NK_FEATURE_MVEC = 4,
};

/* Bit set of the peers this build contains and the CPU can run. */
NK_EXPORT int nk_peers_features(void)
{
    __builtin_cpu_init();
    if (!__builtin_cpu_supports("avx512f"))
        return 0;
    int features = NK_FEATURE_AVX512F;
#ifdef NK_HAVE_SLEEF
    features |= NK_FEATURE_SLEEF;
#endif
#ifdef NK_HAVE_MVEC
    features |= NK_FEATURE_MVEC;
#endif
    return features;
}

/* Applies a 16-lane kernel to x[0..n) with a masked final vector. Inlined into each entry point so the
 * kernel call is direct, as it would be in a C program using the library. */
#define NK_SPAN_LOOP(kernel)                                                          \
    size_t i = 0;                                                                     \
    for (; i + 16 <= n; i += 16)                                                      \
        _mm512_storeu_ps(y + i, kernel(_mm512_loadu_ps(x + i)));                      \
    if (i < n)                                                                        \
    {                                                                                 \
        __mmask16 tail = (__mmask16)((1u << (n - i)) - 1u);                           \
        __m512 v = _mm512_maskz_loadu_ps(tail, x + i);                                \
        _mm512_mask_storeu_ps(y + i, tail, kernel(v));                                \
    }

#ifdef NK_HAVE_SLEEF
NK_EXPORT void nk_sleef_expf_u10(const float* x, float* y, size_t n) { NK_SPAN_LOOP(Sleef_expf16_u10avx512f) }
NK_EXPORT void nk_sleef_logf_u10(const float* x, float* y, size_t n) { NK_SPAN_LOOP(Sleef_logf16_u10avx512f) }
NK_EXPORT void nk_sleef_logf_u35(const float* x, float* y, size_t n) { NK_SPAN_LOOP(Sleef_logf16_u35avx512f) }
/* SLEEF 3.5 has no 3.5-ULP expf: its only single-precision exp is the 1-ULP one, so there is no nk_sleef_expf_u35. */
NK_EXPORT void nk_sleef_erff_u10(const float* x, float* y, size_t n) { NK_SPAN_LOOP(Sleef_erff16_u10avx512f) }
NK_EXPORT void nk_sleef_sinf_u10(const float* x, float* y, size_t n) { NK_SPAN_LOOP(Sleef_sinf16_u10avx512f) }
NK_EXPORT void nk_sleef_sinf_u35(const float* x, float* y, size_t n) { NK_SPAN_LOOP(Sleef_sinf16_u35avx512f) }
NK_EXPORT void nk_sleef_cosf_u10(const float* x, float* y, size_t n) { NK_SPAN_LOOP(Sleef_cosf16_u10avx512f) }
NK_EXPORT void nk_sleef_cosf_u35(const float* x, float* y, size_t n) { NK_SPAN_LOOP(Sleef_cosf16_u35avx512f) }
#endif

#ifdef NK_HAVE_MVEC
/* libmvec's AVX-512 variants (glibc's own names, declared here because no public header declares them). */
__m512 _ZGVeN16v_expf(__m512 x);
__m512 _ZGVeN16v_logf(__m512 x);
__m512 _ZGVeN16v_erff(__m512 x);
__m512 _ZGVeN16v_sinf(__m512 x);
__m512 _ZGVeN16v_cosf(__m512 x);

NK_EXPORT void nk_mvec_expf(const float* x, float* y, size_t n) { NK_SPAN_LOOP(_ZGVeN16v_expf) }
NK_EXPORT void nk_mvec_logf(const float* x, float* y, size_t n) { NK_SPAN_LOOP(_ZGVeN16v_logf) }
NK_EXPORT void nk_mvec_erff(const float* x, float* y, size_t n) { NK_SPAN_LOOP(_ZGVeN16v_erff) }
NK_EXPORT void nk_mvec_sinf(const float* x, float* y, size_t n) { NK_SPAN_LOOP(_ZGVeN16v_sinf) }
NK_EXPORT void nk_mvec_cosf(const float* x, float* y, size_t n) { NK_SPAN_LOOP(_ZGVeN16v_cosf) }
#endif

/* tanh: SLEEF has 1-ULP and 3.5-ULP single-precision tanh; it has no sigmoid (nor does libmvec). */
#ifdef NK_HAVE_SLEEF
NK_EXPORT void nk_sleef_tanhf_u10(const float* x, float* y, size_t n) { NK_SPAN_LOOP(Sleef_tanhf16_u10avx512f) }
NK_EXPORT void nk_sleef_tanhf_u35(const float* x, float* y, size_t n) { NK_SPAN_LOOP(Sleef_tanhf16_u35avx512f) }
#endif

#ifdef NK_HAVE_MVEC
__m512 _ZGVeN16v_tanhf(__m512 x);

NK_EXPORT void nk_mvec_tanhf(const float* x, float* y, size_t n) { NK_SPAN_LOOP(_ZGVeN16v_tanhf) }
#endif

/* exp10, expm1, log10 and log1p: SLEEF has 1-ULP versions of all four and a 3.5-ULP exp10; libmvec has all four. */
#ifdef NK_HAVE_SLEEF
NK_EXPORT void nk_sleef_exp10f_u10(const float* x, float* y, size_t n) { NK_SPAN_LOOP(Sleef_exp10f16_u10avx512f) }
NK_EXPORT void nk_sleef_exp10f_u35(const float* x, float* y, size_t n) { NK_SPAN_LOOP(Sleef_exp10f16_u35avx512f) }
NK_EXPORT void nk_sleef_expm1f_u10(const float* x, float* y, size_t n) { NK_SPAN_LOOP(Sleef_expm1f16_u10avx512f) }
NK_EXPORT void nk_sleef_log10f_u10(const float* x, float* y, size_t n) { NK_SPAN_LOOP(Sleef_log10f16_u10avx512f) }
NK_EXPORT void nk_sleef_log1pf_u10(const float* x, float* y, size_t n) { NK_SPAN_LOOP(Sleef_log1pf16_u10avx512f) }
#endif

#ifdef NK_HAVE_MVEC
__m512 _ZGVeN16v_exp10f(__m512 x);
__m512 _ZGVeN16v_expm1f(__m512 x);
__m512 _ZGVeN16v_log10f(__m512 x);
__m512 _ZGVeN16v_log1pf(__m512 x);

NK_EXPORT void nk_mvec_exp10f(const float* x, float* y, size_t n) { NK_SPAN_LOOP(_ZGVeN16v_exp10f) }
NK_EXPORT void nk_mvec_expm1f(const float* x, float* y, size_t n) { NK_SPAN_LOOP(_ZGVeN16v_expm1f) }
NK_EXPORT void nk_mvec_log10f(const float* x, float* y, size_t n) { NK_SPAN_LOOP(_ZGVeN16v_log10f) }
NK_EXPORT void nk_mvec_log1pf(const float* x, float* y, size_t n) { NK_SPAN_LOOP(_ZGVeN16v_log1pf) }
#endif
