// JSON Lines and Parquet readers, into the same column-oriented Table as CSV/TSV.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { asyncBufferFromFile, parquetMetadataAsync, parquetRead } from "hyparquet";
import { compressors } from "hyparquet-compressors";
import { ModelopsError } from "../errors.ts";
import { checkReadable } from "./csv.ts";
import { progressBar } from "./progress.ts";
import { type ColumnType, type Table, TableBuilder } from "./table.ts";

export interface ReadTableOptions {
  displayPath?: string;
  key?: string;
  types?: Record<string, ColumnType>;
  onTypeError?: "fail" | "missing";
  progress?: boolean;
}

/** One JSON object per line; keys are columns (in order of first appearance); empty lines skipped. */
export async function readJsonl(path: string, options: ReadTableOptions = {}): Promise<Table> {
  const shown = options.displayPath ?? path;
  const size = await checkReadable(path, shown, options.key);
  const bar = options.progress === false ? undefined : progressBar(`reading ${shown}`, size);
  const builder = new TableBuilder({ file: shown, types: options.types, onTypeError: options.onTypeError });
  const stream = createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 });
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  try {
    for await (const text of lines) {
      line++;
      bar?.add(Buffer.byteLength(text) + 1);
      const t = line === 1 ? text.replace(/^\uFEFF/, "") : text;
      if (t.trim() === "") continue;
      let obj: unknown;
      try {
        obj = JSON.parse(t);
      } catch (err) {
        const why = (err as Error).message.replace(/\s+/g, " ").split(" in JSON")[0];
        throw new ModelopsError(
          `${shown}:${line}: not valid JSON (${why}); each line must be one JSON object`,
        );
      }
      if (obj === null || typeof obj !== "object" || Array.isArray(obj)) {
        throw new ModelopsError(
          `${shown}:${line}: expected a JSON object ({"column": value, ...}), found ${Array.isArray(obj) ? "an array" : JSON.stringify(obj)}`,
        );
      }
      builder.startRow(line);
      for (const [key, value] of Object.entries(obj as Record<string, unknown>)) {
        builder.set(builder.column(key), value);
      }
    }
  } finally {
    stream.destroy();
    bar?.done();
  }
  if (builder.rowCount === 0) {
    throw new ModelopsError(`${shown}: the file is empty; expected one JSON object per line`);
  }
  return builder.build();
}

/** A Parquet file, one row group at a time (flat columns; nested columns are an error naming them). */
export async function readParquet(path: string, options: ReadTableOptions = {}): Promise<Table> {
  const shown = options.displayPath ?? path;
  const size = await checkReadable(path, shown, options.key);
  const file = await asyncBufferFromFile(path);
  let metadata: Awaited<ReturnType<typeof parquetMetadataAsync>>;
  try {
    metadata = await parquetMetadataAsync(file);
  } catch (err) {
    throw new ModelopsError(
      `${shown}: not a readable Parquet file (${(err as Error).message.split("\n")[0]}); check the format in modelops.yaml`,
      2,
      { cause: err },
    );
  }
  const rows = Number(metadata.num_rows);
  if (rows === 0) throw new ModelopsError(`${shown}: the file has no rows`);
  const names = metadata.schema
    .slice(1)
    .filter((s) => !s.num_children)
    .map((s) => s.name);
  const nested = metadata.schema.slice(1).find((s) => s.num_children);
  if (nested) {
    throw new ModelopsError(
      `${shown}: column "${nested.name}" is nested; modelops reads flat columns only: flatten it first`,
    );
  }
  const bar = options.progress === false ? undefined : progressBar(`reading ${shown}`, size);
  const builder = new TableBuilder({
    file: shown,
    position: "row",
    types: options.types,
    onTypeError: options.onTypeError,
  });
  const slots = names.map((n) => builder.column(n));
  let start = 0;
  try {
    for (const group of metadata.row_groups) {
      const count = Number(group.num_rows);
      const end = start + count;
      const columns = new Map<string, ArrayLike<unknown>>();
      await parquetRead({
        file,
        metadata,
        rowStart: start,
        rowEnd: end,
        compressors,
        onChunk: (chunk) => {
          if (chunk.rowStart <= start && chunk.rowEnd >= end) {
            columns.set(
              chunk.columnName,
              (
                chunk.columnData as unknown as {
                  subarray?: unknown;
                  slice: (a: number, b: number) => ArrayLike<unknown>;
                }
              ).slice(start - chunk.rowStart, end - chunk.rowStart),
            );
          }
        },
      });
      const data = names.map((n) => columns.get(n));
      for (let i = 0; i < count; i++) {
        builder.startRow(start + i + 1);
        for (let j = 0; j < names.length; j++) builder.set(slots[j]!, data[j]?.[i]);
      }
      bar?.add((size * count) / rows);
      start = end;
    }
  } catch (err) {
    if (err instanceof ModelopsError) throw err;
    throw new ModelopsError(
      `${shown}: cannot read the Parquet data (${(err as Error).message.split("\n")[0]})`,
      2,
      { cause: err },
    );
  } finally {
    bar?.done();
  }
  return builder.build();
}
