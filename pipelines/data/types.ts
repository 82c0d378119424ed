// Contracts of the data stage, shared by preprocess (writer), train/evaluate (readers) and serve.
import type { AugmentStep } from "../config/training-schema.ts";

/** One split as the model sees it: transformed numeric features and encoded targets. */
export interface SplitData {
  /** rows x features, already imputed and scaled by the fitted transform. */
  x: number[][];
  /** classification: class index into `transform.target.classes`; regression: the raw target value. */
  y: number[];
}

export interface PreparedData {
  train: SplitData;
  validation: SplitData;
  test: SplitData;
}

/**
 * The fitted preprocessing, saved as preprocessing.json beside the model and applied by the server.
 *
 * Per raw input feature, in this order: impute -> clip -> log -> scale (numbers), or impute -> encode (text).
 * The results are concatenated (a one-hot feature gives one input per category), then `select` keeps some of
 * them and `pca` projects them. Every field after `scale` is optional and was added compatibly (issue 7): a
 * file without them means exactly what it meant before. The model's input width is `transformWidth()`.
 */
export interface FittedTransform {
  schema: "modelops/preprocessing@1";
  task: "classification" | "regression";
  /** Input features in the order clients send them, each with its fitted parameters. */
  features: FittedFeature[];
  target: { name: string; classes?: string[] };
  /** Indices (into the concatenated per-feature outputs) kept by variance selection, in order. */
  select?: number[];
  /** Principal components: out_k = sum_j (x_j - mean_j) * components[k][j] (/ scale[k] when whitened). */
  pca?: {
    mean: number[];
    components: number[][];
    explainedVarianceRatio: number[];
    whiten?: number[];
  };
  /** Names of the model inputs, in order (after encoding, selection and PCA). */
  outputs?: string[];
}

export interface FittedFeature {
  name: string;
  /** "string": a text (categorical) feature, encoded by `encode`. Default "number". */
  type?: "number" | "string";
  /** Value that replaces a missing input (from an impute step); absent: a missing input is an error. */
  impute?: number;
  /** Text features: value that replaces a missing input. */
  imputeText?: string;
  /** Bounds from an outliers step with action clip: values are clipped to [min, max] after imputation. */
  clip?: { min: number; max: number };
  /** log(x + offset), after clipping. */
  log?: { offset: number };
  /** Applied after imputation: (x - shift) / divide. standard: mean/std; minmax: min/(max-min); robust: median/IQR. */
  scale?: { method: "standard" | "minmax" | "robust"; shift: number; divide: number };
  /** Text features: categories from the training split (index = ordinal value / one-hot position). */
  encode?: { method: "onehot" | "ordinal"; categories: string[]; unknown: "bucket" | "error" };
}

/**
 * Per-column statistics of the training data (profile.json); drift, the data schema and the PR report read
 * it. Fields after `counts` were added compatibly (issue 7): a profile without them is still valid.
 */
export interface DataProfile {
  schema: "modelops/profile@1";
  rows: {
    raw: number;
    dropped: number;
    train: number;
    validation: number;
    test: number;
    /** Row counts of each cleaning step (dropMissing, dropDuplicates, outliers, unknownClass, ...). */
    cleaning?: Record<string, number>;
  };
  columns: ColumnProfile[];
  /** Values that could not be coerced to a declared number type (became missing), by column. */
  coercionFailures?: Record<string, number>;
  /** Missing values filled by impute steps, by column. */
  imputed?: Record<string, number>;
  /** Values clipped by outlier steps, by column. */
  clipped?: Record<string, number>;
  /** How the rows were split (recorded so a run can be reproduced). */
  split?: {
    method: "random" | "stratified" | "group" | "time";
    seed: number;
    groupBy?: string;
    orderBy?: string;
    folds?: number;
  };
  /** PCA: explained variance ratio of each kept component. */
  pca?: { components: number; explainedVarianceRatio: number[]; total: number };
  /** Variance selection: the model inputs dropped. */
  selectedOut?: string[];
  /** Classification: largest class count / smallest class count in the training split. */
  classImbalance?: number;
  /** sha256 of each data file, by its path in modelops.yaml (the content digest for pointer files). */
  data?: Record<string, string>;
}

export interface ColumnProfile {
  name: string;
  role: "feature" | "target" | "other";
  type: "number" | "string";
  missing: number;
  mean?: number;
  std?: number;
  min?: number;
  max?: number;
  /** Category counts (string columns and the classification target); the most frequent, at most 50. */
  counts?: Record<string, number>;
  /** Rows with a value (count - missing = present). */
  count?: number;
  /** Distinct present values (exact up to 100,000; a lower bound above). */
  distinct?: number;
  /** Quantiles at 0, 1, ..., 100 percent (number columns): the basis of profile-to-profile drift. */
  quantiles?: number[];
  /** Histogram: `edges` has one more entry than `counts`. */
  histogram?: { edges: number[]; counts: number[] };
  /** Categories outside `counts` (text columns with more than 50 categories), summed. */
  otherCount?: number;
  /** Every category seen, when at most 1,000 (the domain of an inferred schema). */
  domain?: string[];
  /** Numbers: every present value is an integer. */
  integer?: boolean;
}

export interface PreprocessResult {
  data: PreparedData;
  transform: FittedTransform;
  profile: DataProfile;
  /** sha256 (hex) of each data file's bytes, by its path relative to modelops.yaml. */
  dataDigests: Record<string, string>;
  /** Which rows went where (optional, added by issue 7): written as data/splits.json. */
  splits?: SplitRecord;
}

/** The rows of each split, by line (CSV/JSON Lines) or row number (Parquet) in their file, and k folds. */
export interface SplitRecord {
  method: "random" | "stratified" | "group" | "time";
  seed: number;
  /** The file the train and validation rows (and test rows, without a test file) come from. */
  file: string;
  /** The test file, when data.test is set. */
  testFile?: string;
  train: number[];
  validation: number[];
  test: number[];
  /** Fold (0..k-1) of each training row, same order as `train`. */
  folds?: number[];
}

// Training data as flat typed arrays (see train/arrays.ts for the helpers over them): what tabular rows and
// image splits both become, and what the training loop batches from.

/** Augmentation drawn per sample and epoch when batches are made (image training splits, copies: 0). */
export interface BatchAugment {
  config: AugmentStep["augment"];
  seed: number;
  /** [height, width, channels] of one sample. */
  shape: [number, number, number];
}

export interface TrainArrays {
  /** Samples, one after the other: float32 inputs, or uint8 pixels multiplied by `scale` when batched. */
  x: Float32Array | Uint8Array;
  /** Shape of one sample as the model takes it, e.g. [4] (tabular) or [28, 28, 1] (an image). */
  inputShape: number[];
  /** Class index (classification) or target value (regression), one per sample. */
  y: Float32Array;
  /** Multiplies x when a batch is made (1/255 for pixels); default 1. */
  scale?: number;
  /** Applied to each sample of a training batch (given the epoch); never to validation or test. */
  augment?: BatchAugment;
}
