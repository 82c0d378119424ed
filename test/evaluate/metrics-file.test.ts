import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { modelSchema } from "../../pipelines/config/schema.ts";
import { evaluateModel } from "../../pipelines/evaluate/evaluate.ts";
import { measureLatency, modelSizeMb } from "../../pipelines/evaluate/latency.ts";
import { LOG_LOSS_EPS } from "../../pipelines/evaluate/metrics.ts";
import { initBackend } from "../../pipelines/train/backend.ts";
import { fit as fitModel } from "../../pipelines/train/fit.ts";
import { saveModel } from "../../pipelines/train/model-io.ts";
import { buildModel } from "../../pipelines/train/models/index.ts";
import * as tf from "../../pipelines/train/tf.ts";
import { blobs, linear } from "../support/synthetic.ts";

const parse = (task: "classification" | "regression", train: object = {}) =>
  modelSchema.parse({
    task,
    data: { target: "y", train: { format: "csv", path: "train.csv" } },
    model: { architecture: "mlp", dense: [16] },
    train: { epochs: 15, ...train },
  });

let root: string;
beforeAll(async () => {
  await initBackend("wasm");
  root = await mkdtemp(path.join(tmpdir(), "modelops-evaluate-"));
});
afterAll(() => rm(root, { recursive: true, force: true }));

async function trained(task: "classification" | "regression", train: object = {}) {
  const config = parse(task, train);
  const classification = task === "classification";
  const data = classification
    ? blobs({ n: 240, dim: 4, classes: 3, seed: "eval" })
    : linear({ n: 200, seed: "eval" });
  const inputDim = data.train.x[0]!.length;
  const model = buildModel(config.model, inputDim, task, classification ? 3 : undefined, config.train.seed);
  // "stop": the diverged-model test evaluates what a diverged run leaves (training itself would fail).
  await fitModel({
    model,
    data,
    task,
    numClasses: classification ? 3 : undefined,
    train: config.train,
    onDiverged: "stop",
  });
  const modelDir = await mkdtemp(path.join(root, "model-"));
  await saveModel(model, modelDir);
  return { model, data, modelDir };
}

describe("evaluateModel", () => {
  test("a trained classifier gets good test metrics, latency and size in metrics.json", async () => {
    const { model, data, modelDir } = await trained("classification");
    const file = await evaluateModel({
      model,
      data,
      task: "classification",
      classes: ["a", "b", "c"],
      modelDir,
      latencySamples: 20,
      backend: "wasm",
      modelName: "blobs",
      key: "abc123",
    });
    expect(file).toMatchObject({
      schema: "modelops/metrics@1",
      model: "blobs",
      task: "classification",
      key: "abc123",
      backend: "wasm",
      rows: { train: 168, validation: 36, test: 36 },
    });
    expect(Object.keys(file.metrics)).toEqual([
      "accuracy",
      "f1_macro",
      "precision_macro",
      "recall_macro",
      "roc_auc_ovr",
      "log_loss",
      "ece",
      "latency_p50_ms",
      "latency_p95_ms",
      "size_mb",
    ]);
    expect(file.metrics.accuracy).toBeGreaterThan(0.9);
    expect(file.metrics.roc_auc_ovr).toBeGreaterThan(0.95);
    expect(file.metrics.ece).toBeLessThan(0.2);
    // Per class and the confusion matrix: every test row counted once, on the diagonal when right.
    expect(file.perClass?.map((c) => c.support).reduce((a, b) => a + b, 0)).toBe(36);
    const matrix = file.confusionMatrix!.matrix;
    expect(matrix.flat().reduce((a, b) => a + b, 0)).toBe(36);
    const diagonal = matrix.reduce((s, row, i) => s + row[i]!, 0);
    expect(diagonal / 36).toBeCloseTo(file.metrics.accuracy!, 10);
    expect(file.metrics.f1_macro).toBeGreaterThan(0.9);
    expect(file.metrics.log_loss).toBeLessThan(0.3);
    expect(file.metrics.latency_p50_ms).toBeGreaterThan(0);
    expect(file.metrics.latency_p95_ms).toBeGreaterThanOrEqual(file.metrics.latency_p50_ms!);
    const bytes =
      (await stat(path.join(modelDir, "model.json"))).size +
      (await stat(path.join(modelDir, "weights.bin"))).size;
    expect(file.metrics.size_mb).toBe(bytes / 1e6);
    expect(Number.isNaN(Date.parse(file.createdAt))).toBe(false);
    model.dispose();
  });

  test("a regression model reports the metrics asked for, in that order", async () => {
    const { model, data, modelDir } = await trained("regression");
    const file = await evaluateModel({
      model,
      data,
      task: "regression",
      modelDir,
      metrics: ["r2", "mae"],
      latencySamples: 10,
      backend: "wasm",
      modelName: "line",
    });
    expect(Object.keys(file.metrics)).toEqual(["r2", "mae"]);
    expect(file.metrics.r2).toBeGreaterThan(0.95);
    expect(file.metrics.mae).toBeLessThan(0.3);
    expect(file.key).toBeUndefined();
    model.dispose();
  });

  test("a learning rate of 10 trains without crashing and evaluates to honestly bad metrics", async () => {
    const { model, data, modelDir } = await trained("regression", { optimizer: "sgd", learningRate: 10 });
    const file = await evaluateModel({
      model,
      data,
      task: "regression",
      modelDir,
      latencySamples: 10,
      backend: "wasm",
      modelName: "diverged",
    });
    // Diverged weights predict NaN or huge values: the error metrics are NaN or enormous, never good.
    for (const m of ["mae", "rmse"] as const)
      expect(file.metrics[m]! > 1e6 || Number.isNaN(file.metrics[m])).toBe(true);
    expect(file.metrics.r2! < -1e6 || Number.isNaN(file.metrics.r2)).toBe(true);
    model.dispose();
  });

  test("a classifier whose weights are NaN scores accuracy 0 and the largest finite log_loss", async () => {
    const { model, data, modelDir } = await trained("classification", { epochs: 1 });
    const nan = model.getWeights().map((w) => tf.fill(w.shape, Number.NaN));
    model.setWeights(nan);
    tf.dispose(nan);
    const file = await evaluateModel({
      model,
      data,
      task: "classification",
      modelDir,
      metrics: ["accuracy", "f1_macro", "log_loss"],
      latencySamples: 10,
      backend: "wasm",
      modelName: "nan",
    });
    expect(file.metrics).toEqual({
      accuracy: 0,
      f1_macro: 0,
      log_loss: expect.closeTo(-Math.log(LOG_LOSS_EPS), 9),
    });
    model.dispose();
  });

  test("a metric of the other task, or an empty test split, is a clear error", async () => {
    const model = buildModel(parse("classification").model, 4, "classification", 3, 1);
    const data = blobs({ n: 30, dim: 4, classes: 3, seed: "err" });
    const base = {
      model,
      data,
      task: "classification" as const,
      modelDir: root,
      latencySamples: 10,
      backend: "wasm",
    };
    await expect(evaluateModel({ ...base, modelName: "m", metrics: ["accuracy", "rmse"] })).rejects.toThrow(
      "metric rmse does not apply to a classification model (models.m.evaluate.metrics); use accuracy, f1_macro, precision_macro, recall_macro, roc_auc_ovr, log_loss, ece, latency_p50_ms, latency_p95_ms, size_mb",
    );
    await expect(
      evaluateModel({ ...base, modelName: "m", data: { ...data, test: { x: [], y: [] } } }),
    ).rejects.toThrow(/^model m has no test rows to evaluate on; set split.test above 0 or give data.test$/);
    model.dispose();
  });

  test("evaluation leaves no tensor behind", async () => {
    const { model, data, modelDir } = await trained("classification", { epochs: 1 });
    const before = tf.memory().numTensors;
    await evaluateModel({
      model,
      data,
      task: "classification",
      modelDir,
      latencySamples: 10,
      backend: "wasm",
      modelName: "m",
    });
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });
});

describe("latency and size", () => {
  test("measureLatency times batch-1 predictions with or without real rows", async () => {
    const model = buildModel(parse("regression").model, 3, "regression", undefined, 1);
    for (const rows of [undefined, [[1, 2, 3]]]) {
      const { p50, p95 } = await measureLatency(model, 3, 15, rows);
      expect(p50).toBeGreaterThan(0);
      expect(p95).toBeGreaterThanOrEqual(p50);
    }
    model.dispose();
  });

  test("modelSizeMb of a folder without a model is a clear error", async () => {
    await expect(modelSizeMb(path.join(root, "none"))).rejects.toThrow(
      /cannot size the model: .*model\.json is missing/,
    );
  });
});
