// Canary analysis as Argo Rollouts does it: at each step the canary gets its share of traffic, the step's
// interval passes, then the canary's (and the stable's) error rate, latency and drift are measured from
// Prometheus and compared with deploy.canary.analysis. A failed measurement counts against the failure
// limit; past it the rollout aborts: the canary gets no traffic at once, the registry's history records why
// (the `canary` alias removed with the analysis as reason) and git is made to agree (a revert commit of the
// release merge here; in GitHub mode the bot opens a revert PR with `revertPullRequest`). A canary that
// passes every step becomes production.
import { ModelopsError } from "../errors.ts";
import type { ModelStore } from "../registry/model-store.ts";
import type { Measurement, MetricsSource } from "./prometheus.ts";
import { ANALYSIS_METRICS, type Condition } from "./slo.ts";

export const CANARY_LABEL = "canary";
export const STABLE_LABEL = "production";

/** Moves traffic between the stable and the canary label (the model server, a gateway). */
export interface TrafficRouter {
  /** Percent of the model's traffic on the canary; 0 = all on stable. undefined: back to the config's share. */
  setCanaryWeight(model: string, percent: number | undefined): Promise<void>;
}

export interface ConditionResult extends Condition {
  value: number | undefined;
  ok: boolean;
}

export interface StepResult {
  step: number;
  percent: number;
  at: string;
  canary: Measurement;
  stable: Measurement;
  conditions: ConditionResult[];
  /** successful | failed | inconclusive (no canary traffic in the window: counts as a failure). */
  phase: "successful" | "failed" | "inconclusive";
  failures: number;
}

export interface CanaryResult {
  model: string;
  stable: number;
  canary: number;
  outcome: "promoted" | "aborted";
  reason: string;
  steps: StepResult[];
  /** Local mode: the revert commit made on abort. */
  revertCommit?: string;
}

export interface CanaryOptions {
  model: string;
  /** Any store (fs, github): the rollout reads and moves aliases through the one interface. */
  registry: Pick<ModelStore, "resolveAlias" | "setAlias" | "deleteAlias">;
  source: MetricsSource;
  router: TrafficRouter;
  steps: number[];
  intervalMs: number;
  conditions: Condition[];
  /** Failed measurements tolerated; one more aborts (Argo's failureLimit). Default 0. */
  failureLimit?: number;
  /** Who acts, in the registry history. Default modelops-monitor. */
  actor?: string;
  /** On abort: make this revert in git (local mode). */
  revert?: (reason: string, result: CanaryResult) => Promise<string | undefined>;
  onStep?: (step: StepResult) => void;
  sleep?: (ms: number) => Promise<void>;
}

export function judge(m: Measurement, conditions: Condition[]): ConditionResult[] {
  return conditions.map((c) => {
    const value = m[c.metric];
    const ok =
      value !== undefined &&
      (c.max === undefined || value <= c.max) &&
      (c.min === undefined || value >= c.min);
    return { ...c, value, ok };
  });
}

const fmt = (metric: keyof typeof ANALYSIS_METRICS, v: number | undefined) =>
  v === undefined
    ? "no data"
    : ANALYSIS_METRICS[metric].unit === "ms"
      ? `${+v.toPrecision(3)} ms`
      : `${+(v * 100).toPrecision(3)}%`;

export function describeFailure(s: StepResult): string {
  if (s.phase === "inconclusive") return `no canary traffic in the window of step ${s.step} (${s.percent}%)`;
  return s.conditions
    .filter((c) => !c.ok)
    .map((c) => {
      const bound = c.max !== undefined ? `max ${fmt(c.metric, c.max)}` : `min ${fmt(c.metric, c.min)}`;
      const stable = s.stable[c.metric];
      return `${c.metric} ${fmt(c.metric, c.value)} (${bound}; stable ${fmt(c.metric, stable)})`;
    })
    .join(", ");
}

/** Runs the rollout of the model's `canary` alias against its `production` alias to the end. */
export async function runCanary(opts: CanaryOptions): Promise<CanaryResult> {
  const { model, registry, router } = opts;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const failureLimit = opts.failureLimit ?? 0;
  const actor = opts.actor ?? "modelops-monitor";
  const stable = (await registry.resolveAlias(model, STABLE_LABEL))?.version;
  const canary = (await registry.resolveAlias(model, CANARY_LABEL))?.version;
  if (stable === undefined || canary === undefined) {
    throw new ModelopsError(
      `${model}: a canary rollout needs both a production and a canary version in the registry (have production ${stable ?? "none"}, canary ${canary ?? "none"}); release one as the canary (deploy.strategy: canary) or set it with modelops registry alias ${model} canary VERSION`,
      2,
    );
  }
  const result: CanaryResult = { model, stable, canary, outcome: "promoted", reason: "", steps: [] };
  let failures = 0;
  for (let i = 0; i < opts.steps.length; i++) {
    const percent = opts.steps[i]!;
    await router.setCanaryWeight(model, percent);
    await opts.source.begin?.();
    await sleep(opts.intervalMs);
    const [c, s] = await Promise.all([
      opts.source.measure(model, CANARY_LABEL, opts.intervalMs, canary),
      opts.source.measure(model, STABLE_LABEL, opts.intervalMs, stable),
    ]);
    const conditions = judge(c, opts.conditions);
    const phase = c.requests === 0 ? "inconclusive" : conditions.every((x) => x.ok) ? "successful" : "failed";
    if (phase !== "successful") failures++;
    const step: StepResult = {
      step: i + 1,
      percent,
      at: new Date().toISOString(),
      canary: c,
      stable: s,
      conditions,
      phase,
      failures,
    };
    result.steps.push(step);
    opts.onStep?.(step);
    if (failures > failureLimit) {
      // Abort: traffic back to stable first, then record and revert.
      await router.setCanaryWeight(model, 0);
      result.outcome = "aborted";
      result.reason = `canary analysis of ${model} v${canary} failed at step ${step.step}/${opts.steps.length} (${percent}%): ${describeFailure(step)}; ${failures} failed measurement${failures > 1 ? "s" : ""} > failure limit ${failureLimit}`;
      await registry.deleteAlias(model, CANARY_LABEL, { reason: result.reason, actor });
      await router.setCanaryWeight(model, undefined);
      const revert = await opts.revert?.(result.reason, result);
      if (revert) result.revertCommit = revert;
      return result;
    }
  }
  result.reason = `canary analysis of ${model} v${canary} passed ${opts.steps.length} step${opts.steps.length > 1 ? "s" : ""} (${opts.steps.join(", ")}%)`;
  await registry.setAlias(model, STABLE_LABEL, canary, { reason: result.reason, actor });
  await registry.deleteAlias(model, CANARY_LABEL, {
    reason: `promoted to production: ${result.reason}`,
    actor,
  });
  await router.setCanaryWeight(model, undefined);
  return result;
}

/** The analysis as markdown: the body of a revert PR, the demo's report. */
export function renderAnalysis(r: CanaryResult): string {
  const lines = [
    `### Canary analysis: ${r.model} v${r.canary} against v${r.stable} — ${r.outcome}`,
    "",
    r.reason,
    "",
    "| step | traffic | phase | canary requests | canary error rate | canary p99 | stable error rate | stable p99 |",
    "| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const s of r.steps) {
    lines.push(
      `| ${s.step} | ${s.percent}% | ${s.phase} | ${s.canary.requests} | ${fmt("errorRate", s.canary.errorRate)} | ${fmt("latencyP99Ms", s.canary.latencyP99Ms)} | ${fmt("errorRate", s.stable.errorRate)} | ${fmt("latencyP99Ms", s.stable.latencyP99Ms)} |`,
    );
  }
  return `${lines.join("\n")}\n`;
}
