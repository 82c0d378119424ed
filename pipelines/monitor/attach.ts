// Monitoring attached to a model server (`modelops serve` with a config): every model with a
// `monitor.drift` section gets a live input window compared on a schedule with the training profile of the
// version production serves (followed when production moves); the drift gauges join the server's /metrics.
// With the URL of a Prometheus that scrapes the server, anomaly detection watches each version's p99
// latency, error rate and prediction mix (gauges and a log line per anomaly).

import { readFile } from "node:fs/promises";
import path from "node:path";
import { getModel, type LoadedConfig, loadConfig } from "../config/index.ts";
// drift.ts, not the data index: the index loads the Parquet and CSV readers, which serving never needs.
import { driftOptions } from "../data/drift.ts";
import type { DataProfile } from "../data/types.ts";
import { ModelopsError } from "../errors.ts";
import type { ModelStore } from "../registry/model-store.ts";
import { openModelStore } from "../registry/open-store.ts";
import { AnomalyMonitor } from "./anomaly.ts";
import { ProductionDrift } from "./drift.ts";
import { PrometheusClient } from "./prometheus.ts";
import { watchSignals } from "./signals.ts";

export interface ServerMonitoring {
  observeInputs: (model: string, rows: unknown[]) => void;
  registerMetrics: (registry: import("prom-client").Registry) => void;
  drift: ProductionDrift;
  /** Anomaly detection, when a Prometheus URL was given. */
  anomalies: AnomalyMonitor | undefined;
  /** Re-reads which version production serves, re-targets the windows, compares them now. */
  check(): Promise<void>;
  stop(): void;
}

export interface ServerMonitoringOptions {
  /** The store the server follows (or its URI). */
  registry: string | ModelStore;
  /** modelops.yaml, or the config already read from it (modelops serve reads it once). */
  config: string | LoadedConfig;
  /** How often windows are compared (and production re-read), in ms. Default 60 s. */
  checkMs?: number;
  window?: number;
  /** A Prometheus that scrapes this server: anomaly detection on its signals. */
  prometheus?: string;
  /** How often the signals are read from Prometheus (ms, default 15 s) and their rate window (default 1m). */
  signalsEveryMs?: number;
  signalWindow?: string;
  log?: (line: string) => void;
}

export async function serverMonitoring(opts: ServerMonitoringOptions): Promise<ServerMonitoring> {
  const log = opts.log ?? (() => {});
  const loaded = typeof opts.config === "string" ? await loadConfig(opts.config) : opts.config;
  const store =
    typeof opts.registry === "string"
      ? await openModelStore(opts.registry, { create: false })
      : opts.registry;
  const drift = new ProductionDrift({ window: opts.window ?? 1000 });
  const retarget = driftRetargeter(loaded, store, drift, log);
  await retarget();
  const check = async () => {
    await retarget();
    drift.check();
  };
  const stopChecks = everyUnlessBusy(check, opts.checkMs ?? 60_000);
  const { anomalies, stopSignals } = anomalyDetection(opts, log);
  return {
    observeInputs: (model, rows) => drift.observe(model, rows),
    registerMetrics: (r) => {
      drift.register(r);
      anomalies?.register(r);
    },
    drift,
    anomalies,
    check,
    stop: () => {
      stopChecks();
      stopSignals();
    },
  };
}

/**
 * A step that points each drift-monitored model's window at the training profile of the version production
 * serves, once per production digest (a profile that cannot be read is logged and not retried).
 */
function driftRetargeter(
  loaded: LoadedConfig,
  store: ModelStore,
  drift: ProductionDrift,
  log: (line: string) => void,
): () => Promise<void> {
  const watched = new Map<string, string>(); // model -> digest whose profile is the reference
  const models = Object.keys(loaded.config.models).filter((m) => getModel(loaded, m).config.monitor?.drift);
  return async () => {
    for (const model of models) {
      const v = await store.resolveAlias(model, "production").catch(() => undefined);
      if (!v || watched.get(model) === v.digest) continue;
      try {
        drift.watch(
          model,
          await trainingProfile(store, model, v.version),
          driftOptions(getModel(loaded, model).config.monitor?.drift),
        );
        watched.set(model, v.digest);
        log(`${model}: watching input drift against the training profile of v${v.version}`);
      } catch (err) {
        watched.set(model, v.digest);
        log(`error: ${model}: no drift monitoring: ${(err as Error).message}`);
      }
    }
  };
}

/** Runs `step` every `ms` (the timer does not hold the process), skipping a tick while the last is running. */
function everyUnlessBusy(step: () => Promise<void>, ms: number): () => void {
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    step().finally(() => {
      busy = false;
    });
  }, ms);
  timer.unref();
  return () => clearInterval(timer);
}

/** With a Prometheus URL: anomaly detection on its signals, each anomaly a log line. */
function anomalyDetection(
  opts: ServerMonitoringOptions,
  log: (line: string) => void,
): { anomalies: AnomalyMonitor | undefined; stopSignals: () => void } {
  if (!opts.prometheus) return { anomalies: undefined, stopSignals: () => {} };
  const anomalies = new AnomalyMonitor({
    onEvent: (e) =>
      log(
        `anomaly: ${e.model} v${e.version} (${e.label}) ${e.signal} ${+e.value.toPrecision(3)} against a forecast of ${+e.forecast.toPrecision(3)} (robust z ${e.score.toFixed(1)})`,
      ),
  });
  const stopSignals = watchSignals(
    new PrometheusClient(opts.prometheus),
    anomalies,
    opts.signalsEveryMs ?? 15_000,
    opts.signalWindow ?? "1m",
  );
  log(`anomaly detection: latency p99, error rate and prediction mix read from ${opts.prometheus}`);
  return { anomalies, stopSignals };
}

/** The training profile of a version: profile.json in its artifact (fetched and verified by the store). */
async function trainingProfile(store: ModelStore, model: string, version: number): Promise<DataProfile> {
  const file = path.join(await store.materialize(model, version), "profile.json");
  try {
    return JSON.parse(await readFile(file, "utf8")) as DataProfile;
  } catch (err) {
    throw new ModelopsError(
      `${model} v${version}: cannot read its training profile ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); retrain with modelops run`,
      2,
    );
  }
}
