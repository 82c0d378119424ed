// Permutation importance on data whose answer is known: one feature carries the signal, one is noise.

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import seedrandom from "seedrandom";
import { modelSchema } from "../../pipelines/config/schema.ts";
import type { FittedTransform, PreparedData, SplitData } from "../../pipelines/data/types.ts";
import { evaluateModel } from "../../pipelines/evaluate/evaluate.ts";
import { featureGroups, permutationImportance, predictWith } from "../../pipelines/evaluate/importance.ts";
import { runEvaluate, runPreprocess, runTrain } from "../../pipelines/run/run.ts";
import { initBackend } from "../../pipelines/train/backend.ts";
import { fit as fitModel } from "../../pipelines/train/fit.ts";
import { saveModel } from "../../pipelines/train/model-io.ts";
import { buildModel } from "../../pipelines/train/models/index.ts";
import type * as tf from "../../pipelines/train/tf.ts";

/** x0 decides the target; x1 is noise drawn independently of it. */
function signalAndNoise(n: number, task: "classification" | "regression", seed: string): SplitData {
  const rng = seedrandom(seed);
  const x: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const signal = rng() * 4 - 2;
    const noise = rng() * 4 - 2;
    x.push([signal, noise]);
    y.push(task === "classification" ? (signal > 0 ? 1 : 0) : 2 * signal + (rng() - 0.5) * 0.2);
  }
  return { x, y };
}

function dataset(task: "classification" | "regression"): PreparedData {
  return {
    train: signalAndNoise(400, task, `${task}-train`),
    validation: signalAndNoise(80, task, `${task}-validation`),
    test: signalAndNoise(200, task, `${task}-test`),
  };
}

const GROUPS = [
  { name: "signal", columns: [0] },
  { name: "noise", columns: [1] },
];

let root: string;
const models: tf.LayersModel[] = [];
beforeAll(async () => {
  await initBackend("wasm");
  root = await mkdtemp(path.join(tmpdir(), "modelops-importance-"));
});
afterAll(async () => {
  for (const m of models) m.dispose();
  await rm(root, { recursive: true, force: true });
});

async function trained(task: "classification" | "regression", data: PreparedData) {
  const config = modelSchema.parse({
    task,
    data: { target: "y", train: { format: "csv", path: "train.csv" } },
    model: { architecture: "mlp", dense: [8] },
    train: { epochs: 30, learningRate: 0.05, seed: 3 },
  });
  const classes = task === "classification" ? 2 : undefined;
  const model = buildModel(config.model, 2, task, classes, config.train.seed);
  models.push(model);
  await fitModel({ model, data, task, numClasses: classes, train: config.train });
  return model;
}

describe("permutation importance", () => {
  test("the feature that carries the signal ranks first by a clear margin; the noise is near zero", async () => {
    const data = dataset("classification");
    const model = await trained("classification", data);
    const report = await permutationImportance(
      predictWith(model, 2),
      data.test.x,
      data.test.y,
      "classification",
      {
        groups: GROUPS,
        seed: 7,
      },
    );
    expect(report.score).toBe("accuracy");
    expect(report.baseline).toBeGreaterThan(0.9);
    expect(report.features.map((f) => f.feature)).toEqual(["signal", "noise"]);
    const [signal, noise] = report.features;
    // Shuffling the signal leaves a coin toss: about half of the accuracy is lost.
    expect(signal!.mean).toBeGreaterThan(0.3);
    expect(Math.abs(noise!.mean)).toBeLessThan(0.05);
    expect(signal!.mean - noise!.mean).toBeGreaterThan(5 * (signal!.std + noise!.std));
    expect(report).toMatchObject({ repeats: 5, rows: 200, seed: 7, total: 2 });
  });

  test("a regression model is judged by r2, with the same ranking", async () => {
    const data = dataset("regression");
    const model = await trained("regression", data);
    const report = await permutationImportance(
      predictWith(model, 2),
      data.test.x,
      data.test.y,
      "regression",
      {
        groups: GROUPS,
        seed: 7,
      },
    );
    expect(report.score).toBe("r2");
    expect(report.features[0]?.feature).toBe("signal");
    expect(report.features[0]!.mean).toBeGreaterThan(0.5);
    expect(Math.abs(report.features[1]!.mean)).toBeLessThan(0.1);
  });

  test("the same seed gives the same figures; the row cap samples the test split", async () => {
    const data = dataset("classification");
    const model = await trained("classification", data);
    const run = () =>
      permutationImportance(predictWith(model, 2), data.test.x, data.test.y, "classification", {
        groups: GROUPS,
        seed: 11,
        repeats: 3,
        maxRows: 50,
      });
    const [a, b] = [await run(), await run()];
    expect(a.features).toEqual(b.features);
    expect(a).toMatchObject({ rows: 50, repeats: 3 });
  });

  test("evaluate writes it into metrics.json's `importance` when asked, and only then", async () => {
    const data = dataset("classification");
    const model = await trained("classification", data);
    const modelDir = await mkdtemp(path.join(root, "model-"));
    await saveModel(model, modelDir);
    const common = {
      model,
      data,
      task: "classification" as const,
      classes: ["no", "yes"],
      modelDir,
      metrics: ["accuracy" as const],
      latencySamples: 10,
      backend: "wasm",
      modelName: "toy",
    };
    const withImportance = await evaluateModel({ ...common, importance: { groups: GROUPS, seed: 1 } });
    expect(withImportance.importance?.features[0]?.feature).toBe("signal");
    expect(withImportance.importance?.baseline).toBeCloseTo(withImportance.metrics.accuracy!, 10);
    expect((await evaluateModel(common)).importance).toBeUndefined();
  });
});

describe("evaluate.importance in modelops.yaml", () => {
  const iris = (evaluate: object) =>
    modelSchema.parse({
      task: "classification",
      data: { target: "species", train: { format: "csv", path: "data/iris.csv" } },
      split: { validation: 0.15, test: 0.2, stratify: true, seed: 42 },
      model: { architecture: "mlp", dense: [8] },
      train: { epochs: 3, seed: 42 },
      evaluate: { metrics: ["accuracy"], latencySamples: 10, ...evaluate },
    });

  test("a run's metrics.json has the importance of the CSV's columns by default, none with false", async () => {
    const configDir = new URL("../../examples/iris/", import.meta.url).pathname;
    const outDir = await mkdtemp(path.join(root, "run-"));
    const on = { configDir, name: "iris", config: iris({ importance: { repeats: 2 } }) };
    await runPreprocess(on, outDir);
    await runTrain(on, outDir, {});
    const measured = await runEvaluate(on, outDir);
    expect(measured.importance).toMatchObject({ repeats: 2, rows: 30, seed: 42, total: 4 });
    expect(measured.importance?.features.map((f) => f.feature).sort()).toEqual([
      "petal_length",
      "petal_width",
      "sepal_length",
      "sepal_width",
    ]);
    expect(iris({}).evaluate.importance).toEqual({ repeats: 5, maxRows: 2000 });
    const off = { ...on, config: iris({ importance: false }) };
    expect((await runEvaluate(off, outDir)).importance).toBeUndefined();
  });
});

describe("feature groups", () => {
  const transform = (extra: Partial<FittedTransform> = {}): FittedTransform => ({
    schema: "modelops/preprocessing@1",
    task: "classification",
    features: [
      { name: "age" },
      {
        name: "city",
        type: "string",
        encode: { method: "onehot", categories: ["a", "b"], unknown: "bucket" },
      },
      { name: "income" },
    ],
    target: { name: "y", classes: ["n", "y"] },
    ...extra,
  });

  test("a one-hot feature's columns are shuffled together, under the feature's name", () => {
    expect(featureGroups(transform(), 5)).toEqual([
      { name: "age", columns: [0] },
      { name: "city", columns: [1, 2, 3] },
      { name: "income", columns: [4] },
    ]);
  });

  test("variance selection keeps the owners of the kept columns; after PCA each component is a feature", () => {
    expect(featureGroups(transform({ select: [0, 2, 4] }), 3)).toEqual([
      { name: "age", columns: [0] },
      { name: "city", columns: [1] },
      { name: "income", columns: [2] },
    ]);
    const pca = {
      mean: [0, 0, 0, 0, 0],
      components: [
        [1, 0, 0, 0, 0],
        [0, 1, 0, 0, 0],
      ],
      explainedVarianceRatio: [0.6, 0.3],
    };
    expect(featureGroups(transform({ pca }), 2).map((g) => g.name)).toEqual(["pc1", "pc2"]);
  });
});
