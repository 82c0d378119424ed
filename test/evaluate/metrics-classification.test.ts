// Per-class precision/recall, confusion matrix, one-vs-rest ROC AUC and calibration error against numbers
// recorded from scikit-learn 1.2.1 (Debian's python3-sklearn) on the same inputs:
//   precision_recall_fscore_support(y, pred, zero_division=0), confusion_matrix(y, pred),
//   roc_auc_score(y, p, multi_class="ovr", average="macro"), precision/recall_score(average="macro"),
//   and ECE over 10 equal-width bins (lo, hi] computed with numpy.
import { describe, expect, test } from "@jest/globals";
import { argmax } from "../../pipelines/evaluate/metrics.ts";
import {
  confusionMatrix,
  expectedCalibrationError,
  macroOf,
  perClassReport,
  rocAuc,
  rocAucOvr,
} from "../../pipelines/evaluate/metrics-classification.ts";

const y = [0, 0, 1, 1, 2, 2, 2, 1, 0, 2];
const p = [
  [0.7, 0.2, 0.1],
  [0.4, 0.4, 0.2],
  [0.1, 0.8, 0.1],
  [0.3, 0.3, 0.4],
  [0.2, 0.2, 0.6],
  [0.1, 0.1, 0.8],
  [0.5, 0.2, 0.3],
  [0.2, 0.5, 0.3],
  [0.6, 0.3, 0.1],
  [0.3, 0.4, 0.3],
];
const pred = p.map(argmax);
const labels = ["a", "b", "c"];

describe("classification report metrics match scikit-learn", () => {
  test("per-class precision, recall, F1 and support; macro precision and recall", () => {
    expect(pred).toEqual([0, 0, 1, 2, 2, 2, 0, 1, 0, 1]);
    const report = perClassReport(y, pred, labels);
    expect(report.map((r) => r.label)).toEqual(labels);
    const close = (xs: number[], ys: number[]) => {
      for (const [i, x] of xs.entries()) expect(x).toBeCloseTo(ys[i]!, 12);
    };
    close(
      report.map((r) => r.precision),
      [0.75, 0.6666666666666666, 0.6666666666666666],
    );
    close(
      report.map((r) => r.recall),
      [1.0, 0.6666666666666666, 0.5],
    );
    close(
      report.map((r) => r.f1),
      [0.8571428571428571, 0.6666666666666666, 0.5714285714285715],
    );
    expect(report.map((r) => r.support)).toEqual([3, 3, 4]);
    expect(macroOf(report, pred, "precision")).toBeCloseTo(0.6944444444444443, 12);
    expect(macroOf(report, pred, "recall")).toBeCloseTo(0.7222222222222222, 12);
  });

  test("confusion matrix rows are true classes; a row with non-finite outputs is counted apart", () => {
    expect(confusionMatrix(y, pred, labels)).toEqual({
      labels,
      matrix: [
        [3, 0, 0],
        [0, 2, 1],
        [1, 1, 2],
      ],
    });
    const withNaN = confusionMatrix([0, 1], [0, -1], ["a", "b"]);
    expect(withNaN.unpredicted).toBe(1);
    expect(withNaN.matrix).toEqual([
      [1, 0],
      [0, 0],
    ]);
  });

  test("ROC AUC: binary with ties, and one-vs-rest macro over three classes", () => {
    expect(rocAuc([false, true, true, false, true], [0.1, 0.8, 0.4, 0.4, 0.9])).toBeCloseTo(
      0.9166666666666666,
      12,
    );
    expect(rocAucOvr(y, p, 3)).toBeCloseTo(0.9027777777777778, 12);
    // Two classes: both one-vs-rest curves have the binary area.
    const two = [
      [0.9, 0.1],
      [0.2, 0.8],
      [0.6, 0.4],
      [0.6, 0.4],
      [0.1, 0.9],
    ];
    expect(rocAucOvr([0, 1, 1, 0, 1], two, 2)).toBeCloseTo(0.9166666666666666, 12);
    // No class with both positives and negatives: undefined.
    expect(
      rocAucOvr(
        [1, 1],
        [
          [0.5, 0.5],
          [0.4, 0.6],
        ],
        2,
      ),
    ).toBeNaN();
  });

  test("expected calibration error over 10 bins; perfectly calibrated certainty scores 0", () => {
    expect(expectedCalibrationError(y, p, 10)).toBeCloseTo(0.17, 12);
    expect(
      expectedCalibrationError(
        [0, 1],
        [
          [1, 0],
          [0, 1],
        ],
        10,
      ),
    ).toBe(0);
    // A diverged model (NaN outputs) is maximally wrong at confidence 0, not an exception.
    expect(expectedCalibrationError([0], [[Number.NaN, 0.5]], 10)).toBe(0);
    expect(expectedCalibrationError([], [], 10)).toBeNaN();
  });
});
