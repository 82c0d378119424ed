// The pipeline every entry point shares: preprocess -> train -> evaluate, keyed by the inputs so that
// a run whose inputs are already known is served from the store instead of being trained again.
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { ModelConfig } from "../config/schema.ts";
import { sha256File } from "../data/digest.ts";
import { imageDigests, isImageModel } from "../data/images/dataset.ts";
import { preprocess, readPrepared, transformWidth, writePrepared } from "../data/index.ts";
import type { PreprocessResult } from "../data/types.ts";
import { ModelopsError } from "../errors.ts";
import { evaluateModel } from "../evaluate/evaluate.ts";
import { renderMetricsReport } from "../evaluate/metrics-report.ts";
import type { MetricsFile, TrainingHistory } from "../evaluate/types.ts";
import { checkRows, exportOnnx } from "../onnx/index.ts";
import { canonicalJson, inputKey, type Registry, sha256Hex } from "../registry/index.ts";
import { PARAMS_FILE, paramsFile } from "../runs/params.ts";
import { initBackend } from "../train/backend.ts";
import { fit } from "../train/fit.ts";
import { buildModel } from "../train/mlp.ts";
import { loadModel, saveModel } from "../train/model-io.ts";
import { batchProgress } from "../train/progress.ts";
import { MODELOPS_VERSION } from "../version.ts";
import { runImageEvaluate, runImagePreprocess, runImageTrain } from "./image-run.ts";

export interface ModelRef {
  /** Absolute directory of modelops.yaml: data paths are relative to it. */
  configDir: string;
  name: string;
  config: ModelConfig;
}

export type Log = (line: string) => void;

/** The files of a run folder that make up its artifact (what the store keeps and serving needs). */
export const ARTIFACT_FILES = ["model", "metrics.json", "history.json", "profile.json", "key"] as const;

/** sha256 of each data file the model reads, by the path written in modelops.yaml. */
export async function dataDigests(ref: ModelRef): Promise<Record<string, string>> {
  if (isImageModel(ref.config)) return imageDigests(ref.configDir, ref.config);
  const sources = [ref.config.data.train, ref.config.data.test].filter((s) => s !== undefined);
  const digests: Record<string, string> = {};
  for (const source of sources) {
    const file = resolve(ref.configDir, source.path);
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

export async function modelKey(ref: ModelRef): Promise<string> {
  return inputKey({
    model: ref.name,
    config: ref.config,
    dataDigests: await dataDigests(ref),
    modelopsVersion: MODELOPS_VERSION,
    seed: ref.config.train.seed,
  });
}

/**
 * What the preprocessed data depends on: the data bytes and the data/preprocess/split config. Stored beside
 * the prepared data so that `train` after an edit of modelops.yaml never fits on stale splits.
 */
async function preprocessKey(ref: ModelRef): Promise<string> {
  const { data, preprocess: steps, split } = ref.config;
  return sha256Hex(canonicalJson({ data, steps, split, digests: await dataDigests(ref) }));
}

const PREPROCESS_KEY_FILE = join("data", "inputs.sha256");

export async function runPreprocess(ref: ModelRef, outDir: string): Promise<PreprocessResult> {
  if (isImageModel(ref.config)) {
    // Image splits are raw bytes, not PreparedData rows; callers read the profile, which both have.
    return (await runImagePreprocess(ref, outDir)) as unknown as PreprocessResult;
  }
  const result = await preprocess({ configDir: ref.configDir, model: ref.config });
  await writePrepared(outDir, result);
  await writeFile(join(outDir, PREPROCESS_KEY_FILE), `${await preprocessKey(ref)}\n`);
  return result;
}

/** The prepared data in outDir when it was made from the current inputs; otherwise preprocess again. */
async function currentPrepared(ref: ModelRef, outDir: string): Promise<PreprocessResult> {
  const stored = await readFile(join(outDir, PREPROCESS_KEY_FILE), "utf8").catch(() => "");
  if (stored.trim() === (await preprocessKey(ref))) return readPrepared(outDir);
  return runPreprocess(ref, outDir);
}

/** Progress callbacks of a training run: after each epoch, and every few batches (a TTY progress bar). */
export interface TrainProgress {
  onEpoch?: (epoch: number, epochs: number, loss: number) => void;
  onBatch?: (e: { epoch: number; epochs: number; batch: number; batches: number; loss: number }) => void;
}

export interface TrainOutcome {
  history: TrainingHistory;
  backend: string;
}

/** Trains on the preprocessed data in outDir (preprocessing first when it is missing or stale). */
export async function runTrain(
  ref: ModelRef,
  outDir: string,
  opts: { log?: Log } & TrainProgress = {},
): Promise<TrainOutcome> {
  // No progress asked for (modelops run): a bar with loss and ETA when stderr is a terminal.
  if (!opts.onEpoch && !opts.onBatch) {
    const bar = batchProgress(ref.name);
    if (bar) opts = { ...opts, onBatch: bar };
  }
  if (isImageModel(ref.config)) return runImageTrain(ref, outDir, opts);
  const prepared = await currentPrepared(ref, outDir);
  const backend = await initBackend(ref.config.train.backend);
  opts.log?.(`backend: ${backend.name} (${backend.reason})`);
  const numClasses = prepared.transform.target.classes?.length;
  // Model inputs after encoding, selection and PCA (not the raw feature count).
  const inputDim = transformWidth(prepared.transform);
  const model = buildModel(ref.config.model, inputDim, ref.config.task, numClasses, ref.config.train.seed);
  try {
    const history = await fit({
      model,
      data: prepared.data,
      task: ref.config.task,
      numClasses,
      train: ref.config.train,
      classes: prepared.transform.target.classes,
      onEpoch: (e) => opts.onEpoch?.(e.epoch, e.epochs, Number(e.logs.loss)),
      ...(opts.onBatch ? { onBatch: opts.onBatch } : {}),
      ...(opts.log ? { log: opts.log } : {}),
    });
    const modelDir = join(outDir, "model");
    await rm(modelDir, { recursive: true, force: true });
    await saveModel(model, modelDir);
    await exportOnnx(model, modelDir, checkRows(prepared.data.test), opts.log);
    await cp(join(outDir, "preprocessing.json"), join(modelDir, "preprocessing.json"));
    await writeJson(join(outDir, "history.json"), history);
    return { history, backend: backend.name };
  } finally {
    model.dispose();
  }
}

export async function runEvaluate(ref: ModelRef, outDir: string, key?: string): Promise<MetricsFile> {
  if (isImageModel(ref.config)) return runImageEvaluate(ref, outDir, key);
  const prepared = await readPrepared(outDir);
  const backend = await initBackend(ref.config.train.backend);
  const modelDir = join(outDir, "model");
  const model = await loadModel(modelDir);
  try {
    const metrics = await evaluateModel({
      model,
      data: prepared.data,
      task: ref.config.task,
      classes: prepared.transform.target.classes,
      modelDir,
      metrics: ref.config.evaluate.metrics,
      latencySamples: ref.config.evaluate.latencySamples,
      calibrationBins: ref.config.evaluate.calibrationBins,
      backend: backend.name,
      modelName: ref.name,
      key,
    });
    await writeJson(join(outDir, "metrics.json"), metrics);
    await writeReport(outDir, metrics);
    return metrics;
  } finally {
    model.dispose();
  }
}

export interface RunResult {
  key: string;
  digest: string;
  /** True when the artifact came from the store: nothing was trained. */
  cached: boolean;
  metrics: MetricsFile;
  outDir: string;
  seconds: number;
}

/**
 * preprocess + train + evaluate into outDir, then store the artifact under its input key. When the key is
 * already in the store (same config, same data bytes, same modelops version, same seed), the stored
 * artifact is verified and copied to outDir instead: no retraining.
 */
export async function runModel(
  ref: ModelRef,
  opts: { outDir: string; registry: Registry; force?: boolean; log?: Log } & TrainProgress,
): Promise<RunResult> {
  const started = performance.now();
  const outDir = resolve(opts.outDir);
  const key = await modelKey(ref);
  const known = opts.force ? undefined : await opts.registry.lookupKey(key);
  if (known) {
    await opts.registry.verifyArtifact(known.digest);
    await restoreArtifact(opts.registry.artifactDir(known.digest), outDir);
    const metrics = await readJson<MetricsFile>(join(outDir, "metrics.json"));
    return { key, digest: known.digest, cached: true, metrics, outDir, seconds: elapsed(started) };
  }
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, "key"), `${key}\n`);
  await runPreprocess(ref, outDir);
  await runTrain(ref, outDir, {
    ...(opts.log ? { log: opts.log } : {}),
    ...(opts.onEpoch ? { onEpoch: opts.onEpoch } : {}),
    ...(opts.onBatch ? { onBatch: opts.onBatch } : {}),
  });
  const metrics = await runEvaluate(ref, outDir, key);
  if (ref.config.tune?.crossValidation) {
    const { crossValidate } = await import("./tune-run.ts");
    metrics.crossValidation = await crossValidate(ref, outDir, opts.log);
    await writeJson(join(outDir, "metrics.json"), metrics);
    await writeReport(outDir, metrics);
  }
  const staging = join(outDir, ".artifact");
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging);
  for (const name of ARTIFACT_FILES) await cp(join(outDir, name), join(staging, name), { recursive: true });
  // The params the run was made with, so stored runs can be listed and compared (modelops runs, the UI).
  await writeJson(join(staging, PARAMS_FILE), paramsFile(ref.name, ref.config));
  const { digest } = await opts.registry.putArtifact(staging);
  await rm(staging, { recursive: true, force: true });
  await opts.registry.recordKey(key, digest, ref.name);
  return { key, digest, cached: false, metrics, outDir, seconds: elapsed(started) };
}

async function restoreArtifact(artifactDir: string, outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  for (const name of ARTIFACT_FILES) {
    await rm(join(outDir, name), { recursive: true, force: true });
    await cp(join(artifactDir, name), join(outDir, name), { recursive: true });
  }
}

/** report.md beside metrics.json: metrics, per-class table, confusion matrix, cross-validation, training. */
export async function writeReport(outDir: string, metrics: MetricsFile): Promise<void> {
  const history = await readJson<TrainingHistory>(join(outDir, "history.json")).catch(() => undefined);
  await writeFile(join(outDir, "report.md"), renderMetricsReport(metrics, history));
}

export async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, "utf8")) as T;
}

async function writeJson(file: string, value: unknown): Promise<void> {
  await writeFile(file, `${JSON.stringify(value, null, 2)}\n`);
}

const elapsed = (since: number) => Math.round((performance.now() - since) / 10) / 100;
