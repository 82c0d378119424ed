// The pipeline stages for tabular models (CSV, JSON Lines, Parquet), called by run.ts: prepared rows in
// data/*.json, a model built from the config, history.json and metrics.json in the run folder.
import { preprocess, readPrepared, transformWidth, writePrepared } from "../data/index.ts";
import type { PreprocessResult } from "../data/types.ts";
import { featureGroups } from "../evaluate/importance.ts";
import type { MetricsFile } from "../evaluate/types.ts";
import { initBackend } from "../train/backend.ts";
import { fit } from "../train/fit.ts";
import { buildModel } from "../train/models/index.ts";
import {
  evaluateRun,
  type Log,
  type ModelRef,
  preparedIsCurrent,
  recordPreprocessKey,
  type TrainOutcome,
  type TrainProgress,
  writeTrained,
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
    await writeTrained(model, outDir, history, prepared.data.test, opts.log);
    return { history, backend: backend.name };
  } finally {
    model.dispose();
  }
}

export async function runTabularEvaluate(ref: ModelRef, outDir: string, key?: string): Promise<MetricsFile> {
  const prepared = await readPrepared(outDir);
  const wanted = ref.config.evaluate.importance;
  const importance = wanted !== false && {
    groups: featureGroups(prepared.transform, transformWidth(prepared.transform)),
    seed: ref.config.train.seed,
    ...(wanted === true ? {} : wanted),
  };
  return evaluateRun(
    ref,
    outDir,
    prepared.data,
    prepared.transform.target.classes,
    key,
    importance || undefined,
  );
}
