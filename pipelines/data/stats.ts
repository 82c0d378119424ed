// Statistical tests and distances for drift: two-sample Kolmogorov-Smirnov (exact statistic in O(n) for
// large samples; exact p-value for small ones, Kolmogorov's limit with Stephens' correction otherwise),
// chi-square on a 2 x k contingency table, Wasserstein-1, Jensen-Shannon distance and PSI.

/** P(D >= d) for the two-sample KS statistic with sample sizes n and m (R's psmirnov2x, exact). */
export function ksExactPValue(d: number, n: number, m: number): number {
  let md = n;
  let nd = m;
  if (md > nd) [md, nd] = [nd, md];
  const q = (0.5 + Math.floor(d * md * nd - 1e-7)) / (md * nd);
  const u = new Float64Array(nd + 1);
  for (let j = 0; j <= nd; j++) u[j] = j / nd > q ? 0 : 1;
  for (let i = 1; i <= md; i++) {
    const w = i / (i + nd);
    u[0] = i / md > q ? 0 : w * u[0]!;
    for (let j = 1; j <= nd; j++) {
      u[j] = Math.abs(i / md - j / nd) > q ? 0 : w * u[j]! + u[j - 1]!;
    }
  }
  return Math.min(1, Math.max(0, 1 - u[nd]!));
}

/** Kolmogorov's survival function Q(λ) = 2 Σ (-1)^(k-1) exp(-2 k² λ²). */
export function kolmogorovQ(lambda: number): number {
  if (lambda < 0.2) return 1;
  let sum = 0;
  for (let k = 1; k <= 100; k++) {
    const term = (k % 2 ? 2 : -2) * Math.exp(-2 * k * k * lambda * lambda);
    sum += term;
    if (Math.abs(term) < 1e-16) break;
  }
  return Math.min(1, Math.max(0, sum));
}

/** Two-sided p-value of a two-sample KS statistic: exact when n·m <= 1,000,000 (scipy: up to 10,000 per side), else asymptotic. */
export function ksPValue(d: number, n: number, m: number): number {
  if (n === 0 || m === 0) return 1;
  if (n * m <= 1_000_000) return ksExactPValue(d, n, m);
  const en = Math.sqrt((n * m) / (n + m));
  return kolmogorovQ((en + 0.12 + 0.11 / en) * d);
}

const BINS = 1 << 16;

/**
 * The exact two-sample KS statistic sup|F_a - F_b| of two samples without NaN. Small samples: sort and
 * merge. Large ones: a 65,536-bin histogram gives the statistic at every bin edge and a bound inside each
 * bin; only the bins whose bound beats the best edge value are sorted and walked value by value.
 */
export function ksStatistic(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length === 0 || b.length === 0) return 0;
  if (a.length + b.length <= 20_000)
    return ksSorted(Float64Array.from(a).sort(), Float64Array.from(b).sort());
  const h = binBoth(a, b);
  return h ? ksBinned(a, b, h) : 0;
}

/** Both samples on one 65,536-bin grid over their joint range, with cumulative counts at each bin start. */
export interface Binned {
  min: number;
  max: number;
  scale: number;
  ha: Int32Array;
  hb: Int32Array;
  startA: Int32Array;
  startB: Int32Array;
}

export function binBoth(a: ArrayLike<number>, b: ArrayLike<number>): Binned | undefined {
  const n = a.length;
  const m = b.length;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const v = a[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  for (let i = 0; i < m; i++) {
    const v = b[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (!(max > min)) return undefined;
  const scale = BINS / (max - min);
  const ha = new Int32Array(BINS);
  const hb = new Int32Array(BINS);
  for (let i = 0; i < n; i++) {
    const k = ((a[i]! - min) * scale) | 0;
    ha[k < BINS ? k : BINS - 1]!++;
  }
  for (let i = 0; i < m; i++) {
    const k = ((b[i]! - min) * scale) | 0;
    hb[k < BINS ? k : BINS - 1]!++;
  }
  const startA = new Int32Array(BINS + 1);
  const startB = new Int32Array(BINS + 1);
  for (let k = 0; k < BINS; k++) {
    startA[k + 1] = startA[k]! + ha[k]!;
    startB[k + 1] = startB[k]! + hb[k]!;
  }
  return { min, max, scale, ha, hb, startA, startB };
}

export function ksBinned(a: ArrayLike<number>, b: ArrayLike<number>, h: Binned): number {
  const n = a.length;
  const m = b.length;
  const { min, scale, ha, hb, startA, startB } = h;
  let best = 0;
  for (let k = 1; k <= BINS; k++) {
    const diff = Math.abs(startA[k]! / n - startB[k]! / m);
    if (diff > best) best = diff;
  }
  const flag = new Uint8Array(BINS);
  let candidates = 0;
  for (let k = 0; k < BINS; k++) {
    if (ha[k]! + hb[k]! < 2) continue;
    const d0 = startA[k]! / n - startB[k]! / m;
    const bound = Math.max(Math.abs(d0 + ha[k]! / n), Math.abs(d0 - hb[k]! / m));
    if (bound > best) {
      flag[k] = 1;
      candidates += ha[k]! + hb[k]!;
    }
  }
  if (candidates === 0) return best;
  const ca: number[] = [];
  const cb: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = a[i]!;
    let k = ((v - min) * scale) | 0;
    if (k >= BINS) k = BINS - 1;
    if (flag[k]) ca.push(v);
  }
  for (let i = 0; i < m; i++) {
    const v = b[i]!;
    let k = ((v - min) * scale) | 0;
    if (k >= BINS) k = BINS - 1;
    if (flag[k]) cb.push(v);
  }
  const sa = Float64Array.from(ca).sort();
  const sb = Float64Array.from(cb).sort();
  // Walk both candidate lists in value order; counts restart at each bin's base.
  let i = 0;
  let j = 0;
  let bin = -1;
  let inA = 0;
  let inB = 0;
  while (i < sa.length || j < sb.length) {
    const x = j >= sb.length || (i < sa.length && sa[i]! <= sb[j]!) ? sa[i]! : sb[j]!;
    let k = ((x - min) * scale) | 0;
    if (k >= BINS) k = BINS - 1;
    if (k !== bin) {
      bin = k;
      inA = 0;
      inB = 0;
    }
    while (i < sa.length && sa[i] === x) {
      i++;
      inA++;
    }
    while (j < sb.length && sb[j] === x) {
      j++;
      inB++;
    }
    const diff = Math.abs((startA[k]! + inA) / n - (startB[k]! + inB) / m);
    if (diff > best) best = diff;
  }
  return best;
}

/** KS statistic of two samples already sorted ascending. */
export function ksSorted(a: Float64Array, b: Float64Array): number {
  const n = a.length;
  const m = b.length;
  let i = 0;
  let j = 0;
  let best = 0;
  while (i < n && j < m) {
    const x = Math.min(a[i]!, b[j]!);
    while (i < n && a[i] === x) i++;
    while (j < m && b[j] === x) j++;
    const diff = Math.abs(i / n - j / m);
    if (diff > best) best = diff;
  }
  return best;
}

/** Regularised upper incomplete gamma Q(s, x) (Numerical Recipes gammq). */
export function gammaQ(s: number, x: number): number {
  if (x <= 0) return 1;
  if (x < s + 1) {
    let sum = 1 / s;
    let del = sum;
    let ap = s;
    for (let k = 0; k < 500; k++) {
      ap++;
      del *= x / ap;
      sum += del;
      if (Math.abs(del) < Math.abs(sum) * 1e-15) break;
    }
    return Math.max(0, 1 - sum * Math.exp(-x + s * Math.log(x) - logGamma(s)));
  }
  let b = x + 1 - s;
  let c = 1 / 1e-300;
  let d = 1 / b;
  let h = d;
  for (let k = 1; k < 500; k++) {
    const an = -k * (k - s);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < 1e-300) d = 1e-300;
    c = b + an / c;
    if (Math.abs(c) < 1e-300) c = 1e-300;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) break;
  }
  return Math.min(1, Math.exp(-x + s * Math.log(x) - logGamma(s)) * h);
}

function logGamma(z: number): number {
  const g = 7;
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (z < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * z)) - logGamma(1 - z);
  const x = z - 1;
  let a = c[0]!;
  const t = x + g + 0.5;
  for (let i = 1; i < g + 2; i++) a += c[i]! / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Chi-square test of homogeneity on two count vectors over the same categories: statistic and p-value. */
export function chiSquare(ref: number[], cur: number[]): { statistic: number; pValue: number; dof: number } {
  const nr = ref.reduce((a, b) => a + b, 0);
  const nc = cur.reduce((a, b) => a + b, 0);
  const total = nr + nc;
  let stat = 0;
  let k = 0;
  for (let q = 0; q < ref.length; q++) {
    const col = ref[q]! + cur[q]!;
    if (col === 0) continue;
    k++;
    const er = (col * nr) / total;
    const ec = (col * nc) / total;
    stat += (ref[q]! - er) ** 2 / er + (cur[q]! - ec) ** 2 / ec;
  }
  const dof = Math.max(1, k - 1);
  return { statistic: stat, pValue: k < 2 ? 1 : gammaQ(dof / 2, stat / 2), dof };
}

/** Jensen-Shannon distance (sqrt of the divergence, natural log) between two count vectors. */
export function jensenShannon(ref: number[], cur: number[]): number {
  const nr = ref.reduce((a, b) => a + b, 0) || 1;
  const nc = cur.reduce((a, b) => a + b, 0) || 1;
  let js = 0;
  for (let q = 0; q < ref.length; q++) {
    const p = ref[q]! / nr;
    const r = cur[q]! / nc;
    const mid = (p + r) / 2;
    if (p > 0) js += 0.5 * p * Math.log(p / mid);
    if (r > 0) js += 0.5 * r * Math.log(r / mid);
  }
  return Math.sqrt(Math.max(0, js));
}

/** Population stability index between two share vectors (each summing to 1); empty bins floored at 1e-4. */
export function psi(refShares: number[], curShares: number[]): number {
  let sum = 0;
  for (let q = 0; q < refShares.length; q++) {
    const p = Math.max(refShares[q]!, 1e-4);
    const r = Math.max(curShares[q]!, 1e-4);
    sum += (r - p) * Math.log(r / p);
  }
  return sum;
}
