// The GitHub I/O of the approvals rule: the pull request's reviews and the authors of its commits, and who
// is authorised (a user in promotion.reviewers.users, a member of a team in promotion.reviewers.teams, or,
// when neither is configured, a user with maintain or admin permission on the repository). The rule itself
// (latest review per reviewer, author, authored commits, outsider, older commit, dismissed, changes
// requested) is pipelines/promotion's countApprovals.
import {
  type IgnoredApproval,
  type PromotionDecision,
  type PromotionFacts,
  type PromotionPolicy,
  type ReviewFact,
  reviewersToAuthorise,
  reviewFactsOf,
  whoMayPromote,
} from "../pipelines/promotion/index.ts";
import { inTeam, type Octokit, type RepoRef, roleOf } from "./github.ts";

export interface ApprovalResult {
  required: number;
  /** Authorised reviewers who approved the measured commit. */
  approvers: string[];
  /** Approvals that do not count, each with the reason. */
  ignored: IgnoredApproval[];
  /** Authorised reviewers whose latest review requests changes. */
  blockedBy: string[];
  passed: boolean;
  /** Who may approve, in words ("members of ml-leads, users lead"). */
  who: string;
}

/** GitHub's own account for commits made in the web interface: never a person who authored the change. */
const WEB_FLOW = "web-flow";

/** Whether `login` is an authorised reviewer under `reviewers`, asked of GitHub. */
export async function isAuthorisedOnGitHub(
  octokit: Octokit,
  repo: RepoRef,
  reviewers: PromotionPolicy["reviewers"],
  login: string,
): Promise<boolean> {
  if (reviewers.users.some((u) => u.toLowerCase() === login.toLowerCase())) return true;
  for (const team of reviewers.teams) if (await inTeam(octokit, repo, team, login)) return true;
  if (!reviewers.users.length && !reviewers.teams.length)
    return ["admin", "maintain"].includes(await roleOf(octokit, repo, login));
  return false;
}

/** The pull request's reviews as the rule reads them. */
export async function reviewFacts(octokit: Octokit, repo: RepoRef, pull: number): Promise<ReviewFact[]> {
  const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, {
    ...repo,
    pull_number: pull,
    per_page: 100,
  });
  return reviewFactsOf(reviews);
}

/**
 * The GitHub accounts that authored or committed the pull request's commits (pulls "list commits", which
 * GitHub caps at 250 commits). Git identities without a GitHub account cannot be matched to a reviewer.
 */
export async function commitAuthors(octokit: Octokit, repo: RepoRef, pull: number): Promise<string[]> {
  const commits = await octokit.paginate(octokit.rest.pulls.listCommits, {
    ...repo,
    pull_number: pull,
    per_page: 100,
  });
  const logins = new Set<string>();
  for (const c of commits) {
    for (const who of [c.author, c.committer]) {
      if (who && "login" in who && who.login && who.login !== WEB_FLOW) logins.add(who.login);
    }
  }
  return [...logins];
}

/** Everything the rule needs to know about a pull request's reviews, gathered from GitHub. */
export async function gatherReviews(
  octokit: Octokit,
  repo: RepoRef,
  opts: { pull: number; policy: PromotionPolicy },
): Promise<Pick<PromotionFacts, "reviews" | "commitAuthors" | "authorised" | "who">> {
  const reviews = await reviewFacts(octokit, repo, opts.pull);
  const authors = await commitAuthors(octokit, repo, opts.pull);
  const authorised = new Map<string, boolean>();
  for (const login of reviewersToAuthorise(reviews)) {
    authorised.set(login, await isAuthorisedOnGitHub(octokit, repo, opts.policy.reviewers, login));
  }
  return { reviews, commitAuthors: authors, authorised, who: whoMayPromote(opts.policy.reviewers) };
}

/** The approvals part of a decision, as the bot's renderers read it. */
export function approvalResult(d: PromotionDecision): ApprovalResult {
  return {
    required: d.required,
    approvers: d.approvers,
    ignored: d.ignored,
    blockedBy: d.blockedBy,
    passed: d.approved,
    who: d.who,
  };
}
