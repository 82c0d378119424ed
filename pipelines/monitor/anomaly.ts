// Anomaly detection on monitoring time series (latency p99, error rate, prediction mix): an EWMA forecast of
// each series and a robust z-score of the new value's residual (median and MAD of recent residuals, so one
// spike does not hide the next). Nothing is flagged during the warm-up. Each detector's state is a gauge
// (modelops_anomaly, modelops_anomaly_score); a series turning anomalous is an event (counted in
// modelops_anomalies_total and passed to onEvent).
import { Counter, Gauge, type Registry as PromRegistry } from "prom-client";

export interface AnomalyOptions {
  /** EWMA smoothing of the forecast (0..1]. Default 0.3. */
  alpha?: number;
  /** |robust z| above which a value is anomalous. Default 5. */
  threshold?: number;
  /** Values seen before anything is judged. Default 10. */
  warmup?: number;
  /** Residuals kept for the median/MAD. Default 60. */
  history?: number;
  /** Smallest scale of a residual (a flat series would otherwise flag any change). Default 1e-3. */
  minScale?: number;
}

export interface AnomalyVerdict {
  value: number;
  forecast: number;
  score: number;
  anomalous: boolean;
  warm: boolean;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** One series' detector. */
export class AnomalyDetector {
  readonly alpha: number;
  readonly threshold: number;
  readonly warmup: number;
  readonly history: number;
  readonly minScale: number;
  #ewma: number | undefined;
  #residuals: number[] = [];
  #seen = 0;

  constructor(opts: AnomalyOptions = {}) {
    this.alpha = opts.alpha ?? 0.3;
    this.threshold = opts.threshold ?? 5;
    this.warmup = opts.warmup ?? 10;
    this.history = opts.history ?? 60;
    this.minScale = opts.minScale ?? 1e-3;
  }

  update(value: number): AnomalyVerdict {
    const forecast = this.#ewma ?? value;
    const residual = value - forecast;
    const warm = this.#seen >= this.warmup;
    let score = 0;
    if (this.#residuals.length > 0) {
      const med = median(this.#residuals);
      const mad = median(this.#residuals.map((r) => Math.abs(r - med)));
      const scale = Math.max(1.4826 * mad, this.minScale, 0.01 * Math.abs(forecast));
      score = (residual - med) / scale;
    }
    const anomalous = warm && Math.abs(score) > this.threshold;
    this.#seen++;
    // An anomalous value does not move the baseline: a lasting shift stays flagged until it is the norm
    // of the residual history (then the forecast follows it).
    if (!anomalous) {
      this.#ewma = this.#ewma === undefined ? value : this.alpha * value + (1 - this.alpha) * this.#ewma;
    }
    this.#residuals.push(residual);
    if (this.#residuals.length > this.history) this.#residuals.shift();
    return { value, forecast, score, anomalous, warm };
  }
}

export type Signal = "latency_p99" | "error_rate" | "prediction_mix";

export interface AnomalyEvent {
  at: string;
  model: string;
  version: string;
  label: string;
  signal: Signal;
  value: number;
  forecast: number;
  score: number;
}

/** Detectors per model/version/label/signal, with their gauges and events. */
export class AnomalyMonitor {
  readonly #detectors = new Map<
    string,
    { labels: Record<string, string>; d: AnomalyDetector; last?: AnomalyVerdict }
  >();
  readonly events: AnomalyEvent[] = [];
  #counter: Counter<string> | undefined;

  constructor(
    readonly opts: AnomalyOptions & { onEvent?: (e: AnomalyEvent) => void; maxEvents?: number } = {},
  ) {}

  /** Feeds one value of a series; returns the verdict (and records an event when it turns anomalous). */
  update(model: string, version: string, label: string, signal: Signal, value: number): AnomalyVerdict {
    const key = `${model}\u0000${version}\u0000${label}\u0000${signal}`;
    let entry = this.#detectors.get(key);
    if (!entry) {
      entry = { labels: { model, version, label, signal }, d: new AnomalyDetector(this.opts) };
      this.#detectors.set(key, entry);
    }
    const was = entry.last?.anomalous ?? false;
    const v = entry.d.update(value);
    entry.last = v;
    if (v.anomalous && !was) {
      const e: AnomalyEvent = {
        at: new Date().toISOString(),
        model,
        version,
        label,
        signal,
        value,
        forecast: v.forecast,
        score: v.score,
      };
      this.events.push(e);
      if (this.events.length > (this.opts.maxEvents ?? 100)) this.events.shift();
      this.#counter?.inc({ model, version, label, signal });
      this.opts.onEvent?.(e);
    }
    return v;
  }

  register(registry: PromRegistry): void {
    const all = () => [...this.#detectors.values()].filter((e) => e.last);
    const labelNames = ["model", "version", "label", "signal"];
    new Gauge({
      name: "modelops_anomaly",
      help: "1 while the signal (latency_p99, error_rate, prediction_mix) is anomalous against its EWMA forecast.",
      labelNames,
      registers: [registry],
      collect() {
        this.reset();
        for (const e of all()) this.set(e.labels, e.last!.anomalous ? 1 : 0);
      },
    });
    new Gauge({
      name: "modelops_anomaly_score",
      help: "Robust z-score of the signal's last value against its EWMA forecast (0 during warm-up).",
      labelNames,
      registers: [registry],
      collect() {
        this.reset();
        for (const e of all()) this.set(e.labels, e.last!.warm ? e.last!.score : 0);
      },
    });
    this.#counter = new Counter({
      name: "modelops_anomalies_total",
      help: "Times a signal turned anomalous (events).",
      labelNames,
      registers: [registry],
    });
  }
}
