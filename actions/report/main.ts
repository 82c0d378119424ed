// modelops/actions/report: the metric table, gates and curves of a finished run folder (this job's, or one
// downloaded from another job's artifact) as report.md and the job summary. Reads files (and, on a pull
// request, the default branch's modelops.yaml for its gates) only: safe on forks.
import { readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import * as core from "@actions/core";
import type { DataProfile } from "../../pipelines/data/types.ts";
import { ModelopsError } from "../../pipelines/errors.ts";
import { parseMetricsFile } from "../../pipelines/evaluate/index.ts";
import type { TrainingHistory } from "../../pipelines/train/history.ts";
import * as inputs from "../lib/inputs.ts";
import { judgingGates } from "../lib/judging-gates.ts";
import { bestRun, collectRuns, leaderboardMarkdown, rankingMetric, rankTrials } from "../lib/leaderboard.ts";
import { type ResolvedModel, resolveModel, shown } from "../lib/model.ts";
import { judge, loadBaseline, readOptionalJson, reportMarkdown } from "../lib/report.ts";
import { type ActionDeps, setOutputs, step, writeSummary } from "../lib/step.ts";

export async function run(deps: Partial<ActionDeps> & { fetch?: typeof fetch } = {}): Promise<void> {
  await step(deps, async (d) => {
    const ws = d.context.workspace;
    const modelIn = inputs.modelInputs({ registry: true });
    const failOnGate = inputs.flag("fail-on-gate", false);
    const baselineFile = inputs.text("baseline");
    const runsDir = inputs.text("runs");
    const metricIn = inputs.text("metric");
    const m = await resolveModel(modelIn, ws);
    if (runsDir) {
      await leaderboard(m, resolve(ws, runsDir), metricIn, ws);
      return;
    }
    const metricsPath = join(m.outDir, "metrics.json");
    const text = await readFile(metricsPath, "utf8").catch(() => {
      throw new ModelopsError(
        `${m.outRel}/metrics.json not found: run the evaluate (or run) action first, or download the run's artifact into ${m.outRel}`,
      );
    });
    const metrics = parseMetricsFile(text, `${m.outRel}/metrics.json`);
    const baseline = await loadBaseline(m.ref.name, {
      ...(baselineFile && { file: join(ws, baselineFile), shownFile: baselineFile }),
      registryRoot: m.registryRoot,
    });
    const judging = await judgingGates(d.context, m, { token: inputs.text("token"), api: d.api });
    const { comparison, gate, fact, failure } = judge(baseline, metrics, judging);
    if (judging.error) core.warning(`${m.ref.name}: ${judging.error}`);
    const history = await readOptionalJson<TrainingHistory>(m.outDir, "history.json");
    const profile = await readOptionalJson<DataProfile>(m.outDir, "profile.json");
    const markdown = reportMarkdown({
      title: `modelops report: ${m.ref.name}`,
      facts: [
        ...(metrics.key ? [`Input key \`${metrics.key.slice(0, 12)}\`.`] : []),
        `Metrics of ${metrics.createdAt ?? "an earlier run"} on ${metrics.backend}.`,
        fact,
      ],
      comparison,
      baselineSource: baseline.source,
      explain: { baseline: baseline.metrics, candidate: metrics },
      ...(history && { history }),
      ...(profile && { profile }),
    });
    const reportPath = join(m.outDir, "report.md");
    await writeFile(reportPath, markdown);
    await writeSummary(markdown);
    setOutputs({
      ...(metrics.key && { key: metrics.key }),
      "metrics-path": `${m.outRel}/metrics.json`,
      "report-path": shown(ws, reportPath),
      gate,
    });
    if (gate === "fail" && failOnGate) {
      core.setFailed(`${m.ref.name}: gates failed: ${failure}`);
    }
  });
}

/** The reduce job of a matrix: rank the runs under `root`, report the table, point at the best run. */
async function leaderboard(m: ResolvedModel, root: string, metricIn: string, ws: string): Promise<void> {
  const metric = rankingMetric(m.ref.config, metricIn || undefined);
  const runs = await collectRuns(root, m.ref.name);
  if (runs.length === 0) {
    throw new ModelopsError(
      `no run of ${m.ref.name} under ${shown(ws, root)} (expected folders with metrics.json, as actions/download-artifact writes them)`,
    );
  }
  const rows = rankTrials(runs, metric);
  const best = bestRun(rows[0]!, metric);
  const markdown = [
    `## modelops report: ${m.ref.name} leaderboard`,
    "",
    `- ${runs.length} runs in ${rows.length} trials under \`${shown(ws, root)}\`.`,
    `- Best trial: **${rows[0]!.trial}**; its best run: \`${shown(ws, best.dir)}\`.`,
    "",
    leaderboardMarkdown(m.ref.name, metric, rows, (d) => shown(ws, d)),
    "",
  ].join("\n");
  const reportPath = join(root, "leaderboard.md");
  await writeFile(reportPath, markdown);
  await writeSummary(markdown);
  setOutputs({
    ...(best.metrics.key && { key: best.metrics.key }),
    "metrics-path": shown(ws, join(best.dir, "metrics.json")),
    "report-path": shown(ws, reportPath),
    "best-dir": shown(ws, best.dir),
    "best-trial": rows[0]!.trial,
  });
}
