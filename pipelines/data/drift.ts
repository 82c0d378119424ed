// Drift between a reference (the data production was trained on) and current data, size-aware like
// Evidently: with at most 1,000 reference rows, p-values (KS for numbers, chi-square for categories and
// numbers with at most 5 distinct values), Bonferroni-corrected over the features tested; above that,
// distances (Wasserstein normalised by the reference's std, Jensen-Shannon) against a threshold. PSI is
// always reported. The dataset drifted when the share of drifted features reaches `share` (0.5). The same
// code compares two profiles (the PR report) or two datasets (monitoring, `modelops data drift`).
import type { DriftConfig } from "../config/schema.ts";
import { quantileSorted } from "./profile.ts";
import { binBoth, chiSquare, jensenShannon, ksBinned, ksPValue, ksSorted, psi } from "./stats.ts";
import type { Column } from "./table.ts";
import type { ColumnProfile, DataProfile } from "./types.ts";

export type DriftMethod = "ks" | "chisquare" | "wasserstein" | "jensenshannon" | "psi";

export interface FeatureDrift {
  name: string;
  type: "number" | "string";
  method: DriftMethod;
  /** KS D, chi-square statistic, or the distance (normalised Wasserstein, Jensen-Shannon, PSI). */
  statistic: number;
  /** p-value (ks, chisquare). */
  pValue?: number;
  /** What the statistic or p-value is compared with: the corrected alpha for tests, else the threshold. */
  threshold: number;
  drifted: boolean;
  psi: number;
  /** Normalised Wasserstein (numbers) or Jensen-Shannon distance (categories), always computed. */
  distance: number;
  refCount: number;
  curCount: number;
  /** Categories in the current data that the reference never had. */
  newCategories?: string[];
}

export interface DriftReport {
  features: FeatureDrift[];
  drifted: number;
  total: number;
  share: number;
  datasetDrift: boolean;
  /** Dataset drift when share >= this. */
  shareThreshold: number;
  /** Significance before correction, and the Bonferroni-corrected one used per feature. */
  alpha: number;
  correctedAlpha: number;
  /** Profile-to-profile comparisons work from quantiles and top categories: approximate statistics. */
  approximate: boolean;
}

export interface DriftOptions {
  method?: DriftConfig["method"];
  /** Distance threshold (Wasserstein, Jensen-Shannon, PSI). Default 0.1. */
  threshold?: number;
  /** Significance of the tests before Bonferroni. Default 0.05. */
  pValue?: number;
  /** Share of drifted features for dataset drift. Default 0.5. */
  share?: number;
  /** Reference sizes up to this use tests, above it distances (Evidently: 1,000). */
  smallSample?: number;
}

/** A feature's two samples, in the form both comparisons reduce to. */
type Sample =
  | { type: "number"; values: Float64Array; distinct: number }
  | { type: "string"; counts: Map<string, number>; n: number };

interface Comparison {
  ks: number;
  distance: number;
  psi: number;
  /** chi-square on categories (or on a few-valued number's values). */
  chi?: { statistic: number; pValue: number };
  newCategories?: string[];
}

function chooseMethod(
  opts: DriftOptions,
  type: "number" | "string",
  distinct: number,
  refCount: number,
): DriftMethod {
  const m = opts.method ?? "auto";
  if (m !== "auto") return m;
  const categorical = type === "string" || distinct <= 5;
  if (refCount <= (opts.smallSample ?? 1000)) return categorical ? "chisquare" : "ks";
  return categorical ? "jensenshannon" : "wasserstein";
}

function verdicts(
  compared: Array<{
    name: string;
    type: "number" | "string";
    distinct: number;
    refCount: number;
    curCount: number;
    c: Comparison;
  }>,
  opts: DriftOptions,
  approximate: boolean,
): DriftReport {
  const threshold = opts.threshold ?? 0.1;
  const alpha = opts.pValue ?? 0.05;
  const methods = compared.map((f) => chooseMethod(opts, f.type, f.distinct, f.refCount));
  const tests = methods.filter((m) => m === "ks" || m === "chisquare").length;
  const correctedAlpha = alpha / Math.max(1, tests);
  const features: FeatureDrift[] = compared.map((f, q) => {
    const method = methods[q]!;
    const c = f.c;
    let statistic: number;
    let pValue: number | undefined;
    let drifted: boolean;
    let limit = threshold;
    if (method === "ks") {
      statistic = c.ks;
      pValue = ksPValue(c.ks, f.refCount, f.curCount);
      limit = correctedAlpha;
      drifted = pValue < correctedAlpha;
    } else if (method === "chisquare") {
      statistic = c.chi?.statistic ?? 0;
      pValue = c.chi?.pValue ?? 1;
      limit = correctedAlpha;
      drifted = pValue < correctedAlpha;
    } else if (method === "psi") {
      statistic = c.psi;
      drifted = c.psi > threshold;
    } else {
      statistic = c.distance;
      drifted = c.distance > threshold;
    }
    const out: FeatureDrift = {
      name: f.name,
      type: f.type,
      method,
      statistic,
      threshold: limit,
      drifted,
      psi: c.psi,
      distance: c.distance,
      refCount: f.refCount,
      curCount: f.curCount,
    };
    if (pValue !== undefined) out.pValue = pValue;
    if (c.newCategories?.length) out.newCategories = c.newCategories;
    return out;
  });
  const drifted = features.filter((f) => f.drifted).length;
  const shareThreshold = opts.share ?? 0.5;
  const share = features.length ? drifted / features.length : 0;
  return {
    features,
    drifted,
    total: features.length,
    share,
    datasetDrift: features.length > 0 && share >= shareThreshold,
    shareThreshold,
    alpha,
    correctedAlpha,
    approximate,
  };
}

// ---------- datasets ----------

function compareNumbers(a: Float64Array, b: Float64Array): Comparison {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return { ks: 0, distance: 0, psi: 0 };
  let mean = 0;
  for (let i = 0; i < n; i++) mean += a[i]!;
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (a[i]! - mean) ** 2;
  const std = Math.sqrt(ss / n);
  if (n + m <= 20_000) {
    const sa = Float64Array.from(a).sort();
    const sb = Float64Array.from(b).sort();
    const ks = ksSorted(sa, sb);
    // Wasserstein-1 = integral of |F_a - F_b| over the merged breakpoints.
    let i = 0;
    let j = 0;
    let w = 0;
    let prev = Math.min(sa[0]!, sb[0]!);
    while (i < n || j < m) {
      const x = j >= m || (i < n && sa[i]! <= sb[j]!) ? sa[i]! : sb[j]!;
      w += Math.abs(i / n - j / m) * (x - prev);
      prev = x;
      while (i < n && sa[i] === x) i++;
      while (j < m && sb[j] === x) j++;
    }
    const edges = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((q) => quantileSorted(sa, q / 10));
    return {
      ks,
      distance: std > 0 ? w / std : w > 0 ? Number.POSITIVE_INFINITY : 0,
      psi: psiByEdges(sa, sb, edges),
    };
  }
  const h = binBoth(a, b);
  if (!h) return { ks: 0, distance: 0, psi: 0 };
  const ks = ksBinned(a, b, h);
  const bins = h.ha.length;
  const width = (h.max - h.min) / bins;
  let w = 0;
  for (let k = 1; k <= bins; k++) w += Math.abs(h.startA[k]! / n - h.startB[k]! / m) * width;
  // PSI over the reference's deciles, taken at bin resolution.
  const refShares: number[] = [];
  const curShares: number[] = [];
  let lastA = 0;
  let lastB = 0;
  let q = 1;
  for (let k = 1; k <= bins && q < 10; k++) {
    if (h.startA[k]! >= (q * n) / 10) {
      refShares.push((h.startA[k]! - lastA) / n);
      curShares.push((h.startB[k]! - lastB) / m);
      lastA = h.startA[k]!;
      lastB = h.startB[k]!;
      while (q < 10 && h.startA[k]! >= (q * n) / 10) q++;
    }
  }
  refShares.push((n - lastA) / n);
  curShares.push((m - lastB) / m);
  return {
    ks,
    distance: std > 0 ? w / std : w > 0 ? Number.POSITIVE_INFINITY : 0,
    psi: psi(refShares, curShares),
  };
}

/** PSI over bins (-inf, e1], (e1, e2], ... (e9, inf) of sorted samples. */
function psiByEdges(sa: Float64Array, sb: Float64Array, edges: number[]): number {
  const shares = (s: Float64Array) => {
    const out: number[] = [];
    let last = 0;
    for (const e of edges) {
      const k = upperBound(s, e);
      out.push((k - last) / s.length);
      last = k;
    }
    out.push((s.length - last) / s.length);
    return out;
  };
  return psi(shares(sa), shares(sb));
}

function upperBound(s: Float64Array, x: number): number {
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function compareCounts(ref: Map<string, number>, cur: Map<string, number>): Comparison {
  const keys = [...new Set([...ref.keys(), ...cur.keys()])].sort();
  const r = keys.map((k) => ref.get(k) ?? 0);
  const c = keys.map((k) => cur.get(k) ?? 0);
  const nr = r.reduce((a, b) => a + b, 0) || 1;
  const nc = c.reduce((a, b) => a + b, 0) || 1;
  const newCategories = keys.filter((k) => !ref.has(k) && (cur.get(k) ?? 0) > 0);
  return {
    ks: 0,
    distance: jensenShannon(r, c),
    psi: psi(
      r.map((v) => v / nr),
      c.map((v) => v / nc),
    ),
    chi: chiSquare(r, c),
    ...(newCategories.length ? { newCategories } : {}),
  };
}

function sampleOf(col: Column, rows?: ArrayLike<number>): Sample {
  const count = rows ? rows.length : col.values.length;
  const at = (r: number) => (rows ? rows[r]! : r);
  if (col.type === "number") {
    const values = new Float64Array(count);
    let m = 0;
    for (let r = 0; r < count; r++) {
      const v = col.values[at(r)]!;
      if (!Number.isNaN(v)) values[m++] = v;
    }
    const present = values.subarray(0, m);
    let distinct = 0;
    const seen = new Set<number>();
    for (let i = 0; i < m && seen.size <= 5; i++) seen.add(present[i]!);
    distinct = seen.size;
    return { type: "number", values: present, distinct };
  }
  const counts = new Map<string, number>();
  let n = 0;
  for (let r = 0; r < count; r++) {
    const v = col.values[at(r)];
    if (v === null || v === undefined) continue;
    counts.set(v, (counts.get(v) ?? 0) + 1);
    n++;
  }
  return { type: "string", counts, n };
}

function numbersAsCounts(values: Float64Array): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < values.length; i++) {
    const k = String(values[i]);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/** Drift of each column present in both datasets (same name), as columns in memory. */
export function driftBetweenColumns(ref: Column[], cur: Column[], opts: DriftOptions = {}): DriftReport {
  const compared = [];
  for (const rc of ref) {
    const cc = cur.find((c) => c.name === rc.name);
    if (!cc) continue;
    const type = rc.type === "string" || cc.type === "string" ? "string" : "number";
    const a = sampleOf(rc);
    const b = sampleOf(cc);
    let c: Comparison;
    let distinct = 6;
    let refCount: number;
    let curCount: number;
    if (type === "number" && a.type === "number" && b.type === "number") {
      c = compareNumbers(a.values, b.values);
      distinct = a.distinct;
      refCount = a.values.length;
      curCount = b.values.length;
      if (distinct <= 5) {
        const counts = compareCounts(numbersAsCounts(a.values), numbersAsCounts(b.values));
        c = { ...c, chi: counts.chi!, distance: counts.distance };
      }
    } else {
      const ra = a.type === "string" ? a.counts : numbersAsCounts(a.values);
      const rb = b.type === "string" ? b.counts : numbersAsCounts(b.values);
      c = compareCounts(ra, rb);
      refCount = [...ra.values()].reduce((x, y) => x + y, 0);
      curCount = [...rb.values()].reduce((x, y) => x + y, 0);
    }
    compared.push({ name: rc.name, type, distinct, refCount, curCount, c });
  }
  return verdicts(compared as Parameters<typeof verdicts>[0], opts, false);
}

/** Drift of plain numeric samples by name (the benchmark's and monitoring's form). */
export function driftBetweenSamples(
  ref: Record<string, Float64Array>,
  cur: Record<string, Float64Array>,
  opts: DriftOptions = {},
): DriftReport {
  const cols = (s: Record<string, Float64Array>): Column[] =>
    Object.entries(s).map(([name, values]) => ({ name, type: "number", values }));
  return driftBetweenColumns(cols(ref), cols(cur), opts);
}

// ---------- profiles ----------

/** CDF of a profile column at x, from its 101 quantiles (piecewise linear between them). */
function cdfFromQuantiles(q: number[], x: number): number {
  if (x < q[0]!) return 0;
  if (x >= q[100]!) return 1;
  // last index k with q[k] <= x
  let lo = 0;
  let hi = 100;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (q[mid]! <= x) lo = mid;
    else hi = mid - 1;
  }
  // handle runs of equal quantiles: the CDF jumps to the last of them
  let k = lo;
  while (k < 100 && q[k + 1] === q[k]) k++;
  if (k >= 100) return 1;
  const span = q[k + 1]! - q[k]!;
  return (k + (span > 0 ? (x - q[k]!) / span : 0)) / 100;
}

function compareQuantiles(ref: ColumnProfile, cur: ColumnProfile): Comparison {
  const qa = ref.quantiles!;
  const qb = cur.quantiles!;
  const points = [...new Set([...qa, ...qb])].sort((x, y) => x - y);
  let ks = 0;
  for (const x of points) ks = Math.max(ks, Math.abs(cdfFromQuantiles(qa, x) - cdfFromQuantiles(qb, x)));
  // Wasserstein-1 = integral over p of |Q_a(p) - Q_b(p)|, quantiles linear between percent points.
  let w = 0;
  for (let k = 0; k < 100; k++) {
    const d0 = qa[k]! - qb[k]!;
    const d1 = qa[k + 1]! - qb[k + 1]!;
    w +=
      (d0 * d1 >= 0
        ? (Math.abs(d0) + Math.abs(d1)) / 2
        : (d0 * d0 + d1 * d1) / (2 * (Math.abs(d0) + Math.abs(d1)))) / 100;
  }
  const std = ref.std ?? 0;
  const edges = [10, 20, 30, 40, 50, 60, 70, 80, 90].map((p) => qa[p]!);
  const shares = (q: number[]) => {
    const out: number[] = [];
    let last = 0;
    for (const e of edges) {
      const f = cdfFromQuantiles(q, e);
      out.push(Math.max(0, f - last));
      last = Math.max(last, f);
    }
    out.push(Math.max(0, 1 - last));
    return out;
  };
  return {
    ks,
    distance: std > 0 ? w / std : w > 0 ? Number.POSITIVE_INFINITY : 0,
    psi: psi(shares(qa), shares(qb)),
  };
}

function countsOf(p: ColumnProfile): Map<string, number> {
  const m = new Map(Object.entries(p.counts ?? {}));
  if (p.otherCount) m.set("<other>", p.otherCount);
  return m;
}

function presentCount(p: ColumnProfile, rows: number): number {
  if (p.count !== undefined) return p.count;
  if (p.counts) return Object.values(p.counts).reduce((a, b) => a + b, 0) + (p.otherCount ?? 0);
  return Math.max(0, rows - p.missing);
}

/**
 * Drift of each feature (and the target) between two profiles: numbers from their quantiles, categories
 * from their counts. Columns without quantiles (profiles written before issue 7) are compared by the shift
 * of their means in reference standard deviations against the threshold.
 */
export function driftBetweenProfiles(
  ref: DataProfile,
  cur: DataProfile,
  opts: DriftOptions = {},
): DriftReport {
  const compared = [];
  for (const rc of ref.columns) {
    const cc = cur.columns.find((c) => c.name === rc.name);
    if (!cc) continue;
    const refCount = presentCount(rc, ref.rows.train);
    const curCount = presentCount(cc, cur.rows.train);
    let c: Comparison;
    let type: "number" | "string" = rc.type === "string" || cc.type === "string" ? "string" : "number";
    let distinct = rc.distinct ?? 6;
    if (type === "string" || (rc.counts && cc.counts)) {
      type = "string";
      c = compareCounts(countsOf(rc), countsOf(cc));
      distinct = Math.min(distinct, 5);
    } else if (rc.quantiles && cc.quantiles) {
      c = compareQuantiles(rc, cc);
    } else {
      const shift =
        rc.mean !== undefined && cc.mean !== undefined && rc.std ? Math.abs(cc.mean - rc.mean) / rc.std : 0;
      c = { ks: 0, distance: shift, psi: 0 };
      compared.push({ name: rc.name, type, distinct, refCount, curCount, c, legacy: true });
      continue;
    }
    compared.push({ name: rc.name, type, distinct, refCount, curCount, c });
  }
  const report = verdicts(compared, opts, true);
  // Legacy columns: no quantiles, so no test; the mean shift is judged as a distance.
  compared.forEach((f, q) => {
    if (!(f as { legacy?: boolean }).legacy) return;
    const feature = report.features[q]!;
    feature.method = "wasserstein";
    feature.statistic = f.c.distance;
    feature.threshold = opts.threshold ?? 0.1;
    feature.drifted = f.c.distance > feature.threshold;
    delete feature.pValue;
  });
  report.drifted = report.features.filter((f) => f.drifted).length;
  report.share = report.total ? report.drifted / report.total : 0;
  report.datasetDrift = report.total > 0 && report.share >= report.shareThreshold;
  return report;
}

/** Drift options from a model's `monitor.drift` config. */
export function driftOptions(cfg: DriftConfig | undefined): DriftOptions {
  if (!cfg) return {};
  return {
    method: cfg.method,
    threshold: cfg.threshold,
    ...(cfg.pValue !== undefined ? { pValue: cfg.pValue } : {}),
    ...(cfg.share !== undefined ? { share: cfg.share } : {}),
  };
}
