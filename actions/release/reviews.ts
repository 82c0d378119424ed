// GitHub mode of the release Action: the reviews of the merged pull request, read through the REST API with
// the job's token (@actions/github's Octokit), as facts for the one promotion rule (pipelines/promotion).
// Authorised reviewers are the policy's users, members of its teams (the token needs read:org / members
// read for that), or, with neither, users with maintain or admin permission, as the bot counts them.
import type { ChangeReviews, ReviewSource } from "../../pipelines/gitops/release.ts";
import {
  type PromotionPolicy,
  type ReviewFact,
  reviewersToAuthorise,
  reviewFactsOf,
  whoMayPromote,
} from "../../pipelines/promotion/index.ts";
import { type ClientOptions, repoClient } from "../lib/github-api.ts";

type Octokit = ReturnType<typeof repoClient>["octokit"];

const short = (sha: string) => sha.slice(0, 7);
const statusOf = (error: unknown) => (error as { status?: number }).status;

export function githubReviews(token: string, repository: string, opts: ClientOptions = {}): ReviewSource {
  const { octokit, owner, repo } = repoClient(token, repository, opts);
  const ref = { owner, repo };
  return {
    async reviewsOf({ merge, candidate, policy }) {
      try {
        return await gather(octokit, ref, merge, candidate, policy);
      } catch (error) {
        const message = ((error as Error).message ?? String(error)).split("\n")[0];
        return {
          refused: `cannot read the pull request's reviews through the GitHub API (${message}); the job needs permissions: pull-requests: read`,
        };
      }
    },
  };
}

async function gather(
  octokit: Octokit,
  ref: { owner: string; repo: string },
  merge: string,
  candidate: string,
  policy: PromotionPolicy,
): Promise<ChangeReviews | { refused: string }> {
  const { data: pulls } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
    ...ref,
    commit_sha: merge,
  });
  const pr = pulls.find((p) => p.merged_at && p.merge_commit_sha === merge);
  if (!pr) {
    return {
      refused: `${short(merge)} merges no pull request: only a reviewed pull request's merge is released`,
    };
  }
  if (pr.head.sha !== candidate) {
    return {
      refused: `pull request #${pr.number}'s head ${short(pr.head.sha)} is not the merge's second parent ${short(candidate)}: merge with a merge commit (not squash or rebase) so the approved head is what is released`,
    };
  }
  const reviews: ReviewFact[] = reviewFactsOf(
    await octokit.paginate(octokit.rest.pulls.listReviews, { ...ref, pull_number: pr.number, per_page: 100 }),
  );
  const commits = await octokit.paginate(octokit.rest.pulls.listCommits, {
    ...ref,
    pull_number: pr.number,
    per_page: 100,
  });
  const commitAuthors = new Set<string>();
  for (const c of commits) {
    for (const who of [c.author, c.committer]) {
      if (who && "login" in who && who.login && who.login !== "web-flow") commitAuthors.add(who.login);
    }
  }
  const authorised = new Map<string, boolean>();
  for (const login of reviewersToAuthorise(reviews)) {
    authorised.set(login, await isAuthorised(octokit, ref, policy.reviewers, login));
  }
  return {
    pull: pr.number,
    author: pr.user?.login ?? "",
    reviews,
    commitAuthors: [...commitAuthors],
    authorised,
    who: whoMayPromote(policy.reviewers),
  };
}

async function isAuthorised(
  octokit: Octokit,
  ref: { owner: string; repo: string },
  reviewers: PromotionPolicy["reviewers"],
  login: string,
): Promise<boolean> {
  if (reviewers.users.some((u) => u.toLowerCase() === login.toLowerCase())) return true;
  for (const team of reviewers.teams) {
    const [org, slug] = team.includes("/") ? (team.split("/", 2) as [string, string]) : [ref.owner, team];
    try {
      const { data } = await octokit.rest.teams.getMembershipForUserInOrg({
        org,
        team_slug: slug,
        username: login,
      });
      if (data.state === "active") return true;
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  }
  if (reviewers.users.length || reviewers.teams.length) return false;
  try {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...ref, username: login });
    return ["admin", "maintain"].includes(data.role_name || data.permission);
  } catch (error) {
    if (statusOf(error) === 404) return false;
    throw error;
  }
}
