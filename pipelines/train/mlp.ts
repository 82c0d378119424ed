// The multilayer perceptron of `model: { architecture: mlp }`: hidden dense layers (each followed by dropout
// when asked), then softmax over the classes or one linear unit. Every random choice is seeded from
// train.seed, so one config gives one set of initial weights and one sequence of dropout masks.
import seedrandom from "seedrandom";
import type { ModelConfig } from "../config/schema.ts";
import { ModelopsError } from "../errors.ts";
import * as tf from "./tf.ts";

export type Task = ModelConfig["task"];
export type MlpConfig = ModelConfig["model"];
type Activation = MlpConfig["activation"];

/**
 * Builds the (uncompiled) network. Layers have fixed names (hidden_1, dropout_1, ..., output), so model.json
 * is the same bytes for the same config and seed.
 */
export function buildModel(
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
        seededDropout(tf.layers.dropout({ name: `dropout_${i + 1}`, rate: model.dropout }), seed, i + 1),
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

/** He for the rectifier family, LeCun for selu (self-normalising), Glorot for the saturating ones. */
function initializerFor(activation: Activation, seed: number) {
  switch (activation) {
    case "relu":
    case "elu":
    case "gelu":
    case "swish":
      return tf.initializers.heNormal({ seed });
    case "selu":
      return tf.initializers.leCunNormal({ seed });
    default:
      return tf.initializers.glorotUniform({ seed });
  }
}

/** Independent 32-bit seeds derived from the config seed and a purpose. */
function seedStream(seed: number, purpose: string): () => number {
  const rng = seedrandom(`modelops:${purpose}:${seed}`);
  return () => rng.int32() >>> 0;
}

/**
 * tfjs's Dropout draws its mask from `this.seed` on every call: unset, it uses Math.random (not
 * reproducible); set, it draws the same mask at every step. So each forward pass gets the next seed of a
 * seeded stream, and the layer's saved config carries no seed (it is the stock Dropout once loaded).
 */
function seededDropout(layer: tf.layers.Layer, seed: number, index: number): tf.layers.Layer {
  const next = seedStream(seed, `dropout_${index}`);
  const holder = layer as unknown as { seed?: number };
  const call = layer.call.bind(layer);
  layer.call = (inputs, kwargs) => {
    holder.seed = next();
    try {
      return call(inputs, kwargs);
    } finally {
      holder.seed = undefined;
    }
  };
  return layer;
}
