import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { modelSchema } from "../../pipelines/config/schema.ts";
import { initBackend } from "../../pipelines/train/backend.ts";
import { loadModel, saveModel } from "../../pipelines/train/model-io.ts";
import { buildModel } from "../../pipelines/train/models/index.ts";
import * as tf from "../../pipelines/train/tf.ts";

const mlp = (model: object = {}) =>
  modelSchema.parse({
    task: "classification",
    data: { target: "y", train: { format: "csv", path: "train.csv" } },
    model: { architecture: "mlp", ...model },
  }).model;

let root: string;
beforeAll(async () => {
  await initBackend("wasm");
  root = await mkdtemp(path.join(tmpdir(), "modelops-mlp-"));
});
afterAll(() => rm(root, { recursive: true, force: true }));

const weightsOf = (model: tf.LayersModel) => model.getWeights().map((w) => Array.from(w.dataSync()));
const rows = [
  [0.5, -1, 2, 0],
  [3, 0.1, -0.2, 1],
];
const predict = (model: tf.LayersModel) =>
  tf.tidy(() => (model.predict(tf.tensor2d(rows)) as tf.Tensor).arraySync() as number[][]);

describe("buildModel", () => {
  test("hidden dense layers with dropout, then softmax over the classes", () => {
    const model = buildModel(mlp({ dense: [8, 4], dropout: 0.25, l2: 0.01 }), 4, "classification", 3, 42);
    expect(model.layers.map((l) => l.name)).toEqual([
      "hidden_1",
      "dropout_1",
      "hidden_2",
      "dropout_2",
      "output",
    ]);
    expect(model.inputs[0]!.shape).toEqual([null, 4]);
    expect(model.outputs[0]!.shape).toEqual([null, 3]);
    const out = predict(model);
    for (const p of out) expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    model.dispose();
  });

  test("regression ends in one linear unit; no hidden layers is a linear model", () => {
    const model = buildModel(mlp({ dense: [] }), 4, "regression", undefined, 42);
    expect(model.layers.map((l) => l.name)).toEqual(["output"]);
    expect(model.outputs[0]!.shape).toEqual([null, 1]);
    model.dispose();
  });

  test("the same seed gives the same initial weights, another seed different ones", () => {
    const a = buildModel(mlp({ dense: [8, 8] }), 4, "classification", 3, 42);
    const b = buildModel(mlp({ dense: [8, 8] }), 4, "classification", 3, 42);
    const c = buildModel(mlp({ dense: [8, 8] }), 4, "classification", 3, 43);
    expect(weightsOf(b)).toEqual(weightsOf(a));
    expect(weightsOf(c)).not.toEqual(weightsOf(a));
    for (const m of [a, b, c]) m.dispose();
  });

  test("dropout draws a new mask at every training step, the same sequence for the same seed", () => {
    const masks = (seed: number) => {
      const model = buildModel(mlp({ dense: [64], dropout: 0.5 }), 4, "classification", 2, seed);
      const dropout = model.getLayer("dropout_1");
      const ones = tf.ones([1, 64]);
      const drawn = [1, 2, 3].map(() =>
        tf.tidy(() => Array.from((dropout.apply(ones, { training: true }) as tf.Tensor).dataSync())),
      );
      tf.dispose(ones);
      model.dispose();
      return drawn;
    };
    const [first, second] = masks(5);
    expect(second).not.toEqual(first);
    expect(first!.filter((v) => v === 0).length).toBeGreaterThan(10);
    expect(masks(5)).toEqual(masks(5));
  });

  test("every activation of the schema builds and predicts on wasm", () => {
    for (const activation of ["relu", "elu", "selu", "tanh", "sigmoid", "linear", "gelu", "swish"]) {
      const model = buildModel(mlp({ activation }), 4, "classification", 2, 1);
      expect(predict(model).flat().every(Number.isFinite)).toBe(true);
      model.dispose();
    }
  });

  test("saved twice from the same config and seed, model.json is the same bytes and loads back", async () => {
    const config = mlp({ dense: [6], dropout: 0.5 });
    const a = buildModel(config, 4, "classification", 3, 9);
    const b = buildModel(config, 4, "classification", 3, 9);
    await saveModel(a, path.join(root, "a"));
    await saveModel(b, path.join(root, "b"));
    const json = await readFile(path.join(root, "a", "model.json"), "utf8");
    expect(await readFile(path.join(root, "b", "model.json"), "utf8")).toBe(json);
    expect(json).toContain('"class_name":"Dropout"');
    const loaded = await loadModel(path.join(root, "a"));
    expect(predict(loaded)).toEqual(predict(a));
    for (const m of [a, b, loaded]) m.dispose();
  });
});
