// The sections of the sticky PR comment besides the verdict: params diff, data summary with drift against
// production's training data (the data engine's own section), training curves (a Mermaid xychart with a table beside it), model size and
// latency, and the body assembly that keeps GitHub's 65,536-character limit by shortening sections, never the
// verdict and gate table.
import { type DriftOptions, driftBetweenProfiles } from "../pipelines/data/drift.ts";
import { renderDataSection } from "../pipelines/data/report.ts";
import type { DataProfile } from "../pipelines/data/types.ts";
import type { MetricsFile } from "../pipelines/evaluate/types.ts";
import { tableCell as cell, formatNumber } from "../pipelines/format/index.ts";

// Explanations (permutation importance, per-class changes): the engine's section, shared with the actions' report.
export { renderExplanations } from "../pipelines/evaluate/explain-report.ts";
// The training curves are the shared report module's (one renderer for the bot, the Actions and the demo).
export { renderCurves } from "../pipelines/report/curves.ts";

/** GitHub refuses comment bodies over 65,536 characters; keep a margin for the markers. */
export const MAX_BODY = 65_000;

const fmt = (v: unknown): string =>
  v === undefined ? "—" : typeof v === "number" ? formatNumber(v) : `\`${cell(JSON.stringify(v))}\``;

/** `{ a: { b: 1 }, c: [1, 2] }` -> { "a.b": 1, c: [1, 2] } (arrays of scalars stay whole). */
export function flatten(
  value: unknown,
  prefix = "",
  out: Record<string, unknown> = {},
): Record<string, unknown> {
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== "object")) out[prefix] = value;
    else {
      for (const [i, v] of value.entries()) flatten(v, `${prefix}[${i}]`, out);
    }
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else out[prefix] = value;
  return out;
}

/** Params diff: what the candidate's config changes against the production artifact's. */
export function renderParams(
  production: Record<string, unknown> | undefined,
  candidate: Record<string, unknown> | undefined,
  productionTag?: string,
): { summary: string; body: string } {
  if (!candidate)
    return { summary: "Params: unknown", body: "The pull request's modelops.yaml could not be read." };
  const cand = flatten(candidate);
  if (!production) {
    const rows = Object.entries(cand).map(([k, v]) => `| \`${k}\` | ${fmt(v)} |`);
    return {
      summary: "Params (first version)",
      body: ["| param | candidate |", "| :--- | :--- |", ...rows].join("\n"),
    };
  }
  const prod = flatten(production);
  const keys = [...new Set([...Object.keys(prod), ...Object.keys(cand)])].sort();
  const changed = keys.filter((k) => JSON.stringify(prod[k]) !== JSON.stringify(cand[k]));
  if (changed.length === 0) {
    return { summary: "Params: unchanged", body: `Same params as production \`${productionTag ?? ""}\`.` };
  }
  const rows = changed.map((k) => `| \`${k}\` | ${fmt(prod[k])} | ${fmt(cand[k])} |`);
  return {
    summary: `Params: ${changed.length} changed`,
    body: [`| param | production | candidate |`, "| :--- | :--- | :--- |", ...rows].join("\n"),
  };
}

/**
 * Data summary: rows, cleaning, missing values, schema changes and drift of the PR's data against
 * production's training data, as the data engine renders it for PR reports (pipelines/data
 * renderDataSection: KS / chi-square tests or distances by sample size, PSI, dataset drift by share).
 */
export function renderData(
  candidate: DataProfile | undefined,
  production: DataProfile | undefined,
  opts: DriftOptions = {},
): { summary: string; body: string } {
  if (!candidate)
    return { summary: "Data: no profile.json in the run", body: "The run uploaded no profile.json." };
  const missing = candidate.columns.reduce((a, c) => a + c.missing, 0);
  let drift = "";
  if (production) {
    const report = driftBetweenProfiles(production, candidate, opts);
    drift = report.datasetDrift
      ? `, ⚠️ dataset drift (${report.drifted} of ${report.total} columns)`
      : report.drifted
        ? `, ${report.drifted} of ${report.total} columns drifted`
        : ", no drift";
  }
  return {
    summary: `Data: ${candidate.rows.raw} rows${missing ? `, ${missing} missing values` : ""}${drift}`,
    body: renderDataSection(production ?? null, candidate, opts),
  };
}

/** One line: model size, latency, backend, rows, input key. */
export function renderModelLine(m: MetricsFile): string {
  const parts: string[] = [];
  if (m.metrics.size_mb !== undefined) parts.push(`size ${formatNumber(m.metrics.size_mb)} MB`);
  if (m.metrics.latency_p50_ms !== undefined || m.metrics.latency_p95_ms !== undefined) {
    parts.push(
      `latency p50 ${m.metrics.latency_p50_ms === undefined ? "—" : formatNumber(m.metrics.latency_p50_ms)} ms / p95 ${m.metrics.latency_p95_ms === undefined ? "—" : formatNumber(m.metrics.latency_p95_ms)} ms`,
    );
  }
  parts.push(`backend ${m.backend}`);
  if (m.rows) parts.push(`test rows ${m.rows.test}`);
  if (m.key) parts.push(`input key \`${m.key.slice(0, 12)}\``);
  return `**Model:** ${parts.join(" · ")}`;
}

export interface Section {
  /** Shown whatever the size (the verdict and gate table). */
  required?: boolean;
  text: string;
  /** Shorter versions to try, longest first, when the body is too long. */
  shorter?: string[];
}

/** Joins sections into a body under `limit` characters: optional sections shrink, then go, last first. */
export function fitBody(sections: Section[], limit = MAX_BODY): string {
  const chosen = sections.map((s) => s.text);
  const total = () => chosen.reduce((a, t) => a + t.length + 2, 0);
  for (let i = sections.length - 1; i >= 0 && total() > limit; i--) {
    const s = sections[i] as Section;
    if (s.required) continue;
    for (const alt of s.shorter ?? []) {
      chosen[i] = alt;
      if (total() <= limit) break;
    }
    if (total() > limit) chosen[i] = "";
  }
  let body = chosen.filter(Boolean).join("\n\n");
  if (body.length > limit) body = `${body.slice(0, limit - 40)}\n\n… (truncated)`;
  return body;
}

/** A collapsible section. */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? " open" : ""}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/** The first `max` characters of a markdown section, cut at a line, with a note saying so. */
export function truncated(body: string, max: number, where: string): string {
  if (body.length <= max) return body;
  const cut = body.slice(0, max);
  const at = cut.lastIndexOf("\n");
  return `${cut.slice(0, at > 0 ? at : max)}\n\n… truncated (${body.length - max} more characters); the full text is in ${where}.`;
}
