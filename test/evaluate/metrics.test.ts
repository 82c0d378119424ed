// Expected values come from scikit-learn 1.2.1 (accuracy_score, f1_score(average="macro"),
// log_loss(eps=1e-15), mean_absolute_error, mean_squared_error, r2_score) and numpy.percentile on the same
// inputs.
import { describe, expect, test } from "@jest/globals";
import {
  accuracy,
  argmax,
  f1Macro,
  LOG_LOSS_EPS,
  logLoss,
  mae,
  percentile,
  r2,
  rmse,
} from "../../pipelines/evaluate/metrics.ts";

describe("classification metrics", () => {
  const yTrue = [0, 1, 2, 0, 1, 2, 0, 1];
  const yPred = [0, 2, 1, 0, 0, 2, 0, 1];

  test("accuracy and f1_macro match scikit-learn", () => {
    expect(accuracy(yTrue, yPred)).toBe(0.625);
    expect(f1Macro(yTrue, yPred)).toBeCloseTo(0.5857142857142857, 12);
  });

  test("f1_macro counts a class that is only predicted, and a class never predicted scores 0", () => {
    // class 3 is predicted but never true, class 2 is true but never predicted: (2/3 + 1/3 + 0 + 0) / 4
    expect(f1Macro([0, 0, 1, 1, 2], [0, 1, 1, 3, 0])).toBeCloseTo(0.25, 12);
  });

  test("log_loss clips to [1e-15, 1-1e-15] and renormalises rows like scikit-learn", () => {
    const p = [
      [0.7, 0.2, 0.1],
      [0.1, 0.8, 0.1],
      [0.3, 0.3, 0.4],
      [0.5, 0.5, 0.0],
      [0.0, 1.0, 0.0],
    ];
    expect(logLoss([0, 1, 2, 0, 0], p)).toBeCloseTo(7.345606560519545, 9);
    expect(
      logLoss(
        [0, 2],
        [
          [1.4, 0.6, 0.0],
          [0.2, 0.2, 0.2],
        ],
      ),
    ).toBeCloseTo(0.7843079589569227, 12);
  });

  test("NaN probabilities count as wrong and as the largest finite log_loss", () => {
    const probs = [
      [0.9, 0.1],
      [Number.NaN, Number.NaN],
    ];
    const yTrue = [0, 1];
    const predicted = probs.map(argmax);
    expect(predicted).toEqual([0, -1]);
    expect(accuracy(yTrue, predicted)).toBe(0.5);
    // class 0: tp 1 -> 1; class 1: fn 1 -> 0
    expect(f1Macro(yTrue, predicted)).toBe(0.5);
    const loss = logLoss(yTrue, probs);
    expect(Number.isFinite(loss)).toBe(true);
    expect(loss).toBeCloseTo((-Math.log(0.9) - Math.log(LOG_LOSS_EPS)) / 2, 9);
  });

  test("argmax takes the first of equal probabilities", () => {
    expect(argmax([0.25, 0.5, 0.5, 0])).toBe(1);
  });
});

describe("regression metrics", () => {
  const yTrue = [3, -0.5, 2, 7];
  const yPred = [2.5, 0.0, 2, 8];

  test("mae, rmse and r2 match scikit-learn", () => {
    expect(mae(yTrue, yPred)).toBeCloseTo(0.5, 12);
    expect(rmse(yTrue, yPred)).toBeCloseTo(0.6123724356957945, 12);
    expect(r2(yTrue, yPred)).toBeCloseTo(0.9486081370449679, 12);
  });

  test("r2 of a constant target is 1 when exact and 0 otherwise", () => {
    expect(r2([1, 1, 1], [1, 1, 1])).toBe(1);
    expect(r2([1, 1, 1], [1, 2, 1])).toBe(0);
  });

  test("a NaN prediction makes every regression metric NaN rather than a flattering number", () => {
    for (const metric of [mae, rmse, r2]) expect(metric(yTrue, [2.5, Number.NaN, 2, 8])).toBeNaN();
  });

  test("mismatched lengths are a bug, not a metric", () => {
    expect(() => mae([1, 2], [1])).toThrow(RangeError);
  });
});

test("percentile interpolates linearly like numpy", () => {
  expect(percentile([5, 1, 4, 2, 3, 10], 50)).toBeCloseTo(3.5, 12);
  expect(percentile([5, 1, 4, 2, 3, 10], 95)).toBeCloseTo(8.75, 12);
  expect(percentile([7], 95)).toBe(7);
});
