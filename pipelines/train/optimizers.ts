// Optimizers by their modelops.yaml names, a learning rate that can change between steps (schedules), and
// AdamW's decoupled weight decay, which tfjs does not have: w <- w - lr * decay * w after Adam's update, on
// kernels only (not biases, not normalisation parameters), as in Loshchilov & Hutter and Keras's AdamW.
import { type Kernels, kernelsFor, type WasmBackend } from "./kernels/index.ts";
import type { OptimizerSpec } from "./parallel.ts";
import * as tf from "./tf.ts";

export function makeOptimizer(spec: OptimizerSpec): tf.Optimizer {
  const lr = spec.learningRate;
  switch (spec.name) {
    case "sgd":
      return tf.train.sgd(lr);
    case "momentum":
      return tf.train.momentum(lr, 0.9);
    case "adam":
    case "adamw":
      return tf.train.adam(lr);
    case "rmsprop":
      return tf.train.rmsprop(lr);
    case "adagrad":
      return tf.train.adagrad(lr);
  }
}

/** Sets the learning rate used by the next applyGradients. */
export function setLearningRate(optimizer: tf.Optimizer, lr: number): void {
  const o = optimizer as unknown as { learningRate: number; setLearningRate?: (lr: number) => void };
  if (o.learningRate === lr) return;
  if (typeof o.setLearningRate === "function") o.setLearningRate(lr);
  else o.learningRate = lr;
}

/** Applies gradients given as flat arrays (variable order), then AdamW's decay where asked. */
export function applyFlat(
  optimizer: tf.Optimizer,
  spec: OptimizerSpec,
  variables: tf.Variable[],
  flat: Float32Array[],
  lr: number,
): void {
  setLearningRate(optimizer, lr);
  const grads: tf.NamedTensorMap = {};
  variables.forEach((v, i) => {
    grads[v.name] = tf.tensor(flat[i]!, v.shape, "float32");
  });
  optimizer.applyGradients(grads);
  tf.dispose(Object.values(grads));
  decay(spec, variables, lr);
}

/** Applies named gradient tensors (one thread), then AdamW's decay where asked. */
export function applyNamed(
  optimizer: tf.Optimizer,
  spec: OptimizerSpec,
  variables: tf.Variable[],
  grads: tf.NamedTensorMap,
  lr: number,
): void {
  setLearningRate(optimizer, lr);
  optimizer.applyGradients(grads);
  decay(spec, variables, lr);
}

function decay(spec: OptimizerSpec, variables: tf.Variable[], lr: number): void {
  const wd = spec.name === "adamw" ? (spec.weightDecay ?? 0.01) : 0;
  if (wd === 0) return;
  const factor = 1 - lr * wd;
  tf.tidy(() => {
    for (const v of variables) if (decays(v)) v.assign(tf.mul(v, factor));
  });
}

/** Kernels (matrices and filters) decay; biases, gammas and betas (rank 1) do not. */
const decays = (v: tf.Variable) => v.rank >= 2;

/**
 * One optimizer step of `n` weights at heap offset `w`, gradients at `g`, moments at `m` (and `v` for Adam):
 * the kernels module's update with tfjs's rules and constants (Adam: epsilon 1e-7, bias corrections
 * 1 - beta^t for the 1-based `step`; momentum 0.9). `decays`: AdamW's decoupled decay applies (kernels).
 */
export function heapUpdate(
  k: Kernels,
  spec: OptimizerSpec,
  step: number,
  at: { w: number; g: number; m: number; v: number; n: number },
  lr: number,
  decays: boolean,
): void {
  if (spec.name === "adam" || spec.name === "adamw") {
    const b1 = 0.9;
    const b2 = 0.999;
    const decay = spec.name === "adamw" && decays ? (spec.weightDecay ?? 0.01) : 0;
    k.adam_update(at.w, at.g, at.m, at.v, at.n, lr, b1, b2, 1e-7, 1 - b1 ** step, 1 - b2 ** step, decay);
  } else k.sgd_update(at.w, at.g, at.m, at.n, lr, spec.name === "momentum" ? 0.9 : 0);
}

/**
 * Moves each variable into a fresh buffer of its own (a new tensor id, one copy of its values). Before weights
 * are updated in place, and after: tfjs-backend-wasm caches packed weights by tensor id for inference (XNNPACK
 * operators), so a prediction after in-place updates would use stale weights until they are moved.
 */
export function freshBuffers(variables: Array<tf.Variable | undefined>): void {
  for (const v of variables) {
    if (!v) continue;
    const copy = tf.add(v, 0);
    v.assign(copy);
    copy.dispose();
  }
}

/** Applies one step's summed gradients, given as flat arrays in variable order. */
export interface FlatUpdater {
  apply(flat: Float32Array[], lr: number): void;
  /**
   * Applies the sum of the replicas' gradients: `parts` holds one array per replica, all the variables' gradients
   * one after the other, added in rank order (the same bits on every replica).
   */
  applySum(parts: Float32Array[], lr: number): void;
  dispose(): void;
}

/** The per-variable sums of `parts` (see applySum), added in rank order in float32. */
export function sumParts(parts: Float32Array[], variables: tf.Variable[]): Float32Array[] {
  let at = 0;
  return variables.map((v) => {
    const total = parts[0]!.slice(at, at + v.size);
    for (const part of parts.slice(1)) for (let i = 0; i < v.size; i++) total[i] = total[i]! + part[at + i]!;
    at += v.size;
    return total;
  });
}

/**
 * The data-parallel path's updater: on the wasm backend, Adam/AdamW, SGD and momentum run as one kernel call
 * per variable on the heap (kernels.c, the fused dense steps' update), with the optimizer's moments kept there;
 * elsewhere, and for rmsprop/adagrad, the tfjs optimizer. tfjs's Adam is a dozen elementwise kernels per
 * variable: 8-9 ms a step for the 850k weights of the Fashion-MNIST CNN, 15% of its training step; here ~2 ms.
 * The same update rules and constants as tfjs (epsilon 1e-7, bias corrections 1 - beta^t), so both paths
 * train the same weights up to float rounding (test/train/optimizers.test.ts).
 */
export function flatUpdater(
  optimizer: tf.Optimizer,
  spec: OptimizerSpec,
  variables: tf.Variable[],
  /**
   * Write the new weights into the variables' own buffers. Only where nothing predicts with tfjs kernels
   * between updates (the fused steps, which publish fresh tensors before validation): see HeapUpdater.
   */
  inPlace = false,
): FlatUpdater {
  if (tf.getBackend() === "wasm" && ["sgd", "momentum", "adam", "adamw"].includes(spec.name)) {
    return new HeapUpdater(tf.backend() as unknown as WasmBackend, spec, variables, inPlace);
  }
  const apply = (flat: Float32Array[], lr: number) => applyFlat(optimizer, spec, variables, flat, lr);
  return {
    apply,
    applySum: (parts, lr) => apply(sumParts(parts, variables), lr),
    dispose: () => {},
  };
}

class HeapUpdater implements FlatUpdater {
  private readonly k: Kernels;
  private readonly moments: Array<{ m: number; v: number }>;
  private readonly scratch: number;
  private readonly addend: number;
  private readonly blocks: number[] = [];
  private step = 0;

  constructor(
    private readonly backend: WasmBackend,
    private readonly spec: OptimizerSpec,
    private readonly variables: tf.Variable[],
    private readonly inPlace: boolean,
  ) {
    this.k = kernelsFor(backend);
    const adam = spec.name === "adam" || spec.name === "adamw";
    const alloc = (floats: number) => {
      const p = backend.wasm._malloc(Math.max(1, floats) * 4);
      this.blocks.push(p);
      this.k.zero_f32(p, Math.max(1, floats));
      return p;
    };
    this.moments = variables.map((v) => ({ m: alloc(v.size), v: adam ? alloc(v.size) : 0 }));
    const widest = Math.max(1, ...variables.map((v) => v.size));
    this.scratch = alloc(widest);
    this.addend = alloc(widest);
    // A variable may share its buffer with the tensor it was made from: give each its own.
    if (inPlace) freshBuffers(variables);
  }

  private heap(): Float32Array {
    return new Float32Array(this.backend.wasm.asm.memory.buffer);
  }

  apply(flat: Float32Array[], lr: number): void {
    this.update(lr, (i) => this.heap().set(flat[i]!, this.scratch / 4));
  }

  applySum(parts: Float32Array[], lr: number): void {
    let at = 0;
    this.update(lr, (_i, n) => {
      const heap = this.heap();
      heap.set(parts[0]!.subarray(at, at + n), this.scratch / 4);
      for (const part of parts.slice(1)) {
        heap.set(part.subarray(at, at + n), this.addend / 4);
        this.k.add_inplace(this.scratch, this.addend, n);
      }
      at += n;
    });
  }

  /** One update of every variable, with `load(i, size)` putting variable i's gradient into the scratch buffer. */
  private update(lr: number, load: (i: number, size: number) => void): void {
    this.step++;
    this.variables.forEach((variable, i) => {
      // Unless in place, the new weights go into a fresh tensor: tfjs-backend-wasm caches packed weights by
      // tensor id (XNNPACK operators), so a buffer a tfjs kernel may have packed is never changed in place.
      const next = this.inPlace ? variable : tf.add(variable, 0);
      load(i, variable.size);
      const w = this.backend.dataIdMap.get(next.dataId)!.memoryOffset;
      const { m, v } = this.moments[i]!;
      // AdamW decays kernels only (rank 2 and up), after the Adam step, as decay() below.
      heapUpdate(
        this.k,
        this.spec,
        this.step,
        { w, g: this.scratch, m, v, n: variable.size },
        lr,
        decays(variable),
      );
      if (next !== variable) {
        variable.assign(next);
        next.dispose();
      }
    });
  }

  dispose(): void {
    for (const p of this.blocks) this.backend.wasm._free(p);
    this.blocks.length = 0;
  }
}
