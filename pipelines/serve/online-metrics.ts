// /metrics families of online performance, computed from the prediction log when Prometheus scrapes.
import { Gauge, type Registry } from "prom-client";
import { onlinePerformance } from "../monitor/performance.ts";
import type { PredictionStore } from "./prediction-log.ts";

const LABELS = ["model", "version", "window"] as const;

/** modelops_online_{accuracy,f1_macro,mae,rmse} and modelops_online_labelled (samples) per version and window. */
export function registerOnlineMetrics(
  registry: Registry,
  store: PredictionStore,
  models: () => string[],
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
  const refresh = async () => {
    samples.reset();
    for (const g of Object.values(families)) g.reset();
    const now = Date.now();
    for (const model of models()) {
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
