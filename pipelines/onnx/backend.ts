// Which engine runs a model's predictions: tfjs (the fused dense pass, or the layers' own calls) or
// onnxruntime on the artifact's model/model.onnx. Chosen per model by measuring each on the batch sizes the
// model serves (a short, bounded run; the server times onnxruntime after it is ready, see
// LoadedModel.settleEngine), because neither wins everywhere: the fused pass answers a small MLP in a few
// µs, far under onnxruntime's per-call cost, while onnxruntime's convolutions run a CNN several times faster
// than tfjs's wasm kernels. The same choice gives evaluation's latency figures.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Gauge, type Registry } from "prom-client";
import { ModelopsError } from "../errors.ts";
import { ONNX_FILE, type OnnxRuntime, onnxRuntime } from "./export.ts";
import { OnnxWorker, workerSetting } from "./worker.ts";

/** One way of running a model: n rows (flattened model inputs) -> n * width outputs, synchronously. */
export interface Engine {
  /** "fused", "layers", "predict" (tfjs) or "onnxruntime" with its thread count. */
  name: string;
  run(x: Float32Array, n: number): Float32Array;
  /**
   * The same call off the main thread (onnxruntime's worker, started on first use), handing `x` over; undefined
   * while that is not available (the caller uses run).
   */
  runAsync?(x: Float32Array, n: number): Promise<Float32Array> | undefined;
  dispose(): void;
}

export interface Choice {
  /** The engine's name. */
  backend: string;
  /** Why: the measured time per row of each candidate, or why onnxruntime was not one. */
  reason: string;
}

/** Longest a candidate is timed at one batch size (after at least 2 calls), and the most calls it gets. */
const BUDGET_MS = 40;
const MAX_CALLS = 30;

/**
 * MODELOPS_INFERENCE: auto (measure, the default), tfjs or onnx (use that engine when it loads).
 * MODELOPS_ONNX_THREADS: onnxruntime's intra-op threads; unset, 1 and min(cores, 4) are both measured.
 */
export function inferenceSetting(): "auto" | "tfjs" | "onnx" {
  const v = process.env.MODELOPS_INFERENCE ?? "auto";
  if (v === "auto" || v === "tfjs" || v === "onnx") return v;
  throw new ModelopsError(`MODELOPS_INFERENCE is "${v}"; set it to auto, tfjs or onnx`);
}

/**
 * Every inference setting of the environment, checked at once: the server calls this before it loads
 * anything, so a mistyped value stops the start with one line instead of surfacing per model later.
 */
export function checkInferenceSettings(): void {
  inferenceSetting();
  threadCounts();
  workerSetting();
  const ort = process.env.MODELOPS_ONNXRUNTIME;
  if (ort !== undefined && ort !== "on" && ort !== "off") {
    throw new ModelopsError(`MODELOPS_ONNXRUNTIME is "${ort}"; set it to off (or on, the default)`);
  }
}

function threadCounts(): number[] {
  const given = process.env.MODELOPS_ONNX_THREADS;
  if (given !== undefined) {
    const n = Number(given);
    if (!Number.isInteger(n) || n < 1) {
      throw new ModelopsError(
        `MODELOPS_ONNX_THREADS is "${given}"; set it to a whole number of threads (1 or more)`,
      );
    }
    return [n];
  }
  const many = Math.min(availableParallelism(), 4);
  return many > 1 ? [1, many] : [1];
}

type Binding = {
  initOrt(): void;
  binding: {
    InferenceSession: new () => {
      loadModel(path: string, options: object): void;
      run(feeds: object, fetches: object, options: object): Record<string, { data: Float32Array }>;
      dispose(): void;
    };
  };
};

/**
 * onnxruntime sessions on `modelDir/model.onnx`, one per thread count to try, or why there are none. The
 * native session's run is called directly: it is synchronous, and the public InferenceSession.run adds a
 * setImmediate hop and a promise per call (tens of µs), which would cost the batcher its synchronous model
 * call.
 */
export async function onnxEngines(
  modelDir: string,
  sampleShape: number[],
  onWorkerStopped: (why: string) => void = (why) =>
    process.stderr.write(`onnxruntime's worker thread stopped (${why}); batches run on the main thread\n`),
): Promise<Engine[] | string> {
  const file = join(modelDir, ONNX_FILE);
  if (!existsSync(file)) return `the artifact has no ${ONNX_FILE} (see model/onnx.json)`;
  const ort = await onnxRuntime();
  if (typeof ort === "string") return ort;
  let binding: Binding;
  try {
    binding = createRequire(import.meta.url)("onnxruntime-node/dist/binding") as Binding;
    binding.initOrt();
  } catch (err) {
    return `onnxruntime-node's native binding did not load (${(err as Error).message.split("\n")[0]})`;
  }
  const engines: Engine[] = [];
  try {
    for (const threads of threadCounts())
      engines.push(engine(binding, ort, file, sampleShape, threads, onWorkerStopped));
  } catch (err) {
    for (const e of engines) e.dispose();
    return `onnxruntime cannot load ${ONNX_FILE} (${(err as Error).message.split("\n")[0]})`;
  }
  return engines;
}

/**
 * Whether the CUDA execution provider was installed beside the CPU binaries (a GPU node that ran
 * onnxruntime-node's install with ONNXRUNTIME_NODE_INSTALL=cuda12, README "Backends").
 */
function hasCuda(): boolean {
  try {
    const binding = createRequire(import.meta.url).resolve("onnxruntime-node/dist/binding");
    const dir = join(binding, "..", "..", "bin", "napi-v6", process.platform, process.arch);
    return existsSync(join(dir, "libonnxruntime_providers_cuda.so"));
  } catch {
    return false;
  }
}

function engine(
  binding: Binding,
  ort: OnnxRuntime,
  file: string,
  sampleShape: number[],
  threads: number,
  onWorkerStopped: (why: string) => void,
): Engine {
  const session = new binding.binding.InferenceSession();
  const cuda = hasCuda();
  const options = {
    intraOpNumThreads: threads,
    interOpNumThreads: 1,
    executionMode: "sequential",
    graphOptimizationLevel: "all",
    executionProviders: cuda ? [{ name: "cuda" }, { name: "cpu" }] : [{ name: "cpu" }],
    // Pool threads sleep between calls instead of spinning: a spinning thread takes the core the HTTP side
    // (and, in a benchmark, the load generator) needs between batches.
    extra: { session: { intra_op: { allow_spinning: "0" } } },
  };
  session.loadModel(file, options);
  const size = sampleShape.reduce((a, b) => a * b, 1);
  const fetches = { output: null };
  let open = true;
  // The served batches' thread (worker.ts), with a session of the same options.
  let worker: OnnxWorker | undefined | false = workerSetting() ? undefined : false;
  const startWorker = () => {
    const req = createRequire(import.meta.url);
    const spec = {
      binding: req.resolve("onnxruntime-node/dist/binding"),
      runtime: req.resolve("onnxruntime-node"),
      file,
      options,
      sampleShape,
    };
    return new OnnxWorker(spec, (why) => {
      worker = false;
      onWorkerStopped(why);
    });
  };
  return {
    name: cuda
      ? `onnxruntime cuda (${threads} cpu thread${threads === 1 ? "" : "s"})`
      : `onnxruntime (${threads} thread${threads === 1 ? "" : "s"})`,
    run(x, n) {
      const input = new ort.Tensor("float32", x.length === n * size ? x : x.subarray(0, n * size), [
        n,
        ...sampleShape,
      ]);
      // The output is onnxruntime's own buffer for this call: the caller may keep it.
      return session.run({ input }, fetches, {}).output!.data;
    },
    runAsync(x, n) {
      if (worker === false || !open) return undefined;
      worker ??= startWorker();
      return worker.run(x.length === n * size ? x : x.subarray(0, n * size), n);
    },
    dispose() {
      if (open) session.dispose();
      if (worker) worker.dispose();
      open = false;
    },
  };
}

/**
 * Median time per row (µs) of each engine, averaged over `sizes`. The engines take turns call by call, so a
 * burst of load on a shared machine slows them all alike instead of deciding the choice; each size runs
 * until every engine has MAX_CALLS calls or BUDGET_MS per engine has passed (at least 2 calls each).
 */
function microsPerRow(engines: Engine[], inputSize: number, sizes: number[]): number[] {
  const total = engines.map(() => 0);
  for (const n of sizes) {
    const x = new Float32Array(n * inputSize);
    for (let i = 0; i < x.length; i++) x[i] = ((i * 7) % 11) / 11;
    for (const engine of engines) engine.run(x, n); // warm-up: first-call allocations and kernel selection
    const times: number[][] = engines.map(() => []);
    const until = performance.now() + BUDGET_MS * engines.length;
    for (let calls = 0; calls < MAX_CALLS && (calls < 2 || performance.now() < until); calls++) {
      engines.forEach((engine, i) => {
        const t0 = performance.now();
        engine.run(x, n);
        times[i]!.push(performance.now() - t0);
      });
    }
    times.forEach((ts, i) => {
      ts.sort((a, b) => a - b);
      total[i]! += (ts[ts.length >> 1]! * 1000) / n;
    });
  }
  return total.map((t) => t / sizes.length);
}

/**
 * The fastest of `engines` (the first one is tfjs, the reference, whose dispose must leave the model
 * alone) at batch sizes `sizes`; the others are disposed. An onnxruntime engine whose outputs differ from tfjs's by more than 1e-5 is never chosen.
 */
export function fastest(
  engines: Engine[],
  inputSize: number,
  sizes: number[],
  setting: "auto" | "tfjs" | "onnx",
  onnxMissing?: string,
): { engine: Engine; choice: Choice } {
  const [reference, ...others] = engines as [Engine, ...Engine[]];
  const agreeing = others.filter((e) => agrees(reference, e, inputSize));
  const disagree = others.length - agreeing.length;
  const note = [
    onnxMissing ? `onnxruntime not used: ${onnxMissing}` : "",
    disagree > 0 ? `onnxruntime not used: its outputs differ from tfjs's by more than 1e-5` : "",
  ].filter(Boolean);
  const pick = (engine: Engine, reason: string) => {
    for (const e of engines) if (e !== engine) e.dispose();
    return { engine, choice: { backend: engine.name, reason } };
  };
  if (setting === "tfjs" || agreeing.length === 0) {
    const why = setting === "tfjs" ? "MODELOPS_INFERENCE=tfjs" : note.join("; ") || "tfjs only";
    return pick(reference, why);
  }
  if (setting === "onnx") return pick(agreeing.at(-1)!, "MODELOPS_INFERENCE=onnx");
  const candidates = [reference, ...agreeing];
  const micros = microsPerRow(candidates, inputSize, sizes);
  const timed = candidates.map((e, i) => ({ e, us: micros[i]! }));
  timed.sort((a, b) => a.us - b.us);
  const figures = timed.map((t) => `${t.e.name} ${t.us.toFixed(1)} µs/row`).join(", ");
  return pick(timed[0]!.e, `fastest at batch ${sizes.join(" and ")}: ${figures}`);
}

function agrees(a: Engine, b: Engine, inputSize: number): boolean {
  const n = 3;
  const x = new Float32Array(n * inputSize);
  for (let i = 0; i < x.length; i++) x[i] = ((i * 7) % 11) / 5 - 1;
  try {
    const want = a.run(x, n);
    const got = b.run(x, n);
    return (
      got.length === want.length &&
      got.every((v, i) => Math.abs(v - want[i]!) <= 1e-5 * Math.max(1, Math.abs(want[i]!)))
    );
  } catch {
    return false;
  }
}

/** Live models and their engines, for the /metrics gauge. */
const live = new Map<object, { model: string; version: string; backend: string }>();

export function trackBackend(owner: object, model: string, version: number, backend: string): void {
  live.set(owner, { model, version: String(version), backend });
}
export function untrackBackend(owner: object): void {
  live.delete(owner);
}

/** modelops_inference_backend{model,version,backend} 1 for each loaded version (its chosen engine). */
export function registerBackendGauge(registry: Registry): void {
  new Gauge({
    name: "modelops_inference_backend",
    help: "Engine each loaded model version runs on (chosen by measuring; the server tries onnxruntime after it is ready): 1 for the engine in use.",
    labelNames: ["model", "version", "backend"],
    registers: [registry],
    collect() {
      this.reset();
      for (const { model, version, backend } of live.values()) this.set({ model, version, backend }, 1);
    },
  });
}

/**
 * Whether onnxruntime could be chosen for the model in `modelDir` (measured, not forced or turned off, and
 * the artifact has model.onnx): what a deferred trial needs, known without loading onnxruntime.
 */
export function onnxWorthATrial(modelDir: string): boolean {
  return (
    inferenceSetting() === "auto" &&
    process.env.MODELOPS_ONNXRUNTIME !== "off" &&
    existsSync(join(modelDir, ONNX_FILE))
  );
}

/**
 * Picks the engine for a loaded model: `tfjs` (its current predictRows) against onnxruntime on the artifact's
 * model.onnx, at batch 1 and `maxBatch`. Returns the onnxruntime engine to use, or undefined for tfjs.
 */
export async function chooseEngine(
  tfjs: Engine,
  modelDir: string,
  sampleShape: number[],
  maxBatch: number,
  onWorkerStopped?: (why: string) => void,
): Promise<{ onnx: Engine | undefined; choice: Choice }> {
  const setting = inferenceSetting();
  const inputSize = sampleShape.reduce((a, b) => a * b, 1);
  const onnx = setting === "tfjs" ? [] : await onnxEngines(modelDir, sampleShape, onWorkerStopped);
  const sizes = maxBatch > 1 ? [1, maxBatch] : [1];
  const { engine, choice } = fastest(
    [tfjs, ...(typeof onnx === "string" ? [] : onnx)],
    inputSize,
    sizes,
    setting,
    typeof onnx === "string" ? onnx : undefined,
  );
  return { onnx: engine === tfjs ? undefined : engine, choice };
}
