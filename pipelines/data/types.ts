// Contracts of the data stage, shared by preprocess (writer), train/evaluate (readers) and serve.

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

/** The fitted preprocessing, saved as preprocessing.json beside the model and applied by the server. */
export interface FittedTransform {
  schema: "modelops/preprocessing@1";
  task: "classification" | "regression";
  /** Input features in model order, each with its fitted parameters. */
  features: Array<{
    name: string;
    /** Value that replaces a missing input (from an impute step); absent: a missing input is an error. */
    impute?: number;
    /** Applied after imputation: (x - shift) / divide. standard: mean/std; minmax: min/(max-min). */
    scale?: { method: "standard" | "minmax"; shift: number; divide: number };
  }>;
  target: { name: string; classes?: string[] };
}

/** Per-column statistics of the training data (profile.json); drift and the data summary read it. */
export interface DataProfile {
  schema: "modelops/profile@1";
  rows: { raw: number; dropped: number; train: number; validation: number; test: number };
  columns: Array<{
    name: string;
    role: "feature" | "target";
    type: "number" | "string";
    missing: number;
    mean?: number;
    std?: number;
    min?: number;
    max?: number;
    /** Category counts (string columns and the classification target). */
    counts?: Record<string, number>;
  }>;
}

export interface PreprocessResult {
  data: PreparedData;
  transform: FittedTransform;
  profile: DataProfile;
  /** sha256 (hex) of each data file's bytes, by its path relative to modelops.yaml. */
  dataDigests: Record<string, string>;
}
