// One model version in memory: the tfjs model, its fitted transform, its batching queue, and a reference count
// of the requests using it. A hot swap retires the old version; it is disposed when the last request holding
// it lets go, so no request ever runs on a disposed model and no tensor outlives its version.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { applyTransformInto, classLabels, sampleInstance, transformWidth } from "../data/transform.ts";
import type { DataProfile, FittedTransform } from "../data/types.ts";
import { ModelopsError } from "../errors.ts";
import { readCalibration } from "../evaluate/calibration.ts";
import type { Calibration } from "../evaluate/cbpe.ts";
import {
  type Choice,
  chooseEngine,
  type Engine,
  fastest,
  inferenceSetting,
  onnxEngines,
  onnxWorthATrial,
  trackBackend,
  untrackBackend,
} from "../onnx/backend.ts";
import { DenseForward } from "../train/dense-forward.ts";
import { loadModel } from "../train/model-io.ts";
import * as tf from "../train/tf.ts";
import { Batcher, type BatchingOptions } from "./batcher.ts";
import { HttpError } from "./http-error.ts";

/** Classification: one probability array per instance, in class order. Regression: one number each. */
export type Predictions = number[][] | number[];

export interface LoadOptions {
  /** Dynamic batching; undefined runs every request as its own model call. */
  batching?: BatchingOptions;
  /** Called with the rows of every model call (the batch-size metric). */
  onBatch?: (rows: number) => void;
  /** Longest wait in the batching queue before a 503. */
  queueTimeoutMs?: number;
  /**
   * Leave onnxruntime out of the load and measure it later with settleEngine (the server: ready without
   * paying for onnxruntime's native load, docs/serving.md "Choosing the engine"). Off: measured at load.
   */
  deferOnnx?: boolean;
  /** Where a problem after load goes (the server's log): onnxruntime's worker thread stopping. */
  log?: (line: string) => void;
}

/** The reason a deferred version gives until its onnxruntime trial has run. */
export const TRIAL_PENDING = "onnxruntime is measured against it after the server is ready";

export class LoadedModel {
  #refs = 0;
  #retired = false;
  #disposed = false;
  #batcher: Batcher | undefined;
  readonly labels: string[] | undefined;
  readonly inputSize: number;
  /** Values per output row: the number of classes, or 1 for regression. Known once warmed. */
  width = 0;
  /** Mean and standard deviation of the training target (regression), from the artifact's profile.json. */
  targetStats: { mean: number; std: number } | undefined;
  /** Classification: the test split's calibration of the top-class confidence (CBPE), if evaluate saved one. */
  calibration: Calibration | undefined;

  constructor(
    readonly name: string,
    readonly version: number,
    readonly digest: string,
    readonly model: tf.LayersModel,
    readonly transform: FittedTransform,
  ) {
    this.labels = classLabels(transform);
    // The model's input width: one-hot, variance selection and PCA make it differ from the raw feature
    // count that clients send (transform.features.length, what the signatures show).
    this.inputSize = transformWidth(transform);
  }

  get refs(): number {
    return this.#refs;
  }
  get disposed(): boolean {
    return this.#disposed;
  }
  /** Rows waiting in this version's batching queue. */
  get queueDepth(): number {
    return this.#batcher?.depth ?? 0;
  }
  get batching(): BatchingOptions | undefined {
    return this.#batcher?.options;
  }

  /** Takes a reference; pair with release() in a finally. */
  acquire(): this {
    if (this.#disposed) throw new Error(`${this.name} v${this.version} was used after it was disposed`);
    this.#refs++;
    return this;
  }

  release(): void {
    this.#refs--;
    if (this.#retired && this.#refs === 0) this.#dispose();
  }

  /** No new request picks this version any more; it goes away once the requests holding it finish. */
  retire(): void {
    this.#retired = true;
    if (this.#refs === 0) this.#dispose();
  }

  #dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.forward?.dispose();
    this.onnx?.dispose();
    untrackBackend(this);
    this.model.dispose();
  }

  /** Turns batching on, off, or changes its parameters (queued requests keep their place). */
  configure(opts: LoadOptions): void {
    const onBatch = opts.onBatch ?? (() => {});
    if (!opts.batching || opts.batching.maxBatchSize <= 1) {
      this.#onBatch = onBatch;
      if (this.#batcher && this.#batcher.depth === 0) this.#batcher = undefined;
      else if (this.#batcher) this.#batcher.options = { ...this.#batcher.options, maxBatchSize: 1 };
      return;
    }
    this.#onBatch = onBatch;
    if (this.#batcher) {
      this.#batcher.options = opts.batching;
      return;
    }
    this.#batcher = new Batcher(
      // Off the main thread where the engine can (onnxruntime's worker): the HTTP side goes on meanwhile.
      (x, n) => this.onnx?.runAsync?.(x, n) ?? this.predictRows(x, n),
      this.inputSize,
      this.width,
      opts.batching,
      (rows) => this.#onBatch(rows),
      opts.queueTimeoutMs,
    );
  }
  #onBatch: (rows: number) => void = () => {};

  /**
   * Raw client rows -> model inputs, flattened row-major. Bad rows are a 400 with the transform's one-line
   * message naming the instance and feature.
   */
  transformRows(instances: unknown[]): Float32Array {
    const flat = new Float32Array(instances.length * this.inputSize);
    try {
      applyTransformInto(this.transform, instances, flat);
    } catch (err) {
      if (err instanceof ModelopsError) throw new HttpError(400, err.message);
      throw err;
    }
    return flat;
  }

  /**
   * One model call on `n` transformed rows; returns n * width values. Synchronous: the model runs here.
   * A stack of dense layers on the wasm backend runs as a fused forward pass on the heap (DenseForward);
   * another Sequential model as its layers' own `call`s (the kernels model.predict runs, without its per-call
   * bookkeeping of input checks, name scopes and batch slicing). loadVersion checks that each gives the same
   * numbers as model.predict and falls back to predictOnBatch otherwise.
   */
  predictRows(x: Float32Array, n: number): Float32Array {
    if (this.onnx) return this.onnx.run(x, n);
    if (this.forward) return this.forward.run(x, n);
    const output = tf.tidy(() => {
      const input = tf.tensor2d(x, [n, this.inputSize]);
      const out = this.direct ? this.#chain(input) : this.model.predictOnBatch(input);
      return Array.isArray(out) ? out[0]! : out;
    });
    try {
      return output.dataSync() as Float32Array;
    } finally {
      output.dispose();
    }
  }

  /** Whether predictRows runs the layers directly (set by loadVersion after checking it matches predict). */
  direct = false;

  /** The fused forward pass predictRows uses, when set (by loadVersion after checking it matches predict). */
  forward: DenseForward | undefined;
  /** onnxruntime on the artifact's model.onnx, when loadVersion measured it fastest (pipelines/onnx/backend.ts). */
  onnx: Engine | undefined;
  /** The engine predictions run on and why (metadata, /metrics, the load log line). */
  inference: Choice = { backend: "predict", reason: "not measured" };
  /** What settleEngine measures onnxruntime on, while its trial is still to run (deferOnnx). */
  trial: { modelDir: string; sampleShape: number[]; rows: number } | undefined;
  /** The server's log (LoadOptions.log); stderr when the loader gave none. */
  log: (line: string) => void = (line) => process.stderr.write(`${line}\n`);

  /**
   * The deferred onnxruntime trial: measures onnxruntime against the tfjs path in use and switches to it when
   * it is faster. The switch is one assignment between two synchronous model calls, so every call runs wholly
   * on one engine or the other and no request fails. Resolves to the final choice, or undefined when there is
   * no trial or the version was retired first (its engines are then released).
   */
  async settleEngine(): Promise<Choice | undefined> {
    const trial = this.trial;
    this.trial = undefined;
    if (!trial || this.#retired) return undefined;
    const inputSize = trial.sampleShape.reduce((a, b) => a * b, 1);
    const sizes = trial.rows > 1 ? [1, trial.rows] : [1];
    const engines = await onnxEngines(trial.modelDir, trial.sampleShape, this.onWorkerStopped).catch(
      (err: unknown) => `onnxruntime failed to load (${(err as Error).message.split("\n")[0]})`,
    );
    if (this.#retired) {
      if (typeof engines !== "string") for (const e of engines) e.dispose();
      return undefined;
    }
    // From here to the assignment nothing awaits: no request runs in between, none sees half a switch.
    const tfjs: Engine = { name: this.path, run: (x, n) => this.predictRows(x, n), dispose() {} };
    const { engine, choice } = fastest(
      [tfjs, ...(typeof engines === "string" ? [] : engines)],
      inputSize,
      sizes,
      inferenceSetting(),
      typeof engines === "string" ? engines : undefined,
    );
    this.onnx = engine === tfjs ? undefined : engine;
    this.inference = choice;
    trackBackend(this, this.name, this.version, choice.backend);
    return choice;
  }
  /** onnxruntime's worker thread stopped: the version's batches go on, on the main thread. */
  readonly onWorkerStopped = (why: string): void =>
    this.log(
      `${this.name} v${this.version}: onnxruntime's worker thread stopped (${why}); its batches run on the main thread from now on`,
    );

  /** How predictRows runs the model: onnxruntime, fused (dense stack on the heap), layers, or predict. */
  get path(): "onnx" | "fused" | "layers" | "predict" {
    return this.onnx ? "onnx" : this.forward ? "fused" : this.direct ? "layers" : "predict";
  }

  #chain(input: tf.Tensor): tf.Tensor | tf.Tensor[] {
    let h: tf.Tensor | tf.Tensor[] = input;
    for (const layer of this.model.layers) h = layer.call(h, {});
    return h;
  }

  /** Transformed rows -> outputs, through the batching queue when batching is on. */
  infer(x: Float32Array, n: number): Promise<Float32Array> {
    const batcher = this.#batcher;
    if (batcher && batcher.options.maxBatchSize > 1) return batcher.submit(x, n);
    try {
      const out = this.predictRows(x, n);
      this.#onBatch(n);
      return Promise.resolve(out);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  /** Raw client rows -> predictions (number[][] per class, or number[] for regression). */
  async predict(instances: unknown[]): Promise<Predictions> {
    const x = this.transformRows(instances);
    const n = instances.length;
    const values = await this.infer(x, n);
    const width = this.width || values.length / n;
    if (!this.labels && width === 1) return Array.from(values);
    const predictions = new Array<number[]>(n);
    for (let i = 0; i < n; i++) predictions[i] = Array.from(values.subarray(i * width, (i + 1) * width));
    return predictions;
  }

  /** A raw row every transform accepts (each feature at its training centre or first category). */
  sampleInstance(): Record<string, number | string> {
    return sampleInstance(this.transform);
  }
}

/**
 * Loads `<dir>/model/` (tfjs layers model + preprocessing.json) and warms it with sample requests (one row,
 * and a full batch when batching is on), so the first client request does not pay for kernel setup and a
 * model that cannot predict is refused before it is served. The caller verifies the artifact's sha256 first.
 */
export async function loadVersion(
  name: string,
  version: number,
  digest: string,
  artifactDir: string,
  opts: LoadOptions = {},
): Promise<LoadedModel> {
  const modelDir = join(artifactDir, "model");
  const transform = await readTransform(join(modelDir, "preprocessing.json"));
  // A bad calibration passed the artifact's digest, so it was written that way: refused like a bad model.
  const calibration = transform.task === "classification" ? await readCalibration(modelDir) : undefined;
  const model = await loadModel(modelDir);
  const loaded = new LoadedModel(name, version, digest, model, transform);
  if (opts.log) loaded.log = opts.log;
  loaded.calibration = calibration;
  try {
    const sample = loaded.sampleInstance();
    // The fastest path that gives model.predict's numbers: the fused pass, else the layers' own calls.
    const forward = DenseForward.of(model);
    if (typeof forward !== "string") {
      if (sameAsPredict(loaded, model, () => (loaded.forward = forward))) loaded.forward = forward;
      else forward.dispose();
    }
    if (!loaded.forward) {
      loaded.direct =
        model instanceof tf.Sequential && sameAsPredict(loaded, model, () => (loaded.direct = true));
    }
    const one = loaded.predictRows(loaded.transformRows([sample]), 1);
    const width = one.length;
    if (width === 0) throw new Error("the model outputs nothing");
    if (loaded.labels && width !== loaded.labels.length) {
      throw new Error(
        `the model outputs ${width} values but preprocessing.json names ${loaded.labels.length} classes`,
      );
    }
    if (!loaded.labels && width !== 1)
      throw new Error(`a regression model must output 1 value, not ${width}`);
    loaded.width = width;
    const rows = opts.batching?.maxBatchSize ?? 1;
    // tfjs's path against onnxruntime on model.onnx, measured at the batch sizes this version serves.
    const tfjsPath = loaded.path;
    const tfjs = {
      name: tfjsPath,
      run: (x: Float32Array, n: number) => loaded.predictRows(x, n),
      dispose() {},
    };
    const sampleShape = model.inputs[0]!.shape.slice(1) as number[];
    if (opts.deferOnnx && onnxWorthATrial(modelDir)) {
      loaded.trial = { modelDir, sampleShape, rows };
      loaded.inference = { backend: tfjsPath, reason: TRIAL_PENDING };
    } else {
      const { onnx, choice } = await chooseEngine(tfjs, modelDir, sampleShape, rows, loaded.onWorkerStopped);
      loaded.onnx = onnx;
      loaded.inference = choice;
    }
    if (rows > 1) loaded.predictRows(loaded.transformRows(new Array(rows).fill(sample)), rows);
  } catch (err) {
    loaded.forward?.dispose();
    loaded.onnx?.dispose();
    model.dispose();
    throw new Error(`warm-up prediction failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  loaded.targetStats =
    transform.task === "regression" ? await targetStats(artifactDir, transform) : undefined;

  loaded.configure(opts);
  trackBackend(loaded, name, version, loaded.inference.backend);
  return loaded;
}

/**
 * Runs a few spread-out rows through predictRows as `enable` sets it up and through model.predict: the same
 * numbers (within float rounding)? Leaves predictRows as it was.
 */
function sameAsPredict(loaded: LoadedModel, model: tf.LayersModel, enable: () => void): boolean {
  const f = loaded.inputSize;
  const n = 3;
  const x = new Float32Array(n * f);
  for (let i = 0; i < x.length; i++) x[i] = ((i * 7) % 11) / 5 - 1;
  const { direct, forward } = loaded;
  try {
    enable();
    const fast = loaded.predictRows(x, n);
    const slow = tf.tidy(() => {
      const out = model.predict(tf.tensor2d(x, [n, f]));
      return (Array.isArray(out) ? out[0]! : out).dataSync();
    });
    return (
      fast.length === slow.length &&
      fast.every((v, i) => Math.abs(v - slow[i]!) <= 1e-6 + 1e-5 * Math.abs(slow[i]!))
    );
  } catch {
    return false;
  } finally {
    loaded.direct = direct;
    loaded.forward = forward;
  }
}

async function readTransform(path: string): Promise<FittedTransform> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, "utf8"));
  } catch (err) {
    throw new Error(`cannot read ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const t = parsed as Partial<FittedTransform> | null;
  if (t?.schema !== "modelops/preprocessing@1" || !Array.isArray(t.features) || !t.target) {
    throw new Error(`${path} is not a modelops/preprocessing@1 file`);
  }
  return t as FittedTransform;
}

/** The training target's mean and std from profile.json; undefined when the artifact has none. */
async function targetStats(
  artifactDir: string,
  transform: FittedTransform,
): Promise<{ mean: number; std: number } | undefined> {
  try {
    const profile = JSON.parse(await readFile(join(artifactDir, "profile.json"), "utf8")) as DataProfile;
    const col = profile.columns?.find((c) => c.role === "target" && c.name === transform.target.name);
    if (col && typeof col.mean === "number" && typeof col.std === "number" && col.std > 0) {
      return { mean: col.mean, std: col.std };
    }
  } catch {
    // no profile: the z-score metric is left out for this version
  }
  return undefined;
}
