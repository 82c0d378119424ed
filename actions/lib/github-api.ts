// The GitHub REST calls the steps make (the fork rule's two, the default branch's modelops.yaml), through @actions/github's Octokit. `fetch` can be injected
// (tests point the client at a local server through GITHUB_API_URL or pass their own fetch).
import * as github from "@actions/github";
import { rawContentOrNull } from "../../pipelines/gitops/github-contents.ts";

export interface PullState {
  headSha: string;
  labels: string[];
  state: string;
}

export interface GitHubApi {
  /** GET /repos/{owner}/{repo}/pulls/{pull_number}: the head sha and labels as they are now. */
  pull(number: number): Promise<PullState>;
  /** GET /repos/{owner}/{repo}/collaborators/{username}/permission: admin, write, read or none. */
  permission(login: string): Promise<string>;
  /** GET /repos/{owner}/{repo}/contents/{path}?ref=REF (raw): the file's text, null when it is not there. */
  fileAt(path: string, ref: string): Promise<string | null>;
}

/** Where a step's Octokit goes: GitHub's API (or GITHUB_API_URL's), or `baseUrl`, through `fetch`. */
export interface ClientOptions {
  baseUrl?: string;
  fetch?: typeof fetch;
}

/** @actions/github's Octokit for `token` and the owner and name of `repository` ("owner/name"). */
export function repoClient(token: string, repository: string, opts: ClientOptions = {}) {
  const [owner = "", repo = ""] = repository.split("/");
  const octokit = github.getOctokit(token, {
    ...(opts.baseUrl && { baseUrl: opts.baseUrl }),
    ...(opts.fetch && { request: { fetch: opts.fetch } }),
  });
  return { octokit, owner, repo };
}

export function githubApi(token: string, repository: string, opts: ClientOptions = {}): GitHubApi {
  const { octokit, owner, repo } = repoClient(token, repository, opts);
  return {
    async pull(number) {
      const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: number });
      return {
        headSha: data.head.sha,
        labels: data.labels.map((l) => l.name ?? "").filter((n) => n !== ""),
        state: data.state,
      };
    },
    async permission(login) {
      const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({
        owner,
        repo,
        username: login,
      });
      return data.permission;
    },
    fileAt(path, ref) {
      return rawContentOrNull(() =>
        octokit.rest.repos.getContent({ owner, repo, path, ref, mediaType: { format: "raw" } }),
      );
    },
  };
}
