// The A/B test read from the prediction log: outcomes joined to the predictions of production and of the
// candidate since the test started, counted per arm and handed to the sequential decision (ab.ts).
import type { PredictionStore } from "../serve/prediction-log.ts";
import { type AbSettings, type AbVerdict, abVerdict } from "./ab.ts";

export interface AbArms {
  model: string;
  production: number;
  candidate: number;
  /** Predictions made before this time (ms) are not part of the test. */
  since: number;
}

/** One look at the test; pass the previous look's pValue so the always-valid p-value never rises. */
export async function readAbTest(
  store: PredictionStore,
  arms: AbArms,
  settings: AbSettings = {},
  previousP = 1,
): Promise<AbVerdict> {
  const production = { n: 0, correct: 0 };
  const candidate = { n: 0, correct: 0 };
  for (const { prediction, outcome } of await store.joined(arms.model, arms.since)) {
    const arm =
      prediction.version === arms.candidate
        ? candidate
        : prediction.version === arms.production
          ? production
          : undefined;
    if (!arm) continue;
    arm.n++;
    if (prediction.class !== undefined && prediction.class === outcome.label) arm.correct++;
  }
  return abVerdict(production, candidate, settings, previousP);
}

/** The verdict as one line: what the alias history, the deployment status and the PR carry. */
export function describeVerdict(arms: AbArms, v: AbVerdict): string {
  const pct = (x: number) => `${(100 * x).toFixed(2)}`;
  const who =
    v.winner === "candidate"
      ? `v${arms.candidate} (candidate) won`
      : v.winner === "production"
        ? `v${arms.production} (production) won`
        : "no difference";
  return `A/B test: ${who}; accuracy difference ${pct(v.effect)} points [${pct(v.interval[0])}, ${pct(v.interval[1])}], p=${v.pValue.toPrecision(3)}, samples ${v.samples.production} production + ${v.samples.candidate} candidate`;
}

/**
 * Acts on a decided test through the registry: a candidate win promotes it (production -> candidate) when
 * `promote` is set; a production win or no difference removes the candidate like an aborted canary. The
 * verdict is the reason of each alias move, so it is in the alias history. Returns the reason.
 */
export async function concludeAbTest(
  registry: import("../registry/model-store.ts").ModelStore,
  arms: AbArms,
  v: AbVerdict,
  opts: { promote: boolean; actor?: string },
): Promise<string> {
  const reason = describeVerdict(arms, v);
  const meta = { reason, ...(opts.actor !== undefined && { actor: opts.actor }) };
  if (v.winner === "candidate" && opts.promote) {
    await registry.setAlias(arms.model, "production", arms.candidate, { ...meta, kind: "promote" });
  }
  if (v.winner !== undefined) {
    await registry.setTraffic(arms.model, undefined, meta);
    await registry.deleteAlias(arms.model, "canary", {
      ...meta,
      kind: v.winner === "candidate" ? "promote" : "abort",
    });
  }
  return reason;
}
