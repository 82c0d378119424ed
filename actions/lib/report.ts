// The markdown a step leaves behind: in the job summary (core.summary) and as report.md in the run folder.
// The metric table is the engine's (compareMetrics + renderMarkdown, the same as `modelops diff`); around it
// go the facts a reviewer asks first: was this trained or restored, on which backend, from which commit.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { ModelConfig } from "../../pipelines/config/index.ts";
import type { DataProfile } from "../../pipelines/data/types.ts";
import {
  type Comparison,
  compareMetrics,
  type MetricsFile,
  parseMetricsFile,
  renderMarkdown,
} from "../../pipelines/evaluate/index.ts";
import { productionMetrics } from "../../pipelines/gitops/release.ts";
import { Registry } from "../../pipelines/registry/index.ts";
import type { TrainingHistory } from "../../pipelines/train/history.ts";
import type { JudgingGates } from "./judging-gates.ts";

export interface Facts {
  /** "restored from the Actions cache ...", "trained in 3.2s", ... one line each, shown as a list. */
  lines: string[];
}

export interface Baseline {
  metrics: MetricsFile | null;
  /** Where it came from, for the summary. */
  source: string;
}

/**
 * The metrics to compare against: the `baseline` input (a metrics.json, e.g. downloaded from the release),
 * else the registry's production version, else none (first release).
 */
export async function loadBaseline(
  model: string,
  opts: { file?: string; shownFile?: string; registryRoot: string },
): Promise<Baseline> {
  if (opts.file) {
    const label = opts.shownFile ?? opts.file;
    return { metrics: parseMetricsFile(await readFile(opts.file, "utf8"), label), source: label };
  }
  const registry = await Registry.open(opts.registryRoot);
  const production = await registry.resolveAlias(model, "production");
  if (!production) return { metrics: null, source: "none (no production version in the registry)" };
  return {
    metrics: await productionMetrics(registry, production),
    source: `production v${production.version} of the registry`,
  };
}

export function compare(
  baseline: Baseline,
  metrics: MetricsFile,
  gates: ModelConfig["gates"] | undefined,
): Comparison {
  return compareMetrics(baseline.metrics, metrics, gates ?? {});
}

export interface Judgement {
  comparison: Comparison;
  gate: "pass" | "fail" | "none";
  /** The report's line: the result and where the gates come from. */
  fact: string;
  /** Why the gate failed, for fail-on-gate; empty when it did not. */
  failure: string;
}

/**
 * The candidate under the gates it is judged by (judgingGates: the default branch's on a pull request). A
 * default branch whose gates cannot be read fails the gate with the reason: fail closed, and say why.
 */
export function judge(baseline: Baseline, metrics: MetricsFile, judging: JudgingGates): Judgement {
  const comparison = compare(baseline, metrics, judging.gates);
  const gate = judging.error ? "fail" : gateOutput(comparison);
  const failure = judging.error ?? comparison.gates.flatMap((g) => g.reasons).join("; ");
  return {
    comparison,
    gate,
    fact: `Gates (${judging.source}): **${gate}**${judging.error ? `: ${judging.error}` : ""}.`,
    failure: gate === "fail" ? failure : "",
  };
}

/** pass, fail, or none when the model has no gates. */
export function gateOutput(c: Comparison): "pass" | "fail" | "none" {
  return c.gates.length === 0 ? "none" : c.passed ? "pass" : "fail";
}

export function reportMarkdown(opts: {
  title: string;
  facts: string[];
  comparison?: Comparison;
  baselineSource?: string;
  history?: TrainingHistory;
  profile?: DataProfile;
}): string {
  const parts = [`## ${opts.title}`, "", ...opts.facts.map((f) => `- ${f}`), ""];
  if (opts.comparison) {
    parts.push("### Metrics", "", renderMarkdown(opts.comparison).trimEnd(), "");
    if (opts.baselineSource) parts.push(`<sub>Baseline: ${opts.baselineSource}.</sub>`, "");
  }
  if (opts.history) parts.push("### Training curves", "", curves(opts.history), "");
  if (opts.profile) parts.push("### Data", "", dataTable(opts.profile), "");
  return `${parts.join("\n").trimEnd()}\n`;
}

const MAX_POINTS = 60;
const num = (v: number) => Number(v.toPrecision(4));

/**
 * Loss (and validation loss) by epoch as a Mermaid xychart, which GitHub renders in job summaries and
 * comments, and the same numbers as a table for readers without Mermaid.
 */
export function curves(history: TrainingHistory): string {
  const names = ["loss", "val_loss"].filter((n) =>
    history.epochs.some((e) => typeof e[n] === "number" && Number.isFinite(e[n])),
  );
  const n = history.epochs.length;
  if (names.length === 0 || n === 0) return "_No training curves recorded._";
  const step = Math.max(1, Math.ceil(n / MAX_POINTS));
  const picked = history.epochs.filter((_, i) => i % step === 0 || i === n - 1);
  const value = (e: (typeof picked)[number], name: string) => {
    const v = e[name];
    return typeof v === "number" && Number.isFinite(v) ? num(v) : 0;
  };
  const chart = [
    "```mermaid",
    "xychart-beta",
    `  title "${names.join(" and ")} by epoch (${names.map((m, i) => `${i === 0 ? "first" : "second"} line: ${m}`).join(", ")})"`,
    `  x-axis "epoch" [${picked.map((e) => e.epoch).join(", ")}]`,
    `  y-axis "loss"`,
    ...names.map((name) => `  line [${picked.map((e) => value(e, name)).join(", ")}]`),
    "```",
  ];
  const last = history.epochs[n - 1]!;
  const best = history.epochs[history.bestEpoch - 1];
  const table = [
    "",
    `| | ${names.join(" | ")} |`,
    `| :--- |${names.map(() => " ---: |").join("")}`,
    `| last epoch (${last.epoch}) | ${names.map((m) => fmt(last[m])).join(" | ")} |`,
    ...(best && best !== last
      ? [`| kept epoch (${best.epoch}) | ${names.map((m) => fmt(best[m])).join(" | ")} |`]
      : []),
    "",
    `<sub>${n} epochs in ${history.seconds.toFixed(1)}s on ${history.backend}${history.stoppedEarly ? `, stopped early; weights of epoch ${history.bestEpoch} kept` : ""}.</sub>`,
  ];
  return [...chart, ...table].join("\n");
}

function dataTable(profile: DataProfile): string {
  const r = profile.rows;
  return [
    "| rows read | dropped | train | validation | test |",
    "| ---: | ---: | ---: | ---: | ---: |",
    `| ${r.raw} | ${r.dropped} | ${r.train} | ${r.validation} | ${r.test} |`,
  ].join("\n");
}

const fmt = (v: number | undefined) => (typeof v === "number" && Number.isFinite(v) ? String(num(v)) : "—");

export async function readOptionalJson<T>(dir: string, file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(join(dir, file), "utf8")) as T;
  } catch {
    return undefined;
  }
}
