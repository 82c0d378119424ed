// Splitting rows into train / validation / test, and training rows into k folds: random, stratified (class
// proportions kept, every class in training), grouped (no group in two splits) or time-based (the latest rows
// are the test split). Everything is seeded; the result is indices into the pool of rows.
import seedrandom from "seedrandom";

export type SplitMethod = "random" | "stratified" | "group" | "time";

export interface SplitOptions {
  /** Share of the pool for validation (of what is left after test). */
  validation: number;
  /** Share of the pool held out for test (0 when a test file is given). */
  test: number;
  seed: number;
  /** Class index of each row: stratified split. */
  strata?: Int32Array;
  classCount?: number;
  /** Group key of each row: grouped split. */
  groups?: Array<string | null>;
  /** Time key of each row (numbers, or epoch ms of dates): time-based split. */
  order?: Float64Array;
  folds?: number;
}

export interface SplitPlan {
  method: SplitMethod;
  train: number[];
  validation: number[];
  test: number[];
  /** Fold (0..k-1) of each training row, same index as `train`. */
  folds?: number[];
}

/** Largest-remainder apportionment of `total` over groups of the given sizes. */
export function apportion(sizes: number[], total: number): number[] {
  const n = sizes.reduce((a, b) => a + b, 0);
  if (n === 0) return sizes.map(() => 0);
  const ideal = sizes.map((s) => (s * total) / n);
  const out = ideal.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = ideal
    .map((v, k) => [v - Math.floor(v), k] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, k] of order) {
    if (left <= 0) break;
    if (out[k]! < sizes[k]!) {
      out[k]!++;
      left--;
    }
  }
  return out;
}

export function share(n: number, fraction: number): number {
  return fraction > 0 ? Math.min(n, Math.max(1, Math.round(n * fraction))) : 0;
}

function shuffled(n: number, rng: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}

export function splitIndices(n: number, opts: SplitOptions): SplitPlan {
  const rng = seedrandom(String(opts.seed));
  let plan: SplitPlan;
  if (opts.order) plan = timeSplit(n, opts);
  else if (opts.groups) plan = groupSplit(n, opts, rng);
  else plan = stratifiedSplit(n, opts, rng);
  if (opts.folds) plan.folds = assignFolds(plan, opts, opts.folds, rng);
  return plan;
}

function stratifiedSplit(n: number, opts: SplitOptions, rng: () => number): SplitPlan {
  const order = shuffled(n, rng);
  const nTest = share(n, opts.test);
  const nVal = share(n - nTest, opts.validation);
  const stratified = opts.strata !== undefined && opts.classCount !== undefined;
  const groups = stratified ? opts.classCount! : 1;
  const groupOf = (i: number) => (stratified ? opts.strata![i]! : 0);
  const sizes = new Array<number>(groups).fill(0);
  for (let i = 0; i < n; i++) sizes[groupOf(i)]!++;
  const testQ = apportion(sizes, nTest);
  const valQ = apportion(
    sizes.map((s, g) => s - testQ[g]!),
    nVal,
  );
  if (stratified) {
    // Every class goes to training: take a row back from validation (or test) when the quotas left none.
    for (let g = 0; g < groups; g++) {
      if (sizes[g]! > 0 && sizes[g]! - testQ[g]! - valQ[g]! < 1) {
        if (valQ[g]! > 0) valQ[g]!--;
        else if (testQ[g]! > 0) testQ[g]!--;
      }
    }
  }
  const plan: SplitPlan = {
    method: stratified ? "stratified" : "random",
    train: [],
    validation: [],
    test: [],
  };
  const testTaken = new Array<number>(groups).fill(0);
  const valTaken = new Array<number>(groups).fill(0);
  for (const i of order) {
    const g = groupOf(i);
    if (testTaken[g]! < testQ[g]!) {
      testTaken[g]!++;
      plan.test.push(i);
    } else if (valTaken[g]! < valQ[g]!) {
      valTaken[g]!++;
      plan.validation.push(i);
    } else {
      plan.train.push(i);
    }
  }
  return plan;
}

/** Groups (shuffled, seeded) go whole to test, then validation, until each reaches its share of rows. */
function groupSplit(n: number, opts: SplitOptions, rng: () => number): SplitPlan {
  const byGroup = new Map<string, number[]>();
  const keys = opts.groups!;
  for (let i = 0; i < n; i++) {
    const k = keys[i] ?? "";
    const rows = byGroup.get(k);
    if (rows) rows.push(i);
    else byGroup.set(k, [i]);
  }
  const names = [...byGroup.keys()].sort();
  const order = shuffled(names.length, rng).map((q) => names[q]!);
  const nTest = share(n, opts.test);
  const nVal = share(n - nTest, opts.validation);
  const plan: SplitPlan = { method: "group", train: [], validation: [], test: [] };
  for (const name of order) {
    const rows = byGroup.get(name)!;
    if (plan.test.length < nTest) plan.test.push(...rows);
    else if (plan.validation.length < nVal) plan.validation.push(...rows);
    else plan.train.push(...rows);
  }
  return plan;
}

/** Sorted by the time key (ties keep file order): the latest rows are test, the next latest validation. */
function timeSplit(n: number, opts: SplitOptions): SplitPlan {
  const key = opts.order!;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => key[a]! - key[b]! || a - b);
  const nTest = share(n, opts.test);
  const nVal = share(n - nTest, opts.validation);
  const trainEnd = n - nTest - nVal;
  return {
    method: "time",
    train: order.slice(0, trainEnd),
    validation: order.slice(trainEnd, n - nTest),
    test: order.slice(n - nTest),
  };
}

/**
 * k folds over the training rows: stratified (round robin within each class of the shuffled rows), grouped
 * (largest group to the smallest fold, as scikit-learn's GroupKFold) or, for time splits, contiguous blocks.
 */
function assignFolds(plan: SplitPlan, opts: SplitOptions, k: number, rng: () => number): number[] {
  const rows = plan.train;
  const folds = new Array<number>(rows.length).fill(0);
  if (plan.method === "time") {
    for (let r = 0; r < rows.length; r++) folds[r] = Math.min(k - 1, Math.floor((r * k) / rows.length));
    return folds;
  }
  if (plan.method === "group") {
    const byGroup = new Map<string, number[]>();
    rows.forEach((i, r) => {
      const g = opts.groups![i] ?? "";
      const list = byGroup.get(g);
      if (list) list.push(r);
      else byGroup.set(g, [r]);
    });
    const sizes = new Array<number>(k).fill(0);
    const groups = [...byGroup.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
    for (const [, list] of groups) {
      let best = 0;
      for (let f = 1; f < k; f++) if (sizes[f]! < sizes[best]!) best = f;
      for (const r of list) folds[r] = best;
      sizes[best]! += list.length;
    }
    return folds;
  }
  const order = shuffled(rows.length, rng);
  const seen = new Map<number, number>();
  for (const r of order) {
    const g = opts.strata ? opts.strata[rows[r]!]! : 0;
    const c = seen.get(g) ?? 0;
    folds[r] = c % k;
    seen.set(g, c + 1);
  }
  return folds;
}
