// Reading CSV and TSV files as a stream: RFC 4180 quoting ("a, b" and "say ""hi"""), CRLF or LF, a BOM,
// empty lines skipped, unquoted fields trimmed. The file is read in chunks and tokenised by a small state
// machine, so a large file never exists as one string; records come out in batches with the line each one
// ends on. Every error is one line that starts with file:line.
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { ModelopsError } from "../errors.ts";
import { progressBar } from "./progress.ts";
import { type ColumnType, type Table, TableBuilder } from "./table.ts";
import { parseNumber } from "./transform.ts";

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
  /** Whether the first record names the columns: true (default), false (columns are named column_1...), auto. */
  header?: boolean | "auto";
}

export interface CsvRecord {
  fields: string[];
  /** 1-based line where the record ends. */
  line: number;
}

/** Opens a data file, or throws the one-line "file not found" error naming the config key. */
export async function checkReadable(path: string, shown: string, key?: string): Promise<number> {
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new ModelopsError(`${shown}: is not a file; point the config at a data file`);
    const handle = await open(path, "r");
    await handle.close();
    return s.size;
  } catch (err) {
    if (err instanceof ModelopsError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      const where = key ? `${key} is` : "paths are";
      throw new ModelopsError(
        `${shown}: file not found (${where} relative to modelops.yaml); fix the path or add the file`,
        2,
        { cause: err },
      );
    }
    throw new ModelopsError(`${shown}: cannot read the file (${code ?? String(err)})`, 2, { cause: err });
  }
}

const QUOTE = 34;
const CR = 13;
const LF = 10;
const SPACE = 32;
const TAB = 9;

/**
 * Tokenises a delimited text file chunk by chunk. Yields batches of records; a field count that differs
 * from the first record's is an error at that line.
 */
export async function* csvRecords(
  path: string,
  options: {
    delimiter?: string;
    displayPath?: string;
    key?: string;
    batch?: number;
    progress?: boolean;
  } = {},
): AsyncGenerator<CsvRecord[]> {
  const shown = options.displayPath ?? path;
  const size = await checkReadable(path, shown, options.key);
  const tokens = new CsvTokenizer(shown, (options.delimiter ?? ",").charCodeAt(0), options.batch ?? 4096);
  const bar = options.progress === false ? undefined : progressBar(`reading ${shown}`, size);
  const stream = createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 });
  let first = true;
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      let text = chunk;
      if (first) {
        first = false;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      bar?.add(Buffer.byteLength(chunk));
      // The scan stops after each full batch and resumes where it stopped once the batch is yielded.
      for (let at = tokens.scan(text, 0); at >= 0; at = tokens.scan(text, at)) yield tokens.take();
    }
    tokens.finish();
    const rest = tokens.take();
    if (rest.length) yield rest;
  } finally {
    stream.destroy();
    bar?.done();
  }
}

/**
 * The tokeniser's state across chunks (a quoted field, a CR, a record may span two). Nothing is allocated per
 * character; a field's text is sliced from the chunk once it ends.
 */
class CsvTokenizer {
  private batch: CsvRecord[] = [];
  private fields: string[] = [];
  private field = "";
  private inQuotes = false;
  /** The current field was quoted (its text is final; only whitespace may follow before the delimiter). */
  private quoted = false;
  /** A quote inside a quoted field: either the end of the field or the first half of "". */
  private quotePending = false;
  private line = 1;
  private recordStart = 1;
  private expected = -1;
  private fieldHasText = false;
  /** The last character was a CR: an LF right after it (even in the next chunk) ends nothing more. */
  private prevCR = false;

  constructor(
    private readonly shown: string,
    private readonly delim: number,
    private readonly batchSize: number,
  ) {}

  /** Tokenises `text` from `from`: the index to resume at once a full batch is taken, or -1 at its end. */
  scan(text: string, from: number): number {
    const { delim, shown } = this;
    const n = text.length;
    let start = from; // start of the unconsumed plain run in `text`
    for (let i = from; i < n; i++) {
      const ch = text.charCodeAt(i);
      if (this.inQuotes) {
        if (this.quotePending) {
          this.quotePending = false;
          if (ch === QUOTE) {
            // "" inside quotes: one literal quote; the run restarts after it
            this.field += '"';
            start = i + 1;
            continue;
          }
          this.inQuotes = false;
          this.quoted = true;
          // fall through to handle ch outside quotes
        } else {
          if (ch === QUOTE) {
            this.field += text.slice(start, i);
            this.quotePending = true;
            start = i + 1;
          } else if (ch === LF) this.line++;
          continue;
        }
      }
      if (this.prevCR) {
        this.prevCR = false;
        if (ch === LF) {
          start = i + 1;
          continue;
        }
      }
      if (ch === delim) {
        if (!this.quoted) this.field += text.slice(start, i);
        this.endField();
        start = i + 1;
      } else if (ch === LF || ch === CR) {
        if (!this.quoted) this.field += text.slice(start, i);
        this.prevCR = ch === CR;
        this.endRecord();
        this.line++;
        this.recordStart = this.line;
        start = i + 1;
        if (this.batch.length >= this.batchSize) return i + 1;
      } else if (ch === QUOTE) {
        checkOpeningQuote(shown, this.line, this.quoted, this.field + text.slice(start, i));
        this.field = "";
        this.inQuotes = true;
        this.fieldHasText = true;
        start = i + 1;
      } else if (this.quoted) {
        if (ch !== SPACE && ch !== TAB) throw textAfterClosingQuote(shown, this.line);
        start = i + 1;
      } else {
        this.fieldHasText = true;
      }
    }
    if (this.inQuotes && !this.quotePending) this.field += text.slice(start);
    else if (!this.quoted && !this.inQuotes) this.field += text.slice(start);
    return -1;
  }

  /** The end of the file: an open quote is an error; a last record without a line break ends. */
  finish(): void {
    if (this.inQuotes && this.quotePending) {
      this.inQuotes = false;
      this.quoted = true;
    }
    if (this.inQuotes) {
      throw new ModelopsError(
        `${this.shown}:${this.recordStart}: a quoted field is never closed; close the quote or remove it`,
      );
    }
    if (this.fields.length > 0 || this.field.length > 0 || this.quoted || this.fieldHasText) this.endRecord();
  }

  /** The records tokenised since the last take. */
  take(): CsvRecord[] {
    const out = this.batch;
    this.batch = [];
    return out;
  }

  private endField(): void {
    this.fields.push(this.quoted ? this.field : this.field.trim());
    this.field = "";
    this.quoted = false;
    this.fieldHasText = false;
  }

  private endRecord(): void {
    // An empty line: nothing but the line break.
    if (this.fields.length === 0 && !this.quoted && this.field.length === 0 && !this.fieldHasText) return;
    this.endField();
    const record = this.fields;
    this.fields = [];
    if (this.expected < 0) this.expected = record.length;
    else if (record.length !== this.expected) {
      throw new ModelopsError(
        `${this.shown}:${this.line}: expected ${this.expected} fields, found ${record.length}`,
      );
    }
    this.batch.push({ fields: record, line: this.line });
  }
}

/** A quote may open a field only at its start (`before` is the field's text up to the quote). */
function checkOpeningQuote(shown: string, line: number, quoted: boolean, before: string): void {
  if (quoted) throw textAfterClosingQuote(shown, line);
  if (before.trim() !== "") {
    throw new ModelopsError(
      `${shown}:${line}: a quote in the middle of an unquoted field; quote the whole field and double the quote ("")`,
    );
  }
}

function textAfterClosingQuote(shown: string, line: number): ModelopsError {
  return new ModelopsError(
    `${shown}:${line}: a quoted field has text after its closing quote; quote the whole field`,
  );
}

/** Reads a CSV file with a header row. Throws a one-line ModelopsError (exit code 2) on any problem. */
export async function readCsv(path: string, options: ReadCsvOptions = {}): Promise<CsvTable> {
  const shown = options.displayPath ?? path;
  const columns: string[] = [];
  const rows: string[][] = [];
  const lines: number[] = [];
  let header = options.header ?? true;
  let seenHeader = false;
  const pending: CsvRecord[] = [];
  for await (const batch of csvRecords(path, { ...options, progress: false })) {
    for (const rec of batch) {
      if (!seenHeader) {
        seenHeader = true;
        if (header === "auto") {
          pending.push(rec);
          continue;
        }
        if (header) {
          checkHeader(rec.fields, shown);
          columns.push(...rec.fields);
          continue;
        }
        columns.push(...rec.fields.map((_, i) => `column_${i + 1}`));
      } else if (header === "auto" && pending.length === 1) {
        header = looksLikeHeader(pending[0]!.fields, rec.fields);
        const head = pending.pop()!;
        if (header) {
          checkHeader(head.fields, shown);
          columns.push(...head.fields);
        } else {
          columns.push(...head.fields.map((_, i) => `column_${i + 1}`));
          rows.push(head.fields);
          lines.push(head.line);
        }
      }
      rows.push(rec.fields);
      lines.push(rec.line);
    }
  }
  if (pending.length === 1) {
    // a single record and header: auto: it names the columns
    checkHeader(pending[0]!.fields, shown);
    columns.push(...pending[0]!.fields);
  }
  if (!seenHeader) {
    throw new ModelopsError(`${shown}: the file is empty; expected a header row with column names`);
  }
  return { columns, rows, lines };
}

/**
 * Header detection (as Python's csv.Sniffer.has_header): the first record is a header when some column is a
 * number in the second record but not in the first; when no column is numeric, a first record whose values
 * all differ from the second's is taken as a header.
 */
export function looksLikeHeader(first: string[], second: string[]): boolean {
  let votes = 0;
  for (let j = 0; j < first.length; j++) {
    const a = !Number.isNaN(parseNumber(first[j] ?? ""));
    const b = !Number.isNaN(parseNumber(second[j] ?? ""));
    if (b && !a) votes++;
    else if (a && b) votes--;
  }
  if (votes !== 0) return votes > 0;
  return first.every((v, j) => v !== second[j]) && first.every((v) => v !== "");
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

export interface ReadDelimitedOptions extends ReadCsvOptions {
  types?: Record<string, ColumnType>;
  onTypeError?: "fail" | "missing";
  /** Only these columns are kept (others are read and skipped). Default: all. */
  columns?: string[];
  progress?: boolean;
}

/** Reads a CSV/TSV file into a typed, column-oriented Table, streaming (no array of string rows). */
export async function readDelimited(path: string, options: ReadDelimitedOptions = {}): Promise<Table> {
  const shown = options.displayPath ?? path;
  const builder = new TableBuilder({
    file: shown,
    types: options.types,
    onTypeError: options.onTypeError,
  });
  let header = options.header ?? true;
  let names: string[] | undefined;
  let slots: number[] = [];
  let pending: CsvRecord | undefined;
  const setNames = (fields: string[], isHeader: boolean) => {
    if (isHeader) checkHeader(fields, shown);
    names = isHeader ? fields : fields.map((_, i) => `column_${i + 1}`);
    const keep = options.columns ? new Set(options.columns) : undefined;
    slots = names.map((n) => (keep && !keep.has(n) ? -1 : builder.column(n)));
  };
  const add = (rec: CsvRecord) => {
    builder.startRow(rec.line);
    const f = rec.fields;
    for (let j = 0; j < slots.length; j++) {
      const k = slots[j]!;
      if (k >= 0) builder.set(k, f[j]!);
    }
  };
  for await (const batch of csvRecords(path, { ...options })) {
    for (const rec of batch) {
      if (names === undefined) {
        if (header === "auto" && pending === undefined) {
          pending = rec;
          continue;
        }
        if (header === "auto") {
          header = looksLikeHeader(pending!.fields, rec.fields);
          setNames(pending!.fields, header);
          if (!header) add(pending!);
        } else {
          setNames(rec.fields, header);
          if (header) continue;
        }
      }
      add(rec);
    }
  }
  if (names === undefined && pending) setNames(pending.fields, true);
  if (names === undefined) {
    throw new ModelopsError(`${shown}: the file is empty; expected a header row with column names`);
  }
  return builder.build();
}
