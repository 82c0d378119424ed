// Prometheus metrics of one server. Each server owns its prom-client Registry (never the global one), so
// several servers can live in one process (tests, canary + stable side by side).
//
// `label` is how a request was routed: the registry alias that answered (production, canary, previous, ...)
// or "" when the client named a version. Prediction requests only; /metrics and health checks are not counted.

import { Counter, collectDefaultMetrics, Gauge, Histogram, type Metric, Registry } from "prom-client";
import { registerBackendGauge } from "../onnx/backend.ts";
import { errorCode } from "./http-error.ts";

/** 0.5 ms .. 5 s: tabular models answer in well under a millisecond, a large batch may take seconds. */
export const DURATION_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
/** Rows per batch run by the model. */
export const BATCH_BUCKETS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024];
/** Regression predictions in standard deviations of the training target from its mean. */
export const ZSCORE_BUCKETS = [-3, -2, -1, -0.5, 0, 0.5, 1, 2, 3];

type Labels = Record<string, string>;

/**
 * What the request path counts, per model/version/label: plain numbers updated in place (a few nanoseconds),
 * turned into Prometheus series when /metrics is scraped. prom-client's per-call label hashing cost about as
 * much as the rest of a batched prediction, so the per-request families are collected here.
 */
export class RequestSeries {
  readonly statuses = new Map<number, number>();
  readonly duration = new Float64Array(DURATION_BUCKETS.length);
  durationSum = 0;
  durationCount = 0;
  readonly classes = new Map<string, number>();
  readonly zscore = new Float64Array(ZSCORE_BUCKETS.length);
  zscoreSum = 0;
  zscoreCount = 0;

  constructor(readonly labels: { model: string; version: string; label: string }) {}

  /** One answered request: its HTTP status and how long it took. */
  request(status: number, seconds: number): void {
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
    this.durationSum += seconds;
    this.durationCount++;
    const b = DURATION_BUCKETS;
    for (let i = 0; i < b.length; i++) {
      if (seconds <= b[i]!) {
        this.duration[i]!++;
        return;
      }
    }
  }

  predictedClass(name: string, count = 1): void {
    this.classes.set(name, (this.classes.get(name) ?? 0) + count);
  }

  predictedZscore(z: number): void {
    this.zscoreSum += z;
    this.zscoreCount++;
    const b = ZSCORE_BUCKETS;
    for (let i = 0; i < b.length; i++) {
      if (z <= b[i]!) {
        this.zscore[i]!++;
        return;
      }
    }
  }
}

interface MetricValue {
  labels: Labels;
  value: number;
  metricName?: string;
}

/** A metric family prom-client's Registry prints: the shape its own metrics return from get(). */
class Collected {
  readonly aggregator = "sum";
  constructor(
    readonly name: string,
    readonly help: string,
    readonly type: "counter" | "histogram",
    private readonly values: () => MetricValue[],
  ) {}
  get() {
    return {
      name: this.name,
      help: this.help,
      type: this.type,
      values: this.values(),
      aggregator: this.aggregator,
    };
  }
}

function histogram(
  name: string,
  labels: Labels,
  buckets: number[],
  counts: Float64Array,
  sum: number,
  count: number,
): MetricValue[] {
  const out: MetricValue[] = [];
  let cumulative = 0;
  for (let i = 0; i < buckets.length; i++) {
    cumulative += counts[i]!;
    out.push({
      labels: { ...labels, le: String(buckets[i]) },
      value: cumulative,
      metricName: `${name}_bucket`,
    });
  }
  out.push({ labels: { ...labels, le: "+Inf" }, value: count, metricName: `${name}_bucket` });
  out.push({ labels, value: sum, metricName: `${name}_sum` });
  out.push({ labels, value: count, metricName: `${name}_count` });
  return out;
}

export class RequestMetrics {
  readonly #series = new Map<string, RequestSeries>();

  /** The series of one model/version/label ("" for a version or label not known yet). */
  series(model: string, version: string, label: string): RequestSeries {
    const key = `${model}\u0000${version}\u0000${label}`;
    let s = this.#series.get(key);
    if (!s) {
      s = new RequestSeries({ model, version, label });
      this.#series.set(key, s);
    }
    return s;
  }

  register(registry: Registry): void {
    const all = () => [...this.#series.values()];
    const families = [
      new Collected(
        "modelops_requests_total",
        "Prediction requests answered, by model, served version, label and HTTP status.",
        "counter",
        () =>
          all().flatMap((s) =>
            [...s.statuses].map(([status, value]) => ({
              labels: { ...s.labels, status: String(status) },
              value,
            })),
          ),
      ),
      new Collected(
        "modelops_request_duration_seconds",
        "Time from request received to response written, for prediction requests.",
        "histogram",
        () =>
          all()
            .filter((s) => s.durationCount > 0)
            .flatMap((s) =>
              histogram(
                "modelops_request_duration_seconds",
                s.labels,
                DURATION_BUCKETS,
                s.duration,
                s.durationSum,
                s.durationCount,
              ),
            ),
      ),
      new Collected(
        "modelops_request_errors_total",
        "Prediction requests that failed, by model, version, label and canonical error code.",
        "counter",
        () =>
          all().flatMap((s) => {
            const byCode = new Map<string, number>();
            for (const [status, n] of s.statuses) {
              if (status >= 400) byCode.set(errorCode(status), (byCode.get(errorCode(status)) ?? 0) + n);
            }
            return [...byCode].map(([code, value]) => ({ labels: { ...s.labels, code }, value }));
          }),
      ),
      new Collected(
        "modelops_predictions_total",
        "Classification answers by predicted class (the most probable), per model, version and label.",
        "counter",
        () =>
          all().flatMap((s) =>
            [...s.classes].map(([c, value]) => ({ labels: { ...s.labels, class: c }, value })),
          ),
      ),
      new Collected(
        "modelops_prediction_zscore",
        "Regression answers in standard deviations of the training target from its mean.",
        "histogram",
        () =>
          all()
            .filter((s) => s.zscoreCount > 0)
            .flatMap((s) =>
              histogram(
                "modelops_prediction_zscore",
                s.labels,
                ZSCORE_BUCKETS,
                s.zscore,
                s.zscoreSum,
                s.zscoreCount,
              ),
            ),
      ),
    ];
    for (const f of families) registry.registerMetric(f as unknown as Metric);
  }
}

export interface ServeMetrics {
  registry: Registry;
  /** Requests, errors, latency and prediction distribution per model/version/label. */
  requests: RequestMetrics;
  modelVersion: Gauge<"model" | "label">;
  batchSize: Histogram<"model" | "version" | "label">;
  queueDepth: Gauge<"model" | "version" | "label">;
  shadowRequests: Counter<"model" | "version" | "outcome">;
  shadowDuration: Histogram<"model" | "version">;
  shadowAgreement: Counter<"model" | "version" | "agree">;
  /** Raw rows a model accepted (the live feature window of monitoring's drift); set by startServer. */
  inputs?: (model: string, rows: unknown[]) => void;
}

export function createMetrics(
  queueDepths: () => Iterable<[model: string, version: string, label: string, depth: number]>,
): ServeMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const requests = new RequestMetrics();
  requests.register(registry);
  registerBackendGauge(registry);
  return {
    registry,
    requests,
    modelVersion: new Gauge({
      name: "modelops_model_version",
      help: "Version each label of a model serves now (production, canary, previous, ...).",
      labelNames: ["model", "label"],
      registers,
    }),
    batchSize: new Histogram({
      name: "modelops_batch_size",
      help: "Rows per model call: several requests merged by dynamic batching, or one request's rows.",
      labelNames: ["model", "version", "label"],
      buckets: BATCH_BUCKETS,
      registers,
    }),
    queueDepth: new Gauge({
      name: "modelops_queue_depth",
      help: "Rows waiting in a version's batching queue when scraped.",
      labelNames: ["model", "version", "label"],
      registers,
      collect() {
        this.reset();
        for (const [model, version, label, depth] of queueDepths())
          this.set({ model, version, label }, depth);
      },
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
