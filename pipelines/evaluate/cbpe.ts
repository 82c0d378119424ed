// Confidence-based performance estimation (CBPE, as NannyML): the accuracy a classifier has on a window of
// production traffic whose labels have not arrived, estimated from its own probabilities. The top-class
// confidence is calibrated on the test split (isotonic regression of "was right" on confidence), then the
// window's expected accuracy is the mean calibrated confidence. Valid under covariate shift (the inputs move,
// P(label | input) does not); a change of the concept itself only shows once labels arrive.

/** A monotone map from top-class confidence to the probability of being right: steps at `thresholds`. */
export interface Calibration {
  /** Ascending upper confidence bounds of the steps. */
  thresholds: number[];
  /** Probability of being right for confidences up to each threshold. */
  values: number[];
  /** Test-split rows it was fitted on. */
  n: number;
}

/** Fits the calibration on (confidence, right?) pairs of the test split: pool-adjacent-violators. */
export function fitCalibration(confidences: readonly number[], correct: readonly boolean[]): Calibration {
  if (confidences.length !== correct.length || confidences.length === 0) {
    throw new Error("fitCalibration: needs as many outcomes as confidences, at least one");
  }
  const order = confidences.map((c, i) => [c, correct[i] ? 1 : 0] as const).sort((a, b) => a[0] - b[0]);
  // Blocks of (sum of outcomes, count, largest confidence); merged while a block is above its successor.
  const blocks: Array<{ sum: number; n: number; top: number }> = [];
  for (const [c, y] of order) {
    blocks.push({ sum: y, n: 1, top: c });
    while (blocks.length > 1) {
      const b = blocks.at(-1)!;
      const a = blocks.at(-2)!;
      if (a.sum / a.n < b.sum / b.n) break;
      blocks.splice(-2, 2, { sum: a.sum + b.sum, n: a.n + b.n, top: b.top });
    }
  }
  return {
    thresholds: blocks.map((b) => b.top),
    values: blocks.map((b) => b.sum / b.n),
    n: confidences.length,
  };
}

/** The calibrated probability that a prediction of this confidence is right. */
export function calibrated(cal: Calibration, confidence: number): number {
  const { thresholds, values } = cal;
  let lo = 0;
  let hi = thresholds.length - 1;
  // First step whose threshold is at or above the confidence (the last step beyond them all).
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (thresholds[mid]! >= confidence) hi = mid;
    else lo = mid + 1;
  }
  return values[lo]!;
}

export interface AccuracyEstimate {
  /** Expected accuracy of the window. */
  estimate: number;
  /** Where the window's realised accuracy falls with probability 1 - alpha (if the concept did not move). */
  interval: [number, number];
  /** Predictions in the window. */
  n: number;
}

/**
 * Estimated accuracy of a window of predictions from their top-class confidences. The interval is that of the
 * realised accuracy: a sum of independent Bernoulli(p_i), plus the calibration's own sampling error.
 */
export function estimateAccuracy(
  cal: Calibration,
  confidences: readonly number[],
  z = 1.959964,
): AccuracyEstimate {
  const n = confidences.length;
  if (n === 0) return { estimate: Number.NaN, interval: [Number.NaN, Number.NaN], n };
  let sum = 0;
  let bernoulli = 0;
  for (const c of confidences) {
    const p = calibrated(cal, c);
    sum += p;
    bernoulli += p * (1 - p);
  }
  const estimate = sum / n;
  const variance = bernoulli / (n * n) + (estimate * (1 - estimate)) / cal.n;
  const half = z * Math.sqrt(variance);
  return { estimate, interval: [Math.max(0, estimate - half), Math.min(1, estimate + half)], n };
}

/** The top-class confidence of each row of probabilities. */
export function topConfidences(probabilities: ReadonlyArray<readonly number[]>): number[] {
  return probabilities.map((p) => Math.max(...p));
}
