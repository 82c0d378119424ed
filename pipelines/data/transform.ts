// Applying a fitted transform to raw client rows: the server's hot path. Everything that depends only on the
// transform is compiled once (and cached per transform object); the per-row work is a plain loop.
import { ModelopsError } from "../errors.ts";
import type { FittedTransform } from "./types.ts";

interface Compiled {
  names: string[];
  /** NaN where the feature has no impute value. */
  impute: Float64Array;
  shift: Float64Array;
  divide: Float64Array;
  index: Map<string, number>;
  expected: string;
}

const compiledCache = new WeakMap<FittedTransform, Compiled>();

function compile(transform: FittedTransform): Compiled {
  const cached = compiledCache.get(transform);
  if (cached) return cached;
  const n = transform.features.length;
  const names = new Array<string>(n);
  const impute = new Float64Array(n);
  const shift = new Float64Array(n);
  const divide = new Float64Array(n);
  const index = new Map<string, number>();
  for (let j = 0; j < n; j++) {
    const f = transform.features[j]!;
    names[j] = f.name;
    impute[j] = f.impute ?? Number.NaN;
    shift[j] = f.scale?.shift ?? 0;
    divide[j] = f.scale && f.scale.divide !== 0 ? f.scale.divide : 1;
    index.set(f.name, j);
  }
  const compiled: Compiled = { names, impute, shift, divide, index, expected: names.join(", ") };
  compiledCache.set(transform, compiled);
  return compiled;
}

const NUMBER_RE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Parses a decimal number written as text ("5.1", " -2e3 "). Returns NaN for anything else (hex, "Infinity",
 * "1,5"). The caller decides what empty text means.
 */
export function parseNumber(text: string): number {
  const t = text.trim();
  if (!NUMBER_RE.test(t)) return Number.NaN;
  const v = Number(t);
  return Number.isFinite(v) ? v : Number.NaN;
}

function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return String(value);
}

function toValue(c: Compiled, i: number, j: number, raw: unknown): number {
  if (typeof raw === "number") {
    if (Number.isFinite(raw)) return raw;
  } else if (typeof raw === "string") {
    const v = parseNumber(raw);
    if (!Number.isNaN(v)) return v;
    if (raw.trim() === "") return fill(c, i, j);
  } else if (raw === null || raw === undefined) {
    return fill(c, i, j);
  }
  throw new ModelopsError(`instance ${i}: feature "${c.names[j]}" is ${show(raw)}, expected a number`);
}

function fill(c: Compiled, i: number, j: number): number {
  const v = c.impute[j]!;
  if (!Number.isNaN(v)) return v;
  throw new ModelopsError(
    `instance ${i}: feature "${c.names[j]}" is missing and the model has no imputation for it; send a number`,
  );
}

/**
 * Turns raw client rows into model inputs: each instance is an object keyed by feature name or an array of
 * values in `transform.features` order. Missing values (null, undefined, "") take the feature's impute value;
 * then (x - shift) / divide. Bad input throws a one-line ModelopsError (exit code 2) naming instance and feature.
 */
export function applyTransform(transform: FittedTransform, instances: unknown[]): number[][] {
  const c = compile(transform);
  const n = c.names.length;
  const { shift, divide, names, index } = c;
  const out = new Array<number[]>(instances.length);
  for (let i = 0; i < instances.length; i++) {
    const inst = instances[i];
    const row = new Array<number>(n);
    if (Array.isArray(inst)) {
      if (inst.length !== n) {
        throw new ModelopsError(`instance ${i}: expected ${n} values (${c.expected}), found ${inst.length}`);
      }
      for (let j = 0; j < n; j++) {
        row[j] = (toValue(c, i, j, inst[j]) - shift[j]!) / divide[j]!;
      }
    } else if (inst !== null && typeof inst === "object") {
      const obj = inst as Record<string, unknown>;
      let known = 0;
      for (const key in obj) {
        if (index.has(key)) known++;
        else if (Object.hasOwn(obj, key)) throw unknownKeys(c, i, obj);
      }
      for (let j = 0; j < n; j++) {
        const name = names[j]!;
        const raw = known > 0 && Object.hasOwn(obj, name) ? obj[name] : undefined;
        row[j] = (toValue(c, i, j, raw) - shift[j]!) / divide[j]!;
      }
    } else {
      throw new ModelopsError(
        `instance ${i}: expected an object keyed by feature name or an array of ${n} values (${c.expected}), found ${show(inst)}`,
      );
    }
    out[i] = row;
  }
  return out;
}

function unknownKeys(c: Compiled, i: number, obj: Record<string, unknown>): ModelopsError {
  const extra = Object.keys(obj).filter((k) => !c.index.has(k));
  const list = extra.map((k) => JSON.stringify(k)).join(", ");
  return new ModelopsError(
    `instance ${i}: unknown feature${extra.length > 1 ? "s" : ""} ${list}; the model expects ${c.expected}`,
  );
}

/** Class labels in output order for classification (index = class index), undefined for regression. */
export function classLabels(transform: FittedTransform): string[] | undefined {
  return transform.task === "classification" ? transform.target.classes : undefined;
}

export type DecodedPrediction = { label: string; probabilities: Record<string, number> } | { value: number };

/**
 * Reads one model output row: classification -> the most probable label and the probability of each label;
 * regression -> `{ value: row[0] }`.
 */
export function decodePrediction(transform: FittedTransform, row: ArrayLike<number>): DecodedPrediction {
  const labels = classLabels(transform);
  if (!labels) return { value: row[0] ?? Number.NaN };
  const probabilities: Record<string, number> = {};
  let best = 0;
  for (let k = 0; k < labels.length; k++) {
    probabilities[labels[k]!] = row[k] ?? 0;
    if ((row[k] ?? Number.NEGATIVE_INFINITY) > (row[best] ?? Number.NEGATIVE_INFINITY)) best = k;
  }
  return { label: labels[best] ?? "", probabilities };
}
