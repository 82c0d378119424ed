// A `data.train` / `data.test` entry of modelops.yaml -> a Table and the sha256 of its bytes. Pointer files
// (path ending in .ptr) are resolved through the data store; the digest recorded is the data's own.
import type { DataSource } from "../config/schema.ts";
import { ModelopsError } from "../errors.ts";
import { readDelimited } from "./csv.ts";
import { sha256File } from "./digest.ts";
import { readJsonl, readParquet } from "./formats.ts";
import { isPointerPath, resolvePointer } from "./pointer.ts";
import { repoPath } from "./repo-path.ts";
import type { Table } from "./table.ts";

export interface LoadedSource {
  table: Table;
  /** sha256 of the data's bytes (for a pointer: the digest it records, verified against the store). */
  digest: string;
  /** The file actually read. */
  file: string;
}

/** Where a source's bytes are and their digest, without reading the rows. */
export async function locateSource(
  configDir: string,
  source: { path: string },
): Promise<{ file: string; digest: string | undefined }> {
  const absolute = await repoPath(configDir, source.path, "file");
  if (!isPointerPath(source.path)) return { file: absolute, digest: undefined };
  const { file, pointer } = await resolvePointer(absolute, source.path, configDir);
  return { file, digest: pointer.sha256 };
}

export async function readSource(
  configDir: string,
  source: DataSource,
  key: string,
  opts: { columns?: string[]; progress?: boolean } = {},
): Promise<LoadedSource> {
  const located = await locateSource(configDir, source);
  const common = {
    displayPath: source.path,
    key,
    types: source.types,
    onTypeError: source.onTypeError,
    progress: opts.progress,
  };
  let table: Table;
  switch (source.format) {
    case "csv":
    case "tsv":
      table = await readDelimited(located.file, {
        ...common,
        delimiter: source.format === "tsv" ? "\t" : source.delimiter,
        header: source.header,
        columns: opts.columns,
      });
      break;
    case "jsonl":
      table = await readJsonl(located.file, common);
      break;
    case "parquet":
      table = await readParquet(located.file, common);
      break;
    default:
      throw new ModelopsError(
        `${(source as { path: string }).path}: format "${(source as { format: string }).format}" is not a tabular format the data engine reads`,
      );
  }
  const digest = located.digest ?? (await sha256File(located.file));
  return { table, digest, file: located.file };
}

/** sha256 of each data file of a model (pointers: the recorded digest), by the path in modelops.yaml. */
export async function sourceDigests(
  configDir: string,
  sources: Array<{ path: string }>,
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const s of sources) {
    const located = await locateSource(configDir, s);
    out[s.path] = located.digest ?? (await sha256File(located.file));
  }
  return out;
}
