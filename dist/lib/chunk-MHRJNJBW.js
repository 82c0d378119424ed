import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  git,
  info,
  resolveModel
} from "./chunk-OMYMUVFQ.js";
import {
  ModelopsError
} from "./chunk-IZDZPW4P.js";

// actions/lib/trust.ts
import { existsSync } from "node:fs";
import { join } from "node:path";
var MAINTAINER = /* @__PURE__ */ new Set(["admin", "maintain", "write"]);
var short = (sha) => sha.slice(0, 7);
async function checkTrust(ctx, opts) {
  const pr = ctx.payload.pull_request;
  if (!pr) {
    return {
      allowed: true,
      untrusted: false,
      reason: `${ctx.eventName || "this"} event is not a pull request`
    };
  }
  const base = pr.base.repo?.full_name ?? ctx.repository;
  const what = untrustedOrigin(ctx, pr, base);
  if (!what) {
    return {
      allowed: true,
      untrusted: false,
      reason: `pull request #${pr.number} comes from ${base} itself`
    };
  }
  const refuse = (why) => ({
    allowed: false,
    untrusted: true,
    reason: `${what}; ${why}`
  });
  const label = opts.label;
  const sha = pr.head.sha;
  const notThisRun = notStartedByTheLabel(ctx, pr, label);
  if (notThisRun) return refuse(notThisRun);
  if (!opts.api) {
    return refuse(
      `cannot check the label without a token; pass token: \${{ github.token }} with pull-requests: read`
    );
  }
  const adder = await maintainerWhoLabelled(ctx, pr, { label, api: opts.api, base });
  if ("refused" in adder) return refuse(adder.refused);
  const checkedOut = await workspaceHead(ctx.workspace);
  if (checkedOut && checkedOut.head !== sha && checkedOut.mergedHead !== sha) {
    return refuse(
      `the workspace holds ${short(checkedOut.head)}, not the labelled commit ${short(sha)}; check it out with actions/checkout's ref: \${{ github.event.pull_request.head.sha }}`
    );
  }
  return {
    allowed: true,
    untrusted: true,
    reason: `${what}; ${adder.sender} (${adder.permission}) added "${label}" on ${short(sha)}, which is the head and what is checked out`
  };
}
function untrustedOrigin(ctx, pr, base) {
  const head = pr.head.repo?.full_name ?? "";
  const fork = head === "" || head.toLowerCase() !== base.toLowerCase();
  const target = ctx.eventName === "pull_request_target";
  if (!fork && !target) return void 0;
  return fork ? `pull request #${pr.number} comes from the fork ${head || "(deleted repository)"}` : `pull request #${pr.number} runs under pull_request_target (with ${base}'s token)`;
}
function notStartedByTheLabel(ctx, pr, label) {
  const labelledNow = ctx.eventName.startsWith("pull_request") && ctx.payload.action === "labeled";
  if (labelledNow && ctx.payload.label?.name === label) return void 0;
  const has = (pr.labels ?? []).some((l) => l.name === label);
  return has ? `the label "${label}" allows only the run that adding it starts, for the commit it was added on, and this run was started by "${ctx.payload.action ?? ctx.eventName}"; a maintainer must review ${short(pr.head.sha)}, then remove and re-add "${label}"` : `preprocessing and training run only after a maintainer reviews commit ${short(pr.head.sha)} and adds the label "${label}" (adding it starts the workflow again)`;
}
async function maintainerWhoLabelled(ctx, pr, opts) {
  const { label, api, base } = opts;
  const sha = pr.head.sha;
  let now;
  let permission;
  const sender = ctx.payload.sender?.login ?? "";
  try {
    now = await api.pull(pr.number);
    permission = sender ? await api.permission(sender) : "none";
  } catch (error) {
    return {
      refused: `could not check the label through the GitHub API (${oneLine(error)}); re-run the job`
    };
  }
  if (now.headSha !== sha) {
    return {
      refused: `the label "${label}" was added on ${short(sha)}, but ${short(now.headSha)} has been pushed since; a maintainer must review ${short(now.headSha)}, then remove and re-add "${label}"`
    };
  }
  if (!now.labels.includes(label)) {
    return {
      refused: `the label "${label}" was removed before this run started; a maintainer must add it again`
    };
  }
  if (!MAINTAINER.has(permission)) {
    return {
      refused: `${sender || "an unknown user"} added "${label}" but has ${permission} access to ${base}; only a maintainer (write, maintain or admin) can allow a run`
    };
  }
  return { sender, permission };
}
async function workspaceHead(workspace) {
  if (!existsSync(join(workspace, ".git"))) return void 0;
  const head = await git(workspace, ["rev-parse", "HEAD"]).catch(() => void 0);
  if (!head) return void 0;
  const mergedHead = await git(workspace, ["rev-parse", "--verify", "-q", "HEAD^2"]).catch(() => void 0);
  return { head, ...mergedHead && { mergedHead } };
}
function oneLine(error) {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split("\n")[0] ?? "").slice(0, 200);
}

// actions/lib/guard.ts
async function guard(deps, opts) {
  const verdict = await checkTrust(deps.context, {
    label: opts.label,
    ...opts.token && { api: deps.api(opts.token) }
  });
  if (!verdict.allowed) throw new ModelopsError(`refused to preprocess or train: ${verdict.reason}`);
  info(`fork safety: ${verdict.reason}`);
  return verdict;
}
async function guardedModel(deps, trustIn, modelIn) {
  const trust = await guard(deps, trustIn);
  return { trust, m: await resolveModel(modelIn, deps.context.workspace) };
}

export {
  guardedModel
};
