// The part of a prediction every protocol shares: transform the client's raw rows with the routed version's
// fitted transform, run them (through its batching queue), mirror a copy to the shadow version when the
// policy says so, and count the answers into the prediction-distribution metrics.
import type { Deployment, Route } from "./deployments.ts";
import { HttpError } from "./http-error.ts";
import type { LoadedModel } from "./loaded-model.ts";
import type { ServeMetrics } from "./metrics.ts";
import type { PredictionRecord, PredictionStore } from "./prediction-log.ts";

/** Metric labels of one prediction request, filled in as the handler learns them. */
export interface RequestLabels {
  model: string;
  version: string;
  label: string;
}

/** A model name that is not in the registry is counted under this label (not a registry name: no `_`). */
export const UNKNOWN_MODEL = "_unknown";

export interface Answer {
  loaded: LoadedModel;
  label: string;
  /** n * loaded.width values, row-major. */
  out: Float32Array;
  n: number;
}

/** Raw rows (objects keyed by feature name, or arrays in feature order) -> the routed version's outputs. */
export async function runRoute(
  metrics: ServeMetrics,
  dep: Deployment,
  route: Route,
  instances: unknown[],
): Promise<Answer> {
  const { loaded, label } = route;
  // route -> transform -> acquire run without a pause, so the version cannot be disposed in between.
  const x = loaded.transformRows(instances);
  const n = instances.length;
  loaded.acquire();
  let out: Float32Array;
  try {
    out = await loaded.infer(x, n);
  } finally {
    loaded.release();
  }
  const shadow = route.shadow;
  // After the live answer is on its way: the shadow never delays it, even without batching.
  if (shadow) setImmediate(() => mirror(metrics, dep, shadow, loaded, instances, out));
  recordPredictions(metrics, dep.name, loaded, label, out, n);
  metrics.inputs?.(dep.name, instances);
  return { loaded, label, out, n };
}

function recordPredictions(
  metrics: ServeMetrics,
  model: string,
  loaded: LoadedModel,
  label: string,
  out: Float32Array,
  n: number,
): void {
  const classes = loaded.labels;
  const stats = loaded.targetStats;
  if (!classes && !stats) return;
  const series = metrics.requests.series(model, String(loaded.version), label);
  if (classes) {
    const w = loaded.width;
    for (let i = 0; i < n; i++) series.predictedClass(classes[argmax(out, i * w, w)]!);
    return;
  }
  for (let i = 0; i < n; i++) series.predictedZscore((out[i]! - stats!.mean) / stats!.std);
}

export function argmax(values: ArrayLike<number>, offset: number, width: number): number {
  let best = 0;
  for (let k = 1; k < width; k++) if (values[offset + k]! > values[offset + best]!) best = k;
  return best;
}

/** Runs the request on the shadow version; its answer is compared with the live one and dropped. */
function mirror(
  metrics: ServeMetrics,
  dep: Deployment,
  shadow: LoadedModel,
  live: LoadedModel,
  instances: unknown[],
  liveOut: Float32Array,
): void {
  const labels = { model: dep.name, version: String(shadow.version) };
  if (shadow.disposed) return; // swapped out since the request was routed
  let x: Float32Array;
  try {
    x = shadow.transformRows(instances);
  } catch {
    metrics.shadowRequests.inc({ ...labels, outcome: "error" });
    return;
  }
  const n = instances.length;
  const started = performance.now();
  shadow.acquire();
  let pending: Promise<Float32Array>;
  try {
    pending = shadow.infer(x, n);
  } catch (err) {
    shadow.release();
    const full = err instanceof HttpError && err.statusCode === 429;
    metrics.shadowRequests.inc({ ...labels, outcome: full ? "dropped" : "error" });
    return;
  }
  pending.then(
    (out) => {
      shadow.release();
      metrics.shadowDuration.observe(labels, (performance.now() - started) / 1000);
      metrics.shadowRequests.inc({ ...labels, outcome: "ok" });
      let agree = 0;
      const w = shadow.width;
      if (shadow.labels && live.labels && w === live.width) {
        for (let i = 0; i < n; i++) if (argmax(out, i * w, w) === argmax(liveOut, i * w, w)) agree++;
      } else if (!shadow.labels && !live.labels) {
        const tolerance = 0.05 * (live.targetStats?.std ?? 1);
        for (let i = 0; i < n; i++) if (Math.abs(out[i]! - liveOut[i]!) <= tolerance) agree++;
      }
      if (agree > 0) metrics.shadowAgreement.inc({ ...labels, agree: "true" }, agree);
      if (agree < n) metrics.shadowAgreement.inc({ ...labels, agree: "false" }, n - agree);
    },
    () => {
      shadow.release();
      metrics.shadowRequests.inc({ ...labels, outcome: "error" });
    },
  );
}

/** A number as JSON (a model that outputs NaN or Infinity answers null there, as JSON.stringify would). */
export function num(v: number): string {
  return Number.isFinite(v) ? String(v) : "null";
}

/** `[[p, p, p], ...]` for classification, `[v, ...]` for regression: TF Serving's predictions. */
export function predictionsJson(loaded: LoadedModel, out: Float32Array, n: number): string {
  const w = loaded.width;
  if (!loaded.labels && w === 1) {
    let s = "[";
    for (let i = 0; i < n; i++) s += (i ? "," : "") + num(out[i]!);
    return `${s}]`;
  }
  let s = "[";
  for (let i = 0; i < n; i++) {
    s += i ? ",[" : "[";
    const o = i * w;
    for (let k = 0; k < w; k++) s += (k ? "," : "") + num(out[o + k]!);
    s += "]";
  }
  return `${s}]`;
}

/**
 * Logs each answered instance under the request's prediction id (`ID` for one instance, `ID/0`, `ID/1`, ...
 * for several); returns once the records are committed, so the answer never names an unlogged prediction.
 */
export function logPredictions(
  store: PredictionStore | undefined,
  model: string,
  answer: Answer,
  id: string,
): void | Promise<void> {
  if (!store) return;
  const { loaded, label, out, n } = answer;
  const time = Date.now();
  const w = loaded.width;
  const classes = loaded.labels;
  const records: PredictionRecord[] = [];
  for (let i = 0; i < n; i++) {
    const rec: PredictionRecord = {
      id: n === 1 ? id : `${id}/${i}`,
      model,
      version: loaded.version,
      label,
      time,
    };
    if (classes) {
      const p = Array.from(out.subarray(i * w, i * w + w));
      rec.class = classes[argmax(out, i * w, w)]!;
      rec.probabilities = p;
    } else rec.value = out[i]!;
    records.push(rec);
  }
  return store.appendGrouped ? store.appendGrouped(records) : store.append(records);
}
