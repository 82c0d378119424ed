// Two or more runs side by side: params diff, metric diff against the first run, training curves. One
// function, so `modelops runs compare A B --json` prints exactly what the UI's compare page shows.
import { METRIC_DIRECTIONS } from "../config/schema.ts";
import type { TrainingHistory } from "../train/history.ts";
import type { RunCatalog, RunRow } from "./catalog.ts";

export const COMPARISON_SCHEMA = "modelops/runs-compare@1";

export type ParamValue = string | number | boolean | null;

export interface RunComparison {
  schema: typeof COMPARISON_SCHEMA;
  runs: Array<{
    id: string;
    key: string;
    model: string;
    versions: number[];
    aliases: string[];
    createdAt: string;
  }>;
  /** Every param of any run, sorted; `values[i]` is run i's (null: the run has no such param). */
  params: Array<{ name: string; values: ParamValue[]; differs: boolean }>;
  /** Every metric of any run; `deltas[i]` is run i's value minus the first run's. */
  metrics: Array<{
    name: string;
    direction: "higher" | "lower" | null;
    values: Array<number | null>;
    deltas: Array<number | null>;
    /** Index of the best run in the metric's direction (null: unknown direction or a tie). */
    best: number | null;
  }>;
  /** Per run, each series of its training history by epoch (loss, val_loss, accuracy, ...). */
  curves: Array<{ id: string; series: Record<string, Array<number | null>> }>;
}

export function compareRuns(rows: RunRow[], histories: Array<TrainingHistory | undefined>): RunComparison {
  const paramNames = [...new Set(rows.flatMap((r) => Object.keys(r.params)))].sort();
  const metricNames = [...new Set(rows.flatMap((r) => Object.keys(r.metrics)))].sort();
  return {
    schema: COMPARISON_SCHEMA,
    runs: rows.map((r) => ({
      id: r.id,
      key: r.key,
      model: r.model,
      versions: r.versions,
      aliases: r.aliases,
      createdAt: r.createdAt,
    })),
    params: paramNames.map((name) => {
      const values = rows.map((r) => (name in r.params ? r.params[name]! : null));
      return { name, values, differs: new Set(values.map((v) => JSON.stringify(v))).size > 1 };
    }),
    metrics: metricNames.map((name) => {
      const values = rows.map((r) => (Number.isFinite(r.metrics[name]) ? r.metrics[name]! : null));
      const base = values[0] ?? null;
      const direction = (METRIC_DIRECTIONS as Record<string, "higher" | "lower">)[name] ?? null;
      return {
        name,
        direction,
        values,
        deltas: values.map((v) => (v === null || base === null ? null : v - base)),
        best: bestIndex(values, direction),
      };
    }),
    curves: rows.map((r, i) => ({ id: r.id, series: seriesOf(histories[i]) })),
  };
}

/** Resolves the specs (keys or MODEL/vN), reads their curves and compares them. */
export async function compareSpecs(catalog: RunCatalog, specs: string[]): Promise<RunComparison> {
  const all = await catalog.list();
  const rows: RunRow[] = [];
  for (const spec of specs) rows.push(await catalog.withParams(await catalog.resolve(spec, all)));
  const histories = await Promise.all(rows.map((r) => catalog.history(r)));
  return compareRuns(rows, histories);
}

function bestIndex(values: Array<number | null>, direction: "higher" | "lower" | null): number | null {
  if (direction === null) return null;
  let best: number | null = null;
  let tie = false;
  values.forEach((v, i) => {
    if (v === null) return;
    const b = best === null ? null : values[best]!;
    if (b === null || (direction === "higher" ? v > b : v < b)) {
      best = i;
      tie = false;
    } else if (v === b) tie = true;
  });
  return tie ? null : best;
}

function seriesOf(history: TrainingHistory | undefined): Record<string, Array<number | null>> {
  const out: Record<string, Array<number | null>> = {};
  if (!history) return out;
  const names = [...new Set(history.epochs.flatMap((e) => Object.keys(e)))].filter((k) => k !== "epoch");
  for (const name of names.sort()) {
    out[name] = history.epochs.map((e) => (Number.isFinite(e[name]) ? e[name]! : null));
  }
  return out;
}
