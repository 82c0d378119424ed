// Checks zod cannot express: metrics that do not fit the task, a target among the features, and data files
// that do not exist or lack the columns the config names.
import { open, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { type ConfigIssue, formatPath } from "./issues.ts";
import type { YamlLocator } from "./locate.ts";
import { CLASSIFICATION_METRICS, METRIC_NAMES, type MetricName, REGRESSION_METRICS } from "./schema.ts";
import { didYouMean, valueAt } from "./zod-issues.ts";

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

interface CheckContext {
  file: string;
  locator: YamlLocator;
}

function at(ctx: CheckContext, path: PropertyKey[], message: string, onKey = false): ConfigIssue {
  const pos = onKey ? ctx.locator.keyPosition(path) : ctx.locator.valuePosition(path);
  return { file: ctx.file, line: pos.line, column: pos.column, path: formatPath(path), message };
}

const TASK_METRICS: Record<string, MetricName[]> = {
  classification: CLASSIFICATION_METRICS,
  regression: REGRESSION_METRICS,
};

/**
 * Cross-field checks on the parsed (not yet validated) document, so they can be reported together with the
 * schema's own problems. Every read is defensive: values of the wrong type are the schema's to report.
 */
export function crossFieldIssues(ctx: CheckContext, data: unknown): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const models = valueAt(data, ["models"]);
  if (!isPlainObject(models)) return issues;
  for (const [name, model] of Object.entries(models)) {
    if (!isPlainObject(model)) continue;
    const base = ["models", name];
    const task = typeof model.task === "string" ? model.task : undefined;
    const fits = task ? TASK_METRICS[task] : undefined;
    if (fits) {
      const misfit = (metric: string) =>
        `metric ${JSON.stringify(metric)} does not apply to a ${task} model (use one of: ${fits.join(", ")})`;
      const gates = model.gates;
      if (isPlainObject(gates)) {
        for (const metric of Object.keys(gates)) {
          if ((METRIC_NAMES as string[]).includes(metric) && !fits.includes(metric as MetricName)) {
            issues.push(at(ctx, [...base, "gates", metric], misfit(metric), true));
          }
        }
      }
      const metrics = valueAt(model, ["evaluate", "metrics"]);
      if (Array.isArray(metrics)) {
        metrics.forEach((metric, i) => {
          if (typeof metric !== "string" || !(METRIC_NAMES as string[]).includes(metric)) return;
          if (!fits.includes(metric as MetricName)) {
            issues.push(at(ctx, [...base, "evaluate", "metrics", i], misfit(metric)));
          }
        });
      }
    }
    const gates = model.gates;
    if (isPlainObject(gates)) {
      for (const [metric, gate] of Object.entries(gates)) {
        if (!isPlainObject(gate) || typeof gate.min !== "number" || typeof gate.max !== "number") continue;
        if (gate.min > gate.max) {
          const message = `min ${gate.min} is greater than max ${gate.max}: no candidate can pass this gate`;
          issues.push(at(ctx, [...base, "gates", metric, "min"], message));
        }
      }
    }
    const target = valueAt(model, ["data", "target"]);
    const features = valueAt(model, ["data", "features"]);
    if (Array.isArray(features)) {
      const seen = new Set<unknown>();
      features.forEach((feature, i) => {
        const path = [...base, "data", "features", i];
        if (typeof target === "string" && feature === target) {
          issues.push(
            at(
              ctx,
              path,
              `the target column ${JSON.stringify(target)} is also listed as a feature (remove it from data.features)`,
            ),
          );
        } else if (typeof feature === "string" && seen.has(feature)) {
          issues.push(at(ctx, path, `feature ${JSON.stringify(feature)} is listed twice`));
        }
        seen.add(feature);
      });
    }
  }
  return issues;
}

/** The first line of a file, without reading the rest (at most 1 MiB). */
async function firstLine(file: string): Promise<string> {
  const handle = await open(file, "r");
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    const buffer = Buffer.alloc(64 * 1024);
    while (total < 1024 * 1024) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, total);
      if (bytesRead === 0) break;
      const chunk = Buffer.from(buffer.subarray(0, bytesRead));
      const newline = chunk.indexOf(10);
      if (newline >= 0) {
        chunks.push(chunk.subarray(0, newline));
        break;
      }
      chunks.push(chunk);
      total += bytesRead;
    }
    return Buffer.concat(chunks)
      .toString("utf8")
      .replace(/^\uFEFF/, "")
      .replace(/\r$/, "");
  } finally {
    await handle.close();
  }
}

export interface DataSourceLike {
  format: string;
  path: string;
  delimiter?: string;
  header?: boolean | "auto";
}

export interface DataCheckModel {
  target: string;
  features?: string[] | undefined;
  sources: Array<{ split: "train" | "test"; source: DataSourceLike }>;
}

/** Data files exist and, for CSV, their header has the target and the features. */
export async function dataIssues(
  ctx: CheckContext,
  dir: string,
  modelName: string,
  model: DataCheckModel,
): Promise<ConfigIssue[]> {
  const issues: ConfigIssue[] = [];
  for (const { split, source } of model.sources) {
    const where = ["models", modelName, "data", split];
    // Image sources (issue 3): IDX files or a folder of class folders; their contents are checked when read.
    const image = source as unknown as ImageSourceLike;
    if (image.format === "idx" || image.format === "images") {
      issues.push(...(await imageSourceIssues(ctx, dir, where, image)));
      continue;
    }
    const fail = (message: string) => issues.push(at(ctx, [...where, "path"], message));
    const absolute = resolve(dir, source.path);
    if (!(await isDataFile(absolute, JSON.stringify(source.path), fail))) continue;
    // Headers of CSV/TSV files in the repository; pointer files (.ptr) and other formats are read by the
    // data engine (`modelops validate --data`).
    if ((source.format !== "csv" && source.format !== "tsv") || source.path.endsWith(".ptr")) continue;
    if (source.header === false || source.header === "auto") continue; // no header row to check
    await checkHeader(absolute, source, model, fail);
  }
  return issues;
}

type ImageSourceLike = { format: string; images?: string; labels?: string; path?: string };

/** An IDX source's two files, or an image folder, exist and are of the right kind. */
async function imageSourceIssues(
  ctx: CheckContext,
  dir: string,
  where: string[],
  image: ImageSourceLike,
): Promise<ConfigIssue[]> {
  const issues: ConfigIssue[] = [];
  const entries: Array<[string, string, boolean]> =
    image.format === "idx"
      ? [
          ["images", image.images!, true],
          ["labels", image.labels!, true],
        ]
      : [["path", image.path!, false]];
  for (const [key, rel, wantFile] of entries) {
    const absolute = resolve(dir, rel);
    const kind = wantFile ? "data file" : "image folder";
    try {
      const st = await stat(absolute);
      if (st.isFile() !== wantFile) {
        issues.push(
          at(
            ctx,
            [...where, key],
            `${kind} ${JSON.stringify(rel)} is not a ${wantFile ? "file" : "folder"} (${absolute})`,
          ),
        );
      }
    } catch {
      issues.push(
        at(
          ctx,
          [...where, key],
          `${kind} ${JSON.stringify(rel)} not found (looked for ${absolute}; paths are relative to the config file)`,
        ),
      );
    }
  }
  return issues;
}

/** The data file exists and is a file; otherwise says why through `fail` and answers false. */
async function isDataFile(
  absolute: string,
  shown: string,
  fail: (message: string) => void,
): Promise<boolean> {
  let isFile: boolean;
  try {
    isFile = (await stat(absolute)).isFile();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      fail(`data file ${shown} not found (looked for ${absolute}; paths are relative to the config file)`);
    } else {
      fail(`cannot read data file ${shown}: ${(e as Error).message}`);
    }
    return false;
  }
  if (!isFile) fail(`data file ${shown} is not a file (${absolute})`);
  return isFile;
}

/** The CSV/TSV header row names the target and every listed feature. */
async function checkHeader(
  absolute: string,
  source: DataSourceLike,
  model: DataCheckModel,
  fail: (message: string) => void,
): Promise<void> {
  const shown = JSON.stringify(source.path);
  let header: string[];
  try {
    const line = await firstLine(absolute);
    const delimiter = source.format === "tsv" ? "\t" : (source.delimiter ?? ",");
    const rows = line.trim() ? (parseCsv(line, { delimiter }) as string[][]) : [];
    header = rows[0] ?? [];
  } catch (e) {
    fail(`cannot read the header of ${shown}: ${(e as Error).message.split("\n")[0]}`);
    return;
  }
  if (header.length === 0) {
    fail(`${shown} is empty; expected a header row with the column names`);
    return;
  }
  // A wide file's header is named in part: a message stays one readable line.
  const columns =
    header.length > 20
      ? `${header.slice(0, 20).join(", ")}, ... (${header.length} columns)`
      : header.join(", ");
  const inHeader = new Set(header);
  if (!inHeader.has(model.target)) {
    const guess = didYouMean(model.target, header);
    const hint = guess ? `did you mean ${JSON.stringify(guess)}? ` : "";
    fail(
      `${shown} has no column ${JSON.stringify(model.target)} (data.target); ${hint}its header: ${columns}`,
    );
  }
  const missing = (model.features ?? []).filter((f) => !inHeader.has(f));
  if (missing.length) {
    const names = missing.map((m) => JSON.stringify(m)).join(", ");
    const what = missing.length === 1 ? "column" : "columns";
    fail(`${shown} has no ${what} ${names} (data.features); its header: ${columns}`);
  }
}
