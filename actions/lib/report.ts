// The markdown a step leaves behind: in the job summary (core.summary) and as report.md in the run folder.
// The metric table is the engine's (compareMetrics + renderMarkdown, the same as `modelops diff`); around it
// go the facts a reviewer asks first: was this trained or restored, on which backend, from which commit.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { ModelConfig } from "../../pipelines/config/index.ts";
import type { DataProfile } from "../../pipelines/data/types.ts";
import { renderExplanations } from "../../pipelines/evaluate/explain-report.ts";
import {
  type Comparison,
  compareMetrics,
  type MetricsFile,
  parseMetricsFile,
  renderMarkdown,
} from "../../pipelines/evaluate/index.ts";
import { productionMetrics } from "../../pipelines/gitops/release.ts";
import { Registry } from "../../pipelines/registry/index.ts";
import { renderCurves } from "../../pipelines/report/curves.ts";
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
  /** The explanations section (importance, per-class changes) of the candidate against the baseline. */
  explain?: { baseline: MetricsFile | null; candidate: MetricsFile };
}): string {
  const parts = [`## ${opts.title}`, "", ...opts.facts.map((f) => `- ${f}`), ""];
  if (opts.comparison) {
    parts.push("### Metrics", "", renderMarkdown(opts.comparison).trimEnd(), "");
    if (opts.baselineSource) parts.push(`<sub>Baseline: ${opts.baselineSource}.</sub>`, "");
  }
  if (opts.explain) {
    const { summary, body } = renderExplanations(opts.explain.baseline, opts.explain.candidate);
    parts.push(`### ${summary}`, "", body, "");
  }
  if (opts.history) parts.push("### Training curves", "", renderCurves(opts.history).body, "");
  if (opts.profile) parts.push("### Data", "", dataTable(opts.profile), "");
  return `${parts.join("\n").trimEnd()}\n`;
}

function dataTable(profile: DataProfile): string {
  const r = profile.rows;
  return [
    "| rows read | dropped | train | validation | test |",
    "| ---: | ---: | ---: | ---: | ---: |",
    `| ${r.raw} | ${r.dropped} | ${r.train} | ${r.validation} | ${r.test} |`,
  ].join("\n");
}

export async function readOptionalJson<T>(dir: string, file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(join(dir, file), "utf8")) as T;
  } catch {
    return undefined;
  }
}
