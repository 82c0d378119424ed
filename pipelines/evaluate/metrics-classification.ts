// Classification metrics beyond accuracy/F1, with scikit-learn's semantics: per-class precision, recall and F1
// (precision_recall_fscore_support, zero_division=0), the confusion matrix (confusion_matrix: rows are true
// classes, columns predicted), one-vs-rest ROC AUC (roc_auc_score(multi_class="ovr", average="macro")) and the
// expected calibration error (equal-width confidence bins, as in Guo et al. 2017).
//
// A row whose probabilities hold NaN/Infinity predicts no class (-1, see metrics.ts): it is a miss of its
// true class, stays out of the confusion matrix (counted in `unpredicted`), scores 0 for every class in ROC
// AUC and has confidence 0 (and is wrong) in the calibration error.

export interface ClassReport {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  /** Rows whose true class this is. */
  support: number;
}

/** Per-class precision, recall, F1 and support for classes 0..labels.length-1. */
export function perClassReport(
  yTrue: readonly number[],
  yPred: readonly number[],
  labels: readonly string[],
): ClassReport[] {
  const k = labels.length;
  const tp = new Array<number>(k).fill(0);
  const fp = new Array<number>(k).fill(0);
  const fn = new Array<number>(k).fill(0);
  for (let i = 0; i < yTrue.length; i++) {
    const t = yTrue[i]!;
    const p = yPred[i]!;
    if (t === p) tp[t]!++;
    else {
      fn[t]!++;
      if (p >= 0) fp[p]!++;
    }
  }
  return labels.map((label, c) => {
    const precision = tp[c]! + fp[c]! === 0 ? 0 : tp[c]! / (tp[c]! + fp[c]!);
    const recall = tp[c]! + fn[c]! === 0 ? 0 : tp[c]! / (tp[c]! + fn[c]!);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { label, precision, recall, f1, support: tp[c]! + fn[c]! };
  });
}

/** Unweighted mean over the classes present in yTrue or predicted (scikit-learn's average="macro"). */
export function macroOf(
  report: readonly ClassReport[],
  yPred: readonly number[],
  key: "precision" | "recall",
): number {
  const predicted = new Set(yPred.filter((p) => p >= 0));
  const present = report.filter((r, c) => r.support > 0 || predicted.has(c));
  if (present.length === 0) return Number.NaN;
  return present.reduce((s, r) => s + r[key], 0) / present.length;
}

export interface ConfusionMatrix {
  labels: string[];
  /** matrix[true][predicted] */
  matrix: number[][];
  /** Rows that predicted no class (non-finite outputs); absent when none. */
  unpredicted?: number;
}

export function confusionMatrix(
  yTrue: readonly number[],
  yPred: readonly number[],
  labels: readonly string[],
): ConfusionMatrix {
  const matrix = labels.map(() => new Array<number>(labels.length).fill(0));
  let unpredicted = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const p = yPred[i]!;
    if (p < 0) unpredicted++;
    else matrix[yTrue[i]!]![p]!++;
  }
  return { labels: [...labels], matrix, ...(unpredicted > 0 ? { unpredicted } : {}) };
}

/**
 * Area under the ROC curve of `scores` for the positives (Mann-Whitney U with average ranks for ties);
 * NaN when there are no positives or no negatives.
 */
export function rocAuc(positive: readonly boolean[], scores: readonly number[]): number {
  const n = scores.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  const ranks = new Float64Array(n);
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && scores[order[j + 1]!] === scores[order[i]!]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]!] = rank;
    i = j + 1;
  }
  let pos = 0;
  let rankSum = 0;
  for (let i = 0; i < n; i++) {
    if (positive[i]) {
      pos++;
      rankSum += ranks[i]!;
    }
  }
  const neg = n - pos;
  if (pos === 0 || neg === 0) return Number.NaN;
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

/**
 * One-vs-rest ROC AUC, averaged over the classes that occur in yTrue (a class without positives has no
 * curve; scikit-learn refuses such data, we leave the class out). With two classes both curves have the same
 * area, which is scikit-learn's binary roc_auc_score. NaN when no class has both positives and negatives.
 */
export function rocAucOvr(
  yTrue: readonly number[],
  probabilities: ReadonlyArray<ArrayLike<number>>,
  numClasses: number,
): number {
  const finite = probabilities.map((row) => Array.from(row).every(Number.isFinite));
  let sum = 0;
  let counted = 0;
  for (let c = 0; c < numClasses; c++) {
    const positive = yTrue.map((y) => y === c);
    if (!positive.some(Boolean)) continue;
    const scores = probabilities.map((row, i) => (finite[i] ? row[c]! : 0));
    const auc = rocAuc(positive, scores);
    if (Number.isNaN(auc)) continue;
    sum += auc;
    counted++;
  }
  return counted === 0 ? Number.NaN : sum / counted;
}

/**
 * Expected calibration error: the rows are binned by confidence (the top probability) into `bins` equal-width
 * bins over [0, 1]; ECE = sum over bins of (rows in bin / rows) x |accuracy in bin - mean confidence in bin|.
 */
export function expectedCalibrationError(
  yTrue: readonly number[],
  probabilities: ReadonlyArray<ArrayLike<number>>,
  bins = 10,
): number {
  const n = yTrue.length;
  if (n === 0) return Number.NaN;
  const count = new Array<number>(bins).fill(0);
  const correct = new Array<number>(bins).fill(0);
  const confidence = new Array<number>(bins).fill(0);
  for (let i = 0; i < n; i++) {
    const row = probabilities[i]!;
    let best = -1;
    let conf = 0;
    for (let c = 0; c < row.length; c++) {
      const v = row[c]!;
      if (!Number.isFinite(v)) {
        best = -1;
        conf = 0;
        break;
      }
      if (best === -1 || v > conf) {
        best = c;
        conf = v;
      }
    }
    // Bins are (lo, hi]; confidence 0 goes into the first bin.
    const b = Math.min(bins - 1, Math.max(0, Math.ceil(conf * bins) - 1));
    count[b]!++;
    confidence[b]! += conf;
    if (best === yTrue[i]) correct[b]!++;
  }
  let ece = 0;
  for (let b = 0; b < bins; b++) {
    if (count[b] === 0) continue;
    ece += (count[b]! / n) * Math.abs(correct[b]! / count[b]! - confidence[b]! / count[b]!);
  }
  return ece;
}
