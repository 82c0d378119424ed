// The time series anomaly detection watches, read from Prometheus per model/version/label: p99 latency,
// error rate, and the prediction mix (Jensen-Shannon distance between the window's class shares and the
// shares since the server started).
import { jensenShannon } from "../data/stats.ts";
import type { AnomalyMonitor, Signal } from "./anomaly.ts";
import type { PrometheusClient } from "./prometheus.ts";

export interface SignalValue {
  model: string;
  version: string;
  label: string;
  signal: Signal;
  value: number;
}

const key = (l: Record<string, string>) => `${l.model}\u0000${l.version}\u0000${l.label}`;

export async function readSignals(client: PrometheusClient, window: string): Promise<SignalValue[]> {
  const by = "model, version, label";
  const [p99, errors, recent, total] = await Promise.all([
    client.query(
      `histogram_quantile(0.99, sum by (${by}, le) (rate(modelops_request_duration_seconds_bucket[${window}])))`,
    ),
    client.query(
      `(sum by (${by}) (rate(modelops_requests_total{status!~"2.."}[${window}])) or sum by (${by}) (rate(modelops_requests_total[${window}])) * 0) / sum by (${by}) (rate(modelops_requests_total[${window}]))`,
    ),
    client.query(`sum by (${by}, class) (increase(modelops_predictions_total[${window}]))`),
    client.query(`sum by (${by}, class) (modelops_predictions_total)`),
  ]);
  const out: SignalValue[] = [];
  const push = (l: Record<string, string>, signal: Signal, value: number) => {
    if (Number.isFinite(value))
      out.push({ model: l.model ?? "", version: l.version ?? "", label: l.label ?? "", signal, value });
  };
  for (const s of p99) push(s.labels, "latency_p99", s.value);
  for (const s of errors) push(s.labels, "error_rate", s.value);
  const mix = new Map<
    string,
    { labels: Record<string, string>; recent: Map<string, number>; total: Map<string, number> }
  >();
  for (const [samples, which] of [
    [recent, "recent"],
    [total, "total"],
  ] as const) {
    for (const s of samples) {
      const k = key(s.labels);
      if (!mix.has(k)) mix.set(k, { labels: s.labels, recent: new Map(), total: new Map() });
      mix.get(k)![which].set(s.labels.class ?? "", s.value);
    }
  }
  for (const m of mix.values()) {
    const classes = [...m.total.keys()].sort();
    const r = classes.map((c) => m.recent.get(c) ?? 0);
    if (r.reduce((a, b) => a + b, 0) === 0) continue;
    push(
      m.labels,
      "prediction_mix",
      jensenShannon(
        classes.map((c) => m.total.get(c) ?? 0),
        r,
      ),
    );
  }
  return out;
}

/** Reads the signals every `ms` and feeds them to the monitor until the returned stop() is called. */
export function watchSignals(
  client: PrometheusClient,
  monitor: AnomalyMonitor,
  ms: number,
  window = "1m",
): () => void {
  let busy = false;
  const timer = setInterval(async () => {
    if (busy) return;
    busy = true;
    try {
      for (const s of await readSignals(client, window))
        monitor.update(s.model, s.version, s.label, s.signal, s.value);
    } catch {
      // Prometheus away for a moment: the next tick tries again.
    } finally {
      busy = false;
    }
  }, ms);
  timer.unref();
  return () => clearInterval(timer);
}
