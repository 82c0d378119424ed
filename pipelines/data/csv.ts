// Reading a CSV data file: header row required, fields trimmed, empty lines skipped, nothing else relaxed.
// Every error is one line that starts with file:line.
import { open } from "node:fs/promises";
import { parse } from "csv-parse";
import { ModelopsError } from "../errors.ts";

export interface CsvTable {
  /** Header names, in file order. */
  columns: string[];
  /** Data rows, each with exactly `columns.length` trimmed fields. */
  rows: string[][];
  /** 1-based line number in the file where each row ends (same index as `rows`). */
  lines: number[];
}

export interface ReadCsvOptions {
  /** Field delimiter (default ","). */
  delimiter?: string;
  /** How the file is named in messages: its path as written in modelops.yaml. Default: `path`. */
  displayPath?: string;
  /** The config key that names this file (e.g. "data.train.path"), for the "how to fix" part of errors. */
  key?: string;
}

const CSV_MESSAGES: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: "a quoted field is never closed; close the quote or remove it",
  CSV_INVALID_CLOSING_QUOTE: "a quoted field has text after its closing quote; quote the whole field",
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE:
    "a quoted field has text after its closing quote; quote the whole field",
};

/** Reads a CSV file with a header row. Throws a one-line ModelopsError (exit code 2) on any problem. */
export async function readCsv(path: string, options: ReadCsvOptions = {}): Promise<CsvTable> {
  const shown = options.displayPath ?? path;
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, "r");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") {
      const where = options.key ? `${options.key} is` : "paths are";
      throw new ModelopsError(
        `${shown}: file not found (${where} relative to modelops.yaml); fix the path or add the file`,
        2,
        { cause: err },
      );
    }
    throw new ModelopsError(`${shown}: cannot read the file (${code ?? String(err)})`, 2, { cause: err });
  }
  const columns: string[] = [];
  const rows: string[][] = [];
  const lines: number[] = [];
  const stream = handle.createReadStream();
  const parser = parse({
    delimiter: options.delimiter ?? ",",
    trim: true,
    skip_empty_lines: true,
    bom: true,
    info: true,
  });
  stream.on("error", (err) => parser.destroy(err));
  stream.pipe(parser);
  let header = true;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (header) {
        header = false;
        checkHeader(item.record, shown);
        columns.push(...item.record);
      } else {
        rows.push(item.record);
        lines.push(item.info.lines);
      }
    }
  } catch (err) {
    if (err instanceof ModelopsError) throw err;
    throw csvError(err, shown);
  } finally {
    stream.destroy();
  }
  if (header) throw new ModelopsError(`${shown}: the file is empty; expected a header row with column names`);
  return { columns, rows, lines };
}

function checkHeader(names: string[], shown: string): void {
  const seen = new Set<string>();
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (name === "") {
      throw new ModelopsError(
        `${shown}:1: column ${i + 1} of the header has no name; the first row must name every column`,
      );
    }
    if (seen.has(name)) {
      throw new ModelopsError(`${shown}:1: column "${name}" appears twice in the header; rename one`);
    }
    seen.add(name);
  }
}

function csvError(err: unknown, shown: string): ModelopsError {
  const e = err as { code?: string; lines?: number; message?: string; record?: unknown[] };
  const line = typeof e.lines === "number" ? `:${e.lines}` : "";
  if (e.code === "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH") {
    const m = /expect (\d+), got (\d+)/.exec(e.message ?? "");
    const expected = m?.[1] ?? "?";
    const found = m?.[2] ?? String(e.record?.length ?? "?");
    return new ModelopsError(`${shown}${line}: expected ${expected} fields, found ${found}`, 2, {
      cause: err,
    });
  }
  const known = e.code ? CSV_MESSAGES[e.code] : undefined;
  const text = known ?? (e.message ?? String(err)).replace(/\s+/g, " ").replace(/ at line \d+/, "");
  return new ModelopsError(`${shown}${line}: ${text}`, 2, { cause: err });
}
