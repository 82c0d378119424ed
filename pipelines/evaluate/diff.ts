// Candidate metrics against a baseline (the production model): value, delta, delta %, direction, and the
// promotion gates. Rendered as a GitHub-flavoured markdown table (sticky PR comment, `modelops diff`) or JSON.

import { readFile } from "node:fs/promises";
import { type Gate, METRIC_DIRECTIONS } from "../config/schema.ts";
import { ModelopsError } from "../errors.ts";
import { tableCell as cell } from "../format/index.ts";
import { evaluateGates, formatNumber, type GateResult } from "./gates.ts";
import type { MetricsFile } from "./types.ts";

export const METRICS_SCHEMA = "modelops/metrics@1";
export const COMPARISON_SCHEMA = "modelops/comparison@1";

export type Direction = "higher" | "lower";

export interface MetricRow {
  metric: string;
  /** Which way is better; null for a metric modelops does not know. */
  direction: Direction | null;
  /** null: absent from that file. NaN: present but NaN (`null` in a metrics.json). */
  baseline: number | null;
  candidate: number | null;
  /** candidate - baseline; null unless both are finite. */
  delta: number | null;
  /** delta / |baseline| * 100; null when the baseline is 0 or delta is null. */
  deltaPct: number | null;
  /** true: the candidate is better in the metric's direction; false: worse; null: unchanged or unknown. */
  better: boolean | null;
  /** The metric's gate: null when it has none; "skipped" when none of its conditions could be checked. */
  gate: "pass" | "fail" | "skipped" | null;
}

export interface Comparison {
  schema: typeof COMPARISON_SCHEMA;
  model: string;
  /** Summary of the baseline; null when there is none (first release). */
  baseline: { model: string; key?: string; createdAt?: string } | null;
  candidate: { model: string; key?: string; createdAt?: string };
  rows: MetricRow[];
  gates: GateResult[];
  /** Every gate passed (skipped conditions do not fail). */
  passed: boolean;
  /** Remarks shown under the table, e.g. that no gates were configured. */
  notes: string[];
}

type Values = Partial<Record<string, number>>;

/** A metrics file's values, with `null` (JSON's spelling of NaN) as NaN. */
function valuesOf(file: MetricsFile): Values {
  const out: Values = {};
  for (const [k, v] of Object.entries(file.metrics as Record<string, unknown>)) {
    if (v === undefined) continue;
    out[k] = typeof v === "number" ? v : v === null ? Number.NaN : Number(v);
  }
  return out;
}

function metricOrder(names: Iterable<string>): string[] {
  const known = Object.keys(METRIC_DIRECTIONS);
  const set = new Set(names);
  return [...known.filter((m) => set.has(m)), ...[...set].filter((m) => !known.includes(m)).sort()];
}

function summary(f: MetricsFile): { model: string; key?: string; createdAt?: string } {
  return {
    model: f.model,
    ...(f.key !== undefined && { key: f.key }),
    ...(f.createdAt !== undefined && { createdAt: f.createdAt }),
  };
}

/** Compare `candidate` with `baseline` (null: no baseline) and apply `gates` (a model's `gates:` section). */
export function compareMetrics(
  baseline: MetricsFile | null,
  candidate: MetricsFile,
  gates: Partial<Record<string, Gate>> = {},
): Comparison {
  const base = baseline ? valuesOf(baseline) : null;
  const cand = valuesOf(candidate);
  const gateResults = evaluateGates(gates, base, cand);
  const byMetric = new Map(gateResults.map((g) => [g.metric, g]));
  const names = metricOrder([...Object.keys(base ?? {}), ...Object.keys(cand), ...byMetric.keys()]);
  const rows: MetricRow[] = names.map((metric) => {
    const direction = (METRIC_DIRECTIONS as Record<string, Direction>)[metric] ?? null;
    const b = base?.[metric];
    const c = cand[metric];
    const delta =
      b !== undefined && c !== undefined && Number.isFinite(b) && Number.isFinite(c) ? c - b : null;
    const deltaPct = delta !== null && b !== 0 ? (delta / Math.abs(b as number)) * 100 : null;
    const better =
      delta === null || delta === 0 || direction === null ? null : delta > 0 === (direction === "higher");
    const g = byMetric.get(metric);
    return {
      metric,
      direction,
      baseline: b ?? null,
      candidate: c ?? null,
      delta,
      deltaPct,
      better,
      gate: g ? (!g.passed ? "fail" : g.skipped ? "skipped" : "pass") : null,
    };
  });
  const notes: string[] = [];
  if (!baseline)
    notes.push("No production model yet: conditions on the change against production were skipped.");
  else if (baseline.model !== candidate.model) {
    notes.push(`The baseline is model \`${baseline.model}\`, the candidate model \`${candidate.model}\`.`);
  }
  if (gateResults.length === 0) notes.push("No gates are configured for this model.");
  return {
    schema: COMPARISON_SCHEMA,
    model: candidate.model,
    baseline: baseline ? summary(baseline) : null,
    candidate: summary(candidate),
    rows,
    gates: gateResults,
    passed: gateResults.every((g) => g.passed),
    notes,
  };
}

// ---- rendering ---------------------------------------------------------------------------------------------

const value = (v: number | null) => (v === null ? "—" : formatNumber(v));
const signed = (v: number | null, suffix = "", fmt: (x: number) => string = formatNumber) =>
  v === null ? "—" : `${v > 0 ? "+" : v < 0 ? "-" : "±"}${fmt(Math.abs(v))}${suffix}`;
const GATE_MARK = { pass: "✅", fail: "❌", skipped: "⏭️ skipped" } as const;

/** GitHub-flavoured markdown: a summary line, the metrics table, failed reasons, skipped checks and notes. */
export function renderMarkdown(c: Comparison): string {
  const failed = c.gates.filter((g) => !g.passed);
  const headline =
    c.gates.length === 0
      ? "no gates configured"
      : failed.length === 0
        ? `✅ all ${c.gates.length} gate${c.gates.length === 1 ? "" : "s"} passed`
        : `❌ ${failed.length} of ${c.gates.length} gate${c.gates.length === 1 ? "" : "s"} failed`;
  const lines = [
    `**\`${c.model}\`**: ${headline}`,
    "",
    "| metric | production | candidate | Δ | Δ% | gate |",
    "| :--- | ---: | ---: | ---: | ---: | :---: |",
  ];
  for (const r of c.rows) {
    const arrow = r.direction === "higher" ? " ↑" : r.direction === "lower" ? " ↓" : "";
    const trend = r.better === true ? " 🟢" : r.better === false ? " 🔴" : "";
    lines.push(
      `| ${cell(r.metric)}${arrow} | ${value(r.baseline)} | ${value(r.candidate)} | ${signed(r.delta)}${trend} | ${signed(r.deltaPct, "%", (x) => x.toFixed(2))} | ${r.gate ? GATE_MARK[r.gate] : "—"} |`,
    );
  }
  if (failed.length > 0) {
    lines.push("", "**Failed gates**", "");
    for (const g of failed) for (const reason of g.reasons) lines.push(`- ${cell(reason)}`);
  }
  const skipped = c.gates.flatMap((g) =>
    g.conditions.filter((k) => k.status === "skipped").map((k) => k.reason),
  );
  if (skipped.length > 0) {
    lines.push("", `<sub>Skipped: ${skipped.map(cell).join("; ")}.</sub>`);
  }
  lines.push("", `<sub>↑ higher is better, ↓ lower is better; 🟢 better, 🔴 worse than production.</sub>`);
  for (const n of c.notes) lines.push("", n);
  return `${lines.join("\n")}\n`;
}

/** The comparison as JSON; non-finite numbers (a NaN metric) are written as the strings "NaN", "Infinity". */
export function toJson(c: Comparison): string {
  return `${JSON.stringify(
    c,
    (_k, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v),
    2,
  )}\n`;
}

// ---- reading metrics files ---------------------------------------------------------------------------------

function lineCol(text: string, pos: number): { line: number; column: number } {
  const before = text.slice(0, pos);
  const line = before.split("\n").length;
  return { line, column: pos - before.lastIndexOf("\n") };
}

function firstOutsideStrings(text: string, ch: string): number {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === ch) return i;
    else if (c === '"') inString = true;
  }
  return -1;
}

/**
 * Parse and check a metrics.json. `label` names it in errors (a path as the user typed it). Throws a
 * ModelopsError (exit 2) that names the file and what is wrong: not JSON (with the line), or a missing field.
 * Metric values may be numbers, `null` or "NaN" (NaN), "Infinity" or "-Infinity".
 */
export function parseMetricsFile(text: string, label: string): MetricsFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    let msg = (e as Error).message;
    const m = /at position (\d+)/.exec(msg);
    if (m) {
      const { line, column } = lineCol(text, Number(m[1]));
      msg = msg.replace(/ in JSON at position \d+/, "").replace(/at position \d+/, "");
      msg = `${msg.trim()} at line ${line} column ${column}`;
    } else if (/end of JSON input/.test(msg)) {
      msg = `${msg} at line ${text.split("\n").length}`;
    } else if (/is not valid JSON/.test(msg)) {
      // V8 names the token but not where it is: take its first occurrence outside a string literal
      const token = /^Unexpected token '(.)'/.exec(msg)?.[1];
      const pos = token === undefined ? -1 : firstOutsideStrings(text, token);
      msg = `${msg.replace(/, ".*" is not valid JSON$/s, "")} at line ${pos < 0 ? 1 : lineCol(text, pos).line}`;
    }
    throw new ModelopsError(`${label}: not valid JSON (${msg})`);
  }
  const what = `not a modelops metrics file (what \`modelops evaluate\` writes)`;
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new ModelopsError(`${label}: ${what}: expected a JSON object`);
  }
  const o = raw as Record<string, unknown>;
  for (const field of ["schema", "model", "metrics"]) {
    if (!(field in o)) throw new ModelopsError(`${label}: ${what}: missing field "${field}"`);
  }
  if (o.schema !== METRICS_SCHEMA) {
    throw new ModelopsError(
      `${label}: unsupported "schema" ${JSON.stringify(o.schema)}, expected "${METRICS_SCHEMA}"`,
    );
  }
  if (typeof o.model !== "string" || o.model === "") {
    throw new ModelopsError(`${label}: field "model" must be the model's name`);
  }
  if (typeof o.metrics !== "object" || o.metrics === null || Array.isArray(o.metrics)) {
    throw new ModelopsError(`${label}: field "metrics" must be an object of metric name -> number`);
  }
  const metrics: Record<string, number> = {};
  for (const [k, v] of Object.entries(o.metrics as Record<string, unknown>)) {
    if (typeof v === "number") metrics[k] = v;
    else if (v === null || v === "NaN") metrics[k] = Number.NaN;
    else if (v === "Infinity" || v === "-Infinity") metrics[k] = Number(v);
    else throw new ModelopsError(`${label}: metrics.${k} is ${JSON.stringify(v)}, expected a number`);
  }
  return { ...(o as unknown as MetricsFile), metrics };
}

/** Read and check a metrics.json; `label` (default: the path) names it in errors. */
export async function readMetricsFile(file: string, label: string = file): Promise<MetricsFile> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new ModelopsError(`${label}: file not found`);
    if (code === "EISDIR") throw new ModelopsError(`${label}: is a folder, expected a metrics.json file`);
    throw new ModelopsError(`${label}: cannot read (${(e as Error).message})`);
  }
  return parseMetricsFile(text, label);
}
