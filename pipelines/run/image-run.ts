// The pipeline stages for image models (data.train.format idx or images), called by run.ts: the same stages
// and run-folder files as tabular models, with the splits kept as raw bytes (pipelines/data/images).
import {
  type ImagePrepared,
  prepareImages,
  readImagePrepared,
  writeImagePrepared,
} from "../data/images/index.ts";
import type { MetricsFile } from "../evaluate/types.ts";
import { initBackend } from "../train/backend.ts";
import { fit } from "../train/fit.ts";
import type { TrainingHistory } from "../train/history.ts";
import { buildNetwork } from "../train/models/index.ts";
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
    await writeTrained(model, outDir, history, data.test, opts.log);
    return { history, backend: backend.name };
  } finally {
    model.dispose();
  }
}

export async function runImageEvaluate(ref: ModelRef, outDir: string, key?: string): Promise<MetricsFile> {
  const prepared = await readImagePrepared(outDir, ref.name);
  return evaluateRun(ref, outDir, prepared.data, prepared.data.classes, key);
}
