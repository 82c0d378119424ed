// Fused training steps for stacks of dense layers on the wasm backend. A tfjs step of a small MLP is about a
// hundred kernel calls, each with its bookkeeping (tape, tensor tracking), which costs far more than the
// arithmetic: PyTorch trains the 20-64-64-3 MLP four times faster that way. Here one step is a dozen calls into
// the kernels module (kernels.c, "fused dense training"): forward products with bias and activation, softmax
// and the cross-entropy (or squared-error) gradient, backward products, and the optimizer update, all on
// buffers in tfjs's heap, with the model's weights updated in place in their own tensors. The result is the
// same algorithm as the tfjs path (same initial weights, batches, loss and update rules) up to float rounding.
//
// Used by fit() when the model is Dense layers (and Dropout) with relu/tanh/sigmoid/elu/selu/linear hidden
// activations, a softmax or linear output, and the optimizer is sgd, momentum, adam or adamw; anything else
// takes the tfjs path.
import seedrandom from "seedrandom";
import { batchArray, type TrainArrays } from "./arrays.ts";
import { kernelsFor, type WasmBackend } from "./kernels/index.ts";
import { heapUpdate } from "./optimizers.ts";
import type { OptimizerSpec } from "./parallel.ts";
import * as tf from "./tf.ts";

const ACT: Record<string, number> = { linear: 0, relu: 1, tanh: 2, sigmoid: 3, elu: 4, selu: 5 };

export interface DenseLayer {
  kernel: tf.Variable;
  bias: tf.Variable | undefined;
  inputs: number;
  units: number;
  act: number;
  l2: number;
  /** Dropout rate applied to this layer's output (from a following Dropout layer). */
  dropout: number;
}

export interface FusedPlan {
  layers: DenseLayer[];
  softmax: boolean;
  /** Classification targets (1 - s) one-hot + s / classes; 0 = plain one-hot. */
  labelSmoothing?: number;
}

/** The fused plan of a model, or why it cannot be fused. */
export function fusedPlan(
  model: tf.LayersModel,
  spec: OptimizerSpec,
  classification: boolean,
): FusedPlan | string {
  if (tf.getBackend() !== "wasm") return "not on the wasm backend";
  if (!["sgd", "momentum", "adam", "adamw"].includes(spec.name)) return `optimizer ${spec.name}`;
  const stack = denseStack(model);
  if (typeof stack === "string") return stack;
  if (classification ? stack.output !== "softmax" : stack.output !== "linear")
    return `an output activation ${stack.output}`;
  return { layers: stack.layers, softmax: classification };
}

/**
 * A model that is a stack of Dense layers (each optionally followed by Dropout) with hidden activations the
 * kernels implement: its layers (the output layer's `act` set to linear) and the output's activation name;
 * or why it is not one.
 */
export function denseStack(model: tf.LayersModel): { layers: DenseLayer[]; output: string } | string {
  const layers: DenseLayer[] = [];
  for (const layer of model.layers) {
    const cls = layer.getClassName();
    if (cls === "InputLayer") continue;
    if (cls === "Dropout") {
      const last = layers.at(-1);
      if (!last || last.dropout > 0) return "a dropout layer that does not follow a dense layer";
      last.dropout = (layer.getConfig() as { rate: number }).rate;
      continue;
    }
    if (cls !== "Dense") return `a ${cls} layer`;
    const config = layer.getConfig() as {
      activation: string;
      useBias: boolean;
      kernelRegularizer?: { className: string; config: { l1?: number; l2?: number } } | null;
      units: number;
    };
    const reg = config.kernelRegularizer;
    let l2 = 0;
    if (reg) {
      if (reg.className !== "L1L2" || (reg.config.l1 ?? 0) !== 0) return "a regulariser other than l2";
      l2 = reg.config.l2 ?? 0;
    }
    const extra = layer.getConfig();
    if (extra.activityRegularizer || extra.biasRegularizer) return "an activity or bias regulariser";
    const [kernel, bias] = layer.trainableWeights.map((w) => w.read() as tf.Variable);
    if (kernel?.rank !== 2) return "a dense layer on inputs of rank above 2";
    layers.push({
      kernel,
      bias: config.useBias ? bias : undefined,
      inputs: kernel.shape[0]!,
      units: config.units,
      act: ACT[config.activation] ?? -1,
      l2,
      dropout: 0,
    });
  }
  if (layers.length === 0) return "no dense layers";
  const out = layers.at(-1)!;
  const output = (model.layers.at(-1)!.getConfig() as { activation?: string }).activation ?? "linear";
  if (out.dropout > 0) return "dropout after the output layer";
  out.act = 0;
  const bad = layers.slice(0, -1).find((l) => l.act < 0);
  if (bad) return "a hidden activation other than linear, relu, tanh, sigmoid, elu, selu";
  return { layers, output };
}

interface Buffers {
  x: number;
  y: number;
  w: number;
  z: number[];
  a: number[];
  dz: number[];
  da: number[];
  mask: number[];
  wt: number[];
  gw: number[];
  gb: number[];
  m: number[];
  v: number[];
  mb: number[];
  vb: number[];
}

/** Steps of one model; create with startFused, dispose at the end (frees the heap buffers). */
export class FusedDense {
  private readonly k;
  private readonly buf: Buffers;
  private readonly blocks: number[] = [];
  private step = 0;
  private readonly dropoutRng: () => number;

  constructor(
    private readonly backend: WasmBackend,
    private readonly plan: FusedPlan,
    private readonly spec: OptimizerSpec,
    maxBatch: number,
    seed: number,
  ) {
    this.k = kernelsFor(backend);
    this.dropoutRng = seedrandom(`modelops:fused-dropout:${seed}`);
    const alloc = (floats: number, zero = false) => {
      const p = backend.wasm._malloc(Math.max(1, floats) * 4);
      this.blocks.push(p);
      if (zero) this.k.zero_f32(p, floats);
      return p;
    };
    const L = plan.layers;
    const first = L[0]!.inputs;
    const last = L.at(-1)!.units;
    const stateful = spec.name !== "sgd";
    this.buf = {
      x: alloc(maxBatch * first),
      y: alloc(maxBatch * last),
      w: alloc(maxBatch),
      z: L.map((l) => alloc(maxBatch * l.units)),
      a: L.map((l) => alloc(maxBatch * l.units)),
      dz: L.map((l) => alloc(maxBatch * l.units)),
      da: L.map((l) => alloc(maxBatch * l.units)),
      mask: L.map((l) => (l.dropout > 0 ? alloc(maxBatch * l.units) : 0)),
      wt: L.map((l) => alloc(l.inputs * l.units)),
      gw: L.map((l) => alloc(l.inputs * l.units)),
      gb: L.map((l) => alloc(l.units, true)),
      m: L.map((l) => (stateful ? alloc(l.inputs * l.units, true) : 0)),
      v: L.map((l) => (spec.name.startsWith("adam") ? alloc(l.inputs * l.units, true) : 0)),
      mb: L.map((l) => (stateful ? alloc(l.units, true) : 0)),
      vb: L.map((l) => (spec.name.startsWith("adam") ? alloc(l.units, true) : 0)),
    };
    // The weights are updated in place: give each its own buffer (a variable may share its initial value's).
    this.publish();
  }

  /**
   * Moves every weight into a fresh buffer (a new tensor id). tfjs-backend-wasm caches packed weights by tensor
   * id for inference (XNNPACK's fully-connected operators), so after in-place updates a prediction would use
   * stale weights: call this before the model predicts (validation, saving). Cheap: one copy of the weights.
   */
  publish(): void {
    for (const l of this.plan.layers) {
      for (const v of [l.kernel, l.bias]) {
        if (!v) continue;
        const copy = tf.add(v, 0);
        v.assign(copy);
        copy.dispose();
      }
    }
  }

  private heap(): Float32Array {
    return new Float32Array(this.backend.wasm.asm.memory.buffer);
  }

  private offset(t: tf.Tensor): number {
    return this.backend.dataIdMap.get(t.dataId)!.memoryOffset;
  }

  /** One training step on the samples at `indices`; returns the batch's loss sum and metric sum. */
  run(
    data: TrainArrays,
    indices: ArrayLike<number>,
    numClasses: number | undefined,
    classWeights: Float32Array | undefined,
    lr: number,
    epoch: number,
  ): { lossSum: number; metricSum: number } {
    const { k, buf, plan } = this;
    const L = plan.layers;
    const B = indices.length;
    const out = L.at(-1)!.units;
    // Inputs, targets and sample weights into the heap.
    const xs = batchArray(data, indices, epoch);
    let heap = this.heap();
    heap.set(xs, buf.x / 4);
    const y = heap.subarray(buf.y / 4, buf.y / 4 + B * out);
    const smoothing = numClasses !== undefined ? (plan.labelSmoothing ?? 0) : 0;
    y.fill(smoothing / out);
    for (let i = 0; i < B; i++) {
      const t = data.y[indices[i]!]!;
      if (numClasses !== undefined) y[i * out + t] = 1 - smoothing + smoothing / out;
      else y[i] = t;
    }
    if (classWeights) for (let i = 0; i < B; i++) heap[buf.w / 4 + i] = classWeights[data.y[indices[i]!]!]!;
    for (const [i, l] of L.entries()) {
      if (l.dropout > 0) {
        const keep = 1 / (1 - l.dropout);
        const mask = heap.subarray(buf.mask[i]! / 4, buf.mask[i]! / 4 + B * l.units);
        for (let j = 0; j < mask.length; j++) mask[j] = this.dropoutRng() < l.dropout ? 0 : keep;
      }
    }
    // Forward.
    let input = buf.x;
    for (const [i, l] of L.entries()) {
      k.gemm(input, this.offset(l.kernel), buf.z[i]!, B, l.units, l.inputs, l.inputs, l.units, l.units, 0);
      if (l.bias) k.bias_act(buf.z[i]!, this.offset(l.bias), buf.a[i]!, B, l.units, l.act);
      else k.bias_act(buf.z[i]!, buf.gb[i]!, buf.a[i]!, B, l.units, l.act); // gb is 0 here: see below
      if (l.dropout > 0) k.mul_inplace(buf.a[i]!, buf.mask[i]!, B * l.units);
      input = buf.a[i]!;
    }
    // Loss gradient at the output.
    const last = L.length - 1;
    const w = classWeights ? buf.w : 0;
    if (plan.softmax) k.softmax_xent(buf.z[last]!, buf.y, w, buf.a[last]!, buf.dz[last]!, B, out, 1 / B);
    else k.mse_grad(buf.z[last]!, buf.y, w, buf.dz[last]!, B, out, 1 / B);
    // Backward.
    for (let i = last; i >= 0; i--) {
      const l = L[i]!;
      const prev = i === 0 ? buf.x : buf.a[i - 1]!;
      k.gemm(prev, buf.dz[i]!, buf.gw[i]!, l.inputs, l.units, B, l.inputs, l.units, l.units, 1);
      k.sum_rows(buf.dz[i]!, buf.gb[i]!, B, l.units);
      if (l.l2 > 0) k.add_l2(buf.gw[i]!, this.offset(l.kernel), l.inputs * l.units, l.l2);
      if (i > 0) {
        const below = L[i - 1]!;
        k.transpose2d(this.offset(l.kernel), buf.wt[i]!, l.inputs, l.units);
        k.gemm(buf.dz[i]!, buf.wt[i]!, buf.da[i - 1]!, B, l.inputs, l.units, l.units, l.inputs, l.inputs, 0);
        k.act_backward(
          buf.da[i - 1]!,
          buf.z[i - 1]!,
          buf.a[i - 1]!,
          buf.mask[i - 1]!,
          buf.dz[i - 1]!,
          B * below.units,
          below.act,
        );
      }
    }
    // Loss and metric sums (before the update: the weights that made these predictions).
    heap = this.heap();
    let lossSum = 0;
    let metricSum = 0;
    const pred = heap.subarray(buf.a[last]! / 4, buf.a[last]! / 4 + B * out);
    for (let i = 0; i < B; i++) {
      const weight = classWeights ? classWeights[data.y[indices[i]!]!]! : 1;
      if (plan.softmax) {
        const t = data.y[indices[i]!]!;
        let best = 0;
        let sum = 0;
        for (let c = 0; c < out; c++) {
          if (pred[i * out + c]! > pred[i * out + best]!) best = c;
          sum += pred[i * out + c]!;
        }
        // Keras's categorical crossentropy: probabilities clipped to [1e-7, 1 - 1e-7], summed over the
        // (smoothed) targets.
        const clipped = (c: number) => Math.min(Math.max(pred[i * out + c]! / sum, 1e-7), 1 - 1e-7);
        let loss = -Math.log(clipped(t));
        if (smoothing > 0) {
          loss = 0;
          for (let c = 0; c < out; c++) loss -= y[i * out + c]! * Math.log(clipped(c));
        }
        lossSum += loss * weight;
        if (best === t) metricSum++;
      } else {
        let se = 0;
        let ae = 0;
        for (let c = 0; c < out; c++) {
          const d = heap[buf.z[last]! / 4 + i * out + c]! - y[i * out + c]!;
          se += d * d;
          ae += Math.abs(d);
        }
        lossSum += (se / out) * weight;
        metricSum += ae;
      }
    }
    // Update (AdamW decays the kernels, not the biases).
    this.step++;
    for (const [i, l] of L.entries()) {
      const kernel = {
        w: this.offset(l.kernel),
        g: buf.gw[i]!,
        m: buf.m[i]!,
        v: buf.v[i]!,
        n: l.inputs * l.units,
      };
      heapUpdate(k, this.spec, this.step, kernel, lr, true);
      if (l.bias) {
        const bias = { w: this.offset(l.bias), g: buf.gb[i]!, m: buf.mb[i]!, v: buf.vb[i]!, n: l.units };
        heapUpdate(k, this.spec, this.step, bias, lr, false);
      } else k.zero_f32(buf.gb[i]!, l.units); // a layer without bias adds this zero row at the next forward pass
    }
    return { lossSum, metricSum };
  }

  dispose(): void {
    for (const p of this.blocks) this.backend.wasm._free(p);
    this.blocks.length = 0;
  }
}

export function startFused(plan: FusedPlan, spec: OptimizerSpec, maxBatch: number, seed: number): FusedDense {
  return new FusedDense(tf.backend() as unknown as WasmBackend, plan, spec, maxBatch, seed);
}
