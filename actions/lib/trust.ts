// Fork safety. A pull request from a fork (or any run started by pull_request_target, which carries the base
// repository's token) may not preprocess or train on this runner until a maintainer has reviewed the exact
// commit and added the safe label. The label allows the run that adding it starts, for the commit it was
// added on: GitHub's `labeled` event names that commit (payload.pull_request.head.sha), and a push after the
// label moves the head away from it. Anything that cannot be checked is refused (fail closed).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { git } from "../../pipelines/gitops/git.ts";
import type { EventContext } from "./context.ts";
import type { GitHubApi } from "./github-api.ts";

export interface TrustVerdict {
  allowed: boolean;
  /** One line: why the run may go on, or what to do so that it can. */
  reason: string;
  /** The run comes from a fork or pull_request_target. */
  untrusted: boolean;
}

const MAINTAINER = new Set(["admin", "maintain", "write"]);
const short = (sha: string) => sha.slice(0, 7);

type PullRequest = NonNullable<EventContext["payload"]["pull_request"]>;

export async function checkTrust(
  ctx: EventContext,
  opts: { label: string; api?: GitHubApi; token?: string },
): Promise<TrustVerdict> {
  const pr = ctx.payload.pull_request;
  if (!pr) {
    return {
      allowed: true,
      untrusted: false,
      reason: `${ctx.eventName || "this"} event is not a pull request`,
    };
  }
  const base = pr.base.repo?.full_name ?? ctx.repository;
  const what = untrustedOrigin(ctx, pr, base);
  if (!what) {
    return {
      allowed: true,
      untrusted: false,
      reason: `pull request #${pr.number} comes from ${base} itself`,
    };
  }
  const refuse = (why: string): TrustVerdict => ({
    allowed: false,
    untrusted: true,
    reason: `${what}; ${why}`,
  });
  const label = opts.label;
  const sha = pr.head.sha;
  const notThisRun = notStartedByTheLabel(ctx, pr, label);
  if (notThisRun) return refuse(notThisRun);
  if (!opts.api) {
    return refuse(
      `cannot check the label without a token; pass token: \${{ github.token }} with pull-requests: read`,
    );
  }
  const adder = await maintainerWhoLabelled(ctx, pr, { label, api: opts.api, base });
  if ("refused" in adder) return refuse(adder.refused);
  const checkedOut = await workspaceHead(ctx.workspace);
  if (checkedOut && checkedOut.head !== sha && checkedOut.mergedHead !== sha) {
    return refuse(
      `the workspace holds ${short(checkedOut.head)}, not the labelled commit ${short(sha)}; check it out with actions/checkout's ref: \${{ github.event.pull_request.head.sha }}`,
    );
  }
  return {
    allowed: true,
    untrusted: true,
    reason: `${what}; ${adder.sender} (${adder.permission}) added "${label}" on ${short(sha)}, which is the head and what is checked out`,
  };
}

/** Why the run is untrusted (a fork, or pull_request_target with the base's token); undefined when it is not. */
function untrustedOrigin(ctx: EventContext, pr: PullRequest, base: string): string | undefined {
  const head = pr.head.repo?.full_name ?? "";
  const fork = head === "" || head.toLowerCase() !== base.toLowerCase();
  const target = ctx.eventName === "pull_request_target";
  if (!fork && !target) return undefined;
  return fork
    ? `pull request #${pr.number} comes from the fork ${head || "(deleted repository)"}`
    : `pull request #${pr.number} runs under pull_request_target (with ${base}'s token)`;
}

/** Why this run is not the one that adding the label started; undefined when it is. */
function notStartedByTheLabel(ctx: EventContext, pr: PullRequest, label: string): string | undefined {
  const labelledNow = ctx.eventName.startsWith("pull_request") && ctx.payload.action === "labeled";
  if (labelledNow && ctx.payload.label?.name === label) return undefined;
  const has = (pr.labels ?? []).some((l) => l.name === label);
  return has
    ? `the label "${label}" allows only the run that adding it starts, for the commit it was added on, and this run was started by "${ctx.payload.action ?? ctx.eventName}"; a maintainer must review ${short(pr.head.sha)}, then remove and re-add "${label}"`
    : `preprocessing and training run only after a maintainer reviews commit ${short(pr.head.sha)} and adds the label "${label}" (adding it starts the workflow again)`;
}

/**
 * Through the API, as the pull request is now: its head is still the labelled commit, the label is still
 * on it, and the user who added it may write to the base repository.
 */
async function maintainerWhoLabelled(
  ctx: EventContext,
  pr: PullRequest,
  opts: { label: string; api: GitHubApi; base: string },
): Promise<{ refused: string } | { sender: string; permission: string }> {
  const { label, api, base } = opts;
  const sha = pr.head.sha;
  let now: Awaited<ReturnType<GitHubApi["pull"]>>;
  let permission: string;
  const sender = ctx.payload.sender?.login ?? "";
  try {
    now = await api.pull(pr.number);
    permission = sender ? await api.permission(sender) : "none";
  } catch (error) {
    return {
      refused: `could not check the label through the GitHub API (${oneLine(error)}); re-run the job`,
    };
  }
  if (now.headSha !== sha) {
    return {
      refused: `the label "${label}" was added on ${short(sha)}, but ${short(now.headSha)} has been pushed since; a maintainer must review ${short(now.headSha)}, then remove and re-add "${label}"`,
    };
  }
  if (!now.labels.includes(label)) {
    return {
      refused: `the label "${label}" was removed before this run started; a maintainer must add it again`,
    };
  }
  if (!MAINTAINER.has(permission)) {
    return {
      refused: `${sender || "an unknown user"} added "${label}" but has ${permission} access to ${base}; only a maintainer (write, maintain or admin) can allow a run`,
    };
  }
  return { sender, permission };
}

/** HEAD of the workspace checkout and, for a merge commit, its second parent (the PR head it merges). */
async function workspaceHead(workspace: string): Promise<{ head: string; mergedHead?: string } | undefined> {
  if (!existsSync(join(workspace, ".git"))) return undefined;
  const head = await git(workspace, ["rev-parse", "HEAD"]).catch(() => undefined);
  if (!head) return undefined;
  const mergedHead = await git(workspace, ["rev-parse", "--verify", "-q", "HEAD^2"]).catch(() => undefined);
  return { head, ...(mergedHead && { mergedHead }) };
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split("\n")[0] ?? "").slice(0, 200);
}
