// Training kernels for the wasm backend. Stock tfjs-backend-wasm 4.22 has no Conv2DBackpropFilter (a CNN cannot
// train at all) and its Conv2DBackpropInput and MaxPoolGrad are scalar loops that cost 30x the forward pass.
// These replace them with the SIMD kernels of kernels.c, which work in place on tfjs's wasm heap: each kernel
// receives the heap offsets of its tensors, nothing is copied through JavaScript. Sum over every axis but the
// last (the bias gradient), Mean likewise, BatchMatMul (dense-layer gradients multiply transposed matrices)
// and Tile (batch-norm gradients) get direct paths too; the cases they do not cover go to the stock kernels.
import * as tf from "../tf.ts";
import { KERNELS_RELAXED_WASM_BASE64, KERNELS_WASM_BASE64 } from "./wasm-binary.ts";

type TensorInfo = tf.TensorInfo;

// The WebAssembly global of Node; the project's TypeScript libs (no DOM) do not declare it.
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: object };
  validate(bytes: Uint8Array): boolean;
};

/**
 * The two builds of kernels.c (build.sh): "relaxed-simd" computes the products' inner step with
 * f32x4.relaxed_madd (a fused multiply-add on x86 FMA and Arm), "simd128" with a multiply and an add. Same
 * results within float rounding.
 */
export type KernelsBuild = "relaxed-simd" | "simd128";

const BUILD_BASE64: Record<KernelsBuild, string> = {
  "relaxed-simd": KERNELS_RELAXED_WASM_BASE64,
  simd128: KERNELS_WASM_BASE64,
};

/** The environment variable that pins a build (benchmarks compare the two on one runtime). */
export const KERNELS_BUILD_ENV = "MODELOPS_WASM_KERNELS";

let relaxedValid: boolean | undefined;

/**
 * Whether this runtime accepts the relaxed-SIMD build (Node 24's V8 does, Node 20's does not): validating the
 * very module we would load is the feature test, so there is no gap between the test and the use.
 */
export function relaxedSimdSupported(): boolean {
  relaxedValid ??= WebAssembly.validate(kernelsWasm("relaxed-simd"));
  return relaxedValid;
}

/** The bytes of one build. */
export function kernelsWasm(build: KernelsBuild): Uint8Array {
  return Buffer.from(BUILD_BASE64[build], "base64");
}

/**
 * The build the training kernels load: relaxed SIMD where the runtime has it, else SIMD128; MODELOPS_WASM_KERNELS
 * (simd128 or relaxed-simd) pins one, and a pin the runtime cannot honour is an error, not a silent switch.
 */
export function kernelsBuild(env: NodeJS.ProcessEnv = process.env): KernelsBuild {
  const pinned = env[KERNELS_BUILD_ENV];
  if (pinned === undefined || pinned === "") return relaxedSimdSupported() ? "relaxed-simd" : "simd128";
  if (pinned !== "simd128" && pinned !== "relaxed-simd") {
    throw new Error(
      `${KERNELS_BUILD_ENV}=${pinned} is not a kernels build; set it to simd128 or relaxed-simd, or unset it`,
    );
  }
  if (pinned === "relaxed-simd" && !relaxedSimdSupported()) {
    throw new Error(
      `${KERNELS_BUILD_ENV}=relaxed-simd, but Node ${process.versions.node} has no relaxed SIMD; use Node 24 or unset it`,
    );
  }
  return pinned;
}

/** One phrase for logs: which build runs and why. */
export function describeKernelsBuild(build: KernelsBuild = kernelsBuild()): string {
  const pinned = process.env[KERNELS_BUILD_ENV] ? ` (pinned by ${KERNELS_BUILD_ENV})` : "";
  return build === "relaxed-simd"
    ? `training kernels: relaxed SIMD, fused multiply-add${pinned}`
    : `training kernels: SIMD128${pinned || (relaxedSimdSupported() ? "" : `, Node ${process.versions.node} has no relaxed SIMD`)}`;
}

/** The parts of tfjs-backend-wasm's BackendWasm we use (it does not export its class type from the package). */
export interface WasmBackend {
  wasm: {
    asm: { memory: { buffer: ArrayBuffer } };
    _malloc(bytes: number): number;
    _free(ptr: number): void;
  };
  dataIdMap: { get(dataId: object): { memoryOffset: number } | undefined };
  makeOutput(shape: number[], dtype: tf.DataType): TensorInfo;
  disposeData(dataId: object): boolean;
}

export interface Kernels {
  zero_f32(p: number, n: number): void;
  pad_nhwc(...args: number[]): void;
  crop_nhwc(...args: number[]): void;
  conv2d_backprop_filter(...args: number[]): void;
  conv2d_backprop_input(...args: number[]): void;
  regroup_filter(...args: number[]): void;
  conv2d_forward(...args: number[]): void;
  max_pool(...args: number[]): void;
  max_pool_grad(...args: number[]): void;
  sum_rows(x: number, out: number, rows: number, cols: number): void;
  gemm(...args: number[]): void;
  transpose2d(src: number, dst: number, rows: number, cols: number): void;
  tile6(...args: number[]): void;
  binary_rows(x: number, v: number, out: number, rows: number, cols: number, op: number, swap: number): void;
  bias_act(z: number, b: number, a: number, rows: number, cols: number, act: number): void;
  act_backward(da: number, z: number, a: number, mask: number, dz: number, n: number, act: number): void;
  softmax_xent(
    z: number,
    y: number,
    w: number,
    p: number,
    dz: number,
    rows: number,
    cols: number,
    scale: number,
  ): void;
  mse_grad(z: number, y: number, w: number, dz: number, rows: number, cols: number, scale: number): void;
  mul_inplace(a: number, m: number, n: number): void;
  mul_to(a: number, m: number, out: number, n: number): void;
  add_inplace(a: number, b: number, n: number): void;
  dropout_mask(m: number, n: number, rate: number, state: number): void;
  add_l2(g: number, w: number, n: number, l2: number): void;
  adam_update(...args: number[]): void;
  sgd_update(w: number, g: number, vel: number, n: number, lr: number, mom: number): void;
}

/** Kernel names this module registers for the wasm backend. */
export const WASM_TRAINING_KERNELS = [
  "Conv2DBackpropFilter",
  "Conv2DBackpropInput",
  "MaxPoolGrad",
  "Sum",
  "Mean",
  "BatchMatMul",
  "Tile",
  "Add",
  "Sub",
  "Multiply",
  "RealDiv",
];

const compiled = new Map<KernelsBuild, object>();
const instances = new WeakMap<object, Kernels>();

/** An instance of one build of the kernels module on `memory` (a WebAssembly.Memory). */
export function instantiateKernels(build: KernelsBuild, memory: object): Kernels {
  let module = compiled.get(build);
  if (module === undefined) {
    module = new WebAssembly.Module(kernelsWasm(build));
    compiled.set(build, module);
  }
  return new WebAssembly.Instance(module, { env: { memory } }).exports as unknown as Kernels;
}

/** The kernels module instance bound to `backend`'s memory (one per backend), of the build kernelsBuild picks. */
export function kernelsFor(backend: WasmBackend): Kernels {
  let k = instances.get(backend);
  if (k === undefined) {
    k = instantiateKernels(kernelsBuild(), backend.wasm.asm.memory);
    instances.set(backend, k);
  }
  return k;
}

function offset(backend: WasmBackend, t: TensorInfo): number {
  const data = backend.dataIdMap.get(t.dataId);
  if (data === undefined) throw new Error("wasm training kernel: a tensor is not on the wasm backend");
  return data.memoryOffset;
}

/** A float32 scratch buffer on the heap, freed by the caller. */
function scratch(backend: WasmBackend, floats: number): number {
  return backend.wasm._malloc(Math.max(1, floats) * 4);
}

function channelsLast(dataFormat: string | undefined, kernel: string): void {
  if (dataFormat !== undefined && dataFormat !== "NHWC" && dataFormat !== "channelsLast") {
    throw new Error(`${kernel} on wasm supports NHWC (channelsLast) only, got ${dataFormat}`);
  }
}

export interface Geometry {
  N: number;
  H: number;
  W: number;
  CI: number;
  OH: number;
  OW: number;
  CO: number;
  KH: number;
  KW: number;
  sh: number;
  sw: number;
  dh: number;
  dw: number;
  top: number;
  left: number;
  /** Padded input extent: every tap of every output pixel falls inside it. */
  HP: number;
  WP: number;
}

/** A convolution's sizes, strides and padding for the kernels (also the fused steps' plan, fused.ts). */
export function geometry(info: tf.backend_util.Conv2DInfo): Geometry {
  const { top, left, bottom, right } = info.padInfo;
  const HP = Math.max(
    top + info.inHeight + bottom,
    (info.outHeight - 1) * info.strideHeight + info.effectiveFilterHeight,
  );
  const WP = Math.max(
    left + info.inWidth + right,
    (info.outWidth - 1) * info.strideWidth + info.effectiveFilterWidth,
  );
  return {
    N: info.batchSize,
    H: info.inHeight,
    W: info.inWidth,
    CI: info.inChannels,
    OH: info.outHeight,
    OW: info.outWidth,
    CO: info.outChannels,
    KH: info.filterHeight,
    KW: info.filterWidth,
    sh: info.strideHeight,
    sw: info.strideWidth,
    dh: info.dilationHeight,
    dw: info.dilationWidth,
    top,
    left,
    HP,
    WP,
  };
}

/** A convolution's sizes in the gradient kernels' argument order, after the pointers. */
const convDims = (g: Geometry) =>
  [g.N, g.HP, g.WP, g.CI, g.OH, g.OW, g.CO, g.KH, g.KW, g.sh, g.sw, g.dh, g.dw] as const;

const padded = (g: Geometry) => g.top !== 0 || g.left !== 0 || g.HP !== g.H || g.WP !== g.W;

type Shape4 = [number, number, number, number];

/** The geometry of a convolution's gradient `kernel` (NHWC only, no dilation: tfjs's gradients have none). */
function gradientGeometry(
  kernel: string,
  inputShape: Shape4,
  filterShape: Shape4,
  attrs: Pick<tf.Conv2DBackpropInputAttrs, "strides" | "pad" | "dimRoundingMode" | "dataFormat">,
): Geometry {
  channelsLast(attrs.dataFormat, kernel);
  const info = tf.backend_util.computeConv2DInfo(
    inputShape,
    filterShape,
    attrs.strides,
    1,
    attrs.pad,
    attrs.dimRoundingMode,
    false,
    "channelsLast",
  );
  return geometry(info);
}

function conv2DBackpropFilter(args: {
  inputs: tf.NamedTensorInfoMap;
  backend: unknown;
  attrs?: tf.NamedAttrMap;
}): TensorInfo {
  const backend = args.backend as WasmBackend;
  const { x, dy } = args.inputs as { x: TensorInfo; dy: TensorInfo };
  const attrs = args.attrs as unknown as tf.Conv2DBackpropFilterAttrs;
  const g = gradientGeometry("Conv2DBackpropFilter", x.shape as Shape4, attrs.filterShape, attrs);
  const k = kernelsFor(backend);
  const out = backend.makeOutput([g.KH, g.KW, g.CI, g.CO], "float32");
  let xp = offset(backend, x);
  let tmp = 0;
  if (padded(g)) {
    tmp = scratch(backend, g.N * g.HP * g.WP * g.CI);
    k.pad_nhwc(xp, tmp, g.N, g.H, g.W, g.CI, g.HP, g.WP, g.top, g.left);
    xp = tmp;
  }
  try {
    k.conv2d_backprop_filter(xp, offset(backend, dy), offset(backend, out), ...convDims(g));
  } finally {
    if (tmp !== 0) backend.wasm._free(tmp);
  }
  return out;
}

function conv2DBackpropInput(args: {
  inputs: tf.NamedTensorInfoMap;
  backend: unknown;
  attrs?: tf.NamedAttrMap;
}): TensorInfo {
  const backend = args.backend as WasmBackend;
  const { dy, filter } = args.inputs as { dy: TensorInfo; filter: TensorInfo };
  const attrs = args.attrs as unknown as tf.Conv2DBackpropInputAttrs;
  const g = gradientGeometry("Conv2DBackpropInput", attrs.inputShape, filter.shape as Shape4, attrs);
  const k = kernelsFor(backend);
  const out = backend.makeOutput(attrs.inputShape, "float32");
  const wt = scratch(backend, g.KH * g.KW * g.CI * g.CO);
  const pad = padded(g) ? scratch(backend, g.N * g.HP * g.WP * g.CI) : 0;
  try {
    k.regroup_filter(offset(backend, filter), wt, g.KH, g.KW, g.CI, g.CO, g.dw);
    const target = pad !== 0 ? pad : offset(backend, out);
    k.conv2d_backprop_input(offset(backend, dy), wt, offset(backend, filter), target, ...convDims(g));
    if (pad !== 0) k.crop_nhwc(pad, offset(backend, out), g.N, g.H, g.W, g.CI, g.HP, g.WP, g.top, g.left);
  } finally {
    backend.wasm._free(wt);
    if (pad !== 0) backend.wasm._free(pad);
  }
  return out;
}

function maxPoolGrad(args: {
  inputs: tf.NamedTensorInfoMap;
  backend: unknown;
  attrs?: tf.NamedAttrMap;
}): TensorInfo {
  const backend = args.backend as WasmBackend;
  const { dy, input } = args.inputs as { dy: TensorInfo; input: TensorInfo };
  const attrs = args.attrs as unknown as tf.MaxPoolGradAttrs;
  const info = tf.backend_util.computePool2DInfo(
    input.shape as [number, number, number, number],
    attrs.filterSize,
    attrs.strides,
    1,
    attrs.pad,
    attrs.dimRoundingMode,
  );
  const k = kernelsFor(backend);
  const out = backend.makeOutput(input.shape, "float32");
  k.max_pool_grad(
    offset(backend, input),
    offset(backend, dy),
    offset(backend, out),
    info.batchSize,
    info.inHeight,
    info.inWidth,
    info.inChannels,
    info.outHeight,
    info.outWidth,
    info.filterHeight,
    info.filterWidth,
    info.strideHeight,
    info.strideWidth,
    info.dilationHeight,
    info.dilationWidth,
    info.padInfo.top,
    info.padInfo.left,
  );
  return out;
}

type KernelFunc = tf.KernelConfig["kernelFunc"];

/** True when `axis` names every axis but the last of `shape` (the reduction of a bias gradient). */
function leadingAxes(shape: number[], axis: number | number[]): boolean {
  const rank = shape.length;
  const axes = tf.util.parseAxisParam(axis, shape);
  return rank >= 2 && axes.length === rank - 1 && [...axes].sort((a, b) => a - b).every((a, i) => a === i);
}

/**
 * Sum (or Mean) over every axis but the last of a float32 tensor: one pass down the rows, where the stock
 * kernel transposes the whole tensor first; anything else goes to the stock kernel.
 */
function reduceRowsOf(stock: KernelFunc, mean: boolean): KernelFunc {
  return (args) => {
    const backend = args.backend as WasmBackend;
    const { x } = args.inputs as { x: TensorInfo };
    const attrs = args.attrs as unknown as tf.SumAttrs;
    if (!leadingAxes(x.shape, attrs.axis) || x.dtype !== "float32") return stock(args);
    const rank = x.shape.length;
    const cols = x.shape[rank - 1]!;
    const rows = tf.util.sizeFromShape(x.shape) / Math.max(1, cols);
    const shape = attrs.keepDims ? [...x.shape.slice(0, -1).map(() => 1), cols] : [cols];
    const out = backend.makeOutput(shape, "float32");
    const k = kernelsFor(backend);
    k.sum_rows(offset(backend, x), offset(backend, out), rows, cols);
    if (mean && rows > 0) {
      const view = new Float32Array(backend.wasm.asm.memory.buffer, offset(backend, out), cols);
      for (let i = 0; i < cols; i++) view[i] = view[i]! / rows;
    }
    return out;
  };
}

/**
 * BatchMatMul of float32 [rows, cols] or [batch, rows, cols] tensors (batch equal, or 1 on one side), any
 * transposition: the stock kernel is fast for plain products but slow for the transposed ones that dense-layer
 * gradients use (A^T B at ~0.5 GMAC/s).
 */
function batchMatMulOf(stock: KernelFunc): KernelFunc {
  return (args) => {
    const backend = args.backend as WasmBackend;
    const { a, b } = args.inputs as { a: TensorInfo; b: TensorInfo };
    const { transposeA, transposeB } = args.attrs as unknown as tf.BatchMatMulAttrs;
    const rank = a.shape.length;
    if (rank < 2 || rank > 3 || b.shape.length !== rank || a.dtype !== "float32" || b.dtype !== "float32") {
      return stock(args);
    }
    const [batchA, ra, ca] = (rank === 2 ? [1, ...a.shape] : a.shape) as [number, number, number];
    const [batchB, rb, cb] = (rank === 2 ? [1, ...b.shape] : b.shape) as [number, number, number];
    const batch = Math.max(batchA, batchB);
    if ((batchA !== batch && batchA !== 1) || (batchB !== batch && batchB !== 1)) return stock(args);
    const M = transposeA ? ca : ra;
    const K = transposeA ? ra : ca;
    const N = transposeB ? rb : cb;
    if ((transposeB ? cb : rb) !== K) return stock(args);
    const out = backend.makeOutput(rank === 2 ? [M, N] : [batch, M, N], "float32");
    const k = kernelsFor(backend);
    const pa = offset(backend, a);
    const pb = offset(backend, b);
    const pc = offset(backend, out);
    const bt = transposeB ? scratch(backend, K * N) : 0;
    try {
      for (let i = 0; i < batch; i++) {
        const ai = pa + (batchA === 1 ? 0 : i * ra * ca * 4);
        let bi = pb + (batchB === 1 ? 0 : i * rb * cb * 4);
        if (transposeB) {
          if (i === 0 || batchB !== 1) k.transpose2d(bi, bt, rb, cb);
          bi = bt;
        }
        k.gemm(ai, bi, pc + i * M * N * 4, M, N, K, transposeA ? M : K, N, N, transposeA ? 1 : 0);
      }
    } finally {
      if (bt !== 0) backend.wasm._free(bt);
    }
    return out;
  };
}

/** Tile of a float32 tensor of rank <= 6 (batch-norm gradients broadcast [1, 1, 1, C] this way). */
function tileOf(stock: KernelFunc): KernelFunc {
  return (args) => {
    const backend = args.backend as WasmBackend;
    const { x } = args.inputs as { x: TensorInfo };
    const { reps } = args.attrs as unknown as tf.TileAttrs;
    if (x.dtype !== "float32" || x.shape.length > 6 || x.shape.length === 0) return stock(args);
    const pad = 6 - x.shape.length;
    const s = [...new Array<number>(pad).fill(1), ...x.shape];
    const r = [...new Array<number>(pad).fill(1), ...reps];
    const out = backend.makeOutput(
      x.shape.map((d, i) => d * reps[i]!),
      "float32",
    );
    if (tf.util.sizeFromShape(out.shape) > 0)
      kernelsFor(backend).tile6(offset(backend, x), offset(backend, out), ...s, ...r);
    return out;
  };
}

/**
 * Add, Sub, Multiply, RealDiv of float32 tensors where one operand is a row repeated along the other's leading
 * axes ([C] or [1, 1, 1, C] against [N, H, W, C]): one pass with the row in registers. Same shapes, scalars and
 * every other broadcast go to the stock kernel.
 */
function rowBinaryOf(stock: KernelFunc, op: number): KernelFunc {
  return (args) => {
    const backend = args.backend as WasmBackend;
    const { a, b } = args.inputs as { a: TensorInfo; b: TensorInfo };
    if (a.dtype !== "float32" || b.dtype !== "float32") return stock(args);
    const big = tf.util.sizeFromShape(a.shape) >= tf.util.sizeFromShape(b.shape) ? a : b;
    const small = big === a ? b : a;
    const row = rowOf(big.shape, small.shape);
    if (row === undefined) return stock(args);
    const out = backend.makeOutput(big.shape, "float32");
    const total = tf.util.sizeFromShape(big.shape);
    if (total > 0) {
      kernelsFor(backend).binary_rows(
        offset(backend, big),
        offset(backend, small),
        offset(backend, out),
        total / row,
        row,
        op,
        big === a ? 0 : 1,
      );
    }
    return out;
  };
}

/**
 * The row length when `small` (leading 1s dropped) equals the trailing axes of `big` and is smaller than it;
 * undefined otherwise (same shapes, scalars, other broadcasts).
 */
function rowOf(big: number[], small: number[]): number | undefined {
  let s = small;
  while (s.length > 0 && s[0] === 1) s = s.slice(1);
  if (s.length === 0 || s.length >= big.length || small.length > big.length) return undefined;
  const tail = big.slice(big.length - s.length);
  if (!tail.every((d, i) => d === s[i])) return undefined;
  const row = tf.util.sizeFromShape(s);
  return row >= 4 && row < tf.util.sizeFromShape(big) ? row : undefined;
}

let installed = false;

/**
 * Registers the kernels for the wasm backend (idempotent). Call once the wasm backend has initialised: Sum keeps
 * the stock kernel, already set up, for the shapes it does not handle itself.
 */
export function installWasmTrainingKernels(): void {
  if (installed) return;
  const stock = (name: string) => tf.getKernel(name, "wasm")?.kernelFunc;
  const ours: Array<[string, KernelFunc]> = [
    ["Conv2DBackpropFilter", conv2DBackpropFilter as KernelFunc],
    ["Conv2DBackpropInput", conv2DBackpropInput as KernelFunc],
    ["MaxPoolGrad", maxPoolGrad as KernelFunc],
  ];
  // These keep the stock kernel (already set up by the backend) for the cases they do not handle.
  const wrapped: Array<[string, (stock: KernelFunc) => KernelFunc]> = [
    ["Sum", (f) => reduceRowsOf(f, false)],
    ["Mean", (f) => reduceRowsOf(f, true)],
    ["BatchMatMul", batchMatMulOf],
    ["Tile", tileOf],
    ["Add", (f) => rowBinaryOf(f, 0)],
    ["Sub", (f) => rowBinaryOf(f, 1)],
    ["Multiply", (f) => rowBinaryOf(f, 2)],
    ["RealDiv", (f) => rowBinaryOf(f, 3)],
  ];
  for (const [name, wrap] of wrapped) {
    const f = stock(name);
    if (f !== undefined) ours.push([name, wrap(f)]);
  }
  for (const [kernelName, kernelFunc] of ours) {
    if (tf.getKernel(kernelName, "wasm") !== undefined) tf.unregisterKernel(kernelName, "wasm");
    tf.registerKernel({ kernelName, backendName: "wasm", kernelFunc });
  }
  installed = true;
}
