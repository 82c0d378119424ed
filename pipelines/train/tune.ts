// Hyperparameter search and cross-validation, the parts that need no data: the list of trials a `tune.search`
// section describes (grid or seeded random draws, within the trial budget), the config of one trial, k-fold
// index sets, and the reducer that picks the best of the trials' results. Each trial is a plain function of
// the config and its number, so trials can run anywhere (one per runner in an Actions matrix) and be reduced
// later from their trial.json files.
import seedrandom from "seedrandom";
import { z } from "zod";
import { overrideConfig } from "../config/overrides.ts";
import { METRIC_DIRECTIONS, type MetricName, type ModelConfig } from "../config/schema.ts";
import { ModelopsError } from "../errors.ts";

export type Params = Record<string, unknown>;

export interface Trial {
  /** 1-based trial number (what `modelops tune --trial N` takes). */
  trial: number;
  params: Params;
}

type Search = NonNullable<NonNullable<ModelConfig["tune"]>["search"]>;
type Range = { min: number; max: number; log: boolean; integer: boolean };
const isRange = (v: unknown): v is Range =>
  typeof v === "object" && v !== null && !Array.isArray(v) && "min" in v;

/** Every trial of the search, in order: grid combinations (first key slowest), or `trials` random draws. */
export function expandTrials(search: Search): Trial[] {
  const keys = Object.keys(search.space);
  if (search.method === "grid") {
    const ranged = keys.filter((k) => isRange(search.space[k]));
    if (ranged.length > 0) {
      throw new ModelopsError(
        `tune.search.space.${ranged[0]} is a range, which only random search can draw from; list its values or set tune.search.method: random`,
      );
    }
    const lists = keys.map((k) => search.space[k] as unknown[]);
    const total = lists.reduce((n, l) => n * l.length, 1);
    const trials: Trial[] = [];
    for (let t = 0; t < Math.min(total, search.trials); t++) {
      const params: Params = {};
      let rest = t;
      for (let i = keys.length - 1; i >= 0; i--) {
        const list = lists[i]!;
        params[keys[i]!] = list[rest % list.length];
        rest = Math.floor(rest / list.length);
      }
      trials.push({ trial: t + 1, params: Object.fromEntries(keys.map((k) => [k, params[k]])) });
    }
    return trials;
  }
  const rng = seedrandom(`modelops:search:${search.seed}`);
  return Array.from({ length: search.trials }, (_, t) => ({
    trial: t + 1,
    params: Object.fromEntries(
      keys.map((k) => {
        const v = search.space[k]!;
        if (!isRange(v)) return [k, (v as unknown[])[Math.floor(rng() * (v as unknown[]).length)]];
        const u = rng();
        let x = v.log
          ? Math.exp(Math.log(v.min) + u * (Math.log(v.max) - Math.log(v.min)))
          : v.min + u * (v.max - v.min);
        if (v.integer) x = Math.round(x);
        return [k, x];
      }),
    ),
  }));
}

/** The model config of one trial: the search's values set at their keys, then validated like modelops.yaml. */
export function trialConfig(config: ModelConfig, params: Params): ModelConfig {
  const result = overrideConfig(config, params, ["tune"]);
  if (result.ok) return result.config;
  // The search's keys are model.<key> or train.<key> (the schema says so), so only the schema can object.
  const why =
    result.problem.kind === "invalid"
      ? `${result.problem.at}: ${result.problem.message}`
      : `${result.problem.key}: not a mapping`;
  throw new ModelopsError(
    `tune.search: the values ${JSON.stringify(params)} make an invalid model config (${why}); fix tune.search.space`,
  );
}

/** The metric a search optimises: tune.search.objective, else accuracy (classification) or rmse. */
export function objectiveOf(config: ModelConfig): MetricName {
  return config.tune?.search?.objective ?? (config.task === "classification" ? "accuracy" : "rmse");
}

/** k folds of sample indices, stratified by class when `labels` are class indices; seeded. */
export function kFolds(labels: ArrayLike<number>, k: number, seed: number, stratify: boolean): number[][] {
  const rng = seedrandom(`modelops:folds:${seed}`);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < labels.length; i++) {
    const g = stratify ? labels[i]! : 0;
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g)!.push(i);
  }
  const folds: number[][] = Array.from({ length: k }, () => []);
  let next = 0;
  for (const g of [...groups.keys()].sort((a, b) => a - b)) {
    const members = groups.get(g)!;
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [members[i], members[j]] = [members[j]!, members[i]!];
    }
    // Deal the class round-robin, continuing where the previous class stopped, so fold sizes differ by <= 1.
    for (const m of members) folds[next++ % k]!.push(m);
  }
  if (folds.some((f) => f.length === 0)) {
    throw new ModelopsError(
      `tune.crossValidation.folds ${k} is more than the ${labels.length} training rows; use fewer folds`,
    );
  }
  return folds.map((f) => f.sort((a, b) => a - b));
}

/** Mean and (population) standard deviation of each metric over folds. */
export function summarise(results: Array<Record<string, number>>): {
  mean: Record<string, number>;
  std: Record<string, number>;
} {
  const names = [...new Set(results.flatMap((r) => Object.keys(r)))];
  const mean: Record<string, number> = {};
  const std: Record<string, number> = {};
  for (const name of names) {
    const values = results.map((r) => r[name]).filter((v): v is number => typeof v === "number");
    const m = values.reduce((a, b) => a + b, 0) / values.length;
    mean[name] = m;
    std[name] = Math.sqrt(values.reduce((a, b) => a + (b - m) ** 2, 0) / values.length);
  }
  return { mean, std };
}

/** The schema name of a trial's record, whichever writer wrote it. */
export const TRIAL_SCHEMA = "modelops/trial@1";

const paramsSchema = z.record(z.string(), z.unknown());

/**
 * `modelops/trial@1`, one shape for every trial's record. A trial of the search (`modelops tune --trial N`,
 * trials/trial-N.json) has its number, the search's `params`, the objective, the metrics and the seconds; a
 * named run of the run Action (trial.json beside metrics.json) has its name, the `overrides` it set and the
 * input key. Readers take what they need: the reducer the search fields, the leaderboard the trial and the
 * values it set (`trialValues`). Unknown keys are rejected, so a typo is not a silent blank.
 */
export const trialRecordSchema = z
  .object({
    schema: z.literal(TRIAL_SCHEMA),
    model: z.string().min(1),
    trial: z.union([z.number().int().positive(), z.string().min(1)]),
    params: paramsSchema.optional(),
    overrides: paramsSchema.optional(),
    key: z.string().optional(),
    objective: z
      .object({
        metric: z.enum(Object.keys(METRIC_DIRECTIONS) as [MetricName, ...MetricName[]]),
        value: z.number().nullable(),
        on: z.enum(["validation", "cross-validation"]),
      })
      .optional(),
    metrics: z.record(z.string(), z.number().nullable()).optional(),
    seconds: z.number().optional(),
  })
  .strict();

export type TrialRecord = z.infer<typeof trialRecordSchema>;

/** A trial of the search: its number, the search's values, the objective and the metrics. */
export interface TrialResult {
  schema: typeof TRIAL_SCHEMA;
  model: string;
  trial: number;
  params: Params;
  objective: { metric: MetricName; value: number; on: "validation" | "cross-validation" };
  metrics: Record<string, number>;
  seconds: number;
}

/** A named run (the run Action's `trial` or `overrides` inputs): its name, what it set, its input key. */
export interface TrialRun {
  schema: typeof TRIAL_SCHEMA;
  model: string;
  trial: string;
  overrides: Params;
  key: string;
}

/** The record in `json` (a parsed file), or undefined when it is not a modelops/trial@1. */
export function parseTrialRecord(json: unknown): TrialRecord | undefined {
  const parsed = trialRecordSchema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}

/** The record as a trial of the search, or undefined when it lacks the search's fields. */
export function asSearchTrial(record: TrialRecord): TrialResult | undefined {
  const { trial, params, objective, metrics, seconds } = record;
  if (typeof trial !== "number" || !params || !objective || !metrics || seconds === undefined)
    return undefined;
  // JSON writes NaN as null: a trial whose objective could not be measured.
  const value = objective.value ?? Number.NaN;
  const numbers = Object.fromEntries(Object.entries(metrics).map(([k, v]) => [k, v ?? Number.NaN]));
  return {
    ...record,
    trial,
    params,
    objective: { ...objective, value },
    metrics: numbers,
    seconds,
  } as TrialResult;
}

/** The config values a trial set, whichever writer recorded them. */
export function trialValues(record: TrialRecord): Params {
  return record.overrides ?? record.params ?? {};
}

export interface TuneSummary {
  schema: "modelops/tune@1";
  model: string;
  objective: { metric: MetricName; direction: "higher" | "lower" };
  best: TrialResult;
  trials: Array<Pick<TrialResult, "trial" | "params"> & { value: number }>;
  /** Trials of the search with no result yet (not run, or failed). */
  missing: number[];
}

/** Picks the best trial (ties: the lower trial number); NaN objectives never win. */
export function reduceTrials(model: string, results: TrialResult[], expected: number[]): TuneSummary {
  if (results.length === 0) {
    throw new ModelopsError(
      `no trial results for model ${model}; run modelops tune --trial N first (or modelops tune without --reduce)`,
    );
  }
  const metric = results[0]!.objective.metric;
  const direction = METRIC_DIRECTIONS[metric];
  const score = (r: TrialResult) =>
    Number.isFinite(r.objective.value) ? r.objective.value : direction === "higher" ? -Infinity : Infinity;
  const sorted = [...results].sort((a, b) => a.trial - b.trial);
  let best = sorted[0]!;
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
    missing: expected.filter((t) => !seen.has(t)),
  };
}
