// /metrics families of online performance, computed from the prediction log when Prometheus scrapes.
import { Gauge, type Registry } from "prom-client";
import { type Calibration, estimateAccuracy } from "../evaluate/cbpe.ts";
import { onlinePerformance, WINDOWS } from "./online-performance.ts";
import type { PredictionRecord, PredictionStore } from "./prediction-log.ts";

const LABELS = ["model", "version", "window"] as const;

/** A served version's calibration (CBPE), if it has one. */
export type CalibrationOf = (model: string, version: number) => Calibration | undefined;

/**
 * modelops_online_{accuracy,f1_macro,mae,rmse} and modelops_online_labelled (samples) per version and window;
 * with `calibrationOf`, modelops_estimated_accuracy{,_lower,_upper} and modelops_estimated_samples (CBPE).
 */
export function registerOnlineMetrics(
  registry: Registry,
  store: PredictionStore,
  models: () => string[],
  calibrationOf: CalibrationOf = () => undefined,
): void {
  // Every family's collect awaits one shared refresh, so a scrape reads the log once.
  let pending: Promise<void> | undefined;
  const collect = () => {
    pending ??= refresh().finally(() => {
      pending = undefined;
    });
    return pending;
  };
  const gauge = (name: string, help: string) =>
    new Gauge({ name, help, labelNames: LABELS, registers: [registry], collect });
  const samples = gauge(
    "modelops_online_labelled",
    "Predictions with an outcome (feedback), per version and window",
  );
  const families = {
    accuracy: gauge("modelops_online_accuracy", "Accuracy of predictions against their outcomes"),
    f1_macro: gauge("modelops_online_f1_macro", "Macro F1 of predictions against their outcomes"),
    mae: gauge("modelops_online_mae", "Mean absolute error of predictions against their outcomes"),
    rmse: gauge("modelops_online_rmse", "Root mean squared error of predictions against their outcomes"),
  };
  const estimated = {
    estimate: gauge(
      "modelops_estimated_accuracy",
      "Accuracy estimated before labels (CBPE) from the version's calibrated confidences, per window",
    ),
    lower: gauge("modelops_estimated_accuracy_lower", "Lower bound of the 95% interval of the estimate"),
    upper: gauge("modelops_estimated_accuracy_upper", "Upper bound of the 95% interval of the estimate"),
    samples: gauge("modelops_estimated_samples", "Predictions the accuracy estimate is made from"),
  };
  const refresh = async () => {
    samples.reset();
    for (const g of [...Object.values(families), ...Object.values(estimated)]) g.reset();
    const now = Date.now();
    for (const model of models()) {
      for (const e of estimates(model, await store.predictions(model, 0), now, calibrationOf)) {
        const labels = { model, version: String(e.version), window: e.window };
        estimated.estimate.set(labels, e.estimate);
        estimated.lower.set(labels, e.interval[0]);
        estimated.upper.set(labels, e.interval[1]);
        estimated.samples.set(labels, e.n);
      }
      for (const r of onlinePerformance(await store.joined(model, 0), now)) {
        const labels = { model, version: String(r.version), window: r.window };
        samples.set(labels, r.samples);
        for (const [name, g] of Object.entries(families)) {
          const v = r[name as keyof typeof families];
          if (v !== undefined && Number.isFinite(v)) g.set(labels, v);
        }
      }
    }
  };
}

/** CBPE per version with a calibration and per window: every prediction in it, labelled or not. */
function estimates(
  model: string,
  predictions: PredictionRecord[],
  now: number,
  calibrationOf: CalibrationOf,
) {
  const byVersion = new Map<number, PredictionRecord[]>();
  for (const p of predictions) {
    if (!p.probabilities?.length) continue;
    const list = byVersion.get(p.version) ?? [];
    list.push(p);
    byVersion.set(p.version, list);
  }
  const out = [];
  for (const [version, list] of byVersion) {
    const calibration = calibrationOf(model, version);
    if (!calibration) continue;
    for (const w of WINDOWS) {
      const confidences = list.filter((p) => now - p.time <= w.ms).map((p) => Math.max(...p.probabilities!));
      if (confidences.length === 0) continue;
      out.push({ version, window: w.name, ...estimateAccuracy(calibration, confidences) });
    }
  }
  return out;
}
