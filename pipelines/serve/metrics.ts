// Prometheus metrics of one server. Each server owns its prom-client Registry (never the global one), so
// several servers can live in one process (tests, canary + stable side by side).
//
// `label` is how a request was routed: the registry alias that answered (production, canary, previous, ...)
// or "" when the client named a version. Prediction requests only; /metrics and health checks are not counted.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/** 0.5 ms .. 5 s: tabular models answer in well under a millisecond, a large batch may take seconds. */
export const DURATION_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
/** Rows per batch run by the model. */
export const BATCH_BUCKETS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024];
/** Regression predictions in standard deviations of the training target from its mean. */
export const ZSCORE_BUCKETS = [-3, -2, -1, -0.5, 0, 0.5, 1, 2, 3];

type L = "model" | "version" | "label";

export interface ServeMetrics {
  registry: Registry;
  requests: Counter<L | "status">;
  duration: Histogram<L>;
  errors: Counter<L | "code">;
  modelVersion: Gauge<"model" | "label">;
  batchSize: Histogram<"model" | "version">;
  queueDepth: Gauge<"model" | "version">;
  predictions: Counter<L | "class">;
  predictionZscore: Histogram<L>;
  shadowRequests: Counter<"model" | "version" | "outcome">;
  shadowDuration: Histogram<"model" | "version">;
  shadowAgreement: Counter<"model" | "version" | "agree">;
}

export function createMetrics(queueDepths: () => Iterable<[string, string, number]>): ServeMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    requests: new Counter({
      name: "modelops_requests_total",
      help: "Prediction requests answered, by model, served version, label and HTTP status.",
      labelNames: ["model", "version", "label", "status"],
      registers,
    }),
    duration: new Histogram({
      name: "modelops_request_duration_seconds",
      help: "Time from request received to response sent, for prediction requests.",
      labelNames: ["model", "version", "label"],
      buckets: DURATION_BUCKETS,
      registers,
    }),
    errors: new Counter({
      name: "modelops_request_errors_total",
      help: "Prediction requests that failed, by model, version, label and canonical error code.",
      labelNames: ["model", "version", "label", "code"],
      registers,
    }),
    modelVersion: new Gauge({
      name: "modelops_model_version",
      help: "Version each label of a model serves now (production, canary, previous, ...).",
      labelNames: ["model", "label"],
      registers,
    }),
    batchSize: new Histogram({
      name: "modelops_batch_size",
      help: "Rows per model call: several requests merged by dynamic batching, or one request's rows.",
      labelNames: ["model", "version"],
      buckets: BATCH_BUCKETS,
      registers,
    }),
    queueDepth: new Gauge({
      name: "modelops_queue_depth",
      help: "Rows waiting in a version's batching queue when scraped.",
      labelNames: ["model", "version"],
      registers,
      collect() {
        this.reset();
        for (const [model, version, depth] of queueDepths()) this.set({ model, version }, depth);
      },
    }),
    predictions: new Counter({
      name: "modelops_predictions_total",
      help: "Classification answers by predicted class (the most probable), per model, version and label.",
      labelNames: ["model", "version", "label", "class"],
      registers,
    }),
    predictionZscore: new Histogram({
      name: "modelops_prediction_zscore",
      help: "Regression answers in standard deviations of the training target from its mean.",
      labelNames: ["model", "version", "label"],
      buckets: ZSCORE_BUCKETS,
      registers,
    }),
    shadowRequests: new Counter({
      name: "modelops_shadow_requests_total",
      help: "Requests mirrored to the shadow (canary) version, by outcome: ok, error, dropped (queue full).",
      labelNames: ["model", "version", "outcome"],
      registers,
    }),
    shadowDuration: new Histogram({
      name: "modelops_shadow_duration_seconds",
      help: "Time the shadow version took to answer a mirrored request (its answer is discarded).",
      labelNames: ["model", "version"],
      buckets: DURATION_BUCKETS,
      registers,
    }),
    shadowAgreement: new Counter({
      name: "modelops_shadow_agreement_total",
      help: "Mirrored rows whose shadow answer agrees with the live one (same class; regression within 5% of the training target's std).",
      labelNames: ["model", "version", "agree"],
      registers,
    }),
  };
}
