// Model quality metrics as pure functions over plain arrays, with scikit-learn's semantics, so a number in
// metrics.json means what an ML reviewer expects it to mean.
//
// Non-finite model outputs (a diverged network predicts NaN) are reported, never thrown:
// - classification: a row whose probabilities contain NaN/Infinity predicts no class. It counts as wrong for
//   accuracy, as a miss (false negative) of its true class for f1_macro, and contributes the largest
//   log_loss penalty, -log(1e-15) ~ 34.54, as if the true class had probability 1e-15. All three stay finite
//   and as bad as the outputs deserve.
// - regression: there is no finite worst case for an error, so mae, rmse and r2 are NaN when any prediction
//   is NaN or infinite. metrics.json writes NaN as null, and the gates fail a NaN candidate.

/** Probabilities are clipped to [EPS, 1 - EPS] before the log (scikit-learn's log_loss(eps=1e-15)). */
export const LOG_LOSS_EPS = 1e-15;

/** Index of the largest probability (the first on ties); -1 when the row holds a non-finite value. */
export function argmax(row: ArrayLike<number>): number {
  let best = -1;
  let bestValue = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < row.length; i++) {
    const v = row[i]!;
    if (!Number.isFinite(v)) return -1;
    if (best === -1 || v > bestValue) {
      best = i;
      bestValue = v;
    }
  }
  return best;
}

/** Share of rows whose predicted class equals the true class (a prediction of -1, no class, is wrong). */
export function accuracy(yTrue: readonly number[], yPred: readonly number[]): number {
  sameLength(yTrue, yPred);
  if (yTrue.length === 0) return Number.NaN;
  let right = 0;
  for (let i = 0; i < yTrue.length; i++) if (yTrue[i] === yPred[i]) right++;
  return right / yTrue.length;
}

/**
 * Unweighted mean of per-class F1 over the classes present in yTrue or yPred (sklearn's
 * f1_score(average="macro") with zero_division=0): a class never predicted has precision 0, a class absent
 * from both is not counted. A prediction of -1 (no class) is not a class; it is a miss of the true class.
 */
export function f1Macro(yTrue: readonly number[], yPred: readonly number[]): number {
  sameLength(yTrue, yPred);
  const labels = new Set<number>();
  for (const y of yTrue) labels.add(y);
  for (const y of yPred) if (y !== -1) labels.add(y);
  if (labels.size === 0) return Number.NaN;
  let sum = 0;
  for (const label of labels) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < yTrue.length; i++) {
      const t = yTrue[i] === label;
      const p = yPred[i] === label;
      if (t && p) tp++;
      else if (p) fp++;
      else if (t) fn++;
    }
    // 2PR/(P+R) written as sklearn computes it; 0 where it is 0/0.
    const denominator = 2 * tp + fp + fn;
    sum += denominator === 0 ? 0 : (2 * tp) / denominator;
  }
  return sum / labels.size;
}

/**
 * Mean negative log-likelihood of the true class. Each row of probabilities is clipped to
 * [LOG_LOSS_EPS, 1 - LOG_LOSS_EPS] and renormalised to sum 1; a row with a non-finite value scores the
 * true class at LOG_LOSS_EPS.
 */
export function logLoss(yTrue: readonly number[], probabilities: ReadonlyArray<ArrayLike<number>>): number {
  sameLength(yTrue, probabilities);
  if (yTrue.length === 0) return Number.NaN;
  let total = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const row = probabilities[i]!;
    const y = yTrue[i]!;
    if (!Number.isInteger(y) || y < 0 || y >= row.length) {
      throw new RangeError(`log_loss: class ${y} of row ${i} is outside the ${row.length} predicted classes`);
    }
    let p = LOG_LOSS_EPS;
    let sum = 0;
    let finite = true;
    for (let k = 0; k < row.length; k++) {
      const v = row[k]!;
      if (!Number.isFinite(v)) {
        finite = false;
        break;
      }
      sum += clip(v);
    }
    if (finite) p = clip(row[y]!) / sum;
    total -= Math.log(p);
  }
  return total / yTrue.length;
}

/** Mean absolute error. */
export function mae(yTrue: readonly number[], yPred: readonly number[]): number {
  sameLength(yTrue, yPred);
  if (yTrue.length === 0 || !allFinite(yPred)) return Number.NaN;
  let total = 0;
  for (let i = 0; i < yTrue.length; i++) total += Math.abs(yTrue[i]! - yPred[i]!);
  return total / yTrue.length;
}

/** Root mean squared error. */
export function rmse(yTrue: readonly number[], yPred: readonly number[]): number {
  sameLength(yTrue, yPred);
  if (yTrue.length === 0 || !allFinite(yPred)) return Number.NaN;
  return Math.sqrt(sumSquares(yTrue, yPred) / yTrue.length);
}

/**
 * Coefficient of determination, 1 - SS_res / SS_tot (sklearn's r2_score). Where y_true is constant
 * (SS_tot = 0) it is 1 for a perfect prediction and 0 otherwise, as sklearn's force_finite does.
 */
export function r2(yTrue: readonly number[], yPred: readonly number[]): number {
  sameLength(yTrue, yPred);
  if (yTrue.length === 0 || !allFinite(yPred)) return Number.NaN;
  const mean = yTrue.reduce((a, b) => a + b, 0) / yTrue.length;
  const ssRes = sumSquares(yTrue, yPred);
  let ssTot = 0;
  for (const y of yTrue) ssTot += (y - mean) ** 2;
  if (ssTot === 0) return ssRes === 0 ? 1 : 0;
  return 1 - ssRes / ssTot;
}

/** Linear-interpolated percentile (numpy's default method); q in [0, 100]. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (q / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
}

function clip(p: number): number {
  return Math.min(Math.max(p, LOG_LOSS_EPS), 1 - LOG_LOSS_EPS);
}

function sumSquares(a: readonly number[], b: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < a.length; i++) total += (a[i]! - b[i]!) ** 2;
  return total;
}

function allFinite(values: readonly number[]): boolean {
  return values.every(Number.isFinite);
}

function sameLength(a: { length: number }, b: { length: number }): void {
  if (a.length !== b.length)
    throw new RangeError(`metrics: ${a.length} true values but ${b.length} predictions`);
}
