// The data section of a pull request's report (the demo's report.md and the bot's sticky comment): what the
// change did to the data before anyone looks at metrics. Rows and cleaning counts against production,
// missing values, schema changes, and drift of every feature against the data production was trained on.
import { schemaChanges } from "./data-schema.ts";
import { type DriftOptions, driftBetweenProfiles } from "./drift.ts";
import type { DataProfile } from "./types.ts";

const fmt = (v: number | undefined, digits = 3): string =>
  v === undefined || Number.isNaN(v)
    ? "-"
    : Number.isFinite(v)
      ? String(Number(v.toPrecision(digits)))
      : String(v);

const signed = (d: number): string => (d > 0 ? `+${d}` : d < 0 ? `${d}` : "0");

const code = (s: string) => `\`${s.replaceAll("`", "'").replaceAll("|", "\\|")}\``;

function rowLine(label: string, base: number | undefined, cand: number): string {
  if (base === undefined) return `| ${label} | - | ${cand} | |`;
  const delta = cand - base;
  const pct = base ? ` (${delta >= 0 ? "+" : ""}${((delta / base) * 100).toFixed(1)}%)` : "";
  return `| ${label} | ${base} | ${cand} | ${delta === 0 ? "" : `${signed(delta)}${pct}`} |`;
}

function countsLine(what: string, counts: Record<string, number> | undefined): string | undefined {
  const entries = Object.entries(counts ?? {}).filter(([, v]) => v > 0);
  if (!entries.length) return undefined;
  return `- ${what}: ${entries.map(([k, v]) => `${code(k)} ${v}`).join(", ")}`;
}

/**
 * Markdown for the data section of a PR report. `base` is the profile of the data production was trained on
 * (null for a first release); `cand` the candidate's. Drift uses the model's `monitor.drift` settings.
 */
export function renderDataSection(
  base: DataProfile | null,
  cand: DataProfile,
  opts: DriftOptions = {},
): string {
  const lines = [...rowsTable(base, cand), ...cleaningLines(cand), ...missingLines(cand)];
  if (!base) {
    lines.push("No production model yet: nothing to compare the data with.");
    return lines.join("\n");
  }
  const changes = schemaChanges(base, cand);
  lines.push(changes.length ? `Schema changes: ${changes.join("; ")}` : "Schema: unchanged.", "");
  lines.push(...driftLines(base, cand, opts));
  return lines.join("\n");
}

/** Rows read, dropped and in each split, production beside the candidate. */
function rowsTable(base: DataProfile | null, cand: DataProfile): string[] {
  const r = cand.rows;
  const b = base?.rows;
  return [
    "| rows | production | candidate | change |",
    "| --- | ---: | ---: | --- |",
    rowLine("read", b?.raw, r.raw),
    rowLine("dropped", b?.dropped, r.dropped),
    rowLine("train", b?.train, r.train),
    rowLine("validation", b?.validation, r.validation),
    rowLine("test", b?.test, r.test),
    "",
  ];
}

/** What preprocessing did: cleaning counts, the split, class balance, PCA and variance selection. */
function cleaningLines(cand: DataProfile): string[] {
  const cleaning = [
    countsLine("rows dropped by cleaning", cand.rows.cleaning),
    countsLine("values that were not numbers (counted as missing)", cand.coercionFailures),
    countsLine("missing values imputed", cand.imputed),
    countsLine("outliers clipped", cand.clipped),
  ].filter((l) => l !== undefined);
  if (cand.split) {
    const s = cand.split;
    cleaning.push(
      `- split: ${s.method}, seed ${s.seed}${s.groupBy ? `, grouped by ${code(s.groupBy)}` : ""}${s.orderBy ? `, ordered by ${code(s.orderBy)}` : ""}${s.folds ? `, ${s.folds} folds` : ""}`,
    );
  }
  if (cand.classImbalance !== undefined) {
    const warn = cand.classImbalance > 10 ? " ⚠️ heavily imbalanced" : "";
    cleaning.push(`- class balance: largest / smallest class = ${fmt(cand.classImbalance)}${warn}`);
  }
  if (cand.pca) {
    cleaning.push(
      `- PCA: ${cand.pca.components} components explain ${(cand.pca.total * 100).toFixed(1)}% of the variance`,
    );
  }
  if (cand.selectedOut?.length) {
    cleaning.push(
      `- variance selection dropped ${cand.selectedOut.length}: ${cand.selectedOut.slice(0, 8).map(code).join(", ")}`,
    );
  }
  return cleaning.length ? [...cleaning, ""] : [];
}

/** Missing values per column in the training split, as counts and shares. */
function missingLines(cand: DataProfile): string[] {
  const missing = cand.columns.filter((c) => c.missing > 0);
  const trainRows = Math.max(1, cand.rows.train);
  if (!missing.length) return ["No missing values in the training split.", ""];
  return [
    `Missing values in the training split: ${missing
      .map((c) => `${code(c.name)} ${c.missing} (${((c.missing / trainRows) * 100).toFixed(1)}%)`)
      .join(", ")}`,
    "",
  ];
}

/** The drift verdict and a row per feature against the data production was trained on. */
function driftLines(base: DataProfile, cand: DataProfile, opts: DriftOptions): string[] {
  const drift = driftBetweenProfiles(base, cand, opts);
  const verdict = drift.datasetDrift ? "⚠️ **dataset drift**" : "no dataset drift";
  const lines = [
    `Drift against production's training data: ${verdict} (${drift.drifted} of ${drift.total} columns drifted, ${(drift.share * 100).toFixed(0)}%; dataset drift at ${(drift.shareThreshold * 100).toFixed(0)}%${drift.features.some((f) => f.pValue !== undefined) ? `; tests at alpha ${fmt(drift.alpha)} / ${drift.features.filter((f) => f.pValue !== undefined).length} (Bonferroni)` : ""}).`,
    "",
    "| column | method | statistic | p-value | PSI | drifted |",
    "| --- | --- | ---: | ---: | ---: | --- |",
  ];
  for (const f of drift.features) {
    const fresh = f.newCategories?.length
      ? ` (new: ${f.newCategories.slice(0, 3).map(code).join(", ")})`
      : "";
    lines.push(
      `| ${code(f.name)}${fresh} | ${f.method} | ${fmt(f.statistic)} | ${f.pValue === undefined ? "-" : fmt(f.pValue, 2)} | ${fmt(f.psi)} | ${f.drifted ? "⚠️ yes" : "no"} |`,
    );
  }
  if (drift.approximate) {
    lines.push(
      "",
      "_Statistics from the two profiles (percentiles and category counts), not from the rows._",
    );
  }
  return lines;
}
