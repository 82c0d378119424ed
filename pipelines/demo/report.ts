// The demo's report folder: report.md for reading in a terminal or a PR, report.html with loss curves. The
// HTML is the same Markdown rendered by marked (GitHub-flavoured: tables become tables). Raw HTML in it keeps
// only the few attribute-free tags our reports use (<sub>, <details>, ...); any other markup is shown as
// text, since the sections quote user data (column names, branch names).
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Marked } from "marked";
import { makeDirs } from "../make-dirs.ts";

const SAFE_TAG = /^<\/?(sub|sup|details|summary|br|b|i|em|strong|code|kbd)( open)?\s*\/?>$/i;

/** Raw HTML from Markdown: the safe tags as they are, HTML comments dropped, everything else as text. */
function safeHtml(raw: string): string {
  return raw
    .replace(/<!--[\s\S]*?-->/g, "")
    .split(/(<[^>]*>)/)
    .map((part) => (SAFE_TAG.test(part) ? part : escapeHtml(part)))
    .join("");
}

const markdown = new Marked({ gfm: true, renderer: { html: ({ text }) => safeHtml(text) } });

/** Markdown as HTML; raw HTML in the source is escaped, not passed through. */
export function markdownToHtml(text: string): string {
  return markdown.parse(text, { async: false }) as string;
}

export interface Curve {
  name: string;
  /** One value per epoch; non-finite values (a diverged run) are drawn as gaps. */
  values: number[];
}

export interface StageLine {
  stage: string;
  ok: boolean;
  text: string;
}

const COLORS = ["#1f77b4", "#2ca02c", "#d62728", "#9467bd", "#ff7f0e"];

/**
 * A dependency-free SVG line chart: epochs on x, loss on y (log scale when values span decades). The legend
 * sits under the plot, one row per curve across the whole width, so long run names are not cut off.
 */
export function lossChartSvg(
  curves: Curve[],
  opts: { width?: number; height?: number; title?: string } = {},
): string {
  const width = opts.width ?? 640;
  const plotHeight = opts.height ?? 320;
  const legendTop = plotHeight + 4;
  const height = legendTop + curves.length * 18 + 8;
  const pad = { left: 56, right: 16, top: 28, bottom: 36 };
  const finite = curves.flatMap((c) => c.values.filter((v) => Number.isFinite(v) && v > 0));
  const maxEpochs = Math.max(1, ...curves.map((c) => c.values.length));
  const lo = finite.length ? Math.min(...finite) : 0.01;
  const hi = finite.length ? Math.max(...finite) : 1;
  const log = hi / lo > 50;
  const f = (v: number) => (log ? Math.log10(v) : v);
  const [ylo, yhi] = [f(lo), f(hi) === f(lo) ? f(lo) + 1 : f(hi)];
  const x = (i: number) => pad.left + (i / Math.max(1, maxEpochs - 1)) * (width - pad.left - pad.right);
  const y = (v: number) => pad.top + (1 - (f(v) - ylo) / (yhi - ylo)) * (plotHeight - pad.top - pad.bottom);
  const paths = curves.map((c, k) => {
    let d = "";
    let pen = false;
    c.values.forEach((v, i) => {
      if (!Number.isFinite(v) || v <= 0) {
        pen = false;
        return;
      }
      d += `${pen ? "L" : "M"}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
      pen = true;
    });
    const color = COLORS[k % COLORS.length];
    const ly = legendTop + 14 + k * 18;
    return (
      `<path d="${d}" fill="none" stroke="${color}" stroke-width="2"/>` +
      `<g class="legend"><rect x="${pad.left}" y="${ly - 6}" width="16" height="3" fill="${color}"/>` +
      `<text x="${pad.left + 22}" y="${ly}" font-size="12">${escapeHtml(c.name)}</text></g>`
    );
  });
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((t) => {
    const raw = ylo + t * (yhi - ylo);
    const value = log ? 10 ** raw : raw;
    const py = pad.top + (1 - t) * (plotHeight - pad.top - pad.bottom);
    return `<line x1="${pad.left}" x2="${width - pad.right}" y1="${py}" y2="${py}" stroke="#eee"/><text x="${pad.left - 6}" y="${py + 4}" font-size="11" text-anchor="end">${value.toPrecision(2)}</text>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">`,
    opts.title
      ? `<text x="${pad.left}" y="16" font-size="13" font-weight="bold">${escapeHtml(opts.title)}</text>`
      : "",
    ...ticks,
    `<line x1="${pad.left}" x2="${width - pad.right}" y1="${plotHeight - pad.bottom}" y2="${plotHeight - pad.bottom}" stroke="#888"/>`,
    `<text x="${(pad.left + width - pad.right) / 2}" y="${plotHeight - 8}" font-size="12" text-anchor="middle">epoch (1-${maxEpochs})${log ? ", loss on a log scale" : ""}</text>`,
    ...paths,
    "</svg>",
  ].join("\n");
}

export async function writeReport(
  dir: string,
  report: {
    title: string;
    stages: StageLine[];
    sections: Array<{ heading: string; markdown: string }>;
    curves: Curve[];
  },
): Promise<{ markdown: string; html: string }> {
  await makeDirs(dir);
  const stageRows = report.stages.map(
    (s) => `| ${s.ok ? "✅" : "❌"} | ${s.stage} | ${s.text.replaceAll("|", "\\|")} |`,
  );
  const md = [
    `# ${report.title}`,
    "",
    "| | stage | result |",
    "| --- | --- | --- |",
    ...stageRows,
    "",
    ...report.sections.flatMap((s) => [`## ${s.heading}`, "", s.markdown, ""]),
    "## Training loss",
    "",
    "See report.html for the chart. Final loss per run:",
    "",
    ...report.curves.map((c) => `- ${c.name}: ${c.values.length} epochs, last loss ${fmt(c.values.at(-1))}`),
    "",
  ].join("\n");
  const html = [
    "<!doctype html>",
    `<html><head><meta charset="utf-8"><title>${escapeHtml(report.title)}</title>`,
    "<style>body{font-family:sans-serif;max-width:960px;margin:2em auto;color:#222}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}code{background:#f6f8fa;padding:0 .2em}pre{background:#f6f8fa;padding:1em;overflow:auto}</style>",
    "</head><body>",
    `<h1>${escapeHtml(report.title)}</h1>`,
    "<table><tr><th></th><th>stage</th><th>result</th></tr>",
    ...report.stages.map(
      (s) =>
        `<tr><td>${s.ok ? "✅" : "❌"}</td><td>${escapeHtml(s.stage)}</td><td>${escapeHtml(s.text)}</td></tr>`,
    ),
    "</table>",
    "<h2>Training loss</h2>",
    lossChartSvg(report.curves, { title: "validation loss per epoch" }),
    ...report.sections.map(
      (s) => `<section><h2>${escapeHtml(s.heading)}</h2>\n${markdownToHtml(s.markdown)}</section>`,
    ),
    "</body></html>",
  ].join("\n");
  await writeFile(join(dir, "report.md"), md);
  await writeFile(join(dir, "report.html"), html);
  return { markdown: md, html };
}

const fmt = (v: number | undefined) =>
  v === undefined ? "-" : Number.isFinite(v) ? v.toFixed(4) : String(v);

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);
}
