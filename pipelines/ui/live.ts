// Live state from a model server (`modelops ui --server URL`): what each label serves now, requests
// answered and the drift verdict, read from the server's /metrics (the same series Prometheus scrapes).
// One scrape per page view with a short timeout; a server that does not answer is said so on the page.

export interface LiveModel {
  /** label -> served version (modelops_model_version). */
  serving: Record<string, number>;
  requests: number;
  errors: number;
  drift?: { share: number; detected: boolean };
}

export type LiveState =
  | { ok: true; url: string; models: Map<string, LiveModel> }
  | { ok: false; url: string; why: string };

function labelsOf(text: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of (text ?? "").matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) out[m[1]!] = m[2]!;
  return out;
}

/** The live state in a Prometheus text exposition of a modelops server. */
export function parseLive(exposition: string): Map<string, LiveModel> {
  const models = new Map<string, LiveModel>();
  const of = (name: string) => {
    let m = models.get(name);
    if (!m) {
      m = { serving: {}, requests: 0, errors: 0 };
      models.set(name, m);
    }
    return m;
  };
  for (const line of exposition.split("\n")) {
    const m = /^(modelops_[a-z_]+)\{(.*)\} (\S+)$/.exec(line);
    if (!m) continue;
    const l = labelsOf(m[2]);
    const value = Number(m[3]);
    if (!l.model || !Number.isFinite(value)) continue;
    if (m[1] === "modelops_model_version" && l.label) of(l.model).serving[l.label] = value;
    else if (m[1] === "modelops_requests_total") {
      of(l.model).requests += value;
      if (!/^2\d\d$/.test(l.status ?? "")) of(l.model).errors += value;
    } else if (m[1] === "modelops_drift_share")
      of(l.model).drift = { share: value, detected: of(l.model).drift?.detected ?? false };
    else if (m[1] === "modelops_drift_detected")
      of(l.model).drift = { share: of(l.model).drift?.share ?? 0, detected: value === 1 };
  }
  return models;
}

export async function readLive(serverUrl: string, timeoutMs = 2000): Promise<LiveState> {
  const url = serverUrl.replace(/\/+$/, "");
  try {
    const res = await fetch(`${url}/metrics`, { signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok) return { ok: false, url, why: `GET /metrics answered ${res.status}` };
    return { ok: true, url, models: parseLive(await res.text()) };
  } catch (e) {
    const why =
      (e as Error).name === "TimeoutError" ? `no answer within ${timeoutMs} ms` : (e as Error).message;
    return { ok: false, url, why };
  }
}
