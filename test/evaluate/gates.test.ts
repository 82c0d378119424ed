import { describe, expect, test } from "@jest/globals";
import { evaluateGate, evaluateGates, formatPair } from "../../pipelines/evaluate/gates.ts";

const statuses = (g: ReturnType<typeof evaluateGate>) => g.conditions.map((c) => [c.condition, c.status]);

describe("absolute bounds", () => {
  test("min: passes at or above, fails below with the values in the reason", () => {
    expect(evaluateGate("accuracy", { min: 0.9 }, undefined, 0.9).passed).toBe(true);
    expect(evaluateGate("accuracy", { min: 0.9 }, undefined, 0.95).conditions[0]!.reason).toBe(
      "accuracy 0.95 >= min 0.90",
    );
    const g = evaluateGate("accuracy", { min: 0.9 }, undefined, 0.87);
    expect(g.passed).toBe(false);
    expect(g.reasons).toEqual(["accuracy 0.87 < min 0.90"]);
  });

  test("max: passes at or below, fails above", () => {
    expect(evaluateGate("latency_p95_ms", { max: 20 }, 10, 20).passed).toBe(true);
    const g = evaluateGate("latency_p95_ms", { max: 20 }, 10, 25);
    expect(g.passed).toBe(false);
    expect(g.reasons).toEqual(["latency_p95_ms 25 > max 20"]);
  });
});

describe("change against the baseline", () => {
  test("maxDrop: literal drop = baseline - candidate", () => {
    expect(evaluateGate("accuracy", { maxDrop: 0.005 }, 0.93, 0.927).passed).toBe(true);
    // exactly at the bound passes, float rounding notwithstanding (0.9 - 0.895 = 0.005000000000000004)
    expect(evaluateGate("accuracy", { maxDrop: 0.005 }, 0.9, 0.895).passed).toBe(true);
    expect(evaluateGate("accuracy", { maxDrop: 0.005 }, 0.9, 0.95).conditions[0]!.reason).toBe(
      "accuracy did not drop (0.90 -> 0.95; maxDrop 0.005)",
    );
    const g = evaluateGate("accuracy", { maxDrop: 0.005 }, 0.931, 0.9);
    expect(g.passed).toBe(false);
    expect(g.reasons).toEqual(["accuracy dropped 0.031 (> maxDrop 0.005)"]);
  });

  test("maxIncrease: literal increase = candidate - baseline", () => {
    expect(evaluateGate("latency_p95_ms", { maxIncrease: 2 }, 10, 11.5).passed).toBe(true);
    expect(evaluateGate("latency_p95_ms", { maxIncrease: 2 }, 10, 5).passed).toBe(true);
    const g = evaluateGate("latency_p95_ms", { maxIncrease: 2 }, 10, 13.2);
    expect(g.reasons).toEqual(["latency_p95_ms increased 3.2 (> maxIncrease 2.0)"]);
  });

  test("maxDropPct: relative to |baseline|, in percent", () => {
    expect(evaluateGate("r2", { maxDropPct: 5 }, 0.8, 0.77).passed).toBe(true); // 3.75 %
    const g = evaluateGate("r2", { maxDropPct: 5 }, 0.8, 0.7); // 12.5 %
    expect(g.passed).toBe(false);
    expect(g.reasons).toEqual(["r2 dropped 12.5% (> maxDropPct 5.0%)"]);
    // a negative baseline: the drop is still measured against |baseline|
    expect(evaluateGate("r2", { maxDropPct: 10 }, -0.5, -0.6).reasons).toEqual([
      "r2 dropped 20% (> maxDropPct 10%)",
    ]);
  });

  test("maxIncreasePct: relative to |baseline|, in percent", () => {
    expect(evaluateGate("size_mb", { maxIncreasePct: 10 }, 2, 2.2).passed).toBe(true); // exactly 10 %
    const g = evaluateGate("size_mb", { maxIncreasePct: 10 }, 2, 2.5);
    expect(g.reasons).toEqual(["size_mb increased 25% (> maxIncreasePct 10%)"]);
    expect(evaluateGate("size_mb", { maxIncreasePct: 10 }, 2, 1).passed).toBe(true);
  });

  test("a relative change from a baseline of 0 is unbounded: fails when it moves the guarded way", () => {
    expect(evaluateGate("mae", { maxIncreasePct: 10 }, 0, 0).passed).toBe(true);
    expect(evaluateGate("mae", { maxIncreasePct: 10 }, 0, -0.1).passed).toBe(true);
    const g = evaluateGate("mae", { maxIncreasePct: 10 }, 0, 0.1);
    expect(g.passed).toBe(false);
    expect(g.reasons[0]).toContain("relative change is unbounded");
  });

  test("every condition of a gate is reported, each with its own result", () => {
    const g = evaluateGate("accuracy", { min: 0.9, maxDrop: 0.005, maxDropPct: 1 }, 0.95, 0.91);
    expect(statuses(g)).toEqual([
      ["min", "pass"],
      ["maxDrop", "fail"],
      ["maxDropPct", "fail"],
    ]);
    expect(g.reasons).toEqual([
      "accuracy dropped 0.040 (> maxDrop 0.005)",
      "accuracy dropped 4.21% (> maxDropPct 1.00%)",
    ]);
  });
});

describe("no baseline, NaN, missing metric", () => {
  test("without a baseline the change conditions are skipped and do not fail; bounds still apply", () => {
    const g = evaluateGate("accuracy", { min: 0.9, maxDrop: 0.005, maxIncreasePct: 3 }, undefined, 0.95);
    expect(g.passed).toBe(true);
    expect(g.skipped).toBe(false);
    expect(statuses(g)).toEqual([
      ["min", "pass"],
      ["maxDrop", "skipped"],
      ["maxIncreasePct", "skipped"],
    ]);
    expect(g.conditions[1]!.reason).toBe("accuracy maxDrop skipped (no baseline)");
    const only = evaluateGate("accuracy", { maxDrop: 0.005 }, undefined, 0.1);
    expect([only.passed, only.skipped]).toEqual([true, true]);
    expect(evaluateGate("accuracy", { min: 0.9, maxDrop: 0.005 }, undefined, 0.5).passed).toBe(false);
  });

  test("a NaN baseline skips the change conditions", () => {
    expect(evaluateGate("accuracy", { maxDrop: 0.005 }, Number.NaN, 0.5).conditions[0]!.status).toBe(
      "skipped",
    );
  });

  test("a NaN candidate fails every condition, with or without a baseline", () => {
    for (const base of [0.9, undefined]) {
      const g = evaluateGate("accuracy", { min: 0.9, max: 1, maxDrop: 0.1, maxDropPct: 5 }, base, Number.NaN);
      expect(g.passed).toBe(false);
      expect(statuses(g).every(([, s]) => s === "fail")).toBe(true);
      expect(g.reasons[0]).toBe("accuracy is NaN (fails min 0.9)");
    }
  });

  test("a gated metric missing from the candidate fails", () => {
    const g = evaluateGate("f1_macro", { min: 0.8, maxDrop: 0.01 }, 0.85, undefined);
    expect(g.passed).toBe(false);
    expect(statuses(g)).toEqual([
      ["min", "fail"],
      ["maxDrop", "fail"],
    ]);
    expect(g.reasons).toEqual(["f1_macro: metric missing from candidate"]);
  });
});

describe("evaluateGates", () => {
  test("one result per configured gate, in config order; null baseline = no baseline", () => {
    const results = evaluateGates(
      { latency_p95_ms: { max: 20 }, accuracy: { min: 0.9, maxDrop: 0.01 } },
      null,
      { accuracy: 0.95, latency_p95_ms: 30 },
    );
    expect(results.map((r) => [r.metric, r.passed])).toEqual([
      ["latency_p95_ms", false],
      ["accuracy", true],
    ]);
  });
});

describe("formatPair", () => {
  test("same decimals for both, enough precision to tell them apart", () => {
    expect(formatPair(0.87, 0.9)).toEqual(["0.87", "0.90"]);
    expect(formatPair(25, 20)).toEqual(["25", "20"]);
    expect(formatPair(0.8999999, 0.9)).toEqual(["0.8999999", "0.9000000"]);
  });
});
