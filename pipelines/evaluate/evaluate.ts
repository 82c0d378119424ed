// metrics.json of a trained model: quality on the held-out test split, batch-1 latency and size on disk.
import {
  CLASSIFICATION_METRICS,
  type MetricName,
  type ModelConfig,
  REGRESSION_METRICS,
} from "../config/schema.ts";
import type { PreparedData } from "../data/types.ts";
import { ModelopsError } from "../errors.ts";
import * as tf from "../train/tf.ts";
import { measureLatency, modelSizeMb } from "./latency.ts";
import { accuracy, argmax, f1Macro, logLoss, mae, r2, rmse } from "./metrics.ts";
import type { MetricsFile } from "./types.ts";

export interface EvaluateOptions {
  model: tf.LayersModel;
  data: PreparedData;
  task: ModelConfig["task"];
  /** Class labels (preprocessing.json target.classes); checked against the model's output width. */
  classes?: string[];
  /** Folder holding the saved model, for size_mb. */
  modelDir: string;
  /** evaluate.metrics; default: every metric of the task (CLASSIFICATION_METRICS / REGRESSION_METRICS). */
  metrics?: MetricName[];
  /** evaluate.latencySamples: batch-1 predictions timed. */
  latencySamples: number;
  backend: string;
  modelName: string;
  key?: string;
}

const PREDICT_BATCH = 1024;

export async function evaluateModel(opts: EvaluateOptions): Promise<MetricsFile> {
  const { model, data, task } = opts;
  const wanted = opts.metrics ?? (task === "classification" ? CLASSIFICATION_METRICS : REGRESSION_METRICS);
  const allowed = task === "classification" ? CLASSIFICATION_METRICS : REGRESSION_METRICS;
  const foreign = wanted.filter((m) => !allowed.includes(m));
  if (foreign.length > 0) {
    throw new ModelopsError(
      `metric ${foreign.join(", ")} does not apply to a ${task} model (models.${opts.modelName}.evaluate.metrics); use ${allowed.join(", ")}`,
    );
  }
  const test = data.test;
  if (test.x.length === 0) {
    throw new ModelopsError(
      `model ${opts.modelName} has no test rows to evaluate on; set split.test above 0 or give data.test`,
    );
  }

  const { values, width } = await predictAll(model, test.x);
  const metrics: MetricsFile["metrics"] = {};
  const has = (m: MetricName) => wanted.includes(m);
  if (task === "classification") {
    if (opts.classes !== undefined && opts.classes.length !== width) {
      throw new ModelopsError(
        `model ${opts.modelName} predicts ${width} classes but its preprocessing lists ${opts.classes.length}; train the model again`,
      );
    }
    const probabilities = Array.from({ length: test.x.length }, (_, i) =>
      values.subarray(i * width, (i + 1) * width),
    );
    const predicted = probabilities.map(argmax);
    if (has("accuracy")) metrics.accuracy = accuracy(test.y, predicted);
    if (has("f1_macro")) metrics.f1_macro = f1Macro(test.y, predicted);
    if (has("log_loss")) metrics.log_loss = logLoss(test.y, probabilities);
  } else {
    const predicted = Array.from(values);
    if (has("mae")) metrics.mae = mae(test.y, predicted);
    if (has("rmse")) metrics.rmse = rmse(test.y, predicted);
    if (has("r2")) metrics.r2 = r2(test.y, predicted);
  }
  if (has("latency_p50_ms") || has("latency_p95_ms")) {
    const latency = await measureLatency(model, test.x[0]!.length, opts.latencySamples, test.x);
    if (has("latency_p50_ms")) metrics.latency_p50_ms = latency.p50;
    if (has("latency_p95_ms")) metrics.latency_p95_ms = latency.p95;
  }
  if (has("size_mb")) metrics.size_mb = await modelSizeMb(opts.modelDir);

  return {
    schema: "modelops/metrics@1",
    model: opts.modelName,
    task,
    ...(opts.key !== undefined ? { key: opts.key } : {}),
    backend: opts.backend,
    // In the order the user listed them (or the task's default order).
    metrics: Object.fromEntries(wanted.filter((m) => m in metrics).map((m) => [m, metrics[m]])),
    rows: { train: data.train.x.length, validation: data.validation.x.length, test: test.x.length },
    createdAt: new Date().toISOString(),
  };
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
