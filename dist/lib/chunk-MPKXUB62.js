import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  bestRun,
  collectRuns,
  leaderboardMarkdown,
  rankTrials,
  rankingMetric
} from "./chunk-7MISDKXX.js";
import {
  judgingGates
} from "./chunk-SKV7GBHQ.js";
import {
  judge,
  loadBaseline,
  readOptionalJson,
  reportMarkdown
} from "./chunk-NKJFV7UZ.js";
import {
  flag,
  modelInputs,
  parseMetricsFile,
  resolveModel,
  setFailed,
  setOutputs,
  shown,
  step,
  text,
  warning,
  writeSummary
} from "./chunk-OMYMUVFQ.js";
import {
  ModelopsError
} from "./chunk-IZDZPW4P.js";

// actions/report/main.ts
import { readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
async function run(deps = {}) {
  await step(deps, async (d) => {
    const ws = d.context.workspace;
    const modelIn = modelInputs({ registry: true });
    const failOnGate = flag("fail-on-gate", false);
    const baselineFile = text("baseline");
    const runsDir = text("runs");
    const metricIn = text("metric");
    const m = await resolveModel(modelIn, ws);
    if (runsDir) {
      await leaderboard(m, resolve(ws, runsDir), metricIn, ws);
      return;
    }
    const metricsPath = join(m.outDir, "metrics.json");
    const text2 = await readFile(metricsPath, "utf8").catch(() => {
      throw new ModelopsError(
        `${m.outRel}/metrics.json not found: run the evaluate (or run) action first, or download the run's artifact into ${m.outRel}`
      );
    });
    const metrics = parseMetricsFile(text2, `${m.outRel}/metrics.json`);
    const baseline = await loadBaseline(m.ref.name, {
      ...baselineFile && { file: join(ws, baselineFile), shownFile: baselineFile },
      registryRoot: m.registryRoot
    });
    const judging = await judgingGates(d.context, m, { token: text("token"), api: d.api });
    const { comparison, gate, fact, failure } = judge(baseline, metrics, judging);
    if (judging.error) warning(`${m.ref.name}: ${judging.error}`);
    const history = await readOptionalJson(m.outDir, "history.json");
    const profile = await readOptionalJson(m.outDir, "profile.json");
    const markdown = reportMarkdown({
      title: `modelops report: ${m.ref.name}`,
      facts: [
        ...metrics.key ? [`Input key \`${metrics.key.slice(0, 12)}\`.`] : [],
        `Metrics of ${metrics.createdAt ?? "an earlier run"} on ${metrics.backend}.`,
        fact
      ],
      comparison,
      baselineSource: baseline.source,
      explain: { baseline: baseline.metrics, candidate: metrics },
      ...history && { history },
      ...profile && { profile }
    });
    const reportPath = join(m.outDir, "report.md");
    await writeFile(reportPath, markdown);
    await writeSummary(markdown);
    setOutputs({
      ...metrics.key && { key: metrics.key },
      "metrics-path": `${m.outRel}/metrics.json`,
      "report-path": shown(ws, reportPath),
      gate
    });
    if (gate === "fail" && failOnGate) {
      setFailed(`${m.ref.name}: gates failed: ${failure}`);
    }
  });
}
async function leaderboard(m, root, metricIn, ws) {
  const metric = rankingMetric(m.ref.config, metricIn || void 0);
  const runs = await collectRuns(root, m.ref.name);
  if (runs.length === 0) {
    throw new ModelopsError(
      `no run of ${m.ref.name} under ${shown(ws, root)} (expected folders with metrics.json, as actions/download-artifact writes them)`
    );
  }
  const rows = rankTrials(runs, metric);
  const best = bestRun(rows[0], metric);
  const markdown = [
    `## modelops report: ${m.ref.name} leaderboard`,
    "",
    `- ${runs.length} runs in ${rows.length} trials under \`${shown(ws, root)}\`.`,
    `- Best trial: **${rows[0].trial}**; its best run: \`${shown(ws, best.dir)}\`.`,
    "",
    leaderboardMarkdown(m.ref.name, metric, rows, (d) => shown(ws, d)),
    ""
  ].join("\n");
  const reportPath = join(root, "leaderboard.md");
  await writeFile(reportPath, markdown);
  await writeSummary(markdown);
  setOutputs({
    ...best.metrics.key && { key: best.metrics.key },
    "metrics-path": shown(ws, join(best.dir, "metrics.json")),
    "report-path": shown(ws, reportPath),
    "best-dir": shown(ws, best.dir),
    "best-trial": rows[0].trial
  });
}

export {
  run
};
