// rollbackBot: a push to the default branch that restores a model's earlier inputs (a `git revert` of a
// release merge, found by comparing the inputs' fingerprint with the registry) moves `production` back to
// that version: a signed deployment of the earlier release to `<model>/production` through the github
// store. No training, no upload, no new version. Only to a version whose signed record shows an approval
// (or an override) and that was not rolled back as bad, unless the revert itself was reviewed and approved
// like a release (pipelines/registry/rollback-rule.ts); a blocked rollback says why (log line, and the
// merged pull request's sticky comment when there is one).
import type { Probot } from "probot";
import { revertPolicy, revertReviewed } from "../pipelines/promotion/index.ts";
import { notTheReleaser } from "../pipelines/registry/releaser.ts";
import { decideRollback } from "../pipelines/registry/rollback-rule.ts";
import { gatherReviews } from "./approvals.ts";
import { type BotOptions, short } from "./github.ts";
import { oncePerDelivery, withLock } from "./locks.ts";
import { loadPolicy } from "./policy.ts";
import { type PushContext, type PushPlan, planPush } from "./push.ts";
import { productionOf, type RegistryEntry, storeOf, tagOf } from "./registry.ts";
import { releaserOf } from "./releaser.ts";
import { setStickyBlock } from "./sticky.ts";
import { escapeMd } from "./verdict.ts";

export function rollbackBot(app: Probot, opts: BotOptions): void {
  app.on("push", async (context) => {
    await oncePerDelivery(context.id, "rollback", () => rollbackPush(context, opts));
  });
}

async function rollbackPush(context: PushContext, opts: BotOptions): Promise<void> {
  const plan = await planPush(context);
  if (!plan) return;
  if (![...plan.changes.values()].some((c) => c.kind === "restore")) return;
  if ((await releaserOf(context)) !== "bot") {
    context.log.info({ commit: plan.after }, notTheReleaser("bot"));
    return;
  }
  const repo = context.repo();
  // A push delivered late (redelivered, or queued behind later pushes) must not move production back in
  // time: only the default branch's current head is acted on; a later push's delivery sees the same inputs.
  const branch = context.payload.repository.default_branch;
  const { data: ref } = await context.octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
  if (ref.object.sha !== plan.after) {
    context.log.info(
      { commit: plan.after, head: ref.object.sha },
      `a push that is no longer the head of ${branch}: production is left to the push of its head`,
    );
    return;
  }
  for (const [model, change] of plan.changes) {
    if (change.kind !== "restore") continue;
    await withLock(`${repo.owner}/${repo.repo}@${model}`, () =>
      rollbackModel(context, opts, plan, model, change.target, change.entries),
    );
  }
}

/** Whether the push merged a pull request whose head was approved under the default branch's policy. */
async function revertApproved(context: PushContext, plan: PushPlan, model: string): Promise<boolean> {
  const pr = plan.merged;
  if (!pr) return false;
  const { policy } = (await loadPolicy(context)).policyFor(model);
  if (policy.error) return false;
  const reviews = await gatherReviews(context.octokit, context.repo(), {
    pull: pr.number,
    policy: revertPolicy(policy),
  });
  return revertReviewed({ ...reviews, policy, measured: pr.head.sha, author: pr.user.login });
}

async function rollbackModel(
  context: PushContext,
  opts: BotOptions,
  plan: PushPlan,
  model: string,
  target: RegistryEntry,
  entries: RegistryEntry[],
): Promise<void> {
  const octokit = context.octokit;
  const repo = context.repo();
  const production = productionOf(entries);
  const targetTag = tagOf(model, target.record.version);
  const store = storeOf(octokit, repo);
  const version = await store.getVersion(model, target.record.version);
  if (!version) return;
  const say = async (text: string) => {
    if (plan.merged)
      await setStickyBlock(octokit, repo, plan.merged.number, opts.appId, model, "release", text);
  };
  const decision = decideRollback({
    target: version,
    history: await store.history(model),
    revertApproved: await revertApproved(context, plan, model),
  });
  if (!decision.allowed) {
    context.log.warn({ model, target: targetTag, reasons: decision.reasons }, "rollback blocked");
    await say(
      `### ⛔ Not rolled back\n\n${short(plan.after)} restores the inputs of \`${targetTag}\`, but \`production\` stays ${production ? `\`${tagOf(model, production.current.record.version)}\`` : "unset"}:\n\n${decision.reasons.map((r) => `- ${escapeMd(r)}`).join("\n")}`,
    );
    return;
  }
  const reverted = plan.reverts.map((r) => short(r.reverted));
  await store.setAlias(model, "production", target.record.version, {
    reason: `${short(plan.after)} restores the inputs of ${targetTag}${reverted.length ? ` (reverts ${reverted.join(", ")})` : ""}`,
    actor: plan.merged?.merged_by?.login ?? context.payload.pusher?.name ?? context.payload.sender?.login,
    commit: plan.after,
    kind: "rollback",
  });
  context.log.info(
    { model, production: targetTag, was: production?.current.release.tag_name, because: decision.because },
    "rolled back",
  );
  await say(
    `### ⏪ Rolled back: \`production\` is [\`${targetTag}\`](${target.release.html_url}) again\n\n${production ? `It was \`${tagOf(model, production.current.record.version)}\`. ` : ""}No retraining and no new version: the inputs match \`${targetTag}\`.`,
  );
}
