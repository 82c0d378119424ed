// Turns zod issues into ConfigIssues: one line each, at the YAML node of the offending key or value, in words
// a user of the file understands ("expected a number, got "fast"", "unknown key "extra" (allowed: ...)").
import type { core } from "zod";
import { type ConfigIssue, formatPath } from "./issues.ts";
import type { Position, YamlLocator } from "./locate.ts";

type ZodIssue = core.$ZodIssue;
type Path = PropertyKey[];

// The few parts of zod's schema definitions we read to name allowed keys and values.
interface Def {
  type: string;
  shape?: Record<string, SchemaLike>;
  innerType?: SchemaLike;
  in?: SchemaLike;
  options?: SchemaLike[];
  discriminator?: string;
  keyType?: SchemaLike;
  valueType?: SchemaLike;
  element?: SchemaLike;
  entries?: Record<string, string | number>;
  values?: unknown[];
  getter?: () => SchemaLike;
}
export interface SchemaLike {
  _zod: { def: Def };
}

const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "readonly", "catch", "nonoptional"]);

function unwrap(schema: SchemaLike | undefined): SchemaLike | undefined {
  let s = schema;
  for (let guard = 0; s && guard < 50; guard++) {
    const def: Def = s._zod.def;
    if (WRAPPERS.has(def.type)) s = def.innerType;
    else if (def.type === "pipe") s = def.in;
    else if (def.type === "lazy" && def.getter) s = def.getter();
    else return s;
  }
  return s;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const seg of path) {
    if (Array.isArray(v) && typeof seg === "number") v = v[seg];
    else if (isPlainObject(v)) v = Object.hasOwn(v, String(seg)) ? v[String(seg)] : undefined;
    else return undefined;
  }
  return v;
}

function literalValues(schema: SchemaLike | undefined): unknown[] {
  const s = unwrap(schema);
  if (!s) return [];
  const def = s._zod.def;
  if (def.type === "literal") return def.values ?? [];
  if (def.type === "enum") return Object.values(def.entries ?? {});
  return [];
}

function objectKeys(schema: SchemaLike | undefined): string[] | undefined {
  const s = unwrap(schema);
  if (!s) return undefined;
  const def = s._zod.def;
  if (def.type === "object") return Object.keys(def.shape ?? {});
  if (def.type === "record") {
    const keys = literalValues(def.keyType).map(String);
    return keys.length ? keys : undefined;
  }
  return undefined;
}

/** Index of the union option that `data` was meant to be (by discriminator, or by a key only it has). */
function pickOption(union: SchemaLike, data: unknown): number {
  const def = union._zod.def;
  const options = (def.options ?? []).map(unwrap);
  if (!isPlainObject(data)) return -1;
  if (def.discriminator) {
    const d = def.discriminator;
    return options.findIndex((o) => literalValues(o?._zod.def.shape?.[d]).includes(data[d]));
  }
  const matches = options
    .map((o, i) => ({ i, keys: objectKeys(o) ?? [] }))
    .filter(({ keys }) => Object.keys(data).some((k) => keys.includes(k)));
  return matches.length === 1 ? matches[0]!.i : -1;
}

/**
 * The schema that validates the value at `path` of `data`, through wrappers, unions, records and lists. A
 * union at the end is resolved to the option the value chose unless `resolveLast` is false.
 */
export function schemaAt(
  root: SchemaLike,
  path: readonly PropertyKey[],
  data: unknown,
  resolveLast = true,
): SchemaLike | undefined {
  let s: SchemaLike | undefined = root;
  let v = data;
  for (const seg of path) {
    s = resolveUnion(s, v);
    if (!s) return undefined;
    const def = s._zod.def;
    if (def.type === "object") s = def.shape?.[String(seg)];
    else if (def.type === "record") s = def.valueType;
    else if (def.type === "array") s = def.element;
    else return undefined;
    v = valueAt(v, [seg]);
  }
  return resolveLast ? resolveUnion(s, v) : unwrap(s);
}

function resolveUnion(schema: SchemaLike | undefined, data: unknown): SchemaLike | undefined {
  const s = unwrap(schema);
  if (s?._zod.def.type !== "union") return s;
  const i = pickOption(s, data);
  return i >= 0 ? unwrap(s._zod.def.options?.[i]) : s;
}

/** Keys allowed in the mapping at `path` (all options' keys for an undecided union). */
function allowedKeysAt(root: SchemaLike, path: readonly PropertyKey[], data: unknown): string[] | undefined {
  const s = schemaAt(root, path, data);
  if (!s) return undefined;
  if (s._zod.def.type === "union") {
    const all = (s._zod.def.options ?? []).flatMap((o) => objectKeys(o) ?? []);
    return all.length ? [...new Set(all)] : undefined;
  }
  return objectKeys(s);
}

// ---------------------------------------------------------------------------------------------------------
// Words

/** How a YAML value reads in a message: `"fast"`, `3`, `an empty value`, `a list`, `a mapping`. */
export function describeValue(v: unknown): string {
  if (v === undefined) return "nothing";
  if (v === null) return "an empty value";
  if (typeof v === "string") {
    const s = v.length > 40 ? `${v.slice(0, 37)}...` : v;
    return JSON.stringify(s);
  }
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
  if (Array.isArray(v)) return v.length ? "a list" : "an empty list";
  if (v instanceof Date) return `a date (${v.toISOString().slice(0, 10)}; quote it to make it a string)`;
  if (isPlainObject(v)) return Object.keys(v).length ? "a mapping" : "an empty mapping";
  return typeof v;
}

const EXPECTED: Record<string, string> = {
  string: "a string",
  number: "a number",
  int: "an integer",
  boolean: "true or false",
  object: "a mapping",
  record: "a mapping",
  map: "a mapping",
  array: "a list",
  tuple: "a list",
  null: "an empty value",
};

const quoteAll = (values: readonly unknown[]): string => values.map((v) => JSON.stringify(v)).join(", ");
const expectedValues = (values: readonly unknown[]): string =>
  values.length === 1 ? JSON.stringify(values[0]) : `one of ${quoteAll(values)}`;
const list = (values: readonly unknown[]): string => values.map(String).join(", ");

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function normalize(key: string): string {
  return key.toLowerCase().replace(/[-_\s]/g, "");
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = current;
    }
  }
  return row[b.length]!;
}

/** The allowed name a misspelt one most likely meant (`learning_rate` -> `learningRate`). */
export function didYouMean(name: string, allowed: readonly string[]): string | undefined {
  const exact = allowed.find((a) => normalize(a) === normalize(name));
  if (exact) return exact;
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.min(3, Math.floor(name.length / 3)));
  for (const a of allowed) {
    const d = distance(normalize(name), normalize(a));
    if (d <= bestDistance) {
      best = a;
      bestDistance = d - 1;
    }
  }
  return best;
}

export function unknownKeyMessage(key: string, allowed: readonly string[] | undefined): string {
  if (!allowed?.length) return `unknown key ${JSON.stringify(key)}`;
  const guess = didYouMean(key, allowed);
  const hint = guess ? `did you mean ${JSON.stringify(guess)}? ` : "";
  return `unknown key ${JSON.stringify(key)} (${hint}allowed: ${list(allowed)})`;
}

function sizeMessage(issue: ZodIssue & { code: "too_small" | "too_big" }, value: unknown): string {
  const small = issue.code === "too_small";
  const bound = Number(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  const exact = "exact" in issue && issue.exact === true;
  const got = describeValue(value);
  switch (issue.origin) {
    case "array":
    case "set": {
      const n = Array.isArray(value) ? value.length : undefined;
      const count = n === undefined ? "" : `, got ${n}`;
      if (exact) return `needs exactly ${plural(bound, "item")}${count}`;
      return small
        ? `needs at least ${plural(bound, "item")}${count}`
        : `allows at most ${plural(bound, "item")}${count}`;
    }
    case "string": {
      if (small && bound === 1 && !exact) return "must not be empty";
      if (exact) return `must be exactly ${plural(bound, "character")} long, got ${got}`;
      return small
        ? `must be at least ${plural(bound, "character")} long, got ${got}`
        : `must be at most ${plural(bound, "character")} long, got ${got}`;
    }
    default: {
      if (small)
        return inclusive
          ? `must be at least ${bound}, got ${got}`
          : `must be greater than ${bound}, got ${got}`;
      return inclusive ? `must be at most ${bound}, got ${got}` : `must be less than ${bound}, got ${got}`;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Mapping

export interface MapContext {
  file: string;
  data: unknown;
  schema: SchemaLike;
  locator: YamlLocator;
  /** Paths where the YAML itself is broken: a wrong value there is the syntax error's doing. */
  brokenPaths?: readonly PropertyKey[][];
}

/** True when a syntax error sits at `path` or directly inside it (an unclosed `[` or quote). */
function isBroken(ctx: MapContext, path: Path): boolean {
  const here = formatPath(path);
  return (ctx.brokenPaths ?? []).some(
    (broken) =>
      formatPath(broken) === here ||
      (broken.length === path.length + 1 && formatPath(broken.slice(0, -1)) === here),
  );
}

function issueAt(ctx: MapContext, at: Position, path: readonly PropertyKey[], message: string): ConfigIssue {
  return { file: ctx.file, line: at.line, column: at.column, path: formatPath(path), message };
}

function missingKey(ctx: MapContext, path: Path, extra = ""): ConfigIssue {
  const parent = path.slice(0, -1);
  const key = String(path[path.length - 1]);
  return issueAt(
    ctx,
    ctx.locator.keyPosition(parent),
    parent,
    `missing required key ${JSON.stringify(key)}${extra}`,
  );
}

/** True when `path` names a key that is absent from a mapping that exists. */
function isMissing(ctx: MapContext, path: Path): boolean {
  if (path.length === 0) return false;
  const parent = valueAt(ctx.data, path.slice(0, -1));
  return isPlainObject(parent) && !Object.hasOwn(parent, String(path[path.length - 1]));
}

/** A value that fits none of several mappings told apart by their keys (like preprocess steps). */
function objectUnionIssues(ctx: MapContext, path: Path, value: unknown, keys: string[]): ConfigIssue[] {
  if (!isPlainObject(value) || Object.keys(value).length === 0) {
    const message = `expected a mapping with one of the keys ${list(keys)}, got ${describeValue(value)}`;
    return [issueAt(ctx, ctx.locator.valuePosition(path), path, message)];
  }
  const unknown = Object.keys(value).filter((k) => !keys.includes(k));
  if (unknown.length) {
    return unknown.map((k) =>
      issueAt(ctx, ctx.locator.keyPosition([...path, k]), [...path, k], unknownKeyMessage(k, keys)),
    );
  }
  const message = `expected exactly one of the keys ${list(keys)}, got ${list(Object.keys(value))}`;
  return [issueAt(ctx, ctx.locator.valuePosition(path), path, message)];
}

function unionIssues(
  ctx: MapContext,
  issue: ZodIssue & { code: "invalid_union" },
  path: Path,
): ConfigIssue[] {
  const value = valueAt(ctx.data, path);
  if ("discriminator" in issue && issue.discriminator !== undefined) {
    const options = "options" in issue && Array.isArray(issue.options) ? issue.options : [];
    const allowed = options.length ? ` (one of ${quoteAll(options)})` : "";
    if (isMissing(ctx, path)) return [missingKey(ctx, path, allowed)];
    const message = `expected ${expectedValues(options)}, got ${describeValue(value)}`;
    return [issueAt(ctx, ctx.locator.valuePosition(path), path, message)];
  }
  if (isMissing(ctx, path)) return [missingKey(ctx, path)];
  const union = schemaAt(ctx.schema, path, ctx.data, false);
  if (union?._zod.def.type === "union") {
    // The value chose an option (by a key only that option has): report that option's problems.
    const chosen = issue.errors[pickOption(union, value)];
    if (chosen?.length) return chosen.flatMap((inner) => mapZodIssue(ctx, inner, path));
    const options = (union._zod.def.options ?? []).map(unwrap);
    const keys = [...new Set(options.flatMap((o) => objectKeys(o) ?? []))];
    if (keys.length && options.every((o) => o?._zod.def.type === "object")) {
      return objectUnionIssues(ctx, path, value, keys);
    }
  }
  const best = [...issue.errors].sort((a, b) => a.length - b.length)[0];
  if (best?.length) return best.flatMap((inner) => mapZodIssue(ctx, inner, path));
  return [issueAt(ctx, ctx.locator.valuePosition(path), path, `invalid value ${describeValue(value)}`)];
}

/** Maps one zod issue (whose path is relative to `prefix`) to one or more ConfigIssues. */
export function mapZodIssue(ctx: MapContext, issue: ZodIssue, prefix: Path = []): ConfigIssue[] {
  const path: Path = [...prefix, ...issue.path];
  const value = valueAt(ctx.data, path);
  const at = () => ctx.locator.valuePosition(path);
  const aboutValue =
    issue.code !== "unrecognized_keys" && issue.code !== "invalid_key" && !isMissing(ctx, path);
  if (aboutValue && isBroken(ctx, path)) return [];
  switch (issue.code) {
    case "unrecognized_keys": {
      const allowed = allowedKeysAt(ctx.schema, path, ctx.data);
      return issue.keys.map((key) =>
        issueAt(
          ctx,
          ctx.locator.keyPosition([...path, key]),
          [...path, key],
          unknownKeyMessage(key, allowed),
        ),
      );
    }
    case "invalid_type": {
      if (isMissing(ctx, path)) return [missingKey(ctx, path)];
      const expected = EXPECTED[issue.expected] ?? `a ${issue.expected}`;
      return [issueAt(ctx, at(), path, `expected ${expected}, got ${describeValue(value)}`)];
    }
    case "invalid_value": {
      if (isMissing(ctx, path)) {
        const allowed = issue.values.length > 1 ? ` (one of ${quoteAll(issue.values)})` : "";
        return [missingKey(ctx, path, allowed)];
      }
      return [
        issueAt(ctx, at(), path, `expected ${expectedValues(issue.values)}, got ${describeValue(value)}`),
      ];
    }
    case "invalid_union":
      return unionIssues(ctx, issue, path);
    case "too_small":
    case "too_big":
      return [issueAt(ctx, at(), path, sizeMessage(issue, value))];
    case "invalid_format": {
      const custom = !/^Invalid/.test(issue.message);
      const what = custom
        ? issue.message
        : `expected ${issue.format === "regex" ? `text matching ${issue.pattern}` : `a valid ${issue.format}`}`;
      return [issueAt(ctx, at(), path, `${what}, got ${describeValue(value)}`)];
    }
    case "not_multiple_of":
      return [
        issueAt(
          ctx,
          at(),
          path,
          `must be a multiple of ${String(issue.divisor)}, got ${describeValue(value)}`,
        ),
      ];
    case "invalid_key": {
      const key = String(path[path.length - 1]);
      const why = issue.issues.map((i) => i.message).join("; ");
      return [
        issueAt(ctx, ctx.locator.keyPosition(path), path, `invalid key ${JSON.stringify(key)}: ${why}`),
      ];
    }
    case "invalid_element":
      return issue.issues.flatMap((inner) => mapZodIssue(ctx, inner, path));
    default: {
      const shown =
        typeof value === "string" || typeof value === "number" || typeof value === "boolean"
          ? `, got ${describeValue(value)}`
          : "";
      return [issueAt(ctx, at(), path, `${issue.message}${shown}`)];
    }
  }
}
