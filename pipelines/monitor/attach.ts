// Monitoring attached to a model server (`modelops serve` with a config): every model with a
// `monitor.drift` section gets a live input window compared on a schedule with the training profile of the
// version production serves (followed when production moves); the drift gauges join the server's /metrics.
import { getModel, loadConfig } from "../config/index.ts";
import { driftOptions } from "../data/index.ts";
import { Registry } from "../registry/index.ts";
import { ProductionDrift, servedProfile } from "./drift.ts";

export interface ServerMonitoring {
  observeInputs: (model: string, rows: unknown[]) => void;
  registerMetrics: (registry: import("prom-client").Registry) => void;
  drift: ProductionDrift;
  /** Re-reads which version production serves, re-targets the windows, compares them now. */
  check(): Promise<void>;
  stop(): void;
}

export async function serverMonitoring(opts: {
  registry: string;
  config: string;
  /** How often windows are compared (and production re-read), in ms. Default 60 s. */
  checkMs?: number;
  window?: number;
  log?: (line: string) => void;
}): Promise<ServerMonitoring> {
  const log = opts.log ?? (() => {});
  const loaded = await loadConfig(opts.config);
  const registry = await Registry.open(opts.registry, { create: false });
  const drift = new ProductionDrift({ window: opts.window ?? 1000 });
  const watched = new Map<string, string>(); // model -> digest whose profile is the reference
  const models = Object.keys(loaded.config.models).filter((m) => getModel(loaded, m).config.monitor?.drift);
  const retarget = async () => {
    for (const model of models) {
      const v = await registry.resolveAlias(model, "production");
      if (!v || watched.get(model) === v.digest) continue;
      try {
        drift.watch(
          model,
          await servedProfile(registry, model),
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
  await retarget();
  const check = async () => {
    await retarget();
    drift.check();
  };
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    check().finally(() => {
      busy = false;
    });
  }, opts.checkMs ?? 60_000);
  timer.unref();
  return {
    observeInputs: (model, rows) => drift.observe(model, rows),
    registerMetrics: (r) => drift.register(r),
    drift,
    check,
    stop: () => clearInterval(timer),
  };
}
