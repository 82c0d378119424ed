// Fitting the feature steps of `preprocess:` on the training split, in config order, into a FittedTransform:
// impute, outliers (clip), log, scale (standard, minmax, robust), encode (one-hot, ordinal), then variance
// selection and PCA over the resulting model inputs. Row-level steps (dropMissing, dropDuplicates, outliers
// with action drop) are applied by preprocess before this.
import type { PreprocessStep } from "../config/schema.ts";
import { ModelopsError } from "../errors.ts";
import { fitPca } from "./pca.ts";
import { quantileSorted } from "./profile.ts";
import { type RawColumn, transformColumnsFlat } from "./transform.ts";
import type { FittedFeature, FittedTransform } from "./types.ts";

export interface FitInput {
  task: FittedTransform["task"];
  target: FittedTransform["target"];
  features: string[];
  /** "string" for text features (and number columns an encode step lists). */
  types: Array<"number" | "string">;
  /** Training-split values of each feature (numbers: NaN missing; text: null missing). */
  train: RawColumn[];
  /** file:line of training row r, for messages. */
  where: (r: number) => string;
  steps: PreprocessStep[];
}

export interface FitResult {
  transform: FittedTransform;
  pca?: { components: number; explainedVarianceRatio: number[]; total: number };
  selectedOut?: string[];
}

interface State {
  f: FittedFeature;
  shift: number;
  divide: number;
  method?: "standard" | "minmax" | "robust";
}

function sortedPresent(col: Float64Array): Float64Array {
  const out = new Float64Array(col.length);
  let m = 0;
  for (let i = 0; i < col.length; i++) if (!Number.isNaN(col[i])) out[m++] = col[i]!;
  return out.subarray(0, m).sort();
}

function mostFrequentNumber(sorted: Float64Array): number {
  let best = sorted[0]!;
  let bestCount = 0;
  for (let i = 0; i < sorted.length; ) {
    let k = i;
    while (k < sorted.length && sorted[k] === sorted[i]) k++;
    if (k - i > bestCount) {
      bestCount = k - i;
      best = sorted[i]!;
    }
    i = k;
  }
  return best; // ties: the smallest value, as scikit-learn does
}

function mostFrequentText(col: Array<string | null>): string | undefined {
  const counts = new Map<string, number>();
  for (const v of col) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [k, c] of counts) {
    if (c > bestCount || (c === bestCount && best !== undefined && k < best)) {
      best = k;
      bestCount = c;
    }
  }
  return best;
}

function moments(col: Float64Array): { mean: number; std: number; min: number; max: number; n: number } {
  let n = 0;
  let sum = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < col.length; i++) {
    const v = col[i]!;
    if (Number.isNaN(v)) continue;
    n++;
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const mean = n ? sum / n : Number.NaN;
  let ss = 0;
  for (let i = 0; i < col.length; i++) {
    const v = col[i]!;
    if (!Number.isNaN(v)) ss += (v - mean) * (v - mean);
  }
  return { mean, std: n ? Math.sqrt(ss / n) : Number.NaN, min, max, n };
}

/** Bounds of an outliers step on present values: mean ± t·std (zscore) or [Q1 - t·IQR, Q3 + t·IQR] (iqr). */
export function outlierBounds(
  col: Float64Array,
  method: "zscore" | "iqr",
  threshold?: number,
): { min: number; max: number } | undefined {
  if (method === "zscore") {
    const m = moments(col);
    if (!m.n) return undefined;
    const t = threshold ?? 3;
    return { min: m.mean - t * m.std, max: m.mean + t * m.std };
  }
  const sorted = sortedPresent(col);
  if (!sorted.length) return undefined;
  const q1 = quantileSorted(sorted, 0.25);
  const q3 = quantileSorted(sorted, 0.75);
  const t = threshold ?? 1.5;
  return { min: q1 - t * (q3 - q1), max: q3 + t * (q3 - q1) };
}

/** What the steps so far have fitted, and the training values as they leave them. */
interface Fitting {
  input: FitInput;
  states: State[];
  /** Working copies of the training values as the steps so far leave them. */
  work: RawColumn[];
  featureIndex: Map<string, number>;
  select?: number[];
  selectedOut?: string[];
  pcaFit?: FittedTransform["pca"];
  pcaInfo?: FitResult["pca"];
  /** The vector step (selectVariance, pca) seen so far; per-feature steps must come before it. */
  vectorStage: string;
}

type Step<K extends string> = PreprocessStep extends infer S
  ? S extends Record<K, infer V>
    ? V
    : never
  : never;

export async function fitTransform(input: FitInput): Promise<FitResult> {
  const fit = startFitting(input);
  for (let i = 0; i < input.steps.length; i++) await fitStep(fit, input.steps[i]!, `preprocess[${i}]`);
  const { features, types } = input;
  const missingEncode = features.find((_, j) => types[j] === "string" && !fit.states[j]!.f.encode);
  if (missingEncode !== undefined) {
    throw new ModelopsError(
      `feature "${missingEncode}" is text; add an encode step (preprocess: - encode: { method: onehot }) or leave it out of data.features`,
    );
  }
  const transform = transformOf(fit, true);
  if (fit.pcaFit) transform.pca = fit.pcaFit;
  transform.outputs = outputNames(transform);
  const { pcaInfo, selectedOut } = fit;
  return { transform, ...(pcaInfo ? { pca: pcaInfo } : {}), ...(selectedOut ? { selectedOut } : {}) };
}

function startFitting(input: FitInput): Fitting {
  const { features, types } = input;
  const states: State[] = features.map((name, j) => ({
    f: types[j] === "string" ? { name, type: "string" } : { name },
    shift: 0,
    divide: 1,
  }));
  const work: RawColumn[] = input.train.map((c) =>
    c instanceof Float64Array ? Float64Array.from(c) : [...c],
  );
  const featureIndex = new Map<string, number>();
  features.forEach((f, j) => {
    if (!featureIndex.has(f)) featureIndex.set(f, j);
  });
  return { input, states, work, featureIndex, vectorStage: "" };
}

/** Fits one step of `preprocess:` (row-level steps were applied by preprocess and are passed over). */
async function fitStep(fit: Fitting, step: PreprocessStep, at: string): Promise<void> {
  if ("dropMissing" in step || "dropDuplicates" in step) return;
  if ("outliers" in step && step.outliers.action === "drop") return;
  const perFeature = !("selectVariance" in step) && !("pca" in step);
  if (perFeature && fit.vectorStage) {
    throw new ModelopsError(
      `${at}: a per-feature step after ${fit.vectorStage}; put ${fit.vectorStage} last in preprocess (it works on the model inputs)`,
    );
  }
  if ("impute" in step) fitImpute(fit, step.impute, at);
  else if ("outliers" in step) fitClip(fit, step.outliers, at);
  else if ("log" in step) fitLog(fit, step.log, at);
  else if ("scale" in step) fitScale(fit, step.scale, at);
  else if ("encode" in step) fitEncode(fit, step.encode, at);
  else if ("selectVariance" in step) fitSelectVariance(fit, step.selectVariance, at);
  else if ("pca" in step) await fitPcaStep(fit, step.pca, at);
}

function indexOf(fit: Fitting, name: string, at: string): number {
  const j = fit.featureIndex.get(name) ?? -1;
  if (j < 0) {
    throw new ModelopsError(
      `${at}: "${name}" is not a feature; features are ${fit.input.features.join(", ")}`,
    );
  }
  return j;
}

function numericOnly(fit: Fitting, name: string, j: number, at: string): void {
  if (fit.input.types[j] === "string") {
    throw new ModelopsError(
      `${at}: feature "${name}" is text; this step works on numeric features (encode it first or leave it out)`,
    );
  }
}

function numericFeatures(fit: Fitting): string[] {
  return fit.input.features.filter((_, j) => fit.input.types[j] === "number");
}

function transformOf(fit: Fitting, withSelect: boolean): FittedTransform {
  return {
    schema: "modelops/preprocessing@1",
    task: fit.input.task,
    features: fit.states.map((s) => finishFeature(s)),
    target: fit.input.target,
    ...(withSelect && fit.select ? { select: fit.select } : {}),
  };
}

function fitImpute(fit: Fitting, impute: Step<"impute">, at: string): void {
  const { features, types } = fit.input;
  const { strategy, value } = impute;
  const cols =
    impute.columns ??
    features.filter((_, j) => {
      const text = types[j] === "string";
      if (strategy === "mean" || strategy === "median") return !text;
      if (strategy === "constant") return typeof value === "string" ? text : !text;
      return true;
    });
  for (const name of cols) {
    const j = indexOf(fit, name, `${at}.impute.columns`);
    const s = fit.states[j]!;
    if (s.f.impute !== undefined || s.f.imputeText !== undefined) continue; // an earlier impute fills it
    if (types[j] === "string") imputeText(s, fit.work[j] as Array<string | null>, name, impute, at);
    else imputeNumber(s, fit.work[j] as Float64Array, name, impute, at);
  }
}

function imputeText(
  s: State,
  texts: Array<string | null>,
  name: string,
  { strategy, value }: Step<"impute">,
  at: string,
): void {
  let fill: string | undefined;
  if (strategy === "constant") fill = String(value);
  else if (strategy === "most_frequent" || strategy === "mode") fill = mostFrequentText(texts);
  else {
    throw new ModelopsError(
      `${at}.impute: feature "${name}" is text, so its ${strategy} is undefined; use strategy most_frequent or constant`,
    );
  }
  if (fill === undefined) {
    throw new ModelopsError(
      `${at}.impute: feature "${name}" has no values in the training split; use strategy constant or leave the column out`,
    );
  }
  s.f.imputeText = fill;
  for (let k = 0; k < texts.length; k++) if (texts[k] === null) texts[k] = fill;
}

function imputeNumber(
  s: State,
  nums: Float64Array,
  name: string,
  { strategy, value }: Step<"impute">,
  at: string,
): void {
  let fill: number;
  if (strategy === "constant") {
    fill = typeof value === "number" ? value : Number(value);
    if (!Number.isFinite(fill)) {
      throw new ModelopsError(
        `${at}.impute.value: "${value}" is not a number, but feature "${name}" is numeric`,
      );
    }
    // A constant is in the units the earlier steps leave (0 after standard scaling is the mean).
    s.f.impute = rawUnits(s, fill);
  } else {
    const present = sortedPresent(nums);
    if (present.length === 0) {
      throw new ModelopsError(
        `${at}.impute: feature "${name}" has no values in the training split, so its ${strategy} is undefined; use strategy constant or leave the column out`,
      );
    }
    fill =
      strategy === "mean"
        ? present.reduce((a, b) => a + b, 0) / present.length
        : strategy === "median"
          ? quantileSorted(present, 0.5)
          : mostFrequentNumber(present);
    // Stored in raw units (impute runs first at serving time); `fill` is in the current units.
    s.f.impute = rawUnits(s, fill);
  }
  for (let k = 0; k < nums.length; k++) if (Number.isNaN(nums[k])) nums[k] = fill;
}

/** An outliers step with action clip: bounds from the training values, kept as the feature's clip. */
function fitClip(fit: Fitting, outliers: Step<"outliers">, at: string): void {
  const { method, threshold } = outliers;
  for (const name of outliers.columns ?? numericFeatures(fit)) {
    const j = indexOf(fit, name, `${at}.outliers.columns`);
    numericOnly(fit, name, j, `${at}.outliers`);
    const s = fit.states[j]!;
    if (s.f.log || s.method) {
      throw new ModelopsError(
        `${at}.outliers: feature "${name}" is already log-transformed or scaled; put the outliers step before log and scale`,
      );
    }
    const nums = fit.work[j] as Float64Array;
    const b = outlierBounds(nums, method, threshold);
    if (!b) continue;
    s.f.clip = s.f.clip ? { min: Math.max(s.f.clip.min, b.min), max: Math.min(s.f.clip.max, b.max) } : b;
    for (let k = 0; k < nums.length; k++) {
      const v = nums[k]!;
      if (v < b.min) nums[k] = b.min;
      else if (v > b.max) nums[k] = b.max;
    }
  }
}

function fitLog(fit: Fitting, log: Step<"log">, at: string): void {
  const off = log.offset;
  for (const name of log.columns) {
    const j = indexOf(fit, name, `${at}.log.columns`);
    numericOnly(fit, name, j, `${at}.log`);
    const s = fit.states[j]!;
    if (s.method || s.f.log) {
      throw new ModelopsError(
        `${at}.log: feature "${name}" is already ${s.method ? "scaled" : "log-transformed"}; put log before scale, once`,
      );
    }
    const nums = fit.work[j] as Float64Array;
    for (let k = 0; k < nums.length; k++) {
      const v = nums[k]!;
      if (Number.isNaN(v)) continue;
      if (!(v + off > 0)) {
        throw new ModelopsError(
          `${fit.input.where(k)}: feature "${name}" is ${v}, but log (${at}) needs values above ${-off}; raise log.offset or clip the column first`,
        );
      }
      nums[k] = Math.log(v + off);
    }
    // The impute value stays in raw units; nothing to convert.
    s.f.log = { offset: off };
  }
}

function fitScale(fit: Fitting, scale: Step<"scale">, at: string): void {
  const method = scale.method ?? "standard";
  for (const name of scale.columns ?? numericFeatures(fit)) {
    const j = indexOf(fit, name, `${at}.scale.columns`);
    numericOnly(fit, name, j, `${at}.scale`);
    const nums = fit.work[j] as Float64Array;
    const fitted = scaleOf(nums, method);
    if (!fitted) continue; // all missing: reported as a missing value without an impute step
    const { shift, divide } = fitted;
    for (let k = 0; k < nums.length; k++) nums[k] = (nums[k]! - shift) / divide;
    const s = fit.states[j]!;
    // Compose with an earlier scale: ((x - a)/b - shift)/divide = (x - (a + shift*b)) / (b*divide).
    s.shift += shift * s.divide;
    s.divide *= divide;
    s.method = method;
  }
}

function scaleOf(
  nums: Float64Array,
  method: "standard" | "minmax" | "robust",
): { shift: number; divide: number } | undefined {
  if (method === "robust") {
    const sorted = sortedPresent(nums);
    if (!sorted.length) return undefined;
    const iqr = quantileSorted(sorted, 0.75) - quantileSorted(sorted, 0.25);
    return { shift: quantileSorted(sorted, 0.5), divide: iqr > 0 ? iqr : 1 };
  }
  const m = moments(nums);
  if (!m.n) return undefined;
  if (method === "standard")
    return { shift: m.mean, divide: m.std > 0 && Number.isFinite(m.std) ? m.std : 1 };
  return { shift: m.min, divide: m.max - m.min > 0 ? m.max - m.min : 1 };
}

function fitEncode(fit: Fitting, encode: Step<"encode">, at: string): void {
  const { method, unknown, minFrequency } = encode;
  if (minFrequency !== undefined && unknown === "error") {
    throw new ModelopsError(
      `${at}.encode: minFrequency sends rare categories to the unknown bucket, so it needs unknown: bucket`,
    );
  }
  const cols = encode.columns ?? fit.input.features.filter((_, j) => fit.input.types[j] === "string");
  for (const name of cols) {
    const j = indexOf(fit, name, `${at}.encode.columns`);
    const s = fit.states[j]!;
    if (s.f.encode) {
      throw new ModelopsError(`${at}.encode: feature "${name}" is encoded twice; list it in one encode step`);
    }
    const texts = fit.work[j] as Array<string | null>;
    const counts = new Map<string, number>();
    for (const v of texts) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
    const categories = [...counts.entries()]
      .filter(([, c]) => c >= (minFrequency ?? 1))
      .map(([k]) => k)
      .sort();
    if (categories.length === 0) {
      throw new ModelopsError(
        `${at}.encode: feature "${name}" has no categories in the training split${minFrequency ? ` seen ${minFrequency} times` : ""}; leave it out`,
      );
    }
    s.f.encode = { method, categories, unknown };
  }
}

/** The training split through the transform fitted so far: the model inputs a vector step works on. */
function modelInputs(fit: Fitting, partial: FittedTransform): { x: Float64Array; n: number } {
  const { input } = fit;
  const rows = Int32Array.from({ length: input.train[0]?.length ?? 0 }, (_, k) => k);
  return { x: transformColumnsFlat(partial, input.train, rows, input.where), n: rows.length };
}

function fitSelectVariance(fit: Fitting, selectVariance: Step<"selectVariance">, at: string): void {
  if (fit.vectorStage === "pca") {
    throw new ModelopsError(`${at}: selectVariance after pca; select the inputs before the projection`);
  }
  const partial = transformOf(fit, false);
  const names = outputNames(partial);
  const { x, n } = modelInputs(fit, partial);
  const w = names.length;
  const keep: number[] = [];
  for (let q = 0; q < w; q++) {
    let sum = 0;
    for (let r = 0; r < n; r++) sum += x[r * w + q]!;
    const mean = sum / n;
    let ss = 0;
    for (let r = 0; r < n; r++) ss += (x[r * w + q]! - mean) ** 2;
    if (ss / n > selectVariance.threshold) keep.push(q);
  }
  if (keep.length === 0) {
    throw new ModelopsError(
      `${at}.selectVariance: no model input has a training variance above ${selectVariance.threshold}; lower the threshold`,
    );
  }
  fit.select = keep;
  const kept = new Set(keep);
  fit.selectedOut = names.filter((_, q) => !kept.has(q));
  fit.vectorStage = "selectVariance";
}

async function fitPcaStep(fit: Fitting, pca: Step<"pca">, at: string): Promise<void> {
  if (fit.vectorStage === "pca") throw new ModelopsError(`${at}: pca appears twice; keep one`);
  const { x, n } = modelInputs(fit, transformOf(fit, true));
  const d = x.length / Math.max(1, n);
  if (pca.components !== undefined && pca.components > d) {
    throw new ModelopsError(
      `${at}.pca.components: ${pca.components} components asked, but there are ${d} model inputs; ask for at most ${d}`,
    );
  }
  const result = await fitPca(x, n, d, pca);
  const comps: number[][] = [];
  for (let k = 0; k < result.k; k++) comps.push(Array.from(result.components.subarray(k * d, (k + 1) * d)));
  const ratios = Array.from(result.explainedVarianceRatio);
  fit.pcaFit = {
    mean: Array.from(result.mean),
    components: comps,
    explainedVarianceRatio: ratios,
    ...(pca.whiten ? { whiten: Array.from(result.explainedVariance, (v) => Math.sqrt(v)) } : {}),
  };
  fit.pcaInfo = {
    components: result.k,
    explainedVarianceRatio: ratios,
    total: ratios.reduce((a, b) => a + b, 0),
  };
  fit.vectorStage = "pca";
}

function finishFeature(s: State): FittedFeature {
  const f: FittedFeature = { ...s.f };
  if (s.method) f.scale = { method: s.method, shift: s.shift, divide: s.divide };
  return f;
}

/** A value in the current units of a feature -> raw units (inverse of scale, then of log). */
function rawUnits(s: State, v: number): number {
  let raw = s.method ? v * s.divide + s.shift : v;
  if (s.f.log) raw = Math.exp(raw) - s.f.log.offset;
  return raw;
}

/** Names of the model inputs: features, `name=category` per one-hot position, `name=<unknown>`, pc1... */
export function outputNames(t: FittedTransform): string[] {
  const names: string[] = [];
  for (const f of t.features) {
    if (f.encode?.method === "onehot") {
      for (const c of f.encode.categories) names.push(`${f.name}=${c}`);
      if (f.encode.unknown === "bucket") names.push(`${f.name}=<unknown>`);
    } else names.push(f.name);
  }
  const selected = t.select ? t.select.map((q) => names[q]!) : names;
  if (t.pca) return t.pca.components.map((_, k) => `pc${k + 1}`);
  return selected;
}
