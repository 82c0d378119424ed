import type { MetricName } from "../config/schema.ts";
import type { ImportanceReport } from "./importance.ts";
import type { ClassReport, ConfusionMatrix } from "./metrics-classification.ts";

/** metrics.json: what `modelops evaluate` writes and `modelops diff`, the actions and the bot read. */
export interface MetricsFile {
  schema: "modelops/metrics@1";
  model: string;
  task: "classification" | "regression";
  /** The input key of the run (absent when evaluated outside a keyed run). */
  key?: string;
  backend: string;
  metrics: Partial<Record<MetricName, number>>;
  rows: { train: number; validation: number; test: number };
  /** Classification: precision, recall, F1 and support of each class on the test split (added in issue 3). */
  perClass?: ClassReport[];
  /** Classification: the test split's confusion matrix, rows true classes, columns predicted (issue 3). */
  confusionMatrix?: ConfusionMatrix;
  /** tune.crossValidation: each metric's mean and standard deviation over the folds (issue 3). */
  crossValidation?: { folds: number; mean: Record<string, number>; std: Record<string, number> };
  /** Tabular models: permutation importance of each feature on the test split (issue 16, importance.ts). */
  importance?: ImportanceReport;
  createdAt: string;
}
