// The pages, rendered on the server: every value from the store goes through the html tag (escaped).
// Charts are <canvas> elements that ui.js fills with Chart.js from a JSON block; every chart has an
// accessible name and the same numbers in a table beside it, so nothing depends on seeing the canvas.
import type { DriftReport } from "../data/drift.ts";
import type { DataProfile } from "../data/types.ts";
import { formatNumber } from "../evaluate/gates.ts";
import type { StoreProblem } from "../registry/model-store.ts";
import { tagOf } from "../registry/tag.ts";
import type { RunRow } from "../runs/catalog.ts";
import type { ParamValue, RunComparison } from "../runs/compare.ts";
import type { TrainingHistory } from "../train/history.ts";
import { Html, html, jsonScript } from "./html.ts";
import type { LiveState } from "./live.ts";
import { KIND_LABELS, type TimelineEntry } from "./timeline.ts";
import type { Links, ModelSummary, ModelView, RunsView, VersionView } from "./views.ts";

export interface PageContext {
  /** Path prefix the pages live under: "" for `modelops ui`, "/ui" inside `modelops serve`. */
  base: string;
  storeUri: string;
  links: Links;
  problems: StoreProblem[];
}

const v = (n: number | null | undefined) => (n === null || n === undefined ? "—" : `v${n}`);
const when = (iso: string | undefined) => (iso ? iso.replace("T", " ").replace(/\.\d+Z$/, "Z") : "—");
const num = (x: number | null | undefined) => (x === null || x === undefined ? "—" : formatNumber(x));
const short = (sha: string | undefined) => (sha ? sha.slice(0, 7) : "");

export function paramText(x: ParamValue | undefined): string {
  if (x === null || x === undefined) return "—";
  return typeof x === "number" ? formatNumber(x, 6) : String(x);
}

function layout(ctx: PageContext, title: string, body: Html, current: "models" | "runs"): string {
  const b = ctx.base;
  const nav = (href: string, label: string, key: typeof current) =>
    html`<a href="${b}${href}"${key === current ? new Html(' aria-current="page"') : ""}>${label}</a>`;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${title} · modelops</title>
<link rel="stylesheet" href="${b}/assets/ui.css">
<link rel="icon" href="data:,">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
<nav aria-label="Main">
<span class="brand">modelops</span>
${nav("/", "Models", "models")}
${nav("/runs", "Runs", "runs")}
</nav>
<span class="store" title="registry store">${ctx.storeUri}</span>
</header>
<main id="main" tabindex="-1">
${problemsBox(ctx.problems)}
${body}
</main>
<script src="${b}/assets/chart.umd.min.js"></script>
<script src="${b}/assets/ui.js"></script>
</body>
</html>
`.text;
}

function problemsBox(problems: StoreProblem[]): Html {
  if (problems.length === 0) return html``;
  return html`<section class="problems" role="alert" aria-labelledby="problems-h">
<h2 id="problems-h">Records the store skipped</h2>
<ul>${problems.map((p) => html`<li><code>${p.where}</code>: ${p.why}</li>`)}</ul>
</section>`;
}

function linkOr(href: string | undefined, text: string, title?: string): Html {
  return href
    ? html`<a href="${href}"${title ? html` title="${title}"` : ""}>${text}</a>`
    : html`<code${title ? html` title="${title}"` : ""}>${text}</code>`;
}

function commitRef(ctx: PageContext, sha: string | undefined): Html {
  if (!sha) return html`—`;
  return linkOr(ctx.links.commit?.(sha), short(sha), sha);
}

// ---- models --------------------------------------------------------------------------------------------

/** What the model server says it serves now (--server), or why it could not say. */
function liveCell(live: LiveState | undefined, model: string): Html {
  if (!live) return html``;
  if (!live.ok) return html`<td class="muted">server unreachable</td>`;
  const m = live.models.get(model);
  if (!m) return html`<td class="muted">not served</td>`;
  const serving = Object.entries(m.serving)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([label, n]) => `${label} v${n}`)
    .join(", ");
  const drift = m.drift
    ? m.drift.detected
      ? html`, <strong class="problem">drift (${formatNumber(m.drift.share * 100)}% of features)</strong>`
      : `, no drift`
    : "";
  return html`<td data-live="${model}">serving ${serving || "nothing"}; ${m.requests} requests${m.errors ? `, ${m.errors} failed` : ""}${drift}</td>`;
}

export function modelsPage(ctx: PageContext, models: ModelSummary[], live?: LiveState): string {
  const rows = models.map(
    (m) => html`<tr data-model="${m.model}">
<th scope="row"><a href="${ctx.base}/models/${encodeURIComponent(m.model)}">${m.model}</a></th>
<td class="num">${m.versions}</td>
<td>${m.production === undefined ? "—" : html`<a href="${versionHref(ctx, m.model, m.production)}">${v(m.production)}</a>`}</td>
<td>${m.canary === undefined ? "—" : html`<a href="${versionHref(ctx, m.model, m.canary)}">${v(m.canary)}</a>${m.traffic ? ` (${formatNumber(m.traffic.canaryPercent)}% of traffic)` : ""}`}</td>
<td>${m.lastRelease ? html`${v(m.lastRelease.version)} <time datetime="${m.lastRelease.at}">${when(m.lastRelease.at)}</time>` : "—"}</td>
<td>${m.lastMove ? html`<span class="kind kind-${m.lastMove.kind}">${KIND_LABELS[m.lastMove.kind]}</span> ${m.lastMove.alias} ${v(m.lastMove.from)} → ${v(m.lastMove.to)}, <time datetime="${m.lastMove.at}">${when(m.lastMove.at)}</time>` : "—"}</td>
${liveCell(live, m.model)}
</tr>`,
  );
  const body = html`<h1>Models</h1>
${live && !live.ok ? html`<p class="problem" role="status">The model server ${live.url} did not answer: ${live.why}</p>` : ""}
${live?.ok ? html`<p class="muted">Live state from the model server ${live.url}.</p>` : ""}
${
  models.length === 0
    ? html`<p>The registry holds no models yet. Run <code>modelops run</code> and release a version.</p>`
    : html`<table class="data" aria-describedby="models-caption">
<caption id="models-caption">Every model in the registry, the versions its aliases name and its last alias move</caption>
<thead><tr><th scope="col">Model</th><th scope="col">Versions</th><th scope="col">Production</th><th scope="col">Canary</th><th scope="col">Last release</th><th scope="col">Last move</th>${live ? html`<th scope="col">Live</th>` : ""}</tr></thead>
<tbody>${rows}</tbody>
</table>`
}`;
  return layout(ctx, "Models", body, "models");
}

function versionHref(ctx: PageContext, model: string, n: number): string {
  return `${ctx.base}/models/${encodeURIComponent(model)}/versions/${n}`;
}

// ---- one model: versions, metric charts, timeline -----------------------------------------------------

export function modelPage(ctx: PageContext, view: ModelView): string {
  const order = (a: string) => ["production", "canary", "previous"].indexOf(a) >>> 0;
  const aliasText = Object.entries(view.aliases)
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(
      ([a, n]) =>
        html`<li><span class="alias">${a}</span> <a href="${versionHref(ctx, view.model, n)}">${v(n)}</a></li>`,
    );
  const charts = view.series.map(
    (s, i) => html`<figure class="chart">
<div class="chart-box"><canvas id="metric-chart-${i}" data-chart="metric-data-${i}" data-metric="${s.metric}" role="img" tabindex="0" aria-label="${s.metric} of ${view.model} across versions ${s.versions.map((n) => `v${n}`).join(", ")}"></canvas></div>
<figcaption>${s.metric}</figcaption>
${jsonScript(`metric-data-${i}`, {
  type: "line",
  labels: s.versions.map((n) => `v${n}`),
  datasets: [{ label: s.metric, data: s.values }],
})}
</figure>`,
  );
  const versionRows = [...view.versions].reverse().map(
    (ver) => html`<tr data-version="${ver.version}">
<th scope="row"><a href="${versionHref(ctx, view.model, ver.version)}">${v(ver.version)}</a></th>
<td>${ver.aliases.map((a) => html`<span class="alias">${a}</span> `)}</td>
<td><time datetime="${ver.createdAt}">${when(ver.createdAt)}</time></td>
<td>${commitRef(ctx, ver.commit)}${ver.pr !== undefined ? html` · ${linkOr(ctx.links.pull?.(ver.pr), `#${ver.pr}`)}` : ""}${ctx.links.release ? html` · <a href="${ctx.links.release(view.model, ver.version)}">release</a>` : ""}</td>
${view.metricNames.map((m) => html`<td class="num">${num(ver.metrics?.[m])}</td>`)}
</tr>`,
  );
  const body = html`<h1>${view.model}</h1>
<ul class="aliases" aria-label="aliases">${aliasText.length ? aliasText : html`<li>no aliases</li>`}</ul>
${view.traffic ? html`<p>Canary traffic: ${formatNumber(view.traffic.canaryPercent)}% (${view.traffic.reason}, ${when(view.traffic.at)})</p>` : ""}
<p><a href="${ctx.base}/runs?model=${encodeURIComponent(view.model)}">Runs of ${view.model}</a></p>
<section aria-labelledby="charts-h">
<h2 id="charts-h">Metrics across versions</h2>
${view.series.length ? html`<div class="charts">${charts}</div>` : html`<p>No version has metrics.</p>`}
</section>
<section aria-labelledby="versions-h">
<h2 id="versions-h">Versions</h2>
<div class="scroll"><table class="data" id="versions-table">
<caption>Versions of ${view.model}, newest first, with their metrics</caption>
<thead><tr><th scope="col">Version</th><th scope="col">Aliases</th><th scope="col">Created</th><th scope="col">Commit</th>${view.metricNames.map((m) => html`<th scope="col" class="num">${m}</th>`)}</tr></thead>
<tbody>${versionRows}</tbody>
</table></div>
</section>
<section aria-labelledby="timeline-h">
<h2 id="timeline-h">Alias history</h2>
${timeline(ctx, view.model, view.timeline)}
</section>`;
  return layout(ctx, view.model, body, "models");
}

function timeline(ctx: PageContext, model: string, entries: TimelineEntry[]): Html {
  if (entries.length === 0) return html`<p>No alias has been set yet.</p>`;
  const items = [...entries].reverse().map(
    (e) => html`<li class="event kind-${e.kind}" data-kind="${e.kind}">
<div class="when"><time datetime="${e.at}">${when(e.at)}</time></div>
<div class="what"><strong class="kind">${KIND_LABELS[e.kind]}</strong>
<span class="alias">${e.alias}</span> ${moveText(ctx, model, e)}
${e.kind === "rollback" && e.commit ? html`<span class="revert">revert commit ${commitRef(ctx, e.commit)}</span>` : e.commit ? html`<span>commit ${commitRef(ctx, e.commit)}</span>` : ""}
<div class="reason">${e.kind === "abort" ? "reason: " : ""}${e.reason}${e.actor ? html` <span class="actor">by ${e.actor}</span>` : ""}</div></div>
</li>`,
  );
  return html`<ol class="timeline" aria-label="alias moves of ${model}, newest first">${items}</ol>`;
}

function moveText(ctx: PageContext, model: string, e: TimelineEntry): Html {
  const ref = (n: number | null) =>
    n === null ? html`none` : html`<a href="${versionHref(ctx, model, n)}">${v(n)}</a>`;
  return html`${ref(e.from)} → ${ref(e.to)}`;
}

// ---- one version -----------------------------------------------------------------------------------------

export function versionPage(ctx: PageContext, view: VersionView): string {
  const ver = view.version;
  const m = view.metricsFile;
  const record: Array<[string, Html | string]> = [
    ["Model", html`<a href="${ctx.base}/models/${encodeURIComponent(view.model)}">${view.model}</a>`],
    ["Version", v(ver.version)],
    ["Aliases", view.aliases.join(", ") || "—"],
    ["Created", when(ver.createdAt)],
    ["Commit", commitRef(ctx, ver.commit)],
    ["Source", ver.source ?? "—"],
    ["Input key", html`<code>${ver.key}</code>`],
    ["Artifact digest", html`<code>${ver.digest}</code>`],
  ];
  if (ver.tag)
    record.push([
      "Tag",
      ctx.links.release
        ? html`<a href="${ctx.links.release(view.model, ver.version)}">${ver.tag}</a>`
        : ver.tag,
    ]);
  if (ver.pr !== undefined) record.push(["Pull request", linkOr(ctx.links.pull?.(ver.pr), `#${ver.pr}`)]);
  if (ver.measured) record.push(["Measured commit", commitRef(ctx, ver.measured)]);
  if (ver.approvers?.length) record.push(["Approved by", ver.approvers.join(", ")]);
  if (ver.override)
    record.push(["Override", `${ver.override.by}: ${ver.override.reason} (${when(ver.override.at)})`]);
  if (m) {
    record.push(
      ["Task", m.task],
      ["Backend", m.backend],
      ["Rows (train / validation / test)", `${m.rows.train} / ${m.rows.validation} / ${m.rows.test}`],
    );
  }
  const metrics = Object.entries(m?.metrics ?? ver.metrics ?? {});
  const compareHref = (a: number, b: number) =>
    `${ctx.base}/compare?${new URLSearchParams([
      ["run", tagOf(view.model, a)],
      ["run", tagOf(view.model, b)],
    ])}`;
  const body = html`<h1>${view.model} ${v(ver.version)}</h1>
${ver.version > 1 ? html`<p><a href="${compareHref(ver.version - 1, ver.version)}">Compare with v${ver.version - 1}</a></p>` : ""}
${view.problem ? html`<p class="problem" role="alert">The artifact could not be read: ${view.problem}</p>` : ""}
<section aria-labelledby="card-h">
<h2 id="card-h">Model card</h2>
<dl class="record">${record.map(([k, x]) => html`<dt>${k}</dt><dd>${x}</dd>`)}</dl>
${view.card ? html`<pre class="card">${view.card}</pre>` : ""}
</section>
<section aria-labelledby="metrics-h">
<h2 id="metrics-h">Metrics</h2>
${metrics.length ? html`<table class="data"><caption>Metrics on the test split</caption><thead><tr><th scope="col">Metric</th><th scope="col" class="num">Value</th></tr></thead><tbody>${metrics.map(([k, x]) => html`<tr><th scope="row">${k}</th><td class="num">${num(x)}</td></tr>`)}</tbody></table>` : html`<p>No metrics recorded.</p>`}
${m?.perClass?.length ? perClassTable(m.perClass) : ""}
${m?.confusionMatrix ? confusionTable(m.confusionMatrix) : ""}
</section>
${paramsTable(view.params)}
${view.history ? curvesSection("Training curves", [{ id: v(ver.version), history: view.history }]) : ""}
${view.profile ? profileSection(view.profile) : ""}
${view.drift ? driftSection(view.drift.against, view.drift.report) : view.profile ? html`<section aria-labelledby="drift-h"><h2 id="drift-h">Drift</h2><p>No earlier version to compare the training data with.</p></section>` : ""}`;
  return layout(ctx, `${view.model} ${v(ver.version)}`, body, "models");
}

function perClassTable(rows: NonNullable<VersionView["metricsFile"]>["perClass"] & object): Html {
  return html`<table class="data" id="per-class"><caption>Per-class metrics</caption>
<thead><tr><th scope="col">Class</th><th scope="col" class="num">Precision</th><th scope="col" class="num">Recall</th><th scope="col" class="num">F1</th><th scope="col" class="num">Support</th></tr></thead>
<tbody>${rows.map((r) => html`<tr><th scope="row">${r.label}</th><td class="num">${num(r.precision)}</td><td class="num">${num(r.recall)}</td><td class="num">${num(r.f1)}</td><td class="num">${r.support}</td></tr>`)}</tbody></table>`;
}

function confusionTable(cm: { labels: string[]; matrix: number[][] }): Html {
  const max = Math.max(1, ...cm.matrix.flat());
  return html`<table class="data confusion" id="confusion"><caption>Confusion matrix (rows: true class, columns: predicted)</caption>
<thead><tr><td></td>${cm.labels.map((l) => html`<th scope="col">${l}</th>`)}</tr></thead>
<tbody>${cm.matrix.map(
    (row, i) =>
      html`<tr><th scope="row">${cm.labels[i] ?? String(i)}</th>${row.map(
        (x) => html`<td class="num heat h${Math.min(9, Math.floor((x / max) * 9.999))}">${x}</td>`,
      )}</tr>`,
  )}</tbody></table>`;
}

function paramsTable(params: Record<string, ParamValue>): Html {
  const entries = Object.entries(params).sort(([a], [b]) => a.localeCompare(b));
  return html`<section aria-labelledby="params-h"><h2 id="params-h">Params</h2>
${entries.length ? html`<table class="data"><caption>The config the version was trained with</caption><thead><tr><th scope="col">Param</th><th scope="col">Value</th></tr></thead><tbody>${entries.map(([k, x]) => html`<tr><th scope="row"><code>${k}</code></th><td><code>${paramText(x)}</code></td></tr>`)}</tbody></table>` : html`<p>This version's artifact records no params.</p>`}
</section>`;
}

function profileSection(p: DataProfile): Html {
  return html`<section aria-labelledby="profile-h"><h2 id="profile-h">Data profile</h2>
<p>${p.rows.raw} rows read, ${p.rows.dropped} dropped; ${p.rows.train} train, ${p.rows.validation} validation, ${p.rows.test} test.</p>
<div class="scroll"><table class="data" id="profile"><caption>Training data, per column</caption>
<thead><tr><th scope="col">Column</th><th scope="col">Role</th><th scope="col">Type</th><th scope="col" class="num">Missing</th><th scope="col" class="num">Mean</th><th scope="col" class="num">Std</th><th scope="col" class="num">Min</th><th scope="col" class="num">Max</th><th scope="col">Top values</th></tr></thead>
<tbody>${p.columns.map(
    (c) =>
      html`<tr><th scope="row">${c.name}</th><td>${c.role}</td><td>${c.type}</td><td class="num">${c.missing}</td><td class="num">${num(c.mean)}</td><td class="num">${num(c.std)}</td><td class="num">${num(c.min)}</td><td class="num">${num(c.max)}</td><td>${
        c.counts
          ? Object.entries(c.counts)
              .slice(0, 5)
              .map(([k, n]) => `${k} (${n})`)
              .join(", ")
          : "—"
      }</td></tr>`,
  )}</tbody></table></div></section>`;
}

function driftSection(against: number, r: DriftReport): Html {
  return html`<section aria-labelledby="drift-h"><h2 id="drift-h">Drift against v${against}</h2>
<p>${r.datasetDrift ? "Dataset drift: " : ""}${r.drifted} of ${r.total} features drifted${r.approximate ? " (from profiles: approximate)" : ""}.</p>
<table class="data" id="drift"><caption>Training data of this version against v${against}'s, per feature</caption>
<thead><tr><th scope="col">Feature</th><th scope="col">Method</th><th scope="col" class="num">Statistic</th><th scope="col" class="num">p-value</th><th scope="col" class="num">PSI</th><th scope="col">Drifted</th></tr></thead>
<tbody>${r.features.map((f) => html`<tr><th scope="row">${f.name}</th><td>${f.method}</td><td class="num">${num(f.statistic)}</td><td class="num">${num(f.pValue)}</td><td class="num">${num(f.psi)}</td><td>${f.drifted ? "yes" : "no"}</td></tr>`)}</tbody></table></section>`;
}

/** One chart per series (loss, val_loss, ...), one line per run: the curves overlaid. */
function curvesSection(
  title: string,
  runs: Array<{ id: string; history: TrainingHistory | undefined }>,
): Html {
  const names = [
    ...new Set(runs.flatMap((r) => (r.history ? r.history.epochs.flatMap((e) => Object.keys(e)) : []))),
  ]
    .filter((k) => k !== "epoch")
    .sort();
  const epochs = Math.max(0, ...runs.map((r) => r.history?.epochs.length ?? 0));
  return curveCharts(
    title,
    names.map((name) => ({
      name,
      epochs,
      lines: runs.map((r) => ({
        label: r.id,
        data: r.history ? r.history.epochs.map((e) => (Number.isFinite(e[name]) ? e[name]! : null)) : [],
      })),
    })),
  );
}

function curveCharts(
  title: string,
  charts: Array<{
    name: string;
    epochs: number;
    lines: Array<{ label: string; data: Array<number | null> }>;
  }>,
): Html {
  if (charts.length === 0) return html``;
  return html`<section aria-labelledby="curves-h"><h2 id="curves-h">${title}</h2><div class="charts">${charts.map(
    (c, i) => html`<figure class="chart">
<div class="chart-box"><canvas id="curve-chart-${i}" data-chart="curve-data-${i}" data-series="${c.name}" role="img" tabindex="0" aria-label="${c.name} by epoch for ${c.lines.map((l) => l.label).join(", ")}"></canvas></div>
<figcaption>${c.name} by epoch</figcaption>
${jsonScript(`curve-data-${i}`, {
  type: "line",
  labels: Array.from({ length: c.epochs }, (_, e) => String(e + 1)),
  datasets: c.lines,
})}
</figure>`,
  )}</div></section>`;
}

// ---- runs and compare ------------------------------------------------------------------------------------

export function runsPage(ctx: PageContext, view: RunsView): string {
  const b = ctx.base;
  const filter = html`<form class="filter" method="get" action="${b}/runs" role="search">
<label for="model-filter">Model</label>
<select id="model-filter" name="model">
<option value=""${view.model === undefined ? new Html(" selected") : ""}>all models</option>
${view.models.map((m) => html`<option value="${m}"${m === view.model ? new Html(" selected") : ""}>${m}</option>`)}
</select>
<button type="submit">Filter</button>
</form>`;
  const rows = view.runs.map(
    (r) => html`<tr data-run="${r.id}">
<td><input type="checkbox" name="run" value="${r.id}" id="pick-${r.id}" aria-label="select run ${r.id} of ${r.model}"></td>
<th scope="row"><label for="pick-${r.id}"><code>${r.id}</code></label></th>
<td>${r.model}</td>
<td><time datetime="${r.createdAt}">${when(r.createdAt)}</time></td>
<td>${releasedCell(ctx, r)}</td>
${view.metrics.map((m) => html`<td class="num">${num(r.metrics[m])}</td>`)}
<td>${paramsCell(r, view.varyingParams[r.model] ?? [])}</td>
<td>${r.problem ? html`<span class="problem">${r.problem}</span>` : r.paramsRecorded ? "" : html`<span class="muted">params not recorded</span>`}</td>
</tr>`,
  );
  const body = html`<h1>Runs</h1>
${filter}
<form method="get" action="${b}/compare" id="compare-form">
<p class="hint" id="compare-hint">Select two or more runs, then compare their params, metrics and training curves.</p>
<button type="submit" id="compare-button" aria-describedby="compare-hint">Compare selected</button>
<div class="scroll"><table class="data" id="runs-table">
<caption>${view.total} run${view.total === 1 ? "" : "s"}${view.model ? ` of ${view.model}` : ""}, released or not, newest first${view.pages > 1 ? `; ${(view.page - 1) * view.perPage + 1}-${(view.page - 1) * view.perPage + view.runs.length} shown` : ""}</caption>
<thead><tr><th scope="col"><span class="sr-only">Select</span></th><th scope="col">Run</th><th scope="col">Model</th><th scope="col">Created</th><th scope="col">Released</th>${view.metrics.map((m) => html`<th scope="col" class="num">${m}</th>`)}<th scope="col">Differing params</th><th scope="col"><span class="sr-only">Notes</span></th></tr></thead>
<tbody>${rows}</tbody>
</table></div>
</form>
${pager(ctx, view)}`;
  return layout(ctx, "Runs", body, "runs");
}

function pager(ctx: PageContext, view: RunsView): Html {
  if (view.pages <= 1) return html``;
  const href = (page: number) =>
    `${ctx.base}/runs?${new URLSearchParams({ ...(view.model && { model: view.model }), page: String(page) })}`;
  return html`<nav class="pager" aria-label="pages of runs">
${view.page > 1 ? html`<a href="${href(view.page - 1)}" rel="prev">Newer runs</a>` : ""}
<span>page ${view.page} of ${view.pages}</span>
${view.page < view.pages ? html`<a href="${href(view.page + 1)}" rel="next">Older runs</a>` : ""}
</nav>`;
}

/** The params that vary between the listed runs, one `name value` line each (long values shortened). */
function paramsCell(r: RunRow, names: string[]): Html {
  const present = names.filter((p) => p in r.params);
  if (present.length === 0) return html`—`;
  return html`<dl class="kv">${present.map((p) => {
    const text = paramText(r.params[p]);
    return html`<dt>${p}</dt><dd${text.length > 40 ? html` title="${text}"` : ""}><code>${text.length > 40 ? `${text.slice(0, 39)}…` : text}</code></dd>`;
  })}</dl>`;
}

function releasedCell(ctx: PageContext, r: RunRow): Html {
  if (r.versions.length === 0) return html`<span class="muted">not released</span>`;
  return html`${r.versions.map((n) => html`<a href="${versionHref(ctx, r.model, n)}">${v(n)}</a> `)}${r.aliases.map((a) => html`<span class="alias">${a}</span> `)}`;
}

export function comparePage(ctx: PageContext, c: RunComparison): string {
  const head = c.runs.map(
    (r) =>
      html`<th scope="col" data-run="${r.id}"><code>${r.id}</code><br><span class="muted">${r.model}${r.versions.length ? ` ${r.versions.map((n) => `v${n}`).join(" ")}` : ", not released"}</span></th>`,
  );
  const changed = c.params.filter((p) => p.differs);
  const paramRow = (p: RunComparison["params"][number]) =>
    html`<tr data-param="${p.name}"${p.differs ? new Html(' class="differs"') : ""}><th scope="row"><code>${p.name}</code></th>${p.values.map((x) => html`<td><code>${paramText(x)}</code></td>`)}</tr>`;
  const metricRow = (m: RunComparison["metrics"][number]) =>
    html`<tr data-metric="${m.name}"><th scope="row">${m.name}${m.direction ? (m.direction === "higher" ? " ↑" : " ↓") : ""}</th>${m.values.map(
      (x, i) =>
        html`<td class="num${m.best === i ? " best" : ""}">${num(x)}${i > 0 && m.deltas[i] !== null ? html` <span class="delta">(${m.deltas[i]! >= 0 ? "+" : ""}${num(m.deltas[i])})</span>` : ""}${m.best === i ? html`<span class="sr-only"> best</span>` : ""}</td>`,
    )}</tr>`;
  const names = [...new Set(c.curves.flatMap((x) => Object.keys(x.series)))].sort();
  const body = html`<h1>Compare ${c.runs.length} runs</h1>
<p><a href="${ctx.base}/runs">Back to the runs</a></p>
<section aria-labelledby="pdiff-h">
<h2 id="pdiff-h">Params diff</h2>
${changed.length ? html`<table class="data" id="params-diff"><caption>${changed.length === 1 ? "1 param differs" : `${changed.length} params differ`}</caption><thead><tr><th scope="col">Param</th>${head}</tr></thead><tbody>${changed.map(paramRow)}</tbody></table>` : html`<p id="params-diff">The runs have the same params.</p>`}
<details><summary>All ${c.params.length} params</summary>
<table class="data" id="params-all"><caption>Every param of the runs</caption><thead><tr><th scope="col">Param</th>${head}</tr></thead><tbody>${c.params.map(paramRow)}</tbody></table>
</details>
</section>
<section aria-labelledby="mdiff-h">
<h2 id="mdiff-h">Metrics</h2>
<table class="data" id="metrics-diff"><caption>Metrics, with the change against the first run; the best in the metric's direction is marked</caption><thead><tr><th scope="col">Metric</th>${head}</tr></thead><tbody>${c.metrics.map(metricRow)}</tbody></table>
</section>
${curveCharts(
  "Training curves",
  names.map((name) => ({
    name,
    epochs: Math.max(0, ...c.curves.map((x) => x.series[name]?.length ?? 0)),
    lines: c.curves.map((x) => ({ label: x.id, data: x.series[name] ?? [] })),
  })),
)}
${jsonScript("comparison", c)}`;
  return layout(ctx, "Compare runs", body, "runs");
}

export function messagePage(ctx: PageContext, title: string, message: string): string {
  return layout(
    ctx,
    title,
    html`<h1>${title}</h1><p class="problem">${message}</p><p><a href="${ctx.base}/">Models</a> · <a href="${ctx.base}/runs">Runs</a></p>`,
    "models",
  );
}
