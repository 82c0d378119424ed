// The model, train, evaluate and tune sections of modelops.yaml, and the image data sources (issue 3). Kept apart
// from schema.ts so the data and serving sections can grow there without touching these; schema.ts assembles
// them into one schema and re-exports the names below.
import { z } from "zod";

const strict = <T extends z.ZodRawShape>(shape: T) => z.strictObject(shape);

export const METRIC_DIRECTIONS = {
  accuracy: "higher",
  f1_macro: "higher",
  precision_macro: "higher",
  recall_macro: "higher",
  roc_auc_ovr: "higher",
  log_loss: "lower",
  ece: "lower",
  mae: "lower",
  rmse: "lower",
  r2: "higher",
  latency_p50_ms: "lower",
  latency_p95_ms: "lower",
  size_mb: "lower",
} as const;
export type MetricName = keyof typeof METRIC_DIRECTIONS;
export const METRIC_NAMES = Object.keys(METRIC_DIRECTIONS) as MetricName[];
export const CLASSIFICATION_METRICS: MetricName[] = [
  "accuracy",
  "f1_macro",
  "precision_macro",
  "recall_macro",
  "roc_auc_ovr",
  "log_loss",
  "ece",
  "latency_p50_ms",
  "latency_p95_ms",
  "size_mb",
];
export const REGRESSION_METRICS: MetricName[] = [
  "mae",
  "rmse",
  "r2",
  "latency_p50_ms",
  "latency_p95_ms",
  "size_mb",
];

/** A data path: relative to modelops.yaml and inside the repository. */
export const relativePath = z
  .string()
  .min(1)
  .refine((p) => !p.startsWith("/") && !p.split(/[\\/]/).includes(".."), {
    message: "expected a path relative to modelops.yaml, inside the repository (no leading / and no ..)",
  });

// ---- image data sources --------------------------------------------------------------------------------------

export const idxSource = strict({
  format: z.literal("idx").describe("IDX files (the MNIST format), gzip-compressed (.gz) or raw."),
  images: relativePath.describe(
    "IDX file of unsigned-byte images (magic 0x00000803: count x rows x columns).",
  ),
  labels: relativePath.describe("IDX file of unsigned-byte labels (magic 0x00000801), one per image."),
  classes: z
    .array(z.string().min(1))
    .min(2)
    .optional()
    .describe("Names of the label values 0, 1, 2, ... Default: the numbers themselves."),
}).describe("Images and labels in IDX files (MNIST, Fashion-MNIST).");

export const imageFolderSource = strict({
  format: z.literal("images").describe("A folder with one subfolder of PNG/JPEG images per class."),
  path: relativePath.describe("The folder; each subfolder's name is a class, sorted by name."),
  size: z
    .tuple([z.number().int().positive(), z.number().int().positive()])
    .optional()
    .describe("[height, width] every image must have. Default: the size of the first image read."),
  channels: z
    .union([z.literal(1), z.literal(3)])
    .default(1)
    .describe("1: greyscale (luminance); 3: RGB. Alpha is dropped."),
}).describe("A folder of PNG/JPEG images, one subfolder per class (as Keras image_dataset_from_directory).");

export const IMAGE_FORMATS = ["idx", "images"] as const;

export const augmentStep = strict({
  augment: strict({
    flip: z
      .enum(["none", "horizontal", "vertical", "both"])
      .default("none")
      .describe("Random mirror: horizontal (left-right), vertical or both."),
    rotate: z
      .number()
      .min(0)
      .max(180)
      .default(0)
      .describe("Random rotation, up to this many degrees either way."),
    translate: z
      .number()
      .int()
      .min(0)
      .default(0)
      .describe("Random shift, up to this many pixels in each direction."),
    crop: z
      .number()
      .int()
      .min(0)
      .default(0)
      .describe("Random crop: pad by this many pixels, then cut the original size at a random place."),
    copies: z
      .number()
      .int()
      .min(0)
      .max(20)
      .default(0)
      .describe(
        "0: a fresh random version of each training image in every epoch (nothing stored); N: N augmented copies stored beside each original.",
      ),
    seed: z.number().int().optional().describe("Seed of the random draws. Default: split.seed."),
  }).describe(
    "Image augmentation of the training split only (seeded); validation and test stay as they are.",
  ),
});

// ---- model --------------------------------------------------------------------------------------------------

const activation = z.enum(["relu", "elu", "selu", "tanh", "sigmoid", "linear", "gelu", "swish"]);
const dropout = (what: string) => z.number().min(0).lt(1).default(0).describe(`Dropout rate ${what}.`);
const units = z.array(z.number().int().positive());
const inputShape = z
  .array(z.number().int().positive())
  .min(1)
  .max(3)
  .optional()
  .describe(
    "Shape each input row is reshaped to, e.g. [28, 28, 1] or [10, 3] (timesteps x features). Default: from the data (images: height x width x channels).",
  );

const mlpModel = strict({
  architecture: z.literal("mlp").describe("A multilayer perceptron of dense layers."),
  dense: units.default([16]).describe("Units of each hidden dense layer."),
  activation: activation.default("relu").describe("Activation of the hidden layers."),
  dropout: dropout("after each hidden layer"),
  l2: z.number().min(0).default(0).describe("L2 kernel regularisation factor."),
});

const cnnModel = strict({
  architecture: z
    .literal("cnn")
    .describe("Convolution blocks (conv -> [batch norm] -> activation, pooling), then dense layers."),
  filters: units.min(1).default([32, 64]).describe("Filters of each convolution block."),
  kernelSize: z.number().int().positive().default(3).describe("Height and width of the convolution kernels."),
  convsPerBlock: z
    .number()
    .int()
    .min(1)
    .max(4)
    .default(1)
    .describe("Convolutions in each block before its pooling."),
  padding: z.enum(["same", "valid"]).default("same").describe("same: keep the size; valid: no padding."),
  pooling: z.enum(["max", "avg", "none"]).default("max").describe("Pooling at the end of each block."),
  poolSize: z.number().int().min(1).default(2).describe("Pooling window and stride."),
  batchNorm: z.boolean().default(false).describe("Batch normalisation after each convolution."),
  blockDropout: dropout("after each convolution block"),
  globalPooling: z
    .boolean()
    .default(false)
    .describe("Global average pooling instead of flattening before the dense layers."),
  dense: units.default([128]).describe("Units of each hidden dense layer after the convolutions."),
  dropout: dropout("after each hidden dense layer"),
  activation: activation.default("relu").describe("Activation of the convolutions and hidden layers."),
  l2: z.number().min(0).default(0).describe("L2 kernel regularisation factor."),
  inputShape,
});

const recurrent = (name: "rnn" | "lstm" | "gru", what: string) =>
  strict({
    architecture: z.literal(name).describe(what),
    units: units.min(1).default([64]).describe("Units of each recurrent layer (stacked)."),
    bidirectional: z.boolean().default(false).describe("Read each sequence both ways (Keras Bidirectional)."),
    dropout: dropout("of the recurrent layers' inputs"),
    recurrentDropout: dropout("of the recurrent state"),
    dense: units.default([]).describe("Units of hidden dense layers after the recurrent ones."),
    activation: activation.default("relu").describe("Activation of the hidden dense layers."),
    timesteps: z
      .number()
      .int()
      .positive()
      .optional()
      .describe("Split each row into this many steps of equal width. Default: one feature per step."),
    inputShape,
  });

const transformerModel = strict({
  architecture: z
    .literal("transformer")
    .describe("A small transformer encoder over tokens: the features of a row, or the steps of a sequence."),
  dModel: z.number().int().positive().default(32).describe("Width of each token's embedding."),
  heads: z.number().int().positive().default(4).describe("Attention heads (dModel must divide by it)."),
  layers: z.number().int().min(1).max(12).default(2).describe("Encoder blocks."),
  ffDim: z.number().int().positive().default(64).describe("Hidden units of each block's feed-forward part."),
  dropout: dropout("inside the blocks"),
  timesteps: z
    .number()
    .int()
    .positive()
    .optional()
    .describe("Split each row into this many tokens of equal width. Default: one feature per token."),
  dense: units.default([]).describe("Units of hidden dense layers after pooling the tokens."),
  activation: activation.default("gelu").describe("Activation of the feed-forward parts and hidden layers."),
  inputShape,
});

const layerSpec = z
  .record(z.string(), z.record(z.string(), z.unknown()).nullable())
  .refine((l) => Object.keys(l).length === 1, {
    message: "each entry is one layer: its Keras name as the only key, its arguments as the value",
  })
  .describe("One Keras layer: { conv2d: { filters: 32, kernelSize: 3, activation: relu } }.");

const layersModel = strict({
  architecture: z
    .literal("layers")
    .describe("An explicit stack of Keras layers (tf.layers names and arguments)."),
  layers: z
    .array(layerSpec)
    .min(1)
    .describe(
      "The hidden layers in order; the output layer (softmax over the classes or one linear unit) follows.",
    ),
  inputShape,
});

export const modelSpec = z.discriminatedUnion("architecture", [
  mlpModel,
  cnnModel,
  recurrent("rnn", "Recurrent layers (Keras SimpleRNN) over a sequence."),
  recurrent("lstm", "LSTM layers over a sequence."),
  recurrent("gru", "GRU layers over a sequence."),
  transformerModel,
  layersModel,
]);

// ---- train --------------------------------------------------------------------------------------------------

const earlyStopping = strict({
  monitor: z.enum(["val_loss", "loss"]).default("val_loss").describe("Quantity watched."),
  patience: z.number().int().min(1).default(10).describe("Epochs without improvement before stopping."),
  minDelta: z.number().min(0).default(0).describe("Smallest change that counts as an improvement."),
  restoreBest: z.boolean().default(true).describe("Restore the weights of the best epoch."),
});

const schedule = strict({
  type: z
    .enum(["constant", "step", "exponential", "cosine"])
    .default("constant")
    .describe(
      "constant; step: times `factor` every `every` epochs; exponential: times `factor` each epoch; cosine: from learningRate down to minLearningRate over the epochs.",
    ),
  every: z.number().int().min(1).default(10).describe("step: epochs between two decreases."),
  factor: z.number().gt(0).max(1).default(0.1).describe("step/exponential: multiplier of the rate."),
  minLearningRate: z.number().min(0).default(0).describe("cosine: the final rate."),
  warmupEpochs: z
    .number()
    .int()
    .min(0)
    .default(0)
    .describe("Epochs of linear warm-up from learningRate/10 before the schedule starts."),
});

const reduceOnPlateau = strict({
  monitor: z.enum(["val_loss", "loss"]).default("val_loss").describe("Quantity watched."),
  factor: z.number().gt(0).lt(1).default(0.5).describe("Multiplier of the rate at a plateau."),
  patience: z.number().int().min(1).default(3).describe("Epochs without improvement before reducing."),
  minLearningRate: z.number().min(0).default(1e-6).describe("The rate never goes below this."),
});

export const BACKENDS = ["auto", "tensorflow-gpu", "tensorflow", "wasm", "cpu"] as const;
export const OPTIMIZERS = ["sgd", "momentum", "adam", "adamw", "rmsprop", "adagrad"] as const;

export const trainSpec = strict({
  optimizer: z.enum(OPTIMIZERS).default("adam").describe("Optimizer of the weights."),
  learningRate: z.number().positive().default(0.01).describe("Step size of the optimizer."),
  weightDecay: z
    .number()
    .min(0)
    .default(0.01)
    .describe("adamw: decoupled weight decay of the kernels (not biases)."),
  epochs: z.number().int().min(1).max(100_000).default(100).describe("Passes over the training split."),
  batchSize: z.number().int().min(1).default(32).describe("Rows per gradient step."),
  schedule: schedule.optional().describe("Learning-rate schedule by epoch. Default: constant."),
  reduceOnPlateau: reduceOnPlateau
    .optional()
    .describe("Lower the learning rate when the monitored loss stops improving (Keras ReduceLROnPlateau)."),
  earlyStopping: earlyStopping
    .optional()
    .describe("Stop when the monitored quantity stops improving. Default: train every epoch."),
  labelSmoothing: z
    .number()
    .min(0)
    .lt(1)
    .default(0)
    .describe(
      "Classification: train on targets (1 - s) one-hot + s / classes (Keras's label_smoothing); 0.1 is common.",
    ),
  classWeight: z
    .union([z.literal("balanced"), z.record(z.string(), z.number().positive())])
    .optional()
    .describe(
      "Classification: weight of each class in the loss. balanced: n / (classes x count), as scikit-learn; or a weight per class label (absent labels weigh 1).",
    ),
  workers: z
    .union([z.literal("auto"), z.number().int().min(1).max(16)])
    .default("auto")
    .describe(
      "Data-parallel replicas on worker threads (wasm backend): each computes the gradients of its share of every batch. auto: 2 for convolutional and recurrent models when 2 or more cores are free, else 1.",
    ),
  backend: z.enum(BACKENDS).default("auto").describe("Compute backend; auto picks the fastest that loads."),
  seed: z.number().int().default(42).describe("Seed of weight initialisation and shuffling."),
});

// ---- evaluate -------------------------------------------------------------------------------------------------

export const evaluateSpec = strict({
  metrics: z.array(z.enum(METRIC_NAMES)).optional().describe("Metrics to report. Default: all for the task."),
  latencySamples: z.number().int().min(10).max(100_000).default(200).describe("Batch-1 predictions timed."),
  calibrationBins: z
    .number()
    .int()
    .min(2)
    .max(100)
    .default(10)
    .describe("Equal-width confidence bins of the expected calibration error (ece)."),
  importance: z
    .union([
      z.boolean(),
      strict({
        repeats: z.number().int().min(1).max(50).default(5).describe("Shuffles of each feature."),
        maxRows: z
          .number()
          .int()
          .min(10)
          .max(1_000_000)
          .default(2000)
          .describe("Test rows used at most (a seeded sample beyond it)."),
      }),
    ])
    .default({ repeats: 5, maxRows: 2000 })
    .describe(
      "Permutation importance of each feature on the test split (tabular models), shown in the PR comment; true: the defaults, false: off.",
    ),
});

// ---- tune ---------------------------------------------------------------------------------------------------

const searchValue = z.union([z.number(), z.string(), z.boolean(), z.array(z.number())]);
const searchRange = strict({
  min: z.number().describe("Smallest value."),
  max: z.number().describe("Largest value."),
  log: z.boolean().default(false).describe("Draw uniformly on a log scale (learning rates)."),
  integer: z.boolean().default(false).describe("Round to an integer."),
}).refine((r) => r.max >= r.min && (!r.log || r.min > 0), {
  message: "a range needs max >= min (and min > 0 when log)",
});

export const tuneSpec = strict({
  crossValidation: strict({
    folds: z.number().int().min(2).max(20).default(5).describe("k of k-fold cross-validation."),
  })
    .optional()
    .describe(
      "k-fold cross-validation of the training rows: mean and standard deviation of each metric in metrics.json.",
    ),
  search: strict({
    method: z.enum(["grid", "random"]).default("random").describe("grid: every combination; random: draws."),
    trials: z
      .number()
      .int()
      .min(1)
      .max(10_000)
      .default(10)
      .describe("Trial budget: random draws, or the first combinations of the grid."),
    seed: z.number().int().default(0).describe("Seed of the random draws."),
    objective: z
      .enum(METRIC_NAMES)
      .optional()
      .describe("Validation metric that picks the best trial. Default: accuracy (classification) or rmse."),
    space: z
      .record(
        z.string().regex(/^(model|train)\.[A-Za-z]+$/, "keys are model.<key> or train.<key>"),
        z.union([z.array(searchValue).min(1), searchRange]),
      )
      .refine((s) => Object.keys(s).length > 0, { message: "name at least one key to search" })
      .describe(
        "Keys to vary (model.<key> or train.<key>): a list of values, or a { min, max, log } range (random search only).",
      ),
  })
    .optional()
    .describe(
      "Hyperparameter search. Each trial runs alone (`modelops tune --trial N`, one per runner in a matrix); `modelops tune --reduce` picks the best.",
    ),
});

export type ModelSpec = z.infer<typeof modelSpec>;
export type TrainSpec = z.infer<typeof trainSpec>;
export type TuneSpec = z.infer<typeof tuneSpec>;
export type IdxSource = z.infer<typeof idxSource>;
export type ImageFolderSource = z.infer<typeof imageFolderSource>;
export type AugmentStep = z.infer<typeof augmentStep>;

export type ImageSource = IdxSource | ImageFolderSource;

/** True for the image formats, which schema.ts's DataSource type does not list (see there). */
export function isImageSource(source: unknown): source is ImageSource {
  const format = (source as { format?: unknown } | undefined)?.format;
  return format === "idx" || format === "images";
}
