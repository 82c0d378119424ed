// The Gram matrix (X - c)^T (X - c) of a large row-major matrix on gram.c's WebAssembly SIMD kernel, split over
// two threads (the main thread and one worker) that read the same rows from one shared WebAssembly memory.
// The rows are centred and rounded to float32 once (like scikit-learn's float32 input); each kernel tile sums
// 128 rows in float32 and adds into float64. The split is fixed (the first and second half of every block of
// rows, each into its own float64 matrix, added in that order), so the result does not depend on how many
// threads ran it: with one core, or when a worker cannot start, the main thread computes both halves.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { GRAM_WASM_BASE64 } from "./gram-wasm.ts";

// The WebAssembly global of Node; the project's TypeScript libs (no DOM) do not declare it.
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: object };
  Memory: new (d: { initial: number; maximum: number; shared: boolean }) => { buffer: SharedArrayBuffer };
};

interface GramExports {
  gram_upper_f32(x: number, m: number, dp: number, g: number): void;
}

/** Rows per kernel call: many short calls let V8 move the kernel from its baseline tier to the optimised one. */
const CALL_ROWS = 512;
/** Floats of rows held in the shared memory at a time (256 MB). */
const BLOCK_FLOATS = 64 * 1024 * 1024;
const PAGE = 65536;

let wasmModule: object | undefined;
const gramModule = (): object => {
  wasmModule ??= new WebAssembly.Module(Buffer.from(GRAM_WASM_BASE64, "base64"));
  return wasmModule;
};

// The worker: instantiates the kernel on the shared memory, then runs each half-block it is sent.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const k = new WebAssembly.Instance(workerData.module, { env: { memory: workerData.memory } }).exports;
parentPort.on("message", ({ x, m, dp, g, step }) => {
  for (let i = 0; i < m; i += step) k.gram_upper_f32(x + i * dp * 4, Math.min(step, m - i), dp, g);
  parentPort.postMessage("done");
});
`;

/** Runs rows [0, m) at byte offset x into the float64 matrix at byte offset g. */
function runRows(k: GramExports, x: number, m: number, dp: number, g: number): void {
  for (let i = 0; i < m; i += CALL_ROWS) k.gram_upper_f32(x + i * dp * 4, Math.min(CALL_ROWS, m - i), dp, g);
}

/** One worker on `memory`, or undefined where none can start (one core, or workers unavailable). */
function startWorker(memory: object): Worker | undefined {
  if (availableParallelism() < 2) return undefined;
  try {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { module: gramModule(), memory } });
    worker.unref();
    return worker;
  } catch {
    return undefined;
  }
}

/**
 * G = (X - center)^T (X - center) for X (n x d, row-major), as a d x d row-major Float64Array; undefined where
 * WebAssembly (SIMD, shared memory) is not available, for the caller's exact JavaScript path.
 */
export async function gramParallel(
  x: Float64Array | Float32Array,
  n: number,
  d: number,
  center?: Float64Array,
  useWorker = true,
): Promise<Float64Array | undefined> {
  const dp = Math.ceil(d / 4) * 4;
  const block = Math.max(2 * CALL_ROWS, Math.min(n, Math.floor(BLOCK_FLOATS / dp)));
  const gBytes = dp * dp * 8;
  const xBytes = Math.ceil((block * dp * 4) / 8) * 8;
  let memory: { buffer: SharedArrayBuffer };
  let k: GramExports;
  try {
    const pages = Math.ceil((xBytes + 2 * gBytes) / PAGE);
    memory = new WebAssembly.Memory({ initial: pages, maximum: pages, shared: true });
    k = new WebAssembly.Instance(gramModule(), { env: { memory } }).exports as unknown as GramExports;
  } catch {
    return undefined;
  }
  const rowsF32 = new Float32Array(memory.buffer, 0, block * dp);
  const g0 = xBytes;
  const g1 = xBytes + gBytes;
  const worker = useWorker ? startWorker(memory) : undefined;
  try {
    for (let s = 0; s < n; s += block) {
      const m = Math.min(block, n - s);
      // the first half (a whole number of calls) into G0, the rest into G1; the worker's half is packed first
      const half = Math.min(m, Math.ceil(m / 2 / CALL_ROWS) * CALL_ROWS);
      packRows(x, d, dp, center, s + half, m - half, rowsF32.subarray(half * dp));
      const second = { x: half * dp * 4, m: m - half, dp, g: g1, step: CALL_ROWS };
      const other = worker ? onWorker(worker, second) : undefined;
      packRows(x, d, dp, center, s, half, rowsF32);
      runRows(k, 0, half, dp, g0);
      if (!other) runRows(k, second.x, second.m, dp, g1);
      else if (
        !(await other.then(
          () => true,
          () => false,
        ))
      ) {
        // the worker died: the same fixed split again, all on this thread (the same numbers)
        return gramParallel(x, n, d, center, false);
      }
    }
  } finally {
    if (worker) await worker.terminate();
  }
  return symmetricSum(
    new Float64Array(memory.buffer, g0, dp * dp),
    new Float64Array(memory.buffer, g1, dp * dp),
    d,
    dp,
  );
}

function onWorker(worker: Worker, job: object): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    worker.once("error", onError);
    worker.once("message", () => {
      worker.off("error", onError);
      resolve();
    });
    worker.postMessage(job);
  });
}

/** Rows [s, s + m) of x, centred, as float32 rows of dp values (zero past d). */
function packRows(
  x: Float64Array | Float32Array,
  d: number,
  dp: number,
  center: Float64Array | undefined,
  s: number,
  m: number,
  out: Float32Array,
): void {
  const c = center ?? new Float64Array(d);
  for (let i = 0; i < m; i++) {
    const src = (s + i) * d;
    const dst = i * dp;
    for (let j = 0; j < d; j++) out[dst + j] = x[src + j]! - c[j]!;
    for (let j = d; j < dp; j++) out[dst + j] = 0;
  }
}

/** G0 + G1 on and above the diagonal (dp-wide, upper 4 x 4 blocks), mirrored into a d x d matrix. */
function symmetricSum(g0: Float64Array, g1: Float64Array, d: number, dp: number): Float64Array {
  const g = new Float64Array(d * d);
  for (let a = 0; a < d; a++) {
    for (let b = a; b < d; b++) {
      const v = g0[a * dp + b]! + g1[a * dp + b]!;
      g[a * d + b] = v;
      g[b * d + a] = v;
    }
  }
  return g;
}

interface ProjectExports {
  project_f64(xc: number, nr: number, d: number, ct: number, kp: number, out: number): void;
}

/**
 * PCA's projection on gram.c's project_f64: `rows` (block x d) takes centred rows, run(nr) writes their
 * projections to `out` (nr x kp, the first k of each row used). The same bits as the plain float64 loop.
 */
export interface Projector {
  rows: Float64Array;
  out: Float64Array;
  kp: number;
  run(nr: number): void;
}

/** A projector for the k x d row-major components, for up to `block` rows at a time; undefined without wasm. */
export function projector(comp: Float64Array, k: number, d: number, block: number): Projector | undefined {
  const kp = k + (k % 2);
  const ctBytes = d * kp * 8;
  const rowBytes = block * d * 8;
  let memory: { buffer: SharedArrayBuffer };
  let kernel: ProjectExports;
  try {
    const pages = Math.ceil((ctBytes + rowBytes + block * kp * 8) / PAGE);
    memory = new WebAssembly.Memory({ initial: pages, maximum: pages, shared: true });
    kernel = new WebAssembly.Instance(gramModule(), { env: { memory } }).exports as unknown as ProjectExports;
  } catch {
    return undefined;
  }
  const ct = new Float64Array(memory.buffer, 0, d * kp);
  for (let q = 0; q < k; q++) for (let j = 0; j < d; j++) ct[j * kp + q] = comp[q * d + j]!;
  const rows = new Float64Array(memory.buffer, ctBytes, block * d);
  const out = new Float64Array(memory.buffer, ctBytes + rowBytes, block * kp);
  const run = (nr: number) => kernel.project_f64(ctBytes, nr, d, 0, kp, ctBytes + rowBytes);
  return { rows, out, kp, run };
}
