// Training data as flat typed arrays: what the training loop batches from, what worker threads share (the
// buffers can be SharedArrayBuffers) and what both tabular rows and images become. One sample is
// `sampleSize` consecutive values of `x`; `x` may hold raw bytes (images) that `scale` maps to model inputs.
import seedrandom from "seedrandom";
import { augmentOne } from "../data/images/augment.ts";
import type { SplitData, TrainArrays } from "../data/types.ts";
import * as tf from "./tf.ts";

export const sampleSize = (a: Pick<TrainArrays, "inputShape">): number =>
  a.inputShape.reduce((p, d) => p * d, 1);
export const count = (a: TrainArrays): number => a.y.length;

/** A tabular split (rows of numbers) as arrays; `shared` puts them in SharedArrayBuffers for workers. */
export function fromSplit(split: SplitData, width: number, shared = false): TrainArrays {
  const n = split.x.length;
  const x = floats(n * width, shared);
  for (let i = 0; i < n; i++) {
    const row = split.x[i]!;
    for (let j = 0; j < width; j++) x[i * width + j] = row[j]!;
  }
  const y = floats(n, shared);
  y.set(split.y);
  return { x, inputShape: [width], y };
}

export function floats(n: number, shared = false): Float32Array {
  return shared ? new Float32Array(new SharedArrayBuffer(n * 4)) : new Float32Array(n);
}

/** A copy of `a` whose buffers are SharedArrayBuffers (no copy when they already are). */
export function shareArrays(a: TrainArrays): TrainArrays {
  const isShared = (t: ArrayBufferView) => t.buffer instanceof SharedArrayBuffer;
  const copy = <T extends Float32Array | Uint8Array>(t: T): T => {
    if (isShared(t)) return t;
    const out = new (t.constructor as new (b: SharedArrayBuffer) => T)(new SharedArrayBuffer(t.byteLength));
    out.set(t);
    return out;
  };
  return { ...a, x: copy(a.x), y: copy(a.y) };
}

/**
 * Inputs of the samples at `indices` as a float32 tensor [batch, ...inputShape]. With `epoch` (training
 * batches), samples of an augmented split are augmented first, each from a generator seeded by the split's
 * seed, the epoch and the sample: the same images on every run and on every data-parallel replica.
 */
export function batchInputs(a: TrainArrays, indices: ArrayLike<number>, epoch?: number): tf.Tensor {
  return tf.tensor(batchArray(a, indices, epoch), [indices.length, ...a.inputShape], "float32");
}

/** What batchInputs puts in its tensor, as a plain array (the fused dense steps copy it into the heap). */
export function batchArray(a: TrainArrays, indices: ArrayLike<number>, epoch?: number): Float32Array {
  const size = sampleSize(a);
  const out = new Float32Array(indices.length * size);
  const scale = a.scale ?? 1;
  const augment = epoch !== undefined ? a.augment : undefined;
  const shape = augment
    ? { height: augment.shape[0], width: augment.shape[1], channels: augment.shape[2] }
    : undefined;
  const scratch = augment ? new Uint8Array(size) : undefined;
  for (let i = 0; i < indices.length; i++) {
    const from = indices[i]! * size;
    let sample: ArrayLike<number> = a.x.subarray(from, from + size);
    if (augment && scratch && shape) {
      augmentOne(
        sample,
        scratch,
        shape,
        augment.config,
        seedrandom(`modelops:augment:${augment.seed}:${epoch}:${indices[i]}`),
      );
      sample = scratch;
    }
    if (scale === 1) out.set(sample, i * size);
    else for (let j = 0; j < size; j++) out[i * size + j] = sample[j]! * scale;
  }
  return out;
}

/** Targets of the samples at `indices`: one-hot [batch, classes] or a column [batch, 1]. */
export function batchTargets(a: TrainArrays, indices: ArrayLike<number>, numClasses?: number): tf.Tensor {
  if (numClasses === undefined) {
    const out = new Float32Array(indices.length);
    for (let i = 0; i < indices.length; i++) out[i] = a.y[indices[i]!]!;
    return tf.tensor2d(out, [indices.length, 1]);
  }
  const out = new Float32Array(indices.length * numClasses);
  for (let i = 0; i < indices.length; i++) out[i * numClasses + a.y[indices[i]!]!] = 1;
  return tf.tensor2d(out, [indices.length, numClasses]);
}

/** Per-sample weights of the samples at `indices` from per-class weights; undefined when there are none. */
export function batchWeights(
  a: TrainArrays,
  indices: ArrayLike<number>,
  classWeights: Float32Array | undefined,
): tf.Tensor | undefined {
  if (classWeights === undefined) return undefined;
  const out = new Float32Array(indices.length);
  for (let i = 0; i < indices.length; i++) out[i] = classWeights[a.y[indices[i]!]!]!;
  return tf.tensor1d(out);
}

/** The samples at `indices` as new (unshared) arrays. */
export function subset(a: TrainArrays, indices: ArrayLike<number>): TrainArrays {
  const size = sampleSize(a);
  const x = new (a.x.constructor as new (n: number) => Float32Array | Uint8Array)(indices.length * size);
  const y = new Float32Array(indices.length);
  for (let i = 0; i < indices.length; i++) {
    const k = indices[i]!;
    x.set(a.x.subarray(k * size, (k + 1) * size), i * size);
    y[i] = a.y[k]!;
  }
  return { ...a, x, y };
}
