// The promotion rule's public face: pure functions over policy, reviews and gate results. Callers (bot/,
// actions/release, pipelines/gitops) gather the facts and decide with decidePromotion.

export { type BaseConfig, DEFAULT_POLICY, type JudgedBy, policyFromBase } from "./policy.ts";
export { type RevertFacts, revertPolicy, revertReviewed } from "./revert.ts";
export {
  type Authorisation,
  type Conclusion,
  countApprovals,
  decidePromotion,
  type GitHubReview,
  type IgnoredApproval,
  type IgnoredBecause,
  isAuthorised,
  latestReviews,
  type Override,
  type PromotionDecision,
  type PromotionFacts,
  type PromotionPolicy,
  type Reviewers,
  type ReviewFact,
  type ReviewState,
  reviewersToAuthorise,
  reviewFactsOf,
  whoMayPromote,
} from "./rule.ts";
