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

/**
 * Opens a pull request that reverts the release merge `mergeSha` on `base`. The revert's tree is the merge's
 * first parent's tree with the merge's changes undone file by file (the files the merge changed get their
 * first-parent content back; later commits to other files stay). The PR body is `body` (the analysis).
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
  const merge = await call<{ parents: Array<{ sha: string }>; commit: { message: string } }>(
    "GET",
    `/commits/${opts.mergeSha}`,
  );
  const parent = merge.parents[0]?.sha;
  if (!parent) throw new ModelopsError(`${opts.mergeSha} has no parent to revert to`, 2);
  const compare = await call<{
    files?: Array<{ filename: string; status: string; previous_filename?: string }>;
  }>("GET", `/compare/${parent}...${opts.mergeSha}`);
  const head = await call<{ object: { sha: string } }>("GET", `/git/ref/heads/${opts.base}`);
  const headCommit = await call<{ tree: { sha: string } }>("GET", `/git/commits/${head.object.sha}`);
  const tree: Array<Record<string, unknown>> = [];
  for (const f of compare.files ?? []) {
    if (f.status === "added") {
      tree.push({ path: f.filename, mode: "100644", type: "blob", sha: null });
      continue;
    }
    const from = f.previous_filename ?? f.filename;
    if (f.previous_filename) tree.push({ path: f.filename, mode: "100644", type: "blob", sha: null });
    const content = await call<{ sha: string; mode?: string }>(
      "GET",
      `/contents/${encodeURIComponent(from).replace(/%2F/g, "/")}?ref=${parent}`,
    );
    tree.push({ path: from, mode: "100644", type: "blob", sha: content.sha });
  }
  const newTree = await call<{ sha: string }>("POST", "/git/trees", {
    base_tree: headCommit.tree.sha,
    tree,
  });
  const subject = merge.commit.message.split("\n")[0];
  const commit = await call<{ sha: string }>("POST", "/git/commits", {
    message: `Revert "${subject}"\n\nThis reverts commit ${opts.mergeSha}.\n`,
    tree: newTree.sha,
    parents: [head.object.sha],
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
