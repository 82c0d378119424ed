// `modelops tune`: hyperparameter trials (each runnable alone) and their reducer, and the k-fold
// cross-validation that `modelops run` adds to metrics.json when tune.crossValidation is set. The data is
// prepared once in the run folder, as for `modelops run`; each trial and each fold trains a fresh model on it.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { MetricName, ModelConfig } from "../config/schema.ts";
import { CLASSIFICATION_METRICS, REGRESSION_METRICS } from "../config/schema.ts";
import { isImageModel } from "../data/images/dataset.ts";
import { transformWidth } from "../data/index.ts";
import type { TrainArrays } from "../data/types.ts";
import { ModelopsError } from "../errors.ts";
import { evaluateModel } from "../evaluate/evaluate.ts";
import { makeDirs } from "../make-dirs.ts";
import { count, fromSplit, subset } from "../train/arrays.ts";
import { initBackend } from "../train/backend.ts";
import { fit } from "../train/fit.ts";
import { buildNetwork } from "../train/models/index.ts";
import {
  asSearchTrial,
  expandTrials,
  kFolds,
  objectiveOf,
  parseTrialRecord,
  reduceTrials,
  summarise,
  TRIAL_SCHEMA,
  type TrialResult,
  type TuneSummary,
  trialConfig,
} from "../train/tune.ts";
import { currentImages } from "./image-run.ts";
import type { Log, ModelRef } from "./stages.ts";
import { runTabularPreprocess } from "./tabular-run.ts";

interface Splits {
  train: TrainArrays;
  validation: TrainArrays;
  test: TrainArrays;
  numClasses?: number;
  classes?: string[];
  sampleShape?: number[];
}

/** The prepared splits as arrays (tabular rows are converted; images are already). */
async function splitsOf(ref: ModelRef, outDir: string): Promise<Splits> {
  if (isImageModel(ref.config)) {
    const { data } = await currentImages(ref, outDir);
    return { ...data, numClasses: data.classes.length, sampleShape: data.shape };
  }
  const prepared = await runTabularPreprocess(ref, outDir);
  const width = transformWidth(prepared.transform);
  const classes = prepared.transform.target.classes;
  return {
    train: fromSplit(prepared.data.train, width),
    validation: fromSplit(prepared.data.validation, width),
    test: fromSplit(prepared.data.test, width),
    ...(classes ? { numClasses: classes.length, classes } : {}),
  };
}

/** Quality metrics only: latency and size say nothing about a fold or a trial. */
function qualityMetrics(config: ModelConfig): MetricName[] {
  const all =
    config.evaluate.metrics ??
    (config.task === "classification" ? CLASSIFICATION_METRICS : REGRESSION_METRICS);
  return all.filter((m) => !m.startsWith("latency") && m !== "size_mb");
}

const empty = (like: TrainArrays): TrainArrays => ({
  ...like,
  x: like.x.subarray(0, 0),
  y: new Float32Array(0),
});

/** Trains a fresh model of `config` on `train` (early stopping on `validation` when it has rows), scores it on `score`. */
async function trainAndScore(
  name: string,
  config: ModelConfig,
  splits: Splits,
  train: TrainArrays,
  validation: TrainArrays,
  score: TrainArrays,
  metrics: MetricName[],
): Promise<Record<string, number>> {
  const backend = await initBackend(config.train.backend);
  const model = buildNetwork({
    spec: config.model,
    inputWidth: train.inputShape[0]!,
    ...(splits.sampleShape ? { sampleShape: splits.sampleShape } : {}),
    task: config.task,
    ...(splits.numClasses !== undefined ? { numClasses: splits.numClasses } : {}),
    seed: config.train.seed,
  });
  try {
    await fit({
      model,
      data: { train, validation },
      task: config.task,
      ...(splits.numClasses !== undefined ? { numClasses: splits.numClasses } : {}),
      ...(splits.classes ? { classes: splits.classes } : {}),
      train: config.train,
      onDiverged: "stop", // a diverged trial scores badly; it does not end the search
    });
    const file = await evaluateModel({
      model,
      data: { train, validation, test: score },
      task: config.task,
      ...(splits.classes ? { classes: splits.classes } : {}),
      modelDir: "",
      metrics,
      latencySamples: 10,
      calibrationBins: config.evaluate.calibrationBins,
      backend: backend.name,
      modelName: name,
    });
    return file.metrics as Record<string, number>;
  } finally {
    model.dispose();
  }
}

/** k-fold cross-validation over the training and validation rows: each metric's mean and std over the folds. */
async function crossValidateSplits(
  name: string,
  config: ModelConfig,
  splits: Splits,
  log?: Log,
): Promise<{ folds: number; mean: Record<string, number>; std: Record<string, number> }> {
  const k = config.tune?.crossValidation?.folds ?? 5;
  const pooled = concat(splits.train, splits.validation);
  const folds = kFolds(
    pooled.y,
    k,
    config.split.seed,
    config.task === "classification" && config.split.stratify,
  );
  const results: Array<Record<string, number>> = [];
  for (const [i, fold] of folds.entries()) {
    const held = new Set(fold);
    const rest = Array.from({ length: count(pooled) }, (_, j) => j).filter((j) => !held.has(j));
    const train = subset(pooled, rest);
    const metrics = await trainAndScore(
      name,
      config,
      splits,
      train,
      empty(train),
      subset(pooled, fold),
      qualityMetrics(config),
    );
    log?.(
      `cross-validation fold ${i + 1}/${k}: ${Object.entries(metrics)
        .map(([m, v]) => `${m} ${Number(v.toPrecision(4))}`)
        .join(", ")}`,
    );
    results.push(metrics);
  }
  return { folds: k, ...summarise(results) };
}

/** Cross-validation of the model in `ref` (tune.crossValidation), for metrics.json. */
export async function crossValidate(ref: ModelRef, outDir: string, log?: Log) {
  return crossValidateSplits(ref.name, ref.config, await splitsOf(ref, outDir), log);
}

function concat(a: TrainArrays, b: TrainArrays): TrainArrays {
  const x = new (a.x.constructor as new (n: number) => Float32Array | Uint8Array)(a.x.length + b.x.length);
  x.set(a.x);
  x.set(b.x, a.x.length);
  const y = new Float32Array(a.y.length + b.y.length);
  y.set(a.y);
  y.set(b.y, a.y.length);
  return { ...a, x, y };
}

function searchOf(ref: ModelRef) {
  const search = ref.config.tune?.search;
  if (!search) {
    throw new ModelopsError(
      `model ${ref.name} has no tune.search in modelops.yaml; add one (method, trials, space) to tune it`,
    );
  }
  return search;
}

/** The trials of the model's search (what an Actions matrix fans out). */
export function listTrials(ref: ModelRef) {
  return expandTrials(searchOf(ref));
}

const trialsDir = (outDir: string) => join(outDir, "trials");

/** Runs trial `n` (1-based) alone and writes trials/trial-<n>.json in the run folder. */
export async function runTrial(ref: ModelRef, outDir: string, n: number, log?: Log): Promise<TrialResult> {
  const trials = listTrials(ref);
  const trial = trials.find((t) => t.trial === n);
  if (!trial) {
    throw new ModelopsError(
      `trial ${n} does not exist: model ${ref.name}'s search has trials 1 to ${trials.length}; pick one of those`,
    );
  }
  const started = performance.now();
  const config = trialConfig(ref.config, trial.params);
  const metric = objectiveOf(ref.config);
  const splits = await splitsOf(ref, outDir);
  let metrics: Record<string, number>;
  let on: TrialResult["objective"]["on"];
  const wanted = [...new Set([...qualityMetrics(config), metric])];
  if (ref.config.tune?.crossValidation) {
    const cv = await crossValidateSplits(ref.name, { ...config, tune: ref.config.tune }, splits, log);
    metrics = cv.mean;
    on = "cross-validation";
  } else {
    if (count(splits.validation) === 0) {
      throw new ModelopsError(
        `trial ${n} needs validation rows to be scored; set split.validation above 0 or tune.crossValidation`,
      );
    }
    metrics = await trainAndScore(
      ref.name,
      config,
      splits,
      splits.train,
      splits.validation,
      splits.validation,
      wanted,
    );
    on = "validation";
  }
  const result: TrialResult = {
    schema: TRIAL_SCHEMA,
    model: ref.name,
    trial: n,
    params: trial.params,
    objective: { metric, value: metrics[metric] ?? Number.NaN, on },
    metrics,
    seconds: (performance.now() - started) / 1000,
  };
  await makeDirs(trialsDir(outDir));
  await writeFile(join(trialsDir(outDir), `trial-${n}.json`), `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

/** Reads every trial-*.json of the run folder (those of other runners copied in too), picks the best, writes tune.json. */
export async function reduceSearch(ref: ModelRef, outDir: string): Promise<TuneSummary> {
  const expected = listTrials(ref).map((t) => t.trial);
  const names = await readdir(trialsDir(outDir)).catch(() => [] as string[]);
  const results: TrialResult[] = [];
  for (const name of names.filter((f) => /^trial-\d+\.json$/.test(f)).sort()) {
    const file = join(trialsDir(outDir), name);
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, "utf8"));
    } catch {
      throw new ModelopsError(`${file}: not valid JSON; run that trial again`);
    }
    const record = parseTrialRecord(json);
    const parsed = record && record.model === ref.name ? asSearchTrial(record) : undefined;
    if (!parsed) {
      throw new ModelopsError(`${file}: not a trial of model ${ref.name}; remove it or run that trial again`);
    }
    results.push(parsed);
  }
  const summary = reduceTrials(ref.name, results, expected);
  await writeFile(join(outDir, "tune.json"), `${JSON.stringify(summary, null, 2)}\n`);
  return summary;
}
