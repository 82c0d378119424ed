// The tabular data stage, in scikit-learn's terms: read the CSVs, drop rows, split (seeded, stratified),
// fit impute/scale on the training split only, and transform every split with the fitted parameters.
import { resolve } from "node:path";
import seedrandom from "seedrandom";
import type { DataSource, ModelConfig } from "../config/schema.ts";
import { ModelopsError } from "../errors.ts";
import { type CsvTable, readCsv } from "./csv.ts";
import { sha256File } from "./digest.ts";
import { parseNumber } from "./transform.ts";
import type { DataProfile, FittedTransform, PreprocessResult, SplitData } from "./types.ts";

const MISSING = new Set(["", "na", "nan", "null", "?"]);

/** A CSV value that counts as missing: empty, NA, NaN, null or ? (any case). */
export function isMissing(value: string): boolean {
  return value.length <= 4 && MISSING.has(value.toLowerCase());
}

export interface PreprocessOptions {
  /** Directory of modelops.yaml; data paths are relative to it. */
  configDir: string;
  /** The model's config, as parsed by the schema (defaults applied). */
  model: ModelConfig;
}

/** One usable data row: raw feature values (NaN = missing) and its target, with where it came from. */
interface Row {
  file: string;
  line: number;
  x: number[];
  /** classification: the label as written; regression: unused. */
  label: string;
  /** regression: the target value; classification: the class index (set after classes are known). */
  y: number;
}

interface Loaded {
  rows: Row[];
  read: number;
  dropped: number;
}

interface FeatureFit {
  impute?: number;
  shift: number;
  divide: number;
  method?: "standard" | "minmax";
}

/** Reads, splits and preprocesses a model's data; returns the prepared splits and the fitted transform. */
export async function preprocess(opts: PreprocessOptions): Promise<PreprocessResult> {
  const { configDir, model } = opts;
  const task = model.task;
  const target = model.data.target;
  const split = model.split;
  const steps = model.preprocess ?? [];

  const trainSource = model.data.train;
  const testSource = model.data.test;
  const trainTable = await read(configDir, trainSource, "data.train.path");
  const testTable = testSource ? await read(configDir, testSource, "data.test.path") : undefined;

  // Columns: target and features must exist in every file.
  requireColumns(trainTable, trainSource.path, [target], "data.target");
  const features = model.data.features ?? trainTable.columns.filter((c) => c !== target);
  if (features.length === 0) {
    throw new ModelopsError(
      `${trainSource.path}: no feature columns besides the target "${target}"; add columns or set data.features`,
    );
  }
  if (features.includes(target)) {
    throw new ModelopsError(
      `data.features: "${target}" is the target (data.target); remove it from data.features`,
    );
  }
  const dup = features.find((f, i) => features.indexOf(f) !== i);
  if (dup !== undefined) throw new ModelopsError(`data.features: "${dup}" is listed twice; list it once`);
  requireColumns(trainTable, trainSource.path, features, "data.features");
  if (testTable && testSource) {
    requireColumns(testTable, testSource.path, [target], "data.target");
    requireColumns(testTable, testSource.path, features, "data.features");
  }

  // Which columns make a row dropped: a dropMissing step looks at its columns, less those that an earlier
  // impute step fills. Rows are dropped before the split, wherever the step appears.
  const dropColumns = new Set<string>();
  const imputed = new Set<string>();
  steps.forEach((step, i) => {
    if ("dropMissing" in step) {
      const cols = step.dropMissing.columns ?? [...features, target];
      requireColumns(trainTable, trainSource.path, cols, `preprocess[${i}].dropMissing.columns`);
      if (testTable && testSource) {
        requireColumns(testTable, testSource.path, cols, `preprocess[${i}].dropMissing.columns`);
      }
      for (const c of cols) if (!imputed.has(c)) dropColumns.add(c);
    } else if ("impute" in step) {
      const cols = step.impute.columns ?? features;
      for (const c of cols) {
        if (!features.includes(c)) {
          throw new ModelopsError(
            `preprocess[${i}].impute.columns: "${c}" is not a feature; features are ${features.join(", ")}`,
          );
        }
        imputed.add(c);
      }
    }
  });

  const train = load(trainTable, trainSource.path, features, target, task, dropColumns);
  const test =
    testTable && testSource
      ? load(testTable, testSource.path, features, target, task, dropColumns)
      : undefined;
  if (test && test.rows.length === 0) {
    throw new ModelopsError(
      `${testSource!.path}: no usable rows (${test.read} read, ${test.dropped} dropped for missing values); add rows`,
    );
  }

  // Classes of the whole data, sorted (numerically when every label is a number).
  let classes: string[] | undefined;
  if (task === "classification") {
    const labels = new Set<string>();
    for (const r of train.rows) labels.add(r.label);
    if (test) for (const r of test.rows) labels.add(r.label);
    classes = sortLabels([...labels]);
    const index = new Map(classes.map((c, k) => [c, k]));
    for (const r of train.rows) r.y = index.get(r.label)!;
    if (test) for (const r of test.rows) r.y = index.get(r.label)!;
  }

  const parts = splitRows(train, test, split, classes?.length, trainSource.path, task === "classification");

  if (classes) {
    const inTrain = new Set(parts.train.map((r) => r.y));
    for (const [name, rows] of [
      ["test", parts.test],
      ["validation", parts.validation],
    ] as const) {
      const missing = rows.find((r) => !inTrain.has(r.y));
      if (missing) {
        throw new ModelopsError(
          `${missing.file}:${missing.line}: class "${missing.label}" appears in the ${name} split but not in the training split; ` +
            `add training rows of it${split.stratify ? "" : " or set split.stratify: true"}`,
        );
      }
    }
  }

  const profile = makeProfile(parts, features, target, classes, train, test);
  const fits = fitSteps(steps, features, parts.train);

  const transform: FittedTransform = {
    schema: "modelops/preprocessing@1",
    task,
    features: features.map((name, j) => {
      const f = fits[j]!;
      const out: FittedTransform["features"][number] = { name };
      if (f.impute !== undefined) out.impute = f.impute;
      if (f.method) out.scale = { method: f.method, shift: f.shift, divide: f.divide };
      return out;
    }),
    target: classes ? { name: target, classes } : { name: target },
  };

  const data = {
    train: transformRows(parts.train, fits, features),
    validation: transformRows(parts.validation, fits, features),
    test: transformRows(parts.test, fits, features),
  };

  const dataDigests: Record<string, string> = {};
  dataDigests[trainSource.path] = await sha256File(resolve(configDir, trainSource.path));
  if (testSource) dataDigests[testSource.path] = await sha256File(resolve(configDir, testSource.path));

  return { data, transform, profile, dataDigests };
}

function read(configDir: string, source: DataSource, key: string): Promise<CsvTable> {
  return readCsv(resolve(configDir, source.path), {
    delimiter: source.delimiter ?? ",",
    displayPath: source.path,
    key,
  });
}

function requireColumns(table: CsvTable, file: string, wanted: string[], key: string): void {
  const have = new Set(table.columns);
  const absent = wanted.filter((c) => !have.has(c));
  if (absent.length === 0) return;
  const names = absent.map((c) => `"${c}"`).join(", ");
  throw new ModelopsError(
    `${file}: no column${absent.length > 1 ? "s" : ""} ${names} (${key}); available columns: ${table.columns.join(", ")}`,
  );
}

function load(
  table: CsvTable,
  file: string,
  features: string[],
  target: string,
  task: ModelConfig["task"],
  dropColumns: Set<string>,
): Loaded {
  const col = new Map(table.columns.map((c, i) => [c, i]));
  const fIdx = features.map((f) => col.get(f)!);
  const tIdx = col.get(target)!;
  const dIdx = [...dropColumns].map((c) => col.get(c)!);
  const rows: Row[] = [];
  let dropped = 0;
  for (let i = 0; i < table.rows.length; i++) {
    const values = table.rows[i]!;
    const line = table.lines[i]!;
    // Feature types are a property of the whole column: check every row, dropped or not.
    const x = new Array<number>(fIdx.length);
    for (let j = 0; j < fIdx.length; j++) {
      const raw = values[fIdx[j]!]!;
      if (isMissing(raw)) {
        x[j] = Number.NaN;
        continue;
      }
      const v = parseNumber(raw);
      if (Number.isNaN(v)) {
        throw new ModelopsError(
          `${file}:${line}: feature "${features[j]}" has the value "${raw}"; categorical (non-numeric) features are not supported yet: encode the column as numbers or leave it out of data.features`,
        );
      }
      x[j] = v;
    }
    const label = values[tIdx]!;
    if (isMissing(label) || dIdx.some((k) => isMissing(values[k]!))) {
      dropped++;
      continue;
    }
    let y = 0;
    if (task === "regression") {
      y = parseNumber(label);
      if (Number.isNaN(y)) {
        throw new ModelopsError(
          `${file}:${line}: target "${target}" is "${label}", expected a number for a regression task (or set task: classification)`,
        );
      }
    }
    rows.push({ file, line, x, label, y });
  }
  return { rows, read: table.rows.length, dropped };
}

function sortLabels(labels: string[]): string[] {
  const numeric = labels.map(parseNumber);
  if (numeric.every((v) => !Number.isNaN(v))) {
    return labels
      .map((l, i) => [l, numeric[i]!] as const)
      .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([l]) => l);
  }
  return labels.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

interface Parts {
  train: Row[];
  validation: Row[];
  test: Row[];
}

/** Largest-remainder apportionment of `total` over groups of the given sizes. */
function apportion(sizes: number[], total: number): number[] {
  const n = sizes.reduce((a, b) => a + b, 0);
  if (n === 0) return sizes.map(() => 0);
  const ideal = sizes.map((s) => (s * total) / n);
  const out = ideal.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = ideal
    .map((v, k) => [v - Math.floor(v), k] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, k] of order) {
    if (left <= 0) break;
    if (out[k]! < sizes[k]!) {
      out[k]!++;
      left--;
    }
  }
  return out;
}

function share(n: number, fraction: number): number {
  return fraction > 0 ? Math.min(n, Math.max(1, Math.round(n * fraction))) : 0;
}

function splitRows(
  train: Loaded,
  test: Loaded | undefined,
  split: { validation: number; test: number; stratify: boolean; seed: number },
  classCount: number | undefined,
  file: string,
  classification: boolean,
): Parts {
  const pool = train.rows;
  const n = pool.length;
  if (!test && split.test === 0) {
    throw new ModelopsError(
      "split.test is 0 and data.test is not set, so there is no test data; set split.test (e.g. 0.2) or data.test",
    );
  }
  if (split.validation === 0) {
    throw new ModelopsError("split.validation is 0, so there is no validation data; set it (e.g. 0.1)");
  }

  const rng = seedrandom(String(split.seed));
  const order = pool.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }

  const nTest = test ? 0 : share(n, split.test);
  const nVal = share(n - nTest, split.validation);

  const stratified = split.stratify && classification && classCount !== undefined;
  const groups = stratified ? classCount : 1;
  const groupOf = (r: Row) => (stratified ? r.y : 0);
  const sizes = new Array<number>(groups).fill(0);
  for (const r of pool) sizes[groupOf(r)]!++;
  const testQ = apportion(sizes, nTest);
  const valQ = apportion(
    sizes.map((s, g) => s - testQ[g]!),
    nVal,
  );
  if (stratified) {
    // Every class goes to training: take a row back from validation (or test) when the quotas left none.
    for (let g = 0; g < groups; g++) {
      if (sizes[g]! > 0 && sizes[g]! - testQ[g]! - valQ[g]! < 1) {
        if (valQ[g]! > 0) valQ[g]!--;
        else testQ[g]!--;
      }
    }
  }

  const parts: Parts = { train: [], validation: [], test: test ? test.rows : [] };
  const testTaken = new Array<number>(groups).fill(0);
  const valTaken = new Array<number>(groups).fill(0);
  for (const i of order) {
    const r = pool[i]!;
    const g = groupOf(r);
    if (testTaken[g]! < testQ[g]!) {
      testTaken[g]!++;
      parts.test.push(r);
    } else if (valTaken[g]! < valQ[g]!) {
      valTaken[g]!++;
      parts.validation.push(r);
    } else {
      parts.train.push(r);
    }
  }

  if (parts.train.length === 0 || parts.validation.length === 0 || parts.test.length === 0) {
    const droppedNote = train.dropped
      ? ` (${train.read} read, ${train.dropped} dropped for missing values)`
      : "";
    throw new ModelopsError(
      `${file}: too few rows to split: ${n} usable rows${droppedNote} give train ${parts.train.length}, ` +
        `validation ${parts.validation.length}, test ${parts.test.length}; every split needs at least one row: add rows or adjust split.validation / split.test`,
    );
  }
  return parts;
}

function stats(values: number[]): { mean: number; std: number; min: number; max: number } | undefined {
  let n = 0;
  let sum = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    n++;
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (n === 0) return undefined;
  const mean = sum / n;
  let ss = 0;
  for (const v of values) if (!Number.isNaN(v)) ss += (v - mean) * (v - mean);
  return { mean, std: Math.sqrt(ss / n), min, max };
}

function makeProfile(
  parts: Parts,
  features: string[],
  target: string,
  classes: string[] | undefined,
  train: Loaded,
  test: Loaded | undefined,
): DataProfile {
  const columns: DataProfile["columns"] = features.map((name, j) => {
    const values = parts.train.map((r) => r.x[j]!);
    const s = stats(values);
    return {
      name,
      role: "feature",
      type: "number",
      missing: values.reduce((a, v) => a + (Number.isNaN(v) ? 1 : 0), 0),
      ...s,
    };
  });
  if (classes) {
    const counts: Record<string, number> = {};
    for (const c of classes) counts[c] = 0;
    for (const r of parts.train) counts[r.label]!++;
    columns.push({ name: target, role: "target", type: "string", missing: 0, counts });
  } else {
    const s = stats(parts.train.map((r) => r.y));
    columns.push({ name: target, role: "target", type: "number", missing: 0, ...s });
  }
  return {
    schema: "modelops/profile@1",
    rows: {
      raw: train.read + (test?.read ?? 0),
      dropped: train.dropped + (test?.dropped ?? 0),
      train: parts.train.length,
      validation: parts.validation.length,
      test: parts.test.length,
    },
    columns,
  };
}

function median(sorted: number[]): number {
  const m = sorted.length >> 1;
  return sorted.length % 2 ? sorted[m]! : (sorted[m - 1]! + sorted[m]!) / 2;
}

function mostFrequent(sorted: number[]): number {
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

/** Fits the impute and scale steps, in order, on the training split's values. */
function fitSteps(steps: ModelConfig["preprocess"], features: string[], trainRows: Row[]): FeatureFit[] {
  const fits: FeatureFit[] = features.map(() => ({ shift: 0, divide: 1 }));
  // Working copy of the training values as the steps so far leave them (NaN = still missing).
  const cols = features.map((_, j) => trainRows.map((r) => r.x[j]!));
  steps.forEach((step, i) => {
    if ("impute" in step) {
      const { strategy, value } = step.impute;
      for (const name of step.impute.columns ?? features) {
        const j = features.indexOf(name);
        const fit = fits[j]!;
        if (fit.impute !== undefined) continue; // an earlier impute step already fills this feature
        const col = cols[j]!;
        let fill: number;
        if (strategy === "constant") {
          fill = value!;
        } else {
          const present = col.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
          if (present.length === 0) {
            throw new ModelopsError(
              `preprocess[${i}].impute: feature "${name}" has no values in the training split, so its ${strategy} is undefined; use strategy constant or leave the column out`,
            );
          }
          fill =
            strategy === "mean"
              ? present.reduce((a, b) => a + b, 0) / present.length
              : strategy === "median"
                ? median(present)
                : mostFrequent(present);
        }
        // Stored in raw units (impute runs before scaling at serving time); `fill` is in the current units.
        fit.impute = fill * fit.divide + fit.shift;
        for (let k = 0; k < col.length; k++) if (Number.isNaN(col[k]!)) col[k] = fill;
      }
    } else if ("scale" in step) {
      const method = step.scale.method ?? "standard";
      for (let j = 0; j < features.length; j++) {
        const col = cols[j]!;
        const s = stats(col);
        if (!s) continue; // all missing: reported below as a missing value without an impute step
        let shift: number;
        let divide: number;
        if (method === "standard") {
          shift = s.mean;
          divide = s.std > 0 && Number.isFinite(s.std) ? s.std : 1;
        } else {
          shift = s.min;
          divide = s.max - s.min > 0 ? s.max - s.min : 1;
        }
        for (let k = 0; k < col.length; k++) col[k] = (col[k]! - shift) / divide;
        const fit = fits[j]!;
        // Compose with an earlier scale: ((x - a)/b - shift)/divide = (x - (a + shift*b)) / (b*divide).
        fit.shift += shift * fit.divide;
        fit.divide *= divide;
        fit.method = method;
      }
    }
  });
  return fits;
}

/** Imputes and scales rows with the fitted parameters, the same arithmetic as applyTransform. */
function transformRows(rows: Row[], fits: FeatureFit[], features: string[]): SplitData {
  const x = new Array<number[]>(rows.length);
  const y = new Array<number>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const out = new Array<number>(fits.length);
    for (let j = 0; j < fits.length; j++) {
      const f = fits[j]!;
      let v = r.x[j]!;
      if (Number.isNaN(v)) {
        if (f.impute === undefined) {
          throw new ModelopsError(
            `${r.file}:${r.line}: feature "${features[j]}" is missing; add a "dropMissing" or "impute" step to preprocess in modelops.yaml`,
          );
        }
        v = f.impute;
      }
      out[j] = (v - f.shift) / f.divide;
    }
    x[i] = out;
    y[i] = r.y;
  }
  return { x, y };
}
