// Reading the two sides of `modelops data drift`: profile.json files, or data files read in full.
import { readFile } from "node:fs/promises";
import type { DataSource } from "../../config/schema.ts";
import {
  type DataProfile,
  type DriftOptions,
  type DriftReport,
  driftBetweenColumns,
  driftBetweenProfiles,
  readSource,
} from "../../data/index.ts";
import { ModelopsError } from "../../errors.ts";

function sourceFor(path: string): DataSource {
  if (path.endsWith(".tsv")) return { format: "tsv", path };
  if (path.endsWith(".jsonl") || path.endsWith(".ndjson")) return { format: "jsonl", path };
  if (path.endsWith(".parquet")) return { format: "parquet", path };
  if (path.endsWith(".csv") || path.endsWith(".csv.ptr")) return { format: "csv", path, delimiter: "," };
  throw new ModelopsError(
    `${path}: cannot tell the format; pass a profile.json or a .csv, .tsv, .jsonl or .parquet file`,
  );
}

async function readProfile(path: string): Promise<DataProfile | undefined> {
  if (!path.endsWith(".json")) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, "utf8"));
  } catch (err) {
    throw new ModelopsError(
      `${path}: not a readable JSON profile (${(err as Error).message.split("\n")[0]})`,
    );
  }
  if ((parsed as DataProfile)?.schema !== "modelops/profile@1") {
    throw new ModelopsError(
      `${path}: expected a profile ("schema": "modelops/profile@1"), such as a run's profile.json`,
    );
  }
  return parsed as DataProfile;
}

export async function driftFiles(
  reference: string,
  current: string,
  opts: DriftOptions,
): Promise<DriftReport> {
  const [rp, cp] = await Promise.all([readProfile(reference), readProfile(current)]);
  if (rp && cp) return driftBetweenProfiles(rp, cp, opts);
  if (rp || cp) {
    throw new ModelopsError("compare a profile with a profile, or a data file with a data file");
  }
  const [r, c] = await Promise.all([
    readSource(process.cwd(), sourceFor(reference), "reference"),
    readSource(process.cwd(), sourceFor(current), "current"),
  ]);
  return driftBetweenColumns(r.table.columns, c.table.columns, opts);
}

export function formatDrift(report: DriftReport): string[] {
  const lines = report.features.map((f) => {
    const p = f.pValue === undefined ? "" : ` p=${f.pValue.toPrecision(3)}`;
    return `${f.drifted ? "✘" : "✔"} ${f.name.padEnd(20)} ${f.method.padEnd(13)} ${f.statistic.toPrecision(4)}${p} psi=${f.psi.toPrecision(3)}`;
  });
  lines.push(
    `${report.datasetDrift ? "dataset drift" : "no dataset drift"}: ${report.drifted} of ${report.total} columns drifted (${(report.share * 100).toFixed(0)}%, threshold ${(report.shareThreshold * 100).toFixed(0)}%)`,
  );
  return lines;
}
