// `modelops monitor status`: per model, the versions and their traffic shares, request rate, error rate,
// p99, drift verdict and the last canary analysis, with sparklines of the last minutes; --json for scripts.
import type { ModelStore } from "../registry/model-store.ts";
import type { PrometheusClient } from "./prometheus.ts";
import { RECORDED } from "./rules.ts";

const BARS = "▁▂▃▄▅▆▇█";

/** A sparkline of the values (NaN/missing as a space), scaled between their min and max. */
export function sparkline(values: Array<number | undefined>): string {
  const finite = values.filter((v): v is number => v !== undefined && Number.isFinite(v));
  if (finite.length === 0) return " ".repeat(values.length);
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  return values
    .map((v) => {
      if (v === undefined || !Number.isFinite(v)) return " ";
      if (hi === lo) return hi === 0 ? BARS[0] : BARS[3];
      return BARS[Math.min(7, Math.floor(((v - lo) / (hi - lo)) * 8))];
    })
    .join("");
}

export interface LabelStatus {
  label: string;
  version: number;
  /** Share of the model's requests this label answered over the window. */
  share?: number;
  requestRate?: number;
  errorRate?: number;
  p99Ms?: number;
}

export interface ModelStatus {
  model: string;
  labels: LabelStatus[];
  requestRate?: number;
  errorRate?: number;
  p99Ms?: number;
  drift?: { share: number; detected: boolean };
  anomalies: string[];
  lastAnalysis?: { at: string; reason: string };
  /** Oldest first, one value per step over the last `minutes`. */
  history: {
    requestRate: Array<number | undefined>;
    errorRate: Array<number | undefined>;
    p99Ms: Array<number | undefined>;
  };
}

async function range(
  client: PrometheusClient,
  expr: string,
  minutes: number,
  points: number,
): Promise<Array<number | undefined>> {
  const end = Date.now() / 1000;
  const step = Math.max(1, (minutes * 60) / points);
  const params = new URLSearchParams({
    query: expr,
    start: String(end - step * (points - 1)),
    end: String(end),
    step: String(step),
  });
  const res = await fetch(`${client.url}/api/v1/query_range?${params}`);
  const body = (await res.json()) as { data?: { result: Array<{ values: Array<[number, string]> }> } };
  const out: Array<number | undefined> = new Array(points).fill(undefined);
  const values = body.data?.result[0]?.values ?? [];
  const start = end - step * (points - 1);
  for (const [t, v] of values) {
    const i = Math.round((t - start) / step);
    if (i >= 0 && i < points) out[i] = Number(v);
  }
  return out;
}

export async function collectStatus(opts: {
  /** Any store (fs or github): status reads only its models, aliases and alias history. */
  registry: Pick<ModelStore, "models" | "aliases" | "history">;
  client: PrometheusClient;
  models?: string[];
  minutes?: number;
  points?: number;
}): Promise<ModelStatus[]> {
  const { registry, client } = opts;
  const minutes = opts.minutes ?? 15;
  const points = opts.points ?? 30;
  const out: ModelStatus[] = [];
  for (const model of opts.models ?? (await registry.models())) {
    const [aliases, history] = await Promise.all([registry.aliases(model), registry.history(model)]);
    const rec = { aliases, history };
    const m = `model="${model}"`;
    const by = async (expr: string) => {
      const samples = await client.query(expr);
      return new Map(samples.map((s) => [s.labels.label ?? "", s.value]));
    };
    const [rate, errors, p99] = await Promise.all([
      by(`sum by (label) (${RECORDED.requestRate}{${m}})`),
      by(`max by (label) (${RECORDED.errorRatio}{${m}})`),
      by(`max by (label) (${RECORDED.latencyP99}{${m}})`),
    ]);
    const total = [...rate.values()].reduce((a, b) => a + b, 0);
    const num = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? undefined : v);
    const labels: LabelStatus[] = Object.entries(rec.aliases)
      .filter(([label]) => label !== "previous" || rate.has(label))
      .map(([label, version]) => ({
        label,
        version,
        ...(total > 0 && { share: (rate.get(label) ?? 0) / total }),
        ...(rate.has(label) && { requestRate: rate.get(label) }),
        ...(num(errors.get(label)) !== undefined && { errorRate: errors.get(label) }),
        ...(num(p99.get(label)) !== undefined && { p99Ms: p99.get(label)! * 1000 }),
      }));
    const [errAll, p99All, driftShare, driftDetected, anomalies, hRate, hErr, hP99] = await Promise.all([
      client.scalar(
        `sum(rate(modelops_requests_total{${m},status!~"2.."}[5m]) or rate(modelops_requests_total{${m}}[5m]) * 0) / sum(rate(modelops_requests_total{${m}}[5m]))`,
      ),
      client.scalar(
        `histogram_quantile(0.99, sum by (le) (rate(modelops_request_duration_seconds_bucket{${m}}[5m])))`,
      ),
      client.scalar(`max(modelops_drift_share{${m}})`),
      client.scalar(`max(modelops_drift_detected{${m}})`),
      client.query(`modelops_anomaly{${m}} > 0`),
      range(client, `sum(${RECORDED.requestRate}{${m}})`, minutes, points),
      range(client, `max(${RECORDED.errorRatio}{${m}})`, minutes, points),
      range(client, `max(${RECORDED.latencyP99}{${m}}) * 1000`, minutes, points),
    ]);
    const analysis = [...rec.history]
      .reverse()
      .find((e) => e.actor === "modelops-monitor" && /canary analysis/.test(e.reason));
    out.push({
      model,
      labels,
      ...(total > 0 && { requestRate: total }),
      ...(errAll !== undefined && { errorRate: errAll }),
      ...(p99All !== undefined && { p99Ms: p99All * 1000 }),
      ...(driftShare !== undefined && { drift: { share: driftShare, detected: driftDetected === 1 } }),
      anomalies: anomalies.map((a) => `${a.labels.signal} v${a.labels.version} ${a.labels.label}`),
      ...(analysis && { lastAnalysis: { at: analysis.at, reason: analysis.reason } }),
      history: { requestRate: hRate, errorRate: hErr, p99Ms: hP99 },
    });
  }
  return out;
}

const pct = (v: number | undefined) => (v === undefined ? "-" : `${+(v * 100).toFixed(2)}%`);
const ms = (v: number | undefined) => (v === undefined ? "-" : `${+v.toPrecision(3)} ms`);
const rps = (v: number | undefined) => (v === undefined ? "-" : `${+v.toPrecision(3)}/s`);

export function renderStatus(models: ModelStatus[]): string {
  if (models.length === 0) return "no models in the registry\n";
  const lines: string[] = [];
  for (const s of models) {
    lines.push(`${s.model}`);
    for (const l of s.labels) {
      lines.push(
        `  ${l.label.padEnd(11)} v${String(l.version).padEnd(4)} traffic ${pct(l.share).padStart(7)}  ${rps(l.requestRate).padStart(8)}  errors ${pct(l.errorRate).padStart(7)}  p99 ${ms(l.p99Ms)}`,
      );
    }
    lines.push(`  requests   ${rps(s.requestRate).padStart(9)}  ${sparkline(s.history.requestRate)}`);
    lines.push(`  error rate ${pct(s.errorRate).padStart(9)}  ${sparkline(s.history.errorRate)}`);
    lines.push(`  p99        ${ms(s.p99Ms).padStart(9)}  ${sparkline(s.history.p99Ms)}`);
    lines.push(
      `  drift      ${s.drift ? `${s.drift.detected ? "DRIFTED" : "ok"} (${pct(s.drift.share)} of features)` : "not measured"}`,
    );
    lines.push(`  anomalies  ${s.anomalies.length ? s.anomalies.join(", ") : "none"}`);
    lines.push(
      `  last canary analysis: ${s.lastAnalysis ? `${s.lastAnalysis.at} ${s.lastAnalysis.reason}` : "none"}`,
    );
  }
  return `${lines.join("\n")}\n`;
}
