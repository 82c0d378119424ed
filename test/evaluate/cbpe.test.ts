import { describe, expect, test } from "@jest/globals";
import seedrandom from "seedrandom";
import { calibrated, estimateAccuracy, fitCalibration } from "../../pipelines/evaluate/cbpe.ts";

// A known world: P(y = 1 | x) = sigmoid(2x). The model is overconfident (it answers sigmoid(4x)), so its raw
// probabilities overstate its accuracy; calibration on the test split must correct that.
const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));

function gaussian(rng: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

function sample(n: number, mean: number, sd: number, rng: () => number) {
  const confidences: number[] = [];
  const correct: boolean[] = [];
  for (let i = 0; i < n; i++) {
    const x = mean + sd * gaussian(rng);
    const p1 = sigmoid(4 * x);
    const predicted = p1 >= 0.5 ? 1 : 0;
    const y = rng() < sigmoid(2 * x) ? 1 : 0;
    confidences.push(Math.max(p1, 1 - p1));
    correct.push(predicted === y);
  }
  return { confidences, correct };
}

describe("CBPE", () => {
  test("on a drifted, label-less window the estimate's interval holds the accuracy measured when labels arrive", () => {
    const rng = seedrandom("cbpe");
    const testSplit = sample(4000, 0, 1, rng);
    const cal = fitCalibration(testSplit.confidences, testSplit.correct);
    // Covariate shift towards the decision boundary: production accuracy drops well below the test split's.
    const testAccuracy = testSplit.correct.filter(Boolean).length / testSplit.correct.length;
    const drifted = sample(2000, 0.1, 0.4, rng);
    const estimate = estimateAccuracy(cal, drifted.confidences);
    const realised = drifted.correct.filter(Boolean).length / drifted.correct.length;
    expect(testAccuracy - realised).toBeGreaterThan(0.05);
    expect(realised).toBeGreaterThanOrEqual(estimate.interval[0]);
    expect(realised).toBeLessThanOrEqual(estimate.interval[1]);
    // The raw (overconfident) probabilities would have missed it.
    const raw = drifted.confidences.reduce((s, c) => s + c, 0) / drifted.confidences.length;
    expect(raw).toBeGreaterThan(estimate.interval[1]);
  });

  test("the interval holds the realised accuracy in about 1 - alpha of drifted windows", () => {
    const rng = seedrandom("cbpe-coverage");
    const testSplit = sample(4000, 0, 1, rng);
    const cal = fitCalibration(testSplit.confidences, testSplit.correct);
    let inside = 0;
    for (let i = 0; i < 200; i++) {
      const w = sample(500, 0.1, 0.4, rng);
      const e = estimateAccuracy(cal, w.confidences);
      const realised = w.correct.filter(Boolean).length / w.correct.length;
      if (realised >= e.interval[0] && realised <= e.interval[1]) inside++;
    }
    expect(inside / 200).toBeGreaterThanOrEqual(0.9);
  });

  test("the calibration is monotone in confidence", () => {
    const cal = fitCalibration([0.5, 0.6, 0.7, 0.8, 0.9, 0.95], [false, true, false, true, true, true]);
    const values = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1].map((c) => calibrated(cal, c));
    for (let i = 1; i < values.length; i++) expect(values[i]!).toBeGreaterThanOrEqual(values[i - 1]!);
  });
});
