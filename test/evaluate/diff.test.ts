import { describe, expect, test } from "@jest/globals";
import { ModelopsError } from "../../pipelines/errors.ts";
import { compareMetrics, parseMetricsFile, renderMarkdown, toJson } from "../../pipelines/evaluate/diff.ts";
import type { MetricsFile } from "../../pipelines/evaluate/types.ts";

function metrics(values: MetricsFile["metrics"], model = "iris"): MetricsFile {
  return {
    schema: "modelops/metrics@1",
    model,
    task: "classification",
    backend: "cpu",
    metrics: values,
    rows: { train: 96, validation: 24, test: 30 },
    createdAt: "2025-01-01T00:00:00.000Z",
  };
}

const GATES = { accuracy: { min: 0.9, maxDrop: 0.01 }, latency_p95_ms: { max: 20 } };
const PROD = metrics({ accuracy: 0.95, f1_macro: 0.94, log_loss: 0.2, latency_p95_ms: 4 });

describe("compareMetrics", () => {
  test("a row per metric in either file: values, delta, delta %, direction and better", () => {
    const c = compareMetrics(
      PROD,
      metrics({ accuracy: 0.96, log_loss: 0.25, latency_p95_ms: 4, size_mb: 0.1 }),
      GATES,
    );
    expect(c.model).toBe("iris");
    expect(c.rows.map((r) => r.metric)).toEqual([
      "accuracy",
      "f1_macro",
      "log_loss",
      "latency_p95_ms",
      "size_mb",
    ]);
    const [acc, f1, loss, lat, size] = c.rows;
    expect(acc).toEqual({
      metric: "accuracy",
      direction: "higher",
      baseline: 0.95,
      candidate: 0.96,
      delta: expect.closeTo(0.01, 10),
      deltaPct: expect.closeTo(1.0526, 3),
      better: true,
      gate: "pass",
    });
    expect([f1!.candidate, f1!.delta, f1!.better, f1!.gate]).toEqual([null, null, null, null]);
    expect([loss!.direction, loss!.better, loss!.deltaPct]).toEqual(["lower", false, expect.closeTo(25, 6)]);
    expect([lat!.delta, lat!.better, lat!.gate]).toEqual([0, null, "pass"]);
    expect([size!.baseline, size!.delta, size!.deltaPct]).toEqual([null, null, null]);
    expect(c.passed).toBe(true);
  });

  test("deltaPct is null against a baseline of 0", () => {
    const c = compareMetrics(metrics({ mae: 0 }), metrics({ mae: 0.5 }));
    expect(c.rows[0]).toMatchObject({ delta: 0.5, deltaPct: null, better: false });
  });

  test("one failing gate fails the comparison; its reasons are listed", () => {
    const c = compareMetrics(PROD, metrics({ accuracy: 0.87, latency_p95_ms: 4 }), GATES);
    expect(c.passed).toBe(false);
    const acc = c.gates.find((g) => g.metric === "accuracy")!;
    expect(acc.reasons).toEqual(["accuracy 0.87 < min 0.90", "accuracy dropped 0.08 (> maxDrop 0.01)"]);
    expect(c.rows.find((r) => r.metric === "accuracy")!.gate).toBe("fail");
  });

  test("no baseline: change conditions skipped, bounds applied, a note says so", () => {
    const c = compareMetrics(null, metrics({ accuracy: 0.95, latency_p95_ms: 3 }), GATES);
    expect(c.passed).toBe(true);
    expect(c.baseline).toBeNull();
    expect(c.rows.every((r) => r.baseline === null && r.delta === null)).toBe(true);
    expect(c.gates[0]!.conditions.map((k) => k.status)).toEqual(["pass", "skipped"]);
    expect(c.notes[0]).toContain("No production model yet");
  });

  test("a NaN candidate (null in metrics.json) fails its gate", () => {
    const nan = parseMetricsFile(
      JSON.stringify(metrics({ accuracy: Number.NaN, latency_p95_ms: 3 })),
      "cand.json",
    );
    expect(Number.isNaN(nan.metrics.accuracy)).toBe(true);
    const c = compareMetrics(PROD, nan, GATES);
    expect(c.passed).toBe(false);
    expect(c.rows[0]).toMatchObject({ metric: "accuracy", delta: null, gate: "fail" });
    expect(Number.isNaN(c.rows[0]!.candidate)).toBe(true);
  });

  test("a gated metric missing from the candidate fails and still gets a row", () => {
    const c = compareMetrics(PROD, metrics({ accuracy: 0.95 }), GATES);
    expect(c.passed).toBe(false);
    expect(c.gates[1]!.reasons).toEqual(["latency_p95_ms: metric missing from candidate"]);
    expect(c.rows.find((r) => r.metric === "latency_p95_ms")).toMatchObject({
      candidate: null,
      gate: "fail",
    });
  });
});

describe("renderMarkdown", () => {
  test("a GitHub table with production, candidate, Δ, Δ% and a gate mark, failed reasons below", () => {
    const md = renderMarkdown(compareMetrics(PROD, metrics({ accuracy: 0.87, latency_p95_ms: 25 }), GATES));
    expect(md).toContain("| metric | production | candidate | Δ | Δ% | gate |");
    expect(md).toContain("| :--- | ---: | ---: | ---: | ---: | :---: |");
    expect(md).toContain("| accuracy ↑ | 0.95 | 0.87 | -0.08 🔴 | -8.42% | ❌ |");
    expect(md).toContain("| latency_p95_ms ↓ | 4 | 25 | +21 🔴 | +525.00% | ❌ |");
    expect(md).toContain("| f1_macro ↑ | 0.94 | — | — | — | — |");
    expect(md).toContain("❌ 2 of 2 gates failed");
    const reasons = md.slice(md.indexOf("**Failed gates**"));
    expect(reasons).toContain("- accuracy 0.87 < min 0.90\n");
    expect(reasons).toContain("- accuracy dropped 0.08 (> maxDrop 0.01)\n");
    expect(reasons).toContain("- latency_p95_ms 25 > max 20\n");
  });

  test("passing, no baseline: ✅, dashes for production, the skipped checks and the note", () => {
    const md = renderMarkdown(compareMetrics(null, metrics({ accuracy: 0.95, latency_p95_ms: 3 }), GATES));
    expect(md).toContain("✅ all 2 gates passed");
    expect(md).toContain("| accuracy ↑ | — | 0.95 | — | — | ✅ |");
    expect(md).not.toContain("Failed gates");
    expect(md).toContain("accuracy maxDrop skipped (no baseline)");
    expect(md).toContain("No production model yet");
  });

  test("no gates configured", () => {
    expect(renderMarkdown(compareMetrics(PROD, PROD))).toContain("no gates configured");
  });
});

describe("toJson", () => {
  test("the comparison as JSON, NaN written as a string", () => {
    const nan = metrics({ accuracy: Number.NaN, latency_p95_ms: 3 });
    const parsed = JSON.parse(toJson(compareMetrics(PROD, nan, GATES)));
    expect(Object.keys(parsed)).toEqual([
      "schema",
      "model",
      "baseline",
      "candidate",
      "rows",
      "gates",
      "passed",
      "notes",
    ]);
    expect(parsed.schema).toBe("modelops/comparison@1");
    expect(parsed.passed).toBe(false);
    expect(parsed.baseline).toEqual({ model: "iris", createdAt: "2025-01-01T00:00:00.000Z" });
    expect(parsed.rows[0]).toEqual({
      metric: "accuracy",
      direction: "higher",
      baseline: 0.95,
      candidate: "NaN",
      delta: null,
      deltaPct: null,
      better: null,
      gate: "fail",
    });
    expect(parsed.gates[0]).toEqual({
      metric: "accuracy",
      passed: false,
      skipped: false,
      conditions: [
        { condition: "min", threshold: 0.9, status: "fail", reason: "accuracy is NaN (fails min 0.9)" },
        {
          condition: "maxDrop",
          threshold: 0.01,
          status: "fail",
          reason: "accuracy is NaN (fails maxDrop 0.01)",
        },
      ],
      reasons: ["accuracy is NaN (fails min 0.9)", "accuracy is NaN (fails maxDrop 0.01)"],
    });
  });
});

describe("parseMetricsFile", () => {
  const message = (text: string) => {
    try {
      parseMetricsFile(text, "cand.json");
    } catch (e) {
      expect(e).toBeInstanceOf(ModelopsError);
      expect((e as ModelopsError).exitCode).toBe(2);
      return (e as Error).message;
    }
    throw new Error("expected an error");
  };

  test("not JSON: names the file and the line", () => {
    expect(message('{\n  "schema": x\n}')).toBe("cand.json: not valid JSON (Unexpected token 'x' at line 2)");
    expect(message('{"a": 1,}')).toBe(
      "cand.json: not valid JSON (Expected double-quoted property name at line 1 column 9)",
    );
    expect(message("")).toMatch(/^cand\.json: not valid JSON \(Unexpected end of JSON input/);
  });

  test("JSON that is not a metrics file: says which field is missing", () => {
    expect(message("[1]")).toContain("expected a JSON object");
    expect(message('{"model": "iris", "metrics": {}}')).toBe(
      'cand.json: not a modelops metrics file (what `modelops evaluate` writes): missing field "schema"',
    );
    expect(message('{"schema": "modelops/metrics@1", "model": "iris"}')).toContain('missing field "metrics"');
    expect(message('{"schema": "other", "model": "iris", "metrics": {}}')).toContain(
      'unsupported "schema" "other"',
    );
    expect(
      message('{"schema": "modelops/metrics@1", "model": "iris", "metrics": {"accuracy": "high"}}'),
    ).toContain('metrics.accuracy is "high", expected a number');
  });
});
