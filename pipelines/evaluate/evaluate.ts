// metrics.json of a trained model: quality on the held-out test split, batch-1 latency and size on disk.
import {
  CLASSIFICATION_METRICS,
  type MetricName,
  type ModelConfig,
  REGRESSION_METRICS,
} from "../config/schema.ts";
import type { PreparedData, SplitData, TrainArrays } from "../data/types.ts";
import { ModelopsError } from "../errors.ts";
import { batchInputs, count, sampleSize } from "../train/arrays.ts";
import * as tf from "../train/tf.ts";
import { type ImportanceOptions, permutationImportance, predictWith } from "./importance.ts";
import { measureLatency, modelSizeMb } from "./latency.ts";
import { accuracy, argmax, f1Macro, logLoss, mae, r2, rmse } from "./metrics.ts";
import {
  confusionMatrix,
  expectedCalibrationError,
  macroOf,
  perClassReport,
  rocAucOvr,
} from "./metrics-classification.ts";
import type { MetricsFile } from "./types.ts";

/** Splits as flat arrays (images): what evaluate reads besides the tabular PreparedData. */
export interface ArrayData {
  train: TrainArrays;
  validation: TrainArrays;
  test: TrainArrays;
}

export interface EvaluateOptions {
  model: tf.LayersModel;
  data: PreparedData | ArrayData;
  task: ModelConfig["task"];
  /** Class labels (preprocessing.json target.classes); checked against the model's output width. */
  classes?: string[];
  /** Folder holding the saved model, for size_mb. */
  modelDir: string;
  /** evaluate.metrics; default: every metric of the task (CLASSIFICATION_METRICS / REGRESSION_METRICS). */
  metrics?: MetricName[];
  /** evaluate.latencySamples: batch-1 predictions timed. */
  latencySamples: number;
  /** evaluate.calibrationBins (ece); default 10. */
  calibrationBins?: number;
  /** Classification: receives the test split's labels and predicted probabilities (the CBPE calibration). */
  onTestProbabilities?: (yTrue: ArrayLike<number>, probabilities: Float32Array[]) => void;
  backend: string;
  modelName: string;
  key?: string;
  /** Tabular models: permutation importance of these feature groups on the test split (importance.ts). */
  importance?: ImportanceOptions;
}

const PREDICT_BATCH = 1024;

export async function evaluateModel(opts: EvaluateOptions): Promise<MetricsFile> {
  const { model, data, task } = opts;
  const wanted = wantedMetrics(opts);
  const tabular = isPrepared(data);
  const testRows = tabular ? data.test.x.length : count(data.test);
  if (testRows === 0) {
    throw new ModelopsError(
      `model ${opts.modelName} has no test rows to evaluate on; set split.test above 0 or give data.test`,
    );
  }
  const yTrue = tabular ? data.test.y : Array.from(data.test.y);

  const { values, width } = tabular ? await predictAll(model, data.test.x) : predictArrays(model, data.test);
  const metrics: MetricsFile["metrics"] = {};
  const extra: Pick<MetricsFile, "perClass" | "confusionMatrix" | "importance"> = {};
  const has = (m: MetricName) => wanted.includes(m);
  if (task === "classification") {
    Object.assign(extra, classificationMetrics(opts, has, metrics, yTrue, values, width, testRows));
  } else {
    const predicted = Array.from(values);
    if (has("mae")) metrics.mae = mae(yTrue, predicted);
    if (has("rmse")) metrics.rmse = rmse(yTrue, predicted);
    if (has("r2")) metrics.r2 = r2(yTrue, predicted);
  }
  await costMetrics(opts, has, metrics);
  if (tabular && opts.importance) {
    const width = data.test.x[0]!.length;
    extra.importance = await permutationImportance(
      predictWith(model, width),
      data.test.x,
      yTrue,
      task,
      opts.importance,
    );
  }

  const rowsOf = (split: SplitData | TrainArrays) =>
    Array.isArray((split as SplitData).x) ? (split as SplitData).x.length : count(split as TrainArrays);
  return {
    schema: "modelops/metrics@1",
    model: opts.modelName,
    task,
    ...(opts.key !== undefined ? { key: opts.key } : {}),
    backend: opts.backend,
    // In the order the user listed them (or the task's default order).
    metrics: Object.fromEntries(wanted.filter((m) => m in metrics).map((m) => [m, metrics[m]])),
    rows: { train: rowsOf(data.train), validation: rowsOf(data.validation), test: testRows },
    ...extra,
    createdAt: new Date().toISOString(),
  };
}

/** The metrics asked for (default: all of the task's); one that belongs to the other task is an error. */
function wantedMetrics(opts: EvaluateOptions): MetricName[] {
  const { task } = opts;
  const wanted = opts.metrics ?? (task === "classification" ? CLASSIFICATION_METRICS : REGRESSION_METRICS);
  const allowed = task === "classification" ? CLASSIFICATION_METRICS : REGRESSION_METRICS;
  const foreign = wanted.filter((m) => !allowed.includes(m));
  if (foreign.length > 0) {
    throw new ModelopsError(
      `metric ${foreign.join(", ")} does not apply to a ${task} model (models.${opts.modelName}.evaluate.metrics); use ${allowed.join(", ")}`,
    );
  }
  return wanted;
}

/** Classification quality into `metrics`; answers the per-class report and the confusion matrix. */
function classificationMetrics(
  opts: EvaluateOptions,
  has: (m: MetricName) => boolean,
  metrics: MetricsFile["metrics"],
  yTrue: number[],
  values: Float32Array,
  width: number,
  testRows: number,
): Pick<MetricsFile, "perClass" | "confusionMatrix"> {
  if (opts.classes !== undefined && opts.classes.length !== width) {
    throw new ModelopsError(
      `model ${opts.modelName} predicts ${width} classes but its preprocessing lists ${opts.classes.length}; train the model again`,
    );
  }
  const probabilities = Array.from({ length: testRows }, (_, i) =>
    values.subarray(i * width, (i + 1) * width),
  );
  opts.onTestProbabilities?.(yTrue, probabilities);
  const predicted = probabilities.map(argmax);
  const labels = opts.classes ?? Array.from({ length: width }, (_, k) => String(k));
  const report = perClassReport(yTrue, predicted, labels);
  if (has("accuracy")) metrics.accuracy = accuracy(yTrue, predicted);
  if (has("f1_macro")) metrics.f1_macro = f1Macro(yTrue, predicted);
  if (has("precision_macro")) metrics.precision_macro = macroOf(report, predicted, "precision");
  if (has("recall_macro")) metrics.recall_macro = macroOf(report, predicted, "recall");
  if (has("roc_auc_ovr")) metrics.roc_auc_ovr = rocAucOvr(yTrue, probabilities, width);
  if (has("log_loss")) metrics.log_loss = logLoss(yTrue, probabilities);
  if (has("ece")) metrics.ece = expectedCalibrationError(yTrue, probabilities, opts.calibrationBins ?? 10);
  return { perClass: report, confusionMatrix: confusionMatrix(yTrue, predicted, labels) };
}

/** What the model costs to run: batch-1 latency and size on disk, when asked for. */
async function costMetrics(
  opts: EvaluateOptions,
  has: (m: MetricName) => boolean,
  metrics: MetricsFile["metrics"],
): Promise<void> {
  const { model, data } = opts;
  if (has("latency_p50_ms") || has("latency_p95_ms")) {
    const rows = isPrepared(data) ? data.test.x : sampleRows(data.test, 50);
    const latency = await measureLatency(model, rows[0]!.length, opts.latencySamples, rows, opts.modelDir);
    if (has("latency_p50_ms")) metrics.latency_p50_ms = latency.p50;
    if (has("latency_p95_ms")) metrics.latency_p95_ms = latency.p95;
  }
  if (has("size_mb")) metrics.size_mb = await modelSizeMb(opts.modelDir);
}

/** Model outputs for every row, flat (row-major), with the output width. */
async function predictAll(
  model: tf.LayersModel,
  x: number[][],
): Promise<{ values: Float32Array; width: number }> {
  const input = tf.tensor2d(x, undefined, "float32");
  const output = model.predict(input, { batchSize: PREDICT_BATCH }) as tf.Tensor;
  try {
    return { values: (await output.data()) as Float32Array, width: output.shape[1] ?? 1 };
  } finally {
    tf.dispose([input, output]);
  }
}

const isPrepared = (d: PreparedData | ArrayData): d is PreparedData => Array.isArray((d.test as SplitData).x);

/** Model outputs for every sample of a flat split, in batches. */
function predictArrays(model: tf.LayersModel, split: TrainArrays): { values: Float32Array; width: number } {
  const n = count(split);
  let out: Float32Array | undefined;
  let width = 1;
  for (let from = 0; from < n; from += PREDICT_BATCH) {
    const indices = Array.from({ length: Math.min(PREDICT_BATCH, n - from) }, (_, i) => from + i);
    tf.tidy(() => {
      const y = model.predict(batchInputs(split, indices)) as tf.Tensor;
      width = y.shape[1] ?? 1;
      out ??= new Float32Array(n * width);
      out.set(y.dataSync() as Float32Array, from * width);
    });
  }
  return { values: out ?? new Float32Array(0), width };
}

/** The first `k` samples of a flat split as rows of model inputs (for the latency measurement). */
function sampleRows(split: TrainArrays, k: number): number[][] {
  const size = sampleSize(split);
  const scale = split.scale ?? 1;
  return Array.from({ length: Math.min(k, count(split)) }, (_, i) =>
    Array.from(split.x.subarray(i * size, (i + 1) * size), (v) => v * scale),
  );
}
