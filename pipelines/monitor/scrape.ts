// Measurements without Prometheus: scrape the model server's /metrics at the start of a step and at its end
// and take the difference (what Prometheus's increase() does). For the demo, laptops and tests of a single
// server; production setups query Prometheus (PrometheusSource), which sees every replica.
import { ModelopsError } from "../errors.ts";
import { DURATION_BUCKETS } from "../serve/index.ts";
import type { Measurement, MetricsSource } from "./prometheus.ts";

interface Snapshot {
  requests: Map<string, number>;
  errors: Map<string, number>;
  buckets: Map<string, number[]>;
  drift: Map<string, number>;
  /** model + version -> estimated accuracy (CBPE) over the last hour. */
  estimated: Map<string, number>;
}

function parseLabels(text: string | undefined): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const l of (text ?? "").matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g))
    labels[l[1]!] = l[2]!;
  return labels;
}

const keyOf = (l: Record<string, string>) => `${l.model}\u0000${l.label}\u0000${l.version}`;

function snapshot(text: string): Snapshot {
  const s: Snapshot = {
    requests: new Map(),
    errors: new Map(),
    buckets: new Map(),
    drift: new Map(),
    estimated: new Map(),
  };
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  for (const line of text.split("\n")) {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)/.exec(line);
    if (!m) continue;
    const value = Number(m[3]);
    if (m[1] === "modelops_requests_total") {
      const l = parseLabels(m[2]);
      add(s.requests, keyOf(l), value);
      if (!/^2\d\d$/.test(l.status ?? "")) add(s.errors, keyOf(l), value);
    } else if (m[1] === "modelops_request_duration_seconds_bucket") {
      const l = parseLabels(m[2]);
      const i = l.le === "+Inf" ? DURATION_BUCKETS.length : DURATION_BUCKETS.indexOf(Number(l.le));
      if (i < 0) continue;
      const k = keyOf(l);
      if (!s.buckets.has(k)) s.buckets.set(k, new Array(DURATION_BUCKETS.length + 1).fill(0));
      s.buckets.get(k)![i] = value;
    } else if (m[1] === "modelops_drift_share") {
      s.drift.set(parseLabels(m[2]).model ?? "", value);
    } else if (m[1] === "modelops_estimated_accuracy") {
      const l = parseLabels(m[2]);
      if (l.window === "1h") s.estimated.set(`${l.model}\u0000${l.version}`, value);
    }
  }
  return s;
}

/** Prometheus's histogram_quantile over cumulative bucket counts (linear within a bucket). */
export function bucketQuantile(q: number, cumulative: number[], bounds: number[]): number | undefined {
  const total = cumulative[cumulative.length - 1] ?? 0;
  if (total <= 0) return undefined;
  const rank = q * total;
  for (let i = 0; i < bounds.length; i++) {
    if (cumulative[i]! >= rank) {
      const lo = i === 0 ? 0 : bounds[i - 1]!;
      const below = i === 0 ? 0 : cumulative[i - 1]!;
      const inBucket = cumulative[i]! - below;
      return lo + (bounds[i]! - lo) * (inBucket > 0 ? (rank - below) / inBucket : 1);
    }
  }
  return bounds[bounds.length - 1];
}

export class ScrapeSource implements MetricsSource {
  #start: Snapshot | undefined;
  constructor(readonly serverUrl: string) {}

  async #scrape(): Promise<Snapshot> {
    const url = `${this.serverUrl.replace(/\/+$/, "")}/metrics`;
    try {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return snapshot(await res.text());
    } catch (err) {
      throw new ModelopsError(
        `cannot read ${url} (${(err as Error).message}); is the model server running?`,
        2,
      );
    }
  }

  async begin(): Promise<void> {
    this.#start = await this.#scrape();
  }

  async measure(model: string, label: string, _windowMs: number, version?: number): Promise<Measurement> {
    const end = await this.#scrape();
    const start = this.#start ?? {
      requests: new Map(),
      errors: new Map(),
      buckets: new Map(),
      drift: new Map(),
      estimated: new Map(),
    };
    const match = (k: string) => {
      const [m, l, v] = k.split("\u0000");
      return m === model && l === label && (version === undefined || v === String(version));
    };
    const delta = (a: Map<string, number>, b: Map<string, number>) =>
      [...b].filter(([k]) => match(k)).reduce((sum, [k, v]) => sum + v - (a.get(k) ?? 0), 0);
    const requests = delta(start.requests, end.requests);
    const errors = delta(start.errors, end.errors);
    const cumulative = new Array(DURATION_BUCKETS.length + 1).fill(0);
    for (const [k, b] of end.buckets) {
      if (!match(k)) continue;
      const a = start.buckets.get(k);
      for (let i = 0; i < b.length; i++) cumulative[i] += b[i]! - (a?.[i] ?? 0);
    }
    const bounds = [...DURATION_BUCKETS, Number.POSITIVE_INFINITY];
    const m: Measurement = { requests };
    if (requests > 0) {
      m.errorRate = errors / requests;
      const p99 = bucketQuantile(0.99, cumulative, bounds);
      const p50 = bucketQuantile(0.5, cumulative, bounds);
      if (p99 !== undefined && Number.isFinite(p99)) m.latencyP99Ms = p99 * 1000;
      if (p50 !== undefined && Number.isFinite(p50)) m.latencyP50Ms = p50 * 1000;
    }
    const drift = end.drift.get(model);
    if (drift !== undefined) m.driftShare = drift;
    const estimated = version === undefined ? undefined : end.estimated.get(`${model}\u0000${version}`);
    if (estimated !== undefined) m.estimatedAccuracy = estimated;
    return m;
  }
}
