// Dense linear algebra the data engine needs: the Gram matrix X^T X of a row-major matrix, and the
// eigen-decomposition of a symmetric matrix (Householder tridiagonalisation + implicit QL, the EISPACK
// tred2/tql2 pair as in JAMA), on Float64Arrays. Large Gram matrices go through the data engine's own
// WebAssembly SIMD kernel on two threads (kernels/index.ts: float32 rows, float64 sums); small ones stay in
// exact float64 JavaScript.
import { gramParallel } from "./kernels/index.ts";

/** Above this many multiply-adds (n * d * d), the Gram matrix is computed with the wasm kernel. */
export const GRAM_WASM_THRESHOLD = 2e8;

/** G = (X - center)^T (X - center) for X (n x d, row-major), as a d x d row-major Float64Array. */
export async function gram(
  x: Float64Array | Float32Array,
  n: number,
  d: number,
  center?: Float64Array,
): Promise<Float64Array> {
  if (n * d * d < GRAM_WASM_THRESHOLD) return gramJs(x, n, d, center);
  return (await gramParallel(x, n, d, center)) ?? gramJs(x, n, d, center);
}

/** Exact float64 (X - center)^T (X - center). */
export function gramJs(x: ArrayLike<number>, n: number, d: number, center?: Float64Array): Float64Array {
  const g = new Float64Array(d * d);
  const row = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    const o = i * d;
    for (let a = 0; a < d; a++) row[a] = x[o + a]! - (center ? center[a]! : 0);
    for (let a = 0; a < d; a++) {
      const va = row[a]!;
      if (va === 0) continue;
      const ga = a * d;
      for (let b = a; b < d; b++) g[ga + b] = g[ga + b]! + va * row[b]!;
    }
  }
  for (let a = 0; a < d; a++) for (let b = 0; b < a; b++) g[a * d + b] = g[b * d + a]!;
  return g;
}

/**
 * Eigen-decomposition of a symmetric d x d matrix (row-major). Returns every eigenvalue in descending order
 * and the eigenvectors of the `k` largest (default: all) as rows of `vectors` (row q is the eigenvector of
 * values[q]), each with its largest component positive (a deterministic sign, like scikit-learn's svd_flip).
 * With k < d/2 the vectors come from inverse iteration on the tridiagonal form (O(k d^2) instead of the
 * O(d^3) of accumulating every QL rotation).
 */
export function symmetricEigen(
  a: Float64Array,
  d: number,
  k = d,
): { values: Float64Array; vectors: Float64Array } {
  if (k * 2 > d) {
    // Both steps work on the transpose of JAMA's V, so each inner loop walks a row.
    const W = Float64Array.from(a);
    const ev = new Float64Array(d);
    const e = new Float64Array(d);
    tred2(W, ev, e, d);
    tql2(W, ev, e, d, true);
    const values = new Float64Array(d);
    const vectors = new Float64Array(k * d);
    const order = Array.from(ev.keys()).sort((p, q) => ev[q]! - ev[p]!);
    order.forEach((j, q) => {
      values[q] = ev[j]!;
      if (q < k) vectors.set(W.subarray(j * d, (j + 1) * d), q * d);
    });
    flipSigns(vectors, k, d);
    return { values, vectors };
  }
  const eig = symmetricEigenvalues(a, d);
  return { values: eig.values, vectors: eig.vectors(k) };
}

/**
 * Every eigenvalue of a symmetric matrix (descending), and a function that computes the eigenvectors of the
 * k largest on demand (inverse iteration on the tridiagonal form, then back-transformed: O(k d^2)).
 */
export function symmetricEigenvalues(
  a: Float64Array,
  d: number,
): { values: Float64Array; vectors: (k: number) => Float64Array } {
  const W = Float64Array.from(a);
  const ev = new Float64Array(d);
  const e = new Float64Array(d);
  tred2(W, ev, e, d);
  const diag = Float64Array.from(ev);
  const off = new Float64Array(d); // off[i] couples i and i+1
  for (let i = 1; i < d; i++) off[i - 1] = e[i]!;
  tql2(W, ev, e, d, false);
  const sorted = Array.from(ev).sort((p, q) => q - p);
  const values = Float64Array.from(sorted);
  const vectors = (k: number): Float64Array => {
    const out = new Float64Array(k * d);
    const ys = tridiagonalVectors(diag, off, d, sorted.slice(0, k));
    for (let q = 0; q < k; q++) {
      const y = ys[q]!;
      const v = out.subarray(q * d, (q + 1) * d);
      for (let j = 0; j < d; j++) {
        const yj = y[j]!;
        if (yj === 0) continue;
        const row = j * d;
        for (let i = 0; i < d; i++) v[i] = v[i]! + yj * W[row + i]!;
      }
    }
    flipSigns(out, k, d);
    return out;
  };
  return { values, vectors };
}

function flipSigns(vectors: Float64Array, k: number, d: number): void {
  for (let q = 0; q < k; q++) {
    let big = 0;
    for (let i = 0; i < d; i++) if (Math.abs(vectors[q * d + i]!) > Math.abs(big)) big = vectors[q * d + i]!;
    if (big < 0) for (let i = 0; i < d; i++) vectors[q * d + i] = -vectors[q * d + i]!;
  }
}

/**
 * Eigenvectors of the symmetric tridiagonal matrix (diag, off) for the given eigenvalues, by inverse
 * iteration with partial pivoting (as LAPACK's dstein): vectors of eigenvalues closer than 1e-3 of the norm
 * are re-orthogonalised against each other.
 */
// long: a numeric kernel kept in the shape of LAPACK's dstein, so it can be checked against it line by line.
function tridiagonalVectors(
  diag: Float64Array,
  off: Float64Array,
  n: number,
  lambdas: number[],
): Float64Array[] {
  let norm = 0;
  for (let i = 0; i < n; i++)
    norm = Math.max(norm, Math.abs(diag[i]!) + Math.abs(off[i]!) + (i > 0 ? Math.abs(off[i - 1]!) : 0));
  const eps = 2 ** -52;
  const sep = 1e-3 * norm;
  const out: Float64Array[] = [];
  // LU of (T - mu I) with partial pivoting: rows hold up to 3 nonzeros (u0 diag, u1, u2) and multipliers.
  const u0 = new Float64Array(n);
  const u1 = new Float64Array(n);
  const u2 = new Float64Array(n);
  const mult = new Float64Array(n);
  const swapped = new Uint8Array(n);
  let seed = 12345;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648 - 0.5;
  };
  let clusterStart = 0;
  for (let q = 0; q < lambdas.length; q++) {
    if (q > 0 && Math.abs(lambdas[q - 1]! - lambdas[q]!) > sep) clusterStart = q;
    // perturb equal eigenvalues apart so each gets its own vector
    let mu = lambdas[q]!;
    if (q > clusterStart) mu = Math.min(mu, lambdas[q - 1]! - 10 * eps * norm);
    const pert = Math.max(eps * norm, 1e-300);
    // factor: the active row has (a, b) at columns (i, i+1); the next row (lower, nextDiag, nextOff)
    let a = diag[0]! - mu;
    let b = n > 1 ? off[0]! : 0;
    for (let i = 0; i < n - 1; i++) {
      const lower = off[i]!;
      const nextDiag = diag[i + 1]! - mu;
      const nextOff = i + 1 < n - 1 ? off[i + 1]! : 0;
      if (Math.abs(a) >= Math.abs(lower)) {
        if (a === 0) a = pert;
        const m = lower / a;
        swapped[i] = 0;
        mult[i] = m;
        u0[i] = a;
        u1[i] = b;
        u2[i] = 0;
        a = nextDiag - m * b;
        b = nextOff;
      } else {
        const m = a / lower;
        swapped[i] = 1;
        mult[i] = m;
        u0[i] = lower;
        u1[i] = nextDiag;
        u2[i] = nextOff;
        a = b - m * nextDiag;
        b = -m * nextOff;
      }
    }
    u0[n - 1] = a === 0 ? pert : a;
    u1[n - 1] = 0;
    u2[n - 1] = 0;
    const x = new Float64Array(n);
    for (let i = 0; i < n; i++) x[i] = rand();
    for (let iter = 0; iter < 5; iter++) {
      // forward: apply row swaps and multipliers
      for (let i = 0; i < n - 1; i++) {
        if (swapped[i]) {
          const t = x[i]!;
          x[i] = x[i + 1]!;
          x[i + 1] = t - mult[i]! * x[i + 1]!;
        } else {
          x[i + 1] = x[i + 1]! - mult[i]! * x[i]!;
        }
      }
      // back substitution
      for (let i = n - 1; i >= 0; i--) {
        let v = x[i]!;
        if (i + 1 < n) v -= u1[i]! * x[i + 1]!;
        if (i + 2 < n) v -= u2[i]! * x[i + 2]!;
        const p = u0[i]!;
        x[i] = v / (Math.abs(p) < pert ? (p < 0 ? -pert : pert) : p);
      }
      for (let r = clusterStart; r < q; r++) {
        const y = out[r]!;
        let dot = 0;
        for (let i = 0; i < n; i++) dot += x[i]! * y[i]!;
        for (let i = 0; i < n; i++) x[i] = x[i]! - dot * y[i]!;
      }
      let s = 0;
      for (let i = 0; i < n; i++) s += x[i]! * x[i]!;
      s = Math.sqrt(s);
      for (let i = 0; i < n; i++) x[i] = x[i]! / s;
    }
    out.push(x);
  }
  return out;
}

/**
 * Householder reduction to tridiagonal form (EISPACK tred2), written on U = V^T (U[b*n + a] is JAMA's
 * V[a][b]) so that every inner loop walks a row. The input is symmetric, so U starts as the matrix itself;
 * on return U holds the transformation's columns as rows, which is what tql2 below wants.
 */
// long: a numeric kernel kept in the published shape of EISPACK/JAMA tred2, so it can be checked against it.
function tred2(U: Float64Array, d_: Float64Array, e: Float64Array, n: number): void {
  for (let j = 0; j < n; j++) d_[j] = U[j * n + n - 1]!;
  for (let i = n - 1; i > 0; i--) {
    let scale = 0;
    let h = 0;
    for (let k = 0; k < i; k++) scale += Math.abs(d_[k]!);
    if (scale === 0) {
      e[i] = d_[i - 1]!;
      for (let j = 0; j < i; j++) {
        d_[j] = U[j * n + i - 1]!;
        U[j * n + i] = 0;
        U[i * n + j] = 0;
      }
    } else {
      for (let k = 0; k < i; k++) {
        d_[k] = d_[k]! / scale;
        h += d_[k]! * d_[k]!;
      }
      let f = d_[i - 1]!;
      let g = Math.sqrt(h);
      if (f > 0) g = -g;
      e[i] = scale * g;
      h -= f * g;
      d_[i - 1] = f - g;
      for (let j = 0; j < i; j++) e[j] = 0;
      for (let j = 0; j < i; j++) {
        f = d_[j]!;
        U[i * n + j] = f;
        const row = j * n;
        g = e[j]! + U[row + j]! * f;
        // two partial sums: the reduction is latency-bound otherwise
        let g2 = 0;
        let k = j + 1;
        for (; k + 1 <= i - 1; k += 2) {
          const v0 = U[row + k]!;
          const v1 = U[row + k + 1]!;
          g += v0 * d_[k]!;
          g2 += v1 * d_[k + 1]!;
          e[k] = e[k]! + v0 * f;
          e[k + 1] = e[k + 1]! + v1 * f;
        }
        for (; k <= i - 1; k++) {
          const vkj = U[row + k]!;
          g += vkj * d_[k]!;
          e[k] = e[k]! + vkj * f;
        }
        e[j] = g + g2;
      }
      f = 0;
      for (let j = 0; j < i; j++) {
        e[j] = e[j]! / h;
        f += e[j]! * d_[j]!;
      }
      const hh = f / (h + h);
      for (let j = 0; j < i; j++) e[j] = e[j]! - hh * d_[j]!;
      for (let j = 0; j < i; j++) {
        f = d_[j]!;
        g = e[j]!;
        const row = j * n;
        for (let k = j; k <= i - 1; k++) U[row + k] = U[row + k]! - (f * e[k]! + g * d_[k]!);
        d_[j] = U[row + i - 1]!;
        U[row + i] = 0;
      }
    }
    d_[i] = h;
  }
  // Accumulate transformations.
  for (let i = 0; i < n - 1; i++) {
    U[i * n + n - 1] = U[i * n + i]!;
    U[i * n + i] = 1;
    const h = d_[i + 1]!;
    const r1 = (i + 1) * n;
    if (h !== 0) {
      for (let k = 0; k <= i; k++) d_[k] = U[r1 + k]! / h;
      for (let j = 0; j <= i; j++) {
        const row = j * n;
        let g0 = 0;
        let g1 = 0;
        let g2 = 0;
        let g3 = 0;
        let k = 0;
        for (; k + 3 <= i; k += 4) {
          g0 += U[r1 + k]! * U[row + k]!;
          g1 += U[r1 + k + 1]! * U[row + k + 1]!;
          g2 += U[r1 + k + 2]! * U[row + k + 2]!;
          g3 += U[r1 + k + 3]! * U[row + k + 3]!;
        }
        for (; k <= i; k++) g0 += U[r1 + k]! * U[row + k]!;
        const g = g0 + g1 + (g2 + g3);
        for (let q = 0; q <= i; q++) U[row + q] = U[row + q]! - g * d_[q]!;
      }
    }
    for (let k = 0; k <= i; k++) U[r1 + k] = 0;
  }
  for (let j = 0; j < n; j++) {
    d_[j] = U[j * n + n - 1]!;
    U[j * n + n - 1] = 0;
  }
  U[(n - 1) * n + n - 1] = 1;
  e[0] = 0;
}

/**
 * Symmetric tridiagonal QL algorithm (EISPACK tql2); W is the TRANSPOSE of tred2's V (vectors as rows).
 * Without `vectors`, only the eigenvalues (d_) are computed and W is left alone.
 */
function tql2(W: Float64Array, d_: Float64Array, e: Float64Array, n: number, vectors: boolean): void {
  for (let i = 1; i < n; i++) e[i - 1] = e[i]!;
  e[n - 1] = 0;
  let f = 0;
  let tst1 = 0;
  const eps = 2 ** -52;
  for (let l = 0; l < n; l++) {
    tst1 = Math.max(tst1, Math.abs(d_[l]!) + Math.abs(e[l]!));
    let m = l;
    while (m < n) {
      if (Math.abs(e[m]!) <= eps * tst1) break;
      m++;
    }
    if (m > l) {
      do {
        let g = d_[l]!;
        let p = (d_[l + 1]! - g) / (2 * e[l]!);
        let r = Math.hypot(p, 1);
        if (p < 0) r = -r;
        d_[l] = e[l]! / (p + r);
        d_[l + 1] = e[l]! * (p + r);
        const dl1 = d_[l + 1]!;
        let h = g - d_[l]!;
        for (let i = l + 2; i < n; i++) d_[i] = d_[i]! - h;
        f += h;
        p = d_[m]!;
        let c = 1;
        let c2 = c;
        let c3 = c;
        const el1 = e[l + 1]!;
        let s = 0;
        let s2 = 0;
        for (let i = m - 1; i >= l; i--) {
          c3 = c2;
          c2 = c;
          s2 = s;
          g = c * e[i]!;
          h = c * p;
          r = Math.hypot(p, e[i]!);
          e[i + 1] = s * r;
          s = e[i]! / r;
          c = p / r;
          p = c * d_[i]! - s * g;
          d_[i + 1] = h + s * (c * g + s * d_[i]!);
          const r0 = i * n;
          const r1 = r0 + n;
          if (vectors)
            for (let k = 0; k < n; k++) {
              h = W[r1 + k]!;
              const w0 = W[r0 + k]!;
              W[r1 + k] = s * w0 + c * h;
              W[r0 + k] = c * w0 - s * h;
            }
        }
        p = (-s * s2 * c3 * el1 * e[l]!) / dl1;
        e[l] = s * p;
        d_[l] = c * p;
      } while (Math.abs(e[l]!) > eps * tst1);
    }
    d_[l] = d_[l]! + f;
    e[l] = 0;
  }
}

/**
 * The `k` largest eigenpairs of a symmetric positive semi-definite d x d matrix by Lanczos with full
 * re-orthogonalisation: m Krylov steps (each one d x d product, O(d^2)) and the eigen-decomposition of the
 * small m x m tridiagonal matrix, instead of the O(d^3) Householder reduction of the whole matrix. The
 * Krylov space grows until every wanted Ritz pair's residual is under 1e-10 of the largest eigenvalue (or
 * reaches d, where the result is exact). Vectors carry symmetricEigen's sign convention. undefined when it
 * does not converge (the caller falls back to the full decomposition).
 */
export function topEigen(
  a: Float64Array,
  d: number,
  k: number,
): { values: Float64Array; vectors: Float64Array } | undefined {
  let m = Math.min(d, Math.max(2 * k + 20, k + 60));
  for (;;) {
    const result = lanczos(a, d, k, m);
    if (result || m === d) return result;
    m = Math.min(d, m * 2);
  }
}

function lanczos(
  a: Float64Array,
  d: number,
  k: number,
  m: number,
): { values: Float64Array; vectors: Float64Array } | undefined {
  const V = new Float64Array(m * d); // Lanczos vectors, one per row
  const alpha = new Float64Array(m);
  const beta = new Float64Array(m);
  // A fixed, full start vector (no zero components to miss an eigenvector), normalised.
  let seed = 12345;
  const v0 = V.subarray(0, d);
  for (let i = 0; i < d; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    v0[i] = seed / 2147483648 + 0.5;
  }
  scale(v0, 1 / norm(v0));
  const w = new Float64Array(d);
  let steps = m;
  for (let j = 0; j < m; j++) {
    const vj = V.subarray(j * d, (j + 1) * d);
    matVec(a, d, vj, w);
    alpha[j] = dot(w, vj);
    // Full re-orthogonalisation, twice (classical Gram-Schmidt twice is as good as modified).
    for (let pass = 0; pass < 2; pass++) {
      for (let p = 0; p <= j; p++) {
        const vp = V.subarray(p * d, (p + 1) * d);
        const c = dot(w, vp);
        for (let i = 0; i < d; i++) w[i] = w[i]! - c * vp[i]!;
      }
    }
    if (j + 1 === m) break;
    const b = norm(w);
    beta[j] = b;
    if (b <= 1e-12 * Math.abs(alpha[0]!)) {
      steps = j + 1; // an invariant subspace: the Ritz pairs found are exact
      break;
    }
    const next = V.subarray((j + 1) * d, (j + 2) * d);
    for (let i = 0; i < d; i++) next[i] = w[i]! / b;
  }
  const residualNorm = steps < m ? 0 : norm(w);
  const T = new Float64Array(steps * steps);
  for (let j = 0; j < steps; j++) {
    T[j * steps + j] = alpha[j]!;
    if (j + 1 < steps) {
      T[j * steps + j + 1] = beta[j]!;
      T[(j + 1) * steps + j] = beta[j]!;
    }
  }
  const want = Math.min(k, steps);
  if (want < k) return undefined;
  const small = symmetricEigen(T, steps, steps);
  const top = small.values[0]!;
  for (let q = 0; q < k; q++) {
    // Residual of Ritz pair q: |beta_m * last component of its small eigenvector|.
    const last = small.vectors[q * steps + steps - 1]!;
    if (Math.abs(residualNorm * last) > 1e-10 * Math.abs(top)) return undefined;
  }
  const values = Float64Array.from(small.values.subarray(0, k));
  const vectors = new Float64Array(k * d);
  for (let q = 0; q < k; q++) {
    const out = vectors.subarray(q * d, (q + 1) * d);
    for (let j = 0; j < steps; j++) {
      const s = small.vectors[q * steps + j]!;
      const vj = V.subarray(j * d, (j + 1) * d);
      for (let i = 0; i < d; i++) out[i] = out[i]! + s * vj[i]!;
    }
  }
  flipSigns(vectors, k, d);
  return { values, vectors };
}

/** w = A v for a d x d row-major A: four partial sums per row (a single sum is bound by the add latency). */
function matVec(a: Float64Array, d: number, v: Float64Array, w: Float64Array): void {
  for (let r = 0; r < d; r++) {
    const row = r * d;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let c = 0;
    for (; c + 3 < d; c += 4) {
      s0 += a[row + c]! * v[c]!;
      s1 += a[row + c + 1]! * v[c + 1]!;
      s2 += a[row + c + 2]! * v[c + 2]!;
      s3 += a[row + c + 3]! * v[c + 3]!;
    }
    for (; c < d; c++) s0 += a[row + c]! * v[c]!;
    w[r] = s0 + s1 + (s2 + s3);
  }
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}
function norm(a: Float64Array): number {
  return Math.sqrt(dot(a, a));
}
function scale(a: Float64Array, f: number): void {
  for (let i = 0; i < a.length; i++) a[i] = a[i]! * f;
}
