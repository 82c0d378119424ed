import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  objectiveOf,
  parseTrialRecord,
  trialValues
} from "./chunk-RV3B3XUR.js";
import {
  parseMetricsFile
} from "./chunk-OMYMUVFQ.js";
import {
  METRIC_DIRECTIONS,
  formatOr,
  tableCell
} from "./chunk-GZSAGK6Y.js";
import {
  ModelopsError
} from "./chunk-IZDZPW4P.js";

// actions/lib/leaderboard.ts
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
function trialName(trial, overrides) {
  if (trial) return trial;
  const parts = Object.entries(overrides).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  return parts.length ? parts.join(" ") : "as configured";
}
async function collectRuns(root, model) {
  const entries = [];
  const visit = async (dir, depth) => {
    const text = await readFile(join(dir, "metrics.json"), "utf8").catch(() => void 0);
    if (text !== void 0) {
      const metrics = parseMetricsFile(text, join(dir, "metrics.json"));
      if (metrics.model !== model) return;
      const trial = await readFile(join(dir, "trial.json"), "utf8").then((t) => parseTrialRecord(JSON.parse(t))).catch(() => void 0);
      const overrides = trial ? trialValues(trial) : {};
      entries.push({
        dir,
        trial: trial ? String(trial.trial) : trialName(void 0, overrides),
        overrides,
        metrics
      });
      return;
    }
    if (depth === 0) return;
    const children = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const c of children.filter((c2) => c2.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
      await visit(join(dir, c.name), depth - 1);
    }
  };
  await visit(root, 2);
  return entries;
}
function rankingMetric(config, explicit) {
  if (explicit) {
    if (!(explicit in METRIC_DIRECTIONS)) {
      throw new ModelopsError(
        `input metric is ${JSON.stringify(explicit)}; expected one of ${Object.keys(METRIC_DIRECTIONS).join(", ")}`
      );
    }
    return explicit;
  }
  if (config.tune?.search?.objective) return objectiveOf(config);
  return Object.keys(config.gates)[0] ?? objectiveOf(config);
}
function rankTrials(runs, metric) {
  const higher = METRIC_DIRECTIONS[metric] !== "lower";
  const groups = /* @__PURE__ */ new Map();
  for (const r of runs) groups.set(r.trial, [...groups.get(r.trial) ?? [], r]);
  const rows = [...groups].map(([trial, members]) => {
    const values = members.map(
      (m) => m.metrics.metrics[metric] ?? Number.NaN
    );
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const std = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
    return { trial, overrides: members[0].overrides, runs: members, mean, std };
  });
  const score = (v) => Number.isNaN(v) ? Number.NEGATIVE_INFINITY : higher ? v : -v;
  return rows.sort((a, b) => score(b.mean) - score(a.mean) || a.trial.localeCompare(b.trial));
}
function bestRun(row, metric) {
  const higher = METRIC_DIRECTIONS[metric] !== "lower";
  const value = (r) => r.metrics.metrics[metric] ?? Number.NaN;
  return [...row.runs].sort((a, b) => higher ? value(b) - value(a) : value(a) - value(b))[0];
}
function leaderboardMarkdown(model, metric, rows, shownDir) {
  const arrow = METRIC_DIRECTIONS[metric] === "lower" ? "\u2193" : "\u2191";
  return [
    `### Leaderboard: ${model}, ranked by ${metric} ${arrow}`,
    "",
    `| rank | trial | runs | ${metric} mean | \xB1 std | best run |`,
    "| ---: | :--- | ---: | ---: | ---: | :--- |",
    ...rows.map(
      (r, i) => `| ${i + 1} | ${tableCell(r.trial)} | ${r.runs.length} | ${formatOr(r.mean, "NaN")} | ${formatOr(r.std, "NaN")} | \`${shownDir(bestRun(r, metric).dir)}\` |`
    ),
    "",
    "<sub>Runs of one trial (the same overrides on different folds) are averaged; std is the population standard deviation.</sub>"
  ].join("\n");
}

export {
  trialName,
  collectRuns,
  rankingMetric,
  rankTrials,
  bestRun,
  leaderboardMarkdown
};
