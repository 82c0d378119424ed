// A data file in memory, column by column: numbers in Float64Arrays (NaN = missing), text in string arrays
// (null = missing). Readers (CSV/TSV, JSON Lines, Parquet) feed a TableBuilder value by value; the builder
// infers each column's type (number when every present value is a number) unless the config declares it, and
// counts the values that could not be coerced to a declared type.
import { ModelopsError } from "../errors.ts";
import { overflowsDouble, parseNumber } from "./transform.ts";

export type ColumnType = "number" | "string";

export interface NumberColumn {
  name: string;
  type: "number";
  values: Float64Array;
}
export interface StringColumn {
  name: string;
  type: "string";
  values: Array<string | null>;
}
export type Column = NumberColumn | StringColumn;

export interface Table {
  /** How the file is named in messages (its path as written in modelops.yaml). */
  file: string;
  columns: Column[];
  rowCount: number;
  /** Where each row is in the file: the line (CSV, JSON Lines) or the 1-based row number (Parquet). */
  lines: Int32Array;
  /** "line" or "row": how `lines` is named in messages. */
  position: "line" | "row";
  /** Values of a declared-number column that were not numbers and became missing, by column. */
  coercionFailures: Record<string, number>;
}

const MISSING = new Set(["", "na", "nan", "null", "?", "n/a", "none"]);

/** A text value that counts as missing: empty, NA, N/A, NaN, null, None or ? (any case). */
export function isMissingText(value: string): boolean {
  return value.length <= 4 && MISSING.has(value.toLowerCase());
}

export interface TableBuilderOptions {
  file: string;
  position?: "line" | "row";
  /** Declared column types (config `types:`); other columns are inferred. */
  types?: Record<string, ColumnType>;
  /** What a non-number in a declared number column does: fail (default) or become missing and be counted. */
  onTypeError?: "fail" | "missing";
}

/** One column while rows arrive. Starts as numbers; turns into text at the first value that is not one. */
class ColumnBuilder {
  // Small at first and doubled as rows come: 100,000 columns of 1,024 doubles each would be 800 MB up front.
  numbers: Float64Array = new Float64Array(16);
  /** Interned text values (shared strings; no reference to the read buffer they were cut from). */
  intern = new Map<string, string>();
  strings: Array<string | null> | undefined;
  failures = 0;
  /** Where the first non-number of an inferred column was seen (for "add an encode step" messages). */
  firstText: { value: string; line: number } | undefined;
  constructor(
    readonly name: string,
    readonly declared: ColumnType | undefined,
    size: number,
  ) {
    if (declared === "string") this.strings = new Array<string | null>(size).fill(null);
    else if (size > this.numbers.length) this.numbers = new Float64Array(size * 2);
    if (declared !== "string") this.numbers.fill(Number.NaN, 0, size);
  }

  ensure(n: number): void {
    if (this.strings || n <= this.numbers.length) return;
    const next = new Float64Array(Math.max(n, this.numbers.length * 2));
    next.set(this.numbers);
    this.numbers = next;
  }

  toText(count: number): void {
    const strings = new Array<string | null>(count);
    for (let i = 0; i < count; i++) {
      const v = this.numbers[i]!;
      strings[i] = Number.isNaN(v) ? null : String(v);
    }
    this.strings = strings;
    this.numbers = new Float64Array(0);
  }
}

export class TableBuilder {
  readonly #cols: ColumnBuilder[] = [];
  readonly #index = new Map<string, number>();
  #lines = new Int32Array(1024);
  #count = 0;
  readonly #opts: TableBuilderOptions;

  constructor(opts: TableBuilderOptions) {
    this.#opts = opts;
  }

  get rowCount(): number {
    return this.#count;
  }

  /** Adds a column (values so far are missing); returns its index. */
  column(name: string): number {
    const known = this.#index.get(name);
    if (known !== undefined) return known;
    const k = this.#cols.length;
    this.#cols.push(new ColumnBuilder(name, this.#opts.types?.[name], this.#count));
    this.#index.set(name, k);
    return k;
  }

  /** Starts a new row (every column missing until set). */
  startRow(line: number): void {
    const i = this.#count++;
    if (i >= this.#lines.length) {
      const next = new Int32Array(this.#lines.length * 2);
      next.set(this.#lines);
      this.#lines = next;
    }
    this.#lines[i] = line;
    for (const c of this.#cols) {
      if (c.strings) c.strings.push(null);
      else {
        c.ensure(this.#count);
        c.numbers[i] = Number.NaN;
      }
    }
  }

  /** Sets column k of the current row from text (CSV) or a JSON/Parquet value. */
  set(k: number, raw: unknown): void {
    const c = this.#cols[k]!;
    const i = this.#count - 1;
    const line = this.#lines[i]!;
    if (raw === null || raw === undefined) return;
    if (typeof raw === "number" || typeof raw === "bigint") {
      const v = Number(raw);
      if (!Number.isFinite(v)) {
        this.#nonFinite(c, String(raw), line);
        return;
      }
      if (c.strings) c.strings[i] = String(v);
      else c.numbers[i] = v;
      return;
    }
    let text: string;
    if (typeof raw === "string") text = raw;
    else if (typeof raw === "boolean") text = raw ? "true" : "false";
    else if (raw instanceof Date) text = raw.toISOString();
    else {
      const what = Array.isArray(raw) ? "a list" : "an object";
      throw new ModelopsError(
        `${this.#opts.file}:${this.#where(line)}: column "${c.name}" holds ${what}; modelops reads flat columns only: flatten it or leave the column out`,
      );
    }
    if (isMissingText(text)) return;
    if (c.strings) {
      c.strings[i] = this.#intern(c, text);
      return;
    }
    const v = parseNumber(text);
    if (!Number.isNaN(v)) {
      c.numbers[i] = v;
      return;
    }
    if (/^[+-]?(inf|infinity)$/i.test(text.trim()) || overflowsDouble(text)) {
      this.#nonFinite(c, text, line);
      return;
    }
    if (c.declared === "number") {
      if (this.#opts.onTypeError === "missing") {
        c.failures++;
        return;
      }
      throw new ModelopsError(
        `${this.#opts.file}:${this.#where(line)}: column "${c.name}" is declared a number but holds "${clip(text)}"; fix the value, or set onTypeError: missing on this data source to count such values as missing`,
      );
    }
    c.firstText = { value: text, line };
    c.toText(this.#count);
    c.strings![i] = this.#intern(c, text);
  }

  #intern(c: ColumnBuilder, text: string): string {
    const known = c.intern.get(text);
    if (known !== undefined) return known;
    const copy = flatten(text);
    if (c.intern.size < 100_000) c.intern.set(copy, copy);
    return copy;
  }

  #nonFinite(c: ColumnBuilder, text: string, line: number): void {
    if (c.declared === "string") {
      if (c.strings) c.strings[this.#count - 1] = text;
      return;
    }
    if (this.#opts.onTypeError === "missing") {
      c.failures++;
      return;
    }
    throw new ModelopsError(
      `${this.#opts.file}:${this.#where(line)}: column "${c.name}" holds ${text}, which is not a finite number; remove it, or set onTypeError: missing on this data source to count such values as missing`,
    );
  }

  #where(line: number): string {
    return this.#opts.position === "row" ? `row ${line}` : String(line);
  }

  build(): Table {
    const n = this.#count;
    const coercionFailures: Record<string, number> = {};
    const columns: Column[] = this.#cols.map((c) => {
      if (c.failures) coercionFailures[c.name] = c.failures;
      return c.strings
        ? { name: c.name, type: "string", values: c.strings.slice(0, n) }
        : { name: c.name, type: "number", values: c.numbers.slice(0, n) };
    });
    return {
      file: this.#opts.file,
      columns,
      rowCount: n,
      lines: this.#lines.slice(0, n),
      position: this.#opts.position ?? "line",
      coercionFailures,
    };
  }

  /** The first text value of an inferred text column, for messages about text in numeric features. */
  firstTextOf(name: string): { value: string; line: number } | undefined {
    const k = this.#index.get(name);
    return k === undefined ? undefined : this.#cols[k]!.firstText;
  }
}

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** A copy of a (possibly sliced) string that does not keep the chunk it was cut from alive. */
export function flatten(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, "utf8").toString("utf8");
}

/** `file:line` or `file:row N` of row i, for messages. */
export function whereRow(table: Pick<Table, "file" | "lines" | "position">, i: number): string {
  const at = table.lines[i] ?? i + 1;
  return `${table.file}:${table.position === "row" ? `row ${at}` : at}`;
}

const columnIndex = new WeakMap<Column[], Map<string, Column>>();

/** The column called `name` (the first of duplicates). Indexed once per table: 100,000 lookups stay linear. */
export function columnOf(table: Table, name: string): Column | undefined {
  let index = columnIndex.get(table.columns);
  if (!index) {
    index = new Map();
    for (const c of table.columns) if (!index.has(c.name)) index.set(c.name, c);
    columnIndex.set(table.columns, index);
  }
  return index.get(name);
}

/** Keeps the rows whose index is listed (in that order), in every column. */
export function takeRows(table: Table, keep: ArrayLike<number>): Table {
  const n = keep.length;
  const lines = new Int32Array(n);
  for (let i = 0; i < n; i++) lines[i] = table.lines[keep[i]!]!;
  const columns: Column[] = table.columns.map((c) => {
    if (c.type === "number") {
      const values = new Float64Array(n);
      for (let i = 0; i < n; i++) values[i] = c.values[keep[i]!]!;
      return { name: c.name, type: "number", values };
    }
    const values = new Array<string | null>(n);
    for (let i = 0; i < n; i++) values[i] = c.values[keep[i]!]!;
    return { name: c.name, type: "string", values };
  });
  return { ...table, columns, rowCount: n, lines };
}

/** Whether row i of the column is missing. */
export function isMissingValue(c: Column, i: number): boolean {
  return c.type === "number" ? Number.isNaN(c.values[i]!) : c.values[i] === null;
}

/** Turns a number column into text (when two files disagree on a column's type). */
export function asText(c: Column): StringColumn {
  if (c.type === "string") return c;
  const values = new Array<string | null>(c.values.length);
  for (let i = 0; i < values.length; i++) {
    const v = c.values[i]!;
    values[i] = Number.isNaN(v) ? null : String(v);
  }
  return { name: c.name, type: "string", values };
}
