// Promotion gates with MLflow MetricThreshold / TFMA semantics: absolute bounds on the candidate (`min`,
// `max`) and allowed change against the baseline, absolute (`maxDrop`, `maxIncrease`) or relative in percent
// (`maxDropPct`, `maxIncreasePct`). Changes are literal: drop = baseline - candidate, increase = candidate -
// baseline, whatever the metric's direction. Bounds are inclusive, with a 1e-9 relative tolerance so that
// float rounding (0.9 - 0.895 = 0.005000000000000004) does not fail a gate set at exactly that value.
//
// - No baseline (first release, or production lacks the metric): change conditions are "skipped (no
//   baseline)" and do not fail; a NaN baseline skips them too.
// - A gated metric missing from the candidate fails every condition of its gate.
// - A NaN candidate fails every condition.

import type { Gate } from "../config/schema.ts";
import { formatNumber } from "../format/index.ts";

export const GATE_CONDITIONS = [
  "min",
  "max",
  "maxDrop",
  "maxIncrease",
  "maxDropPct",
  "maxIncreasePct",
] as const;
export type GateCondition = (typeof GATE_CONDITIONS)[number];
export type ConditionStatus = "pass" | "fail" | "skipped";

export interface ConditionResult {
  condition: GateCondition;
  threshold: number;
  status: ConditionStatus;
  /** Human reason, e.g. `accuracy 0.87 < min 0.90`, `accuracy dropped 0.031 (> maxDrop 0.005)`. */
  reason: string;
}

export interface GateResult {
  metric: string;
  /** false when any condition failed; skipped conditions do not fail. */
  passed: boolean;
  /** true when every condition was skipped (nothing could be checked). */
  skipped: boolean;
  conditions: ConditionResult[];
  /** The reasons of the failed conditions, in order, without duplicates. */
  reasons: string[];
}

const CHANGE_CONDITIONS: ReadonlySet<GateCondition> = new Set([
  "maxDrop",
  "maxIncrease",
  "maxDropPct",
  "maxIncreasePct",
]);

/** a <= b, forgiving float rounding. */
function le(a: number, b: number): boolean {
  return a <= b + 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Evaluate one metric's gate. `baseline` is undefined when there is no baseline value for this metric
 * (no production model, or production lacks it); `candidate` is undefined when the candidate lacks it.
 */
export function evaluateGate(
  metric: string,
  gate: Gate,
  baseline: number | undefined,
  candidate: number | undefined,
): GateResult {
  const conditions: ConditionResult[] = [];
  for (const condition of GATE_CONDITIONS) {
    const threshold = gate[condition];
    if (threshold === undefined) continue;
    conditions.push(check(metric, condition, threshold, baseline, candidate));
  }
  const failed = conditions.filter((c) => c.status === "fail");
  return {
    metric,
    passed: failed.length === 0,
    skipped: conditions.length > 0 && conditions.every((c) => c.status === "skipped"),
    conditions,
    reasons: [...new Set(failed.map((c) => c.reason))],
  };
}

function check(
  metric: string,
  condition: GateCondition,
  threshold: number,
  base: number | undefined,
  cand: number | undefined,
): ConditionResult {
  const result = (status: ConditionStatus, reason: string): ConditionResult => ({
    condition,
    threshold,
    status,
    reason,
  });
  if (cand === undefined) return result("fail", `${metric}: metric missing from candidate`);
  if (Number.isNaN(cand))
    return result("fail", `${metric} is NaN (fails ${condition} ${formatNumber(threshold)})`);

  if (condition === "min") {
    const [c, t] = formatPair(cand, threshold);
    return le(threshold, cand)
      ? result("pass", `${metric} ${c} >= min ${t}`)
      : result("fail", `${metric} ${c} < min ${t}`);
  }
  if (condition === "max") {
    const [c, t] = formatPair(cand, threshold);
    return le(cand, threshold)
      ? result("pass", `${metric} ${c} <= max ${t}`)
      : result("fail", `${metric} ${c} > max ${t}`);
  }

  if (CHANGE_CONDITIONS.has(condition)) {
    if (base === undefined) return result("skipped", `${metric} ${condition} skipped (no baseline)`);
    if (Number.isNaN(base)) return result("skipped", `${metric} ${condition} skipped (baseline is NaN)`);
  }
  const b = base as number;
  const isDrop = condition === "maxDrop" || condition === "maxDropPct";
  const verb = isDrop ? "dropped" : "increased";
  const change = isDrop ? b - cand : cand - b;

  if (condition === "maxDrop" || condition === "maxIncrease") {
    const [v, t] = formatPair(Math.abs(change), threshold);
    if (change <= 0 || Object.is(change, -0)) {
      const [from, to] = formatPair(b, cand);
      return result(
        "pass",
        `${metric} did not ${isDrop ? "drop" : "increase"} (${from} -> ${to}; ${condition} ${t})`,
      );
    }
    return le(change, threshold)
      ? result("pass", `${metric} ${verb} ${v} (<= ${condition} ${t})`)
      : result("fail", `${metric} ${verb} ${v} (> ${condition} ${t})`);
  }

  // relative, in percent of |baseline|
  if (b === 0) {
    if (change <= 0) return result("pass", `${metric} did not ${isDrop ? "drop" : "increase"} from 0`);
    return result(
      "fail",
      `${metric} ${verb} from 0 to ${formatNumber(cand)} (relative change is unbounded; ${condition} ${formatNumber(threshold)}%)`,
    );
  }
  const pct = (change / Math.abs(b)) * 100;
  if (pct <= 0) {
    const [from, to] = formatPair(b, cand);
    return result(
      "pass",
      `${metric} did not ${isDrop ? "drop" : "increase"} (${from} -> ${to}; ${condition} ${formatNumber(threshold)}%)`,
    );
  }
  const [p, t] = formatPair(pct, threshold, 3);
  return le(pct, threshold)
    ? result("pass", `${metric} ${verb} ${p}% (<= ${condition} ${t}%)`)
    : result("fail", `${metric} ${verb} ${p}% (> ${condition} ${t}%)`);
}

/**
 * Evaluate every configured gate. `baseline` null means no baseline at all (first release). Values that are
 * `null` in a metrics file (JSON's spelling of NaN) must already be NaN here.
 */
export function evaluateGates(
  gates: Partial<Record<string, Gate>>,
  baseline: Partial<Record<string, number>> | null,
  candidate: Partial<Record<string, number>>,
): GateResult[] {
  const out: GateResult[] = [];
  for (const [metric, gate] of Object.entries(gates)) {
    if (!gate) continue;
    out.push(evaluateGate(metric, gate, baseline?.[metric], candidate[metric]));
  }
  return out;
}

// ---- number formatting shared with the diff ---------------------------------------------------------------

// The formatter lives in pipelines/format (one for every report); re-exported where it was.
export { formatNumber };

function decimals(s: string): number {
  const i = s.indexOf(".");
  return i < 0 ? 0 : s.length - i - 1;
}

/**
 * Two numbers formatted to the same number of decimals, with enough precision to tell them apart:
 * (0.87, 0.9) -> ["0.87", "0.90"]; (0.8999999, 0.9) -> ["0.8999999", "0.9000000"].
 */
export function formatPair(a: number, b: number, digits = 4): [string, string] {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return [formatNumber(a, digits), formatNumber(b, digits)];
  let p = digits;
  while (p < 15 && a !== b && formatNumber(a, p) === formatNumber(b, p)) p++;
  const sa = formatNumber(a, p);
  const sb = formatNumber(b, p);
  if (/e/i.test(sa + sb)) return [sa, sb];
  const d = Math.min(12, Math.max(decimals(sa), decimals(sb)));
  return [a.toFixed(d), b.toFixed(d)];
}
