// What every pipeline stage shares, tabular or image: the model reference, progress callbacks, the run
// folder's file helpers and report.md. The stage modules (tabular-run.ts, image-run.ts, tune-run.ts) and the
// dispatcher (run.ts) import this; it imports none of them, so the arrows point one way.
import { cp, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ModelConfig } from "../config/schema.ts";
import { sha256File } from "../data/digest.ts";
import { imageDigests, isImageModel } from "../data/images/dataset.ts";
import { repoPath } from "../data/repo-path.ts";
import type { SplitData, TrainArrays } from "../data/types.ts";
import { ModelopsError } from "../errors.ts";
import { type CalibrationFile, testCalibration, writeCalibration } from "../evaluate/calibration.ts";
import { evaluateModel } from "../evaluate/evaluate.ts";
import type { ImportanceOptions } from "../evaluate/importance.ts";
import { renderMetricsReport } from "../evaluate/metrics-report.ts";
import type { MetricsFile } from "../evaluate/types.ts";
import { checkRows, exportOnnx } from "../onnx/index.ts";
import { canonicalJson, sha256Hex } from "../registry/key.ts";
import { initBackend } from "../train/backend.ts";
import type { TrainingHistory } from "../train/history.ts";
import { loadModel, saveModel } from "../train/model-io.ts";
import type * as tf from "../train/tf.ts";

export interface ModelRef {
  /** Absolute directory of modelops.yaml: data paths are relative to it. */
  configDir: string;
  name: string;
  config: ModelConfig;
}

export type Log = (line: string) => void;

/** Progress callbacks of a training run: after each epoch, and every few batches (a TTY progress bar). */
export interface TrainProgress {
  onEpoch?: (epoch: number, epochs: number, loss: number) => void;
  onBatch?: (e: { epoch: number; epochs: number; batch: number; batches: number; loss: number }) => void;
}

export interface TrainOutcome {
  history: TrainingHistory;
  backend: string;
}

/** Where the preprocess stage records the key of the inputs it prepared from. */
const PREPROCESS_KEY_FILE = join("data", "inputs.sha256");

/**
 * What the prepared data depends on, tabular or image: the data bytes and the data/preprocess/split config.
 * Stored beside the prepared data so that `train` after an edit of modelops.yaml never fits on stale splits.
 */
async function preprocessKey(ref: ModelRef): Promise<string> {
  const { data, preprocess: steps, split } = ref.config;
  return sha256Hex(canonicalJson({ data, steps, split, digests: await dataDigests(ref) }));
}

/** Records that the prepared data in outDir was made from the current inputs (after a preprocess). */
export async function recordPreprocessKey(ref: ModelRef, outDir: string): Promise<void> {
  await writeFile(join(outDir, PREPROCESS_KEY_FILE), `${await preprocessKey(ref)}\n`);
}

/** True when the prepared data in outDir was made from the current inputs (otherwise preprocess again). */
export async function preparedIsCurrent(ref: ModelRef, outDir: string): Promise<boolean> {
  const stored = await readFile(join(outDir, PREPROCESS_KEY_FILE), "utf8").catch(() => "");
  return stored.trim() === (await preprocessKey(ref));
}

/** sha256 of each data file the model reads, by the path written in modelops.yaml. */
export async function dataDigests(ref: ModelRef): Promise<Record<string, string>> {
  if (isImageModel(ref.config)) return imageDigests(ref.configDir, ref.config);
  const sources = [ref.config.data.train, ref.config.data.test].filter((s) => s !== undefined);
  const digests: Record<string, string> = {};
  for (const source of sources) {
    const file = await repoPath(ref.configDir, source.path, "file");
    digests[source.path] = await sha256File(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") {
        throw new ModelopsError(
          `${source.path}: data file not found (models.${ref.name}.data); commit it or fix the path in modelops.yaml`,
        );
      }
      throw error;
    });
  }
  return digests;
}

/**
 * The trained model's files in the run folder: model/ (tfjs, model.onnx when exportable, checked on the
 * first test rows, and the preprocessing.json the server applies) and history.json.
 */
export async function writeTrained(
  model: tf.LayersModel,
  outDir: string,
  history: TrainingHistory,
  test: SplitData | TrainArrays,
  log?: Log,
): Promise<void> {
  const modelDir = join(outDir, "model");
  await rm(modelDir, { recursive: true, force: true });
  await saveModel(model, modelDir);
  await exportOnnx(model, modelDir, checkRows(test), log);
  await cp(join(outDir, "preprocessing.json"), join(modelDir, "preprocessing.json"));
  await writeJson(join(outDir, "history.json"), history);
}

/** Evaluates the trained model in outDir on the prepared splits, then writes metrics.json and report.md. */
export async function evaluateRun(
  ref: ModelRef,
  outDir: string,
  data: Parameters<typeof evaluateModel>[0]["data"],
  classes: string[] | undefined,
  key?: string,
  importance?: ImportanceOptions,
): Promise<MetricsFile> {
  const backend = await initBackend(ref.config.train.backend);
  const modelDir = join(outDir, "model");
  const model = await loadModel(modelDir);
  try {
    let calibration: CalibrationFile | undefined;
    const metrics = await evaluateModel({
      onTestProbabilities: (y, p) => {
        calibration = testCalibration(y, p);
      },
      model,
      data,
      task: ref.config.task,
      classes,
      modelDir,
      metrics: ref.config.evaluate.metrics,
      latencySamples: ref.config.evaluate.latencySamples,
      calibrationBins: ref.config.evaluate.calibrationBins,
      backend: backend.name,
      modelName: ref.name,
      key,
      ...(importance && { importance }),
    });
    await writeMetrics(outDir, metrics);
    if (calibration) await writeCalibration(modelDir, calibration);
    return metrics;
  } finally {
    model.dispose();
  }
}

/** metrics.json and the report.md beside it: the one writer of both. */
export async function writeMetrics(outDir: string, metrics: MetricsFile): Promise<void> {
  await writeJson(join(outDir, "metrics.json"), metrics);
  await writeReport(outDir, metrics);
}

/** report.md beside metrics.json: metrics, per-class table, confusion matrix, cross-validation, training. */
async function writeReport(outDir: string, metrics: MetricsFile): Promise<void> {
  const history = await readJson<TrainingHistory>(join(outDir, "history.json")).catch(() => undefined);
  await writeFile(join(outDir, "report.md"), renderMetricsReport(metrics, history));
}

export async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, "utf8")) as T;
}

export async function writeJson(file: string, value: unknown): Promise<void> {
  await writeFile(file, `${JSON.stringify(value, null, 2)}\n`);
}
