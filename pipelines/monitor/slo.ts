// The objectives monitoring watches, per model, from modelops.yaml: the canary analysis bounds
// (deploy.canary.analysis) are also the model's SLOs, with defaults where the config names none.
import type { ModelConfig, ModelopsConfig } from "../config/schema.ts";
import { ModelopsError } from "../errors.ts";

/** The analysis metrics modelops knows, with their unit and direction. */
export const ANALYSIS_METRICS = {
  /** Share of prediction requests answered with a non-2xx status. */
  errorRate: { bound: "max", unit: "ratio" },
  /** 99th percentile of request latency, in milliseconds. */
  latencyP99Ms: { bound: "max", unit: "ms" },
  /** 50th percentile of request latency, in milliseconds. */
  latencyP50Ms: { bound: "max", unit: "ms" },
  /** Share of input features whose live window drifted from the training profile. */
  driftShare: { bound: "max", unit: "ratio" },
  /**
   * Accuracy of the version's live predictions estimated before their labels arrive (CBPE, from the
   * calibration evaluate saved); classifiers only.
   */
  estimatedAccuracy: { bound: "min", unit: "ratio" },
} as const;
export type AnalysisMetric = keyof typeof ANALYSIS_METRICS;

export interface Condition {
  metric: AnalysisMetric;
  min?: number;
  max?: number;
}

export interface ModelSlo {
  model: string;
  /** Error rate above this fires ModelopsHighErrorRate. */
  errorRate: number;
  /** p99 latency above this (seconds) fires ModelopsHighLatency. */
  latencyP99Seconds: number;
  /** Drifted feature share at which ModelopsInputDrift fires. */
  driftShare: number;
  /** Canary analysis conditions, checked at each step. */
  conditions: Condition[];
  /** Canary steps (percent) and the time between them (ms); undefined when the strategy is not canary. */
  canary?: { steps: number[]; intervalMs: number; failureLimit: number };
}

export const DEFAULT_ERROR_RATE = 0.01;
export const DEFAULT_LATENCY_P99_MS = 250;

export function parseDuration(text: string): number {
  const m = /^(\d+)(ms|s|m)$/.exec(text);
  if (!m) throw new ModelopsError(`bad duration "${text}": expected a number and ms, s or m, such as 60s`, 2);
  const n = Number(m[1]);
  return m[2] === "ms" ? n : m[2] === "s" ? n * 1000 : n * 60_000;
}

/** The conditions of `deploy.canary.analysis`, checked: unknown metrics and bounds are one-line errors. */
export function analysisConditions(model: string, deploy: ModelConfig["deploy"]): Condition[] {
  const out: Condition[] = [];
  for (const [metric, bounds] of Object.entries(deploy.canary?.analysis ?? {})) {
    if (!(metric in ANALYSIS_METRICS)) {
      throw new ModelopsError(
        `models.${model}.deploy.canary.analysis.${metric}: unknown metric; use ${Object.keys(ANALYSIS_METRICS).join(", ")}`,
        2,
      );
    }
    const c: Condition = { metric: metric as AnalysisMetric };
    for (const [k, v] of Object.entries(bounds)) {
      if (k !== "min" && k !== "max") {
        throw new ModelopsError(
          `models.${model}.deploy.canary.analysis.${metric}.${k}: unknown bound; use min or max`,
          2,
        );
      }
      c[k] = v;
    }
    out.push(c);
  }
  return out;
}

export function modelSlo(model: string, cfg: ModelConfig): ModelSlo {
  const conditions = analysisConditions(model, cfg.deploy);
  if (cfg.task !== "classification" && conditions.some((c) => c.metric === "estimatedAccuracy")) {
    throw new ModelopsError(
      `models.${model}.deploy.canary.analysis.estimatedAccuracy: only a classifier has an estimated accuracy (this model's task is ${cfg.task}); remove the condition`,
      2,
    );
  }
  const bound = (m: AnalysisMetric) => conditions.find((c) => c.metric === m)?.max;
  const canary = cfg.deploy.canary;
  return {
    model,
    errorRate: bound("errorRate") ?? DEFAULT_ERROR_RATE,
    latencyP99Seconds: (bound("latencyP99Ms") ?? DEFAULT_LATENCY_P99_MS) / 1000,
    driftShare: bound("driftShare") ?? cfg.monitor?.drift?.share ?? 0.5,
    conditions,
    ...(canary && {
      canary: {
        steps: canary.steps,
        intervalMs: parseDuration(canary.interval),
        failureLimit: canary.failureLimit,
      },
    }),
  };
}

export function allSlos(config: ModelopsConfig): ModelSlo[] {
  return Object.entries(config.models).map(([name, m]) => modelSlo(name, m));
}
