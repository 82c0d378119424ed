// The pipeline stages for tabular models (CSV, JSON Lines, Parquet), called by run.ts: prepared rows in
// data/*.json, a model built from the config, history.json and metrics.json in the run folder.
import { cp, rm } from "node:fs/promises";
import { join } from "node:path";
import { preprocess, readPrepared, transformWidth, writePrepared } from "../data/index.ts";
import type { PreprocessResult } from "../data/types.ts";
import { evaluateModel } from "../evaluate/evaluate.ts";
import type { MetricsFile } from "../evaluate/types.ts";
import { checkRows, exportOnnx } from "../onnx/index.ts";
import { initBackend } from "../train/backend.ts";
import { fit } from "../train/fit.ts";
import { loadModel, saveModel } from "../train/model-io.ts";
import { buildModel } from "../train/models/index.ts";
import {
  type Log,
  type ModelRef,
  preparedIsCurrent,
  recordPreprocessKey,
  type TrainOutcome,
  type TrainProgress,
  writeJson,
  writeMetrics,
} from "./stages.ts";

export async function runTabularPreprocess(ref: ModelRef, outDir: string): Promise<PreprocessResult> {
  const result = await preprocess({ configDir: ref.configDir, model: ref.config });
  await writePrepared(outDir, result);
  await recordPreprocessKey(ref, outDir);
  return result;
}

/** The prepared data in outDir when it was made from the current inputs; otherwise preprocess again. */
async function currentPrepared(ref: ModelRef, outDir: string): Promise<PreprocessResult> {
  if (await preparedIsCurrent(ref, outDir)) return readPrepared(outDir);
  return runTabularPreprocess(ref, outDir);
}

/** Trains on the preprocessed data in outDir (preprocessing first when it is missing or stale). */
export async function runTabularTrain(
  ref: ModelRef,
  outDir: string,
  opts: { log?: Log } & TrainProgress,
): Promise<TrainOutcome> {
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

export async function runTabularEvaluate(ref: ModelRef, outDir: string, key?: string): Promise<MetricsFile> {
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
    await writeMetrics(outDir, metrics);
    return metrics;
  } finally {
    model.dispose();
  }
}
