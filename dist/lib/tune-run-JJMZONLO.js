import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  TRIAL_SCHEMA,
  asSearchTrial,
  expandTrials,
  kFolds,
  objectiveOf,
  parseTrialRecord,
  reduceTrials,
  summarise,
  trialConfig
} from "./chunk-RV3B3XUR.js";
import {
  CLASSIFICATION_METRICS,
  REGRESSION_METRICS,
  buildNetwork,
  currentImages,
  evaluateModel,
  fit,
  isImageModel,
  makeDirs,
  runTabularPreprocess,
  transformWidth
} from "./chunk-GZSAGK6Y.js";
import "./chunk-7TUF4QLU.js";
import "./chunk-JMVLLMRF.js";
import {
  count,
  fromSplit,
  initBackend,
  subset
} from "./chunk-UOFP67N6.js";
import {
  ModelopsError
} from "./chunk-IZDZPW4P.js";
import "./chunk-VJTP6C54.js";
import "./chunk-HKHWRQYA.js";

// pipelines/run/tune-run.ts
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
async function splitsOf(ref, outDir) {
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
    ...classes ? { numClasses: classes.length, classes } : {}
  };
}
function qualityMetrics(config) {
  const all = config.evaluate.metrics ?? (config.task === "classification" ? CLASSIFICATION_METRICS : REGRESSION_METRICS);
  return all.filter((m) => !m.startsWith("latency") && m !== "size_mb");
}
var empty = (like) => ({
  ...like,
  x: like.x.subarray(0, 0),
  y: new Float32Array(0)
});
async function trainAndScore(name, config, splits, train, validation, score, metrics) {
  const backend = await initBackend(config.train.backend);
  const model = buildNetwork({
    spec: config.model,
    inputWidth: train.inputShape[0],
    ...splits.sampleShape ? { sampleShape: splits.sampleShape } : {},
    task: config.task,
    ...splits.numClasses !== void 0 ? { numClasses: splits.numClasses } : {},
    seed: config.train.seed
  });
  try {
    await fit({
      model,
      data: { train, validation },
      task: config.task,
      ...splits.numClasses !== void 0 ? { numClasses: splits.numClasses } : {},
      ...splits.classes ? { classes: splits.classes } : {},
      train: config.train,
      onDiverged: "stop"
      // a diverged trial scores badly; it does not end the search
    });
    const file = await evaluateModel({
      model,
      data: { train, validation, test: score },
      task: config.task,
      ...splits.classes ? { classes: splits.classes } : {},
      modelDir: "",
      metrics,
      latencySamples: 10,
      calibrationBins: config.evaluate.calibrationBins,
      backend: backend.name,
      modelName: name
    });
    return file.metrics;
  } finally {
    model.dispose();
  }
}
async function crossValidateSplits(name, config, splits, log) {
  const k = config.tune?.crossValidation?.folds ?? 5;
  const pooled = concat(splits.train, splits.validation);
  const folds = kFolds(
    pooled.y,
    k,
    config.split.seed,
    config.task === "classification" && config.split.stratify
  );
  const results = [];
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
      qualityMetrics(config)
    );
    log?.(
      `cross-validation fold ${i + 1}/${k}: ${Object.entries(metrics).map(([m, v]) => `${m} ${Number(v.toPrecision(4))}`).join(", ")}`
    );
    results.push(metrics);
  }
  return { folds: k, ...summarise(results) };
}
async function crossValidate(ref, outDir, log) {
  return crossValidateSplits(ref.name, ref.config, await splitsOf(ref, outDir), log);
}
function concat(a, b) {
  const x = new a.x.constructor(a.x.length + b.x.length);
  x.set(a.x);
  x.set(b.x, a.x.length);
  const y = new Float32Array(a.y.length + b.y.length);
  y.set(a.y);
  y.set(b.y, a.y.length);
  return { ...a, x, y };
}
function searchOf(ref) {
  const search = ref.config.tune?.search;
  if (!search) {
    throw new ModelopsError(
      `model ${ref.name} has no tune.search in modelops.yaml; add one (method, trials, space) to tune it`
    );
  }
  return search;
}
function listTrials(ref) {
  return expandTrials(searchOf(ref));
}
var trialsDir = (outDir) => join(outDir, "trials");
async function runTrial(ref, outDir, n, log) {
  const trials = listTrials(ref);
  const trial = trials.find((t) => t.trial === n);
  if (!trial) {
    throw new ModelopsError(
      `trial ${n} does not exist: model ${ref.name}'s search has trials 1 to ${trials.length}; pick one of those`
    );
  }
  const started = performance.now();
  const config = trialConfig(ref.config, trial.params);
  const metric = objectiveOf(ref.config);
  const splits = await splitsOf(ref, outDir);
  let metrics;
  let on;
  const wanted = [.../* @__PURE__ */ new Set([...qualityMetrics(config), metric])];
  if (ref.config.tune?.crossValidation) {
    const cv = await crossValidateSplits(ref.name, { ...config, tune: ref.config.tune }, splits, log);
    metrics = cv.mean;
    on = "cross-validation";
  } else {
    if (count(splits.validation) === 0) {
      throw new ModelopsError(
        `trial ${n} needs validation rows to be scored; set split.validation above 0 or tune.crossValidation`
      );
    }
    metrics = await trainAndScore(
      ref.name,
      config,
      splits,
      splits.train,
      splits.validation,
      splits.validation,
      wanted
    );
    on = "validation";
  }
  const result = {
    schema: TRIAL_SCHEMA,
    model: ref.name,
    trial: n,
    params: trial.params,
    objective: { metric, value: metrics[metric] ?? Number.NaN, on },
    metrics,
    seconds: (performance.now() - started) / 1e3
  };
  await makeDirs(trialsDir(outDir));
  await writeFile(join(trialsDir(outDir), `trial-${n}.json`), `${JSON.stringify(result, null, 2)}
`);
  return result;
}
async function reduceSearch(ref, outDir) {
  const expected = listTrials(ref).map((t) => t.trial);
  const names = await readdir(trialsDir(outDir)).catch(() => []);
  const results = [];
  for (const name of names.filter((f) => /^trial-\d+\.json$/.test(f)).sort()) {
    const file = join(trialsDir(outDir), name);
    let json;
    try {
      json = JSON.parse(await readFile(file, "utf8"));
    } catch {
      throw new ModelopsError(`${file}: not valid JSON; run that trial again`);
    }
    const record = parseTrialRecord(json);
    const parsed = record && record.model === ref.name ? asSearchTrial(record) : void 0;
    if (!parsed) {
      throw new ModelopsError(`${file}: not a trial of model ${ref.name}; remove it or run that trial again`);
    }
    results.push(parsed);
  }
  const summary = reduceTrials(ref.name, results, expected);
  await writeFile(join(outDir, "tune.json"), `${JSON.stringify(summary, null, 2)}
`);
  return summary;
}
export {
  crossValidate,
  listTrials,
  reduceSearch,
  runTrial
};
