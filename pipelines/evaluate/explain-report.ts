// "Explanations" in a review: why the candidate behaves differently from production. Two tables from the
// two metrics files, nothing computed here but differences: the permutation importance each evaluation
// stored (importance.ts), and the classes whose precision, recall or F1 moved most. The bot's sticky
// comment, the actions' report and `modelops diff` render the same section.
//
// Both files may come from a pull request's workflow (untrusted): feature and class names are escaped so
// they cannot close a table or an HTML comment, and a malformed field is reported in a line, never thrown.
import { formatNumber } from "./gates.ts";
import type { ImportanceReport } from "./importance.ts";
import type { ClassReport } from "./metrics-classification.ts";
import type { MetricsFile } from "./types.ts";

/** Features shown, most important (for the candidate) first. */
export const SHOWN_FEATURES = 10;
/** Classes shown in the per-class changes. */
export const SHOWN_CLASSES = 3;

export interface ClassChange {
  label: string;
  metric: "precision" | "recall" | "f1";
  production: number;
  candidate: number;
  delta: number;
}

/**
 * The classes whose metrics moved most between production and candidate: per class, its largest change of
 * precision, recall or F1; the classes ranked by its size. Classes that did not change are left out.
 */
export function perClassChanges(
  production: ClassReport[],
  candidate: ClassReport[],
  max = SHOWN_CLASSES,
): ClassChange[] {
  const before = new Map(production.map((c) => [c.label, c]));
  const changes: ClassChange[] = [];
  for (const c of candidate) {
    const p = before.get(c.label);
    if (!p) continue;
    let best: ClassChange | undefined;
    for (const metric of ["f1", "recall", "precision"] as const) {
      const delta = c[metric] - p[metric];
      if (!Number.isFinite(delta) || delta === 0) continue;
      if (!best || Math.abs(delta) > Math.abs(best.delta))
        best = { label: c.label, metric, production: p[metric], candidate: c[metric], delta };
    }
    if (best) changes.push(best);
  }
  return changes.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta)).slice(0, max);
}

/** The section: a one-line summary and a markdown body (for a collapsible block). */
export function renderExplanations(
  production: MetricsFile | null | undefined,
  candidate: MetricsFile,
): { summary: string; body: string } {
  const parts: string[] = [];
  const summary: string[] = [];
  const cand = readImportance(candidate.importance);
  const prod = production ? readImportance(production.importance) : undefined;
  if (cand === "malformed")
    parts.push("The candidate's `importance` in metrics.json is malformed; not shown.");
  else if (cand) {
    parts.push(importanceTable(cand, prod === "malformed" ? undefined : prod));
    if (cand.features[0]) summary.push(`top feature \`${name(cand.features[0].feature)}\``);
    parts.push(importanceNote(cand, production, prod));
  } else {
    parts.push(
      candidate.perClass || candidate.task === "regression"
        ? "No feature importance: the candidate's evaluation did not compute it (image models, or `evaluate.importance: false`)."
        : "No feature importance in the candidate's metrics.",
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
      const top = changes[0]!;
      summary.push(`largest class change \`${name(top.label)}\` ${top.metric} ${signed(top.delta)}`);
    }
  }
  return {
    summary: `Explanations${summary.length ? `: ${summary.join("; ")}` : ""}`,
    body: parts.join("\n\n"),
  };
}

function importanceTable(cand: ImportanceReport, prod: ImportanceReport | undefined): string {
  const before = new Map(prod?.features.map((f) => [f.feature, f]) ?? []);
  const rows = cand.features.slice(0, SHOWN_FEATURES).map((f) => {
    const p = before.get(f.feature);
    return `| \`${name(f.feature)}\` | ${importance(f)} | ${p ? importance(p) : "—"} |`;
  });
  return [
    "**Feature importance**",
    "",
    `| feature | importance, candidate | importance, production |`,
    "| :--- | ---: | ---: |",
    ...rows,
  ].join("\n");
}

function importanceNote(
  cand: ImportanceReport,
  production: MetricsFile | null | undefined,
  prod: ImportanceReport | "malformed" | undefined,
): string {
  const more =
    cand.total > Math.min(cand.features.length, SHOWN_FEATURES)
      ? ` (top ${SHOWN_FEATURES} of ${cand.total})`
      : "";
  const prodNote = !production
    ? " No production version to compare with."
    : prod === "malformed"
      ? " Production's `importance` is malformed; not shown."
      : !prod
        ? " Production's metrics have no importance (evaluated before it existed)."
        : "";
  return `<sub>Permutation importance${more}: drop of ${cand.score} on the test split when the feature's values are shuffled across rows, mean ± std over ${cand.repeats} repeats of ${cand.rows} rows (seed ${cand.seed}; ${formatNumber(cand.seconds, 2)} s). Near 0: the model does not use it.${prodNote}</sub>`;
}

function classTable(changes: ClassChange[]): string {
  return [
    "**Per-class changes** (each class's largest change of precision, recall or F1)",
    "",
    "| class | metric | production | candidate | Δ |",
    "| :--- | :--- | ---: | ---: | ---: |",
    ...changes.map(
      (c) =>
        `| \`${name(c.label)}\` | ${c.metric} | ${formatNumber(c.production)} | ${formatNumber(c.candidate)} | ${signed(c.delta)} |`,
    ),
  ].join("\n");
}

const importance = (f: { mean: number; std: number }) =>
  `${formatNumber(f.mean, 3)} ± ${formatNumber(f.std, 2)}`;
const signed = (d: number) => `${d > 0 ? "+" : d < 0 ? "−" : ""}${formatNumber(Math.abs(d), 3)}`;

/** A user's name inside backticks in a table: no pipes, newlines, backticks or angle brackets survive. */
function name(s: string): string {
  return String(s)
    .slice(0, 80)
    .replace(/[`|\r\n]/g, " ")
    .replace(/</g, "‹")
    .replace(/>/g, "›");
}

/** The importance field when it has the shape importance.ts writes; "malformed" otherwise. */
function readImportance(v: unknown): ImportanceReport | "malformed" | undefined {
  if (v === undefined || v === null) return undefined;
  const r = v as Partial<ImportanceReport>;
  const ok =
    typeof r === "object" &&
    Array.isArray(r.features) &&
    r.features.every(
      (f) => f && typeof f.feature === "string" && typeof f.mean === "number" && typeof f.std === "number",
    ) &&
    typeof r.score === "string" &&
    ["repeats", "rows", "seed", "seconds", "total"].every(
      (k) => typeof r[k as keyof ImportanceReport] === "number",
    );
  return ok ? (r as ImportanceReport) : "malformed";
}

function validClasses(v: unknown): v is ClassReport[] {
  return (
    Array.isArray(v) &&
    v.every(
      (c) =>
        c &&
        typeof c.label === "string" &&
        ["precision", "recall", "f1"].every((k) => typeof c[k] === "number"),
    )
  );
}
