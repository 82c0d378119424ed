// The approvals rule on GitHub reviews (the GitHub twin of pipelines/gitops/approvals.ts):
// - each reviewer's latest review that is not a plain comment is their word (GitHub's own rule);
// - an approval counts only from an authorised reviewer: a user listed in promotion.reviewers.users, a member
//   of a team in promotion.reviewers.teams, or, when neither is configured, a user with maintain or admin
//   permission on the repository;
// - never from the pull request's author, and only when it approved the exact commit whose metrics were
//   reported (review.commit_id); a new push leaves earlier approvals on an older commit;
// - a dismissed review counts for nothing, and "changes requested" by an authorised reviewer blocks.
import type { ModelConfig } from "../pipelines/config/schema.ts";
import { inTeam, type Octokit, type RepoRef, roleOf, short } from "./github.ts";

export interface ApprovalResult {
  required: number;
  /** Authorised reviewers who approved the measured commit. */
  approvers: string[];
  /** Approvals that do not count, each with the reason. */
  ignored: Array<{ login: string; why: string }>;
  /** Authorised reviewers whose latest review requests changes. */
  blockedBy: string[];
  passed: boolean;
  /** Who may approve, in words ("members of ml-leads, users lead"). */
  who: string;
}

type Review = { user: { login: string } | null; state: string; commit_id: string | null; id: number };

/** Who counts as an authorised reviewer under `promotion`, asked of GitHub once per login. */
export function authoriser(
  octokit: Octokit,
  repo: RepoRef,
  promotion: ModelConfig["promotion"],
): { isAuthorised(login: string): Promise<boolean>; who: string } {
  const users = promotion.reviewers.users.map((u) => u.toLowerCase());
  const teams = promotion.reviewers.teams;
  const cache = new Map<string, Promise<boolean>>();
  const who =
    users.length || teams.length
      ? [
          teams.length ? `members of ${teams.join(", ")}` : "",
          users.length ? `users ${promotion.reviewers.users.join(", ")}` : "",
        ]
          .filter(Boolean)
          .join(" or ")
      : "maintainers and admins of the repository";
  const check = async (login: string): Promise<boolean> => {
    if (users.includes(login.toLowerCase())) return true;
    for (const team of teams) if (await inTeam(octokit, repo, team, login)) return true;
    if (!users.length && !teams.length)
      return ["admin", "maintain"].includes(await roleOf(octokit, repo, login));
    return false;
  };
  return {
    who,
    isAuthorised(login) {
      const key = login.toLowerCase();
      let p = cache.get(key);
      if (!p) {
        p = check(login);
        cache.set(key, p);
      }
      return p;
    },
  };
}

export async function evaluateApprovals(
  octokit: Octokit,
  repo: RepoRef,
  opts: { pull: number; sha: string; author: string; promotion: ModelConfig["promotion"] },
): Promise<ApprovalResult> {
  const reviews = (await octokit.paginate(octokit.rest.pulls.listReviews, {
    ...repo,
    pull_number: opts.pull,
    per_page: 100,
  })) as Review[];
  const latest = new Map<string, Review>();
  for (const r of reviews.sort((a, b) => a.id - b.id)) {
    if (!r.user || r.state === "COMMENTED" || r.state === "PENDING") continue;
    latest.set(r.user.login.toLowerCase(), r);
  }
  const auth = authoriser(octokit, repo, opts.promotion);
  const approvers: string[] = [];
  const ignored: ApprovalResult["ignored"] = [];
  const blockedBy: string[] = [];
  for (const r of latest.values()) {
    const login = (r.user as { login: string }).login;
    const isAuthor = login.toLowerCase() === opts.author.toLowerCase();
    if (r.state === "APPROVED") {
      if (isAuthor) ignored.push({ login, why: "author of the pull request" });
      else if (!(await auth.isAuthorised(login))) {
        ignored.push({ login, why: `not an authorised reviewer (${auth.who} may promote)` });
      } else if (r.commit_id !== opts.sha) {
        ignored.push({
          login,
          why: `approved ${short(r.commit_id ?? "?")}, not the measured ${short(opts.sha)}`,
        });
      } else approvers.push(login);
    } else if (r.state === "CHANGES_REQUESTED") {
      if (!isAuthor && (await auth.isAuthorised(login))) blockedBy.push(login);
    } else if (r.state === "DISMISSED") {
      ignored.push({ login, why: "review dismissed" });
    }
  }
  const required = opts.promotion.minApprovals;
  return {
    required,
    approvers,
    ignored,
    blockedBy,
    passed: blockedBy.length === 0 && approvers.length >= required,
    who: auth.who,
  };
}
