// Model families from modelops.yaml, in Keras's vocabulary: mlp, cnn, rnn/lstm/gru, a small transformer encoder,
// and an explicit `layers:` list. Every network takes a flat row of inputs (what the preprocessing transform
// produces and what serving sends), reshapes it to the family's input (an image, a sequence, tokens), and ends
// in the output layer: softmax over the classes, or one linear unit. Layer names are fixed and every random
// initialiser is seeded from train.seed, so one config and seed give the same model.json and weights.
import type { ModelConfig, ModelSpec } from "../../config/schema.ts";
import { ModelopsError } from "../../errors.ts";
import { initializerFor, seededDropout, seedStream } from "../layers.ts";
import { buildMlp, type Task } from "../mlp.ts";
import * as tf from "../tf.ts";
import { MultiHeadSelfAttention, PositionEmbedding } from "./attention.ts";

export interface NetworkOptions {
  spec: ModelSpec;
  /** Inputs per row (the model's input width). */
  inputWidth: number;
  /** Shape of one sample from the data (images: [height, width, channels]); model.inputShape wins. */
  sampleShape?: number[];
  task: Task;
  numClasses?: number;
  seed: number;
}

/** Builds the (uncompiled) network of `model:`. Bad specs are a ModelopsError (exit 2) naming the key. */
export function buildNetwork(opts: NetworkOptions): tf.LayersModel {
  const { spec } = opts;
  if (spec.architecture === "mlp") {
    return buildMlp(spec, opts.inputWidth, opts.task, opts.numClasses, opts.seed);
  }
  checkOutputs(opts);
  const seeds = seedStream(opts.seed, "init");
  const dropouts = (name: string) => seedStream(opts.seed, `dropout:${name}`);
  const input = tf.input({ shape: [opts.inputWidth], name: "inputs" });
  let x: tf.SymbolicTensor;
  switch (spec.architecture) {
    case "cnn":
      x = cnn(spec, reshaped(input, cnnShape(opts)), seeds, dropouts);
      break;
    case "rnn":
    case "lstm":
    case "gru":
      x = recurrent(spec, reshaped(input, sequenceShape(opts, spec.timesteps)), seeds, dropouts);
      break;
    case "transformer":
      x = transformer(spec, reshaped(input, sequenceShape(opts, spec.timesteps)), seeds, dropouts);
      break;
    case "layers":
      x = explicit(
        spec,
        spec.inputShape ? reshaped(input, checkShape(opts, spec.inputShape)) : input,
        seeds,
        dropouts,
      );
      break;
  }
  const classification = opts.task === "classification";
  const output = tf.layers
    .dense({
      name: "output",
      units: classification ? opts.numClasses! : 1,
      activation: classification ? "softmax" : "linear",
      kernelInitializer: tf.initializers.glorotUniform({ seed: seeds() }),
    })
    .apply(flat(x)) as tf.SymbolicTensor;
  return tf.model({ inputs: input, outputs: output, name: spec.architecture });
}

/** buildNetwork with positional arguments, for a tabular model (no sample shape). */
export function buildModel(
  model: ModelSpec,
  inputDim: number,
  task: Task,
  numClasses: number | undefined,
  seed: number,
): tf.LayersModel {
  return buildNetwork({
    spec: model,
    inputWidth: inputDim,
    task,
    ...(numClasses !== undefined ? { numClasses } : {}),
    seed,
  });
}

function checkOutputs(opts: NetworkOptions): void {
  if (opts.task === "classification" && (opts.numClasses === undefined || opts.numClasses < 2)) {
    throw new ModelopsError(
      `classification needs at least 2 classes in the target, found ${opts.numClasses ?? 0}; check data.target or use task: regression`,
    );
  }
}

const size = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

function checkShape(opts: NetworkOptions, shape: number[]): number[] {
  if (size(shape) !== opts.inputWidth) {
    throw new ModelopsError(
      `model.inputShape [${shape.join(", ")}] holds ${size(shape)} values but each row has ${opts.inputWidth} model inputs; make their product ${opts.inputWidth}`,
    );
  }
  return shape;
}

function cnnShape(opts: NetworkOptions): number[] {
  const shape = (opts.spec as { inputShape?: number[] }).inputShape ?? opts.sampleShape;
  if (shape === undefined || shape.length < 2) {
    throw new ModelopsError(
      "model.architecture cnn needs images: use image data (format idx or images) or set model.inputShape to [height, width, channels]",
    );
  }
  return checkShape(opts, shape.length === 2 ? [...shape, 1] : shape);
}

function sequenceShape(opts: NetworkOptions, timesteps: number | undefined): number[] {
  const given = (opts.spec as { inputShape?: number[] }).inputShape;
  if (given) return checkShape(opts, given.length === 1 ? [given[0]!, 1] : given);
  if (opts.sampleShape && opts.sampleShape.length >= 2) {
    // An image read as a sequence: one row of pixels per step.
    const [steps, ...rest] = opts.sampleShape;
    return [steps!, size(rest)];
  }
  const steps = timesteps ?? opts.inputWidth;
  if (opts.inputWidth % steps !== 0) {
    throw new ModelopsError(
      `model.timesteps ${steps} does not divide the ${opts.inputWidth} model inputs of a row; pick a divisor of ${opts.inputWidth}`,
    );
  }
  return [steps, opts.inputWidth / steps];
}

function reshaped(input: tf.SymbolicTensor, shape: number[]): tf.SymbolicTensor {
  return tf.layers.reshape({ name: "reshape", targetShape: shape }).apply(input) as tf.SymbolicTensor;
}

function flat(x: tf.SymbolicTensor): tf.SymbolicTensor {
  return x.shape.length > 2 ? (tf.layers.flatten({ name: "flatten_out" }).apply(x) as tf.SymbolicTensor) : x;
}

type Seeds = () => number;
type Dropouts = (name: string) => () => number;

function dropout(x: tf.SymbolicTensor, rate: number, name: string, dropouts: Dropouts): tf.SymbolicTensor {
  if (rate <= 0) return x;
  return seededDropout(tf.layers.dropout({ name, rate }), dropouts(name)).apply(x) as tf.SymbolicTensor;
}

function denseStack(
  x: tf.SymbolicTensor,
  units: number[],
  spec: { activation: Parameters<typeof initializerFor>[0]; dropout?: number; l2?: number },
  seeds: Seeds,
  dropouts: Dropouts,
): tf.SymbolicTensor {
  units.forEach((u, i) => {
    x = tf.layers
      .dense({
        name: `hidden_${i + 1}`,
        units: u,
        activation: spec.activation,
        kernelInitializer: initializerFor(spec.activation, seeds()),
        ...(spec.l2 ? { kernelRegularizer: tf.regularizers.l2({ l2: spec.l2 }) } : {}),
      })
      .apply(x) as tf.SymbolicTensor;
    x = dropout(x, spec.dropout ?? 0, `dropout_${i + 1}`, dropouts);
  });
  return x;
}

type Cnn = Extract<ModelSpec, { architecture: "cnn" }>;

function cnn(spec: Cnn, x: tf.SymbolicTensor, seeds: Seeds, dropouts: Dropouts): tf.SymbolicTensor {
  const reg = spec.l2 > 0 ? { kernelRegularizer: tf.regularizers.l2({ l2: spec.l2 }) } : {};
  spec.filters.forEach((filters, b) => {
    for (let c = 0; c < spec.convsPerBlock; c++) {
      const name = `conv_${b + 1}_${c + 1}`;
      x = tf.layers
        .conv2d({
          name,
          filters,
          kernelSize: spec.kernelSize,
          padding: spec.padding,
          activation: spec.batchNorm ? "linear" : spec.activation,
          useBias: !spec.batchNorm,
          kernelInitializer: initializerFor(spec.activation, seeds()),
          ...reg,
        })
        .apply(x) as tf.SymbolicTensor;
      if (spec.batchNorm) {
        x = tf.layers.batchNormalization({ name: `bn_${b + 1}_${c + 1}` }).apply(x) as tf.SymbolicTensor;
        x = tf.layers
          .activation({ name: `act_${b + 1}_${c + 1}`, activation: spec.activation })
          .apply(x) as tf.SymbolicTensor;
      }
    }
    const [h, w] = x.shape.slice(1, 3) as number[];
    if (spec.pooling !== "none" && h! >= spec.poolSize && w! >= spec.poolSize) {
      const pool = spec.pooling === "max" ? tf.layers.maxPooling2d : tf.layers.averagePooling2d;
      x = pool({ name: `pool_${b + 1}`, poolSize: spec.poolSize }).apply(x) as tf.SymbolicTensor;
    }
    x = dropout(x, spec.blockDropout, `block_dropout_${b + 1}`, dropouts);
  });
  x = spec.globalPooling
    ? (tf.layers.globalAveragePooling2d({ name: "global_pool" }).apply(x) as tf.SymbolicTensor)
    : (tf.layers.flatten({ name: "flatten" }).apply(x) as tf.SymbolicTensor);
  return denseStack(x, spec.dense, spec, seeds, dropouts);
}

type Recurrent = Extract<ModelSpec, { architecture: "rnn" | "lstm" | "gru" }>;

function recurrent(
  spec: Recurrent,
  x: tf.SymbolicTensor,
  seeds: Seeds,
  dropouts: Dropouts,
): tf.SymbolicTensor {
  const make = { rnn: tf.layers.simpleRNN, lstm: tf.layers.lstm, gru: tf.layers.gru }[spec.architecture];
  spec.units.forEach((units, i) => {
    const last = i === spec.units.length - 1;
    const layer = make({
      name: `${spec.architecture}_${i + 1}`,
      units,
      returnSequences: !last,
      kernelInitializer: tf.initializers.glorotUniform({ seed: seeds() }),
      recurrentInitializer: tf.initializers.orthogonal({ seed: seeds() }),
      ...(spec.dropout > 0 ? { dropout: spec.dropout } : {}),
      ...(spec.recurrentDropout > 0 ? { recurrentDropout: spec.recurrentDropout } : {}),
    });
    x = (
      spec.bidirectional
        ? tf.layers.bidirectional({
            name: `bidirectional_${i + 1}`,
            layer: layer as tf.RNN,
            mergeMode: "concat",
          })
        : layer
    ).apply(x) as tf.SymbolicTensor;
  });
  return denseStack(x, spec.dense, spec, seeds, dropouts);
}

type Transformer = Extract<ModelSpec, { architecture: "transformer" }>;

function transformer(
  spec: Transformer,
  x: tf.SymbolicTensor,
  seeds: Seeds,
  dropouts: Dropouts,
): tf.SymbolicTensor {
  if (spec.dModel % spec.heads !== 0) {
    throw new ModelopsError(
      `model.dModel ${spec.dModel} is not divisible by model.heads ${spec.heads}; pick heads that divide dModel`,
    );
  }
  const apply = (layer: tf.layers.Layer, input: tf.SymbolicTensor | tf.SymbolicTensor[]) =>
    layer.apply(input) as tf.SymbolicTensor;
  x = apply(
    tf.layers.dense({
      name: "token_embedding",
      units: spec.dModel,
      kernelInitializer: tf.initializers.glorotUniform({ seed: seeds() }),
    }),
    x,
  );
  x = apply(new PositionEmbedding({ name: "position_embedding", seed: seeds() }), x);
  for (let i = 1; i <= spec.layers; i++) {
    const attended = apply(
      new MultiHeadSelfAttention({ name: `attention_${i}`, heads: spec.heads, seed: seeds() }),
      x,
    );
    x = apply(tf.layers.add({ name: `attention_residual_${i}` }), [
      x,
      dropout(attended, spec.dropout, `attention_dropout_${i}`, dropouts),
    ]);
    x = apply(tf.layers.layerNormalization({ name: `attention_norm_${i}` }), x);
    let ff = apply(
      tf.layers.dense({
        name: `ff_hidden_${i}`,
        units: spec.ffDim,
        activation: spec.activation,
        kernelInitializer: initializerFor(spec.activation, seeds()),
      }),
      x,
    );
    ff = apply(
      tf.layers.dense({
        name: `ff_out_${i}`,
        units: spec.dModel,
        kernelInitializer: tf.initializers.glorotUniform({ seed: seeds() }),
      }),
      ff,
    );
    x = apply(tf.layers.add({ name: `ff_residual_${i}` }), [
      x,
      dropout(ff, spec.dropout, `ff_dropout_${i}`, dropouts),
    ]);
    x = apply(tf.layers.layerNormalization({ name: `ff_norm_${i}` }), x);
  }
  x = apply(tf.layers.globalAveragePooling1d({ name: "token_pool" }), x);
  return denseStack(x, spec.dense, spec, seeds, dropouts);
}

type Explicit = Extract<ModelSpec, { architecture: "layers" }>;

/** Layers whose kernels get a seeded initialiser unless the spec names one. */
const SEEDED = new Set([
  "dense",
  "conv1d",
  "conv2d",
  "conv2dTranspose",
  "separableConv2d",
  "depthwiseConv2d",
  "simpleRNN",
  "lstm",
  "gru",
  "embedding",
]);

function explicit(spec: Explicit, x: tf.SymbolicTensor, seeds: Seeds, dropouts: Dropouts): tf.SymbolicTensor {
  const factories = tf.layers as unknown as Record<string, unknown>;
  spec.layers.forEach((entry, i) => {
    const [name, rawArgs] = Object.entries(entry)[0]!;
    const where = `model.layers[${i}] (${name})`;
    const factory = factories[name];
    if (typeof factory !== "function" || name === "input" || name === "inputLayer") {
      throw new ModelopsError(
        `model.layers[${i}]: unknown layer "${name}"; use a tf.layers name such as dense, conv2d, maxPooling2d, flatten, dropout, lstm, batchNormalization`,
      );
    }
    const args: Record<string, unknown> = { name: `layer_${i + 1}_${name}`, ...(rawArgs ?? {}) };
    if (SEEDED.has(name) && args.kernelInitializer === undefined) {
      args.kernelInitializer = tf.initializers.glorotUniform({ seed: seeds() });
    }
    try {
      let layer = (factory as (a: unknown) => tf.layers.Layer)(args);
      if (/dropout/i.test(name)) layer = seededDropout(layer, dropouts(String(args.name)));
      x = layer.apply(x) as tf.SymbolicTensor;
    } catch (err) {
      if (err instanceof ModelopsError) throw err;
      const message = ((err as Error).message ?? String(err)).split("\n")[0]!.trim();
      throw new ModelopsError(`${where} cannot be built: ${message}; fix its arguments in modelops.yaml`);
    }
  });
  return x;
}

export type { ModelConfig };
