// Model families from config (cnn, rnn/lstm/gru, transformer, explicit layers) and the training-loop features
// (schedules, plateau, class weights, adamw, data-parallel workers), on tiny seeded data.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "@jest/globals";
import seedrandom from "seedrandom";
import { modelSchema } from "../../pipelines/config/schema.ts";
import type { TrainArrays } from "../../pipelines/data/types.ts";
import { ModelopsError } from "../../pipelines/errors.ts";
import { initBackend } from "../../pipelines/train/backend.ts";
import { fit as fitModel, learningRate, weightsFor } from "../../pipelines/train/fit.ts";
import { loadModel, saveModel } from "../../pipelines/train/model-io.ts";
import { buildNetwork } from "../../pipelines/train/models/index.ts";
import * as tf from "../../pipelines/train/tf.ts";

const parse = (model: Record<string, unknown>, train: Record<string, unknown> = {}) =>
  modelSchema.parse({
    task: "classification",
    data: { target: "y", train: { format: "csv", path: "x.csv" } },
    model,
    train: { epochs: 5, learningRate: 0.01, batchSize: 16, ...train },
  });

/** Two classes: a bright left half or a bright right half of an h x w image, with noise. */
function halves(n: number, h: number, w: number, seed: string): TrainArrays {
  const rng = seedrandom(seed);
  const x = new Float32Array(n * h * w);
  const y = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    y[i] = i % 2;
    for (let r = 0; r < h; r++)
      for (let c = 0; c < w; c++) {
        const bright = c < w / 2 === (i % 2 === 0);
        x[(i * h + r) * w + c] = (bright ? 0.8 : 0.2) + (rng() - 0.5) * 0.3;
      }
  }
  return { x, y, inputShape: [h * w] };
}

const empty = (width: number): TrainArrays => ({
  x: new Float32Array(0),
  y: new Float32Array(0),
  inputShape: [width],
});

function accuracy(model: tf.LayersModel, data: TrainArrays): number {
  return tf.tidy(() => {
    const n = data.y.length;
    const predicted = (model.predict(tf.tensor2d(data.x, [n, data.inputShape[0]!])) as tf.Tensor)
      .argMax(-1)
      .dataSync();
    let right = 0;
    for (let i = 0; i < n; i++) if (predicted[i] === data.y[i]) right++;
    return right / n;
  });
}

async function trainOn(
  model: Record<string, unknown>,
  opts: {
    train?: Record<string, unknown>;
    sampleShape?: number[];
    data?: TrainArrays;
    validation?: TrainArrays;
  } = {},
) {
  const c = parse(model, opts.train);
  const data = opts.data ?? halves(96, 6, 6, "train");
  const width = data.inputShape[0]!;
  const net = buildNetwork({
    spec: c.model,
    inputWidth: width,
    ...(opts.sampleShape ? { sampleShape: opts.sampleShape } : {}),
    task: "classification",
    numClasses: 2,
    seed: c.train.seed,
  });
  const history = await fitModel({
    model: net,
    data: { train: data, validation: opts.validation ?? empty(width) },
    task: "classification",
    numClasses: 2,
    train: c.train,
  });
  return { net, history, data };
}

beforeAll(async () => {
  await initBackend("wasm");
});

describe("model families", () => {
  test("cnn: conv blocks with batch norm and pooling learn an image task and reload identically", async () => {
    const { net, history, data } = await trainOn(
      { architecture: "cnn", filters: [4, 8], batchNorm: true, dense: [8], blockDropout: 0.1 },
      { sampleShape: [6, 6, 1], train: { workers: 1 } },
    );
    expect(history.epochs.at(-1)!.loss).toBeLessThan(history.epochs[0]!.loss!);
    expect(accuracy(net, data)).toBeGreaterThan(0.9);
    expect(net.layers.map((l) => l.name)).toEqual(
      expect.arrayContaining([
        "reshape",
        "conv_1_1",
        "bn_1_1",
        "act_1_1",
        "pool_1",
        "conv_2_1",
        "flatten",
        "hidden_1",
        "output",
      ]),
    );
    const dir = await mkdtemp(join(tmpdir(), "modelops-cnn-"));
    await saveModel(net, dir);
    const back = await loadModel(dir);
    const input = tf.tensor2d(data.x.subarray(0, 4 * 36), [4, 36]);
    expect(Array.from((back.predict(input) as tf.Tensor).dataSync())).toEqual(
      Array.from((net.predict(input) as tf.Tensor).dataSync()),
    );
    tf.dispose(input);
    back.dispose();
    net.dispose();
  });

  test("lstm, gru and rnn read a row as a sequence (timesteps), bidirectional too", async () => {
    for (const architecture of ["lstm", "gru", "rnn"]) {
      const { net, history } = await trainOn(
        { architecture, units: [6], timesteps: 6, bidirectional: architecture === "gru" },
        { train: { epochs: 3, workers: 1 } },
      );
      expect(net.inputs[0]!.shape).toEqual([null, 36]);
      expect(history.epochs.at(-1)!.loss).toBeLessThan(history.epochs[0]!.loss!);
      net.dispose();
    }
  });

  test("transformer encoder: attention blocks over tokens train, save and load with the custom layers", async () => {
    const { net, history, data } = await trainOn(
      { architecture: "transformer", dModel: 8, heads: 2, layers: 1, ffDim: 16, timesteps: 6 },
      { train: { epochs: 8, workers: 1 } },
    );
    expect(history.epochs.at(-1)!.loss).toBeLessThan(history.epochs[0]!.loss!);
    expect(accuracy(net, data)).toBeGreaterThan(0.8);
    const dir = await mkdtemp(join(tmpdir(), "modelops-tf-"));
    await saveModel(net, dir);
    const back = await loadModel(dir);
    const input = tf.tensor2d(data.x.subarray(0, 3 * 36), [3, 36]);
    const a = (net.predict(input) as tf.Tensor).dataSync();
    const b = (back.predict(input) as tf.Tensor).dataSync();
    for (const [i, v] of a.entries()) expect(b[i]).toBeCloseTo(v, 6);
    tf.dispose(input);
    back.dispose();
    net.dispose();
  });

  test("an explicit layers list builds in order, with the output layer added", async () => {
    const { net, history } = await trainOn(
      {
        architecture: "layers",
        inputShape: [6, 6, 1],
        layers: [
          { conv2d: { filters: 4, kernelSize: 3, activation: "relu" } },
          { maxPooling2d: { poolSize: 2 } },
          { flatten: null },
          { dropout: { rate: 0.1 } },
          { dense: { units: 8, activation: "relu" } },
        ],
      },
      { train: { workers: 1 } },
    );
    expect(net.layers.map((l) => l.getClassName())).toEqual([
      "InputLayer",
      "Reshape",
      "Conv2D",
      "MaxPooling2D",
      "Flatten",
      "Dropout",
      "Dense",
      "Dense",
    ]);
    expect(history.epochs.at(-1)!.loss).toBeLessThan(history.epochs[0]!.loss!);
    net.dispose();
  });

  test("a layer spec that cannot be built is one line naming the entry, exit code 2", () => {
    const build = (model: Record<string, unknown>) => () =>
      buildNetwork({
        spec: parse(model).model,
        inputWidth: 36,
        task: "classification",
        numClasses: 2,
        seed: 1,
      });
    const error = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(ModelopsError);
        expect((e as ModelopsError).exitCode).toBe(2);
        expect((e as Error).message).not.toContain("\n");
        return (e as Error).message;
      }
      throw new Error("no error");
    };
    expect(error(build({ architecture: "layers", layers: [{ conv9d: { filters: 2 } }] }))).toBe(
      'model.layers[0]: unknown layer "conv9d"; use a tf.layers name such as dense, conv2d, maxPooling2d, flatten, dropout, lstm, batchNormalization',
    );
    expect(
      error(
        build({
          architecture: "layers",
          layers: [{ dense: { units: 4 } }, { conv2d: { filters: 2, kernelSize: 3 } }],
        }),
      ),
    ).toMatch(/^model\.layers\[1\] \(conv2d\) cannot be built: .+; fix its arguments in modelops\.yaml$/);
    expect(error(build({ architecture: "cnn", inputShape: [5, 5, 1] }))).toBe(
      "model.inputShape [5, 5, 1] holds 25 values but each row has 36 model inputs; make their product 36",
    );
    expect(error(build({ architecture: "cnn" }))).toMatch(/^model\.architecture cnn needs images/);
    expect(error(build({ architecture: "lstm", timesteps: 5 }))).toMatch(
      /^model\.timesteps 5 does not divide the 36/,
    );
    expect(error(build({ architecture: "transformer", dModel: 10, heads: 4 }))).toMatch(
      /^model\.dModel 10 is not divisible/,
    );
  });
});

describe("training loop", () => {
  test("learning-rate schedules: step, exponential, cosine with warm-up, and the plateau floor", () => {
    const train = (schedule: Record<string, unknown>, epochs = 10) =>
      parse({ architecture: "mlp" }, { learningRate: 0.1, epochs, schedule }).train;
    expect([1, 3, 4, 7].map((e) => learningRate(train({ type: "step", every: 3, factor: 0.5 }), e))).toEqual([
      0.1, 0.1, 0.05, 0.025,
    ]);
    expect(learningRate(train({ type: "exponential", factor: 0.5 }), 3)).toBeCloseTo(0.025, 12);
    const cosine = train({ type: "cosine", minLearningRate: 0.01, warmupEpochs: 2 }, 12);
    expect(learningRate(cosine, 1)).toBeCloseTo(0.01, 12);
    expect(learningRate(cosine, 3)).toBeCloseTo(0.1, 12);
    expect(learningRate(cosine, 12)).toBeCloseTo(0.01, 12);
    const plateau = parse(
      { architecture: "mlp" },
      { learningRate: 0.1, reduceOnPlateau: { minLearningRate: 0.02 } },
    ).train;
    expect(learningRate(plateau, 1, 0.125)).toBeCloseTo(0.02, 12);
  });

  test("class weights: balanced is n / (classes x count); by label; an unknown label is an error", () => {
    const data: TrainArrays = { x: new Float32Array(4), y: Float32Array.from([0, 0, 0, 1]), inputShape: [1] };
    const balanced = weightsFor("balanced", data, 2, undefined)!;
    expect(balanced[0]).toBeCloseTo(4 / 6, 6);
    expect(balanced[1]).toBe(2);
    expect(Array.from(weightsFor({ cat: 3 }, data, 2, ["cat", "dog"])!)).toEqual([3, 1]);
    expect(() => weightsFor({ cow: 3 }, data, 2, ["cat", "dog"])).toThrow(
      'train.classWeight names class "cow", which is not a class of the data (cat, dog); use one of those labels',
    );
  });

  test("reduce-on-plateau lowers the recorded rate; adamw shrinks weights more than adam", async () => {
    const data = halves(64, 4, 4, "plateau");
    const run = async (train: Record<string, unknown>) =>
      trainOn(
        { architecture: "mlp", dense: [8] },
        { data, validation: halves(16, 4, 4, "val"), train: { epochs: 8, workers: 1, ...train } },
      );
    // A step too small to move the weights: val_loss stays put, so every epoch is a plateau.
    const flat = await run({
      optimizer: "sgd",
      learningRate: 1e-30,
      reduceOnPlateau: { patience: 1, factor: 0.5, minLearningRate: 0 },
    });
    const rates = flat.history.epochs.map((e) => e.lr!);
    expect(rates[0]).toBe(1e-30);
    expect([rates[1], rates[2], rates[3]]).toEqual([1e-30, 0.5e-30, 0.25e-30]);
    const norm = (m: tf.LayersModel) =>
      tf.tidy(() =>
        m
          .getWeights()
          .filter((w) => w.rank === 2)
          .reduce((s, w) => s + w.square().sum().dataSync()[0]!, 0),
      );
    const adam = await run({ optimizer: "adam", learningRate: 0.01 });
    const adamw = await run({ optimizer: "adamw", learningRate: 0.01, weightDecay: 5 });
    expect(norm(adamw.net)).toBeLessThan(norm(adam.net));
    for (const r of [flat, adam, adamw]) r.net.dispose();
  });

  test("two data-parallel workers train a CNN to the same place every time, and leave no tensor behind", async () => {
    const before = tf.memory().numTensors;
    const a = await trainOn(
      { architecture: "cnn", filters: [4], dense: [] },
      { sampleShape: [6, 6, 1], train: { workers: 2, epochs: 4 } },
    );
    const b = await trainOn(
      { architecture: "cnn", filters: [4], dense: [] },
      { sampleShape: [6, 6, 1], train: { workers: 2, epochs: 4 } },
    );
    expect(a.history.replicas).toBe(2);
    expect(a.history.epochs).toEqual(b.history.epochs);
    expect(a.history.epochs.at(-1)!.loss).toBeLessThan(a.history.epochs[0]!.loss!);
    expect(accuracy(a.net, a.data)).toBeGreaterThan(0.9);
    a.net.dispose();
    b.net.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
