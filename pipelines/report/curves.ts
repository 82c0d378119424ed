// Training curves, once, for the bot's comment, the Actions' job summaries and the demo: a Mermaid xychart
// of the losses (sampled to at most 50 points) and a table of every series at sampled epochs, the best
// epoch always among them.

import { formatNumber } from "../format/index.ts";
import type { TrainingHistory } from "../train/history.ts";
import { xychart } from "./mermaid.ts";

function pick<T>(items: T[], max: number, keep: (t: T) => boolean = () => false): T[] {
  if (items.length <= max) return items;
  const step = (items.length - 1) / (max - 1);
  const idx = new Set<number>();
  for (let i = 0; i < max; i++) idx.add(Math.round(i * step));
  for (const [i, t] of items.entries()) if (keep(t)) idx.add(i);
  return [...idx].sort((a, b) => a - b).map((i) => items[i] as T);
}

/** Training curves: a Mermaid xychart of the losses and a table of every series at sampled epochs. */
export function renderCurves(
  history: TrainingHistory | undefined,
  maxRows = 20,
): { summary: string; body: string } {
  if (!history || history.epochs.length === 0) {
    return {
      summary: "Training curves: no history.json in the run",
      body: "The run uploaded no history.json.",
    };
  }
  const series = [...new Set(history.epochs.flatMap((e) => Object.keys(e)))].filter((k) => k !== "epoch");
  const lossSeries = series.filter((s) => /loss/.test(s));
  const plotted = lossSeries.length ? lossSeries : series.slice(0, 2);
  const points = pick(history.epochs, 50);
  const values = plotted.flatMap((s) =>
    points.map((e) => e[s]).filter((v): v is number => Number.isFinite(v)),
  );
  const lo = values.length ? Math.min(...values) : 0;
  const hi = values.length ? Math.max(...values) : 1;
  const chart = xychart({
    title: `${plotted.join(" and ")} per epoch`,
    x: { label: "epoch", values: points.map((e) => e.epoch) },
    y: {
      label: plotted.length === 1 ? (plotted[0] as string) : "loss",
      range: [formatNumber(Math.max(0, lo - (hi - lo) * 0.05)), formatNumber(hi + (hi - lo) * 0.05 || 1)],
    },
    lines: plotted.map((s) =>
      points.map((e) => (Number.isFinite(e[s]) ? formatNumber(e[s] as number) : "0")),
    ),
  });
  const legend = plotted.length > 1 ? `Lines, in order: ${plotted.map((s) => `\`${s}\``).join(", ")}.` : "";
  const rows = pick(history.epochs, maxRows, (e) => e.epoch === history.bestEpoch);
  const table = [
    `| epoch | ${series.join(" | ")} |`,
    `| ---: | ${series.map(() => "---:").join(" | ")} |`,
    ...rows.map(
      (e) =>
        `| ${e.epoch}${e.epoch === history.bestEpoch ? " ★" : ""} | ${series.map((s) => (e[s] === undefined ? "—" : formatNumber(e[s] as number))).join(" | ")} |`,
    ),
  ];
  const note = `${history.epochs.length} epochs on ${history.backend} in ${formatNumber(history.seconds, 3)} s${history.stoppedEarly ? ", stopped early" : ""}; ★ best epoch ${history.bestEpoch} (weights kept).`;
  return {
    summary: `Training curves (${history.epochs.length} epochs)`,
    body: [...chart, legend, "", table.join("\n"), "", note]
      .filter((l, i, a) => !(l === "" && a[i - 1] === ""))
      .join("\n"),
  };
}
