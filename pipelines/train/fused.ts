// Fused training steps on the wasm backend, for stacks of dense layers and for the Keras-style CNN (Conv2D,
// MaxPooling2D, Dropout, Flatten, Dense). A tfjs step of a small MLP is about a hundred kernel calls, each with
// its bookkeeping (tape, tensor tracking), which costs far more than the arithmetic: PyTorch trains the
// 20-64-64-3 MLP four times faster that way. A CNN's step spends its time in the kernels instead, but tfjs's
// dense products, elementwise gradients and dropout (masks drawn in JavaScript) still cost a third of it. Here
// one step is a few calls per layer into the kernels module (kernels.c): convolution and matrix products,
// bias + activation, pooling, dropout masks, softmax with the cross-entropy (or squared-error) gradient, the
// backward products and the optimizer update, all on buffers in tfjs's heap, with the model's weights read in
// place from their own tensors. The result is the same algorithm as the tfjs path (same initial weights,
// batches, loss and update rules) up to float rounding; dropout masks come from a seeded generator of their own.
//
// Used by fit() on one thread (the whole step and the update) and by the data-parallel replicas (the gradients
// of each replica's share) when every layer is covered, the hidden activations are relu/tanh/sigmoid/elu/selu/
// linear, the output is softmax (classification) or linear (regression), and, on one thread, the optimizer is
// sgd, momentum, adam or adamw. Anything else takes the tfjs path.
import seedrandom from "seedrandom";
import type { TrainArrays } from "../data/types.ts";
import { batchArray } from "./arrays.ts";
import { geometry, kernelsFor, type WasmBackend } from "./kernels/index.ts";
import { freshBuffers, heapUpdate } from "./optimizers.ts";
import type { OptimizerSpec } from "./parallel.ts";
import type { StepTask } from "./step.ts";
import * as tf from "./tf.ts";

const ACT: Record<string, number> = { linear: 0, relu: 1, tanh: 2, sigmoid: 3, elu: 4, selu: 5 };

/** A step of the fused network: shapes are per sample, NHWC for images. */
export type FusedOp =
  | {
      kind: "conv";
      kernel: tf.Variable;
      bias: tf.Variable | undefined;
      /** Input height, width, channels; output height, width, channels. */
      h: number;
      w: number;
      ci: number;
      oh: number;
      ow: number;
      co: number;
      kh: number;
      kw: number;
      sh: number;
      sw: number;
      /** Padding: the padded input's height and width and where the input sits in it. */
      hp: number;
      wp: number;
      top: number;
      left: number;
      act: number;
      l2: number;
    }
  | {
      kind: "pool";
      h: number;
      w: number;
      c: number;
      oh: number;
      ow: number;
      fh: number;
      fw: number;
      sh: number;
      sw: number;
      top: number;
      left: number;
    }
  | { kind: "dropout"; size: number; rate: number }
  | {
      kind: "dense";
      kernel: tf.Variable;
      bias: tf.Variable | undefined;
      inputs: number;
      units: number;
      act: number;
      l2: number;
    };

export interface FusedPlan {
  ops: FusedOp[];
  softmax: boolean;
  /** Classification targets (1 - s) one-hot + s / classes; 0 = plain one-hot. */
  labelSmoothing?: number;
}

/** The fused plan of a model's gradients (no optimizer involved), or why it cannot be fused. */
export function fusedNetwork(model: tf.LayersModel, classification: boolean): FusedPlan | string {
  if (tf.getBackend() !== "wasm") return "not on the wasm backend";
  const net = fusedOps(model);
  if (typeof net === "string") return net;
  if (classification ? net.output !== "softmax" : net.output !== "linear")
    return `an output activation ${net.output}`;
  return { ops: net.ops, softmax: classification };
}

/** The fused plan of a whole training step (the network's, fusedNetwork, and its update), or why not. */
export function fusedPlan(network: FusedPlan | string, spec: OptimizerSpec): FusedPlan | string {
  if (typeof network === "string") return network;
  if (!["sgd", "momentum", "adam", "adamw"].includes(spec.name)) return `optimizer ${spec.name}`;
  return network;
}

function l2Of(layer: tf.layers.Layer): number | string {
  const config = layer.getConfig() as {
    kernelRegularizer?: { className: string; config: { l1?: number; l2?: number } } | null;
    activityRegularizer?: unknown;
    biasRegularizer?: unknown;
  };
  if (config.activityRegularizer || config.biasRegularizer) return "an activity or bias regulariser";
  const reg = config.kernelRegularizer;
  if (!reg) return 0;
  if (reg.className !== "L1L2" || (reg.config.l1 ?? 0) !== 0) return "a regulariser other than l2";
  return reg.config.l2 ?? 0;
}

/**
 * The ops of a model whose layers are all covered (InputLayer, Reshape, Conv2D, MaxPooling2D, Dropout,
 * Flatten, Dense), with the output layer's activation set to linear and its name returned; or why not.
 */
function fusedOps(model: tf.LayersModel): { ops: FusedOp[]; output: string } | string {
  const ops: FusedOp[] = [];
  const input = model.inputs[0]!.shape.slice(1) as number[];
  // The current per-sample shape: [h, w, c] for images, [features] after Flatten (or for dense inputs).
  let shape: number[] = input;
  for (const layer of model.layers) {
    const cls = layer.getClassName();
    const config = layer.getConfig() as Record<string, unknown>;
    if (cls === "InputLayer") continue;
    if (cls === "Reshape") {
      const target = config.targetShape as number[];
      if (target.reduce((a, b) => a * b, 1) !== shape.reduce((a, b) => a * b, 1))
        return "a Reshape that resizes";
      shape = target.length === 2 ? [...target, 1] : target; // row-major data: reshaping moves nothing
      continue;
    }
    if (cls === "Flatten") {
      shape = [shape.reduce((a, b) => a * b, 1)];
      continue;
    }
    if (cls === "Dropout") {
      if (config.noiseShape) return "a Dropout layer with a noise shape";
      const rate = (config as { rate: number }).rate;
      if (rate > 0) ops.push({ kind: "dropout", size: shape.reduce((a, b) => a * b, 1), rate });
      continue;
    }
    const l2 = l2Of(layer);
    if (typeof l2 === "string") return l2;
    const step =
      cls === "Conv2D"
        ? convOp(layer, config, shape, l2)
        : cls === "MaxPooling2D"
          ? poolOp(config, shape)
          : cls === "Dense"
            ? denseOp(layer, config, shape, l2)
            : `a ${cls} layer`;
    if (typeof step === "string") return step;
    ops.push(step.op);
    shape = step.shape;
  }
  const out = ops.at(-1);
  if (out?.kind !== "dense") return out ? "a network that does not end with a dense layer" : "no layers";
  const output = (model.layers.at(-1)!.getConfig() as { activation?: string }).activation ?? "linear";
  out.act = 0;
  const bad = ops.slice(0, -1).find((o) => (o.kind === "conv" || o.kind === "dense") && o.act < 0);
  if (bad) return "a hidden activation other than linear, relu, tanh, sigmoid, elu, selu";
  return { ops, output };
}

/** A layer's op and the per-sample shape after it; or why it is not covered. */
type OpStep = { op: FusedOp; shape: number[] } | string;

/** A channels-last, undilated Conv2D on images, with tfjs's own geometry (output size, 'same' padding). */
function convOp(
  layer: tf.layers.Layer,
  config: Record<string, unknown>,
  shape: number[],
  l2: number,
): OpStep {
  if (shape.length !== 3) return "a Conv2D layer on inputs that are not images";
  const c = config as {
    strides?: number | [number, number];
    padding: string;
    dilationRate?: number | [number, number];
    dataFormat?: string;
    activation: string;
    useBias: boolean;
  };
  if (c.dataFormat && c.dataFormat !== "channelsLast") return "a channels-first Conv2D";
  const [kernel, bias] = layer.trainableWeights.map((v) => v.read() as tf.Variable);
  // tfjs's own geometry (output size, 'same' padding), as the Conv2D kernels compute it.
  const g = geometry(
    tf.backend_util.computeConv2DInfo(
      [1, ...(shape as [number, number, number])],
      kernel!.shape as [number, number, number, number],
      c.strides ?? 1,
      c.dilationRate ?? 1,
      c.padding as "same" | "valid",
    ),
  );
  if (g.dh !== 1 || g.dw !== 1) return "a dilated Conv2D";
  const op: FusedOp = {
    kind: "conv",
    kernel: kernel!,
    bias: c.useBias ? bias : undefined,
    h: g.H,
    w: g.W,
    ci: g.CI,
    oh: g.OH,
    ow: g.OW,
    co: g.CO,
    kh: g.KH,
    kw: g.KW,
    sh: g.sh,
    sw: g.sw,
    hp: g.HP,
    wp: g.WP,
    top: g.top,
    left: g.left,
    act: ACT[c.activation] ?? -1,
    l2,
  };
  return { op, shape: [g.OH, g.OW, g.CO] };
}

/** A MaxPooling2D on images, with tfjs's pooling geometry. */
function poolOp(config: Record<string, unknown>, shape: number[]): OpStep {
  if (shape.length !== 3) return "a MaxPooling2D layer on inputs that are not images";
  const c = config as {
    poolSize: number | [number, number];
    strides?: number | [number, number];
    padding: string;
  };
  const info = tf.backend_util.computePool2DInfo(
    [1, ...(shape as [number, number, number])],
    c.poolSize,
    c.strides ?? c.poolSize,
    1,
    c.padding as "same" | "valid",
  );
  const op: FusedOp = {
    kind: "pool",
    h: info.inHeight,
    w: info.inWidth,
    c: info.inChannels,
    oh: info.outHeight,
    ow: info.outWidth,
    fh: info.filterHeight,
    fw: info.filterWidth,
    sh: info.strideHeight,
    sw: info.strideWidth,
    top: info.padInfo.top,
    left: info.padInfo.left,
  };
  return { op, shape: [info.outHeight, info.outWidth, info.inChannels] };
}

/** A Dense layer on flat inputs. */
function denseOp(
  layer: tf.layers.Layer,
  config: Record<string, unknown>,
  shape: number[],
  l2: number,
): OpStep {
  const c = config as { activation: string; useBias: boolean; units: number };
  const [kernel, bias] = layer.trainableWeights.map((v) => v.read() as tf.Variable);
  if (kernel?.rank !== 2 || shape.length !== 1) return "a dense layer on inputs of rank above 2";
  const op: FusedOp = {
    kind: "dense",
    kernel,
    bias: c.useBias ? bias : undefined,
    inputs: kernel.shape[0]!,
    units: c.units,
    act: ACT[c.activation] ?? -1,
    l2,
  };
  return { op, shape: [c.units] };
}

/** A dense layer of a fused plan. */
export type DenseLayer = Extract<FusedOp, { kind: "dense" }>;

/**
 * A model that is a stack of Dense layers (Dropout layers aside, as at inference) with hidden activations the
 * kernels implement: its layers (the output layer's `act` set to linear) and the output's activation name;
 * or why it is not one.
 */
export function denseStack(model: tf.LayersModel): { layers: DenseLayer[]; output: string } | string {
  const other = model.layers.find((l) => !["InputLayer", "Dense", "Dropout"].includes(l.getClassName()));
  if (other) return `a ${other.getClassName()} layer`;
  const net = fusedOps(model);
  if (typeof net === "string") return net;
  return { layers: net.ops.filter((op): op is DenseLayer => op.kind === "dense"), output: net.output };
}

/** Heap buffers of one op (0 where the op has none). */
interface OpBuffers {
  /** Output [batch, out] and its gradient. */
  out: number;
  dOut: number;
  /** Pre-activation (conv, dense), the dropout mask, the padded input and its gradient (conv). */
  z: number;
  mask: number;
  xp: number;
  dxp: number;
  /** The filter regrouped (conv) or transposed (dense) for the input gradient. */
  wt: number;
  /** Gradients and optimizer moments of the kernel and the bias. */
  gw: number;
  gb: number;
  m: number;
  v: number;
  mb: number;
  vb: number;
}

const outSize = (op: FusedOp): number =>
  op.kind === "conv"
    ? op.oh * op.ow * op.co
    : op.kind === "pool"
      ? op.oh * op.ow * op.c
      : op.kind === "dropout"
        ? op.size
        : op.units;

/** Weight count of an op's kernel; 0 for ops without weights. */
const kernelSize = (op: FusedOp): number =>
  op.kind === "conv" ? op.kh * op.kw * op.ci * op.co : op.kind === "dense" ? op.inputs * op.units : 0;

const biasSize = (op: FusedOp): number => (op.kind === "conv" ? op.co : op.kind === "dense" ? op.units : 0);

/** What one layer's backward step needs besides the layer: heap offsets of its input and its input's gradient. */
interface BackwardStep {
  B: number;
  prev: number;
  /** 0: no gradient wanted below this layer. */
  dPrev: number;
  /** A hidden layer (its activation's gradient applies; the output's is folded into the loss gradient). */
  hidden: boolean;
  regularise: boolean;
}

type ConvOp = Extract<FusedOp, { kind: "conv" }>;
type PoolOp = Extract<FusedOp, { kind: "pool" }>;

/** A convolution's sizes in the kernels' argument order (after the pointers, before any dilations). */
const convDims = (op: ConvOp, B: number) =>
  [B, op.hp, op.wp, op.ci, op.oh, op.ow, op.co, op.kh, op.kw, op.sh, op.sw] as const;

/** A max-pool's sizes in the kernels' argument order (after the pointers, before dilations and padding). */
const poolDims = (op: PoolOp, B: number) =>
  [B, op.h, op.w, op.c, op.oh, op.ow, op.fh, op.fw, op.sh, op.sw] as const;

/**
 * Keras's categorical crossentropy of one row of softmax outputs `p` against class `t`: probabilities clipped to
 * [1e-7, 1 - 1e-7], summed over the smoothed targets when there are any; and whether the top class is `t`.
 */
function crossEntropy(
  p: Float32Array,
  t: number,
  smoothed: Float32Array | undefined,
): { loss: number; hit: boolean } {
  let best = 0;
  let sum = 0;
  for (let c = 0; c < p.length; c++) {
    if (p[c]! > p[best]!) best = c;
    sum += p[c]!;
  }
  const clipped = (c: number) => Math.min(Math.max(p[c]! / sum, 1e-7), 1 - 1e-7);
  let loss = -Math.log(clipped(t));
  if (smoothed) {
    loss = 0;
    for (let c = 0; c < p.length; c++) loss -= smoothed[c]! * Math.log(clipped(c));
  }
  return { loss, hit: best === t };
}

/** Squared and absolute error sums of one row of outputs `z` against targets `y`. */
function errors(z: Float32Array, y: Float32Array): { se: number; ae: number } {
  let se = 0;
  let ae = 0;
  for (let c = 0; c < z.length; c++) {
    const d = z[c]! - y[c]!;
    se += d * d;
    ae += Math.abs(d);
  }
  return { se, ae };
}

/** Steps of one model; create with startFused, dispose at the end (frees the heap buffers). */
export class FusedNet {
  private readonly k;
  private readonly x: number;
  private readonly y: number;
  private readonly w: number;
  private readonly rng: number;
  /** Zeros: the bias of layers that have none. */
  private readonly zeros: number;
  private readonly buf: OpBuffers[];
  private readonly blocks: number[] = [];
  /** The first op with weights: nothing below it needs a gradient. */
  private readonly firstWeighted: number;
  private step = 0;

  constructor(
    private readonly backend: WasmBackend,
    private readonly plan: FusedPlan,
    /** The optimizer of run(); undefined where only gradients() is used (the replicas). */
    private readonly spec: OptimizerSpec | undefined,
    maxBatch: number,
    seed: string,
  ) {
    this.k = kernelsFor(backend);
    const alloc = (floats: number, zero = false) => {
      const p = backend.wasm._malloc(Math.max(1, floats) * 4);
      this.blocks.push(p);
      if (zero) this.k.zero_f32(p, Math.max(1, floats));
      return p;
    };
    const ops = plan.ops;
    this.firstWeighted = ops.findIndex((o) => o.kind === "conv" || o.kind === "dense");
    const first = ops[0]!;
    const inputs =
      first.kind === "conv"
        ? first.h * first.w * first.ci
        : first.kind === "pool"
          ? first.h * first.w * first.c
          : first.kind === "dropout"
            ? first.size
            : first.inputs;
    this.x = alloc(maxBatch * inputs);
    this.y = alloc(maxBatch * outSize(ops.at(-1)!));
    this.w = alloc(maxBatch);
    this.zeros = alloc(Math.max(1, ...ops.map(biasSize)), true);
    // xoshiro128+ state for the dropout masks, from the seed (never all zero).
    this.rng = alloc(4);
    const draw = seedrandom(`modelops:fused-dropout:${seed}`);
    const state = new Uint32Array(this.backend.wasm.asm.memory.buffer, this.rng, 4);
    for (let i = 0; i < 4; i++) state[i] = (Math.floor(draw() * 2 ** 32) >>> 0) | (i === 0 ? 1 : 0);
    const stateful = spec !== undefined && spec.name !== "sgd";
    const adam = spec?.name.startsWith("adam") ?? false;
    this.buf = ops.map((op, i) => {
      const n = maxBatch * outSize(op);
      const kn = kernelSize(op);
      const bn = biasSize(op);
      const below = i > this.firstWeighted;
      const padded = op.kind === "conv" && (op.hp !== op.h || op.wp !== op.w);
      return {
        out: alloc(n),
        dOut: alloc(n),
        z: op.kind === "conv" || op.kind === "dense" ? alloc(n) : 0,
        mask: op.kind === "dropout" ? alloc(n) : 0,
        xp: padded && op.kind === "conv" ? alloc(maxBatch * op.hp * op.wp * op.ci, true) : 0,
        dxp: padded && below && op.kind === "conv" ? alloc(maxBatch * op.hp * op.wp * op.ci) : 0,
        wt: kn > 0 && below ? alloc(kn) : 0,
        gw: kn > 0 ? alloc(kn) : 0,
        gb: bn > 0 ? alloc(bn) : 0,
        m: kn > 0 && stateful ? alloc(kn, true) : 0,
        v: kn > 0 && adam ? alloc(kn, true) : 0,
        mb: bn > 0 && stateful ? alloc(bn, true) : 0,
        vb: bn > 0 && adam ? alloc(bn, true) : 0,
      };
    });
    // The weights are updated in place by run(): give each its own buffer (a variable may share its initial value's).
    if (spec) this.publish();
  }

  /** Moves every weight into a fresh buffer (freshBuffers): call before the model predicts (validation, saving). */
  publish(): void {
    freshBuffers(
      this.plan.ops.flatMap((op) => (op.kind === "conv" || op.kind === "dense" ? [op.kernel, op.bias] : [])),
    );
  }

  private heap(): Float32Array {
    return new Float32Array(this.backend.wasm.asm.memory.buffer);
  }

  private offset(t: tf.Tensor): number {
    return this.backend.dataIdMap.get(t.dataId)!.memoryOffset;
  }

  /**
   * Gradients of (sum of the batch's weighted per-sample losses) / `denominator` (+ the l2 penalties when
   * `regularise`) for the samples at `indices`, into this net's gradient buffers (read them with gradViews);
   * returns the batch's loss sum and metric sum.
   */
  gradients(
    data: TrainArrays,
    indices: ArrayLike<number>,
    numClasses: number | undefined,
    classWeights: Float32Array | undefined,
    epoch: number,
    denominator: number,
    regularise: boolean,
  ): { lossSum: number; metricSum: number } {
    const batch = this.loadBatch(data, indices, numClasses, classWeights, epoch);
    this.forward(batch.size);
    this.outputGradient(batch.size, classWeights !== undefined, denominator);
    this.backward(batch.size, regularise);
    return this.batchSums(data, indices, classWeights, batch);
  }

  /** Inputs, targets (one-hot, label-smoothed, or values) and sample weights of a batch into the heap. */
  private loadBatch(
    data: TrainArrays,
    indices: ArrayLike<number>,
    numClasses: number | undefined,
    classWeights: Float32Array | undefined,
    epoch: number,
  ): { size: number; targets: Float32Array; smoothing: number } {
    const B = indices.length;
    const out = outSize(this.plan.ops.at(-1)!);
    const heap = this.heap();
    heap.set(batchArray(data, indices, epoch), this.x / 4);
    const y = heap.subarray(this.y / 4, this.y / 4 + B * out);
    const smoothing = numClasses !== undefined ? (this.plan.labelSmoothing ?? 0) : 0;
    y.fill(smoothing / out);
    for (let i = 0; i < B; i++) {
      const t = data.y[indices[i]!]!;
      if (numClasses !== undefined) y[i * out + t] = 1 - smoothing + smoothing / out;
      else y[i] = t;
    }
    if (classWeights) for (let i = 0; i < B; i++) heap[this.w / 4 + i] = classWeights[data.y[indices[i]!]!]!;
    return { size: B, targets: y, smoothing };
  }

  /** The forward pass of a batch of B: each op's output (and pre-activation, mask, padded input) in its buffers. */
  private forward(B: number): void {
    const k = this.k;
    let input = this.x;
    for (const [i, op] of this.plan.ops.entries()) {
      const b = this.buf[i]!;
      if (op.kind === "conv") {
        let src = input;
        if (b.xp) {
          k.pad_nhwc(input, b.xp, B, op.h, op.w, op.ci, op.hp, op.wp, op.top, op.left);
          src = b.xp;
        }
        k.conv2d_forward(src, this.offset(op.kernel), b.z, ...convDims(op, B));
        k.bias_act(b.z, this.biasOf(op), b.out, B * op.oh * op.ow, op.co, op.act);
      } else if (op.kind === "pool") {
        k.max_pool(input, b.out, ...poolDims(op, B), op.top, op.left);
      } else if (op.kind === "dropout") {
        k.dropout_mask(b.mask, B * op.size, op.rate, this.rng);
        k.mul_to(input, b.mask, b.out, B * op.size);
      } else {
        k.gemm(input, this.offset(op.kernel), b.z, B, op.units, op.inputs, op.inputs, op.units, op.units, 0);
        k.bias_act(b.z, this.biasOf(op), b.out, B, op.units, op.act);
      }
      input = b.out;
    }
  }

  private biasOf(op: { bias: tf.Variable | undefined }): number {
    return op.bias ? this.offset(op.bias) : this.zeros;
  }

  /** The loss gradient at the output (the output layer's activation is linear here: z = out). */
  private outputGradient(B: number, weighted: boolean, denominator: number): void {
    const top = this.buf.at(-1)!;
    const out = outSize(this.plan.ops.at(-1)!);
    const w = weighted ? this.w : 0;
    if (this.plan.softmax) this.k.softmax_xent(top.z, this.y, w, top.out, top.dOut, B, out, 1 / denominator);
    else this.k.mse_grad(top.z, this.y, w, top.dOut, B, out, 1 / denominator);
  }

  /** Backward: dOut of op i is the gradient of its output; each op turns it into its input's (dOut of i - 1). */
  private backward(B: number, regularise: boolean): void {
    const { k, buf } = this;
    const ops = this.plan.ops;
    const last = ops.length - 1;
    for (let i = last; i >= this.firstWeighted; i--) {
      const op = ops[i]!;
      const b = buf[i]!;
      const prev = i === 0 ? this.x : buf[i - 1]!.out;
      const dPrev = i > this.firstWeighted ? buf[i - 1]!.dOut : 0;
      const step = { B, prev, dPrev, hidden: i !== last, regularise };
      if (op.kind === "conv") this.backwardConv(op, b, step);
      else if (op.kind === "dense") this.backwardDense(op, b, step);
      else if (op.kind === "pool") {
        if (dPrev) k.max_pool_grad(prev, b.dOut, dPrev, ...poolDims(op, B), 1, 1, op.top, op.left);
      } else if (dPrev) k.mul_to(b.dOut, b.mask, dPrev, B * op.size);
    }
  }

  /** A convolution's kernel and bias gradients, and its input's gradient into dPrev (0: none wanted). */
  private backwardConv(op: ConvOp, b: OpBuffers, { B, prev, dPrev, hidden, regularise }: BackwardStep): void {
    const k = this.k;
    const rows = B * op.oh * op.ow;
    if (hidden) k.act_backward(b.dOut, b.z, b.out, 0, b.dOut, rows * op.co, op.act);
    k.conv2d_backprop_filter(b.xp || prev, b.dOut, b.gw, ...convDims(op, B), 1, 1);
    k.sum_rows(b.dOut, b.gb, rows, op.co);
    if (regularise && op.l2 > 0) k.add_l2(b.gw, this.offset(op.kernel), kernelSize(op), op.l2);
    if (!dPrev) return;
    const kernel = this.offset(op.kernel);
    k.regroup_filter(kernel, b.wt, op.kh, op.kw, op.ci, op.co, 1);
    k.conv2d_backprop_input(b.dOut, b.wt, kernel, b.dxp || dPrev, ...convDims(op, B), 1, 1);
    if (b.dxp) k.crop_nhwc(b.dxp, dPrev, B, op.h, op.w, op.ci, op.hp, op.wp, op.top, op.left);
  }

  /** A dense layer's kernel and bias gradients, and its input's gradient into dPrev (0: none wanted). */
  private backwardDense(
    op: DenseLayer,
    b: OpBuffers,
    { B, prev, dPrev, hidden, regularise }: BackwardStep,
  ): void {
    const k = this.k;
    if (hidden) k.act_backward(b.dOut, b.z, b.out, 0, b.dOut, B * op.units, op.act);
    k.gemm(prev, b.dOut, b.gw, op.inputs, op.units, B, op.inputs, op.units, op.units, 1);
    k.sum_rows(b.dOut, b.gb, B, op.units);
    if (regularise && op.l2 > 0) k.add_l2(b.gw, this.offset(op.kernel), kernelSize(op), op.l2);
    if (!dPrev) return;
    k.transpose2d(this.offset(op.kernel), b.wt, op.inputs, op.units);
    k.gemm(b.dOut, b.wt, dPrev, B, op.inputs, op.units, op.units, op.inputs, op.inputs, 0);
  }

  /** The batch's loss and metric sums, from the predictions the forward pass left at the output. */
  private batchSums(
    data: TrainArrays,
    indices: ArrayLike<number>,
    classWeights: Float32Array | undefined,
    { targets: y, smoothing }: { targets: Float32Array; smoothing: number },
  ): { lossSum: number; metricSum: number } {
    const heap = this.heap();
    const top = this.buf.at(-1)!;
    const out = outSize(this.plan.ops.at(-1)!);
    const B = indices.length;
    let lossSum = 0;
    let metricSum = 0;
    const pred = heap.subarray(top.out / 4, top.out / 4 + B * out);
    for (let i = 0; i < B; i++) {
      const weight = classWeights ? classWeights[data.y[indices[i]!]!]! : 1;
      const row = pred.subarray(i * out, (i + 1) * out);
      const targets = y.subarray(i * out, (i + 1) * out);
      if (this.plan.softmax) {
        const t = data.y[indices[i]!]!;
        const { loss, hit } = crossEntropy(row, t, smoothing > 0 ? targets : undefined);
        lossSum += loss * weight;
        if (hit) metricSum++;
      } else {
        const { se, ae } = errors(heap.subarray(top.z / 4 + i * out, top.z / 4 + (i + 1) * out), targets);
        lossSum += (se / out) * weight;
        metricSum += ae;
      }
    }
    return { lossSum, metricSum };
  }

  /** The last gradients, one view of the heap per trainable variable in model order (valid until the next call). */
  gradViews(): Float32Array[] {
    const heap = this.heap();
    const views: Float32Array[] = [];
    for (const [i, op] of this.plan.ops.entries()) {
      if (op.kind !== "conv" && op.kind !== "dense") continue;
      const b = this.buf[i]!;
      views.push(heap.subarray(b.gw / 4, b.gw / 4 + kernelSize(op)));
      if (op.bias) views.push(heap.subarray(b.gb / 4, b.gb / 4 + biasSize(op)));
    }
    return views;
  }

  /** One training step on the samples at `indices`: gradients, then the optimizer's update in place. */
  run(
    data: TrainArrays,
    indices: ArrayLike<number>,
    numClasses: number | undefined,
    classWeights: Float32Array | undefined,
    lr: number,
    epoch: number,
  ): { lossSum: number; metricSum: number } {
    const spec = this.spec;
    if (!spec) throw new Error("FusedNet.run needs an optimizer");
    const sums = this.gradients(data, indices, numClasses, classWeights, epoch, indices.length, true);
    // Update (AdamW decays the kernels, not the biases).
    this.step++;
    for (const [i, op] of this.plan.ops.entries()) {
      if (op.kind !== "conv" && op.kind !== "dense") continue;
      const b = this.buf[i]!;
      heapUpdate(
        this.k,
        spec,
        this.step,
        { w: this.offset(op.kernel), g: b.gw, m: b.m, v: b.v, n: kernelSize(op) },
        lr,
        true,
      );
      if (op.bias) {
        const bias = { w: this.offset(op.bias), g: b.gb, m: b.mb, v: b.vb, n: biasSize(op) };
        heapUpdate(this.k, spec, this.step, bias, lr, false);
      }
    }
    return sums;
  }

  dispose(): void {
    for (const p of this.blocks) this.backend.wasm._free(p);
    this.blocks.length = 0;
  }
}

/** The fused gradients of data-parallel replica `rank` (no optimizer; its own stream of dropout masks). */
export function startReplicaFused(
  plan: FusedPlan,
  task: StepTask,
  maxBatch: number,
  seed: number,
  rank: number,
): FusedNet {
  return startFused(
    { ...plan, labelSmoothing: task.labelSmoothing ?? 0 },
    undefined,
    maxBatch,
    `${seed}:replica${rank}`,
  );
}

export function startFused(
  plan: FusedPlan,
  spec: OptimizerSpec | undefined,
  maxBatch: number,
  seed: string,
): FusedNet {
  return new FusedNet(tf.backend() as unknown as WasmBackend, plan, spec, maxBatch, seed);
}
