// Runs the product kernels of both builds of kernels.c (simd128 and relaxed-simd, see build.sh) on the same
// seeded inputs, each in its own WebAssembly.Memory, and reports how far apart their outputs are. Imports only
// the committed binaries (and seedrandom), so Node 24 can run it as a child from a Jest test on Node 20:
//   node test/train/support/kernels-builds.ts    (Node 24: prints the report as JSON)
import seedrandom from "seedrandom";
import {
  KERNELS_RELAXED_WASM_BASE64,
  KERNELS_WASM_BASE64,
} from "../../../pipelines/train/kernels/wasm-binary.ts";

type KernelFn = (...args: number[]) => void;

// The WebAssembly global of Node; the project's TypeScript libs (no DOM) do not declare it.
declare const WebAssembly: {
  Memory: new (descriptor: { initial: number }) => { buffer: ArrayBuffer };
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: object };
};

export interface BuildsReport {
  node: string;
  /** Per kernel: the largest |relaxed - simd128| over the largest |simd128|, and how many outputs differ. */
  kernels: Record<string, { relative: number; differing: number; outputs: number }>;
}

/** The two builds' outputs on the same inputs; needs a runtime with relaxed SIMD (Node 24). */
export function compareBuilds(): BuildsReport {
  const simd = run(KERNELS_WASM_BASE64);
  const relaxed = run(KERNELS_RELAXED_WASM_BASE64);
  const kernels: BuildsReport["kernels"] = {};
  for (const name of Object.keys(simd)) {
    const a = simd[name]!;
    const b = relaxed[name]!;
    let diff = 0;
    let scale = 0;
    let differing = 0;
    for (let i = 0; i < a.length; i++) {
      diff = Math.max(diff, Math.abs(a[i]! - b[i]!));
      scale = Math.max(scale, Math.abs(a[i]!));
      if (a[i] !== b[i]) differing++;
    }
    kernels[name] = { relative: diff / scale, differing, outputs: a.length };
  }
  return { node: process.versions.node, kernels };
}

/** Every product kernel of one build on the same seeded inputs: their outputs by name. */
function run(base64: string): Record<string, Float32Array> {
  const memory = new WebAssembly.Memory({ initial: 256 }); // 16 MiB
  const bytes = Buffer.from(base64, "base64");
  const k = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory } }).exports as Record<
    string,
    KernelFn
  >;
  const rng = seedrandom("modelops:kernels-builds");
  let top = 1024;
  const alloc = (floats: number, fill = true): number => {
    const p = top;
    top += Math.ceil((floats * 4) / 64) * 64;
    if (fill) {
      const view = new Float32Array(memory.buffer, p, floats);
      for (let i = 0; i < floats; i++) view[i] = rng() * 2 - 1;
    }
    return p;
  };
  const read = (p: number, floats: number) => new Float32Array(memory.buffer, p, floats).slice();
  const out: Record<string, Float32Array> = {};
  // gemm, plain and with A transposed (the dense layers' forward pass and weight gradient); odd sizes reach
  // every tile width and the scalar tail.
  const [M, N, K] = [37, 45, 203];
  const a = alloc(M * K);
  const b = alloc(K * N);
  const c = alloc(M * N, false);
  k.gemm!(a, b, c, M, N, K, K, N, N, 0);
  out.gemm = read(c, M * N);
  k.gemm!(a, b, c, M, N, K, M, N, N, 1);
  out["gemm transposed A"] = read(c, M * N);
  // A convolution layer, its forward pass and both gradients (CI 3: the dot-product tail of the input gradient).
  const [n, h, w, ci, co, kh, kw] = [4, 12, 11, 3, 20, 3, 3];
  const [oh, ow] = [h - kh + 1, w - kw + 1];
  const x = alloc(n * h * w * ci);
  const filter = alloc(kh * kw * ci * co);
  const y = alloc(n * oh * ow * co, false);
  k.conv2d_forward!(x, filter, y, n, h, w, ci, oh, ow, co, kh, kw, 1, 1);
  out.conv2d_forward = read(y, n * oh * ow * co);
  const dy = alloc(n * oh * ow * co);
  const dw = alloc(kh * kw * ci * co, false);
  k.conv2d_backprop_filter!(x, dy, dw, n, h, w, ci, oh, ow, co, kh, kw, 1, 1, 1, 1);
  out.conv2d_backprop_filter = read(dw, kh * kw * ci * co);
  const wt = alloc(kh * kw * ci * co, false);
  const dx = alloc(n * h * w * ci, false);
  k.regroup_filter!(filter, wt, kh, kw, ci, co, 1);
  k.conv2d_backprop_input!(dy, wt, filter, dx, n, h, w, ci, oh, ow, co, kh, kw, 1, 1, 1, 1);
  out.conv2d_backprop_input = read(dx, n * h * w * ci);
  return out;
}

if (process.argv[1] !== undefined && import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(compareBuilds()));
}
