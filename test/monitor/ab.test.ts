import { describe, expect, test } from "@jest/globals";
import seedrandom from "seedrandom";
import { type AbSettings, type AbVerdict, abArm, abVerdict } from "../../pipelines/monitor/ab.ts";

/** One simulated experiment: outcomes arrive one pair at a time and the test is read after every pair. */
function experiment(pA: number, pB: number, seed: string, settings: AbSettings): AbVerdict {
  const rng = seedrandom(seed);
  const a = { n: 0, correct: 0 };
  const b = { n: 0, correct: 0 };
  let p = 1;
  for (;;) {
    a.n++;
    if (rng() < pA) a.correct++;
    b.n++;
    if (rng() < pB) b.correct++;
    const v = abVerdict(a, b, settings, p);
    p = v.pValue;
    if (v.winner !== undefined) return v;
  }
}

describe("the A/B test's decision (mSPRT)", () => {
  const settings = { alpha: 0.05, minSamples: 200, maxSamples: 5000 };

  test("over 200 A/A experiments, read after every outcome, it declares a winner at most alpha of the time", () => {
    let falsePositives = 0;
    for (let i = 0; i < 200; i++) {
      const v = experiment(0.9, 0.9, `aa-${i}`, settings);
      if (v.winner === "candidate" || v.winner === "production") falsePositives++;
    }
    expect(falsePositives / 200).toBeLessThanOrEqual(0.05);
  });

  test("a candidate 3 accuracy points better wins, with an interval that excludes zero", () => {
    let wins = 0;
    const needed: number[] = [];
    for (let i = 0; i < 20; i++) {
      const v = experiment(0.9, 0.93, `ab-${i}`, { ...settings, maxSamples: 20_000 });
      if (v.winner === "candidate") {
        wins++;
        needed.push(v.samples.candidate);
        expect(v.interval[0]).toBeGreaterThan(0);
      }
      expect(v.winner).not.toBe("production");
    }
    expect(wins).toBeGreaterThanOrEqual(18);
    expect(Math.min(...needed)).toBeGreaterThanOrEqual(200);
  });

  test("no decision before the minimum sample size, however large the early difference", () => {
    const v = abVerdict({ n: 50, correct: 10 }, { n: 50, correct: 50 }, settings);
    expect(v.winner).toBeUndefined();
    expect(v.samples).toEqual({ production: 50, candidate: 50 });
  });

  test("the split is sticky: a key always lands on the same arm, and the share is close to the percent", () => {
    expect(abArm("user-42", 50)).toBe(abArm("user-42", 50));
    let candidate = 0;
    for (let i = 0; i < 10_000; i++) if (abArm(`user-${i}`, 30) === "candidate") candidate++;
    expect(candidate / 10_000).toBeGreaterThan(0.28);
    expect(candidate / 10_000).toBeLessThan(0.32);
  });
});
