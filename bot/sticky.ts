// One sticky comment per model on a pull request: found by a hidden marker among the app's own comments,
// edited in place (never duplicated), and left alone when its text would not change.
import type { IssueComment, Octokit, RepoRef } from "./github.ts";
import { MAX_BODY } from "./render.ts";

export const markerOf = (model: string) => `<!-- modelops:report ${model} -->`;
const VERDICT_START = "<!-- modelops:verdict:start -->";
const VERDICT_END = "<!-- modelops:verdict:end -->";

export function wrapVerdict(text: string): string {
  return `${VERDICT_START}\n${text}\n${VERDICT_END}`;
}

/** The app's comments on the pull request (by app id, so nobody can forge a marker into ours). */
export async function ownComments(
  octokit: Octokit,
  repo: RepoRef,
  pull: number,
  appId: number,
): Promise<IssueComment[]> {
  const all = await octokit.paginate(octokit.rest.issues.listComments, {
    ...repo,
    issue_number: pull,
    per_page: 100,
  });
  return all.filter((c) => c.performed_via_github_app?.id === appId);
}

export async function findSticky(
  octokit: Octokit,
  repo: RepoRef,
  pull: number,
  appId: number,
  model: string,
): Promise<IssueComment | undefined> {
  const marker = markerOf(model);
  return (await ownComments(octokit, repo, pull, appId)).find((c) => c.body?.startsWith(marker));
}

/** Creates or edits the model's sticky comment; returns what happened. */
export async function upsertSticky(
  octokit: Octokit,
  repo: RepoRef,
  pull: number,
  appId: number,
  model: string,
  body: string,
): Promise<"created" | "updated" | "unchanged"> {
  const full = `${markerOf(model)}\n${body}`;
  if (full.length > MAX_BODY + 500)
    throw new Error(`sticky comment for ${model} is ${full.length} characters`);
  const existing = await findSticky(octokit, repo, pull, appId, model);
  if (!existing) {
    await octokit.rest.issues.createComment({ ...repo, issue_number: pull, body: full });
    return "created";
  }
  if (existing.body === full) return "unchanged";
  await octokit.rest.issues.updateComment({ ...repo, comment_id: existing.id, body: full });
  return "updated";
}

/** Replaces the verdict part of the model's sticky comment (when there is one); other sections stay. */
export async function updateStickyVerdict(
  octokit: Octokit,
  repo: RepoRef,
  pull: number,
  appId: number,
  model: string,
  verdict: string,
): Promise<"updated" | "unchanged" | "absent"> {
  const existing = await findSticky(octokit, repo, pull, appId, model);
  const body = existing?.body;
  if (!existing || !body) return "absent";
  const start = body.indexOf(VERDICT_START);
  const end = body.indexOf(VERDICT_END);
  if (start < 0 || end < start) return "absent";
  const next = `${body.slice(0, start)}${wrapVerdict(verdict)}${body.slice(end + VERDICT_END.length)}`;
  if (next === body) return "unchanged";
  await octokit.rest.issues.updateComment({ ...repo, comment_id: existing.id, body: next });
  return "updated";
}

/** Adds or replaces a named block at the end of the sticky comment (e.g. the release outcome). */
export async function setStickyBlock(
  octokit: Octokit,
  repo: RepoRef,
  pull: number,
  appId: number,
  model: string,
  name: string,
  text: string,
): Promise<"updated" | "unchanged" | "absent"> {
  const existing = await findSticky(octokit, repo, pull, appId, model);
  const body = existing?.body;
  if (!existing || !body) return "absent";
  const open = `<!-- modelops:${name}:start -->`;
  const close = `<!-- modelops:${name}:end -->`;
  const block = `${open}\n${text}\n${close}`;
  const start = body.indexOf(open);
  const end = body.indexOf(close);
  const next =
    start >= 0 && end > start
      ? `${body.slice(0, start)}${block}${body.slice(end + close.length)}`
      : `${body}\n\n${block}`;
  if (next === body) return "unchanged";
  await octokit.rest.issues.updateComment({ ...repo, comment_id: existing.id, body: next.slice(0, 65_536) });
  return "updated";
}
