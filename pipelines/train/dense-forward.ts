// Inference of a stack of dense layers on the wasm backend in a few calls into the kernels module, for the
// model server. A tfjs predict of a small MLP is a dozen kernel calls with their bookkeeping (tensor
// creation, tracking, disposal): about 180 µs for the iris model at any batch size, most of the server's
// model time. Here a batch is one copy into the heap, a product and a bias+activation per layer on heap
// buffers (the same SIMD kernels the fused training uses), and one copy out: a few µs. The weights are read
// in place from the model's own tensors, so this holds no copy of them.
import { type DenseLayer, denseStack } from "./fused.ts";
import { kernelsFor, type WasmBackend } from "./kernels/index.ts";
import * as tf from "./tf.ts";

export class DenseForward {
  private readonly k;
  private readonly weights: Array<{ kernel: number; bias: number }>;
  private capacity = 0;
  /** Heap offsets: the input rows, then one activation buffer per layer. */
  private buffers: number[] = [];
  private zeroBias = 0;
  private disposed = false;

  private constructor(
    private readonly backend: WasmBackend,
    private readonly layers: DenseLayer[],
    private readonly softmax: boolean,
  ) {
    this.k = kernelsFor(backend);
    const offset = (t: tf.Tensor) => {
      const data = backend.dataIdMap.get(t.dataId);
      if (!data) throw new Error("a weight is not on the wasm backend");
      return data.memoryOffset;
    };
    const widest = Math.max(...layers.map((l) => l.units));
    this.zeroBias = backend.wasm._malloc(widest * 4);
    this.k.zero_f32(this.zeroBias, widest);
    this.weights = layers.map((l) => ({
      kernel: offset(l.kernel),
      bias: l.bias ? offset(l.bias) : this.zeroBias,
    }));
  }

  /**
   * The fused forward pass of `model`, or why there is none: only on the wasm backend, for Dense (and
   * Dropout, inactive at inference) layers with linear/relu/tanh/sigmoid/elu/selu hidden activations and a
   * softmax or linear output.
   */
  static of(model: tf.LayersModel): DenseForward | string {
    if (tf.getBackend() !== "wasm") return "not on the wasm backend";
    const stack = denseStack(model);
    if (typeof stack === "string") return stack;
    if (stack.output !== "softmax" && stack.output !== "linear")
      return `an output activation ${stack.output}`;
    return new DenseForward(tf.backend() as unknown as WasmBackend, stack.layers, stack.output === "softmax");
  }

  /** Output width (classes, or 1 for regression). */
  get width(): number {
    return this.layers.at(-1)!.units;
  }

  /** `n` rows (row-major, the first layer's input width each) -> n * width outputs. */
  run(x: Float32Array, n: number): Float32Array {
    if (this.disposed) throw new Error("DenseForward used after dispose");
    const inputs = this.layers[0]!.inputs;
    if (x.length < n * inputs) throw new Error(`expected ${n * inputs} input values, got ${x.length}`);
    this.reserve(n);
    const { k, layers } = this;
    // Read the heap after reserve(): a malloc may have grown the memory (a new buffer).
    new Float32Array(this.backend.wasm.asm.memory.buffer).set(
      x.subarray(0, n * inputs),
      this.buffers[0]! / 4,
    );
    for (let i = 0; i < layers.length; i++) {
      const l = layers[i]!;
      const from = this.buffers[i]!;
      const to = this.buffers[i + 1]!;
      k.gemm(from, this.weights[i]!.kernel, to, n, l.units, l.inputs, l.inputs, l.units, l.units, 0);
      k.bias_act(to, this.weights[i]!.bias, to, n, l.units, l.act);
    }
    const width = this.width;
    const heap = this.backend.wasm.asm.memory.buffer;
    const out = new Float32Array(heap, this.buffers[layers.length]!, n * width).slice();
    if (this.softmax) softmaxRows(out, n, width);
    return out;
  }

  /** Frees the heap buffers (not the weights: they belong to the model). */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const p of this.buffers) this.backend.wasm._free(p);
    this.backend.wasm._free(this.zeroBias);
    this.buffers = [];
  }

  private reserve(n: number): void {
    if (n <= this.capacity) return;
    for (const p of this.buffers) this.backend.wasm._free(p);
    const capacity = Math.max(n, this.capacity * 2, 16);
    const widths = [this.layers[0]!.inputs, ...this.layers.map((l) => l.units)];
    this.buffers = widths.map((w) => this.backend.wasm._malloc(capacity * w * 4));
    this.capacity = capacity;
  }
}

/** Softmax of each row in place (max-subtracted, as tf.softmax). */
function softmaxRows(v: Float32Array, rows: number, cols: number): void {
  for (let r = 0; r < rows; r++) {
    const o = r * cols;
    let max = Number.NEGATIVE_INFINITY;
    for (let c = 0; c < cols; c++) max = Math.max(max, v[o + c]!);
    let sum = 0;
    for (let c = 0; c < cols; c++) {
      const e = Math.exp(v[o + c]! - max);
      v[o + c] = e;
      sum += e;
    }
    for (let c = 0; c < cols; c++) v[o + c] = v[o + c]! / sum;
  }
}
