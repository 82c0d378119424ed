// Prometheus metrics of one server. Each server owns its prom-client Registry (never the global one), so
// several servers can live in one process (tests, canary + stable side by side).
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/** 0.5 ms .. 5 s: tabular models answer in well under a millisecond, a large batch may take seconds. */
export const DURATION_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

export interface ServeMetrics {
  registry: Registry;
  requests: Counter<"model" | "version" | "status">;
  duration: Histogram<"model" | "version">;
  errors: Counter<"model" | "version" | "code">;
  modelVersion: Gauge<"model">;
}

export function createMetrics(): ServeMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    requests: new Counter({
      name: "modelops_requests_total",
      help: "Prediction requests answered, by model, served version and HTTP status.",
      labelNames: ["model", "version", "status"],
      registers: [registry],
    }),
    duration: new Histogram({
      name: "modelops_request_duration_seconds",
      help: "Time from request received to response sent, for prediction requests.",
      labelNames: ["model", "version"],
      buckets: DURATION_BUCKETS,
      registers: [registry],
    }),
    errors: new Counter({
      name: "modelops_request_errors_total",
      help: "Prediction requests that failed, by model, version and canonical error code.",
      labelNames: ["model", "version", "code"],
      registers: [registry],
    }),
    modelVersion: new Gauge({
      name: "modelops_model_version",
      help: "Version of the model currently served under the production alias.",
      labelNames: ["model"],
      registers: [registry],
    }),
  };
}
