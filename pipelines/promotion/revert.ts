// The reviewed-revert rule, once: a revert merged as a pull request counts as reviewed when its head was
// approved like a release under the default branch's policy, with at least one real approval (even where
// that policy asks for none), and no gates (a revert restores inputs that were measured before). The bot's
// rollback and the release Action gather the facts; both decide here.
import { decidePromotion, type PromotionFacts, type PromotionPolicy } from "./rule.ts";

/** The policy a revert's reviews are gathered and judged under: at least one approval. */
export function revertPolicy(policy: PromotionPolicy): PromotionPolicy {
  return { ...policy, minApprovals: Math.max(1, policy.minApprovals) };
}

export type RevertFacts = Omit<PromotionFacts, "comparison" | "override" | "approvalHint">;

/** Whether the revert's head (`measured`) was reviewed and approved; an unreadable policy never passes. */
export function revertReviewed(facts: RevertFacts): boolean {
  if (facts.policy.error) return false;
  return decidePromotion({ ...facts, policy: revertPolicy(facts.policy), comparison: { gates: [] } })
    .approved;
}
