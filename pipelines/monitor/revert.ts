// Keeping git the source of truth after an aborted canary: the release merge is reverted. Local mode makes
// the revert commit; GitHub mode opens a revert pull request through the REST API (the bot calls it with its
// installation's request function), with the analysis as its body.

import { ModelopsError } from "../errors.ts";
import { commitInfo, git } from "../gitops/git.ts";

/** Reverts `commit` (a merge: against its first parent) on the checked-out branch; returns the new sha. */
export async function revertCommit(repoDir: string, commit: string, reason: string): Promise<string> {
  const info = await commitInfo(repoDir, commit);
  const args = ["revert", "--no-edit", "--no-commit"];
  if (info.parents.length > 1) args.push("-m", "1");
  await git(repoDir, [...args, info.sha]);
  // The message keeps git's own line, so `modelops release` recognises the revert as a rollback.
  const message = `Revert "${info.subject}"\n\nThis reverts commit ${info.sha}.\n\n${reason}\n`;
  await git(repoDir, ["commit", "-m", message]);
  return git(repoDir, ["rev-parse", "HEAD"]);
}

/** A GitHub REST call: method, path (/repos/...), JSON body; resolves to the parsed response. */
export type GitHubRequest = (method: string, path: string, body?: unknown) => Promise<unknown>;

export interface RevertPullRequest {
  number: number;
  url: string;
  branch: string;
}

interface GitCommit {
  sha: string;
  message: string;
  tree: { sha: string };
  parents: Array<{ sha: string }>;
}

interface TreeEntry {
  path: string;
  mode: string;
  type: string;
  sha: string;
}

/**
 * Opens a pull request that reverts the release merge `mergeSha` on `base`, through the git data API: the
 * files the merge changed (against its first parent) get their first-parent content back on top of `base`'s
 * head; later commits to other files stay. Like `git revert`, it refuses (a ModelopsError naming the files)
 * when a file the merge changed was changed again since. The PR body is `body` (the analysis).
 */
export async function revertPullRequest(opts: {
  request: GitHubRequest;
  owner: string;
  repo: string;
  base: string;
  mergeSha: string;
  title?: string;
  body: string;
}): Promise<RevertPullRequest> {
  const r = `/repos/${opts.owner}/${opts.repo}`;
  const call = async <T>(method: string, path: string, body?: unknown) =>
    (await opts.request(method, `${r}${path}`, body)) as T;
  const blobs = async (treeSha: string) => {
    const tree = await call<{ tree: TreeEntry[]; truncated: boolean }>(
      "GET",
      `/git/trees/${treeSha}?recursive=1`,
    );
    if (tree.truncated) {
      throw new ModelopsError(
        `the tree ${treeSha} is too large for the API; revert ${opts.mergeSha} by hand`,
        2,
      );
    }
    return new Map(tree.tree.filter((e) => e.type === "blob").map((e) => [e.path, e]));
  };
  const merge = await call<GitCommit>("GET", `/git/commits/${opts.mergeSha}`);
  const parentSha = merge.parents[0]?.sha;
  if (!parentSha) throw new ModelopsError(`${opts.mergeSha} has no parent to revert to`, 2);
  const parent = await call<GitCommit>("GET", `/git/commits/${parentSha}`);
  const ref = await call<{ object: { sha: string } }>("GET", `/git/ref/heads/${opts.base}`);
  const head = await call<GitCommit>("GET", `/git/commits/${ref.object.sha}`);
  const [before, after, now] = await Promise.all([
    blobs(parent.tree.sha),
    blobs(merge.tree.sha),
    blobs(head.tree.sha),
  ]);
  const changes: Array<Record<string, unknown>> = [];
  const conflicts: string[] = [];
  for (const path of new Set([...before.keys(), ...after.keys()])) {
    const was = before.get(path);
    const became = after.get(path);
    if (was?.sha === became?.sha && was?.mode === became?.mode) continue;
    if (now.get(path)?.sha !== became?.sha) {
      conflicts.push(path);
      continue;
    }
    changes.push(
      was
        ? { path, mode: was.mode, type: "blob", sha: was.sha }
        : { path, mode: became!.mode, type: "blob", sha: null },
    );
  }
  const short = opts.mergeSha.slice(0, 7);
  if (conflicts.length > 0) {
    throw new ModelopsError(
      `cannot revert ${short} cleanly: ${conflicts.join(", ")} changed again after it; revert it by hand`,
      2,
    );
  }
  if (changes.length === 0) {
    throw new ModelopsError(`${short} changes nothing on ${opts.base} any more (already reverted?)`, 2);
  }
  const tree = await call<{ sha: string }>("POST", "/git/trees", { base_tree: head.tree.sha, tree: changes });
  const subject = merge.message.split("\n")[0];
  const commit = await call<{ sha: string }>("POST", "/git/commits", {
    // git's own line, so the rollback on merge recognises the revert (see revertCommit).
    message: `Revert "${subject}"\n\nThis reverts commit ${opts.mergeSha}.\n`,
    tree: tree.sha,
    parents: [head.sha],
  });
  const branch = `modelops/revert-${opts.mergeSha.slice(0, 12)}`;
  await call("POST", "/git/refs", { ref: `refs/heads/${branch}`, sha: commit.sha });
  const pr = await call<{ number: number; html_url: string }>("POST", "/pulls", {
    title: opts.title ?? `Revert "${subject}" (canary analysis failed)`,
    head: branch,
    base: opts.base,
    body: opts.body,
  });
  return { number: pr.number, url: pr.html_url, branch };
}

/** The repository_dispatch event type a failed canary analysis sends the bot (GitHub mode). */
export const CANARY_ABORTED_EVENT = "modelops-canary-aborted";

/** What the monitor tells the bot about an aborted canary (the dispatch's client_payload). */
export interface CanaryAbortedPayload {
  model: string;
  /** The canary version that was aborted (its release `<model>/v<version>` is the merge to revert). */
  version: number;
  /** The stable version traffic went back to. */
  stable: number;
  reason: string;
  /** The analysis as markdown (renderAnalysis): the revert PR's body. */
  analysis: string;
}

/**
 * Tells the modelops bot that a canary was aborted, as a repository_dispatch event (POST
 * /repos/{owner}/{repo}/dispatches with a token that may write contents, such as a workflow's GITHUB_TOKEN).
 * The bot then opens the revert pull request of the canary's release merge.
 */
export async function dispatchCanaryAborted(opts: {
  apiUrl: string;
  token: string;
  repository: string;
  payload: CanaryAbortedPayload;
  fetch?: typeof fetch;
}): Promise<void> {
  if (!/^[\w.-]+\/[\w.-]+$/.test(opts.repository)) {
    throw new ModelopsError(`--github ${opts.repository}: expected owner/repo`, 2);
  }
  // client_payload must stay under 64 KB: the analysis table is small, but a long reason is cut.
  const payload = { ...opts.payload, analysis: opts.payload.analysis.slice(0, 60_000) };
  const url = `${opts.apiUrl.replace(/\/+$/, "")}/repos/${opts.repository}/dispatches`;
  let res: Response;
  try {
    res = await (opts.fetch ?? fetch)(url, {
      method: "POST",
      headers: {
        accept: "application/vnd.github+json",
        authorization: `Bearer ${opts.token}`,
        "content-type": "application/json",
        "user-agent": "modelops",
        "x-github-api-version": "2022-11-28",
      },
      body: JSON.stringify({ event_type: CANARY_ABORTED_EVENT, client_payload: payload }),
    });
  } catch (err) {
    throw new ModelopsError(`cannot reach ${url}: ${(err as Error).message}`, 2);
  }
  if (res.status !== 204) {
    const text = await res.text().catch(() => "");
    let message = text;
    try {
      message = (JSON.parse(text) as { message?: string }).message ?? text;
    } catch {}
    throw new ModelopsError(
      `GitHub refused the canary dispatch to ${opts.repository} (${res.status} ${message.slice(0, 200)}); the token needs contents: write`,
      2,
    );
  }
}
