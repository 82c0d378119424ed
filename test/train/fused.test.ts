// The fused steps (pipelines/train/fused.ts), dense and CNN, against the tfjs path they replace: the same
// training, up to float rounding, for each optimizer, with l2, class weights, regression, and 2 replicas.
import { beforeAll, describe, expect, test } from "@jest/globals";
import { modelSchema } from "../../pipelines/config/schema.ts";
import type { PreparedData } from "../../pipelines/data/types.ts";
import { initBackend } from "../../pipelines/train/backend.ts";
import { fit as fitModel } from "../../pipelines/train/fit.ts";
import { kernelsBuild } from "../../pipelines/train/kernels/index.ts";
import { buildNetwork } from "../../pipelines/train/models/index.ts";
import * as tf from "../../pipelines/train/tf.ts";
import { blobs, linear } from "../support/synthetic.ts";

beforeAll(async () => {
  await initBackend("wasm");
});

type Task = "classification" | "regression";

/** Trains the same network twice from the same seed, with and without the fused steps. */
async function fitBoth(
  task: Task,
  model: Record<string, unknown>,
  train: Record<string, unknown>,
  data: PreparedData,
) {
  const c = modelSchema.parse({
    task,
    data: { target: "y", train: { format: "csv", path: "x.csv" } },
    model,
    train: { batchSize: 16, workers: 1, ...train },
  });
  const classes = task === "classification" ? { numClasses: 3 } : {};
  const run = async (fused: boolean) => {
    const m = buildNetwork({
      spec: c.model,
      inputWidth: data.train.x[0]!.length,
      task,
      ...classes,
      seed: c.train.seed,
    });
    const lines: string[] = [];
    const history = await fitModel({
      model: m,
      data,
      task,
      ...(task === "classification" ? { numClasses: 3, classes: ["0", "1", "2"] } : {}),
      train: c.train,
      fused,
      log: (l) => lines.push(l),
    });
    const weights = m.getWeights().map((w) => Array.from(w.dataSync()));
    m.dispose();
    return { history, weights, lines };
  };
  return { fused: await run(true), tfjs: await run(false) };
}

async function both(task: Task, model: Record<string, unknown>, train: Record<string, unknown>) {
  const data =
    task === "classification"
      ? blobs({ n: 120, dim: 4, classes: 3, seed: "fused" })
      : linear({ n: 120, seed: "fused" });
  return fitBoth(task, { architecture: "mlp", ...model }, { epochs: 5, ...train }, data);
}

const close = (a: number, b: number, tol: number) =>
  expect(Math.abs(a - b)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b)));

/** The fused run logged `line`, the tfjs run did not fuse, and both trained the same within 1e-3. */
function expectSameTraining({ fused, tfjs }: Awaited<ReturnType<typeof fitBoth>>, line: string) {
  expect(fused.lines).toContain(line);
  expect(tfjs.lines.some((l) => l.startsWith("steps: fused"))).toBe(false);
  expect(fused.history.epochs).toHaveLength(tfjs.history.epochs.length);
  fused.history.epochs.forEach((e, i) => {
    const t = tfjs.history.epochs[i]!;
    for (const key of Object.keys(t)) close(e[key]!, t[key]!, 1e-3);
  });
  fused.weights.forEach((w, i) => {
    w.forEach((v, j) => {
      close(v, tfjs.weights[i]![j]!, 1e-3);
    });
  });
}

describe("fused dense steps match the tfjs path", () => {
  const cases: Array<[string, Task, Record<string, unknown>, Record<string, unknown>]> = [
    [
      "adam, relu, l2",
      "classification",
      { dense: [16, 8], l2: 0.001 },
      { optimizer: "adam", learningRate: 0.01 },
    ],
    [
      "adamw, tanh",
      "classification",
      { dense: [8], activation: "tanh" },
      { optimizer: "adamw", learningRate: 0.01, weightDecay: 0.1 },
    ],
    [
      "sgd, sigmoid, balanced class weights",
      "classification",
      { dense: [8], activation: "sigmoid" },
      { optimizer: "sgd", learningRate: 0.5, classWeight: "balanced" },
    ],
    [
      "momentum, elu",
      "classification",
      { dense: [8], activation: "elu" },
      { optimizer: "momentum", learningRate: 0.05 },
    ],
    [
      "adam, relu, label smoothing 0.1",
      "classification",
      { dense: [8] },
      { optimizer: "adam", learningRate: 0.01, labelSmoothing: 0.1 },
    ],
    [
      "adam, selu, regression",
      "regression",
      { dense: [8], activation: "selu" },
      { optimizer: "adam", learningRate: 0.01 },
    ],
  ];
  test.each(cases)("%s", async (_name, task, model, train) => {
    expectSameTraining(await both(task, model, train), "steps: fused dense steps (wasm)");
  });

  test("dropout and gelu: dropout trains fused (its own seeded masks), gelu takes the tfjs path", async () => {
    const dropout = await both("classification", { dense: [16], dropout: 0.3 }, {});
    expect(dropout.fused.lines).toContain("steps: fused dense steps (wasm)");
    // history.json names the kernels build that trained it (the tfjs path on wasm runs our kernels too)
    expect(dropout.fused.history.kernels).toBe(kernelsBuild());
    expect(dropout.fused.history.epochs.at(-1)!.val_accuracy).toBeGreaterThan(0.8);
    const gelu = await both("classification", { dense: [8], activation: "gelu" }, {});
    expect(gelu.fused.lines).toContain(
      "steps: tfjs kernels (the fused steps do not cover a hidden activation other than linear, relu, tanh, sigmoid, elu, selu)",
    );
    expect(tf.memory().numTensors).toBeGreaterThan(0);
  });
});

// The fused CNN steps: convolutions (same and valid padding, strides of the pooling), max pooling, flatten and
// dense layers, on one thread and in the data-parallel replicas, against the tfjs path.
async function bothCnn(task: Task, model: Record<string, unknown>, train: Record<string, unknown>) {
  const data =
    task === "classification"
      ? blobs({ n: 150, dim: 60, classes: 3, seed: "fused-cnn", spread: 1 })
      : linear({ n: 150, seed: "fused-cnn" });
  if (task === "regression") {
    // 60 inputs per row: the 3 features repeated, so the image has some structure.
    for (const part of [data.train, data.validation, data.test])
      part.x = part.x.map((row) => Array.from({ length: 60 }, (_, i) => row[i % 3]!));
  }
  return fitBoth(
    task,
    { architecture: "cnn", inputShape: [6, 5, 2], ...model },
    { epochs: 3, ...train },
    data,
  );
}

describe("fused CNN steps match the tfjs path", () => {
  const cases: Array<[string, Task, Record<string, unknown>, Record<string, unknown>]> = [
    [
      "adam, relu, same padding, one thread",
      "classification",
      { filters: [4, 8], kernelSize: 3, dense: [8] },
      { optimizer: "adam", learningRate: 0.01 },
    ],
    [
      "sgd, tanh, valid padding, 2x2 kernels, l2, class weights, label smoothing",
      "classification",
      { filters: [3, 5], kernelSize: 2, padding: "valid", activation: "tanh", l2: 0.001, dense: [6] },
      { optimizer: "sgd", learningRate: 0.1, classWeight: "balanced", labelSmoothing: 0.1 },
    ],
    [
      "adamw, two convolutions per block, max pooling of 3, no hidden dense layer",
      "classification",
      { filters: [4], convsPerBlock: 2, poolSize: 3 },
      { optimizer: "adamw", learningRate: 0.01, weightDecay: 0.1 },
    ],
    [
      "momentum, regression",
      "regression",
      { filters: [4], dense: [4] },
      { optimizer: "momentum", learningRate: 0.01 },
    ],
    [
      "adam, two data-parallel replicas",
      "classification",
      { filters: [4, 8], kernelSize: 3, dense: [8], l2: 0.001 },
      { optimizer: "adam", learningRate: 0.01, workers: 2 },
    ],
  ];
  test.each(cases)("%s", async (_name, task, model, train) => {
    expectSameTraining(await bothCnn(task, model, train), "steps: fused CNN steps (wasm)");
  });

  test("dropout after the conv blocks trains fused; batch norm takes the tfjs path", async () => {
    const dropout = await bothCnn(
      "classification",
      { filters: [4], blockDropout: 0.2, dropout: 0.3, dense: [8] },
      { epochs: 10, learningRate: 0.01 },
    );
    expect(dropout.fused.lines).toContain("steps: fused CNN steps (wasm)");
    expect(dropout.fused.history.epochs.at(-1)!.val_accuracy).toBeGreaterThan(0.8);
    const bn = await bothCnn("classification", { filters: [4], batchNorm: true }, { epochs: 1 });
    expect(bn.fused.lines).toContain(
      "steps: tfjs kernels (the fused steps do not cover a BatchNormalization layer)",
    );
  });
});
