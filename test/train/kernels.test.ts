// The wasm training kernels (pipelines/train/kernels) against the cpu backend, tfjs's reference
// implementation, on random shapes: strides, 'same'/'valid'/explicit padding, odd channel counts.
import { beforeAll, describe, expect, test } from "@jest/globals";
import seedrandom from "seedrandom";
import { initBackend } from "../../pipelines/train/backend.ts";
import { type Kernels, kernelsFor, type WasmBackend } from "../../pipelines/train/kernels/index.ts";
import * as tf from "../../pipelines/train/tf.ts";

const rng = seedrandom("modelops:kernels-test");
const int = (lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const values = (n: number) => Float32Array.from({ length: n }, () => rng() * 2 - 1);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

/** Runs `f` on `backend` and returns its values. */
async function on(backend: "cpu" | "wasm", f: () => tf.Tensor): Promise<Float32Array> {
  return (await run(backend, f)).values;
}

async function run(
  backend: "cpu" | "wasm",
  f: () => tf.Tensor,
): Promise<{ values: Float32Array; shape: number[] }> {
  await initBackend(backend);
  const t = f();
  try {
    return { values: (await t.data()) as Float32Array, shape: t.shape };
  } finally {
    t.dispose();
  }
}

/** Largest absolute difference, relative to the largest reference magnitude. */
function relativeError(reference: Float32Array, candidate: Float32Array): number {
  expect(candidate.length).toBe(reference.length);
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < reference.length; i++) {
    diff = Math.max(diff, Math.abs(reference[i]! - candidate[i]!));
    scale = Math.max(scale, Math.abs(reference[i]!));
  }
  return scale === 0 ? diff : diff / scale;
}

type Pad = "same" | "valid" | [[0, 0], [number, number], [number, number], [0, 0]];

interface ConvCase {
  n: number;
  h: number;
  w: number;
  ci: number;
  co: number;
  kh: number;
  kw: number;
  stride: [number, number];
  pad: Pad;
}

function randomConv(): ConvCase {
  const kh = int(1, 5);
  const kw = int(1, 5);
  const pad: Pad = pick([
    "same",
    "valid",
    [
      [0, 0],
      [int(0, 2), int(0, 2)],
      [int(0, 2), int(0, 2)],
      [0, 0],
    ],
  ] as const) as Pad;
  return {
    n: int(1, 3),
    h: int(kh, 12),
    w: int(kw, 12),
    ci: int(1, 11),
    co: int(1, 19),
    kh,
    kw,
    stride: [int(1, 3), int(1, 3)],
    pad,
  };
}

const describeCase = (c: object) => JSON.stringify(c);

beforeAll(async () => {
  await initBackend("wasm");
});

describe("wasm training kernels match the cpu backend within 1e-4 relative", () => {
  test("Conv2DBackpropFilter and Conv2DBackpropInput: the gradients of conv2d on 40 random shapes", async () => {
    for (let trial = 0; trial < 40; trial++) {
      const c = randomConv();
      const x = values(c.n * c.h * c.w * c.ci);
      const w = values(c.kh * c.kw * c.ci * c.co);
      const yShape = await on("cpu", () =>
        tf.conv2d(
          tf.tensor4d(x, [c.n, c.h, c.w, c.ci]),
          tf.tensor4d(w, [c.kh, c.kw, c.ci, c.co]),
          c.stride,
          c.pad,
        ),
      ).then((v) => v.length);
      if (yShape === 0) continue;
      const dy = values(yShape);
      const grads = () =>
        tf.tidy(() => {
          const g = tf.grads((a: tf.Tensor, b: tf.Tensor) =>
            tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, c.stride, c.pad),
          );
          const xt = tf.tensor4d(x, [c.n, c.h, c.w, c.ci]);
          const wt = tf.tensor4d(w, [c.kh, c.kw, c.ci, c.co]);
          const y = tf.conv2d(xt, wt, c.stride, c.pad);
          const [gx, gw] = g([xt, wt], tf.tensor(dy, y.shape));
          return tf.concat([gx!.flatten(), gw!.flatten()]);
        });
      const reference = await on("cpu", grads);
      const candidate = await on("wasm", grads);
      const error = relativeError(reference, candidate);
      if (error > 1e-4) throw new Error(`relative error ${error} for ${describeCase(c)}`);
    }
  });

  test("conv2dTranspose (Conv2DBackpropInput as a forward op) with strides and same padding", async () => {
    for (let trial = 0; trial < 20; trial++) {
      const c = randomConv();
      const pad = pick(["same", "valid"] as const);
      const outShape: [number, number, number, number] = [c.n, c.h, c.w, c.ci];
      const inShape = await on("cpu", () =>
        tf.conv2d(
          tf.zeros(outShape) as tf.Tensor4D,
          tf.zeros([c.kh, c.kw, c.ci, c.co]) as tf.Tensor4D,
          c.stride,
          pad,
        ),
      ).then((v) => v.length);
      if (inShape === 0) continue;
      const oh = pad === "same" ? Math.ceil(c.h / c.stride[0]) : Math.ceil((c.h - c.kh + 1) / c.stride[0]);
      const ow = pad === "same" ? Math.ceil(c.w / c.stride[1]) : Math.ceil((c.w - c.kw + 1) / c.stride[1]);
      const dy = values(c.n * oh * ow * c.co);
      const w = values(c.kh * c.kw * c.ci * c.co);
      const transpose = () =>
        tf.conv2dTranspose(
          tf.tensor4d(dy, [c.n, oh, ow, c.co]),
          tf.tensor4d(w, [c.kh, c.kw, c.ci, c.co]),
          outShape,
          c.stride,
          pad,
        );
      const error = relativeError(await on("cpu", transpose), await on("wasm", transpose));
      if (error > 1e-4) throw new Error(`relative error ${error} for ${describeCase({ ...c, pad })}`);
    }
  });

  test("MaxPoolGrad: the gradient of maxPool on 40 random windows, strides and paddings", async () => {
    for (let trial = 0; trial < 40; trial++) {
      const n = int(1, 3);
      const h = int(1, 12);
      const w = int(1, 12);
      const ch = int(1, 13);
      const size: [number, number] = [int(1, Math.min(4, h)), int(1, Math.min(4, w))];
      const stride: [number, number] = [int(1, 3), int(1, 3)];
      const pad = pick(["same", "valid"] as const);
      const x = values(n * h * w * ch);
      const pool = () =>
        tf.tidy(() => {
          const g = tf.grad((a: tf.Tensor) =>
            tf
              .maxPool(a as tf.Tensor4D, size, stride, pad)
              .square()
              .sum(),
          );
          return g(tf.tensor4d(x, [n, h, w, ch]));
        });
      const error = relativeError(await on("cpu", pool), await on("wasm", pool));
      if (error > 1e-4)
        throw new Error(`relative error ${error} for ${describeCase({ n, h, w, ch, size, stride, pad })}`);
    }
  });

  test("Sum over every axis but the last (the bias gradient), with and without keepDims; other sums unchanged", async () => {
    for (let trial = 0; trial < 10; trial++) {
      const shape = [int(1, 4), int(1, 9), int(1, 9), int(1, 17)];
      const x = values(shape.reduce((a, b) => a * b, 1));
      const keepDims = rng() < 0.5;
      const axes = pick([[0, 1, 2], [2, 0, 1], [1, 2], [3], undefined]);
      const sum = () => tf.tidy(() => tf.sum(tf.tensor(x, shape), axes, keepDims));
      const reference = await run("cpu", sum);
      const candidate = await run("wasm", sum);
      expect(candidate.shape).toEqual(reference.shape);
      expect(relativeError(reference.values, candidate.values)).toBeLessThan(1e-4);
    }
  });
});

describe("wasm matrix, tile and mean kernels match the cpu backend", () => {
  test("BatchMatMul with every transposition, batch broadcasting and odd sizes", async () => {
    for (let trial = 0; trial < 40; trial++) {
      const m = int(1, 19);
      const k = int(1, 37);
      const n = int(1, 23);
      const batch = int(1, 3);
      const [ta, tb] = [rng() < 0.5, rng() < 0.5];
      const batchA = rng() < 0.25 ? 1 : batch;
      const batchB = rng() < 0.25 && batchA !== 1 ? 1 : batch;
      const a = values(batchA * m * k);
      const flat = batch === 1 && rng() < 0.5;
      const b = values(batchB * k * n);
      const product = () =>
        flat
          ? tf.matMul(tf.tensor2d(a, ta ? [k, m] : [m, k]), tf.tensor2d(b, tb ? [n, k] : [k, n]), ta, tb)
          : tf.matMul(
              tf.tensor3d(a, ta ? [batchA, k, m] : [batchA, m, k]),
              tf.tensor3d(b, tb ? [batchB, n, k] : [batchB, k, n]),
              ta,
              tb,
            );
      const reference = await run("cpu", product);
      const candidate = await run("wasm", product);
      expect(candidate.shape).toEqual(reference.shape);
      const error = relativeError(reference.values, candidate.values);
      if (error > 1e-4)
        throw new Error(`relative error ${error} for ${describeCase({ m, k, n, batchA, batchB, ta, tb })}`);
    }
  });

  test("the gradients of a dense layer (transposed products) through tf.grads", async () => {
    const x = values(16 * 30);
    const w = values(30 * 7);
    const grads = () =>
      tf.tidy(() => {
        const [gx, gw] = tf.grads((a: tf.Tensor, b: tf.Tensor) =>
          tf.matMul(a as tf.Tensor2D, b as tf.Tensor2D).square(),
        )([tf.tensor2d(x, [16, 30]), tf.tensor2d(w, [30, 7])]);
        return tf.concat([gx!.flatten(), gw!.flatten()]);
      });
    expect(relativeError(await on("cpu", grads), await on("wasm", grads))).toBeLessThan(1e-4);
  });

  test("Tile of ranks 1 to 5 and Mean over leading axes", async () => {
    for (let trial = 0; trial < 20; trial++) {
      const rank = int(1, 5);
      const shape = Array.from({ length: rank }, () => int(1, 4));
      const reps = Array.from({ length: rank }, () => int(1, 3));
      const x = values(shape.reduce((p, d) => p * d, 1));
      const tiled = () => tf.tile(tf.tensor(x, shape), reps);
      const reference = await run("cpu", tiled);
      const candidate = await run("wasm", tiled);
      expect(candidate.shape).toEqual(reference.shape);
      expect(Array.from(candidate.values)).toEqual(Array.from(reference.values));
      const keepDims = rng() < 0.5;
      const axes = rank > 1 ? Array.from({ length: rank - 1 }, (_, i) => i) : 0;
      const mean = () => tf.mean(tf.tensor(x, shape), axes, keepDims);
      const r = await run("cpu", mean);
      const c = await run("wasm", mean);
      expect(c.shape).toEqual(r.shape);
      expect(relativeError(r.values, c.values)).toBeLessThan(1e-5);
    }
  });
});

describe("wasm row-broadcast binary ops match the cpu backend", () => {
  test("add, sub, mul, div of [N, H, W, C] with [C] or [1, 1, 1, C], either side; other shapes unchanged", async () => {
    const ops = [tf.add, tf.sub, tf.mul, tf.div] as const;
    for (let trial = 0; trial < 24; trial++) {
      const shape = [int(1, 3), int(1, 5), int(1, 5), int(1, 9)];
      const c = shape[3]!;
      const big = values(shape.reduce((p, d) => p * d, 1));
      const small = Float32Array.from(values(c), (v) => v + Math.sign(v) * 0.5);
      const smallShape = pick([[c], [1, 1, 1, c], [1, c], [shape[2]!, c], [1]]);
      const smallValues = Float32Array.from(
        { length: smallShape.reduce((p, d) => p * d, 1) },
        (_, i) => small[i % c]!,
      );
      const op = ops[trial % 4]!;
      const swap = rng() < 0.5;
      const f = () => {
        const x = tf.tensor(big, shape);
        const v = tf.tensor(smallValues, smallShape);
        return swap ? op(v, x) : op(x, v);
      };
      const reference = await run("cpu", f);
      const candidate = await run("wasm", f);
      expect(candidate.shape).toEqual(reference.shape);
      const error = relativeError(reference.values, candidate.values);
      if (error > 1e-5)
        throw new Error(`relative error ${error} for ${describeCase({ shape, smallShape, trial, swap })}`);
    }
  });
});

describe("a CNN trains on the wasm backend", () => {
  test("conv + pooling + dense learns to tell a bright square from a dark one, with no leaked tensors", async () => {
    await initBackend("wasm");
    const model = tf.sequential({
      layers: [
        tf.layers.conv2d({
          inputShape: [8, 8, 1],
          filters: 4,
          kernelSize: 3,
          activation: "relu",
          kernelInitializer: tf.initializers.heNormal({ seed: 1 }),
        }),
        tf.layers.maxPooling2d({ poolSize: 2 }),
        tf.layers.flatten(),
        tf.layers.dense({
          units: 2,
          activation: "softmax",
          kernelInitializer: tf.initializers.glorotUniform({ seed: 2 }),
        }),
      ],
    });
    model.compile({ optimizer: tf.train.adam(0.05), loss: "categoricalCrossentropy", metrics: ["accuracy"] });
    const n = 64;
    const images = Float32Array.from({ length: n * 64 }, (_, i) => {
      const sample = Math.floor(i / 64);
      return (sample % 2 === 0 ? 0.8 : 0.2) + (rng() - 0.5) * 0.2;
    });
    const labels = Array.from({ length: n }, (_, i) => i % 2);
    const xs = tf.tensor4d(images, [n, 8, 8, 1]);
    const ys = tf.oneHot(tf.tensor1d(labels, "int32"), 2);
    const first = await model.fit(xs, ys, { epochs: 1, batchSize: 16, verbose: 0 });
    // After the first epoch (which creates adam's moment slots) training allocates nothing that stays.
    const before = tf.memory().numTensors;
    const history = await model.fit(xs, ys, { epochs: 14, batchSize: 16, verbose: 0 });
    expect(tf.memory().numTensors).toBe(before);
    const losses = [...(first.history.loss as number[]), ...(history.history.loss as number[])];
    expect(losses.at(-1)!).toBeLessThan(losses[0]! / 2);
    expect((history.history.acc as number[]).at(-1)).toBe(1);
    tf.dispose([xs, ys]);
    model.dispose();
  });
});

// The kernels of the fused CNN steps (pipelines/train/fused.ts), called directly on heap buffers.
describe("fused-step kernels match the cpu backend within 1e-4 relative", () => {
  /** Runs a kernel on wasm tensors holding `inputs`, into a zeroed output of `outShape`; returns the output. */
  async function direct(
    inputs: Array<{ values: Float32Array; shape: number[] }>,
    outShape: number[],
    call: (k: Kernels, offsets: number[]) => void,
  ): Promise<Float32Array> {
    await initBackend("wasm");
    const backend = tf.backend() as unknown as WasmBackend;
    const tensors = inputs.map((i) => tf.tensor(i.values, i.shape, "float32"));
    const out = tf.zeros(outShape);
    try {
      const offsets = [...tensors, out].map((t) => backend.dataIdMap.get(t.dataId)!.memoryOffset);
      call(kernelsFor(backend), offsets);
      return (await out.data()) as Float32Array;
    } finally {
      tf.dispose([...tensors, out]);
    }
  }

  test("conv2d_forward: 40 random shapes, strides and paddings (the input padded first)", async () => {
    for (let i = 0; i < 40; i++) {
      const c = randomConv();
      const [top, left] = [int(0, 2), int(0, 2)];
      const [hp, wp] = [c.h + top + int(0, 2), c.w + left + int(0, 2)];
      const [oh, ow] = [Math.floor((hp - c.kh) / c.stride[0]) + 1, Math.floor((wp - c.kw) / c.stride[1]) + 1];
      const x = { values: values(c.n * hp * wp * c.ci), shape: [c.n, hp, wp, c.ci] };
      const w = { values: values(c.kh * c.kw * c.ci * c.co), shape: [c.kh, c.kw, c.ci, c.co] };
      const expected = await on("cpu", () =>
        tf.conv2d(
          tf.tensor4d(x.values, x.shape as never),
          tf.tensor4d(w.values, w.shape as never),
          c.stride,
          "valid",
        ),
      );
      const got = await direct([x, w], [c.n, oh, ow, c.co], (k, [xo, wo, yo]) =>
        k.conv2d_forward(xo!, wo!, yo!, c.n, hp, wp, c.ci, oh, ow, c.co, c.kh, c.kw, ...c.stride),
      );
      const error = relativeError(expected, got);
      if (error > 1e-4) throw new Error(`relative error ${error} for ${describeCase({ ...c, hp, wp })}`);
    }
  });

  test("max_pool: 40 random windows, strides and paddings", async () => {
    for (let i = 0; i < 40; i++) {
      const [n, h, w, ch] = [int(1, 3), int(2, 11), int(2, 11), int(1, 9)];
      const size: [number, number] = [int(1, Math.min(3, h)), int(1, Math.min(3, w))];
      const stride: [number, number] = [int(1, 3), int(1, 3)];
      const pad = pick(["same", "valid"] as const);
      const x = { values: values(n * h * w * ch), shape: [n, h, w, ch] };
      const reference = await run("cpu", () =>
        tf.maxPool(tf.tensor4d(x.values, x.shape as never), size, stride, pad),
      );
      const [, oh, ow] = reference.shape as [number, number, number];
      const total = (o: number, s: number, f: number, in_: number) => Math.max((o - 1) * s + f - in_, 0);
      const pt = pad === "same" ? Math.floor(total(oh, stride[0], size[0], h) / 2) : 0;
      const pl = pad === "same" ? Math.floor(total(ow, stride[1], size[1], w) / 2) : 0;
      const got = await direct([x], reference.shape, (k, [xo, yo]) =>
        k.max_pool(xo!, yo!, n, h, w, ch, oh, ow, ...size, ...stride, pt, pl),
      );
      const error = relativeError(reference.values, got);
      if (error > 1e-4)
        throw new Error(`relative error ${error} for ${describeCase({ n, h, w, ch, size, stride, pad })}`);
    }
  });

  test("dropout_mask: zeros at the rate, 1 / (1 - rate) elsewhere, the same masks from the same state", async () => {
    const n = 20_000;
    const state = { values: new Float32Array(new Uint32Array([12345, 678, 9, 1011]).buffer), shape: [4] };
    const draw = () => direct([state], [n], (k, [s, m]) => k.dropout_mask(m!, n, 0.3, s!));
    const mask = await draw();
    const zeros = mask.filter((v) => v === 0).length;
    expect(zeros / n).toBeGreaterThan(0.28);
    expect(zeros / n).toBeLessThan(0.32);
    expect(mask.every((v) => v === 0 || Math.abs(v - 1 / 0.7) < 1e-6)).toBe(true);
    expect(Array.from(await draw())).toEqual(Array.from(mask));
  });
});
