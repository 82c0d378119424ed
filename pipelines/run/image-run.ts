// The pipeline stages for image models (data.train.format idx or images), called by run.ts: the same stages
// and run-folder files as tabular models, with the splits kept as raw bytes (pipelines/data/images).
import { cp, rm } from "node:fs/promises";
import { join } from "node:path";
import {
  type ImagePrepared,
  prepareImages,
  readImagePrepared,
  writeImagePrepared,
} from "../data/images/index.ts";
import { evaluateModel } from "../evaluate/evaluate.ts";
import type { MetricsFile, TrainingHistory } from "../evaluate/types.ts";
import { checkRows, exportOnnx } from "../onnx/index.ts";
import { initBackend } from "../train/backend.ts";
import { fit } from "../train/fit.ts";
import { loadModel, saveModel } from "../train/model-io.ts";
import { buildNetwork } from "../train/models/index.ts";
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

export async function runImagePreprocess(ref: ModelRef, outDir: string): Promise<ImagePrepared> {
  const prepared = await prepareImages(ref.configDir, ref.config);
  await writeImagePrepared(outDir, prepared);
  await recordPreprocessKey(ref, outDir);
  return prepared;
}

export async function currentImages(ref: ModelRef, outDir: string): Promise<ImagePrepared> {
  if (await preparedIsCurrent(ref, outDir)) return readImagePrepared(outDir, ref.name);
  return runImagePreprocess(ref, outDir);
}

export async function runImageTrain(
  ref: ModelRef,
  outDir: string,
  opts: { log?: Log } & TrainProgress = {},
): Promise<TrainOutcome> {
  const prepared = await currentImages(ref, outDir);
  const backend = await initBackend(ref.config.train.backend);
  opts.log?.(`backend: ${backend.name} (${backend.reason})`);
  const { data } = prepared;
  const numClasses = data.classes.length;
  const model = buildNetwork({
    spec: ref.config.model,
    inputWidth: data.train.inputShape[0]!,
    sampleShape: data.shape,
    task: ref.config.task,
    numClasses,
    seed: ref.config.train.seed,
  });
  try {
    const history: TrainingHistory = await fit({
      model,
      data: { train: data.train, validation: data.validation },
      task: ref.config.task,
      numClasses,
      classes: data.classes,
      train: ref.config.train,
      ...(opts.log ? { log: opts.log } : {}),
      onEpoch: (e) => opts.onEpoch?.(e.epoch, e.epochs, Number(e.logs.loss)),
      ...(opts.onBatch ? { onBatch: opts.onBatch } : {}),
    });
    const modelDir = join(outDir, "model");
    await rm(modelDir, { recursive: true, force: true });
    await saveModel(model, modelDir);
    await exportOnnx(model, modelDir, checkRows(data.test), opts.log);
    await cp(join(outDir, "preprocessing.json"), join(modelDir, "preprocessing.json"));
    await writeJson(join(outDir, "history.json"), history);
    return { history, backend: backend.name };
  } finally {
    model.dispose();
  }
}

export async function runImageEvaluate(ref: ModelRef, outDir: string, key?: string): Promise<MetricsFile> {
  const prepared = await readImagePrepared(outDir, ref.name);
  const backend = await initBackend(ref.config.train.backend);
  const modelDir = join(outDir, "model");
  const model = await loadModel(modelDir);
  try {
    const metrics = await evaluateModel({
      model,
      data: prepared.data,
      task: ref.config.task,
      classes: prepared.data.classes,
      modelDir,
      ...(ref.config.evaluate.metrics ? { metrics: ref.config.evaluate.metrics } : {}),
      latencySamples: ref.config.evaluate.latencySamples,
      calibrationBins: ref.config.evaluate.calibrationBins,
      backend: backend.name,
      modelName: ref.name,
      ...(key !== undefined ? { key } : {}),
    });
    await writeMetrics(outDir, metrics);
    return metrics;
  } finally {
    model.dispose();
  }
}
