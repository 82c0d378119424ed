// Training kernels for tfjs-backend-wasm that the stock backend lacks or runs slowly: the two gradients of a 2-D
// convolution and the max-pool gradient, plus a column sum (the bias gradient).
//
// Built freestanding for wasm32 with SIMD (see build.sh). The module has no data segments and keeps no state:
// it imports tfjs's own WebAssembly.Memory, so every pointer below is an offset into the heap where tfjs keeps
// its tensors. Nothing is copied between JavaScript and the heap. Scratch buffers (a padded input, a transposed
// filter) are allocated by the caller with tfjs's malloc.
//
// Layouts are tfjs's: NHWC activations, [KH, KW, CI, CO] filters, all float32, row-major.
#include <wasm_simd128.h>

#define EXPORT(name) __attribute__((export_name(#name)))
#define INLINE static inline __attribute__((always_inline))

typedef float f32;

// a * b + c, four lanes: the inner step of every product below. Built with -mrelaxed-simd (build.sh's second
// binary, for runtimes with relaxed SIMD such as Node 24) it is f32x4.relaxed_madd, one fused multiply-add on
// CPUs that have one (rounded once instead of twice: the same result within float rounding); otherwise a
// multiply then an add. The optimizer updates keep the two-step form: their SIMD loop must give the scalar
// loop's bits.
INLINE v128_t madd(v128_t a, v128_t b, v128_t c) {
#ifdef __wasm_relaxed_simd__
  return wasm_f32x4_relaxed_madd(a, b, c);
#else
  return wasm_f32x4_add(c, wasm_f32x4_mul(a, b));
#endif
}

INLINE void zero(f32 *p, int n) {
  int i = 0;
  v128_t z = wasm_f32x4_splat(0.0f);
  for (; i + 4 <= n; i += 4) wasm_v128_store(p + i, z);
  for (; i < n; i++) p[i] = 0.0f;
}

EXPORT(zero_f32) void zero_f32(f32 *p, int n) { zero(p, n); }

// ---- padding helpers ---------------------------------------------------------------------------------------

// dst [N, HP, WP, C] <- src [N, H, W, C] placed at (top, left); the border is zero.
EXPORT(pad_nhwc)
void pad_nhwc(const f32 *src, f32 *dst, int N, int H, int W, int C, int HP, int WP, int top, int left) {
  zero(dst, N * HP * WP * C);
  int row = W * C;
  for (int n = 0; n < N; n++)
    for (int h = 0; h < H; h++) {
      const f32 *s = src + ((n * H + h) * W) * C;
      f32 *d = dst + ((n * HP + h + top) * WP + left) * C;
      int i = 0;
      for (; i + 4 <= row; i += 4) wasm_v128_store(d + i, wasm_v128_load(s + i));
      for (; i < row; i++) d[i] = s[i];
    }
}

// dst [N, H, W, C] <- the window of src [N, HP, WP, C] at (top, left).
EXPORT(crop_nhwc)
void crop_nhwc(const f32 *src, f32 *dst, int N, int H, int W, int C, int HP, int WP, int top, int left) {
  int row = W * C;
  for (int n = 0; n < N; n++)
    for (int h = 0; h < H; h++) {
      const f32 *s = src + ((n * HP + h + top) * WP + left) * C;
      f32 *d = dst + ((n * H + h) * W) * C;
      int i = 0;
      for (; i + 4 <= row; i += 4) wasm_v128_store(d + i, wasm_v128_load(s + i));
      for (; i < row; i++) d[i] = s[i];
    }
}

// ---- Conv2DBackpropFilter ----------------------------------------------------------------------------------
//
// dw[kh, kw, ci, co] = sum over (n, oh, ow) of xp[n, oh*sh + kh*dh, ow*sw + kw*dwl, ci] * dy[n, oh, ow, co]
//
// xp is the input already padded (so every tap is in range). For one kh (and, with a width dilation, one kw)
// the taps (kw, ci) of one output pixel are contiguous in xp: a "segment" of L floats. The gradient is then a
// product of two matrices whose rows are read contiguously: the segment of each output pixel (m) and the row of
// dy at that pixel (co), summed over pixels. A register tile of DWMR taps x 4*DWNV output channels is accumulated over
// a chunk of pixels that stays in cache, for every tile, chunk after chunk.

typedef struct {
  const f32 *xp;
  const f32 *dy;
  int HP, WP, CI, OH, OW, CO, sh, sw;
} dwargs;

// Register tile: DWMR taps x DWNV vectors of 4 output channels. 4 x 2 measured fastest on x86-64 (V8 maps
// v128 to the 16 xmm registers; bigger tiles spill).
#ifndef DWMR
#define DWMR 4
#endif
#ifndef DWNV
#define DWNV 2
#endif
INLINE void dw_tile(const dwargs *g, const f32 *xseg, const f32 *dyc, f32 *c, int n, int oh0, int oh1, const int MR, const int NV) {
    v128_t acc[8][4];
    for (int r = 0; r < MR; r++)
      for (int v = 0; v < NV; v++) acc[r][v] = wasm_v128_load(c + r * g->CO + 4 * v);
    int astep = g->sw * g->CI;
    for (int oh = oh0; oh < oh1; oh++) {
      const f32 *a = xseg + ((n * g->HP + oh * g->sh) * g->WP) * g->CI;
      const f32 *b = dyc + ((n * g->OH + oh) * g->OW) * g->CO;
      for (int ow = 0; ow < g->OW; ow++) {
        v128_t bv[4];
        for (int v = 0; v < NV; v++) bv[v] = wasm_v128_load(b + 4 * v);
        for (int r = 0; r < MR; r++) {
          v128_t av = wasm_v128_load32_splat(a + r);
          for (int v = 0; v < NV; v++) acc[r][v] = madd(av, bv[v], acc[r][v]);
        }
        a += astep;
        b += g->CO;
      }
    }
    for (int r = 0; r < MR; r++)
      for (int v = 0; v < NV; v++) wasm_v128_store(c + r * g->CO + 4 * v, acc[r][v]);
}
// Any tile: mr (<= DWMR) taps x nv vectors; the full-width ones get registers sized at compile time.
INLINE void dw_tile_any(const dwargs *g, const f32 *xs, const f32 *d, f32 *cc, int n,
                        int oh0, int oh1, int mr, int nv) {
  if (nv == DWNV) {
    switch (mr) {
      case 4: dw_tile(g, xs, d, cc, n, oh0, oh1, 4, DWNV); break;
      case 3: dw_tile(g, xs, d, cc, n, oh0, oh1, 3, DWNV); break;
      case 2: dw_tile(g, xs, d, cc, n, oh0, oh1, 2, DWNV); break;
      default: dw_tile(g, xs, d, cc, n, oh0, oh1, 1, DWNV); break;
    }
  } else {
    for (int r = 0; r < mr; r++)
      for (int v = 0; v < nv; v++) dw_tile(g, xs + r, d + 4 * v, cc + r * g->CO + 4 * v, n, oh0, oh1, 1, 1);
  }
}

INLINE void dw_tail(const dwargs *g, const f32 *xseg, int L, f32 *c, int co0, int n, int oh0, int oh1) {
  for (int m = 0; m < L; m++)
    for (int co = co0; co < g->CO; co++) {
      f32 s = c[m * g->CO + co];
      for (int oh = oh0; oh < oh1; oh++) {
        const f32 *a = xseg + ((n * g->HP + oh * g->sh) * g->WP) * g->CI + m;
        const f32 *b = g->dy + ((n * g->OH + oh) * g->OW) * g->CO + co;
        for (int ow = 0; ow < g->OW; ow++) s += a[ow * g->sw * g->CI] * b[ow * g->CO];
      }
      c[m * g->CO + co] = s;
    }
}
INLINE void dw_segment(const dwargs *g, const f32 *xseg, int L, f32 *c, int n, int oh0, int oh1) {
  int W = 4*DWNV;
  int coW = g->CO - g->CO % W, co4 = g->CO & ~3;
  for (int m0 = 0; m0 < L; m0 += DWMR) {
    int mr = L - m0 < DWMR ? L - m0 : DWMR;
    for (int co = 0; co < coW; co += W) dw_tile_any(g, xseg + m0, g->dy + co, c + m0 * g->CO + co, n, oh0, oh1, mr, DWNV);
    if (coW < co4) dw_tile_any(g, xseg + m0, g->dy + coW, c + m0 * g->CO + coW, n, oh0, oh1, mr, (co4 - coW) / 4);
  }
  if (co4 < g->CO) dw_tail(g, xseg, L, c, co4, n, oh0, oh1);
}
EXPORT(conv2d_backprop_filter)
void conv2d_backprop_filter(const f32 *xp, const f32 *dy, f32 *dw, int N, int HP, int WP, int CI, int OH, int OW,
                            int CO, int KH, int KW, int sh, int sw, int dh, int dwl) {
  dwargs g = {xp, dy, HP, WP, CI, OH, OW, CO, sh, sw};
  zero(dw, KH * KW * CI * CO);
  // Rows of output pixels per chunk: about 512 pixels, so a chunk of dy and of xp stays in L2 for every tile.
  int rows = 512 / (OW > 0 ? OW : 1);
  if (rows < 1) rows = 1;
  for (int n = 0; n < N; n++)
    for (int oh0 = 0; oh0 < OH; oh0 += rows) {
      int oh1 = oh0 + rows < OH ? oh0 + rows : OH;
      if (dwl == 1) {
        for (int kh = 0; kh < KH; kh++)
          dw_segment(&g, xp + kh * dh * WP * CI, KW * CI, dw + kh * KW * CI * CO, n, oh0, oh1);
      } else {
        for (int kh = 0; kh < KH; kh++)
          for (int kw = 0; kw < KW; kw++)
            dw_segment(&g, xp + (kh * dh * WP + kw * dwl) * CI, CI, dw + (kh * KW + kw) * CI * CO, n, oh0, oh1);
      }
    }
}

// ---- Conv2DBackpropInput -----------------------------------------------------------------------------------
//
// dxp[n, oh*sh + kh*dh, ow*sw + kw*dwl, ci] += sum over co of dy[n, oh, ow, co] * w[kh, kw, ci, co]
//
// Into a zeroed padded buffer dxp (the caller crops it). wt is the filter regrouped by segment (see above):
// wt[s][co][m] with m over the segment's L taps, so that one row of wt is contiguous like the segment in dxp.
// A register tile is DXMR output pixels of one row x 4*DXNV taps, summed over the output channels, then added into
// dxp. Segments of neighbouring pixels overlap when the stride is smaller than the kernel; the additions are
// done one pixel after the other, so that is fine.

typedef struct {
  const f32 *dy;
  f32 *dxp;
  int HP, WP, CI, OH, OW, CO, sh, sw;
} dxargs;

// Register tile: DXMR output pixels x DXNV vectors of 4 taps.
#ifndef DXMR
#define DXMR 4
#endif
#ifndef DXNV
#define DXNV 2
#endif
INLINE void dx_tile(const dxargs *g, const f32 *dyrow, const f32 *wcol, int L, f32 *dst, const int MR, const int NV) {
    v128_t acc[8][4];
    for (int r = 0; r < MR; r++)
      for (int v = 0; v < NV; v++) acc[r][v] = wasm_f32x4_splat(0.0f);
    const f32 *a = dyrow;
    const f32 *b = wcol;
    for (int co = 0; co < g->CO; co++) {
      v128_t bv[4];
      for (int v = 0; v < NV; v++) bv[v] = wasm_v128_load(b + 4 * v);
      for (int r = 0; r < MR; r++) {
        v128_t av = wasm_v128_load32_splat(a + r * g->CO);
        for (int v = 0; v < NV; v++) acc[r][v] = madd(av, bv[v], acc[r][v]);
      }
      a += 1;
      b += L;
    }
    int step = g->sw * g->CI;
    for (int r = 0; r < MR; r++) {
      f32 *d = dst + r * step;
      for (int v = 0; v < NV; v++) wasm_v128_store(d + 4 * v, wasm_f32x4_add(wasm_v128_load(d + 4 * v), acc[r][v]));
    }
}
INLINE void dx_tile_any(const dxargs *g, const f32 *dyrow, const f32 *wcol, int L,
                                                  f32 *dst, int mr, int nv) {
  if (nv == DXNV) {
    switch (mr) {
      case 4: dx_tile(g, dyrow, wcol, L, dst, 4, DXNV); break;
      case 3: dx_tile(g, dyrow, wcol, L, dst, 3, DXNV); break;
      case 2: dx_tile(g, dyrow, wcol, L, dst, 2, DXNV); break;
      default: dx_tile(g, dyrow, wcol, L, dst, 1, DXNV); break;
    }
  } else {
    int step = g->sw * g->CI;
    for (int r = 0; r < mr; r++)
      for (int v = 0; v < nv; v++) dx_tile(g, dyrow + r * g->CO, wcol + 4 * v, L, dst + r * step + 4 * v, 1, 1);
  }
}

// Taps past the last multiple of 4 (all of them when a segment is narrower than 4, as for a first layer with
// 1 or 3 input channels): dot products over the output channels with the filter in its own layout, where
// w[tap][co] is contiguous.
INLINE f32 dot(const f32 *a, const f32 *b, int n) {
  v128_t acc = wasm_f32x4_splat(0.0f);
  int i = 0;
  for (; i + 4 <= n; i += 4) acc = madd(wasm_v128_load(a + i), wasm_v128_load(b + i), acc);
  f32 s = wasm_f32x4_extract_lane(acc, 0) + wasm_f32x4_extract_lane(acc, 1) + wasm_f32x4_extract_lane(acc, 2) +
          wasm_f32x4_extract_lane(acc, 3);
  for (; i < n; i++) s += a[i] * b[i];
  return s;
}

INLINE void dx_pixels(const dxargs *g, const f32 *dyrow, int mr, const f32 *wseg, const f32 *wtaps, int L,
                      f32 *dst) {
  int W = 4 * DXNV;
  int lW = L - L % W, l4 = L & ~3;
  for (int m = 0; m < lW; m += W) dx_tile_any(g, dyrow, wseg + m, L, dst + m, mr, DXNV);
  if (lW < l4) dx_tile_any(g, dyrow, wseg + lW, L, dst + lW, mr, (l4 - lW) / 4);
  int step = g->sw * g->CI;
  for (int m = l4; m < L; m++)
    for (int r = 0; r < mr; r++) dst[r * step + m] += dot(dyrow + r * g->CO, wtaps + m * g->CO, g->CO);
}

EXPORT(conv2d_backprop_input)
void conv2d_backprop_input(const f32 *dy, const f32 *wt, const f32 *w, f32 *dxp, int N, int HP, int WP, int CI, int OH, int OW,
                           int CO, int KH, int KW, int sh, int sw, int dh, int dwl) {
  dxargs g = {dy, dxp, HP, WP, CI, OH, OW, CO, sh, sw};
  zero(dxp, N * HP * WP * CI);
  int segs = dwl == 1 ? KH : KH * KW;
  int L = dwl == 1 ? KW * CI : CI;
  for (int n = 0; n < N; n++)
    for (int oh = 0; oh < OH; oh++)
      for (int ow0 = 0; ow0 < OW; ow0 += DXMR) {
        int mr = OW - ow0 < DXMR ? OW - ow0 : DXMR;
        const f32 *dyrow = dy + ((n * OH + oh) * OW + ow0) * CO;
        f32 *base = dxp + ((n * HP + oh * sh) * WP + ow0 * sw) * CI;
        for (int s = 0; s < segs; s++) {
          int kh = dwl == 1 ? s : s / KW;
          int kw = dwl == 1 ? 0 : s % KW;
          f32 *dst = base + (kh * dh * WP + kw * dwl) * CI;
          dx_pixels(&g, dyrow, mr, wt + s * CO * L, w + s * L * CO, L, dst);
        }
      }
}

// wt[s][co][m] <- w[kh, kw, ci, co] regrouped by segment (see conv2d_backprop_input).
EXPORT(regroup_filter)
void regroup_filter(const f32 *w, f32 *wt, int KH, int KW, int CI, int CO, int dwl) {
  int segs = dwl == 1 ? KH : KH * KW;
  int L = dwl == 1 ? KW * CI : CI;
  for (int s = 0; s < segs; s++)
    for (int m = 0; m < L; m++) {
      const f32 *src = w + (s * L + m) * CO;  // taps of a segment are consecutive rows of w
      for (int co = 0; co < CO; co++) wt[(s * CO + co) * L + m] = src[co];
    }
}

// ---- Conv2D forward (the fused CNN steps) -------------------------------------------------------------------
//
// y[n, oh, ow, co] = sum over kh, kw, ci of xp[n, oh*sh + kh, ow*sw + kw, ci] * w[kh, kw, ci, co]
//
// xp is the input already padded; no dilation. For one kh the taps (kw, ci) of an output pixel are contiguous in
// xp and so are the matching rows of w: each kh adds a product of the pixels' segments [pixels, KW*CI] and
// w[kh] [KW*CI, CO]. A register tile of FWMR pixels of one row x 4*FWNV output channels sums every kh and tap,
// then is stored once (the caller adds the bias and the activation).

#ifndef FWMR
#define FWMR 4
#endif
#ifndef FWNV
#define FWNV 2
#endif

typedef struct {
  const f32 *xp;
  const f32 *w;
  int HP, WP, CI, CO, KH, L, sh, sw;
} fwargs;

INLINE void fw_tile(const fwargs *g, const f32 *xpix, const f32 *wcol, f32 *dst, const int MR, const int NV) {
  v128_t acc[8][4];
  for (int r = 0; r < MR; r++)
    for (int v = 0; v < NV; v++) acc[r][v] = wasm_f32x4_splat(0.0f);
  int astep = g->sw * g->CI;
  for (int kh = 0; kh < g->KH; kh++) {
    const f32 *a = xpix + kh * g->WP * g->CI;
    const f32 *b = wcol + kh * g->L * g->CO;
    for (int m = 0; m < g->L; m++) {
      v128_t bv[4];
      for (int v = 0; v < NV; v++) bv[v] = wasm_v128_load(b + 4 * v);
      for (int r = 0; r < MR; r++) {
        v128_t av = wasm_v128_load32_splat(a + r * astep + m);
        for (int v = 0; v < NV; v++) acc[r][v] = madd(av, bv[v], acc[r][v]);
      }
      b += g->CO;
    }
  }
  for (int r = 0; r < MR; r++)
    for (int v = 0; v < NV; v++) wasm_v128_store(dst + r * g->CO + 4 * v, acc[r][v]);
}

INLINE void fw_tile_any(const fwargs *g, const f32 *xpix, const f32 *wcol, f32 *dst, int mr, int nv) {
  if (nv == FWNV) {
    switch (mr) {
#if FWMR >= 8
      case 8: fw_tile(g, xpix, wcol, dst, 8, FWNV); break;
#endif
#if FWMR >= 7
      case 7: fw_tile(g, xpix, wcol, dst, 7, FWNV); break;
#endif
#if FWMR >= 6
      case 6: fw_tile(g, xpix, wcol, dst, 6, FWNV); break;
#endif
#if FWMR >= 5
      case 5: fw_tile(g, xpix, wcol, dst, 5, FWNV); break;
#endif
      case 4: fw_tile(g, xpix, wcol, dst, 4, FWNV); break;
      case 3: fw_tile(g, xpix, wcol, dst, 3, FWNV); break;
      case 2: fw_tile(g, xpix, wcol, dst, 2, FWNV); break;
      default: fw_tile(g, xpix, wcol, dst, 1, FWNV); break;
    }
  } else {
    int astep = g->sw * g->CI;
    for (int r = 0; r < mr; r++)
      for (int v = 0; v < nv; v++) fw_tile(g, xpix + r * astep, wcol + 4 * v, dst + r * g->CO + 4 * v, 1, 1);
  }
}

EXPORT(conv2d_forward)
void conv2d_forward(const f32 *xp, const f32 *w, f32 *y, int N, int HP, int WP, int CI, int OH, int OW, int CO,
                    int KH, int KW, int sh, int sw) {
  int L = KW * CI;
  fwargs g = {xp, w, HP, WP, CI, CO, KH, L, sh, sw};
  int W8 = 4 * FWNV;
  int coW = CO - CO % W8, co4 = CO & ~3;
  for (int n = 0; n < N; n++)
    for (int oh = 0; oh < OH; oh++)
      for (int ow0 = 0; ow0 < OW; ow0 += FWMR) {
        int mr = OW - ow0 < FWMR ? OW - ow0 : FWMR;
        const f32 *xpix = xp + ((n * HP + oh * sh) * WP + ow0 * sw) * CI;
        f32 *dst = y + ((n * OH + oh) * OW + ow0) * CO;
        for (int co = 0; co < coW; co += W8) fw_tile_any(&g, xpix, w + co, dst + co, mr, FWNV);
        if (coW < co4) fw_tile_any(&g, xpix, w + coW, dst + coW, mr, (co4 - coW) / 4);
        for (int co = co4; co < CO; co++)
          for (int r = 0; r < mr; r++) {
            f32 s = 0.0f;
            for (int kh = 0; kh < KH; kh++) {
              const f32 *a = xpix + r * sw * CI + kh * WP * CI;
              const f32 *b = w + kh * L * CO + co;
              for (int m = 0; m < L; m++) s += a[m] * b[m * CO];
            }
            dst[r * CO + co] = s;
          }
      }
}

// ---- MaxPool forward ---------------------------------------------------------------------------------------
//
// y[n, oh, ow, c] = max over the window of x (taps outside the input skipped), four channels at a time. NaN
// propagates like tfjs's (a NaN tap makes the output NaN).

EXPORT(max_pool)
void max_pool(const f32 *x, f32 *y, int N, int H, int W, int C, int OH, int OW, int FH, int FW, int sh, int sw,
              int pt, int pl) {
  int c4 = C & ~3;
  for (int n = 0; n < N; n++)
    for (int oh = 0; oh < OH; oh++)
      for (int ow = 0; ow < OW; ow++) {
        int h0 = oh * sh - pt, w0 = ow * sw - pl;
        f32 *out = y + ((n * OH + oh) * OW + ow) * C;
        for (int c = 0; c < c4; c += 4) {
          v128_t best = wasm_f32x4_splat(-__builtin_inff());
          for (int i = 0; i < FH; i++) {
            int h = h0 + i;
            if (h < 0 || h >= H) continue;
            for (int j = 0; j < FW; j++) {
              int w = w0 + j;
              if (w < 0 || w >= W) continue;
              v128_t v = wasm_v128_load(x + ((n * H + h) * W + w) * C + c);
              // v > best, or v is NaN: take v (so a NaN stays)
              v128_t take = wasm_v128_or(wasm_f32x4_gt(v, best), wasm_f32x4_ne(v, v));
              best = wasm_v128_bitselect(v, best, take);
            }
          }
          wasm_v128_store(out + c, best);
        }
        for (int c = c4; c < C; c++) {
          f32 best = -__builtin_inff();
          for (int i = 0; i < FH; i++) {
            int h = h0 + i;
            if (h < 0 || h >= H) continue;
            for (int j = 0; j < FW; j++) {
              int w = w0 + j;
              if (w < 0 || w >= W) continue;
              f32 v = x[((n * H + h) * W + w) * C + c];
              if (v > best || v != v) best = v;
            }
          }
          out[c] = best;
        }
      }
}

// ---- MaxPoolGrad -------------------------------------------------------------------------------------------
//
// Each output's gradient goes to the first input of its window holding the window's maximum (the cpu
// backend's rule: a later tap wins only when strictly greater). Four channels at a time with lane masks.

EXPORT(max_pool_grad)
void max_pool_grad(const f32 *x, const f32 *dy, f32 *dx, int N, int H, int W, int C, int OH, int OW, int FH,
                   int FW, int sh, int sw, int dh, int dwl, int pt, int pl) {
  zero(dx, N * H * W * C);
  int c4 = C & ~3;
  for (int n = 0; n < N; n++)
    for (int oh = 0; oh < OH; oh++)
      for (int ow = 0; ow < OW; ow++) {
        int h0 = oh * sh - pt, w0 = ow * sw - pl;
        const f32 *g = dy + ((n * OH + oh) * OW + ow) * C;
        for (int c = 0; c < c4; c += 4) {
          v128_t best = wasm_f32x4_splat(-__builtin_inff());
          v128_t found = wasm_i32x4_splat(0);
          for (int i = 0; i < FH; i++) {
            int h = h0 + i * dh;
            if (h < 0 || h >= H) continue;
            for (int j = 0; j < FW; j++) {
              int w = w0 + j * dwl;
              if (w < 0 || w >= W) continue;
              v128_t v = wasm_v128_load(x + ((n * H + h) * W + w) * C + c);
              v128_t gt = wasm_f32x4_gt(v, best);
              best = wasm_v128_bitselect(v, best, gt);
              found = wasm_v128_or(found, gt);
            }
          }
          v128_t gv = wasm_v128_and(wasm_v128_load(g + c), found);
          v128_t taken = wasm_i32x4_splat(0);
          for (int i = 0; i < FH; i++) {
            int h = h0 + i * dh;
            if (h < 0 || h >= H) continue;
            for (int j = 0; j < FW; j++) {
              int w = w0 + j * dwl;
              if (w < 0 || w >= W) continue;
              int off = ((n * H + h) * W + w) * C + c;
              v128_t hit = wasm_v128_andnot(wasm_f32x4_eq(wasm_v128_load(x + off), best), taken);
              taken = wasm_v128_or(taken, hit);
              wasm_v128_store(dx + off, wasm_f32x4_add(wasm_v128_load(dx + off), wasm_v128_and(gv, hit)));
            }
          }
        }
        for (int c = c4; c < C; c++) {
          f32 best = -__builtin_inff();
          int at = -1;
          for (int i = 0; i < FH; i++) {
            int h = h0 + i * dh;
            if (h < 0 || h >= H) continue;
            for (int j = 0; j < FW; j++) {
              int w = w0 + j * dwl;
              if (w < 0 || w >= W) continue;
              int off = ((n * H + h) * W + w) * C + c;
              if (x[off] > best) {
                best = x[off];
                at = off;
              }
            }
          }
          if (at >= 0) dx[at] += g[c];
        }
      }
}

// ---- column sums -------------------------------------------------------------------------------------------

// out[c] = sum over rows of x[r, c]: the bias gradient, a Sum over every axis but the last.
EXPORT(sum_rows)
void sum_rows(const f32 *x, f32 *out, int R, int C) {
  zero(out, C);
  int c4 = C & ~3;
  for (int r = 0; r < R; r++) {
    const f32 *row = x + r * C;
    int c = 0;
    for (; c < c4; c += 4) wasm_v128_store(out + c, wasm_f32x4_add(wasm_v128_load(out + c), wasm_v128_load(row + c)));
    for (; c < C; c++) out[c] += row[c];
  }
}

// ---- matrix product ----------------------------------------------------------------------------------------
//
// C[M, N] = op(A) B, with op(A)[i, k] = A[i * lda + k], or A[k * lda + i] when transA; B is row-major [K, N]
// (the caller transposes a B that comes transposed). A register tile of MR rows x 4*NV columns is summed over
// the whole of K; tiles sweep down the rows for one column panel at a time, so the panel of B stays in cache.

#define MMMR 4
#define MMNV 2

INLINE void mm_tile(const f32 *A, const f32 *B, f32 *C, int K, int lda, int ldb, int ldc, int transA, int i0,
                    int j0, const int MR, const int NV) {
  v128_t acc[8][4];
  for (int r = 0; r < MR; r++)
    for (int v = 0; v < NV; v++) acc[r][v] = wasm_f32x4_splat(0.0f);
  const f32 *b = B + j0;
  if (transA) {
    const f32 *a = A + i0;
    for (int k = 0; k < K; k++) {
      v128_t bv[4];
      for (int v = 0; v < NV; v++) bv[v] = wasm_v128_load(b + 4 * v);
      for (int r = 0; r < MR; r++) {
        v128_t av = wasm_v128_load32_splat(a + r);
        for (int v = 0; v < NV; v++) acc[r][v] = madd(av, bv[v], acc[r][v]);
      }
      a += lda;
      b += ldb;
    }
  } else {
    const f32 *a = A + i0 * lda;
    for (int k = 0; k < K; k++) {
      v128_t bv[4];
      for (int v = 0; v < NV; v++) bv[v] = wasm_v128_load(b + 4 * v);
      for (int r = 0; r < MR; r++) {
        v128_t av = wasm_v128_load32_splat(a + r * lda + k);
        for (int v = 0; v < NV; v++) acc[r][v] = madd(av, bv[v], acc[r][v]);
      }
      b += ldb;
    }
  }
  for (int r = 0; r < MR; r++)
    for (int v = 0; v < NV; v++) wasm_v128_store(C + (i0 + r) * ldc + j0 + 4 * v, acc[r][v]);
}

INLINE void mm_rows(const f32 *A, const f32 *B, f32 *C, int M, int K, int lda, int ldb, int ldc, int transA, int j0,
                    const int NV) {
  int i0 = 0;
  for (; i0 + MMMR <= M; i0 += MMMR) mm_tile(A, B, C, K, lda, ldb, ldc, transA, i0, j0, MMMR, NV);
  switch (M - i0) {
    case 3: mm_tile(A, B, C, K, lda, ldb, ldc, transA, i0, j0, 3, NV); break;
    case 2: mm_tile(A, B, C, K, lda, ldb, ldc, transA, i0, j0, 2, NV); break;
    case 1: mm_tile(A, B, C, K, lda, ldb, ldc, transA, i0, j0, 1, NV); break;
    default: break;
  }
}

EXPORT(gemm)
void gemm(const f32 *A, const f32 *B, f32 *C, int M, int N, int K, int lda, int ldb, int ldc, int transA) {
  int n8 = N & ~7, n4 = N & ~3;
  for (int j0 = 0; j0 < n8; j0 += 8) mm_rows(A, B, C, M, K, lda, ldb, ldc, transA, j0, 2);
  if (n8 < n4) mm_rows(A, B, C, M, K, lda, ldb, ldc, transA, n8, 1);
  for (int j = n4; j < N; j++)
    for (int i = 0; i < M; i++) {
      f32 s = 0.0f;
      for (int k = 0; k < K; k++) s += (transA ? A[k * lda + i] : A[i * lda + k]) * B[k * ldb + j];
      C[i * ldc + j] = s;
    }
}

// dst[C, R] <- src[R, C] (a B that comes transposed), in 4x4 blocks.
EXPORT(transpose2d)
void transpose2d(const f32 *src, f32 *dst, int R, int C) {
  int r4 = R & ~3, c4 = C & ~3;
  for (int r = 0; r < r4; r += 4)
    for (int c = 0; c < c4; c += 4) {
      v128_t a = wasm_v128_load(src + r * C + c);
      v128_t b = wasm_v128_load(src + (r + 1) * C + c);
      v128_t x = wasm_v128_load(src + (r + 2) * C + c);
      v128_t d = wasm_v128_load(src + (r + 3) * C + c);
      v128_t ab0 = wasm_i32x4_shuffle(a, b, 0, 4, 1, 5);
      v128_t ab1 = wasm_i32x4_shuffle(a, b, 2, 6, 3, 7);
      v128_t xd0 = wasm_i32x4_shuffle(x, d, 0, 4, 1, 5);
      v128_t xd1 = wasm_i32x4_shuffle(x, d, 2, 6, 3, 7);
      wasm_v128_store(dst + c * R + r, wasm_i32x4_shuffle(ab0, xd0, 0, 1, 4, 5));
      wasm_v128_store(dst + (c + 1) * R + r, wasm_i32x4_shuffle(ab0, xd0, 2, 3, 6, 7));
      wasm_v128_store(dst + (c + 2) * R + r, wasm_i32x4_shuffle(ab1, xd1, 0, 1, 4, 5));
      wasm_v128_store(dst + (c + 3) * R + r, wasm_i32x4_shuffle(ab1, xd1, 2, 3, 6, 7));
    }
  for (int r = 0; r < R; r++)
    for (int c = (r < r4 ? c4 : 0); c < C; c++) dst[c * R + r] = src[r * C + c];
}

// ---- tile (broadcast copies) -------------------------------------------------------------------------------
//
// out = x repeated reps[d] times along each axis d, for rank <= 6 (leading axes padded with 1). The innermost
// axis is copied as whole rows.

EXPORT(tile6)
void tile6(const f32 *x, f32 *out, int s0, int s1, int s2, int s3, int s4, int s5, int r0, int r1, int r2, int r3,
           int r4, int r5) {
  int o5 = s5 * r5;
  f32 *o = out;
  for (int a0 = 0; a0 < s0 * r0; a0++)
    for (int a1 = 0; a1 < s1 * r1; a1++)
      for (int a2 = 0; a2 < s2 * r2; a2++)
        for (int a3 = 0; a3 < s3 * r3; a3++)
          for (int a4 = 0; a4 < s4 * r4; a4++) {
            const f32 *row = x + ((((a0 % s0) * s1 + a1 % s1) * s2 + a2 % s2) * s3 + a3 % s3) * s4 * s5 + (a4 % s4) * s5;
            if (s5 == 1) {
              v128_t v = wasm_v128_load32_splat(row);
              int i = 0;
              for (; i + 4 <= o5; i += 4) wasm_v128_store(o + i, v);
              for (; i < o5; i++) o[i] = row[0];
            } else {
              for (int rep = 0; rep < r5; rep++) {
                f32 *d = o + rep * s5;
                int i = 0;
                for (; i + 4 <= s5; i += 4) wasm_v128_store(d + i, wasm_v128_load(row + i));
                for (; i < s5; i++) d[i] = row[i];
              }
            }
            o += o5;
          }
}

// ---- binary ops against a row ------------------------------------------------------------------------------
//
// out[r, c] = x[r, c] op v[c] (or v[c] op x[r, c] when swap): an elementwise op whose smaller operand repeats
// along the leading axes, like the [C] or [1, 1, 1, C] operands of bias adds and batch-norm gradients, which the
// stock kernels run through a general broadcasting loop. op: 0 add, 1 subtract, 2 multiply, 3 divide.

#define ROWOP(OP, VOP)                                                                                        \
  for (int r = 0; r < R; r++) {                                                                               \
    const f32 *xr = x + r * C;                                                                                \
    f32 *o = out + r * C;                                                                                     \
    int c = 0;                                                                                                \
    if (swap) {                                                                                               \
      for (; c + 4 <= C; c += 4) wasm_v128_store(o + c, VOP(wasm_v128_load(v + c), wasm_v128_load(xr + c)));  \
      for (; c < C; c++) o[c] = v[c] OP xr[c];                                                                \
    } else {                                                                                                  \
      for (; c + 4 <= C; c += 4) wasm_v128_store(o + c, VOP(wasm_v128_load(xr + c), wasm_v128_load(v + c)));  \
      for (; c < C; c++) o[c] = xr[c] OP v[c];                                                                \
    }                                                                                                         \
  }

EXPORT(binary_rows)
void binary_rows(const f32 *x, const f32 *v, f32 *out, int R, int C, int op, int swap) {
  switch (op) {
    case 0: ROWOP(+, wasm_f32x4_add) break;
    case 1: ROWOP(-, wasm_f32x4_sub) break;
    case 2: ROWOP(*, wasm_f32x4_mul) break;
    default: ROWOP(/, wasm_f32x4_div) break;
  }
}

// ---- fused dense training ----------------------------------------------------------------------------------
//
// The pieces of a training step of a stack of dense layers (fused.ts drives them): bias + activation,
// softmax with the cross-entropy gradient, the activation gradients, and the optimizer updates, so that a small
// network's step is a dozen calls into this module instead of a hundred tfjs kernels.
// act: 0 linear, 1 relu, 2 tanh, 3 sigmoid, 4 elu, 5 selu.

// e^x for float32 (no libm here): x = n ln2 + r, |r| <= ln2/2, e^r by a degree-6 polynomial, 2^n by the
// exponent bits. Relative error below 2e-7 on [-87, 88]; saturates outside.
INLINE f32 exp_f32(f32 x) {
  if (x > 88.0f) return __builtin_inff();
  if (x < -87.0f) return 0.0f;
  f32 n = __builtin_rintf(x * 1.44269504088896341f);
  f32 r = x - n * 0.693145751953125f - n * 1.42860682030941723212e-6f;
  f32 p = 1.0f + r * (1.0f + r * (0.5f + r * (0.16666666666f + r * (0.041666666666f + r * (0.00833333333f + r * 0.00138888889f)))));
  union { f32 f; int i; } u;
  u.i = ((int)n + 127) << 23;
  return p * u.f;
}

#define SELU_ALPHA 1.6732632423543772f
#define SELU_SCALE 1.0507009873554805f

INLINE f32 act_f(f32 z, int act) {
  switch (act) {
    case 1: return z > 0.0f ? z : 0.0f;
    case 2: {
      f32 e = exp_f32(-2.0f * (z < 0 ? -z : z));
      f32 t = (1.0f - e) / (1.0f + e);
      return z < 0 ? -t : t;
    }
    case 3: return z >= 0 ? 1.0f / (1.0f + exp_f32(-z)) : exp_f32(z) / (1.0f + exp_f32(z));
    case 4: return z > 0.0f ? z : exp_f32(z) - 1.0f;
    case 5: return z > 0.0f ? SELU_SCALE * z : SELU_SCALE * SELU_ALPHA * (exp_f32(z) - 1.0f);
    default: return z;
  }
}

// d act / d z, given z and a = act(z).
INLINE f32 act_d(f32 z, f32 a, int act) {
  switch (act) {
    case 1: return z > 0.0f ? 1.0f : 0.0f;
    case 2: return 1.0f - a * a;
    case 3: return a * (1.0f - a);
    case 4: return z > 0.0f ? 1.0f : a + 1.0f;
    case 5: return z > 0.0f ? SELU_SCALE : a + SELU_SCALE * SELU_ALPHA;
    default: return 1.0f;
  }
}

// z[r, c] += b[c]; a[r, c] = act(z[r, c]).
EXPORT(bias_act)
void bias_act(f32 *z, const f32 *b, f32 *a, int R, int C, int act) {
  for (int r = 0; r < R; r++) {
    f32 *zr = z + r * C;
    f32 *ar = a + r * C;
    int c = 0;
    if (act <= 1) {
      v128_t zero = wasm_f32x4_splat(0.0f);
      for (; c + 4 <= C; c += 4) {
        v128_t v = wasm_f32x4_add(wasm_v128_load(zr + c), wasm_v128_load(b + c));
        wasm_v128_store(zr + c, v);
        wasm_v128_store(ar + c, act == 1 ? wasm_f32x4_max(v, zero) : v);
      }
    }
    for (; c < C; c++) {
      zr[c] += b[c];
      ar[c] = act_f(zr[c], act);
    }
  }
}

// dz = da * act'(z) (a = act(z)), times mask (dropout, 0 or 1/(1-rate)) when mask is not 0.
EXPORT(act_backward)
void act_backward(const f32 *da, const f32 *z, const f32 *a, const f32 *mask, f32 *dz, int n, int act) {
  int i = 0;
  if (act <= 1 && !mask) {  // linear and relu, the common case, four at a time
    v128_t zero = wasm_f32x4_splat(0.0f);
    for (; i + 4 <= n; i += 4) {
      v128_t g = wasm_v128_load(da + i);
      if (act == 1) g = wasm_v128_and(g, wasm_f32x4_gt(wasm_v128_load(z + i), zero));
      wasm_v128_store(dz + i, g);
    }
  }
  for (; i < n; i++) {
    f32 g = da[i] * act_d(z[i], a[i], act);
    dz[i] = mask ? g * mask[i] : g;
  }
}

// p = softmax(z) per row; dz = (p - y) * w[r] * scale (w may be 0: weight 1).
EXPORT(softmax_xent)
void softmax_xent(const f32 *z, const f32 *y, const f32 *w, f32 *p, f32 *dz, int R, int C, f32 scale) {
  for (int r = 0; r < R; r++) {
    const f32 *zr = z + r * C;
    f32 *pr = p + r * C;
    f32 m = zr[0];
    for (int c = 1; c < C; c++) m = zr[c] > m ? zr[c] : m;
    f32 s = 0.0f;
    for (int c = 0; c < C; c++) {
      pr[c] = exp_f32(zr[c] - m);
      s += pr[c];
    }
    f32 k = (w ? w[r] : 1.0f) * scale;
    for (int c = 0; c < C; c++) {
      pr[c] /= s;
      dz[r * C + c] = (pr[c] - y[r * C + c]) * k;
    }
  }
}

// Squared error: dz = 2 (z - y) / C * w[r] * scale.
EXPORT(mse_grad)
void mse_grad(const f32 *z, const f32 *y, const f32 *w, f32 *dz, int R, int C, f32 scale) {
  for (int r = 0; r < R; r++) {
    f32 k = 2.0f / (f32)C * (w ? w[r] : 1.0f) * scale;
    for (int c = 0; c < C; c++) dz[r * C + c] = (z[r * C + c] - y[r * C + c]) * k;
  }
}

// elementwise a[i] *= m[i]
EXPORT(mul_inplace)
void mul_inplace(f32 *a, const f32 *m, int n) {
  int i = 0;
  for (; i + 4 <= n; i += 4) wasm_v128_store(a + i, wasm_f32x4_mul(wasm_v128_load(a + i), wasm_v128_load(m + i)));
  for (; i < n; i++) a[i] *= m[i];
}

// a[i] += b[i]
EXPORT(add_inplace)
void add_inplace(f32 *a, const f32 *b, int n) {
  int i = 0;
  for (; i + 4 <= n; i += 4) wasm_v128_store(a + i, wasm_f32x4_add(wasm_v128_load(a + i), wasm_v128_load(b + i)));
  for (; i < n; i++) a[i] += b[i];
}

// out[i] = a[i] * m[i]
EXPORT(mul_to)
void mul_to(const f32 *a, const f32 *m, f32 *out, int n) {
  int i = 0;
  for (; i + 4 <= n; i += 4) wasm_v128_store(out + i, wasm_f32x4_mul(wasm_v128_load(a + i), wasm_v128_load(m + i)));
  for (; i < n; i++) out[i] = a[i] * m[i];
}

// Dropout masks: m[i] = 0 with probability rate, else 1 / (1 - rate). The generator is xoshiro128+ on the four
// words of state (in the heap, seeded by the caller), so a seeded run draws the same masks every time.
typedef unsigned int u32;
EXPORT(dropout_mask)
void dropout_mask(f32 *m, int n, f32 rate, u32 *state) {
  u32 s0 = state[0], s1 = state[1], s2 = state[2], s3 = state[3];
  f32 keep = 1.0f / (1.0f - rate);
  for (int i = 0; i < n; i++) {
    u32 r = s0 + s3;
    u32 t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >> 21);
    f32 u = (f32)(r >> 8) * (1.0f / 16777216.0f);  // uniform in [0, 1) from the top 24 bits
    m[i] = u < rate ? 0.0f : keep;
  }
  state[0] = s0;
  state[1] = s1;
  state[2] = s2;
  state[3] = s3;
}

// g += 2 * l2 * w (the gradient of tfjs's l2 regulariser, l2 * sum(w^2))
EXPORT(add_l2)
void add_l2(f32 *g, const f32 *w, int n, f32 l2) {
  for (int i = 0; i < n; i++) g[i] += 2.0f * l2 * w[i];
}

// sqrt without libm: one SIMD lane.
INLINE f32 sqrt_f32(f32 x) { return wasm_f32x4_extract_lane(wasm_f32x4_sqrt(wasm_f32x4_splat(x)), 0); }

// tfjs's Adam: m = b1 m + (1 - b1) g; v = b2 v + (1 - b2) g^2; w -= lr (m / c1) / (sqrt(v / c2) + eps), with
// c1 = 1 - b1^t, c2 = 1 - b2^t; then AdamW's decoupled decay w *= 1 - lr * decay (decay 0: none), as optimizers.ts.
EXPORT(adam_update)
void adam_update(f32 *w, const f32 *g, f32 *m, f32 *v, int n, f32 lr, f32 b1, f32 b2, f32 eps, f32 c1, f32 c2,
                 f32 decay) {
  int i = 0;
  // Four at a time, the same operations in the same order as the scalar loop below (the same bits).
  v128_t vb1 = wasm_f32x4_splat(b1), vb2 = wasm_f32x4_splat(b2), va1 = wasm_f32x4_splat(1.0f - b1),
         va2 = wasm_f32x4_splat(1.0f - b2), vlr = wasm_f32x4_splat(lr), vc1 = wasm_f32x4_splat(c1),
         vc2 = wasm_f32x4_splat(c2), veps = wasm_f32x4_splat(eps), vdec = wasm_f32x4_splat(1.0f - lr * decay);
  for (; i + 4 <= n; i += 4) {
    v128_t gi = wasm_v128_load(g + i);
    v128_t mi = wasm_f32x4_add(wasm_f32x4_mul(vb1, wasm_v128_load(m + i)), wasm_f32x4_mul(va1, gi));
    v128_t vi = wasm_f32x4_add(wasm_f32x4_mul(vb2, wasm_v128_load(v + i)), wasm_f32x4_mul(wasm_f32x4_mul(va2, gi), gi));
    wasm_v128_store(m + i, mi);
    wasm_v128_store(v + i, vi);
    v128_t step = wasm_f32x4_div(wasm_f32x4_mul(vlr, wasm_f32x4_div(mi, vc1)),
                                 wasm_f32x4_add(wasm_f32x4_sqrt(wasm_f32x4_div(vi, vc2)), veps));
    v128_t wi = wasm_f32x4_sub(wasm_v128_load(w + i), step);
    wasm_v128_store(w + i, decay != 0.0f ? wasm_f32x4_mul(wi, vdec) : wi);
  }
  for (; i < n; i++) {
    f32 mi = b1 * m[i] + (1.0f - b1) * g[i];
    f32 vi = b2 * v[i] + (1.0f - b2) * g[i] * g[i];
    m[i] = mi;
    v[i] = vi;
    f32 wi = w[i] - lr * (mi / c1) / (sqrt_f32(vi / c2) + eps);
    w[i] = decay != 0.0f ? wi * (1.0f - lr * decay) : wi;
  }
}

// SGD (mom 0, vel unused) or tfjs's momentum: vel = mom vel + g; w -= lr vel.
EXPORT(sgd_update)
void sgd_update(f32 *w, const f32 *g, f32 *vel, int n, f32 lr, f32 mom) {
  if (mom == 0.0f) {
    for (int i = 0; i < n; i++) w[i] -= lr * g[i];
    return;
  }
  for (int i = 0; i < n; i++) {
    vel[i] = mom * vel[i] + g[i];
    w[i] -= lr * vel[i];
  }
}
