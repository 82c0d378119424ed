// onnxruntime on a worker thread (MODELOPS_ONNX_WORKER=on): the served batches of a model chosen to run on onnxruntime go to a second
// session of the same model.onnx on its own thread, so the main thread reads, parses and answers requests
// while a batch runs instead of waiting for it (a CNN batch is milliseconds of native work; the HTTP side of
// each request is tens of µs). One batch at a time per model (the batcher sends the next when one returns).
// The worker's code is a CommonJS string (eval), so it runs the same under tsx, the compiled lib/ and Jest.
import { Worker } from "node:worker_threads";
import { ModelopsError } from "../errors.ts";

const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { binding, initOrt } = require(workerData.binding);
const { Tensor } = require(workerData.runtime);
initOrt();
const session = new binding.InferenceSession();
session.loadModel(workerData.file, workerData.options);
const fetches = { output: null };
parentPort.on("message", (m) => {
  try {
    const input = new Tensor("float32", m.x, [m.n, ...workerData.sampleShape]);
    parentPort.postMessage({ id: m.id, out: session.run({ input }, fetches, {}).output.data });
  } catch (err) {
    parentPort.postMessage({ id: m.id, error: String((err && err.message) || err).split("\\n")[0] });
  }
});
parentPort.postMessage({ ready: true });
`;

export interface WorkerSpec {
  /** Resolved paths of onnxruntime-node's dist/binding.js and its package entry. */
  binding: string;
  runtime: string;
  file: string;
  /** The session options of the main thread's session (threads, providers). */
  options: object;
  sampleShape: number[];
}

/** Batches answered by worker threads in this process (tests check the worker path ran). */
export const workerStats = { batches: 0 };

interface Waiting {
  resolve(out: Float32Array): void;
  reject(err: Error): void;
}

/**
 * MODELOPS_ONNX_WORKER=on runs onnxruntime's served batches on a worker thread. Off by default: it pays only
 * where a core is free for it (on the loaded 2-core development machine it measured slower, BENCHMARKS.md).
 */
export function workerSetting(): boolean {
  const v = process.env.MODELOPS_ONNX_WORKER ?? "off";
  if (v === "on" || v === "off") return v === "on";
  throw new ModelopsError(`MODELOPS_ONNX_WORKER is "${v}"; set it to on or off`);
}

/**
 * A worker thread with its own onnxruntime session. Until it has loaded the model (and after it failed),
 * `run` returns undefined and the caller runs the batch on the main thread's session.
 */
export class OnnxWorker {
  #worker: Worker | undefined;
  #ready = false;
  #next = 0;
  readonly #waiting = new Map<number, Waiting>();

  constructor(spec: WorkerSpec, onFailure: (why: string) => void) {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: spec });
    worker.unref();
    this.#worker = worker;
    worker.on("message", (m: { ready?: boolean; id?: number; out?: Float32Array; error?: string }) => {
      if (m.ready) {
        this.#ready = true;
        return;
      }
      const waiting = this.#waiting.get(m.id!);
      this.#waiting.delete(m.id!);
      if (m.error !== undefined) waiting?.reject(new Error(`onnxruntime: ${m.error}`));
      else {
        workerStats.batches++;
        waiting?.resolve(m.out!);
      }
    });
    const fail = (why: string) => {
      if (this.#worker !== worker) return; // disposed
      this.#stop(new Error(`onnxruntime's worker thread stopped: ${why}`));
      onFailure(why);
    };
    worker.on("error", (err) => fail(err.message.split("\n")[0]!));
    worker.on("exit", (code) => fail(`exit code ${code}`));
  }

  /** Runs n rows on the worker; undefined while it is not ready. `x` is handed over (detached). */
  run(x: Float32Array, n: number): Promise<Float32Array> | undefined {
    if (!this.#ready || !this.#worker) return undefined;
    const own = x.byteOffset === 0 && x.byteLength === x.buffer.byteLength ? x : x.slice();
    const id = this.#next++;
    const worker = this.#worker;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      worker.postMessage({ id, x: own, n }, [own.buffer as ArrayBuffer]);
    });
  }

  dispose(): void {
    const worker = this.#worker;
    this.#stop(new Error("the model version was unloaded"));
    void worker?.terminate();
  }

  #stop(err: Error): void {
    this.#worker = undefined;
    this.#ready = false;
    for (const w of this.#waiting.values()) w.reject(err);
    this.#waiting.clear();
  }
}
