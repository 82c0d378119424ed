// The data engine's WebAssembly kernels: the upper triangle of the Gram matrix X^T X of a block of rows (the
// covariance step of PCA), and the projection onto the components (below). Built freestanding for wasm32 with
// SIMD128 (see build.sh); no data segments, no shadow stack, no state: the module imports a shared
// WebAssembly.Memory that the caller lays out (for the Gram matrix: rows, then one float64 matrix per thread),
// so the main thread and a worker run it on one copy of the rows.
//
// x: m rows of dp float32 (dp a multiple of 4, centred, zero-padded); g: dp x dp float64, row-major. Adds
// x^T x to g for every 4 x 4 block on or above the diagonal. Rows are taken CHUNK at a time: each register
// tile (4 columns a x 12 columns b) sums the chunk in float32, then adds into g in float64, so the float32
// part of each sum has CHUNK terms whatever m is.
#include <wasm_simd128.h>

#define EXPORT(name) __attribute__((export_name(#name)))
#define INLINE static inline __attribute__((always_inline))
#define CHUNK 128

typedef float f32;
typedef double f64;

INLINE v128_t madd(v128_t a, v128_t b, v128_t c) { return wasm_f32x4_add(c, wasm_f32x4_mul(a, b)); }

// g[0..3] += the four lanes of v, in float64.
INLINE void add_f64(f64 *g, v128_t v) {
  v128_t lo = wasm_f64x2_promote_low_f32x4(v);
  v128_t hi = wasm_f64x2_promote_low_f32x4(wasm_i32x4_shuffle(v, v, 2, 3, 0, 1));
  wasm_v128_store(g, wasm_f64x2_add(wasm_v128_load(g), lo));
  wasm_v128_store(g + 2, wasm_f64x2_add(wasm_v128_load(g + 2), hi));
}

// One tile: columns a0..a0+3 against NV vectors of 4 columns from b0, over rows [0, m) of x.
#define TILE(NV)                                                                                      \
  INLINE void tile##NV(const f32 *x, int m, int dp, f64 *g, int a0, int b0) {                         \
    v128_t acc[4][NV];                                                                                \
    for (int r = 0; r < 4; r++)                                                                       \
      for (int v = 0; v < NV; v++) acc[r][v] = wasm_f32x4_splat(0.0f);                                \
    const f32 *row = x;                                                                               \
    for (int i = 0; i < m; i++, row += dp) {                                                          \
      v128_t xa = wasm_v128_load(row + a0);                                                           \
      v128_t xb[NV];                                                                                  \
      for (int v = 0; v < NV; v++) xb[v] = wasm_v128_load(row + b0 + 4 * v);                         \
      v128_t s0 = wasm_i32x4_shuffle(xa, xa, 0, 0, 0, 0);                                             \
      v128_t s1 = wasm_i32x4_shuffle(xa, xa, 1, 1, 1, 1);                                             \
      v128_t s2 = wasm_i32x4_shuffle(xa, xa, 2, 2, 2, 2);                                             \
      v128_t s3 = wasm_i32x4_shuffle(xa, xa, 3, 3, 3, 3);                                             \
      for (int v = 0; v < NV; v++) {                                                                  \
        acc[0][v] = madd(s0, xb[v], acc[0][v]);                                                       \
        acc[1][v] = madd(s1, xb[v], acc[1][v]);                                                       \
        acc[2][v] = madd(s2, xb[v], acc[2][v]);                                                       \
        acc[3][v] = madd(s3, xb[v], acc[3][v]);                                                       \
      }                                                                                               \
    }                                                                                                 \
    for (int r = 0; r < 4; r++)                                                                       \
      for (int v = 0; v < NV; v++) add_f64(g + (a0 + r) * dp + b0 + 4 * v, acc[r][v]);                \
  }
TILE(1)
TILE(2)
TILE(3)

EXPORT(gram_upper_f32)
void gram_upper_f32(const f32 *x, int m, int dp, f64 *g) {
  for (int i0 = 0; i0 < m; i0 += CHUNK) {
    int mc = m - i0 < CHUNK ? m - i0 : CHUNK;
    const f32 *xc = x + i0 * dp;
    for (int a0 = 0; a0 < dp; a0 += 4) {
      int b0 = a0;
      for (; b0 + 12 <= dp; b0 += 12) tile3(xc, mc, dp, g, a0, b0);
      if (dp - b0 == 8) tile2(xc, mc, dp, g, a0, b0);
      else if (dp - b0 == 4) tile1(xc, mc, dp, g, a0, b0);
    }
  }
}

// ---- PCA projection ----------------------------------------------------------------------------------------
//
// out[r, k] = sum over q of xc[r, q] * ct[q, k], for nr centred rows xc (nr x d, float64) and the components
// transposed, ct (d x kp, kp even, float64). Each output is the sum in the order q = 0, 1, ..., d-1 with a
// multiply then an add: exactly the plain scalar loop's bits, so one row (serving) and a block of rows
// (training), through this kernel or without it, give identical numbers. Register tile: 2 rows x NV pairs of
// components.
#define PNV 6

INLINE void ptile(const f64 *x0, const f64 *x1, int d, const f64 *ct, int kp, int k0, f64 *o0, f64 *o1,
                  const int NV, const int TWO) {
  v128_t a[PNV], b[PNV];
  for (int v = 0; v < NV; v++) a[v] = b[v] = wasm_f64x2_splat(0.0);
  const f64 *c = ct + k0;
  for (int q = 0; q < d; q++, c += kp) {
    v128_t s0 = wasm_f64x2_splat(x0[q]);
    v128_t s1 = TWO ? wasm_f64x2_splat(x1[q]) : s0;
    for (int v = 0; v < NV; v++) {
      v128_t cv = wasm_v128_load(c + 2 * v);
      a[v] = wasm_f64x2_add(a[v], wasm_f64x2_mul(s0, cv));
      if (TWO) b[v] = wasm_f64x2_add(b[v], wasm_f64x2_mul(s1, cv));
    }
  }
  for (int v = 0; v < NV; v++) {
    wasm_v128_store(o0 + k0 + 2 * v, a[v]);
    if (TWO) wasm_v128_store(o1 + k0 + 2 * v, b[v]);
  }
}

INLINE void prow(const f64 *x0, const f64 *x1, int d, const f64 *ct, int kp, f64 *o0, f64 *o1, const int TWO) {
  int k0 = 0;
  for (; k0 + 2 * PNV <= kp; k0 += 2 * PNV) ptile(x0, x1, d, ct, kp, k0, o0, o1, PNV, TWO);
  switch ((kp - k0) / 2) {
    case 5: ptile(x0, x1, d, ct, kp, k0, o0, o1, 5, TWO); break;
    case 4: ptile(x0, x1, d, ct, kp, k0, o0, o1, 4, TWO); break;
    case 3: ptile(x0, x1, d, ct, kp, k0, o0, o1, 3, TWO); break;
    case 2: ptile(x0, x1, d, ct, kp, k0, o0, o1, 2, TWO); break;
    case 1: ptile(x0, x1, d, ct, kp, k0, o0, o1, 1, TWO); break;
    default: break;
  }
}

EXPORT(project_f64)
void project_f64(const f64 *xc, int nr, int d, const f64 *ct, int kp, f64 *out) {
  int r = 0;
  for (; r + 2 <= nr; r += 2) prow(xc + r * d, xc + (r + 1) * d, d, ct, kp, out + r * kp, out + (r + 1) * kp, 1);
  if (r < nr) prow(xc + r * d, xc + r * d, d, ct, kp, out + r * kp, out + r * kp, 0);
}
