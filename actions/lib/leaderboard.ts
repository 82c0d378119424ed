// The reduce step of a matrix search: many run folders (one per trial and fold, downloaded from their
// artifacts) ranked by one metric. Runs of the same trial (the same hyperparameters on different folds) are
// one row with the mean and standard deviation; the best trial is the best mean in the metric's direction.

import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { METRIC_DIRECTIONS, type ModelConfig } from "../../pipelines/config/index.ts";
import { ModelopsError } from "../../pipelines/errors.ts";
import { type MetricsFile, parseMetricsFile } from "../../pipelines/evaluate/index.ts";
import { formatOr, tableCell } from "../../pipelines/format/index.ts";
import { objectiveOf, parseTrialRecord, trialValues } from "../../pipelines/train/tune.ts";

export interface RunEntry {
  dir: string;
  trial: string;
  overrides: Record<string, unknown>;
  metrics: MetricsFile;
}

export interface TrialRow {
  trial: string;
  overrides: Record<string, unknown>;
  runs: RunEntry[];
  mean: number;
  std: number;
}

export function trialName(trial: string | undefined, overrides: Record<string, unknown>): string {
  if (trial) return trial;
  const parts = Object.entries(overrides).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  return parts.length ? parts.join(" ") : "as configured";
}

/** Every folder under `root` (and one level below) holding a metrics.json of `model`. */
export async function collectRuns(root: string, model: string): Promise<RunEntry[]> {
  const entries: RunEntry[] = [];
  const visit = async (dir: string, depth: number): Promise<void> => {
    const text = await readFile(join(dir, "metrics.json"), "utf8").catch(() => undefined);
    if (text !== undefined) {
      const metrics = parseMetricsFile(text, join(dir, "metrics.json"));
      if (metrics.model !== model) return;
      // trial.json is modelops/trial@1 (pipelines/train/tune.ts); a run without one is "as configured".
      const trial = await readFile(join(dir, "trial.json"), "utf8")
        .then((t) => parseTrialRecord(JSON.parse(t)))
        .catch(() => undefined);
      const overrides = trial ? trialValues(trial) : {};
      entries.push({
        dir,
        trial: trial ? String(trial.trial) : trialName(undefined, overrides),
        overrides,
        metrics,
      });
      return;
    }
    if (depth === 0) return;
    const children = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const c of children.filter((c) => c.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
      await visit(join(dir, c.name), depth - 1);
    }
  };
  await visit(root, 2);
  return entries;
}

export function rankingMetric(config: ModelConfig, explicit?: string): string {
  if (explicit) {
    if (!(explicit in METRIC_DIRECTIONS)) {
      throw new ModelopsError(
        `input metric is ${JSON.stringify(explicit)}; expected one of ${Object.keys(METRIC_DIRECTIONS).join(", ")}`,
      );
    }
    return explicit;
  }
  // One ranking default with the search (pipelines/train/tune.ts objectiveOf): the objective the search
  // optimised, else the first gate's metric, else the tuning default (accuracy, or rmse for regression).
  if (config.tune?.search?.objective) return objectiveOf(config);
  return Object.keys(config.gates)[0] ?? objectiveOf(config);
}

export function rankTrials(runs: RunEntry[], metric: string): TrialRow[] {
  const higher = (METRIC_DIRECTIONS as Record<string, string>)[metric] !== "lower";
  const groups = new Map<string, RunEntry[]>();
  for (const r of runs) groups.set(r.trial, [...(groups.get(r.trial) ?? []), r]);
  const rows: TrialRow[] = [...groups].map(([trial, members]) => {
    const values = members.map(
      (m) => m.metrics.metrics[metric as keyof MetricsFile["metrics"]] ?? Number.NaN,
    );
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const std = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
    return { trial, overrides: members[0]!.overrides, runs: members, mean, std };
  });
  const score = (v: number) => (Number.isNaN(v) ? Number.NEGATIVE_INFINITY : higher ? v : -v);
  return rows.sort((a, b) => score(b.mean) - score(a.mean) || a.trial.localeCompare(b.trial));
}

/** The best run of a trial: the best value of the metric among its folds. */
export function bestRun(row: TrialRow, metric: string): RunEntry {
  const higher = (METRIC_DIRECTIONS as Record<string, string>)[metric] !== "lower";
  const value = (r: RunEntry) => r.metrics.metrics[metric as keyof MetricsFile["metrics"]] ?? Number.NaN;
  return [...row.runs].sort((a, b) => (higher ? value(b) - value(a) : value(a) - value(b)))[0]!;
}

export function leaderboardMarkdown(
  model: string,
  metric: string,
  rows: TrialRow[],
  shownDir: (d: string) => string,
): string {
  const arrow = (METRIC_DIRECTIONS as Record<string, string>)[metric] === "lower" ? "↓" : "↑";
  return [
    `### Leaderboard: ${model}, ranked by ${metric} ${arrow}`,
    "",
    `| rank | trial | runs | ${metric} mean | ± std | best run |`,
    "| ---: | :--- | ---: | ---: | ---: | :--- |",
    ...rows.map(
      (r, i) =>
        `| ${i + 1} | ${tableCell(r.trial)} | ${r.runs.length} | ${formatOr(r.mean, "NaN")} | ${formatOr(r.std, "NaN")} | \`${shownDir(bestRun(r, metric).dir)}\` |`,
    ),
    "",
    "<sub>Runs of one trial (the same overrides on different folds) are averaged; std is the population standard deviation.</sub>",
  ].join("\n");
}
