// modelops.yaml as one zod schema. The schema is the documentation: every key carries a description that
// ends up in schema/modelops.schema.json, which editors use to validate and complete the file.
import { z } from "zod";
import { MODEL_NAME_RE } from "./names.ts";
import {
  augmentStep,
  type BACKENDS,
  evaluateSpec,
  idxSource,
  imageFolderSource,
  METRIC_NAMES,
  modelSpec,
  relativePath,
  trainSpec,
  tuneSpec,
} from "./training-schema.ts";

// The model, train, evaluate and tune sections live in training-schema.ts (issue 3); their names stay exported here.
export {
  BACKENDS,
  CLASSIFICATION_METRICS,
  IMAGE_FORMATS,
  METRIC_DIRECTIONS,
  METRIC_NAMES,
  type MetricName,
  OPTIMIZERS,
  REGRESSION_METRICS,
} from "./training-schema.ts";

const strict = <T extends z.ZodRawShape>(shape: T) => z.strictObject(shape);

const columnTypes = z
  .record(z.string(), z.enum(["number", "string"]))
  .optional()
  .describe(
    "Declared column types, by column name: number or string (text, categorical). Other columns are inferred: a column is a number when every present value is one.",
  );
const onTypeError = z
  .enum(["fail", "missing"])
  .optional()
  .describe(
    "What a value that is not a number does in a column declared `number` (and Infinity/NaN anywhere): fail (default, an error naming file and line) or missing (counted in the report, then handled by the missing-value steps).",
  );
const header = z
  .union([z.boolean(), z.literal("auto")])
  .optional()
  .describe(
    "Whether the first row names the columns: true (default), false (columns are named column_1, column_2, ...), or auto (detected as Python's csv.Sniffer does).",
  );
const dataPath = relativePath.describe(
  "Data file, relative to modelops.yaml. A path ending in .ptr names a pointer file (sha256 and size of a file kept in the data store, outside git; see `modelops data add`).",
);

const csvSource = strict({
  format: z.literal("csv").describe("Comma-separated values (RFC 4180 quoting)."),
  path: dataPath,
  delimiter: z.string().length(1).default(",").describe("Field delimiter."),
  header,
  types: columnTypes,
  onTypeError,
}).describe("A CSV file, read as a stream.");

const tsvSource = strict({
  format: z.literal("tsv").describe("Tab-separated values."),
  path: dataPath,
  header,
  types: columnTypes,
  onTypeError,
}).describe("A TSV file, read as a stream.");

const jsonlSource = strict({
  format: z.literal("jsonl").describe("JSON Lines: one JSON object per line; keys are columns."),
  path: dataPath,
  types: columnTypes,
  onTypeError,
}).describe("A JSON Lines file, read as a stream.");

const parquetSource = strict({
  format: z.literal("parquet").describe("Apache Parquet (snappy, gzip, zstd, brotli, lz4 compression)."),
  path: dataPath,
  types: columnTypes,
  onTypeError,
}).describe("A Parquet file, read one row group at a time.");

/** Tabular data formats (pipelines/data). Image formats join this list in their own entries. */
export const TABULAR_FORMATS = ["csv", "tsv", "jsonl", "parquet"] as const;

const tabularSource = z.discriminatedUnion("format", [csvSource, tsvSource, jsonlSource, parquetSource]);
// Image sources (idx, images; issue 3) are accepted here as well, but their TypeScript type stays out of
// DataSource until the tabular readers narrow on `format`: code that may meet one checks isImageSource().
const dataSource = z.discriminatedUnion("format", [
  csvSource,
  tsvSource,
  jsonlSource,
  parquetSource,
  idxSource,
  imageFolderSource,
]) as unknown as typeof tabularSource;

const dataSpec = strict({
  target: z.string().min(1).describe("Name of the column to predict."),
  features: z
    .array(z.string().min(1))
    .min(1)
    .optional()
    .describe("Columns used as inputs, in this order. Default: every column except the target."),
  train: dataSource.describe(
    "Training data. Validation (and test, when `test` is absent) rows are split from it.",
  ),
  test: dataSource
    .optional()
    .describe("Held-out test data. When absent, `split.test` of the training data is held out."),
  classes: z
    .array(z.string().min(1))
    .min(2)
    .optional()
    .describe(
      "Classification: the known classes. A label outside this list is an unknown class (see onUnknownClass). Default: the labels found in the data.",
    ),
  onUnknownClass: z
    .enum(["fail", "drop"])
    .optional()
    .describe(
      "What a row whose label is not in `classes` does: fail (default) or drop (counted in the report).",
    ),
  schema: relativePath
    .optional()
    .describe(
      "A committed data schema (modelops data schema -o FILE): types, domains and required columns that new data must satisfy; `modelops validate --data` lists the anomalies.",
    ),
});

const imputeStrategy = z.enum(["mean", "median", "most_frequent", "mode", "constant"]);
const columnsOption = (what: string) =>
  z.array(z.string()).min(1).optional().describe(`Only these columns. Default: ${what}.`);
const preprocessStep = z.union([
  strict({
    dropMissing: strict({
      columns: z
        .array(z.string())
        .optional()
        .describe("Only look at these columns. Default: features and target."),
    }).describe("Drop rows with a missing value (counted in the report)."),
  }),
  strict({
    impute: strict({
      strategy: imputeStrategy
        .default("mean")
        .describe(
          "How to fill a missing value: mean, median, most_frequent (alias mode; text columns too) or constant.",
        ),
      value: z.union([z.number(), z.string()]).optional().describe("Fill value for strategy `constant`."),
      columns: z.array(z.string()).optional().describe("Only these columns. Default: every feature."),
    })
      .refine((s) => s.strategy !== "constant" || s.value !== undefined, {
        message: "strategy `constant` needs a `value`",
      })
      .describe("Fill missing feature values with a statistic of the training split (counted)."),
  }),
  strict({
    scale: strict({
      method: z
        .enum(["standard", "minmax", "robust"])
        .default("standard")
        .describe("standard: (x-mean)/std; minmax: to [0,1]; robust: (x-median)/IQR."),
      columns: columnsOption("every numeric feature"),
    }).describe("Scale numeric features with statistics fitted on the training split."),
  }),
  strict({
    dropDuplicates: strict({
      columns: columnsOption("features and target"),
    }).describe("Drop rows that repeat an earlier row (counted), before the split."),
  }),
  strict({
    outliers: strict({
      method: z
        .enum(["zscore", "iqr"])
        .default("iqr")
        .describe("zscore: |x-mean|/std > threshold; iqr: outside [Q1-t*IQR, Q3+t*IQR]."),
      threshold: z
        .number()
        .positive()
        .optional()
        .describe("z-score limit (default 3) or IQR multiple (default 1.5)."),
      action: z
        .enum(["clip", "drop"])
        .default("clip")
        .describe(
          "clip: bound values to the fitted limits (serving clips too); drop: drop training rows outside them.",
        ),
      columns: columnsOption("every numeric feature"),
    }).describe("Outliers, fitted on the training split (counted)."),
  }),
  strict({
    log: strict({
      offset: z.number().min(0).default(1).describe("log(x + offset); 1 gives log1p."),
      columns: z.array(z.string()).min(1).describe("Numeric features to transform."),
    }).describe("Natural log transform of skewed numeric features."),
  }),
  strict({
    encode: strict({
      method: z
        .enum(["onehot", "ordinal"])
        .default("onehot")
        .describe("onehot: one 0/1 input per category; ordinal: the category's index."),
      columns: columnsOption("every text feature"),
      unknown: z
        .enum(["bucket", "error"])
        .default("bucket")
        .describe(
          "A category not seen in training: bucket (one extra `unknown` input / index) or error (a 400 when serving).",
        ),
      minFrequency: z
        .number()
        .int()
        .min(1)
        .optional()
        .describe("Categories seen fewer times in training go to the unknown bucket."),
    }).describe("Encode text (categorical) features as numbers, with categories from the training split."),
  }),
  strict({
    selectVariance: strict({
      threshold: z
        .number()
        .min(0)
        .default(0)
        .describe("Inputs whose training variance is <= this are dropped."),
    }).describe("Feature selection: drop model inputs with (near) constant values."),
  }),
  strict({
    pca: strict({
      components: z.number().int().min(1).optional().describe("Number of principal components kept."),
      variance: z
        .number()
        .gt(0)
        .max(1)
        .optional()
        .describe("Keep the fewest components whose explained variance reaches this share (e.g. 0.95)."),
      whiten: z.boolean().default(false).describe("Divide each component by its standard deviation."),
    })
      .refine((p) => (p.components === undefined) !== (p.variance === undefined), {
        message: "set exactly one of `components` and `variance`",
      })
      .describe("Principal component analysis of the model inputs, fitted on the training split."),
  }),
  augmentStep,
]);

const splitSpec = strict({
  validation: z.number().min(0).max(0.5).default(0.1).describe("Share of training rows used for validation."),
  test: z
    .number()
    .min(0)
    .max(0.5)
    .default(0.2)
    .describe("Share held out for test when `data.test` is absent."),
  stratify: z.boolean().default(true).describe("Keep class proportions in each split (classification)."),
  seed: z.number().int().default(42).describe("Seed of the shuffle."),
  groupBy: z
    .string()
    .min(1)
    .optional()
    .describe("Grouped split: rows sharing this column's value stay in one split (no group in two splits)."),
  orderBy: z
    .string()
    .min(1)
    .optional()
    .describe(
      "Time-based split: rows sorted by this column (numbers or ISO dates); the latest go to test, the next latest to validation.",
    ),
  folds: z
    .number()
    .int()
    .min(2)
    .max(100)
    .optional()
    .describe(
      "Also assign the training rows to k folds (stratified/grouped as the split), recorded in data/splits.json.",
    ),
});

const gate = strict({
  min: z.number().optional().describe("Absolute lower bound on the candidate."),
  max: z.number().optional().describe("Absolute upper bound on the candidate."),
  maxDrop: z.number().min(0).optional().describe("Largest allowed decrease against production (absolute)."),
  maxIncrease: z
    .number()
    .min(0)
    .optional()
    .describe("Largest allowed increase against production (absolute)."),
  maxDropPct: z
    .number()
    .min(0)
    .optional()
    .describe("Largest allowed decrease against production, in percent."),
  maxIncreasePct: z
    .number()
    .min(0)
    .optional()
    .describe("Largest allowed increase against production, in percent."),
}).refine((g) => Object.keys(g).length > 0, { message: "a gate needs at least one bound" });
export type Gate = z.infer<typeof gate>;

const promotionSpec = strict({
  reviewers: strict({
    teams: z.array(z.string()).default([]).describe("GitHub team slugs whose members may promote."),
    users: z.array(z.string()).default([]).describe("GitHub logins that may promote."),
  })
    .default({ teams: [], users: [] })
    .describe("Who may approve a promotion: GitHub teams and users."),
  minApprovals: z
    .number()
    .int()
    .min(0)
    .default(1)
    .describe("Approvals from reviewers needed on the reported commit."),
});

const deploySpec = strict({
  strategy: z
    .enum(["direct", "canary", "shadow", "ab"])
    .default("direct")
    .describe(
      "direct: switch all traffic; canary: shift traffic in steps; shadow: mirror traffic; ab: split traffic by a request key between production and the candidate (the `canary` label) until a sequential test on their online accuracy decides.",
    ),
  canary: strict({
    steps: z
      .array(z.number().min(0).max(100))
      .min(1)
      .describe("Percent of traffic on the new model at each step."),
    interval: z
      .string()
      .regex(/^\d+(ms|s|m)$/, "expected a duration such as 60s")
      .describe("Time between steps, such as 60s."),
    analysis: z
      .record(z.string(), z.record(z.string(), z.number()))
      .optional()
      .describe(
        "Bounds on live metrics checked at each step, such as errorRate: { max: 0.01 }: errorRate, latencyP99Ms, latencyP50Ms, driftShare (max), estimatedAccuracy (min; classifiers: the canary's accuracy estimated before labels, CBPE, from the calibration evaluate saves).",
      ),
    failureLimit: z
      .number()
      .int()
      .min(0)
      .default(0)
      .describe(
        "Failed (or inconclusive) step measurements tolerated; one more aborts the rollout (Argo Rollouts' failureLimit).",
      ),
  })
    .optional()
    .describe(
      "Canary steps and analysis (strategy canary). The model server sends the first step's share of traffic to the `canary` label.",
    ),
  ab: strict({
    percent: z.number().min(1).max(99).default(50).describe("Percent of request keys sent to the candidate."),
    alpha: z
      .number()
      .gt(0)
      .lt(0.5)
      .default(0.05)
      .describe("Largest false-positive rate of the test, however often it is read (mSPRT)."),
    minSamples: z.number().int().min(1).default(200).describe("Outcomes per arm before any verdict."),
    maxSamples: z
      .number()
      .int()
      .min(1)
      .default(20_000)
      .describe("Outcomes per arm after which the test stops without a winner (production stays)."),
    promote: z
      .boolean()
      .default(true)
      .describe(
        "Whether a candidate win moves production to it (modelops monitor ab); a production win or no difference always removes the candidate.",
      ),
  })
    .optional()
    .describe(
      "A/B test settings (strategy ab). The split key is the X-Modelops-Key header (else X-Request-Id), hashed, so a user stays on one side.",
    ),
  shadow: strict({ percent: z.number().min(0).max(100).describe("Percent of traffic mirrored.") })
    .optional()
    .describe("Shadow settings (strategy shadow). Default: every request is mirrored."),
  batching: strict({
    maxBatchSize: z
      .number()
      .int()
      .min(1)
      .max(4096)
      .default(64)
      .describe("Most rows in one model call (TF Serving's max_batch_size); 1 turns batching off."),
    batchTimeoutMicros: z
      .number()
      .int()
      .min(0)
      .max(1_000_000)
      .default(0)
      .describe(
        "How long the first request of a batch waits for others, in microseconds (TF Serving's batch_timeout_micros); 0 merges what arrived together without waiting.",
      ),
    maxEnqueuedBatches: z
      .number()
      .int()
      .min(1)
      .max(100_000)
      .default(64)
      .describe(
        "Bound of the waiting queue, in batches (TF Serving's max_enqueued_batches); a full queue answers 429 with Retry-After.",
      ),
  })
    .optional()
    .describe("Dynamic batching of concurrent requests on the model server. Default: on, with these values."),
  pinned: z
    .array(z.number().int().min(1))
    .optional()
    .describe(
      "Versions the model server keeps loaded besides the labelled ones (production, canary, previous), reachable at /versions/{v}.",
    ),
});

const monitorSpec = strict({
  drift: strict({
    method: z
      .enum(["auto", "psi", "ks", "chisquare", "wasserstein", "jensenshannon"])
      .default("auto")
      .describe(
        "Drift statistic; auto picks by feature type and size (as Evidently): KS (numbers) or chi-square (text) p-values up to 1,000 reference rows, normalised Wasserstein or Jensen-Shannon above.",
      ),
    threshold: z
      .number()
      .positive()
      .default(0.1)
      .describe("Distance (Wasserstein, Jensen-Shannon, PSI) above which a feature drifted."),
    pValue: z
      .number()
      .gt(0)
      .lt(1)
      .optional()
      .describe(
        "Significance of the KS and chi-square tests, Bonferroni-corrected over features (default 0.05).",
      ),
    share: z
      .number()
      .gt(0)
      .max(1)
      .optional()
      .describe("Share of drifted features at which the dataset drifted (default 0.5)."),
  })
    .optional()
    .describe("Feature and prediction drift against the training data."),
  store: z
    .string()
    .min(1)
    .refine((v) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(v) || /^postgres(ql)?:\/\//.test(v), {
      message: "expected a folder or postgres://USER@HOST/DB",
    })
    .optional()
    .describe(
      "Prediction log that feedback joins: a folder (the embedded store, one server) or postgres://USER:PASSWORD@HOST/DB (shared by every replica, so feedback to any replica joins). Default: predictions/ in an fs registry. `modelops serve --prediction-log` wins.",
    ),
});

export const modelSchema = strict({
  task: z.enum(["classification", "regression"]).describe("What the model predicts."),
  data: dataSpec.describe("Where the data is and which columns to use."),
  preprocess: z
    .array(preprocessStep)
    .default([])
    .describe("Steps run in order; fitted on the training split."),
  split: splitSpec.prefault({}).describe("How training rows are split into train, validation and test."),
  model: modelSpec.describe("The network to build."),
  train: trainSpec.prefault({}).describe("How the network is fitted."),
  evaluate: evaluateSpec.prefault({}).describe("Metrics computed on the test split."),
  gates: z.partialRecord(z.enum(METRIC_NAMES), gate).default({}).describe("Promotion gates, by metric."),
  promotion: promotionSpec.prefault({}).describe("Who must approve before a candidate is promoted."),
  deploy: deploySpec.prefault({}).describe("How a released model takes traffic."),
  monitor: monitorSpec.optional().describe("What is watched once the model serves."),
  tune: tuneSpec.optional().describe("Cross-validation and hyperparameter search (`modelops tune`)."),
});

const modelName = z
  .string()
  .regex(MODEL_NAME_RE, "model names are lowercase letters, digits, . _ - (used in tags <model>/vN)");

export const configSchema = strict({
  version: z.literal(1).describe("Version of this file's format."),
  models: z
    .record(modelName, modelSchema)
    .refine((m) => Object.keys(m).length > 0, { message: "define at least one model" })
    .describe("The models of this repository, by name."),
});

export type ModelopsConfig = z.infer<typeof configSchema>;
export type ModelConfig = z.infer<typeof modelSchema>;
export type DataSource = z.infer<typeof dataSource>;
export type DataSpec = z.infer<typeof dataSpec>;
export type SplitConfig = z.infer<typeof splitSpec>;
export type DriftConfig = NonNullable<z.infer<typeof monitorSpec>["drift"]>;
export type PreprocessStep = z.infer<typeof preprocessStep>;
export type TrainConfig = z.infer<typeof trainSpec>;
export type ModelSpec = z.infer<typeof modelSpec>;
export type TuneConfig = z.infer<typeof tuneSpec>;
export type EvaluateConfig = z.infer<typeof evaluateSpec>;
export type Backend = (typeof BACKENDS)[number];
