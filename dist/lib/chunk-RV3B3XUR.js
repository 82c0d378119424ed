import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  METRIC_DIRECTIONS,
  external_exports,
  overrideConfig
} from "./chunk-GZSAGK6Y.js";
import {
  ModelopsError
} from "./chunk-IZDZPW4P.js";
import {
  require_seedrandom
} from "./chunk-VJTP6C54.js";
import {
  __toESM
} from "./chunk-HKHWRQYA.js";

// pipelines/train/tune.ts
var import_seedrandom = __toESM(require_seedrandom(), 1);
var isRange = (v) => typeof v === "object" && v !== null && !Array.isArray(v) && "min" in v;
function expandTrials(search) {
  const keys = Object.keys(search.space);
  if (search.method === "grid") {
    const ranged = keys.filter((k) => isRange(search.space[k]));
    if (ranged.length > 0) {
      throw new ModelopsError(
        `tune.search.space.${ranged[0]} is a range, which only random search can draw from; list its values or set tune.search.method: random`
      );
    }
    const lists = keys.map((k) => search.space[k]);
    const total = lists.reduce((n, l) => n * l.length, 1);
    const trials = [];
    for (let t = 0; t < Math.min(total, search.trials); t++) {
      const params = {};
      let rest = t;
      for (let i = keys.length - 1; i >= 0; i--) {
        const list = lists[i];
        params[keys[i]] = list[rest % list.length];
        rest = Math.floor(rest / list.length);
      }
      trials.push({ trial: t + 1, params: Object.fromEntries(keys.map((k) => [k, params[k]])) });
    }
    return trials;
  }
  const rng = (0, import_seedrandom.default)(`modelops:search:${search.seed}`);
  return Array.from({ length: search.trials }, (_, t) => ({
    trial: t + 1,
    params: Object.fromEntries(
      keys.map((k) => {
        const v = search.space[k];
        if (!isRange(v)) return [k, v[Math.floor(rng() * v.length)]];
        const u = rng();
        let x = v.log ? Math.exp(Math.log(v.min) + u * (Math.log(v.max) - Math.log(v.min))) : v.min + u * (v.max - v.min);
        if (v.integer) x = Math.round(x);
        return [k, x];
      })
    )
  }));
}
function trialConfig(config, params) {
  const result = overrideConfig(config, params, ["tune"]);
  if (result.ok) return result.config;
  const why = result.problem.kind === "invalid" ? `${result.problem.at}: ${result.problem.message}` : `${result.problem.key}: not a mapping`;
  throw new ModelopsError(
    `tune.search: the values ${JSON.stringify(params)} make an invalid model config (${why}); fix tune.search.space`
  );
}
function objectiveOf(config) {
  return config.tune?.search?.objective ?? (config.task === "classification" ? "accuracy" : "rmse");
}
function kFolds(labels, k, seed, stratify) {
  const rng = (0, import_seedrandom.default)(`modelops:folds:${seed}`);
  const groups = /* @__PURE__ */ new Map();
  for (let i = 0; i < labels.length; i++) {
    const g = stratify ? labels[i] : 0;
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g).push(i);
  }
  const folds = Array.from({ length: k }, () => []);
  let next = 0;
  for (const g of [...groups.keys()].sort((a, b) => a - b)) {
    const members = groups.get(g);
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [members[i], members[j]] = [members[j], members[i]];
    }
    for (const m of members) folds[next++ % k].push(m);
  }
  if (folds.some((f) => f.length === 0)) {
    throw new ModelopsError(
      `tune.crossValidation.folds ${k} is more than the ${labels.length} training rows; use fewer folds`
    );
  }
  return folds.map((f) => f.sort((a, b) => a - b));
}
function summarise(results) {
  const names = [...new Set(results.flatMap((r) => Object.keys(r)))];
  const mean = {};
  const std = {};
  for (const name of names) {
    const values = results.map((r) => r[name]).filter((v) => typeof v === "number");
    const m = values.reduce((a, b) => a + b, 0) / values.length;
    mean[name] = m;
    std[name] = Math.sqrt(values.reduce((a, b) => a + (b - m) ** 2, 0) / values.length);
  }
  return { mean, std };
}
var TRIAL_SCHEMA = "modelops/trial@1";
var paramsSchema = external_exports.record(external_exports.string(), external_exports.unknown());
var trialRecordSchema = external_exports.object({
  schema: external_exports.literal(TRIAL_SCHEMA),
  model: external_exports.string().min(1),
  trial: external_exports.union([external_exports.number().int().positive(), external_exports.string().min(1)]),
  params: paramsSchema.optional(),
  overrides: paramsSchema.optional(),
  key: external_exports.string().optional(),
  objective: external_exports.object({
    metric: external_exports.enum(Object.keys(METRIC_DIRECTIONS)),
    value: external_exports.number().nullable(),
    on: external_exports.enum(["validation", "cross-validation"])
  }).optional(),
  metrics: external_exports.record(external_exports.string(), external_exports.number().nullable()).optional(),
  seconds: external_exports.number().optional()
}).strict();
function parseTrialRecord(json) {
  const parsed = trialRecordSchema.safeParse(json);
  return parsed.success ? parsed.data : void 0;
}
function asSearchTrial(record) {
  const { trial, params, objective, metrics, seconds } = record;
  if (typeof trial !== "number" || !params || !objective || !metrics || seconds === void 0)
    return void 0;
  const value = objective.value ?? Number.NaN;
  const numbers = Object.fromEntries(Object.entries(metrics).map(([k, v]) => [k, v ?? Number.NaN]));
  return {
    ...record,
    trial,
    params,
    objective: { ...objective, value },
    metrics: numbers,
    seconds
  };
}
function trialValues(record) {
  return record.overrides ?? record.params ?? {};
}
function reduceTrials(model, results, expected) {
  if (results.length === 0) {
    throw new ModelopsError(
      `no trial results for model ${model}; run modelops tune --trial N first (or modelops tune without --reduce)`
    );
  }
  const metric = results[0].objective.metric;
  const direction = METRIC_DIRECTIONS[metric];
  const score = (r) => Number.isFinite(r.objective.value) ? r.objective.value : direction === "higher" ? -Infinity : Infinity;
  const sorted = [...results].sort((a, b) => a.trial - b.trial);
  let best = sorted[0];
  for (const r of sorted) {
    if (direction === "higher" ? score(r) > score(best) : score(r) < score(best)) best = r;
  }
  const seen = new Set(results.map((r) => r.trial));
  return {
    schema: "modelops/tune@1",
    model,
    objective: { metric, direction },
    best,
    trials: sorted.map((r) => ({ trial: r.trial, params: r.params, value: r.objective.value })),
    missing: expected.filter((t) => !seen.has(t))
  };
}

export {
  expandTrials,
  trialConfig,
  objectiveOf,
  kFolds,
  summarise,
  TRIAL_SCHEMA,
  parseTrialRecord,
  asSearchTrial,
  trialValues,
  reduceTrials
};
