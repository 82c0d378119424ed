// The multilayer perceptron of `model: { architecture: mlp }`: hidden dense layers (each followed by dropout
// when asked), then softmax over the classes or one linear unit. Every random choice is seeded from
// train.seed, so one config gives one set of initial weights and one sequence of dropout masks.
import type { ModelConfig } from "../config/schema.ts";
import { ModelopsError } from "../errors.ts";
import { initializerFor, seededDropout, seedStream } from "./layers.ts";
import * as tf from "./tf.ts";

export type Task = ModelConfig["task"];
export type MlpConfig = Extract<ModelConfig["model"], { architecture: "mlp" }>;

/**
 * Builds the (uncompiled) MLP. Layers have fixed names (hidden_1, dropout_1, ..., output), so model.json
 * is the same bytes for the same config and seed. Every other family is built in models/index.ts, which
 * also dispatches here.
 */
export function buildMlp(
  model: MlpConfig,
  inputDim: number,
  task: Task,
  numClasses: number | undefined,
  seed: number,
): tf.LayersModel {
  if (!Number.isInteger(inputDim) || inputDim < 1) {
    throw new ModelopsError(
      `the model needs at least one input feature, got ${inputDim}; check data.features`,
    );
  }
  if (task === "classification" && (numClasses === undefined || numClasses < 2)) {
    throw new ModelopsError(
      `classification needs at least 2 classes in the target, found ${numClasses ?? 0}; check data.target or use task: regression`,
    );
  }
  const seeds = seedStream(seed, "init");
  const net = tf.sequential({ name: "mlp" });
  model.dense.forEach((units, i) => {
    net.add(
      tf.layers.dense({
        name: `hidden_${i + 1}`,
        ...(i === 0 ? { inputShape: [inputDim] } : {}),
        units,
        activation: model.activation,
        kernelInitializer: initializerFor(model.activation, seeds()),
        biasInitializer: "zeros",
        ...(model.l2 > 0 ? { kernelRegularizer: tf.regularizers.l2({ l2: model.l2 }) } : {}),
      }),
    );
    if (model.dropout > 0) {
      net.add(
        seededDropout(
          tf.layers.dropout({ name: `dropout_${i + 1}`, rate: model.dropout }),
          seedStream(seed, `dropout_${i + 1}`),
        ),
      );
    }
  });
  const classification = task === "classification";
  net.add(
    tf.layers.dense({
      name: "output",
      ...(model.dense.length === 0 ? { inputShape: [inputDim] } : {}),
      units: classification ? numClasses! : 1,
      activation: classification ? "softmax" : "linear",
      kernelInitializer: tf.initializers.glorotUniform({ seed: seeds() }),
      biasInitializer: "zeros",
      ...(model.l2 > 0 ? { kernelRegularizer: tf.regularizers.l2({ l2: model.l2 }) } : {}),
    }),
  );
  return net;
}
