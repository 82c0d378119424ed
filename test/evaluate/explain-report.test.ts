// The explanations section as a reviewer reads it: which class changed, and what a regression shows.
import { describe, expect, test } from "@jest/globals";
import { perClassChanges, renderExplanations } from "../../pipelines/evaluate/explain-report.ts";
import type { MetricsFile } from "../../pipelines/evaluate/types.ts";

const row = (label: string, precision: number, recall: number, f1: number) => ({
  label,
  precision,
  recall,
  f1,
  support: 10,
});

const file = (extra: Partial<MetricsFile>): MetricsFile => ({
  schema: "modelops/metrics@1",
  model: "m",
  task: "classification",
  backend: "cpu",
  metrics: {},
  rows: { train: 1, validation: 1, test: 1 },
  createdAt: "2026-12-01T00:00:00Z",
  ...extra,
});

describe("per-class changes", () => {
  const production = [row("cat", 0.9, 0.9, 0.9), row("dog", 0.8, 0.8, 0.8), row("owl", 1, 1, 1)];

  test("the class that really changed comes first, with its largest change", () => {
    const candidate = [row("cat", 0.91, 0.9, 0.905), row("dog", 0.8, 0.5, 0.615), row("owl", 1, 1, 1)];
    expect(perClassChanges(production, candidate)).toEqual([
      { label: "dog", metric: "recall", production: 0.8, candidate: 0.5, delta: expect.closeTo(-0.3, 10) },
      {
        label: "cat",
        metric: "precision",
        production: 0.9,
        candidate: 0.91,
        delta: expect.closeTo(0.01, 10),
      },
    ]);
  });

  test("unchanged classes and classes production never had are left out", () => {
    const candidate = [...production, row("eel", 0.1, 0.1, 0.1)];
    expect(perClassChanges(production, candidate)).toEqual([]);
    const body = renderExplanations(file({ perClass: production }), file({ perClass: candidate })).body;
    expect(body).toContain("Per-class changes: precision, recall and F1 are the same for every class.");
  });
});

describe("the section", () => {
  test("a regression model says why there are no per-class changes", () => {
    const regression = file({ task: "regression" });
    const { summary, body } = renderExplanations(regression, regression);
    expect(summary).toBe("Explanations");
    expect(body).toContain("Per-class changes: none for a regression model (it has no classes).");
  });

  test("a first version says there is nothing to compare with; an older production says it has no importance", () => {
    const importance = {
      method: "permutation" as const,
      score: "accuracy" as const,
      baseline: 0.9,
      repeats: 5,
      rows: 30,
      seed: 1,
      features: [{ feature: "a", mean: 0.2, std: 0.01 }],
      total: 1,
      seconds: 0.01,
    };
    const candidate = file({ importance, perClass: [row("x", 1, 1, 1)] });
    expect(renderExplanations(null, candidate).body).toContain("No production version to compare with.");
    const older = renderExplanations(file({ perClass: [row("x", 1, 1, 1)] }), candidate).body;
    expect(older).toContain("| `a` | 0.2 ± 0.01 | — |");
    expect(older).toContain("Production's metrics have no importance (evaluated before it existed).");
  });
});
