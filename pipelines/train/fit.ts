// Keras-style fit of a built network on the prepared splits, with our own loop instead of model.fit: one
// seeded permutation of the training rows per epoch, one gradient step per batch (on this thread, or split
// across data-parallel worker replicas), validation after each epoch, a learning-rate schedule and
// reduce-on-plateau, class weights, early stopping with best-weight restore, and a stop at the first
// non-finite loss. Returns history.json.
import { availableParallelism } from "node:os";
import seedrandom from "seedrandom";
import type { TrainConfig } from "../config/schema.ts";
import type { PreparedData, SplitData, TrainArrays } from "../data/types.ts";
import { ModelopsError } from "../errors.ts";
import { batchInputs, batchTargets, batchWeights, count, fromSplit, sampleSize } from "./arrays.ts";
import { activeBackend } from "./backend.ts";
import { type FusedNet, fusedNetwork, fusedPlan, startFused, startReplicaFused } from "./fused.ts";
import type { TrainingHistory } from "./history.ts";
import { kernelsBuild } from "./kernels/index.ts";
import type { Task } from "./mlp.ts";
import { applyNamed, type FlatUpdater, flatUpdater, makeOptimizer } from "./optimizers.ts";
import { type OptimizerSpec, type ParallelTrainer, readGrads, startReplicas } from "./parallel.ts";
import { gradients, perSampleLoss, type StepTask, trainableVariables } from "./step.ts";
import * as tf from "./tf.ts";

export type EpochLogs = Record<string, number>;

/** Splits as flat arrays (images, or rows already converted): what fit trains on. */
export interface ArraySplits {
  train: TrainArrays;
  validation: TrainArrays;
}

export interface FitOptions {
  model: tf.LayersModel;
  data: PreparedData | ArraySplits;
  task: Task;
  /** Classification: the number of classes (the output width). Default: the model's output width. */
  numClasses?: number;
  /** Class labels, in class-index order: how train.classWeight's keys are matched. */
  classes?: string[];
  train: TrainConfig;
  /** Called after each epoch; epoch is 1-based. */
  onEpoch?: (e: { epoch: number; epochs: number; logs: EpochLogs }) => void;
  /** Called every few batches (and after the last one of an epoch) with the epoch's mean loss so far. */
  onBatch?: (e: { epoch: number; epochs: number; batch: number; batches: number; loss: number }) => void;
  /** One line per decision worth knowing (replicas). */
  log?: (line: string) => void;
  /** false: never use the fused steps (tests compare them with the tfjs path). */
  fused?: boolean;
  /**
   * A non-finite loss: "fail" (default) throws TrainingDiverged (exit 1) so no NaN model is released;
   * "stop" ends training and returns the history (a search trial that diverged just scores badly).
   */
  onDiverged?: "fail" | "stop";
}

/** Training produced a NaN or infinite loss: the run fails (exit 1) instead of saving a model that answers NaN. */
export class TrainingDiverged extends ModelopsError {
  override name = "TrainingDiverged";
  constructor(
    message: string,
    readonly history: TrainingHistory,
  ) {
    super(message, 1);
  }
}

function divergedMessage(epoch: number, logs: EpochLogs, train: TrainConfig): string {
  const losses = ["loss", "val_loss"]
    .filter((k) => logs[k] !== undefined && !Number.isFinite(logs[k]))
    .map((k) => `${k} ${logs[k]}`)
    .join(", ");
  return `training diverged at epoch ${epoch} (${losses}); lower train.learningRate (now ${train.learningRate}), scale the features (preprocess: - scale: {}), or look for extreme values in the data`;
}

/**
 * Trains `model` in place and returns its history. Per epoch the history holds loss and val_loss, plus
 * accuracy/val_accuracy (classification) or mae/val_mae (regression); val_* only when there are validation
 * rows; lr when the learning rate changes during training. A NaN or infinite loss or val_loss (the network
 * diverged) fails the run with TrainingDiverged (exit 1, its history attached), or with onDiverged: "stop"
 * ends training at that epoch, the epoch kept in the history as it was (JSON writes NaN as null).
 */
export async function fit(opts: FitOptions): Promise<TrainingHistory> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const t = trainingOf(opts);
  const { train } = opts;
  const replicas = replicasFor(train, opts.model, t.n);
  opts.log?.(replicas.reason);
  const steppers = await startSteppers(t, replicas);
  const epochs: TrainingHistory["epochs"] = [];
  const watching: Watching = {
    best: { value: Number.POSITIVE_INFINITY, epoch: 0 },
    wait: 0,
    plateau: { best: Number.POSITIVE_INFINITY, wait: 0, scale: 1 },
  };
  let stoppedEarly = false;
  const shuffle = seedrandom(`modelops:shuffle:${train.seed}`);
  const order = Array.from({ length: t.n }, (_, i) => i);
  try {
    for (let epoch = 1; epoch <= train.epochs; epoch++) {
      permute(order, shuffle);
      const lr = learningRate(train, epoch, watching.plateau.scale);
      const sums = await trainEpoch(t, steppers, order, epoch, lr);
      steppers.fused?.publish();
      const record = epochLogs(t, sums, lr);
      epochs.push({ epoch, ...record });
      opts.onEpoch?.({ epoch, epochs: train.epochs, logs: record });

      if (
        !Number.isFinite(record.loss!) ||
        (record.val_loss !== undefined && !Number.isFinite(record.val_loss))
      ) {
        stoppedEarly = epoch < train.epochs;
        if (opts.onDiverged !== "stop") {
          const history = { ...historyOf(epochs, stoppedEarly, epochs.length), seconds: seconds() };
          throw new TrainingDiverged(divergedMessage(epoch, record, train), history);
        }
        break;
      }
      watchPlateau(t, record, watching.plateau);
      if (watchBest(t, record, watching, epoch)) {
        stoppedEarly = epoch < train.epochs;
        break;
      }
    }
    let bestEpoch = epochs.length;
    if (train.earlyStopping?.restoreBest && watching.bestWeights && watching.best.epoch !== epochs.length) {
      opts.model.setWeights(watching.bestWeights);
      bestEpoch = watching.best.epoch;
    }
    return {
      ...historyOf(epochs, stoppedEarly, bestEpoch),
      seconds: seconds(),
      ...(replicas.count > 1 ? { replicas: replicas.count } : {}),
    };
  } finally {
    steppers.fused?.dispose();
    await steppers.parallel?.close();
    steppers.updater?.dispose();
    tf.dispose(watching.bestWeights ?? []);
    t.optimizer.dispose();
  }
}

/** What every epoch of one fit reads: the model, its data as arrays, the task, the optimizer. */
interface Training {
  opts: FitOptions;
  classification: boolean;
  numClasses: number | undefined;
  splits: ArraySplits;
  stepTask: StepTask;
  classWeights: Float32Array | undefined;
  metric: "accuracy" | "mae";
  spec: OptimizerSpec;
  optimizer: tf.Optimizer;
  variables: tf.Variable[];
  n: number;
  hasValidation: boolean;
}

function trainingOf(opts: FitOptions): Training {
  const { model, task, train } = opts;
  const classification = task === "classification";
  const numClasses = classification ? (opts.numClasses ?? outputWidth(model)) : undefined;
  const splits = toArrays(model, opts.data, numClasses);
  const stepTask: StepTask =
    numClasses !== undefined
      ? { numClasses, ...(train.labelSmoothing > 0 && { labelSmoothing: train.labelSmoothing }) }
      : {};
  const classWeights = classification
    ? weightsFor(train.classWeight, splits.train, numClasses!, opts.classes)
    : undefined;
  const spec: OptimizerSpec = {
    name: train.optimizer,
    learningRate: train.learningRate,
    weightDecay: train.weightDecay,
  };
  return {
    opts,
    classification,
    numClasses,
    splits,
    stepTask,
    classWeights,
    metric: classification ? "accuracy" : "mae",
    spec,
    optimizer: makeOptimizer(spec),
    variables: trainableVariables(model),
    n: count(splits.train),
    hasValidation: count(splits.validation) > 0,
  };
}

/** How the batches are stepped: worker replicas (with their updater), the fused wasm steps, or neither. */
interface Steppers {
  parallel?: ParallelTrainer;
  updater?: FlatUpdater;
  fused?: FusedNet;
}

async function startSteppers(t: Training, replicas: { count: number }): Promise<Steppers> {
  const { opts, spec } = t;
  const { model, train } = opts;
  // On wasm, a network the fused steps cover (fused.ts) trains through them: the whole step on one thread, the
  // gradients of this replica's share with data-parallel replicas (the workers decide the same for theirs).
  const network =
    activeBackend() === "wasm" && opts.fused !== false ? fusedNetwork(model, t.classification) : undefined;
  const steppers: Steppers = {};
  if (replicas.count > 1) {
    // With the fused steps, nothing predicts through tfjs kernels between updates: update in place.
    const updater = flatUpdater(t.optimizer, spec, t.variables, typeof network === "object");
    try {
      steppers.parallel = await startReplicas({
        replicas: replicas.count,
        backend: activeBackend(),
        model,
        optimizer: spec,
        task: t.stepTask,
        ...(t.classWeights ? { classWeights: t.classWeights } : {}),
        data: t.splits.train,
        seed: train.seed,
        maxBatch: train.batchSize,
        fused: opts.fused !== false,
        onApply: (parts, lr) => updater.applySum(parts, lr),
      });
      steppers.updater = updater;
    } catch (err) {
      // auto asked for workers where they pay; where they cannot start (a bundle without the worker entry, a
      // sandbox without threads), one thread still trains. An explicit train.workers keeps the error.
      updater.dispose();
      if (train.workers !== "auto") throw err;
      opts.log?.(`workers: 1 (auto: the worker threads did not start: ${(err as Error).message})`);
      replicas.count = 1;
    }
  }
  if (network !== undefined) steppers.fused = startFusedSteps(t, network, steppers.parallel !== undefined);
  return steppers;
}

function startFusedSteps(
  t: Training,
  network: NonNullable<ReturnType<typeof fusedNetwork>>,
  parallel: boolean,
): FusedNet | undefined {
  const { opts, spec, stepTask } = t;
  const { train } = opts;
  const plan = parallel ? network : fusedPlan(network, spec);
  if (typeof plan === "string") {
    opts.log?.(`steps: tfjs kernels (the fused steps do not cover ${plan})`);
    return undefined;
  }
  const fused = parallel
    ? startReplicaFused(plan, stepTask, train.batchSize, train.seed, 0)
    : startFused(
        { ...plan, labelSmoothing: stepTask.labelSmoothing ?? 0 },
        spec,
        train.batchSize,
        String(train.seed),
      );
  opts.log?.(`steps: fused ${plan.ops.some((o) => o.kind === "conv") ? "CNN" : "dense"} steps (wasm)`);
  return fused;
}

/** One pass over the training rows in `order`, one gradient step a batch; the sums of loss and metric. */
async function trainEpoch(
  t: Training,
  { parallel, fused }: Steppers,
  order: number[],
  epoch: number,
  lr: number,
): Promise<{ lossSum: number; metricSum: number }> {
  const { opts, n } = t;
  const { model, train } = opts;
  const batches = Math.ceil(n / train.batchSize);
  const ctx: StepContext = {
    model,
    task: t.stepTask,
    data: t.splits.train,
    classWeights: t.classWeights,
    variables: t.variables,
    epoch,
  };
  let lossSum = 0;
  let metricSum = 0;
  let lastReport = performance.now();
  for (let b = 0; b < batches; b++) {
    const indices = order.slice(b * train.batchSize, Math.min(n, (b + 1) * train.batchSize));
    const step = parallel
      ? parallelStep(parallel, indices, lr, ctx, fused)
      : fused
        ? fused.run(t.splits.train, indices, t.numClasses, t.classWeights, lr, epoch)
        : localStep(indices, lr, { ...ctx, optimizer: t.optimizer, spec: t.spec });
    lossSum += step.lossSum;
    metricSum += step.metricSum;
    if (opts.onBatch && (b === batches - 1 || performance.now() - lastReport > 250)) {
      lastReport = performance.now();
      const seen = Math.min(n, (b + 1) * train.batchSize);
      opts.onBatch({ epoch, epochs: train.epochs, batch: b + 1, batches, loss: lossSum / seen });
    }
    // Let timers and I/O run between batches (progress, signals) without slowing the loop.
    if (b % 16 === 15) await new Promise((r) => setImmediate(r));
  }
  return { lossSum, metricSum };
}

/** The epoch's line of history.json: training loss and metric, validation's, and lr when it changes. */
function epochLogs(t: Training, sums: { lossSum: number; metricSum: number }, lr: number): EpochLogs {
  const { opts, n, metric } = t;
  const { model, train } = opts;
  const record: EpochLogs = { loss: sums.lossSum / n };
  const val = t.hasValidation ? evaluateSplit(model, t.stepTask, t.splits.validation) : undefined;
  if (val) record.val_loss = val.loss;
  record[metric] = t.classification
    ? sums.metricSum / n
    : sums.metricSum / n / Math.max(1, outputWidth(model));
  if (val) record[`val_${metric}`] = val.metric;
  if (train.schedule !== undefined || train.reduceOnPlateau !== undefined) record.lr = lr;
  return record;
}

/** The best epoch so far (early stopping, best-weight restore) and reduce-on-plateau's state. */
interface Watching {
  best: { value: number; epoch: number };
  bestWeights?: tf.Tensor[];
  wait: number;
  plateau: { best: number; wait: number; scale: number };
}

/** Without validation rows, val_loss does not exist: watch the training loss instead. */
function watched(t: Training, m: "val_loss" | "loss" | undefined): "val_loss" | "loss" {
  return m === "val_loss" && !t.hasValidation ? "loss" : (m ?? "loss");
}

function watchPlateau(t: Training, record: EpochLogs, plateau: Watching["plateau"]): void {
  const r = t.opts.train.reduceOnPlateau;
  if (!r) return;
  const value = record[watched(t, r.monitor)] ?? Number.NaN;
  if (value < plateau.best) {
    plateau.best = value;
    plateau.wait = 0;
  } else if (++plateau.wait >= r.patience) {
    plateau.scale *= r.factor;
    plateau.wait = 0;
  }
}

/** Records a new best epoch (and its weights, to restore); true when early stopping ends training. */
function watchBest(t: Training, record: EpochLogs, w: Watching, epoch: number): boolean {
  const stopping = t.opts.train.earlyStopping;
  const current = record[watched(t, stopping?.monitor)] ?? Number.NaN;
  if (current < w.best.value - (stopping?.minDelta ?? 0)) {
    w.best = { value: current, epoch };
    w.wait = 0;
    if (stopping?.restoreBest) {
      tf.dispose(w.bestWeights);
      // Copies, not clones: the fused steps update the weights' own buffers in place.
      w.bestWeights = t.opts.model.getWeights().map((x) => tf.add(x, 0));
    }
    return false;
  }
  return stopping !== undefined && ++w.wait >= stopping.patience;
}

function historyOf(epochs: TrainingHistory["epochs"], stoppedEarly: boolean, bestEpoch: number) {
  const backend = activeBackend();
  const kernels = backend === "wasm" ? { kernels: kernelsBuild() } : {};
  return { schema: "modelops/history@1" as const, backend, ...kernels, epochs, stoppedEarly, bestEpoch };
}

interface StepContext {
  model: tf.LayersModel;
  task: StepTask;
  data: TrainArrays;
  classWeights: Float32Array | undefined;
  variables: tf.Variable[];
  /** 1-based epoch: seeds the per-epoch augmentation of training batches. */
  epoch: number;
}

function localStep(
  indices: number[],
  lr: number,
  ctx: StepContext & { optimizer: tf.Optimizer; spec: OptimizerSpec },
): { lossSum: number; metricSum: number } {
  const { sums } = batchGradients(ctx, indices, indices.length, (grads) =>
    applyNamed(ctx.optimizer, ctx.spec, ctx.variables, grads, lr),
  );
  return sums;
}

/**
 * The gradients of one batch's rows (over `denominator` rows: a replica's share divides by the whole
 * batch), handed to `use` while they exist; the batch's loss and metric sums.
 */
function batchGradients<T>(
  ctx: StepContext,
  rows: number[],
  denominator: number,
  use: (grads: tf.NamedTensorMap) => T,
): { used: T; sums: { lossSum: number; metricSum: number } } {
  const xs = batchInputs(ctx.data, rows, ctx.epoch);
  const ys = batchTargets(ctx.data, rows, ctx.task.numClasses);
  const weights = batchWeights(ctx.data, rows, ctx.classWeights);
  try {
    const { grads, result } = gradients({
      model: ctx.model,
      task: ctx.task,
      xs,
      ys,
      ...(weights ? { weights } : {}),
      denominator,
      regularise: true,
      variables: ctx.variables,
    });
    const used = use(grads);
    const sums = { lossSum: result.lossSum.dataSync()[0]!, metricSum: result.metricSum.dataSync()[0]! };
    tf.dispose([...Object.values(grads), result.lossSum, result.metricSum]);
    return { used, sums };
  } finally {
    tf.dispose([xs, ys, ...(weights ? [weights] : [])]);
  }
}

function parallelStep(
  trainer: ParallelTrainer,
  indices: number[],
  lr: number,
  ctx: StepContext,
  fused: FusedNet | undefined,
): { lossSum: number; metricSum: number } {
  const step = trainer.step(indices, lr, ctx.epoch, (from, to) => {
    const mine = indices.slice(from, to);
    if (mine.length === 0) return { grads: [], result: { lossSum: 0, metricSum: 0 } };
    if (fused) {
      const c = ctx.task.numClasses;
      const result = fused.gradients(ctx.data, mine, c, ctx.classWeights, ctx.epoch, indices.length, true);
      return { grads: fused.gradViews(), result };
    }
    const { used, sums } = batchGradients(ctx, mine, indices.length, (grads) =>
      readGrads(grads, ctx.variables).map((g) => g.slice()),
    );
    return { grads: used, result: sums };
  });
  step.apply();
  return { lossSum: step.lossSum, metricSum: step.metricSum };
}

const EVAL_BATCH = 512;

/** Mean per-sample loss and accuracy (or mean absolute error) of the model on a split, in inference mode. */
export function evaluateSplit(
  model: tf.LayersModel,
  task: StepTask,
  split: TrainArrays,
): { loss: number; metric: number } {
  const n = count(split);
  let loss = 0;
  let metric = 0;
  for (let from = 0; from < n; from += EVAL_BATCH) {
    const indices = Array.from({ length: Math.min(EVAL_BATCH, n - from) }, (_, i) => from + i);
    const [l, m] = tf.tidy(() => {
      const xs = batchInputs(split, indices);
      const ys = batchTargets(split, indices, task.numClasses);
      const predictions = model.predict(xs) as tf.Tensor;
      const lossSum = perSampleLoss(task, ys, predictions).sum();
      const metricSum =
        task.numClasses !== undefined
          ? tf.equal(predictions.argMax(-1), ys.argMax(-1)).cast("float32").sum()
          : tf.abs(tf.sub(predictions, ys)).mean(-1).sum();
      return [lossSum.dataSync()[0]!, metricSum.dataSync()[0]!];
    });
    loss += l;
    metric += m;
  }
  return { loss: loss / n, metric: metric / n };
}

/** The learning rate of a 1-based epoch: warm-up, then the schedule, times the plateau reductions. */
export function learningRate(train: TrainConfig, epoch: number, plateauScale = 1): number {
  const lr0 = train.learningRate;
  const s = train.schedule;
  let lr = lr0;
  if (s) {
    if (epoch <= s.warmupEpochs) {
      lr = lr0 * (0.1 + (0.9 * (epoch - 1)) / s.warmupEpochs);
    } else {
      const t = epoch - s.warmupEpochs - 1;
      const span = Math.max(1, train.epochs - s.warmupEpochs - 1);
      if (s.type === "step") lr = lr0 * s.factor ** Math.floor(t / s.every);
      else if (s.type === "exponential") lr = lr0 * s.factor ** t;
      else if (s.type === "cosine")
        lr = s.minLearningRate + ((lr0 - s.minLearningRate) * (1 + Math.cos((Math.PI * t) / span))) / 2;
    }
  }
  lr *= plateauScale;
  if (train.reduceOnPlateau) lr = Math.max(lr, Math.min(train.reduceOnPlateau.minLearningRate, lr0));
  return lr;
}

/**
 * How many data-parallel replicas to run, and why. auto: 2 on the wasm backend for models with convolution or
 * recurrent layers (a step long enough that sharing it across threads pays), when the machine has 2+ cores
 * and the epoch has at least 4 batches; 1 otherwise. The choice depends on the config and the core count only,
 * never on the load, so a config gives the same numbers run after run on the same machine.
 */
export function replicasFor(
  train: TrainConfig,
  model: tf.LayersModel,
  rows: number,
): { count: number; reason: string } {
  const backend = activeBackend();
  const cores = availableParallelism();
  if (typeof train.workers === "number") {
    if (train.workers > 1 && backend !== "wasm" && backend !== "cpu") {
      return {
        count: 1,
        reason: `workers: 1 (train.workers ${train.workers} asked, but the ${backend} backend uses every core by itself)`,
      };
    }
    return { count: train.workers, reason: `workers: ${train.workers} (train.workers)` };
  }
  const heavy = model.layers.some((l) => /Conv|LSTM|GRU|SimpleRNN|Attention/.test(l.getClassName()));
  if (backend !== "wasm")
    return { count: 1, reason: `workers: 1 (auto: the ${backend} backend runs on one engine)` };
  if (!heavy)
    return { count: 1, reason: "workers: 1 (auto: a dense network's steps are too short to share)" };
  if (cores < 2) return { count: 1, reason: "workers: 1 (auto: one core)" };
  if (rows < 4 * train.batchSize)
    return { count: 1, reason: "workers: 1 (auto: fewer than 4 batches per epoch)" };
  return {
    count: 2,
    reason: `workers: 2 (auto: wasm, ${cores} cores, data-parallel replicas with gradient averaging)`,
  };
}

/** Per-class loss weights: balanced (n / (k * count)) or by label; undefined when none are configured. */
export function weightsFor(
  spec: TrainConfig["classWeight"],
  train: TrainArrays,
  numClasses: number,
  classes: string[] | undefined,
): Float32Array | undefined {
  if (spec === undefined) return undefined;
  const weights = new Float32Array(numClasses).fill(1);
  if (spec === "balanced") {
    const counts = new Array<number>(numClasses).fill(0);
    for (const y of train.y) counts[y]!++;
    const n = train.y.length;
    counts.forEach((c, k) => {
      weights[k] = c > 0 ? n / (numClasses * c) : 1;
    });
    return weights;
  }
  const labels = classes ?? Array.from({ length: numClasses }, (_, k) => String(k));
  for (const [label, w] of Object.entries(spec)) {
    const k = labels.indexOf(label);
    if (k === -1) {
      throw new ModelopsError(
        `train.classWeight names class "${label}", which is not a class of the data (${labels.join(", ")}); use one of those labels`,
      );
    }
    weights[k] = w;
  }
  return weights;
}

/** Fisher-Yates in place, driven by the seeded generator (one fresh order per epoch). */
function permute(order: number[], rng: seedrandom.PRNG): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}

function outputWidth(model: tf.LayersModel): number {
  const shape = model.outputs[0]?.shape;
  return Number(shape?.[shape.length - 1] ?? 1);
}

const isPrepared = (d: PreparedData | ArraySplits): d is PreparedData =>
  Array.isArray((d.train as SplitData).x);

function toArrays(
  model: tf.LayersModel,
  data: PreparedData | ArraySplits,
  numClasses: number | undefined,
): ArraySplits {
  const inputDim = Number(model.inputs[0]?.shape[1]);
  if (isPrepared(data)) {
    check(data, inputDim, numClasses);
    return { train: fromSplit(data.train, inputDim), validation: fromSplit(data.validation, inputDim) };
  }
  if (count(data.train) === 0) throw noRows();
  for (const [name, split] of Object.entries(data) as Array<[string, TrainArrays]>) {
    if (sampleSize(split) !== inputDim || split.x.length !== count(split) * inputDim) {
      throw new ModelopsError(
        `the ${name} split has samples of ${sampleSize(split)} values but the model takes ${inputDim}; re-run preprocess`,
      );
    }
    if (numClasses !== undefined) checkClassIndices(name, split.y, numClasses);
  }
  return data;
}

/** Throws for the first target that is not a class index of a `numClasses`-class model. */
function checkClassIndices(split: string, y: ArrayLike<number>, numClasses: number): void {
  for (let i = 0; i < y.length; i++) {
    const c = y[i] as number;
    if (!Number.isInteger(c) || c < 0 || c >= numClasses) {
      throw new ModelopsError(
        `the ${split} split has class index ${c} but the model has ${numClasses} classes; re-run preprocess`,
      );
    }
  }
}

const noRows = () =>
  new ModelopsError(
    "no training rows left after preprocessing and the split; add data or lower split.test/validation",
  );

function check(data: PreparedData, inputDim: number, numClasses: number | undefined): void {
  if (data.train.x.length === 0) throw noRows();
  for (const [name, split] of Object.entries(data) as Array<[string, SplitData]>) {
    if (split.x.length !== split.y.length) {
      throw new ModelopsError(
        `the ${name} split has ${split.x.length} feature rows but ${split.y.length} targets; re-run preprocess`,
      );
    }
    const bad = split.x.findIndex((row) => row.length !== inputDim);
    if (bad !== -1) {
      throw new ModelopsError(
        `row ${bad + 1} of the ${name} split has ${split.x[bad]!.length} features but the model takes ${inputDim}; re-run preprocess`,
      );
    }
    if (numClasses !== undefined) checkClassIndices(name, split.y, numClasses);
  }
}
