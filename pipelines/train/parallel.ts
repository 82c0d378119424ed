// Data-parallel training on worker threads: tfjs's multithreaded wasm does not start in Node, so a second core
// is used the other way round. Every replica (this thread is replica 0, each worker one more) holds the same
// model and the same optimizer. At each step each replica takes its share of the batch, computes gradients of
// (sum of its per-sample losses) / (whole batch size), and writes them into shared memory; once all are there,
// every replica adds them up in the same order and applies the same update, so the weights stay identical
// without ever being sent. Coordination is a handful of Atomics on a SharedArrayBuffer; nothing is posted per
// step. Two buffers alternate between steps, so a replica still reading step s never sees step s+1's writes.
import { Worker } from "node:worker_threads";
import type { TrainArrays } from "../data/types.ts";
import { ModelopsError } from "../errors.ts";
import { sampleSize, shareArrays } from "./arrays.ts";
import type { StepResult, StepTask } from "./step.ts";
import type * as tf from "./tf.ts";

/** Layout of the control array (Int32). */
export const CTRL = { go: 0, stop: 1, error: 2, ready: 3, done: 4 } as const;
const CTRL_SLOTS = 4 + 64;

export interface OptimizerSpec {
  name: "sgd" | "momentum" | "adam" | "adamw" | "rmsprop" | "adagrad";
  learningRate: number;
  weightDecay?: number;
}

/** What a worker needs to become a replica (sent once, as workerData). */
export interface ReplicaInit {
  rank: number;
  replicas: number;
  backend: string;
  modelJson: string;
  weights: Float32Array[];
  optimizer: OptimizerSpec;
  task: StepTask;
  classWeights?: Float32Array;
  data: TrainArrays;
  seed: number;
  /** Compute the gradients with the fused steps where they cover the model (fused.ts), as replica 0 does. */
  fused: boolean;
  ctrl: Int32Array;
  /** [parity][batch] sample indices. */
  indices: Int32Array;
  /** [parity]: batch length. */
  lengths: Int32Array;
  /** [parity]: learning rate of the step. */
  rates: Float64Array;
  /** [parity]: 1-based epoch of the step (seeds augmentation). */
  epochs: Int32Array;
  /** [parity][rank][params + 2]: flat gradients, then loss sum and metric sum. */
  grads: Float32Array;
  maxBatch: number;
  params: number;
}

/** The shard of a batch of `length` samples that replica `rank` of `replicas` computes. */
export function shard(length: number, rank: number, replicas: number): [number, number] {
  return [Math.floor((rank * length) / replicas), Math.floor(((rank + 1) * length) / replicas)];
}

/**
 * The replicas' gradient slots of one parity, in rank order (views: one array of all the variables' gradients
 * per replica; the updater adds them up, see FlatUpdater.applySum), and the step's loss and metric sums.
 */
export function reduceSlots(
  grads: Float32Array,
  parity: number,
  replicas: number,
  params: number,
): { parts: Float32Array[]; lossSum: number; metricSum: number } {
  const stride = params + 2;
  const base = parity * replicas * stride;
  const parts: Float32Array[] = [];
  let lossSum = 0;
  let metricSum = 0;
  for (let r = 0; r < replicas; r++) {
    const from = base + r * stride;
    parts.push(grads.subarray(from, from + params));
    lossSum += grads[from + params]!;
    metricSum += grads[from + params + 1]!;
  }
  return { parts, lossSum, metricSum };
}

/** Writes one replica's gradients (in variable order) and sums into its slot. */
export function writeSlot(
  init: Pick<ReplicaInit, "grads" | "replicas" | "params">,
  parity: number,
  rank: number,
  values: Float32Array[],
  lossSum: number,
  metricSum: number,
): void {
  const stride = init.params + 2;
  let at = (parity * init.replicas + rank) * stride;
  const start = at;
  for (const v of values) {
    init.grads.set(v, at);
    at += v.length;
  }
  if (values.length === 0) init.grads.fill(0, start, start + init.params);
  init.grads[start + init.params] = lossSum;
  init.grads[start + init.params + 1] = metricSum;
}

/** Blocks until ctrl[slot] reaches `value`, watching for a worker's error flag; throws on error or timeout. */
export function waitFor(
  ctrl: Int32Array,
  slot: number,
  value: number,
  what: string,
  timeoutMs = 600_000,
): void {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const now = Atomics.load(ctrl, slot);
    if (now >= value) return;
    if (Atomics.load(ctrl, CTRL.error) !== 0) throw new Error(`a training worker failed while ${what}`);
    if (Date.now() > deadline)
      throw new Error(`a training worker did not answer within ${timeoutMs / 1000}s (${what})`);
    Atomics.wait(ctrl, slot, now, 1000);
  }
}

export interface ParallelTrainer {
  /** Runs one step on every replica: this thread's share here, the rest on the workers. */
  step(
    indices: ArrayLike<number>,
    learningRate: number,
    epoch: number,
    local: (from: number, to: number) => LocalStep,
  ): {
    lossSum: number;
    metricSum: number;
    apply: () => void;
  };
  close(): Promise<void>;
}

/** What replica 0 computed for its shard: gradients by variable, in variable order, and its sums. */
export interface LocalStep {
  grads: Float32Array[];
  result: { lossSum: number; metricSum: number };
}

/**
 * Starts `replicas - 1` workers holding copies of `model` (its current weights) and returns the coordinator.
 * Resolves once every worker has built its replica.
 */
export async function startReplicas(opts: ReplicaOptions): Promise<ParallelTrainer> {
  const shapes = opts.model.trainableWeights.map((w) => w.shape as number[]);
  const params = shapes.reduce((s, shape) => s + shape.reduce((a, b) => a * b, 1), 0);
  const shared = sharedBuffers(opts.replicas, opts.maxBatch, params);
  const data = shareArrays(opts.data);
  if (sampleSize(data) * data.y.length !== data.x.length) throw new Error("training arrays are inconsistent");
  const crew = spawnWorkers(opts, shared, data, params);
  await untilReady(shared, crew, opts.replicas);
  return coordinator(opts, shared, crew, params);
}

export interface ReplicaOptions {
  replicas: number;
  backend: string;
  model: tf.LayersModel;
  optimizer: OptimizerSpec;
  task: StepTask;
  classWeights?: Float32Array;
  data: TrainArrays;
  seed: number;
  maxBatch: number;
  fused: boolean;
  /** Applies the sum of the replicas' gradients (FlatUpdater.applySum). */
  onApply: (parts: Float32Array[], learningRate: number) => void;
}

/** Memory every replica sees: control slots, and two of everything else (a step's parity picks one). */
function sharedBuffers(R: number, maxBatch: number, params: number) {
  return {
    ctrl: new Int32Array(new SharedArrayBuffer(CTRL_SLOTS * 4)),
    indices: new Int32Array(new SharedArrayBuffer(2 * maxBatch * 4)),
    lengths: new Int32Array(new SharedArrayBuffer(2 * 4)),
    rates: new Float64Array(new SharedArrayBuffer(2 * 8)),
    epochs: new Int32Array(new SharedArrayBuffer(2 * 4)),
    grads: new Float32Array(new SharedArrayBuffer(2 * R * (params + 2) * 4)),
  };
}

type SharedBuffers = ReturnType<typeof sharedBuffers>;

/** The worker threads, when each exits, and the first line of each one's error. */
interface Crew {
  workers: Worker[];
  exits: Promise<void>[];
  failures: string[];
}

/** Starts replicas 1..R-1, each building its copy of the model from the JSON and weights of this one. */
function spawnWorkers(opts: ReplicaOptions, shared: SharedBuffers, data: TrainArrays, params: number): Crew {
  const R = opts.replicas;
  const modelJson = JSON.stringify(opts.model.toJSON(null, false));
  const weights = opts.model.getWeights().map((w) => w.dataSync() as Float32Array);
  const crew: Crew = { workers: [], exits: [], failures: [] };
  for (let rank = 1; rank < R; rank++) {
    const init: ReplicaInit = {
      rank,
      replicas: R,
      backend: opts.backend,
      modelJson,
      weights,
      optimizer: opts.optimizer,
      task: opts.task,
      ...(opts.classWeights ? { classWeights: opts.classWeights } : {}),
      data,
      seed: opts.seed,
      fused: opts.fused,
      ...shared,
      maxBatch: opts.maxBatch,
      params,
    };
    const worker = new Worker(new URL("./parallel-worker.js", import.meta.url), { workerData: init });
    crew.workers.push(worker);
    crew.exits.push(
      new Promise((resolve) => {
        worker.on("error", (err) => {
          crew.failures.push(err.message.split("\n")[0]!);
          Atomics.store(shared.ctrl, CTRL.error, 1);
        });
        worker.on("exit", () => resolve());
      }),
    );
  }
  return crew;
}

/** Waits for every worker to report ready; one that fails, or a start past 120 s, stops them all. */
async function untilReady(shared: SharedBuffers, crew: Crew, R: number): Promise<void> {
  // Workers report readiness by counting up ctrl[ready]; the event loop must run meanwhile (module loading).
  const started = Date.now();
  while (Atomics.load(shared.ctrl, CTRL.ready) < R - 1) {
    if (Atomics.load(shared.ctrl, CTRL.error) !== 0 || crew.failures.length > 0) {
      await Promise.all(crew.workers.map((w) => w.terminate()));
      throw new ModelopsError(
        `train.workers: a training worker could not start (${crew.failures[0] ?? "see its error above"}); set train.workers: 1`,
      );
    }
    if (Date.now() - started > 120_000) {
      await Promise.all(crew.workers.map((w) => w.terminate()));
      throw new ModelopsError(
        "train.workers: the training workers did not start within 120s; set train.workers: 1",
      );
    }
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Replica 0: hands each step's batch to the workers, computes its own shard, and sums every replica's slot. */
function coordinator(
  opts: ReplicaOptions,
  shared: SharedBuffers,
  crew: Crew,
  params: number,
): ParallelTrainer {
  const R = opts.replicas;
  const { workers, exits } = crew;
  let step = 0;
  return {
    step(indices, learningRate, epoch, local) {
      step++;
      const parity = step & 1;
      const length = indices.length;
      shared.indices.set(indices as ArrayLike<number>, parity * opts.maxBatch);
      shared.lengths[parity] = length;
      shared.rates[parity] = learningRate;
      shared.epochs[parity] = epoch;
      Atomics.store(shared.ctrl, CTRL.go, step);
      Atomics.notify(shared.ctrl, CTRL.go);
      const [from, to] = shard(length, 0, R);
      const mine = local(from, to);
      writeSlot(
        { grads: shared.grads, replicas: R, params },
        parity,
        0,
        mine.grads,
        mine.result.lossSum,
        mine.result.metricSum,
      );
      Atomics.store(shared.ctrl, CTRL.done, step);
      Atomics.notify(shared.ctrl, CTRL.done);
      for (let rank = 1; rank < R; rank++)
        waitFor(shared.ctrl, CTRL.done + rank, step, "computing gradients");
      const reduced = reduceSlots(shared.grads, parity, R, params);
      return {
        lossSum: reduced.lossSum,
        metricSum: reduced.metricSum,
        apply: () => opts.onApply(reduced.parts, learningRate),
      };
    },
    async close() {
      Atomics.store(shared.ctrl, CTRL.stop, 1);
      Atomics.store(shared.ctrl, CTRL.go, step + 1);
      Atomics.notify(shared.ctrl, CTRL.go);
      await Promise.race([Promise.all(exits), new Promise((r) => setTimeout(r, 5000))]);
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** The gradient values of a step, in variable order (as Float32Arrays read from the backend). */
export function readGrads(grads: tf.NamedTensorMap, variables: tf.Variable[]): Float32Array[] {
  return variables.map((v) => grads[v.name]!.dataSync() as Float32Array);
}

export type { StepResult };
