// rollbackBot: a push to the default branch that restores a model's earlier inputs (a `git revert` of a
// release merge, found by comparing the inputs' fingerprint with the registry; "This reverts commit" lines
// name what was reverted) creates version N+1 whose record points at the earlier version's artifact: no
// training, no upload, the artifact found by its input key. The version it replaces is marked rolled back.
import type { Probot } from "probot";
import { type BotOptions, short } from "./github.ts";
import { oncePerDelivery, withLock } from "./locks.ts";
import { type PushContext, type PushPlan, planPush } from "./push.ts";
import { createVersion, markRolledBack, productionOf, type RegistryEntry, tagOf } from "./registry.ts";
import { setStickyBlock } from "./sticky.ts";

export function rollbackBot(app: Probot, opts: BotOptions): void {
  app.on("push", async (context) => {
    await oncePerDelivery(context.id, "rollback", () => rollbackPush(context, opts));
  });
}

async function rollbackPush(context: PushContext, opts: BotOptions): Promise<void> {
  const plan = await planPush(context);
  if (!plan) return;
  const repo = context.repo();
  for (const [model, change] of plan.changes) {
    if (change.kind !== "restore") continue;
    await withLock(`${repo.owner}/${repo.repo}@${model}`, () =>
      rollbackModel(context, opts, plan, model, change.target, change.entries),
    );
  }
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
  const served = entries.find((e) => e.record.version === target.record.artifactOf) ?? target;
  const reverts = plan.reverts.flatMap((r) =>
    entries
      .filter(
        (e) =>
          e.record.commit.startsWith(r.reverted) ||
          (e.record.pr !== undefined && e.record.measured?.startsWith(r.reverted)),
      )
      .map((e) => ({ version: e.record.version, commit: r.commit })),
  );
  const servedTag = tagOf(model, served.record.version);
  const entry = await createVersion(octokit, repo, {
    model,
    commit: plan.after,
    record: {
      model,
      kind: "rollback",
      ...(served.record.key && { key: served.record.key }),
      fingerprint: plan.head.models.get(model) as string,
      commit: plan.after,
      ...(plan.merged && { pr: plan.merged.number }),
      artifactOf: served.record.version,
      ...(production && { previous: production.served.record.version }),
      ...(reverts.length && { reverts }),
      metrics: served.record.metrics,
      ...(served.record.params && { params: served.record.params }),
      approvers: [],
      at: new Date().toISOString(),
    },
    assets: [],
    notes: (version) => {
      const replaced = production ? tagOf(model, production.current.record.version) : "(none)";
      const lines = [
        `## \`${model}\` v${version}: rollback to the artifact of [\`${servedTag}\`](${served.release.html_url})`,
        "",
        `${short(plan.after)} restores the inputs of \`${servedTag}\`${reverts.length ? ` (it reverts ${reverts.map((r) => `\`${tagOf(model, r.version)}\``).join(", ")})` : ""}, so \`production\` goes back to that artifact without retraining. It replaces \`${replaced}\`.`,
        "",
        `Input key \`${served.record.key ?? "unknown"}\`; the artifact's files are the assets of [\`${servedTag}\`](${served.release.html_url}):`,
        "",
        "| asset | bytes | sha256 |",
        "| :--- | ---: | :--- |",
        ...served.record.assets.map(
          (a) =>
            `| [\`${a.name}\`](${served.release.assets.find((x) => x.name === a.name)?.browser_download_url ?? served.release.html_url}) | ${a.size} | \`${a.sha256}\` |`,
        ),
      ];
      return lines.join("\n");
    },
  });
  if (production && production.current.record.version !== entry.record.version) {
    await markRolledBack(octokit, repo, production.current, {
      version: entry.record.version,
      url: entry.release.html_url,
      commit: plan.after,
    });
  }
  context.log.info({ model, tag: entry.release.tag_name, serves: servedTag }, "rolled back");
  if (plan.merged) {
    await setStickyBlock(
      octokit,
      repo,
      plan.merged.number,
      opts.appId,
      model,
      "release",
      `### ⏪ Rolled back: [\`${entry.release.tag_name}\`](${entry.release.html_url}) serves the artifact of \`${servedTag}\`\n\nNo retraining: the inputs match \`${servedTag}\`.`,
    );
  }
}
