// report.md of a run: the metrics of metrics.json as tables a reviewer reads, including the per-class
// precision/recall/F1, the confusion matrix and cross-validation, and a line on how training went.
import { tableCell as cell, formatNumber } from "../format/index.ts";
import type { TrainingHistory } from "../train/history.ts";
import type { MetricsFile } from "./types.ts";

const num = (v: number | null | undefined) =>
  v === undefined || v === null || Number.isNaN(v) ? "—" : formatNumber(v);

export function renderMetricsReport(metrics: MetricsFile, history?: TrainingHistory): string {
  const lines = [`# ${cell(metrics.model)}: evaluation on the test split`, ""];
  lines.push(
    `${metrics.rows.test} test rows (${metrics.rows.train} train, ${metrics.rows.validation} validation), ${metrics.task}, backend ${metrics.backend}${metrics.key ? `, input key \`${metrics.key.slice(0, 12)}\`` : ""}.`,
    "",
  );
  if (history) {
    const last = history.epochs.at(-1);
    lines.push(
      `Trained ${history.epochs.length} epoch${history.epochs.length === 1 ? "" : "s"} in ${history.seconds.toFixed(1)} s on ${history.backend}${history.replicas ? ` with ${history.replicas} data-parallel replicas` : ""}${history.stoppedEarly ? `, stopped early, weights of epoch ${history.bestEpoch} kept` : ""}; final loss ${num(last?.loss)}${last?.val_loss !== undefined ? `, val_loss ${num(last.val_loss)}` : ""}.`,
      "",
    );
  }
  lines.push("| metric | value |", "| :--- | ---: |");
  for (const [name, value] of Object.entries(metrics.metrics))
    lines.push(`| ${cell(name)} | ${num(value)} |`);
  if (metrics.crossValidation) {
    const cv = metrics.crossValidation;
    lines.push(
      "",
      `## ${cv.folds}-fold cross-validation`,
      "",
      "| metric | mean | std |",
      "| :--- | ---: | ---: |",
    );
    for (const name of Object.keys(cv.mean))
      lines.push(`| ${cell(name)} | ${num(cv.mean[name])} | ${num(cv.std[name])} |`);
  }
  if (metrics.perClass) {
    lines.push(
      "",
      "## Per class",
      "",
      "| class | precision | recall | F1 | support |",
      "| :--- | ---: | ---: | ---: | ---: |",
    );
    for (const c of metrics.perClass) {
      lines.push(
        `| ${cell(c.label)} | ${num(c.precision)} | ${num(c.recall)} | ${num(c.f1)} | ${c.support} |`,
      );
    }
  }
  if (metrics.confusionMatrix) {
    const { labels, matrix, unpredicted } = metrics.confusionMatrix;
    lines.push(
      "",
      "## Confusion matrix",
      "",
      "Rows: true class; columns: predicted class.",
      "",
      `| true \\ predicted | ${labels.map(cell).join(" | ")} |`,
      `| :--- | ${labels.map(() => "---:").join(" | ")} |`,
    );
    matrix.forEach((row, i) => {
      lines.push(
        `| **${cell(labels[i]!)}** | ${row.map((v, j) => (i === j ? `**${v}**` : String(v))).join(" | ")} |`,
      );
    });
    if (unpredicted) lines.push("", `${unpredicted} rows predicted no class (non-finite model outputs).`);
  }
  return `${lines.join("\n")}\n`;
}
