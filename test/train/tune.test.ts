// Hyperparameter search and cross-validation: the trial list (grid and seeded random, within the budget),
// k folds, the reducer, and the CLI flow an Actions matrix uses: --list, one --trial per runner, --reduce.
import { spawnSync } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, test } from "@jest/globals";
import { modelSchema } from "../../pipelines/config/schema.ts";
import type { MetricsFile } from "../../pipelines/evaluate/types.ts";
import {
  expandTrials,
  kFolds,
  reduceTrials,
  type TrialResult,
  trialConfig,
} from "../../pipelines/train/tune.ts";
import { MODELOPS_CLI } from "../support/cli.ts";

const base = {
  task: "classification",
  data: { target: "y", train: { format: "csv", path: "x.csv" } },
  model: { architecture: "mlp", dense: [8] },
};
const search = (s: Record<string, unknown>) =>
  modelSchema.parse({ ...base, tune: { search: s } }).tune!.search!;

describe("search trials", () => {
  test("grid: every combination in order (first key slowest), cut at the trial budget", () => {
    const trials = expandTrials(
      search({
        method: "grid",
        trials: 5,
        space: { "train.learningRate": [0.1, 0.01], "model.dense": [[4], [8], [16]] },
      }),
    );
    expect(trials.map((t) => [t.trial, t.params["train.learningRate"], t.params["model.dense"]])).toEqual([
      [1, 0.1, [4]],
      [2, 0.1, [8]],
      [3, 0.1, [16]],
      [4, 0.01, [4]],
      [5, 0.01, [8]],
    ]);
    expect(() =>
      expandTrials(search({ method: "grid", space: { "train.learningRate": { min: 0.001, max: 0.1 } } })),
    ).toThrow(/tune.search.space.train.learningRate is a range, which only random search can draw from/);
  });

  test("random: seeded draws from lists and (log, integer) ranges, the same every time", () => {
    const s = search({
      method: "random",
      trials: 20,
      seed: 3,
      space: {
        "train.learningRate": { min: 0.0001, max: 0.1, log: true },
        "train.batchSize": { min: 8, max: 64, integer: true },
        "model.activation": ["relu", "tanh"],
      },
    });
    const a = expandTrials(s);
    expect(a).toEqual(expandTrials(s));
    expect(a).toHaveLength(20);
    for (const t of a) {
      expect(t.params["train.learningRate"]).toBeGreaterThanOrEqual(0.0001);
      expect(t.params["train.learningRate"]).toBeLessThanOrEqual(0.1);
      expect(Number.isInteger(t.params["train.batchSize"])).toBe(true);
      expect(["relu", "tanh"]).toContain(t.params["model.activation"]);
    }
    // Log-uniform: about half the draws below the geometric middle (0.00316).
    const low = a.filter((t) => (t.params["train.learningRate"] as number) < 0.00316).length;
    expect(low).toBeGreaterThan(4);
    expect(low).toBeLessThan(16);
  });

  test("a trial's config is the model's with the values set; an invalid combination is a one-line error", () => {
    const config = modelSchema.parse(base);
    const trial = trialConfig(config, { "model.dense": [32, 32], "train.learningRate": 0.5 });
    expect(trial.model).toMatchObject({ architecture: "mlp", dense: [32, 32] });
    expect(trial.train.learningRate).toBe(0.5);
    expect(() => trialConfig(config, { "train.learningRate": -1 })).toThrow(
      /^tune.search: the values \{"train.learningRate":-1\} make an invalid model config \(train.learningRate: .+\); fix tune.search.space$/,
    );
  });
});

describe("folds and the reducer", () => {
  test("k folds: every row once, class proportions kept, sizes within one", () => {
    const labels = Array.from({ length: 30 }, (_, i) => (i < 20 ? 0 : 1));
    const folds = kFolds(labels, 5, 1, true);
    expect(folds.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    for (const f of folds) {
      expect(f).toHaveLength(6);
      expect(f.filter((i) => labels[i] === 1)).toHaveLength(2);
    }
    expect(() => kFolds([0, 1], 3, 1, false)).toThrow(
      "tune.crossValidation.folds 3 is more than the 2 training rows",
    );
  });

  test("the best trial by the objective's direction; NaN never wins; missing trials are listed", () => {
    const result = (trial: number, metric: "accuracy" | "rmse", value: number): TrialResult => ({
      schema: "modelops/trial@1",
      model: "m",
      trial,
      params: { "train.learningRate": trial / 10 },
      objective: { metric, value, on: "validation" },
      metrics: { [metric]: value },
      seconds: 1,
    });
    const higher = reduceTrials(
      "m",
      [result(1, "accuracy", 0.8), result(2, "accuracy", Number.NaN), result(3, "accuracy", 0.9)],
      [1, 2, 3, 4],
    );
    expect(higher.best.trial).toBe(3);
    expect(higher.missing).toEqual([4]);
    const lower = reduceTrials(
      "m",
      [result(1, "rmse", 0.3), result(2, "rmse", 0.2), result(3, "rmse", 0.2)],
      [1, 2, 3],
    );
    expect(lower.best.trial).toBe(2);
    expect(() => reduceTrials("m", [], [1])).toThrow(/^no trial results for model m/);
  });
});

describe("modelops tune and cross-validation through the CLI", () => {
  const CLI = MODELOPS_CLI;
  const cli = (cwd: string, ...args: string[]) => {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", timeout: 120_000 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  test("--list, one --trial at a time (as matrix runners would), --reduce; run adds cv mean and std", async () => {
    const dir = await mkdtemp(join(tmpdir(), "modelops-tune-"));
    await mkdir(join(dir, "data"));
    await copyFile(resolve("examples/iris/data/iris.csv"), join(dir, "data/iris.csv"));
    await writeFile(
      join(dir, "modelops.yaml"),
      `version: 1
models:
  iris:
    task: classification
    data: { target: species, train: { format: csv, path: data/iris.csv } }
    preprocess: [{ scale: { method: standard } }]
    split: { validation: 0.2, test: 0.2, seed: 1 }
    model: { architecture: mlp, dense: [8] }
    train: { epochs: 8, learningRate: 0.05, batchSize: 16 }
    evaluate: { latencySamples: 10 }
    tune:
      crossValidation: { folds: 3 }
      search: { method: grid, trials: 2, space: { model.dense: [[2], [16]] } }
`,
    );
    const list = cli(dir, "tune", "-m", "iris", "--list", "--json");
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual([1, 2]);
    for (const n of ["2", "1"]) {
      const r = cli(dir, "tune", "-m", "iris", "--trial", n);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^iris trial ${n}: accuracy [0-9.]+ on cross-validation`));
    }
    const missing = cli(dir, "tune", "-m", "iris", "--trial", "3");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(
      "trial 3 does not exist: model iris's search has trials 1 to 2; pick one of those",
    );
    const reduced = cli(dir, "tune", "-m", "iris", "--reduce");
    expect(reduced.code).toBe(0);
    const tune = JSON.parse(await readFile(join(dir, "runs/iris/tune.json"), "utf8"));
    expect(tune.trials.map((t: { trial: number }) => t.trial)).toEqual([1, 2]);
    expect(tune.missing).toEqual([]);
    const values = tune.trials.map((t: { value: number }) => t.value);
    expect(tune.best.objective.value).toBe(Math.max(...values));

    const run = cli(dir, "run", "-m", "iris");
    expect(run.code).toBe(0);
    const metrics = JSON.parse(await readFile(join(dir, "runs/iris/metrics.json"), "utf8")) as MetricsFile;
    expect(metrics.crossValidation?.folds).toBe(3);
    expect(metrics.crossValidation?.mean.accuracy).toBeGreaterThan(0.5);
    expect(metrics.crossValidation?.std.accuracy).toBeGreaterThanOrEqual(0);
    expect(Object.keys(metrics.crossValidation!.mean)).not.toContain("latency_p50_ms");
  });
});
