// `modelops monitor drift`: the drift gauges of a running model server (its /metrics), per model and feature.
import { ModelopsError } from "../errors.ts";

export interface ServerDrift {
  model: string;
  rows: number;
  share?: number;
  detected: boolean;
  features: Array<{ feature: string; distance?: number; drifted: boolean; mean?: number; std?: number }>;
}

function parse(text: string) {
  const out: Array<{ name: string; labels: Record<string, string>; value: number }> = [];
  for (const line of text.split("\n")) {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)/.exec(line);
    if (!m || line.startsWith("#")) continue;
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? "").matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g))
      labels[l[1]!] = l[2]!;
    out.push({ name: m[1]!, labels, value: Number(m[3]) });
  }
  return out;
}

export async function readServerDrift(server: string, model?: string): Promise<ServerDrift[]> {
  const url = `${server.replace(/\/+$/, "")}/metrics`;
  let text: string;
  try {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    text = await res.text();
  } catch (err) {
    throw new ModelopsError(
      `cannot read ${url} (${(err as Error).message}); start modelops serve or pass --server URL`,
      2,
    );
  }
  const samples = parse(text);
  const models = new Map<string, ServerDrift>();
  const get = (name: string) => {
    if (!models.has(name)) models.set(name, { model: name, rows: 0, detected: false, features: [] });
    return models.get(name)!;
  };
  const feature = (d: ServerDrift, name: string) => {
    let f = d.features.find((x) => x.feature === name);
    if (!f) {
      f = { feature: name, drifted: false };
      d.features.push(f);
    }
    return f;
  };
  for (const s of samples) {
    const m = s.labels.model;
    if (!m || (model && m !== model)) continue;
    if (s.name === "modelops_input_window_rows") get(m).rows = s.value;
    else if (s.name === "modelops_drift_share") get(m).share = s.value;
    else if (s.name === "modelops_drift_detected") get(m).detected = s.value === 1;
    else if (s.name === "modelops_feature_drift") feature(get(m), s.labels.feature!).distance = s.value;
    else if (s.name === "modelops_feature_drifted")
      feature(get(m), s.labels.feature!).drifted = s.value === 1;
    else if (s.name === "modelops_input_feature_mean") feature(get(m), s.labels.feature!).mean = s.value;
    else if (s.name === "modelops_input_feature_std") feature(get(m), s.labels.feature!).std = s.value;
  }
  if (model && !models.has(model)) {
    throw new ModelopsError(
      `${url} has no drift figures for ${model}; is the server watching it (monitor.drift)?`,
      2,
    );
  }
  return [...models.values()];
}

export function renderServerDrift(drift: ServerDrift[]): string {
  if (drift.length === 0) return "the server exports no drift figures (no model is watched for drift)\n";
  const lines: string[] = [];
  for (const d of drift) {
    const verdict =
      d.share === undefined
        ? "not judged yet"
        : `${d.detected ? "DRIFTED" : "no drift"} (${+(d.share * 100).toFixed(1)}% of features)`;
    lines.push(`${d.model}: ${verdict}, live window ${d.rows} rows`);
    for (const f of d.features) {
      const dist = f.distance === undefined ? "-" : f.distance.toFixed(3);
      const mean =
        f.mean === undefined ? "" : `  mean ${+f.mean.toPrecision(4)} std ${+(f.std ?? 0).toPrecision(3)}`;
      lines.push(`  ${f.drifted ? "!" : " "} ${f.feature.padEnd(20)} distance ${dist}${mean}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
