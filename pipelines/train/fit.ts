// Keras-style fit of a built network on the prepared splits: compile with the configured optimizer, one
// model.fit per epoch over a seeded permutation of the training rows, validation after each epoch, early
// stopping with best-weight restore, and a stop at the first non-finite loss. Returns history.json.
import seedrandom from "seedrandom";
import type { TrainConfig } from "../config/schema.ts";
import type { PreparedData, SplitData } from "../data/types.ts";
import { ModelopsError } from "../errors.ts";
import type { TrainingHistory } from "../evaluate/types.ts";
import { activeBackend } from "./backend.ts";
import type { Task } from "./mlp.ts";
import * as tf from "./tf.ts";

export type EpochLogs = Record<string, number>;

export interface FitOptions {
  model: tf.LayersModel;
  data: PreparedData;
  task: Task;
  /** Classification: the number of classes (the output width). Default: the model's output width. */
  numClasses?: number;
  train: TrainConfig;
  /** Called after each epoch; epoch is 1-based. */
  onEpoch?: (e: { epoch: number; epochs: number; logs: EpochLogs }) => void;
}

/**
 * Trains `model` in place and returns its history. Per epoch the history holds loss and val_loss, plus
 * accuracy/val_accuracy (classification) or mae/val_mae (regression); val_* only when there are validation
 * rows. A NaN or infinite loss or val_loss (the network diverged) ends training at that epoch; the epoch stays
 * in the history as it was (JSON writes NaN and Infinity as null), the best weights are restored where early
 * stopping asks for it, and evaluation then reports the resulting model as it is.
 */
export async function fit(opts: FitOptions): Promise<TrainingHistory> {
  const { model, data, task, train } = opts;
  const started = performance.now();
  const classification = task === "classification";
  const numClasses = classification ? (opts.numClasses ?? outputWidth(model)) : undefined;
  check(model, data, numClasses);

  const metric = classification ? "accuracy" : "mae";
  const optimizer = makeOptimizer(train.optimizer, train.learningRate);
  model.compile({
    optimizer,
    loss: classification ? "categoricalCrossentropy" : "meanSquaredError",
    metrics: [metric],
  });

  const hasValidation = data.validation.x.length > 0;
  const stopping = train.earlyStopping;
  // Without validation rows, val_loss does not exist: watch the training loss instead.
  const monitor = stopping?.monitor === "val_loss" && !hasValidation ? "loss" : (stopping?.monitor ?? "loss");

  const xTrain = tf.tensor2d(data.train.x, undefined, "float32");
  const yTrain = targets(data.train, numClasses);
  const validation = hasValidation
    ? ([tf.tensor2d(data.validation.x, undefined, "float32"), targets(data.validation, numClasses)] as [
        tf.Tensor,
        tf.Tensor,
      ])
    : undefined;
  const shuffle = seedrandom(`modelops:shuffle:${train.seed}`);
  const order = Array.from({ length: data.train.x.length }, (_, i) => i);

  const epochs: TrainingHistory["epochs"] = [];
  let best = { value: Number.POSITIVE_INFINITY, epoch: 0 };
  let bestWeights: tf.Tensor[] | undefined;
  let wait = 0;
  let stoppedEarly = false;
  try {
    for (let epoch = 1; epoch <= train.epochs; epoch++) {
      permute(order, shuffle);
      const logs = await fitEpoch(model, xTrain, yTrain, order, validation, train.batchSize);
      const record: EpochLogs = {
        loss: logs.loss ?? Number.NaN,
        ...(validation ? { val_loss: logs.val_loss ?? Number.NaN } : {}),
        [metric]: logs[metric === "accuracy" ? "acc" : "mae"] ?? Number.NaN,
        ...(validation
          ? { [`val_${metric}`]: logs[metric === "accuracy" ? "val_acc" : "val_mae"] ?? Number.NaN }
          : {}),
      };
      epochs.push({ epoch, ...record });
      opts.onEpoch?.({ epoch, epochs: train.epochs, logs: record });

      const current = record[monitor] ?? Number.NaN;
      if (!Number.isFinite(record.loss!) || (validation && !Number.isFinite(record.val_loss!))) {
        stoppedEarly = epoch < train.epochs;
        break;
      }
      if (current < best.value - (stopping?.minDelta ?? 0)) {
        best = { value: current, epoch };
        wait = 0;
        if (stopping?.restoreBest) {
          tf.dispose(bestWeights);
          bestWeights = model.getWeights().map((w) => w.clone());
        }
      } else if (stopping && ++wait >= stopping.patience) {
        stoppedEarly = epoch < train.epochs;
        break;
      }
    }
    let bestEpoch = epochs.length;
    if (stopping?.restoreBest && bestWeights && best.epoch !== epochs.length) {
      model.setWeights(bestWeights);
      bestEpoch = best.epoch;
    }
    return {
      schema: "modelops/history@1",
      backend: activeBackend(),
      epochs,
      stoppedEarly,
      bestEpoch,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    tf.dispose([xTrain, yTrain, ...(validation ?? []), ...(bestWeights ?? [])]);
    // We passed the optimizer in, so the model does not own it: its slots (moments, accumulators) go here.
    optimizer.dispose();
  }
}

async function fitEpoch(
  model: tf.LayersModel,
  x: tf.Tensor,
  y: tf.Tensor,
  order: number[],
  validation: [tf.Tensor, tf.Tensor] | undefined,
  batchSize: number,
): Promise<Record<string, number>> {
  const [xs, ys] = tf.tidy(() => {
    const idx = tf.tensor1d(order, "int32");
    return [tf.gather(x, idx), tf.gather(y, idx)];
  });
  try {
    const h = await model.fit(xs, ys, {
      epochs: 1,
      batchSize,
      shuffle: false,
      verbose: 0,
      ...(validation ? { validationData: validation } : {}),
    });
    const logs: Record<string, number> = {};
    for (const [key, values] of Object.entries(h.history)) logs[key] = Number(values[0]);
    return logs;
  } finally {
    tf.dispose([xs, ys]);
  }
}

function makeOptimizer(name: TrainConfig["optimizer"], learningRate: number): tf.Optimizer {
  switch (name) {
    case "sgd":
      return tf.train.sgd(learningRate);
    case "momentum":
      return tf.train.momentum(learningRate, 0.9);
    case "adam":
      return tf.train.adam(learningRate);
    case "rmsprop":
      return tf.train.rmsprop(learningRate);
    case "adagrad":
      return tf.train.adagrad(learningRate);
  }
}

/** One-hot float targets for classification, a column of values for regression. */
function targets(split: SplitData, numClasses: number | undefined): tf.Tensor {
  return tf.tidy(() => {
    if (numClasses === undefined) return tf.tensor2d(split.y, [split.y.length, 1], "float32");
    return tf.oneHot(tf.tensor1d(split.y, "int32"), numClasses).toFloat();
  });
}

/** Fisher-Yates in place, driven by the seeded generator (one fresh order per epoch). */
function permute(order: number[], rng: seedrandom.PRNG): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}

function outputWidth(model: tf.LayersModel): number {
  const shape = model.outputs[0]?.shape;
  return Number(shape?.[shape.length - 1] ?? 1);
}

function check(model: tf.LayersModel, data: PreparedData, numClasses: number | undefined): void {
  if (data.train.x.length === 0) {
    throw new ModelopsError(
      "no training rows left after preprocessing and the split; add data or lower split.test/validation",
    );
  }
  const inputDim = Number(model.inputs[0]?.shape[1]);
  for (const [name, split] of Object.entries(data) as Array<[string, SplitData]>) {
    if (split.x.length !== split.y.length) {
      throw new ModelopsError(
        `the ${name} split has ${split.x.length} feature rows but ${split.y.length} targets; re-run preprocess`,
      );
    }
    const bad = split.x.findIndex((row) => row.length !== inputDim);
    if (bad !== -1) {
      throw new ModelopsError(
        `row ${bad + 1} of the ${name} split has ${split.x[bad]!.length} features but the model takes ${inputDim}; re-run preprocess`,
      );
    }
    if (numClasses !== undefined) {
      const wrong = split.y.find((c) => !Number.isInteger(c) || c < 0 || c >= numClasses);
      if (wrong !== undefined) {
        throw new ModelopsError(
          `the ${name} split has class index ${wrong} but the model has ${numClasses} classes; re-run preprocess`,
        );
      }
    }
  }
}
