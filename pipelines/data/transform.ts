// Applying a fitted transform to raw rows: the server's hot path, and the very same code the training split
// goes through (preprocess calls transformColumns below), so train-time and serve-time numbers are identical.
// Everything that depends only on the transform is compiled once (and cached per transform object) into flat
// typed arrays; the per-row work is a plain loop.
import { ModelopsError } from "../errors.ts";
import { type Projector, projector } from "./kernels/index.ts";
import type { FittedTransform } from "./types.ts";

const KIND_NUMBER = 0;
const KIND_ORDINAL = 1;
const KIND_ONEHOT = 2;

interface Compiled {
  names: string[];
  kind: Uint8Array;
  /** NaN where the feature has no impute value. */
  impute: Float64Array;
  lo: Float64Array;
  hi: Float64Array;
  /** NaN: no log step. */
  logOffset: Float64Array;
  /** 1 where the feature is clipped or log-transformed. */
  shaped: Uint8Array;
  shift: Float64Array;
  divide: Float64Array;
  /** Start of each feature's outputs in the concatenated vector. */
  pos: Int32Array;
  /** Text features: category -> index; unknown handling; fill text. */
  cats: Array<Map<string, number> | undefined>;
  bucket: Uint8Array;
  nCats: Int32Array;
  imputeText: Array<string | undefined>;
  index: Map<string, number>;
  expected: string;
  /** Width of the concatenated per-feature outputs. */
  width: number;
  select: Int32Array | undefined;
  /** PCA: k components over `pcaIn` inputs, row-major; mean of each input; 1/scale when whitened. */
  pcaK: number;
  pcaIn: number;
  pcaMean: Float64Array | undefined;
  pcaComp: Float64Array | undefined;
  pcaInvScale: Float64Array | undefined;
  /** The wasm kernel for the projection; undefined where WebAssembly is not available. */
  projector: Projector | undefined;
  /** Final output width (the model's input width). */
  outWidth: number;
  /** Every feature is a number and nothing follows the per-feature steps: the server's fast path. */
  simple: boolean;
  /** Scratch rows for select/PCA. */
  scratch: Float64Array;
  scratch2: Float64Array;
  /** One centred row for PCA. */
  centred: Float64Array;
}

const compiledCache = new WeakMap<FittedTransform, Compiled>();

function compile(transform: FittedTransform): Compiled {
  const cached = compiledCache.get(transform);
  if (cached) return cached;
  const features = compileFeatures(transform);
  const { kind, width } = features;
  const select = transform.select ? Int32Array.from(transform.select) : undefined;
  const afterSelect = select ? select.length : width;
  const pca = compilePca(transform, afterSelect);
  const compiled: Compiled = {
    ...features,
    shaped: Uint8Array.from(transform.features, (f) => (f.clip || f.log ? 1 : 0)),
    expected: features.names.join(", "),
    select,
    ...pca,
    outWidth: transform.pca ? pca.pcaK : afterSelect,
    simple: !transform.pca && !transform.select && kind.every((k) => k === KIND_NUMBER),
    scratch: new Float64Array(width),
    scratch2: new Float64Array(afterSelect),
    centred: pca.projector ? pca.projector.rows.subarray(0, afterSelect) : new Float64Array(afterSelect),
  };
  compiledCache.set(transform, compiled);
  return compiled;
}

type FeatureTables = Pick<
  Compiled,
  | "names"
  | "kind"
  | "impute"
  | "lo"
  | "hi"
  | "logOffset"
  | "shift"
  | "divide"
  | "pos"
  | "cats"
  | "bucket"
  | "nCats"
  | "imputeText"
  | "index"
  | "width"
>;

/** Each feature's steps as flat tables, and where its outputs start in the concatenated vector. */
function compileFeatures(transform: FittedTransform): FeatureTables {
  const n = transform.features.length;
  const t: FeatureTables = {
    names: new Array<string>(n),
    kind: new Uint8Array(n),
    impute: new Float64Array(n),
    lo: new Float64Array(n),
    hi: new Float64Array(n),
    logOffset: new Float64Array(n),
    shift: new Float64Array(n),
    divide: new Float64Array(n),
    pos: new Int32Array(n),
    cats: new Array<Map<string, number> | undefined>(n),
    bucket: new Uint8Array(n),
    nCats: new Int32Array(n),
    imputeText: new Array<string | undefined>(n),
    index: new Map<string, number>(),
    width: 0,
  };
  for (let j = 0; j < n; j++) {
    const f = transform.features[j]!;
    t.names[j] = f.name;
    t.index.set(f.name, j);
    t.impute[j] = f.impute ?? Number.NaN;
    t.lo[j] = f.clip?.min ?? Number.NEGATIVE_INFINITY;
    t.hi[j] = f.clip?.max ?? Number.POSITIVE_INFINITY;
    t.logOffset[j] = f.log ? f.log.offset : Number.NaN;
    t.shift[j] = f.scale?.shift ?? 0;
    t.divide[j] = f.scale && f.scale.divide !== 0 ? f.scale.divide : 1;
    t.pos[j] = t.width;
    t.imputeText[j] = f.imputeText;
    if (f.encode) {
      t.cats[j] = new Map(f.encode.categories.map((c, k) => [c, k]));
      t.nCats[j] = f.encode.categories.length;
      t.bucket[j] = f.encode.unknown === "bucket" ? 1 : 0;
      t.kind[j] = f.encode.method === "onehot" ? KIND_ONEHOT : KIND_ORDINAL;
      t.width += t.kind[j] === KIND_ONEHOT ? t.nCats[j]! + t.bucket[j]! : 1;
    } else {
      t.kind[j] = KIND_NUMBER;
      t.width += 1;
    }
  }
  return t;
}

type PcaTables = Pick<Compiled, "pcaK" | "pcaIn" | "pcaMean" | "pcaComp" | "pcaInvScale" | "projector">;

/** The PCA step over `inputs` model inputs: components row-major, mean, 1/scale when whitened, the kernel. */
function compilePca(transform: FittedTransform, inputs: number): PcaTables {
  const none = { pcaK: 0, pcaIn: inputs, pcaMean: undefined, pcaComp: undefined, pcaInvScale: undefined };
  if (!transform.pca) return { ...none, projector: undefined };
  const pca = transform.pca;
  const pcaK = pca.components.length;
  const pcaComp = new Float64Array(pcaK * inputs);
  pca.components.forEach((row, k) => {
    pcaComp.set(row, k * inputs);
  });
  return {
    pcaK,
    pcaIn: inputs,
    pcaMean: Float64Array.from(pca.mean),
    pcaComp,
    pcaInvScale: pca.whiten ? Float64Array.from(pca.whiten, (s) => (s > 0 ? 1 / s : 0)) : undefined,
    projector: projector(pcaComp, pcaK, inputs, PROJECT_BLOCK),
  };
}

/** The model's input width: values per row after encoding, selection and PCA. */
export function transformWidth(transform: FittedTransform): number {
  return compile(transform).outWidth;
}

/** Whether text (already trimmed) is a plain decimal number: [+-] digits [. digits] [e [+-] digits]. */
function isDecimal(t: string): boolean {
  const n = t.length;
  let i = 0;
  let c = t.charCodeAt(0);
  if (c === 43 || c === 45) c = t.charCodeAt(++i); // + -
  let digits = 0;
  while (c >= 48 && c <= 57) {
    digits++;
    c = t.charCodeAt(++i);
  }
  if (c === 46) {
    c = t.charCodeAt(++i);
    while (c >= 48 && c <= 57) {
      digits++;
      c = t.charCodeAt(++i);
    }
  }
  if (digits === 0) return false;
  if (c === 101 || c === 69) {
    c = t.charCodeAt(++i);
    if (c === 43 || c === 45) c = t.charCodeAt(++i);
    let exp = 0;
    while (c >= 48 && c <= 57) {
      exp++;
      c = t.charCodeAt(++i);
    }
    if (exp === 0) return false;
  }
  return i === n;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0xfeff;

/** Whether text is a decimal number too large for a double ("1e999"): Number() reads it as Infinity. */
export function overflowsDouble(text: string): boolean {
  const t = text.trim();
  return isDecimal(t) && !Number.isFinite(Number(t));
}

/**
 * The largest float32. Models train and serve in float32 (tfjs), so a feature beyond it becomes Infinity
 * there; values up to it also keep every fitted statistic finite in float64 (a sum of squares of 1e308 is not).
 */
export const FLOAT32_MAX = 3.4028234663852886e38;

const FLOAT32_NOTE = "beyond ±3.4e38 (the largest float32, which models train and serve in)";

/** The one line for a value beyond FLOAT32_MAX as read or sent. */
export function rangeError(at: string, what: string, value: number, fix: string): ModelopsError {
  return new ModelopsError(`${at}: ${what} is ${value}, ${FLOAT32_NOTE}; ${fix}`);
}

/** A feature beyond FLOAT32_MAX: as sent (raw), or only after its steps (x). Kept out of line: rare. */
function outOfRange(c: Compiled, j: number, raw: number, x: number, where: Where, i: number): ModelopsError {
  const name = `feature "${c.names[j]}"`;
  if (!(Math.abs(raw) <= FLOAT32_MAX))
    return rangeError(where(i), name, raw, "send a value within that range");
  return new ModelopsError(
    `${where(i)}: ${name} is ${x} after preprocessing, ${FLOAT32_NOTE}; the value read is ${raw} and the fitted scale is too small for it: check the column's spread in the training data`,
  );
}

/**
 * Parses a decimal number written as text ("5.1", " -2e3 "). Returns NaN for anything else (hex, "Infinity",
 * "1,5"). The caller decides what empty text means.
 */
export function parseNumber(text: string): number {
  const n = text.length;
  const t = n > 0 && (isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(n - 1))) ? text.trim() : text;
  if (t.length === 0 || !isDecimal(t)) return Number.NaN;
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

/** How errors name a row: "instance 3" when serving, "data/x.csv:17" when preparing training data. */
type Where = (i: number) => string;

const serveWhere: Where = (i) => `instance ${i}`;

function missingError(c: Compiled, where: Where, i: number, j: number, training: boolean): ModelopsError {
  if (training) {
    return new ModelopsError(
      `${where(i)}: feature "${c.names[j]}" is missing; add a "dropMissing" or "impute" step to preprocess in modelops.yaml`,
    );
  }
  return new ModelopsError(
    `${where(i)}: feature "${c.names[j]}" is missing and the model has no imputation for it; send a number`,
  );
}

/** A numeric feature's value (NaN = missing) through impute -> clip -> log -> scale. Small, so it inlines. */
function numeric(c: Compiled, j: number, v: number, where: Where, i: number, training: boolean): number {
  if (Number.isNaN(v)) {
    v = c.impute[j]!;
    if (Number.isNaN(v)) throw missingError(c, where, i, j, training);
  }
  const raw = v;
  if (c.shaped[j] === 1) v = shape(c, j, v, where, i);
  const x = (v - c.shift[j]!) / c.divide[j]!;
  // Beyond float32 the model would compute with Infinity and answer NaN: refuse it here, naming the value.
  if (!(Math.abs(x) <= FLOAT32_MAX && Math.abs(raw) <= FLOAT32_MAX)) throw outOfRange(c, j, raw, x, where, i);
  return x;
}

/** Clip, then log, for the features that have either. */
function shape(c: Compiled, j: number, v: number, where: Where, i: number): number {
  if (v < c.lo[j]!) v = c.lo[j]!;
  else if (v > c.hi[j]!) v = c.hi[j]!;
  const off = c.logOffset[j]!;
  if (!Number.isNaN(off)) {
    if (!(v + off > 0)) {
      throw new ModelopsError(
        `${where(i)}: feature "${c.names[j]}" is ${v}, but its log transform needs values above ${-off}`,
      );
    }
    v = Math.log(v + off);
  }
  return v;
}

/** A text feature's category index; nCats is the unknown bucket. */
function category(
  c: Compiled,
  j: number,
  text: string | null,
  where: Where,
  i: number,
  training: boolean,
): number {
  if (text === null) {
    const fill = c.imputeText[j];
    if (fill === undefined) {
      if (c.bucket[j]) return c.nCats[j]!;
      throw missingError(c, where, i, j, training);
    }
    text = fill;
  }
  const k = c.cats[j]!.get(text);
  if (k !== undefined) return k;
  if (c.bucket[j]) return c.nCats[j]!;
  throw new ModelopsError(
    `${where(i)}: feature "${c.names[j]}" is ${show(text)}, a category the model was not trained on (known: ${[
      ...c.cats[j]!.keys(),
    ]
      .slice(0, 10)
      .join(", ")}${c.nCats[j]! > 10 ? ", ..." : ""})`,
  );
}

function put(c: Compiled, j: number, e: Float64Array, k: number): void {
  const p = c.pos[j]!;
  if (c.kind[j] === KIND_ORDINAL) {
    e[p] = k;
    return;
  }
  const w = c.nCats[j]! + c.bucket[j]!;
  for (let q = 0; q < w; q++) e[p + q] = 0;
  if (k < w) e[p + k] = 1;
}

/** The concatenated per-feature vector `e` -> the model's inputs, written to out[o..]. */
function finish(c: Compiled, e: Float64Array, out: Float64Array | Float32Array | number[], o: number): void {
  let x = e;
  if (c.select) {
    const s = c.select;
    const x2 = c.scratch2;
    for (let q = 0; q < s.length; q++) x2[q] = e[s[q]!]!;
    x = x2;
  }
  if (c.pcaComp) {
    const d = c.pcaIn;
    const mean = c.pcaMean!;
    const xc = c.centred;
    for (let q = 0; q < d; q++) xc[q] = x[q]! - mean[q]!;
    project(c, xc, 1, out, o);
    return;
  }
  const w = c.outWidth;
  for (let q = 0; q < w; q++) out[o + q] = x[q]!;
}

/** Rows projected per kernel call when training (transformColumnsFlat); serving projects one at a time. */
const PROJECT_BLOCK = 16;

/**
 * PCA projection of `nr` centred rows (row-major in xc, at most PROJECT_BLOCK) to out[o + r * k ...]. Every
 * output is the sum over inputs in the order q = 0..d-1, through the wasm kernel or the plain loop alike, so
 * one row (serving) and a block of rows (training) give identical numbers.
 */
function project(
  c: Compiled,
  xc: Float64Array,
  nr: number,
  out: Float64Array | Float32Array | number[],
  o: number,
): void {
  const p = c.projector;
  if (!p) {
    projectJs(c, xc, nr, out, o);
    return;
  }
  if (xc.buffer !== p.rows.buffer || xc.byteOffset !== p.rows.byteOffset)
    p.rows.set(xc.subarray(0, nr * c.pcaIn));
  p.run(nr);
  const K = c.pcaK;
  const inv = c.pcaInvScale;
  for (let r = 0; r < nr; r++) {
    const src = r * p.kp;
    const dst = o + r * K;
    if (inv) for (let k = 0; k < K; k++) out[dst + k] = p.out[src + k]! * inv[k]!;
    else for (let k = 0; k < K; k++) out[dst + k] = p.out[src + k]!;
  }
}

/** The projection without WebAssembly: the kernel's sums, one output at a time. */
function projectJs(
  c: Compiled,
  xc: Float64Array,
  nr: number,
  out: Float64Array | Float32Array | number[],
  o: number,
): void {
  const d = c.pcaIn;
  const K = c.pcaK;
  const comp = c.pcaComp!;
  const inv = c.pcaInvScale;
  for (let r = 0; r < nr; r++) {
    for (let k = 0; k < K; k++) {
      let s = 0;
      for (let q = 0; q < d; q++) s += xc[r * d + q]! * comp[k * d + q]!;
      out[o + r * K + k] = inv ? s * inv[k]! : s;
    }
  }
}

/** A raw client value -> number (NaN = missing) for a numeric feature. */
function rawNumber(c: Compiled, i: number, j: number, raw: unknown): number {
  if (typeof raw === "number") {
    if (Number.isFinite(raw)) return raw;
  } else if (typeof raw === "string") {
    const v = parseNumber(raw);
    if (!Number.isNaN(v)) return v;
    if (raw.trim() === "") return Number.NaN;
  } else if (raw === null || raw === undefined) {
    return Number.NaN;
  }
  throw new ModelopsError(`instance ${i}: feature "${c.names[j]}" is ${show(raw)}, expected a number`);
}

/** A raw client value -> text (null = missing) for a text feature. */
function rawText(c: Compiled, i: number, j: number, raw: unknown): string | null {
  if (typeof raw === "string") return raw.trim() === "" ? null : raw;
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number" && Number.isFinite(raw)) return String(raw);
  if (typeof raw === "boolean") return raw ? "true" : "false";
  throw new ModelopsError(`instance ${i}: feature "${c.names[j]}" is ${show(raw)}, expected text`);
}

function rowInto(
  c: Compiled,
  i: number,
  get: (j: number) => unknown,
  out: Float64Array | Float32Array | number[],
  o: number,
): void {
  const n = c.names.length;
  const direct = !c.select && !c.pcaComp && out instanceof Float64Array;
  const e = direct ? (out as Float64Array).subarray(o, o + c.width) : c.scratch;
  for (let j = 0; j < n; j++) {
    const raw = get(j);
    if (c.kind[j] === KIND_NUMBER)
      e[c.pos[j]!] = numeric(c, j, rawNumber(c, i, j, raw), serveWhere, i, false);
    else put(c, j, e, category(c, j, rawText(c, i, j, raw), serveWhere, i, false));
  }
  if (!direct) finish(c, e, out, o);
}

function instanceGetter(c: Compiled, i: number, inst: unknown): (j: number) => unknown {
  if (Array.isArray(inst)) {
    checkArrayLength(c, i, inst);
    return (j) => inst[j];
  }
  const obj = knownFeatures(c, i, inst);
  return (j) => featureOf(c, obj, j);
}

/**
 * The fast path for all-numeric transforms without selection or PCA (the common tabular case): the row is
 * written straight into out[o..o+n), with the same per-value arithmetic (numeric()) as every other path.
 */
function simpleRowInto(
  c: Compiled,
  i: number,
  inst: unknown,
  out: Float64Array | Float32Array,
  o: number,
): void {
  const n = c.names.length;
  if (Array.isArray(inst)) {
    checkArrayLength(c, i, inst);
    for (let j = 0; j < n; j++) out[o + j] = numeric(c, j, rawNumber(c, i, j, inst[j]), serveWhere, i, false);
    return;
  }
  const obj = knownFeatures(c, i, inst);
  for (let j = 0; j < n; j++)
    out[o + j] = numeric(c, j, rawNumber(c, i, j, featureOf(c, obj, j)), serveWhere, i, false);
}

function checkArrayLength(c: Compiled, i: number, inst: unknown[]): void {
  const n = c.names.length;
  if (inst.length !== n) {
    throw new ModelopsError(`instance ${i}: expected ${n} values (${c.expected}), found ${inst.length}`);
  }
}

/** An object instance with only known feature names (else one clear error); null when it names none. */
function knownFeatures(c: Compiled, i: number, inst: unknown): Record<string, unknown> | null {
  if (inst === null || typeof inst !== "object") {
    throw new ModelopsError(
      `instance ${i}: expected an object keyed by feature name or an array of ${c.names.length} values (${c.expected}), found ${show(inst)}`,
    );
  }
  const obj = inst as Record<string, unknown>;
  let known = 0;
  for (const key in obj) {
    if (c.index.has(key)) known++;
    else if (Object.hasOwn(obj, key)) throw unknownKeys(c, i, obj);
  }
  return known > 0 ? obj : null;
}

function featureOf(c: Compiled, obj: Record<string, unknown> | null, j: number): unknown {
  const name = c.names[j]!;
  return obj !== null && Object.hasOwn(obj, name) ? obj[name] : undefined;
}

/**
 * Turns raw client rows into model inputs: each instance is an object keyed by feature name or an array of
 * values in `transform.features` order. Missing values (null, undefined, "") take the feature's impute value;
 * then clip, log, scale (numbers) or encode (text); then selection and PCA. Bad input throws a one-line
 * ModelopsError (exit code 2) naming instance and feature.
 */
export function applyTransform(transform: FittedTransform, instances: unknown[]): number[][] {
  const c = compile(transform);
  const w = c.outWidth;
  const out = new Array<number[]>(instances.length);
  const tmp = new Float64Array(w);
  for (let i = 0; i < instances.length; i++) {
    if (c.simple) simpleRowInto(c, i, instances[i], tmp, 0);
    else rowInto(c, i, instanceGetter(c, i, instances[i]), tmp, 0);
    const row = new Array<number>(w);
    for (let q = 0; q < w; q++) row[q] = tmp[q]!;
    out[i] = row;
  }
  return out;
}

/**
 * applyTransform into one flat row-major buffer (length instances.length * transformWidth): what a server
 * hands to tensor2d without building arrays of arrays. Same numbers as applyTransform (rounded to float32
 * when `out` is a Float32Array).
 */
export function applyTransformInto(
  transform: FittedTransform,
  instances: unknown[],
  out: Float32Array | Float64Array,
): void {
  const c = compile(transform);
  const w = c.outWidth;
  if (out.length < instances.length * w) {
    throw new RangeError(`applyTransformInto: out holds ${out.length} values, needs ${instances.length * w}`);
  }
  if (c.simple) {
    for (let i = 0; i < instances.length; i++) simpleRowInto(c, i, instances[i], out, i * w);
    return;
  }
  for (let i = 0; i < instances.length; i++) rowInto(c, i, instanceGetter(c, i, instances[i]), out, i * w);
}

function unknownKeys(c: Compiled, i: number, obj: Record<string, unknown>): ModelopsError {
  const extra = Object.keys(obj).filter((k) => !c.index.has(k));
  const list = extra.map((k) => JSON.stringify(k)).join(", ");
  return new ModelopsError(
    `instance ${i}: unknown feature${extra.length > 1 ? "s" : ""} ${list}; the model expects ${c.expected}`,
  );
}

/** Raw columns of a table in `transform.features` order: numbers (NaN = missing) or text (null = missing). */
export type RawColumn = Float64Array | Array<string | null>;

/**
 * The training side of applyTransform: the same per-value arithmetic over already-parsed columns (rows
 * `rows`, in that order). Errors name the row with `where(i)` (file:line). Returns one number[] per row.
 */
export function transformColumns(
  transform: FittedTransform,
  columns: RawColumn[],
  rows: ArrayLike<number>,
  where: (row: number) => string,
): number[][] {
  const c = compile(transform);
  const n = c.names.length;
  const w = c.outWidth;
  const out = new Array<number[]>(rows.length);
  const e = c.scratch;
  const tmp = new Float64Array(w);
  const whereRow: Where = (i) => where(i);
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r]!;
    for (let j = 0; j < n; j++) {
      const col = columns[j]!;
      if (c.kind[j] === KIND_NUMBER) {
        const v = (col as Float64Array)[i]!;
        e[c.pos[j]!] = numeric(c, j, v, whereRow, i, true);
      } else {
        const raw = col instanceof Float64Array ? (Number.isNaN(col[i]!) ? null : String(col[i])) : col[i]!;
        put(c, j, e, category(c, j, raw, whereRow, i, true));
      }
    }
    finish(c, e, tmp, 0);
    const row = new Array<number>(w);
    for (let q = 0; q < w; q++) row[q] = tmp[q]!;
    out[r] = row;
  }
  return out;
}

/** transformColumns into one flat row-major Float64Array (rows.length x transformWidth). */
export function transformColumnsFlat(
  transform: FittedTransform,
  columns: RawColumn[],
  rows: ArrayLike<number>,
  where: (row: number) => string,
): Float64Array {
  const c = compile(transform);
  const w = c.outWidth;
  const out = new Float64Array(rows.length * w);
  // PCA: rows are centred into a block and projected PROJECT_BLOCK rows at a time (same sums as one by one).
  const block = c.pcaComp ? (c.projector?.rows ?? new Float64Array(PROJECT_BLOCK * c.pcaIn)) : undefined;
  const byColumn = !c.select && c.kind.every((k) => k === KIND_NUMBER);
  for (let r0 = 0; r0 < rows.length; r0 += PROJECT_BLOCK) {
    const r1 = Math.min(rows.length, r0 + PROJECT_BLOCK);
    const dst = block ?? out.subarray(r0 * w, r1 * w);
    if (!(byColumn && numericColumnsBlock(c, columns, rows, r0, r1, dst, where)))
      rowsBlock(c, columns, rows, r0, r1, dst, where);
    if (block) project(c, block, r1 - r0, out, r0 * w);
  }
  return out;
}

/**
 * Rows [r0, r1) of an all-numeric transform without selection, column by column (a column's values are
 * contiguous, so this reads whole cache lines), into dst: the model inputs, or the rows centred for PCA.
 * The same arithmetic as rowsBlock; false when a value fails (rowsBlock then reports the first failure in
 * row order).
 */
function numericColumnsBlock(
  c: Compiled,
  columns: RawColumn[],
  rows: ArrayLike<number>,
  r0: number,
  r1: number,
  dst: Float64Array,
  where: Where,
): boolean {
  const n = c.names.length;
  const mean = c.pcaMean;
  try {
    for (let j = 0; j < n; j++) {
      const col = columns[j] as Float64Array;
      const m = mean ? mean[j]! : 0;
      const plain = c.shaped[j] === 0;
      const shift = c.shift[j]!;
      const divide = c.divide[j]!;
      for (let r = r0; r < r1; r++) {
        const i = rows[r]!;
        const v = col[i]!;
        // numeric()'s arithmetic inline; a missing, clipped, logged or out-of-range value takes numeric() itself
        let x = (v - shift) / divide;
        if (!(plain && Math.abs(x) <= FLOAT32_MAX && Math.abs(v) <= FLOAT32_MAX))
          x = numeric(c, j, v, where, i, true);
        dst[(r - r0) * n + j] = mean ? x - m : x;
      }
    }
  } catch {
    return false;
  }
  return true;
}

/** Rows [r0, r1) one at a time, into dst: the model inputs, or the rows centred for PCA (pcaIn wide). */
function rowsBlock(
  c: Compiled,
  columns: RawColumn[],
  rows: ArrayLike<number>,
  r0: number,
  r1: number,
  dst: Float64Array,
  where: Where,
): void {
  const n = c.names.length;
  const e = c.scratch;
  const d = c.pcaIn;
  for (let r = r0; r < r1; r++) {
    const i = rows[r]!;
    for (let j = 0; j < n; j++) {
      const col = columns[j]!;
      if (c.kind[j] === KIND_NUMBER) {
        e[c.pos[j]!] = numeric(c, j, (col as Float64Array)[i]!, where, i, true);
      } else {
        const raw = col instanceof Float64Array ? (Number.isNaN(col[i]!) ? null : String(col[i])) : col[i]!;
        put(c, j, e, category(c, j, raw, where, i, true));
      }
    }
    if (!c.pcaComp) {
      finish(c, e, dst, (r - r0) * c.outWidth);
      continue;
    }
    const x = c.select;
    const mean = c.pcaMean!;
    const base = (r - r0) * d;
    if (x) for (let q = 0; q < d; q++) dst[base + q] = e[x[q]!]! - mean[q]!;
    else for (let q = 0; q < d; q++) dst[base + q] = e[q]! - mean[q]!;
  }
}

/** A raw row every transform accepts: each feature at its training centre (or its first category). */
export function sampleInstance(transform: FittedTransform): Record<string, number | string> {
  const row: Record<string, number | string> = {};
  for (const f of transform.features) {
    if (f.encode) row[f.name] = f.imputeText ?? f.encode.categories[0] ?? "";
    else {
      let v = f.scale?.shift ?? f.impute ?? 0;
      if (f.log) v = Math.exp(v) - f.log.offset;
      if (f.clip) v = Math.min(f.clip.max, Math.max(f.clip.min, v));
      row[f.name] = v;
    }
  }
  return row;
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
