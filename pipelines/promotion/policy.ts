// The one place that says which policy a change is judged by. The policy always comes from the default
// branch as it was before the change (for a release: the merge's first parent), never from the change:
// - the model is defined there: its gates, reviewers and minApprovals, as written (minApprovals 0 there is
//   a reviewed decision);
// - the default branch has no config, or none for this model (a new model): DEFAULT_POLICY, no gates and
//   at least one authorised approval;
// - the config there cannot be read: an error that blocks, never a fallback to the change's own policy.
import type { ModelConfig } from "../config/schema.ts";
import type { PromotionPolicy } from "./rule.ts";

export interface JudgedBy {
  gates: ModelConfig["gates"];
  policy: PromotionPolicy;
}

/** The default branch's config, as the caller found it. */
export type BaseConfig =
  | { state: "missing"; where: string }
  | { state: "invalid"; where: string; error: string }
  | { state: "ok"; where: string; models: Record<string, Pick<ModelConfig, "gates" | "promotion">> };

export const DEFAULT_POLICY: Omit<PromotionPolicy, "source"> & { gates: ModelConfig["gates"] } = {
  gates: {},
  reviewers: { teams: [], users: [] },
  minApprovals: 1,
};

const defaults = (source: string, error?: string): JudgedBy => ({
  gates: DEFAULT_POLICY.gates,
  policy: {
    reviewers: DEFAULT_POLICY.reviewers,
    minApprovals: DEFAULT_POLICY.minApprovals,
    source,
    ...(error && { error }),
  },
});

export function policyFromBase(base: BaseConfig, model: string): JudgedBy {
  if (base.state === "invalid") {
    return defaults(
      base.where,
      `${base.where} cannot be read (${base.error}); fix it on the default branch first`,
    );
  }
  const m = base.state === "ok" && Object.hasOwn(base.models, model) ? base.models[model] : undefined;
  if (!m) {
    const why =
      base.state === "missing" ? `no ${base.where}` : `${base.where} does not define \`${model}\` yet`;
    return defaults(`the defaults (${why}: no gates, one authorised approval)`);
  }
  return {
    gates: m.gates,
    policy: { reviewers: m.promotion.reviewers, minApprovals: m.promotion.minApprovals, source: base.where },
  };
}
