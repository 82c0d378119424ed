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
} from "./chunk-OMYMUVFQ.js";
import {
  formatNumber
} from "./chunk-GZSAGK6Y.js";

// actions/lib/report.ts
import { readFile } from "node:fs/promises";
import { join } from "node:path";

// pipelines/evaluate/explain-report.ts
var SHOWN_FEATURES = 10;
var SHOWN_CLASSES = 3;
function perClassChanges(production, candidate, max = SHOWN_CLASSES) {
  const before = new Map(production.map((c) => [c.label, c]));
  const changes = [];
  for (const c of candidate) {
    const p = before.get(c.label);
    if (!p) continue;
    let best;
    for (const metric of ["f1", "recall", "precision"]) {
      const delta = c[metric] - p[metric];
      if (!Number.isFinite(delta) || delta === 0) continue;
      if (!best || Math.abs(delta) > Math.abs(best.delta))
        best = { label: c.label, metric, production: p[metric], candidate: c[metric], delta };
    }
    if (best) changes.push(best);
  }
  return changes.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta)).slice(0, max);
}
function renderExplanations(production, candidate) {
  const parts = [];
  const summary = [];
  const cand = readImportance(candidate.importance);
  const prod = production ? readImportance(production.importance) : void 0;
  if (cand === "malformed")
    parts.push("The candidate's `importance` in metrics.json is malformed; not shown.");
  else if (cand) {
    parts.push(importanceTable(cand, prod === "malformed" ? void 0 : prod));
    if (cand.features[0]) summary.push(`top feature \`${name(cand.features[0].feature)}\``);
    parts.push(importanceNote(cand, production, prod));
  } else {
    parts.push(
      candidate.perClass || candidate.task === "regression" ? "No feature importance: the candidate's evaluation did not compute it (image models, or `evaluate.importance: false`)." : "No feature importance in the candidate's metrics."
    );
  }
  if (candidate.task === "regression") {
    parts.push("Per-class changes: none for a regression model (it has no classes).");
  } else if (!production) {
    parts.push("Per-class changes: no production version to compare with.");
  } else if (!validClasses(candidate.perClass) || !validClasses(production.perClass)) {
    parts.push("Per-class changes: production's or the candidate's metrics have no per-class report.");
  } else {
    const changes = perClassChanges(production.perClass, candidate.perClass);
    if (changes.length === 0)
      parts.push("Per-class changes: precision, recall and F1 are the same for every class.");
    else {
      parts.push(classTable(changes));
      const top = changes[0];
      summary.push(`largest class change \`${name(top.label)}\` ${top.metric} ${signed(top.delta)}`);
    }
  }
  return {
    summary: `Explanations${summary.length ? `: ${summary.join("; ")}` : ""}`,
    body: parts.join("\n\n")
  };
}
function importanceTable(cand, prod) {
  const before = new Map(prod?.features.map((f) => [f.feature, f]) ?? []);
  const rows = cand.features.slice(0, SHOWN_FEATURES).map((f) => {
    const p = before.get(f.feature);
    return `| \`${name(f.feature)}\` | ${importance(f)} | ${p ? importance(p) : "\u2014"} |`;
  });
  return [
    "**Feature importance**",
    "",
    `| feature | importance, candidate | importance, production |`,
    "| :--- | ---: | ---: |",
    ...rows
  ].join("\n");
}
function importanceNote(cand, production, prod) {
  const more = cand.total > Math.min(cand.features.length, SHOWN_FEATURES) ? ` (top ${SHOWN_FEATURES} of ${cand.total})` : "";
  const prodNote = !production ? " No production version to compare with." : prod === "malformed" ? " Production's `importance` is malformed; not shown." : !prod ? " Production's metrics have no importance (evaluated before it existed)." : "";
  return `<sub>Permutation importance${more}: drop of ${cand.score} on the test split when the feature's values are shuffled across rows, mean \xB1 std over ${cand.repeats} repeats of ${cand.rows} rows (seed ${cand.seed}; ${formatNumber(cand.seconds, 2)} s). Near 0: the model does not use it.${prodNote}</sub>`;
}
function classTable(changes) {
  return [
    "**Per-class changes** (each class's largest change of precision, recall or F1)",
    "",
    "| class | metric | production | candidate | \u0394 |",
    "| :--- | :--- | ---: | ---: | ---: |",
    ...changes.map(
      (c) => `| \`${name(c.label)}\` | ${c.metric} | ${formatNumber(c.production)} | ${formatNumber(c.candidate)} | ${signed(c.delta)} |`
    )
  ].join("\n");
}
var importance = (f) => `${formatNumber(f.mean, 3)} \xB1 ${formatNumber(f.std, 2)}`;
var signed = (d) => `${d > 0 ? "+" : d < 0 ? "\u2212" : ""}${formatNumber(Math.abs(d), 3)}`;
function name(s) {
  return String(s).slice(0, 80).replace(/[`|\r\n]/g, " ").replace(/</g, "\u2039").replace(/>/g, "\u203A");
}
function readImportance(v) {
  if (v === void 0 || v === null) return void 0;
  const r = v;
  const ok = typeof r === "object" && Array.isArray(r.features) && r.features.every(
    (f) => f && typeof f.feature === "string" && typeof f.mean === "number" && typeof f.std === "number"
  ) && typeof r.score === "string" && ["repeats", "rows", "seed", "seconds", "total"].every(
    (k) => typeof r[k] === "number"
  );
  return ok ? r : "malformed";
}
function validClasses(v) {
  return Array.isArray(v) && v.every(
    (c) => c && typeof c.label === "string" && ["precision", "recall", "f1"].every((k) => typeof c[k] === "number")
  );
}

// pipelines/report/mermaid.ts
function xychart(c) {
  return [
    "```mermaid",
    "xychart-beta",
    `  title "${c.title}"`,
    `  x-axis "${c.x.label}" [${c.x.values.join(", ")}]`,
    `  y-axis "${c.y.label}"${c.y.range ? ` ${c.y.range[0]} --> ${c.y.range[1]}` : ""}`,
    ...c.lines.map((line) => `  line [${line.join(", ")}]`),
    "```"
  ];
}

// pipelines/report/curves.ts
function pick(items, max, keep = () => false) {
  if (items.length <= max) return items;
  const step = (items.length - 1) / (max - 1);
  const idx = /* @__PURE__ */ new Set();
  for (let i = 0; i < max; i++) idx.add(Math.round(i * step));
  for (const [i, t] of items.entries()) if (keep(t)) idx.add(i);
  return [...idx].sort((a, b) => a - b).map((i) => items[i]);
}
function renderCurves(history, maxRows = 20) {
  if (!history || history.epochs.length === 0) {
    return {
      summary: "Training curves: no history.json in the run",
      body: "The run uploaded no history.json."
    };
  }
  const series = [...new Set(history.epochs.flatMap((e) => Object.keys(e)))].filter((k) => k !== "epoch");
  const lossSeries = series.filter((s) => /loss/.test(s));
  const plotted = lossSeries.length ? lossSeries : series.slice(0, 2);
  const points = pick(history.epochs, 50);
  const values = plotted.flatMap(
    (s) => points.map((e) => e[s]).filter((v) => Number.isFinite(v))
  );
  const lo = values.length ? Math.min(...values) : 0;
  const hi = values.length ? Math.max(...values) : 1;
  const chart = xychart({
    title: `${plotted.join(" and ")} per epoch`,
    x: { label: "epoch", values: points.map((e) => e.epoch) },
    y: {
      label: plotted.length === 1 ? plotted[0] : "loss",
      range: [formatNumber(Math.max(0, lo - (hi - lo) * 0.05)), formatNumber(hi + (hi - lo) * 0.05 || 1)]
    },
    lines: plotted.map(
      (s) => points.map((e) => Number.isFinite(e[s]) ? formatNumber(e[s]) : "0")
    )
  });
  const legend = plotted.length > 1 ? `Lines, in order: ${plotted.map((s) => `\`${s}\``).join(", ")}.` : "";
  const rows = pick(history.epochs, maxRows, (e) => e.epoch === history.bestEpoch);
  const table = [
    `| epoch | ${series.join(" | ")} |`,
    `| ---: | ${series.map(() => "---:").join(" | ")} |`,
    ...rows.map(
      (e) => `| ${e.epoch}${e.epoch === history.bestEpoch ? " \u2605" : ""} | ${series.map((s) => e[s] === void 0 ? "\u2014" : formatNumber(e[s])).join(" | ")} |`
    )
  ];
  const note = `${history.epochs.length} epochs on ${history.backend} in ${formatNumber(history.seconds, 3)} s${history.stoppedEarly ? ", stopped early" : ""}; \u2605 best epoch ${history.bestEpoch} (weights kept).`;
  return {
    summary: `Training curves (${history.epochs.length} epochs)`,
    body: [...chart, legend, "", table.join("\n"), "", note].filter((l, i, a) => !(l === "" && a[i - 1] === "")).join("\n")
  };
}

// actions/lib/report.ts
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
  if (opts.explain) {
    const { summary, body } = renderExplanations(opts.explain.baseline, opts.explain.candidate);
    parts.push(`### ${summary}`, "", body, "");
  }
  if (opts.history) parts.push("### Training curves", "", renderCurves(opts.history).body, "");
  if (opts.profile) parts.push("### Data", "", dataTable(opts.profile), "");
  return `${parts.join("\n").trimEnd()}
`;
}
function dataTable(profile) {
  const r = profile.rows;
  return [
    "| rows read | dropped | train | validation | test |",
    "| ---: | ---: | ---: | ---: | ---: |",
    `| ${r.raw} | ${r.dropped} | ${r.train} | ${r.validation} | ${r.test} |`
  ].join("\n");
}
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
