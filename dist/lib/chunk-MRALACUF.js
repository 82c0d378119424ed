import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  Registry,
  compareMetrics,
  parseMetricsFile,
  productionMetrics,
  renderMarkdown
} from "./chunk-VTQTYAZ2.js";

// actions/lib/report.ts
import { readFile } from "node:fs/promises";
import { join } from "node:path";
async function loadBaseline(model, opts) {
  if (opts.file) {
    const label = opts.shownFile ?? opts.file;
    return { metrics: parseMetricsFile(await readFile(opts.file, "utf8"), label), source: label };
  }
  const registry = await Registry.open(opts.registryRoot);
  const production = await registry.resolveAlias(model, "production");
  if (!production) return { metrics: null, source: "none (no production version in the registry)" };
  return {
    metrics: await productionMetrics(registry, production),
    source: `production v${production.version} of the registry`
  };
}
function compare(baseline, metrics, gates) {
  return compareMetrics(baseline.metrics, metrics, gates ?? {});
}
function judge(baseline, metrics, judging) {
  const comparison = compare(baseline, metrics, judging.gates);
  const gate = judging.error ? "fail" : gateOutput(comparison);
  const failure = judging.error ?? comparison.gates.flatMap((g) => g.reasons).join("; ");
  return {
    comparison,
    gate,
    fact: `Gates (${judging.source}): **${gate}**${judging.error ? `: ${judging.error}` : ""}.`,
    failure: gate === "fail" ? failure : ""
  };
}
function gateOutput(c) {
  return c.gates.length === 0 ? "none" : c.passed ? "pass" : "fail";
}
function reportMarkdown(opts) {
  const parts = [`## ${opts.title}`, "", ...opts.facts.map((f) => `- ${f}`), ""];
  if (opts.comparison) {
    parts.push("### Metrics", "", renderMarkdown(opts.comparison).trimEnd(), "");
    if (opts.baselineSource) parts.push(`<sub>Baseline: ${opts.baselineSource}.</sub>`, "");
  }
  if (opts.history) parts.push("### Training curves", "", curves(opts.history), "");
  if (opts.profile) parts.push("### Data", "", dataTable(opts.profile), "");
  return `${parts.join("\n").trimEnd()}
`;
}
var MAX_POINTS = 60;
var num = (v) => Number(v.toPrecision(4));
function curves(history) {
  const names = ["loss", "val_loss"].filter(
    (n2) => history.epochs.some((e) => typeof e[n2] === "number" && Number.isFinite(e[n2]))
  );
  const n = history.epochs.length;
  if (names.length === 0 || n === 0) return "_No training curves recorded._";
  const step = Math.max(1, Math.ceil(n / MAX_POINTS));
  const picked = history.epochs.filter((_, i) => i % step === 0 || i === n - 1);
  const value = (e, name) => {
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
    "```"
  ];
  const last = history.epochs[n - 1];
  const best = history.epochs[history.bestEpoch - 1];
  const table = [
    "",
    `| | ${names.join(" | ")} |`,
    `| :--- |${names.map(() => " ---: |").join("")}`,
    `| last epoch (${last.epoch}) | ${names.map((m) => fmt(last[m])).join(" | ")} |`,
    ...best && best !== last ? [`| kept epoch (${best.epoch}) | ${names.map((m) => fmt(best[m])).join(" | ")} |`] : [],
    "",
    `<sub>${n} epochs in ${history.seconds.toFixed(1)}s on ${history.backend}${history.stoppedEarly ? `, stopped early; weights of epoch ${history.bestEpoch} kept` : ""}.</sub>`
  ];
  return [...chart, ...table].join("\n");
}
function dataTable(profile) {
  const r = profile.rows;
  return [
    "| rows read | dropped | train | validation | test |",
    "| ---: | ---: | ---: | ---: | ---: |",
    `| ${r.raw} | ${r.dropped} | ${r.train} | ${r.validation} | ${r.test} |`
  ].join("\n");
}
var fmt = (v) => typeof v === "number" && Number.isFinite(v) ? String(num(v)) : "\u2014";
async function readOptionalJson(dir, file) {
  try {
    return JSON.parse(await readFile(join(dir, file), "utf8"));
  } catch {
    return void 0;
  }
}

export {
  loadBaseline,
  judge,
  reportMarkdown,
  readOptionalJson
};
