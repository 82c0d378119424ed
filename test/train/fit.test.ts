import { beforeAll, describe, expect, test } from "@jest/globals";
import { modelSchema, type TrainConfig } from "../../pipelines/config/schema.ts";
import { initBackend } from "../../pipelines/train/backend.ts";
import { fit as fitModel, TrainingDiverged } from "../../pipelines/train/fit.ts";
import { buildModel } from "../../pipelines/train/models/index.ts";
import { perSampleLoss } from "../../pipelines/train/step.ts";
import * as tf from "../../pipelines/train/tf.ts";
import { blobs, linear } from "../support/synthetic.ts";

const base = {
  task: "classification",
  data: { target: "y", train: { format: "csv", path: "train.csv" } },
  model: { architecture: "mlp", dense: [16] },
} as const;
const config = (over: { model?: object; train?: object } = {}) =>
  modelSchema.parse({
    ...base,
    model: { ...base.model, ...over.model },
    train: { epochs: 20, ...over.train },
  });

beforeAll(async () => {
  await initBackend("wasm");
});

function accuracyOn(model: tf.LayersModel, x: number[][], y: number[]): number {
  const predicted = tf.tidy(
    () => (model.predict(tf.tensor2d(x)) as tf.Tensor).argMax(-1).arraySync() as number[],
  );
  return predicted.filter((p, i) => p === y[i]).length / y.length;
}

async function train(data = blobs({ n: 240, dim: 4, classes: 3, seed: "fit" }), over = {}) {
  const c = config(over);
  const model = buildModel(c.model, 4, "classification", 3, c.train.seed);
  const history = await fitModel({
    model,
    data,
    task: "classification",
    numClasses: 3,
    train: c.train as TrainConfig,
  });
  return { model, history, data };
}

describe("fit", () => {
  test("label smoothing trains on (1 - s) one-hot + s / classes, as Keras", () => {
    const ys = tf.tensor2d([[1, 0]]);
    const predictions = tf.tensor2d([[0.9, 0.1]]);
    const plain = perSampleLoss({ numClasses: 2 }, ys, predictions).dataSync()[0]!;
    const smoothed = perSampleLoss({ numClasses: 2, labelSmoothing: 0.2 }, ys, predictions).dataSync()[0]!;
    expect(plain).toBeCloseTo(-Math.log(0.9), 5);
    // Targets [0.9, 0.1]: -(0.9 ln 0.9 + 0.1 ln 0.1).
    expect(smoothed).toBeCloseTo(-(0.9 * Math.log(0.9) + 0.1 * Math.log(0.1)), 5);
    tf.dispose([ys, predictions]);
  });

  test("an MLP learns separable blobs on wasm and records the curves", async () => {
    const { model, history, data } = await train();
    expect(history.schema).toBe("modelops/history@1");
    expect(history.backend).toBe("wasm");
    expect(history.epochs).toHaveLength(20);
    expect(Object.keys(history.epochs[0]!).sort()).toEqual([
      "accuracy",
      "epoch",
      "loss",
      "val_accuracy",
      "val_loss",
    ]);
    expect(history.epochs.at(-1)!.loss).toBeLessThan(history.epochs[0]!.loss!);
    expect(history.epochs.at(-1)!.val_accuracy).toBeGreaterThan(0.9);
    expect(history.stoppedEarly).toBe(false);
    expect(history.bestEpoch).toBe(20);
    expect(accuracyOn(model, data.test.x, data.test.y)).toBeGreaterThan(0.9);
    model.dispose();
  });

  test("the same seed gives the same history twice, another seed another one", async () => {
    const over = { model: { dropout: 0.2, l2: 0.001 }, train: { epochs: 4 } };
    const a = await train(undefined, over);
    const b = await train(undefined, over);
    const c = await train(undefined, { ...over, train: { epochs: 4, seed: 7 } });
    const curves = (h: typeof a.history) => h.epochs;
    expect(curves(b.history)).toEqual(curves(a.history));
    expect(curves(c.history)).not.toEqual(curves(a.history));
    for (const r of [a, b, c]) r.model.dispose();
  });

  test("early stopping stops after `patience` epochs without improvement and restores the best epoch", async () => {
    // Few rows of overlapping blobs and a big network: it overfits, and val_loss turns up after a while.
    const data = blobs({ n: 120, dim: 4, classes: 3, seed: "noisy", spread: 2 });
    const { model, history } = await train(data, {
      model: { dense: [64, 64] },
      train: { epochs: 60, learningRate: 0.05, earlyStopping: { patience: 3 } },
    });
    expect(history.stoppedEarly).toBe(true);
    expect(history.bestEpoch).toBeGreaterThan(1);
    const losses = history.epochs.map((e) => e.val_loss!);
    const bestEpoch = losses.indexOf(Math.min(...losses)) + 1;
    expect(history.bestEpoch).toBe(bestEpoch);
    expect(history.epochs).toHaveLength(bestEpoch + 3);
    // The kept weights are the best epoch's: evaluating them gives that epoch's val_loss.
    model.compile({ optimizer: "sgd", loss: "categoricalCrossentropy" });
    const valLoss = tf.tidy(
      () =>
        (
          model.evaluate(
            tf.tensor2d(data.validation.x),
            tf.oneHot(tf.tensor1d(data.validation.y, "int32"), 3).toFloat(),
          ) as tf.Scalar
        ).dataSync()[0],
    );
    expect(valLoss).toBeCloseTo(losses[bestEpoch - 1]!, 4);
    model.dispose();
  });

  test("regression records mae and learns a linear target", async () => {
    const c = modelSchema.parse({ ...base, task: "regression", train: { epochs: 30 } });
    const data = linear({ n: 200, seed: "reg" });
    const model = buildModel(c.model, 3, "regression", undefined, c.train.seed);
    const history = await fitModel({ model, data, task: "regression", train: c.train });
    expect(Object.keys(history.epochs[0]!).sort()).toEqual(["epoch", "loss", "mae", "val_loss", "val_mae"]);
    expect(history.epochs.at(-1)!.val_mae).toBeLessThan(0.3);
    model.dispose();
  });

  test("a learning rate of 10 fails the run with one clear line (exit 1), never a model that answers NaN", async () => {
    const c = modelSchema.parse({
      ...base,
      task: "regression",
      train: { epochs: 10, optimizer: "sgd", learningRate: 10, earlyStopping: { patience: 5 } },
    });
    const diverging = () => ({
      model: buildModel(c.model, 3, "regression", undefined, c.train.seed),
      data: linear({ n: 100, seed: "nan" }),
      task: "regression" as const,
      train: c.train,
    });
    const failing = diverging();
    const err = await fitModel(failing).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TrainingDiverged);
    expect((err as TrainingDiverged).exitCode).toBe(1);
    // The first epoch already overflows float32: val_loss is Infinity (NaN on later steps).
    expect((err as TrainingDiverged).message).toMatch(
      /^training diverged at epoch 1 \((loss \S+, )?val_loss (NaN|Infinity)\); lower train\.learningRate \(now 10\)/,
    );
    expect((err as TrainingDiverged).history.epochs).toHaveLength(1);
    failing.model.dispose();

    // A search trial asks to stop instead: the diverged epoch stays recorded and the trial scores badly.
    const trial = diverging();
    const history = await fitModel({ ...trial, onDiverged: "stop" });
    expect(history.stoppedEarly).toBe(true);
    expect(history.epochs).toHaveLength(1);
    expect(Number.isFinite(history.epochs[0]!.val_loss)).toBe(false);
    expect(history.bestEpoch).toBe(1);
    trial.model.dispose();
  });

  test("leaves no tensor behind", async () => {
    const c = config({ model: { dropout: 0.1 }, train: { epochs: 3, earlyStopping: { patience: 1 } } });
    const model = buildModel(c.model, 4, "classification", 3, 1);
    const data = blobs({ n: 60, dim: 4, classes: 3, seed: "leak" });
    const before = tf.memory().numTensors;
    await fitModel({ model, data, task: "classification", numClasses: 3, train: c.train });
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });
});
