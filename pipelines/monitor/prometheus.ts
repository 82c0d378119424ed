// A small client of Prometheus's HTTP API (instant queries), and the measurements canary analysis and
// `monitor status` take from it: request rate, error rate and latency quantiles of one model's label over
// a window, and the drift share the server exports.
import { ModelopsError } from "../errors.ts";

export interface Sample {
  labels: Record<string, string>;
  value: number;
}

export class PrometheusClient {
  readonly url: string;
  constructor(url: string) {
    this.url = url.replace(/\/+$/, "");
  }

  /** An instant query; the vector result as samples (NaN kept: no data in a ratio). */
  async query(expr: string, time?: number): Promise<Sample[]> {
    const params = new URLSearchParams({ query: expr });
    if (time !== undefined) params.set("time", String(time / 1000));
    let res: Response;
    try {
      res = await fetch(`${this.url}/api/v1/query?${params}`);
    } catch (err) {
      throw new ModelopsError(
        `cannot reach Prometheus at ${this.url} (${(err as Error).message}); pass --prometheus URL of a running Prometheus`,
        2,
      );
    }
    const body = (await res.json().catch(() => undefined)) as
      | { status: string; error?: string; data?: { resultType: string; result: unknown } }
      | undefined;
    if (!res.ok || body?.status !== "success") {
      throw new ModelopsError(
        `Prometheus at ${this.url} refused the query ${expr}: ${body?.error ?? `HTTP ${res.status}`}`,
        1,
      );
    }
    const { resultType, result } = body.data!;
    if (resultType === "scalar") return [{ labels: {}, value: Number((result as [number, string])[1]) }];
    return (result as Array<{ metric: Record<string, string>; value: [number, string] }>).map((r) => ({
      labels: r.metric,
      value: Number(r.value[1]),
    }));
  }

  async scalar(expr: string): Promise<number | undefined> {
    const v = (await this.query(expr))[0]?.value;
    return v === undefined || Number.isNaN(v) ? undefined : v;
  }
}

/** What canary analysis judges, for one label of one model over a window. */
export interface Measurement {
  /** Requests answered in the window. */
  requests: number;
  errorRate?: number;
  latencyP99Ms?: number;
  latencyP50Ms?: number;
  driftShare?: number;
  /** The version's estimated accuracy (CBPE) over the last hour of its predictions; needs `version`. */
  estimatedAccuracy?: number;
}

/** Where measurements come from: Prometheus in production; anything with the same answers in tests. */
export interface MetricsSource {
  /** `version`: only that version's requests under the label (a canary's, not an earlier canary's). */
  measure(model: string, label: string, windowMs: number, version?: number): Promise<Measurement>;
  /** Called when a step's traffic is set, before its interval (a source that takes differences). */
  begin?(): Promise<void>;
}

const q = (s: string) => s.replace(/\\/g, "\\\\").replace(/"/g, '\\"');

/** PromQL for one model/label's figures over a window (the same expressions the dashboard uses). */
export function measurementQueries(model: string, label: string, window: string, version?: number) {
  const sel = `model="${q(model)}",label="${q(label)}"${version === undefined ? "" : `,version="${version}"`}`;
  const requests = `sum(increase(modelops_requests_total{${sel}}[${window}]))`;
  const quantile = (p: number) =>
    `histogram_quantile(${p}, sum by (le) (increase(modelops_request_duration_seconds_bucket{${sel}}[${window}])))`;
  return {
    requests,
    // No error series at all is an error rate of 0, not "no data".
    errorRate: `(sum(increase(modelops_requests_total{${sel},status!~"2.."}[${window}])) or vector(0)) / ${requests}`,
    latencyP99: quantile(0.99),
    latencyP50: quantile(0.5),
    driftShare: `max(modelops_drift_share{model="${q(model)}"})`,
    // One hour of the version's predictions (every replica's log answers for all of them: take one).
    estimatedAccuracy:
      version === undefined
        ? undefined
        : `max(modelops_estimated_accuracy{model="${q(model)}",version="${version}",window="1h"})`,
  };
}

export class PrometheusSource implements MetricsSource {
  constructor(readonly client: PrometheusClient) {}

  async measure(model: string, label: string, windowMs: number, version?: number): Promise<Measurement> {
    const window = `${Math.max(1, Math.round(windowMs / 1000))}s`;
    const e = measurementQueries(model, label, window, version);
    const [requests, errors, p99, p50, drift, estimated] = await Promise.all([
      this.client.scalar(e.requests),
      this.client.scalar(`(${e.errorRate})`),
      this.client.scalar(e.latencyP99),
      this.client.scalar(e.latencyP50),
      this.client.scalar(e.driftShare),
      e.estimatedAccuracy === undefined ? undefined : this.client.scalar(e.estimatedAccuracy),
    ]);
    const m: Measurement = { requests: Math.round(requests ?? 0) };
    if (errors !== undefined && m.requests > 0) m.errorRate = errors;
    if (p99 !== undefined && m.requests > 0) m.latencyP99Ms = p99 * 1000;
    if (p50 !== undefined && m.requests > 0) m.latencyP50Ms = p50 * 1000;
    if (drift !== undefined) m.driftShare = drift;
    if (estimated !== undefined) m.estimatedAccuracy = estimated;
    return m;
  }
}
