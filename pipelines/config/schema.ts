// modelops.yaml as one zod schema. The schema is the documentation: every key carries a description that
// ends up in schema/modelops.schema.json, which editors use to validate and complete the file.
import { z } from "zod";
import {
  augmentStep,
  type BACKENDS,
  evaluateSpec,
  idxSource,
  imageFolderSource,
  METRIC_NAMES,
  modelSpec,
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

const relativePath = z
  .string()
  .min(1)
  .refine((p) => !p.startsWith("/") && !p.split(/[\\/]/).includes(".."), {
    message: "expected a path relative to modelops.yaml, inside the repository (no leading / and no ..)",
  });

const csvSource = strict({
  format: z.literal("csv").describe("Comma-separated values with a header row."),
  path: relativePath.describe("CSV file, relative to modelops.yaml."),
  delimiter: z.string().length(1).default(",").describe("Field delimiter."),
}).describe("A CSV file with a header row.");

const tabularSource = z.discriminatedUnion("format", [csvSource]);
// Image sources (idx, images; issue 3) are accepted here as well, but their TypeScript type stays out of
// DataSource until the tabular readers narrow on `format`: code that may meet one checks isImageSource().
const dataSource = z.discriminatedUnion("format", [
  csvSource,
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
});

const imputeStrategy = z.enum(["mean", "median", "most_frequent", "constant"]);
const preprocessStep = z.union([
  strict({
    dropMissing: strict({
      columns: z
        .array(z.string())
        .optional()
        .describe("Only look at these columns. Default: features and target."),
    }).describe("Drop rows with a missing value."),
  }),
  strict({
    impute: strict({
      strategy: imputeStrategy.default("mean").describe("How to fill a missing feature value."),
      value: z.number().optional().describe("Fill value for strategy `constant`."),
      columns: z.array(z.string()).optional().describe("Only these columns. Default: every feature."),
    })
      .refine((s) => s.strategy !== "constant" || s.value !== undefined, {
        message: "strategy `constant` needs a `value`",
      })
      .describe("Fill missing feature values with a statistic of the training split."),
  }),
  strict({
    scale: strict({
      method: z
        .enum(["standard", "minmax"])
        .default("standard")
        .describe("standard: (x-mean)/std; minmax: to [0,1]."),
    }).describe("Scale numeric features with statistics fitted on the training split."),
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
    .enum(["direct", "canary", "shadow"])
    .default("direct")
    .describe("direct: switch all traffic; canary: shift traffic in steps; shadow: mirror traffic."),
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
      .describe("Bounds on live metrics checked at each step, such as errorRate: { max: 0.01 }."),
  })
    .optional()
    .describe("Canary steps and analysis (strategy canary)."),
  shadow: strict({ percent: z.number().min(0).max(100).describe("Percent of traffic mirrored.") })
    .optional()
    .describe("Shadow settings (strategy shadow)."),
});

const monitorSpec = strict({
  drift: strict({
    method: z
      .enum(["auto", "psi", "ks"])
      .default("auto")
      .describe("Drift statistic; auto picks by feature type."),
    threshold: z.number().positive().default(0.1).describe("Drift score above which a feature drifted."),
  })
    .optional()
    .describe("Feature and prediction drift against the training data."),
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
  .regex(
    /^[a-z0-9][a-z0-9._-]{0,62}$/,
    "model names are lowercase letters, digits, . _ - (used in tags <model>/vN)",
  );

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
export type PreprocessStep = z.infer<typeof preprocessStep>;
export type TrainConfig = z.infer<typeof trainSpec>;
export type ModelSpec = z.infer<typeof modelSpec>;
export type TuneConfig = z.infer<typeof tuneSpec>;
export type EvaluateConfig = z.infer<typeof evaluateSpec>;
export type Backend = (typeof BACKENDS)[number];
