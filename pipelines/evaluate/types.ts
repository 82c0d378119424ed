import type { MetricName } from "../config/schema.ts";

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
  createdAt: string;
}

/** history.json: per-epoch training curves. */
export interface TrainingHistory {
  schema: "modelops/history@1";
  backend: string;
  epochs: Array<{ epoch: number } & Record<string, number>>;
  stoppedEarly: boolean;
  /** 1-based epoch whose weights were kept. */
  bestEpoch: number;
  seconds: number;
  /** Data-parallel replicas that trained the model (absent: one). Added compatibly (issue 3). */
  replicas?: number;
}
