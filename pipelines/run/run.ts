// The pipeline every entry point shares: preprocess -> train -> evaluate, keyed by the inputs so that
// a run whose inputs are already known is served from the store instead of being trained again. This file
// dispatches each stage to tabular-run.ts or image-run.ts; what they share is in stages.ts.
import { cp, mkdir, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { isImageModel } from "../data/images/dataset.ts";
import type { PreprocessResult } from "../data/types.ts";
import type { MetricsFile } from "../evaluate/types.ts";
import { makeDirs } from "../make-dirs.ts";
import { inputKey, type Registry } from "../registry/index.ts";
import { PARAMS_FILE, paramsFile } from "../runs/params.ts";
import { batchProgress } from "../train/progress.ts";
import { MODELOPS_VERSION } from "../version.ts";
import { runImageEvaluate, runImagePreprocess, runImageTrain } from "./image-run.ts";
import {
  dataDigests,
  type Log,
  type ModelRef,
  readJson,
  type TrainOutcome,
  type TrainProgress,
  writeJson,
  writeMetrics,
} from "./stages.ts";
import { runTabularEvaluate, runTabularPreprocess, runTabularTrain } from "./tabular-run.ts";

// Re-exported: the entry points (cli, actions, gitops, demo) import the pipeline from this one module.
export type { Log, ModelRef, TrainOutcome, TrainProgress } from "./stages.ts";
export { readJson } from "./stages.ts";

/** The files of a run folder that make up its artifact (what the store keeps and serving needs). */
export const ARTIFACT_FILES = ["model", "metrics.json", "history.json", "profile.json", "key"] as const;

export async function modelKey(ref: ModelRef): Promise<string> {
  return inputKey({
    model: ref.name,
    config: ref.config,
    dataDigests: await dataDigests(ref),
    modelopsVersion: MODELOPS_VERSION,
    seed: ref.config.train.seed,
  });
}

export async function runPreprocess(ref: ModelRef, outDir: string): Promise<PreprocessResult> {
  if (isImageModel(ref.config)) {
    // Image splits are raw bytes, not PreparedData rows; callers read the profile, which both have.
    return (await runImagePreprocess(ref, outDir)) as unknown as PreprocessResult;
  }
  return runTabularPreprocess(ref, outDir);
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
  return runTabularTrain(ref, outDir, opts);
}

export async function runEvaluate(ref: ModelRef, outDir: string, key?: string): Promise<MetricsFile> {
  if (isImageModel(ref.config)) return runImageEvaluate(ref, outDir, key);
  return runTabularEvaluate(ref, outDir, key);
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
  await makeDirs(outDir);
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
    await writeMetrics(outDir, metrics);
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
  await makeDirs(outDir);
  for (const name of ARTIFACT_FILES) {
    await rm(join(outDir, name), { recursive: true, force: true });
    await cp(join(artifactDir, name), join(outDir, name), { recursive: true });
  }
}

const elapsed = (since: number) => Math.round((performance.now() - since) / 10) / 100;
