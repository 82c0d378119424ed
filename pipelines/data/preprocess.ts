// The tabular data stage, in scikit-learn's terms: read the data files (CSV/TSV, JSON Lines, Parquet, or a
// pointer to the data store), clean them (missing targets, unknown classes, missing values, duplicates; each
// counted), split (seeded: random, stratified, grouped or time-based, plus k folds), drop training outliers,
// fit the feature steps on the training split only, transform every split with the fitted parameters (the
// same code the model server runs), and profile the training data.
import type { ModelConfig } from "../config/schema.ts";
import { ModelopsError } from "../errors.ts";
import { type FitResult, fitTransform, outlierBounds } from "./fit.ts";
import { profileColumn } from "./profile.ts";
import { type LoadedSource, readSource } from "./sources.ts";
import { type SplitPlan, splitIndices } from "./split.ts";
import { asText, columnOf, isMissingText, isMissingValue, type Table, whereRow } from "./table.ts";
import { FLOAT32_MAX, parseNumber, type RawColumn, rangeError, transformColumns } from "./transform.ts";
import type { ColumnProfile, DataProfile, PreprocessResult, SplitData, SplitRecord } from "./types.ts";

/** A CSV value that counts as missing: empty, NA, N/A, NaN, null, None or ? (any case). */
export function isMissing(value: string): boolean {
  return isMissingText(value);
}

export interface PreprocessOptions {
  /** Directory of modelops.yaml; data paths are relative to it. */
  configDir: string;
  /** The model's config, as parsed by the schema (defaults applied). */
  model: ModelConfig;
}

/** One data file after reading: its table, the rows kept, and what each cleaning step removed. */
interface Part {
  src: LoadedSource;
  path: string;
  table: Table;
  /** Row indices that survived the row filters, in file order. */
  keep: number[];
  cleaning: Record<string, number>;
}

type Labels = Array<string | null> | Float64Array;

/** The files, columns and labels every later phase reads: fixed once the rows are filtered. */
interface Frame {
  model: ModelConfig;
  features: string[];
  types: Array<"number" | "string">;
  train: Part;
  test: Part | undefined;
  trainLabels: Labels;
  testLabels: Labels | undefined;
  classes: string[] | undefined;
  classIndex: Map<string, number> | undefined;
}

/** Where each split's rows come from, after the seeded split (and, for train, the outlier drops). */
interface SplitRows {
  plan: SplitPlan;
  pool: number[];
  trainRows: number[];
  valRows: number[];
  testRows: number[];
  /** The part (file) and labels the test rows index: the test file when there is one. */
  testPart: Part;
  testYs: Labels;
}

/** Reads, cleans, splits and preprocesses a model's data; returns the prepared splits and the fitted transform. */
export async function preprocess(opts: PreprocessOptions): Promise<PreprocessResult> {
  const { model } = opts;
  const { train, test } = await readParts(opts);
  const features = featureColumns(model, train, test);
  const types = featureTypes(model, features, train, test);
  const trainLabels = targetLabels(model, train);
  const testLabels = test ? targetLabels(model, test) : undefined;
  filterRows(model, features, [train, trainLabels], test && testLabels ? [test, testLabels] : undefined);
  requireFloat32Inputs(model, features, types, train, test);
  const { classes, classIndex } = classesOf(model, train, trainLabels, test, testLabels);
  const frame: Frame = { model, features, types, train, test, trainLabels, testLabels, classes, classIndex };

  const rows = splitRows(frame);
  const trainCols = rawColumns(frame, train);
  rows.trainRows = dropOutliers(frame, trainCols, rows.trainRows);
  const fitted = await fitOnTrain(frame, trainCols, rows.trainRows);
  const testCols = test ? rawColumns(frame, test) : trainCols;
  const data = transformSplits(frame, fitted, rows, trainCols, testCols);

  const dataDigests: Record<string, string> = { [train.path]: train.src.digest };
  if (test) dataDigests[test.path] = test.src.digest;
  const profile = profileOf(frame, rows, dataDigests);
  countImputedAndClipped(profile, fitted, [
    [trainCols, rows.trainRows],
    [trainCols, rows.valRows],
    [testCols, rows.testRows],
  ]);
  if (fitted.pca) profile.pca = fitted.pca;
  if (fitted.selectedOut) profile.selectedOut = fitted.selectedOut;
  if (classes) {
    const counts = Object.values(profile.columns.at(-1)!.counts!).filter((c) => c > 0);
    profile.classImbalance = Math.max(...counts) / Math.min(...counts);
  }
  return { data, transform: fitted.transform, profile, dataDigests, splits: splitsRecord(frame, rows) };
}

/** The training file and the optional test file, read with their declared types. */
async function readParts({ configDir, model }: PreprocessOptions): Promise<{ train: Part; test?: Part }> {
  const target = model.data.target;
  // Classification labels are text as written ("1.0" stays "1.0"), unless the config declares otherwise.
  const sourceOf = (s: ModelConfig["data"]["train"]) =>
    model.task === "classification" && !s.types?.[target]
      ? { ...s, types: { ...s.types, [target]: "string" as const } }
      : s;
  const part = async (source: ModelConfig["data"]["train"], key: string): Promise<Part> => {
    const src = await readSource(configDir, sourceOf(source), key);
    return { src, path: source.path, table: src.table, keep: [], cleaning: {} };
  };
  const train = await part(model.data.train, "data.train.path");
  const testSource = model.data.test;
  return testSource ? { train, test: await part(testSource, "data.test.path") } : { train };
}

/** The feature columns (listed, or every column but the target and the split keys); each must exist in every file. */
function featureColumns(model: ModelConfig, train: Part, test: Part | undefined): string[] {
  const target = model.data.target;
  const split = model.split;
  requireColumns(train.table, train.path, [target], "data.target");
  const special = new Set([target, split.groupBy, split.orderBy].filter((c) => c !== undefined));
  const features =
    model.data.features ?? train.table.columns.map((c) => c.name).filter((c) => !special.has(c));
  if (features.length === 0) {
    throw new ModelopsError(
      `${train.path}: no feature columns besides the target "${target}"; add columns or set data.features`,
    );
  }
  if (features.includes(target)) {
    throw new ModelopsError(
      `data.features: "${target}" is the target (data.target); remove it from data.features`,
    );
  }
  const listed = new Set<string>();
  const dup = features.find((f) => listed.size === listed.add(f).size);
  if (dup !== undefined) throw new ModelopsError(`data.features: "${dup}" is listed twice; list it once`);
  requireColumns(train.table, train.path, features, "data.features");
  if (split.groupBy) requireColumns(train.table, train.path, [split.groupBy], "split.groupBy");
  if (split.orderBy) requireColumns(train.table, train.path, [split.orderBy], "split.orderBy");
  if (split.groupBy && split.orderBy) {
    throw new ModelopsError("split: set groupBy or orderBy, not both (a split is grouped or time-based)");
  }
  if (test) {
    requireColumns(test.table, test.path, [target], "data.target");
    requireColumns(test.table, test.path, features, "data.features");
  }
  return features;
}

/** Feature types: text when any file has text in the column, or an encode step lists it. */
function featureTypes(
  model: ModelConfig,
  features: string[],
  train: Part,
  test: Part | undefined,
): Array<"number" | "string"> {
  const steps = model.preprocess ?? [];
  const encodeListed = new Set<string>();
  for (const step of steps)
    if ("encode" in step) for (const c of step.encode.columns ?? []) encodeListed.add(c);
  const types = features.map((name): "number" | "string" => {
    const kinds = [train, test].filter((p) => p !== undefined).map((p) => columnOf(p.table, name)!.type);
    return encodeListed.has(name) || kinds.includes("string") ? "string" : "number";
  });
  const hasEncode = steps.some((s) => "encode" in s);
  if (!hasEncode) {
    const j = types.indexOf("string");
    if (j >= 0) throw textFeatureError(features[j]!, [train, test]);
  }
  return types;
}

function rawColumns(frame: Frame, p: Part): RawColumn[] {
  return frame.features.map((name, j) => {
    const col = columnOf(p.table, name)!;
    return frame.types[j] === "string" ? asText(col).values : (col.values as Float64Array);
  });
}

/** The target column: text labels for classification, numbers (else one clear error) for regression. */
function targetLabels(model: ModelConfig, p: Part): Labels {
  const target = model.data.target;
  const col = columnOf(p.table, target)!;
  if (model.task === "classification") return asText(col).values;
  if (col.type === "string") {
    const i = col.values.findIndex((v) => v !== null && Number.isNaN(parseNumber(v)));
    throw new ModelopsError(
      `${whereRow(p.table, i)}: target "${target}" is "${col.values[i]}", expected a number for a regression task (or set task: classification)`,
    );
  }
  return col.values;
}

/** What the row-filtering steps ask for: columns whose missing values drop a row, and the dedupe key. */
function rowFilterSteps(
  model: ModelConfig,
  features: string[],
  train: Part,
  test: Part | undefined,
): { dropColumns: Set<string>; dedupe: string[] | undefined } {
  const target = model.data.target;
  const featureSet = new Set(features);
  const dropColumns = new Set<string>();
  const imputed = new Set<string>();
  let dedupe: string[] | undefined;
  (model.preprocess ?? []).forEach((step, i) => {
    if ("dropMissing" in step) {
      const cols = step.dropMissing.columns ?? [...features, target];
      requireColumns(train.table, train.path, cols, `preprocess[${i}].dropMissing.columns`);
      if (test) requireColumns(test.table, test.path, cols, `preprocess[${i}].dropMissing.columns`);
      for (const c of cols) if (!imputed.has(c)) dropColumns.add(c);
    } else if ("impute" in step) {
      for (const c of step.impute.columns ?? features) {
        if (!featureSet.has(c)) {
          throw new ModelopsError(
            `preprocess[${i}].impute.columns: "${c}" is not a feature; features are ${features.join(", ")}`,
          );
        }
        imputed.add(c);
      }
    } else if ("dropDuplicates" in step) {
      dedupe = step.dropDuplicates.columns ?? [...features, target];
      requireColumns(train.table, train.path, dedupe, `preprocess[${i}].dropDuplicates.columns`);
    }
  });
  return { dropColumns, dedupe };
}

/** Row filters, each counted in the part's cleaning: missing target, unknown class, dropMissing, dropDuplicates. */
function filterRows(
  model: ModelConfig,
  features: string[],
  train: [Part, Labels],
  test: [Part, Labels] | undefined,
): void {
  const { dropColumns, dedupe } = rowFilterSteps(model, features, train[0], test?.[0]);
  const known = model.data.classes ? new Set(model.data.classes) : undefined;
  for (const [p, ys] of test ? [train, test] : [train]) {
    const drop = [...dropColumns].map((c) => columnOf(p.table, c)!);
    const dedupeCols = dedupe?.map((c) => columnOf(p.table, c)).filter((c) => c !== undefined);
    const seen = new Set<string>();
    const count = (what: string) => {
      p.cleaning[what] = (p.cleaning[what] ?? 0) + 1;
    };
    for (let i = 0; i < p.table.rowCount; i++) {
      const y = ys[i];
      if (y === null || (typeof y === "number" && Number.isNaN(y))) {
        count("missingTarget");
        continue;
      }
      if (known && !known.has(y as string)) {
        if (model.data.onUnknownClass === "drop") {
          count("unknownClass");
          continue;
        }
        throw new ModelopsError(
          `${whereRow(p.table, i)}: class "${y}" is not in data.classes (${[...known].join(", ")}); fix the label, add it to data.classes, or set data.onUnknownClass: drop`,
        );
      }
      if (drop.some((c) => isMissingValue(c, i))) {
        count("dropMissing");
        continue;
      }
      if (dedupeCols) {
        const key = dedupeCols.map((c) => (c.type === "number" ? c.values[i] : c.values[i])).join("\u0000");
        if (seen.has(key)) {
          count("dropDuplicates");
          continue;
        }
        seen.add(key);
      }
      p.keep.push(i);
    }
  }
  const testPart = test?.[0];
  if (testPart && testPart.keep.length === 0) {
    throw new ModelopsError(
      `${testPart.path}: no usable rows (${testPart.table.rowCount} read, ${testPart.table.rowCount - testPart.keep.length} dropped); add rows`,
    );
  }
}

/** Numbers beyond float32 overflow the fitted statistics and the model: refuse them where they are written. */
function requireFloat32Inputs(
  model: ModelConfig,
  features: string[],
  types: Array<"number" | "string">,
  train: Part,
  test: Part | undefined,
): void {
  const rangeChecked = features.filter((_, j) => types[j] === "number");
  if (model.task !== "classification") rangeChecked.push(model.data.target);
  for (const p of [train, test]) if (p) for (const name of rangeChecked) requireFloat32(p, name);
}

/** Classes of the whole data, sorted (numerically when every label is a number); none for regression. */
function classesOf(
  model: ModelConfig,
  train: Part,
  trainLabels: Labels,
  test: Part | undefined,
  testLabels: Labels | undefined,
): { classes?: string[]; classIndex?: Map<string, number> } {
  if (model.task !== "classification") return {};
  let classes: string[];
  if (model.data.classes) classes = [...model.data.classes];
  else {
    const found = new Set<string>();
    for (const i of train.keep) found.add(trainLabels[i] as string);
    if (test) for (const i of test.keep) found.add(testLabels![i] as string);
    classes = sortLabels([...found]);
  }
  return { classes, classIndex: new Map(classes.map((c, k) => [c, k])) };
}

/** A row's target as the model sees it: the class index, or the number. */
function yOf(frame: Frame, ys: Labels, i: number): number {
  return frame.classIndex ? frame.classIndex.get(ys[i] as string)! : (ys[i] as number);
}

/** Splits the pool of usable training-file rows (seeded); every split needs a row, and every class a training row. */
function splitRows(frame: Frame): SplitRows {
  const { model, train, test, trainLabels, classIndex } = frame;
  const split = model.split;
  const pool = train.keep;
  const n = pool.length;
  if (!test && split.test === 0) {
    throw new ModelopsError(
      "split.test is 0 and data.test is not set, so there is no test data; set split.test (e.g. 0.2) or data.test",
    );
  }
  if (split.validation === 0) {
    throw new ModelopsError("split.validation is 0, so there is no validation data; set it (e.g. 0.1)");
  }
  const strata =
    split.stratify && classIndex && !split.groupBy && !split.orderBy
      ? Int32Array.from(pool, (i) => yOf(frame, trainLabels, i))
      : undefined;
  const plan = splitIndices(n, {
    validation: split.validation,
    test: test ? 0 : split.test,
    seed: split.seed,
    strata,
    classCount: strata ? frame.classes!.length : undefined,
    groups: split.groupBy ? groupKeys(train.table, split.groupBy, pool) : undefined,
    order: split.orderBy ? timeKeys(train.table, split.orderBy, pool) : undefined,
    folds: split.folds,
  });
  const rowsOf = (idx: number[]) => idx.map((p) => pool[p]!);
  const rows: SplitRows = {
    plan,
    pool,
    trainRows: rowsOf(plan.train),
    valRows: rowsOf(plan.validation),
    testRows: test ? test.keep : rowsOf(plan.test),
    testPart: test ?? train,
    testYs: test ? frame.testLabels! : trainLabels,
  };
  requireRowsInEverySplit(frame, rows);
  if (classIndex) requireClassesInTraining(frame, rows);
  return rows;
}

function requireRowsInEverySplit({ train }: Frame, { pool, trainRows, valRows, testRows }: SplitRows): void {
  if (trainRows.length > 0 && valRows.length > 0 && testRows.length > 0) return;
  const n = pool.length;
  const dropped = train.table.rowCount - n;
  const droppedNote = dropped ? ` (${train.table.rowCount} read, ${dropped} dropped)` : "";
  throw new ModelopsError(
    `${train.path}: too few rows to split: ${n} usable rows${droppedNote} give train ${trainRows.length}, ` +
      `validation ${valRows.length}, test ${testRows.length}; every split needs at least one row: add rows or adjust split.validation / split.test`,
  );
}

function requireClassesInTraining(frame: Frame, rows: SplitRows): void {
  const { train, trainLabels } = frame;
  const inTrain = new Set(rows.trainRows.map((i) => yOf(frame, trainLabels, i)));
  for (const [name, part, ys, splitRowsOf] of [
    ["test", rows.testPart, rows.testYs, rows.testRows],
    ["validation", train, trainLabels, rows.valRows],
  ] as const) {
    const missing = splitRowsOf.find((i) => !inTrain.has(yOf(frame, ys, i)));
    if (missing !== undefined) {
      throw new ModelopsError(
        `${whereRow(part.table, missing)}: class "${ys[missing]}" appears in the ${name} split but not in the training split; ` +
          `add training rows of it${frame.model.split.stratify ? "" : " or set split.stratify: true"}`,
      );
    }
  }
}

/** Outliers with action drop: bounds from the training split, training rows outside them dropped (counted). */
function dropOutliers(frame: Frame, trainCols: RawColumn[], trainRows: number[]): number[] {
  const { features, types, train } = frame;
  const featureIndex = new Map(features.map((f, j) => [f, j]));
  let outlierDrops = 0;
  (frame.model.preprocess ?? []).forEach((step, i) => {
    if (!("outliers" in step) || step.outliers.action !== "drop") return;
    const cols = step.outliers.columns ?? features.filter((_, j) => types[j] === "number");
    for (const name of cols) {
      const j = featureIndex.get(name) ?? -1;
      if (j < 0) {
        throw new ModelopsError(
          `preprocess[${i}].outliers.columns: "${name}" is not a feature; features are ${features.join(", ")}`,
        );
      }
      if (types[j] !== "number") {
        throw new ModelopsError(
          `preprocess[${i}].outliers: feature "${name}" is text; outliers apply to numeric features`,
        );
      }
      const col = trainCols[j] as Float64Array;
      const values = Float64Array.from(trainRows, (r) => col[r]!);
      const b = outlierBounds(values, step.outliers.method, step.outliers.threshold);
      if (!b) continue;
      const before = trainRows.length;
      trainRows = trainRows.filter((r) => {
        const v = col[r]!;
        return Number.isNaN(v) || (v >= b.min && v <= b.max);
      });
      outlierDrops += before - trainRows.length;
    }
  });
  if (outlierDrops) train.cleaning.outliers = outlierDrops;
  if (trainRows.length === 0) {
    throw new ModelopsError(
      `${train.path}: the outliers step dropped every training row; raise its threshold`,
    );
  }
  return trainRows;
}

/** Fits the feature steps on the training split only. */
function fitOnTrain(frame: Frame, trainCols: RawColumn[], trainRows: number[]): Promise<FitResult> {
  const { model, train, classes } = frame;
  const target = model.data.target;
  const trainWhere = (i: number) => whereRow(train.table, i);
  return fitTransform({
    task: model.task,
    target: classes ? { name: target, classes } : { name: target },
    features: frame.features,
    types: frame.types,
    train: trainCols.map((c) =>
      c instanceof Float64Array ? Float64Array.from(trainRows, (r) => c[r]!) : trainRows.map((r) => c[r]!),
    ),
    where: (r) => trainWhere(trainRows[r]!),
    steps: model.preprocess ?? [],
  });
}

/** Transforms every split with the fitted transform: the same code the server runs. */
function transformSplits(
  frame: Frame,
  fitted: FitResult,
  rows: SplitRows,
  trainCols: RawColumn[],
  testCols: RawColumn[],
): PreprocessResult["data"] {
  const { train, trainLabels } = frame;
  const make = (cols: RawColumn[], p: Part, ys: Labels, splitRowsOf: number[]): SplitData => ({
    x: transformColumns(fitted.transform, cols, splitRowsOf, (i) => whereRow(p.table, i)),
    y: splitRowsOf.map((i) => yOf(frame, ys, i)),
  });
  return {
    train: make(trainCols, train, trainLabels, rows.trainRows),
    validation: make(trainCols, train, trainLabels, rows.valRows),
    test: make(testCols, rows.testPart, rows.testYs, rows.testRows),
  };
}

/** Profile of the raw training split, with the counts of every cleaning step and coercion failure. */
function profileOf(frame: Frame, rows: SplitRows, dataDigests: Record<string, string>): DataProfile {
  const { model, train, test } = frame;
  const split = model.split;
  const { trainRows, valRows, testRows } = rows;
  const raw = train.table.rowCount + (test?.table.rowCount ?? 0);
  const kept =
    trainRows.length + valRows.length + (test ? 0 : testRows.length) + (test ? test.keep.length : 0);
  const cleaning = summed([train, test], (p) => p.cleaning);
  const profile: DataProfile = {
    schema: "modelops/profile@1",
    rows: {
      raw,
      dropped: raw - kept,
      train: trainRows.length,
      validation: valRows.length,
      test: testRows.length,
      ...(Object.keys(cleaning).length ? { cleaning } : {}),
    },
    columns: profileColumns(frame, trainRows),
    split: {
      method: rows.plan.method,
      seed: split.seed,
      ...(split.groupBy ? { groupBy: split.groupBy } : {}),
      ...(split.orderBy ? { orderBy: split.orderBy } : {}),
      ...(split.folds ? { folds: split.folds } : {}),
    },
    data: dataDigests,
  };
  const failures = summed([train, test], (p) => p.table.coercionFailures);
  if (Object.keys(failures).length) profile.coercionFailures = failures;
  return profile;
}

/** The counts of both files added up, by name. */
function summed(parts: Array<Part | undefined>, countsOf: (p: Part) => Record<string, number>) {
  const total: Record<string, number> = {};
  for (const p of parts) {
    if (!p) continue;
    for (const [k, v] of Object.entries(countsOf(p))) total[k] = (total[k] ?? 0) + v;
  }
  return total;
}

/** One profile per feature over the training rows, then the target's (class counts, or its statistics). */
function profileColumns(frame: Frame, trainRows: number[]): ColumnProfile[] {
  const { train, types, classes, trainLabels } = frame;
  const target = frame.model.data.target;
  const columns: ColumnProfile[] = frame.features.map((name, j) => {
    const col = columnOf(train.table, name)!;
    return profileColumn(types[j] === "string" ? asText(col) : col, trainRows, "feature");
  });
  if (classes) {
    const counts: Record<string, number> = {};
    for (const c of classes) counts[c] = 0;
    for (const i of trainRows) counts[trainLabels[i] as string]!++;
    columns.push({ name: target, role: "target", type: "string", missing: 0, counts });
  } else {
    columns.push(profileColumn(columnOf(train.table, target)!, trainRows, "target"));
  }
  return columns;
}

/** How many values the fitted impute filled and the clip bounds moved, over every split. */
function countImputedAndClipped(
  profile: DataProfile,
  fitted: FitResult,
  splits: Array<[RawColumn[], number[]]>,
): void {
  const imputedCounts: Record<string, number> = {};
  const clippedCounts: Record<string, number> = {};
  fitted.transform.features.forEach((f, j) => {
    if (f.impute === undefined && f.imputeText === undefined && !f.clip) return;
    let filled = 0;
    let clipped = 0;
    for (const [cols, rows] of splits) {
      const col = cols[j]!;
      for (const i of rows) {
        const v = col[i];
        if (v === null || (typeof v === "number" && Number.isNaN(v))) filled++;
        else if (f.clip && typeof v === "number" && (v < f.clip.min || v > f.clip.max)) clipped++;
      }
    }
    if ((f.impute !== undefined || f.imputeText !== undefined) && filled) imputedCounts[f.name] = filled;
    if (f.clip && clipped) clippedCounts[f.name] = clipped;
  });
  if (Object.keys(imputedCounts).length) profile.imputed = imputedCounts;
  if (Object.keys(clippedCounts).length) profile.clipped = clippedCounts;
}

/** Which file line each split's rows came from (and the folds), so a run can be audited row by row. */
function splitsRecord({ model, train, test }: Frame, rows: SplitRows): SplitRecord {
  const { plan, pool, trainRows, valRows, testRows, testPart } = rows;
  return {
    method: plan.method,
    seed: model.split.seed,
    file: train.path,
    ...(test ? { testFile: test.path } : {}),
    train: trainRows.map((i) => train.table.lines[i]!),
    validation: valRows.map((i) => train.table.lines[i]!),
    test: testRows.map((i) => testPart.table.lines[i]!),
    ...(plan.folds ? { folds: foldsAfterDrops(plan, pool, trainRows) } : {}),
  };
}

/** Every kept value of a number column within ±FLOAT32_MAX (NaN is a missing value, handled elsewhere). */
function requireFloat32(p: Part, name: string): void {
  const col = columnOf(p.table, name)!;
  if (col.type !== "number") return;
  for (const i of p.keep) {
    const v = col.values[i]!;
    if (Math.abs(v) > FLOAT32_MAX) {
      throw rangeError(
        whereRow(p.table, i),
        `column "${name}"`,
        v,
        "rescale the column (e.g. other units) or remove the row",
      );
    }
  }
}

/** Folds of the training rows still there after outlier drops. */
function foldsAfterDrops(plan: SplitPlan, pool: number[], trainRows: number[]): number[] {
  const foldOf = new Map<number, number>();
  plan.train.forEach((p, r) => {
    foldOf.set(pool[p]!, plan.folds![r]!);
  });
  return trainRows.map((i) => foldOf.get(i)!);
}

function textFeatureError(name: string, parts: Array<Part | undefined>): ModelopsError {
  for (const p of parts) {
    if (!p) continue;
    const col = columnOf(p.table, name)!;
    if (col.type !== "string") continue;
    const i = col.values.findIndex((v) => v !== null && Number.isNaN(parseNumber(v)));
    if (i >= 0) {
      return new ModelopsError(
        `${whereRow(p.table, i)}: feature "${name}" has the value "${col.values[i]}"; a text (categorical) feature needs an encode step (preprocess: - encode: { method: onehot }), or declare the column a number in the data source's types (with onTypeError: missing to count such values), or leave it out of data.features`,
      );
    }
  }
  return new ModelopsError(`feature "${name}" is text; add an encode step or leave it out of data.features`);
}

function groupKeys(table: Table, name: string, pool: number[]): Array<string | null> {
  const col = columnOf(table, name)!;
  const text = asText(col).values;
  return pool.map((i) => text[i] ?? null);
}

function timeKeys(table: Table, name: string, pool: number[]): Float64Array {
  const col = columnOf(table, name)!;
  const out = new Float64Array(pool.length);
  pool.forEach((i, r) => {
    let v: number;
    if (col.type === "number") v = col.values[i]!;
    else {
      const text = col.values[i];
      v = text === null || text === undefined ? Number.NaN : Date.parse(text);
    }
    if (Number.isNaN(v)) {
      throw new ModelopsError(
        `${whereRow(table, i)}: split.orderBy column "${name}" is ${col.type === "number" || col.values[i] === null ? "missing" : `"${col.values[i]}"`}; it needs a number or an ISO date (2024-05-01T12:00:00Z) in every row`,
      );
    }
    out[r] = v;
  });
  return out;
}

function requireColumns(table: Table, file: string, wanted: string[], key: string): void {
  const have = new Set(table.columns.map((c) => c.name));
  const absent = wanted.filter((c) => !have.has(c));
  if (absent.length === 0) return;
  const names = absent.map((c) => `"${c}"`).join(", ");
  throw new ModelopsError(
    `${file}: no column${absent.length > 1 ? "s" : ""} ${names} (${key}); available columns: ${table.columns.map((c) => c.name).join(", ")}`,
  );
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
