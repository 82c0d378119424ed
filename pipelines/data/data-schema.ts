// Data schemas, TFX style: inferred from a profile (types, required columns, numeric ranges, categorical
// domains), committed beside modelops.yaml, then used to validate new data. Each violation is an anomaly
// with the column, its kind and where it was first seen; `modelops validate --data` exits 1 on any.
import { readFile } from "node:fs/promises";
import { parse, stringify } from "yaml";
import { ModelopsError } from "../errors.ts";
import { profileColumn } from "./profile.ts";
import { type Column, isMissingValue, type Table, whereRow } from "./table.ts";
import type { DataProfile } from "./types.ts";

export const DATA_SCHEMA = "modelops/data-schema@1";
/** Text columns with at most this many categories get a domain. */
export const DOMAIN_MAX = 100;

export interface SchemaColumn {
  name: string;
  type: "number" | "string";
  /** Numbers: every value is an integer. */
  integer?: boolean;
  /** No missing values allowed. */
  required: boolean;
  /** Numbers: the range seen when the schema was inferred. */
  min?: number;
  max?: number;
  /** Text: the categories allowed. */
  domain?: string[];
}

export interface DataSchema {
  schema: typeof DATA_SCHEMA;
  columns: SchemaColumn[];
}

export type AnomalyKind =
  | "missing-column"
  | "new-column"
  | "type-change"
  | "missing-values"
  | "out-of-range"
  | "not-integer"
  | "new-category";

export interface Anomaly {
  column: string;
  kind: AnomalyKind;
  /** One line for a person. */
  message: string;
  /** Rows concerned. */
  count?: number;
  /** file:line of the first row concerned. */
  where?: string;
}

/** The schema a profile implies: its columns' types, which are never missing, their ranges and domains. */
export function inferSchema(profile: DataProfile): DataSchema {
  return {
    schema: DATA_SCHEMA,
    columns: profile.columns.map((c) => {
      const col: SchemaColumn = { name: c.name, type: c.type, required: c.missing === 0 };
      if (c.type === "number") {
        if (c.integer) col.integer = true;
        if (c.min !== undefined) col.min = c.min;
        if (c.max !== undefined) col.max = c.max;
      } else {
        const domain = c.domain ?? (c.counts && !c.otherCount ? Object.keys(c.counts).sort() : undefined);
        if (domain && domain.length <= DOMAIN_MAX) col.domain = domain;
      }
      return col;
    }),
  };
}

/** Profile of every column of a table (role "other"), for schema inference from a raw file. */
export function profileTable(table: Table): DataProfile {
  const rows = Int32Array.from({ length: table.rowCount }, (_, i) => i);
  return {
    schema: "modelops/profile@1",
    rows: { raw: table.rowCount, dropped: 0, train: table.rowCount, validation: 0, test: 0 },
    columns: table.columns.map((c) => profileColumn(c, rows, "other")),
  };
}

export function schemaText(schema: DataSchema): string {
  return `# modelops data schema: inferred with "modelops data schema", edit to loosen or tighten\n${stringify(schema)}`;
}

export async function readSchema(file: string, shown: string): Promise<DataSchema> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new ModelopsError(
      `${shown}: data schema not found (data.schema); create it with "modelops data schema -m MODEL -o ${shown}"`,
    );
  }
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (err) {
    throw new ModelopsError(`${shown}: not valid YAML (${(err as Error).message.split("\n")[0]})`);
  }
  const s = doc as DataSchema | null;
  if (s?.schema !== DATA_SCHEMA || !Array.isArray(s.columns)) {
    throw new ModelopsError(`${shown}: expected "schema: ${DATA_SCHEMA}" and a columns list; infer it again`);
  }
  return s;
}

/** Anomalies of a table against a schema (columns compared by name). */
export function validateTable(schema: DataSchema, table: Table): Anomaly[] {
  const anomalies: Anomaly[] = [];
  const byName = new Map(table.columns.map((c) => [c.name, c]));
  const known = new Set(schema.columns.map((c) => c.name));
  for (const sc of schema.columns) {
    const col = byName.get(sc.name);
    if (!col) {
      anomalies.push({
        column: sc.name,
        kind: "missing-column",
        message: `column "${sc.name}" is missing from ${table.file}${sc.required ? " (required)" : ""}`,
      });
      continue;
    }
    if (sc.required) anomalies.push(...missingValueAnomalies(sc, col, table));
    if (sc.type === "number") anomalies.push(...numberAnomalies(sc, col, table));
    else if (sc.domain) anomalies.push(...newCategoryAnomalies(sc, sc.domain, col, table));
  }
  for (const c of table.columns) {
    if (!known.has(c.name)) {
      anomalies.push({
        column: c.name,
        kind: "new-column",
        message: `column "${c.name}" is not in the schema (a new column; add it to the schema or drop it)`,
      });
    }
  }
  return anomalies;
}

/** A required column's missing values, counted in one pass over the rows. */
function missingValueAnomalies(sc: SchemaColumn, col: Column, table: Table): Anomaly[] {
  let missing = 0;
  let firstMissing = -1;
  for (let i = 0; i < table.rowCount; i++) {
    if (isMissingValue(col, i)) {
      missing++;
      if (firstMissing < 0) firstMissing = i;
    }
  }
  if (missing === 0) return [];
  return [
    {
      column: sc.name,
      kind: "missing-values",
      message: `column "${sc.name}" is required but has ${missing} missing value${missing > 1 ? "s" : ""}`,
      count: missing,
      where: whereRow(table, firstMissing),
    },
  ];
}

/** A number column that holds text, or values outside its range or not whole where it wants integers. */
function numberAnomalies(sc: SchemaColumn, col: Column, table: Table): Anomaly[] {
  if (col.type === "string") {
    const i = col.values.findIndex((v) => v !== null && Number.isNaN(Number(v)));
    return [
      {
        column: sc.name,
        kind: "type-change",
        message: `column "${sc.name}" should hold numbers but holds text ("${col.values[Math.max(0, i)]}")`,
        where: i >= 0 ? whereRow(table, i) : undefined,
      },
    ];
  }
  let out = 0;
  let firstOut = -1;
  let frac = 0;
  let firstFrac = -1;
  for (let i = 0; i < table.rowCount; i++) {
    const v = col.values[i]!;
    if (Number.isNaN(v)) continue;
    if ((sc.min !== undefined && v < sc.min) || (sc.max !== undefined && v > sc.max)) {
      out++;
      if (firstOut < 0) firstOut = i;
    }
    if (sc.integer && !Number.isInteger(v)) {
      frac++;
      if (firstFrac < 0) firstFrac = i;
    }
  }
  const anomalies: Anomaly[] = [];
  if (out) {
    anomalies.push({
      column: sc.name,
      kind: "out-of-range",
      message: `column "${sc.name}" has ${out} value${out > 1 ? "s" : ""} outside [${sc.min}, ${sc.max}] (first: ${col.values[firstOut]})`,
      count: out,
      where: whereRow(table, firstOut),
    });
  }
  if (frac) {
    anomalies.push({
      column: sc.name,
      kind: "not-integer",
      message: `column "${sc.name}" should hold integers but has ${frac} fractional value${frac > 1 ? "s" : ""} (first: ${col.values[firstFrac]})`,
      count: frac,
      where: whereRow(table, firstFrac),
    });
  }
  return anomalies;
}

/** Values of a categorical column that its schema's domain does not list, counted per new value. */
function newCategoryAnomalies(sc: SchemaColumn, known: string[], col: Column, table: Table): Anomaly[] {
  const domain = new Set(known);
  const fresh = new Map<string, number>();
  let firstNew = -1;
  const values =
    col.type === "string" ? col.values : Array.from(col.values, (v) => (Number.isNaN(v) ? null : String(v)));
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined || domain.has(v)) continue;
    fresh.set(v, (fresh.get(v) ?? 0) + 1);
    if (firstNew < 0) firstNew = i;
  }
  if (fresh.size === 0) return [];
  const count = [...fresh.values()].reduce((a, b) => a + b, 0);
  const names = [...fresh.keys()].slice(0, 5).map((v) => JSON.stringify(v));
  return [
    {
      column: sc.name,
      kind: "new-category",
      message: `column "${sc.name}" has ${fresh.size} new categor${fresh.size > 1 ? "ies" : "y"} (${names.join(", ")}${fresh.size > 5 ? ", ..." : ""}) in ${count} row${count > 1 ? "s" : ""}`,
      count,
      where: whereRow(table, firstNew),
    },
  ];
}

/** Schema changes between two profiles (added/removed columns, type changes, new categories), one line each. */
export function schemaChanges(base: DataProfile, cand: DataProfile): string[] {
  const out: string[] = [];
  const b = new Map(base.columns.map((c) => [c.name, c]));
  const c = new Map(cand.columns.map((x) => [x.name, x]));
  for (const [name, col] of c) {
    const old = b.get(name);
    if (!old) {
      out.push(`added column \`${name}\` (${col.type})`);
      continue;
    }
    if (old.type !== col.type) out.push(`\`${name}\`: type ${old.type} -> ${col.type}`);
    else if (col.type === "string") {
      const before = new Set(old.domain ?? Object.keys(old.counts ?? {}));
      const fresh = (col.domain ?? Object.keys(col.counts ?? {})).filter((v) => !before.has(v));
      if (fresh.length && (old.domain || !old.otherCount)) {
        out.push(
          `\`${name}\`: new categor${fresh.length > 1 ? "ies" : "y"} ${fresh
            .slice(0, 5)
            .map((v) => `\`${v}\``)
            .join(", ")}${fresh.length > 5 ? ", ..." : ""}`,
        );
      }
    }
    if (old.missing === 0 && col.missing > 0)
      out.push(`\`${name}\`: now has missing values (${col.missing})`);
  }
  for (const name of b.keys()) if (!c.has(name)) out.push(`removed column \`${name}\``);
  return out;
}
