// Online performance: predictions joined with the outcomes posted for them, per model version and window.
// Classification: accuracy and F1 macro over the classes seen; regression: MAE and RMSE. Pure functions over
// the joined records, so /metrics, `modelops monitor performance` and the dashboard report the same numbers.
import { accuracy, f1Macro, mae, rmse } from "../evaluate/metrics.ts";
import type { JoinedRecord } from "./prediction-log.ts";

/** Windows of prediction time the metrics are reported over; "all" is everything the log still holds. */
export const WINDOWS: ReadonlyArray<{ name: string; ms: number }> = [
  { name: "1h", ms: 3600_000 },
  { name: "24h", ms: 24 * 3600_000 },
  { name: "all", ms: Number.POSITIVE_INFINITY },
];

export interface VersionPerformance {
  version: number;
  window: string;
  /** Predictions with an outcome. */
  samples: number;
  accuracy?: number;
  f1_macro?: number;
  mae?: number;
  rmse?: number;
}

/** Metrics of each version in each window, newest version first. */
export function onlinePerformance(joined: readonly JoinedRecord[], now: number): VersionPerformance[] {
  const byVersion = new Map<number, JoinedRecord[]>();
  for (const j of joined) {
    const list = byVersion.get(j.prediction.version) ?? [];
    list.push(j);
    byVersion.set(j.prediction.version, list);
  }
  const out: VersionPerformance[] = [];
  for (const version of [...byVersion.keys()].sort((a, b) => b - a)) {
    for (const w of WINDOWS) {
      const inWindow = byVersion.get(version)!.filter((j) => now - j.prediction.time <= w.ms);
      out.push({ version, window: w.name, ...scores(inWindow) });
    }
  }
  return out;
}

/** The scores of one set of joined records. */
export function scores(joined: readonly JoinedRecord[]): Omit<VersionPerformance, "version" | "window"> {
  const samples = joined.length;
  if (samples === 0) return { samples };
  if (joined[0]!.prediction.class !== undefined) {
    const index = new Map<string, number>();
    const code = (c: string) => {
      if (!index.has(c)) index.set(c, index.size);
      return index.get(c)!;
    };
    const yTrue = joined.map((j) => code(j.outcome.label!));
    const yPred = joined.map((j) => code(j.prediction.class!));
    return { samples, accuracy: accuracy(yTrue, yPred), f1_macro: f1Macro(yTrue, yPred) };
  }
  const yTrue = joined.map((j) => j.outcome.value!);
  const yPred = joined.map((j) => j.prediction.value!);
  return { samples, mae: mae(yTrue, yPred), rmse: rmse(yTrue, yPred) };
}

/** A plain-text table of `onlinePerformance` for the CLI. */
export function renderPerformance(model: string, rows: readonly VersionPerformance[]): string {
  if (rows.length === 0) return `${model}: no predictions with outcomes yet\n`;
  const classification = rows.some((r) => r.accuracy !== undefined);
  const cols = classification ? ["accuracy", "f1_macro"] : ["mae", "rmse"];
  const fmt = (v: number | undefined) => (v === undefined ? "-" : v.toFixed(4));
  const lines = [`${model}`, `  version  window  samples  ${cols.map((c) => c.padStart(9)).join("  ")}`];
  for (const r of rows) {
    const vals = cols.map((c) => fmt(r[c as keyof VersionPerformance] as number | undefined).padStart(9));
    lines.push(
      `  ${`v${r.version}`.padEnd(7)}  ${r.window.padEnd(6)}  ${String(r.samples).padStart(7)}  ${vals.join("  ")}`,
    );
  }
  return `${lines.join("\n")}\n`;
}
