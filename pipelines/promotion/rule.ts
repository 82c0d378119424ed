// The promotion rule, once, as pure functions over data (no I/O): the bot, the release Action and
// `modelops release` gather the facts (reviews, commit authors, who is authorised, the gates' result) and
// all decide with `decidePromotion`. GitHub's own review semantics are the anchor:
// - each reviewer's latest review that is not a plain comment (or pending) is their word; earlier ones are
//   superseded;
// - a dismissed review counts for nothing;
// - an approval counts only from an authorised reviewer who is neither the pull request's author nor the
//   author of any of its commits, and only when it approved the exact measured commit;
// - "changes requested" by an authorised reviewer blocks;
// - an admin's override (checked by the caller) passes despite gates and approvals.
import type { Comparison } from "../evaluate/diff.ts";

export type ReviewState = "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED" | "PENDING";

export interface ReviewFact {
  login: string;
  state: ReviewState | string;
  /** The commit the review was made on (GitHub's review.commit_id). */
  commit: string | null;
  /** ISO time; reviews are ordered by it, then by `order`. */
  submittedAt?: string | null;
  /** A tie-breaker that grows with time (GitHub's review id). */
  order?: number;
  /** Set when the review was dismissed (GitHub reports state DISMISSED too). */
  dismissed?: boolean;
}

/** A pull request review as GitHub's REST API lists it (the fields the rule reads). */
export interface GitHubReview {
  id: number;
  user: { login: string } | null;
  state: string;
  commit_id?: string | null;
  submitted_at?: string | null;
}

/** GitHub's reviews as the rule reads them; reviews by deleted users (no `user`) are left out. */
export function reviewFactsOf(reviews: GitHubReview[]): ReviewFact[] {
  return reviews.flatMap((r) =>
    r.user
      ? [
          {
            login: r.user.login,
            state: r.state,
            commit: r.commit_id ?? null,
            submittedAt: r.submitted_at ?? null,
            order: r.id,
            dismissed: r.state === "DISMISSED",
          },
        ]
      : [],
  );
}

export interface Reviewers {
  teams: string[];
  users: string[];
}

export interface PromotionPolicy {
  reviewers: Reviewers;
  /** From the default branch only; a change's own value never counts. */
  minApprovals: number;
  /** Where the policy came from, in words ("modelops.yaml on main"). */
  source: string;
  /** The policy cannot be read (an invalid config on the default branch): nothing passes without override. */
  error?: string;
}

export interface Override {
  by: string;
  reason: string;
  at: string;
}

/** Who is authorised, resolved by the caller: a set of logins, or a map login -> authorised. */
export type Authorisation = ReadonlySet<string> | ReadonlyMap<string, boolean>;

export interface PromotionFacts {
  policy: PromotionPolicy;
  /** The gates of the default branch's policy against production. */
  comparison: Pick<Comparison, "gates">;
  reviews: ReviewFact[];
  /** The commit whose metrics were reported: approvals must name it. */
  measured: string;
  /** The pull request's (or change's) author. */
  author: string;
  /** Authors (and committers) of the commits in the pull request. */
  commitAuthors: string[];
  authorised: Authorisation;
  /** Who may promote, in words, for the reasons ("members of ml-leads"). */
  who: string;
  override?: Override;
  /** Appended to the missing-approvals reason, e.g. how to record an approval. */
  approvalHint?: string;
}

export type IgnoredBecause =
  | "dismissed"
  | "superseded"
  | "author"
  | "commit-author"
  | "not-authorised"
  | "older-commit";

export interface IgnoredApproval {
  login: string;
  because: IgnoredBecause;
  /** The reason in words ("author of the pull request"). */
  why: string;
}

export type Conclusion = "success" | "failure" | "action_required";

export interface PromotionDecision {
  required: number;
  /** Authorised reviewers who approved the measured commit. */
  approvers: string[];
  /** Approvals that do not count, each with the reason. */
  ignored: IgnoredApproval[];
  /** Authorised reviewers whose latest review requests changes. */
  blockedBy: string[];
  /** The approvals part holds (enough approvers, nobody blocking). */
  approved: boolean;
  /** The whole rule holds (or an override passed it). */
  passed: boolean;
  conclusion: Conclusion;
  /** One line for a check run's title. */
  title: string;
  /** One line per gate or approval that does not hold (kept under an override, for the record). */
  reasons: string[];
  who: string;
}

const short = (sha: string) => sha.slice(0, 7);
const lower = (s: string) => s.toLowerCase();

/** Who may promote under `reviewers`, in words; `fallback` names who counts when none are configured. */
export function whoMayPromote(
  reviewers: Reviewers,
  fallback = "maintainers and admins of the repository",
): string {
  const { teams, users } = reviewers;
  if (!teams.length && !users.length) return fallback;
  return [
    teams.length ? `members of ${teams.join(", ")}` : "",
    users.length ? `users ${users.join(", ")}` : "",
  ]
    .filter(Boolean)
    .join(" or ");
}

export function isAuthorised(authorised: Authorisation, login: string): boolean {
  const key = lower(login);
  if (authorised instanceof Map) {
    for (const [k, v] of authorised) if (lower(k) === key) return v;
    return false;
  }
  for (const k of authorised as ReadonlySet<string>) if (lower(k) === key) return true;
  return false;
}

const counts = (r: ReviewFact) => r.state !== "COMMENTED" && r.state !== "PENDING";

function chronological(reviews: ReviewFact[]): ReviewFact[] {
  return reviews
    .map((r, i) => ({ r, i }))
    .sort(
      (a, b) =>
        (a.r.submittedAt ?? "").localeCompare(b.r.submittedAt ?? "") ||
        (a.r.order ?? a.i) - (b.r.order ?? b.i),
    )
    .map((x) => x.r);
}

/** Each reviewer's word: their latest review that is not a comment. Earlier ones are superseded. */
export function latestReviews(reviews: ReviewFact[]): {
  latest: ReviewFact[];
  superseded: ReviewFact[];
} {
  const byLogin = new Map<string, ReviewFact>();
  const superseded: ReviewFact[] = [];
  for (const r of chronological(reviews.filter(counts))) {
    const earlier = byLogin.get(lower(r.login));
    if (earlier) superseded.push(earlier);
    byLogin.set(lower(r.login), r);
  }
  return { latest: [...byLogin.values()], superseded };
}

/** The logins whose authorisation the rule needs: the caller resolves these (one lookup each). */
export function reviewersToAuthorise(reviews: ReviewFact[]): string[] {
  return latestReviews(reviews).latest.map((r) => r.login);
}

/** The approvals part of the rule. */
export function countApprovals(
  facts: Omit<PromotionFacts, "comparison" | "override" | "approvalHint">,
): Pick<PromotionDecision, "required" | "approvers" | "ignored" | "blockedBy" | "approved" | "who"> {
  const { latest, superseded } = latestReviews(facts.reviews);
  const author = lower(facts.author);
  const committers = new Set(facts.commitAuthors.map(lower));
  const approvers: string[] = [];
  const ignored: IgnoredApproval[] = [];
  const blockedBy: string[] = [];
  // An approval the reviewer later withdrew (changes requested, dismissed) is named once; an approval
  // followed by another approval is just an earlier word of an approver and not listed.
  const withdrawn = new Map<string, ReviewFact>();
  for (const r of superseded) if (r.state === "APPROVED") withdrawn.set(lower(r.login), r);
  for (const r of latest) {
    const earlier = withdrawn.get(lower(r.login));
    if (earlier && r.state !== "APPROVED")
      ignored.push({ login: earlier.login, because: "superseded", why: "superseded by a later review" });
  }
  for (const r of latest) {
    const login = r.login;
    const authorised = isAuthorised(facts.authorised, login);
    if (r.dismissed || r.state === "DISMISSED") {
      ignored.push({ login, because: "dismissed", why: "review dismissed" });
    } else if (r.state === "CHANGES_REQUESTED") {
      if (lower(login) !== author && authorised) blockedBy.push(login);
    } else if (r.state === "APPROVED") {
      if (lower(login) === author) {
        ignored.push({ login, because: "author", why: "author of the pull request" });
      } else if (committers.has(lower(login))) {
        ignored.push({
          login,
          because: "commit-author",
          why: "authored commits in the pull request (nobody approves their own commits)",
        });
      } else if (!authorised) {
        ignored.push({
          login,
          because: "not-authorised",
          why: `not an authorised reviewer (${facts.who} may promote)`,
        });
      } else if (r.commit !== facts.measured) {
        ignored.push({
          login,
          because: "older-commit",
          why: `approved ${short(r.commit ?? "?")}, not the measured ${short(facts.measured)}`,
        });
      } else approvers.push(login);
    }
  }
  const required = facts.policy.minApprovals;
  return {
    required,
    approvers,
    ignored,
    blockedBy,
    approved: blockedBy.length === 0 && approvers.length >= required,
    who: facts.who,
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The whole rule: gates of the default branch's policy AND the approvals rule, or an override. */
export function decidePromotion(facts: PromotionFacts): PromotionDecision {
  const approvals = countApprovals(facts);
  const gates = facts.comparison.gates;
  const failed = gates.filter((g) => !g.passed);
  const reasons: string[] = facts.policy.error ? [facts.policy.error] : [];
  for (const g of failed) reasons.push(...g.reasons);
  for (const login of approvals.blockedBy) reasons.push(`@${login} requested changes`);
  if (approvals.approvers.length < approvals.required) {
    reasons.push(
      `${approvals.approvers.length}/${approvals.required} authorised approvals of ${short(facts.measured)}${facts.approvalHint ? ` (${facts.approvalHint})` : ""}`,
    );
  }
  const n = gates.length;
  const gatesLine =
    n === 0 ? "no gates" : failed.length ? `${failed.length} of ${n} gates failed` : `${n}/${n} gates pass`;
  let conclusion: Conclusion;
  let title: string;
  if (facts.override) {
    conclusion = "success";
    title = `Overridden by @${facts.override.by}: ${facts.override.reason}`.slice(0, 250);
  } else if (facts.policy.error) {
    conclusion = "failure";
    title = "the promotion policy cannot be read";
  } else if (failed.length > 0) {
    conclusion = "failure";
    title = `${gatesLine} against production`;
  } else if (!approvals.approved) {
    conclusion = "action_required";
    const missing = approvals.required - approvals.approvers.length;
    title = approvals.blockedBy.length
      ? `${gatesLine}; changes requested by ${approvals.blockedBy.map((l) => `@${l}`).join(", ")}`
      : `${gatesLine}; waiting for ${plural(missing, "authorised approval")} of ${short(facts.measured)}`;
  } else {
    conclusion = "success";
    title = approvals.approvers.length
      ? `${gatesLine}; approved by ${approvals.approvers.map((l) => `@${l}`).join(", ")}`
      : `${gatesLine}; no approval required`;
  }
  return {
    ...approvals,
    passed: conclusion === "success",
    conclusion,
    title,
    reasons,
  };
}
