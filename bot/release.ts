// releaseBot: a push to the default branch that merges a pull request and gives a model inputs never
// released creates version N: tag `<model>/vN` on the merge commit, a GitHub release with the model card,
// the comparison with production, approvers and overrides, and the artifact's files (model archive,
// metrics.json, profile.json, history.json, with sha256 digests) as assets. The newest version is the
// `production` alias. The promotion rule is checked again at merge time with the policy of the commit the
// pull request was merged into: a merge that skipped it is not released (and the pull request says so).
import type { Probot } from "probot";
import type { ModelConfig } from "../pipelines/config/schema.ts";
import { renderMarkdown } from "../pipelines/evaluate/diff.ts";
import { policyFromBase } from "../pipelines/promotion/index.ts";
import { readCheckState } from "./checks.ts";
import { fingerprintsAt, paramsOf } from "./fingerprint.ts";
import { type BotOptions, short, toBuffer } from "./github.ts";
import { oncePerDelivery, withLock } from "./locks.ts";
import { type PushContext, type PushPlan, planPush } from "./push.ts";
import { createVersion, productionOf, type RegistryEntry, tagOf } from "./registry.ts";
import { baseConfigOf, configAt } from "./settings.ts";
import type { CheckState } from "./state.ts";
import { setStickyBlock, upsertSticky } from "./sticky.ts";
import { escapeMd, judge } from "./verdict.ts";
import { readZip, writeZip } from "./zip.ts";

export function releaseBot(app: Probot, opts: BotOptions): void {
  app.on("push", async (context) => {
    await oncePerDelivery(context.id, "release", () => releasePush(context, opts));
  });
}

async function releasePush(context: PushContext, opts: BotOptions): Promise<void> {
  const plan = await planPush(context);
  if (!plan) return;
  const repo = context.repo();
  for (const [model, change] of plan.changes) {
    if (change.kind !== "new") continue;
    if (!plan.merged) {
      context.log.warn(
        { model, commit: plan.after },
        "the push changes the model's inputs without a merged pull request: not released (release through a reviewed pull request)",
      );
      continue;
    }
    await withLock(`${repo.owner}/${repo.repo}@${model}`, () =>
      releaseModel(context, opts, plan, model, change.entries),
    );
  }
}

async function releaseModel(
  context: PushContext,
  opts: BotOptions,
  plan: PushPlan,
  model: string,
  entries: RegistryEntry[],
): Promise<void> {
  const octokit = context.octokit;
  const repo = context.repo();
  const pr = plan.merged as NonNullable<PushPlan["merged"]>;
  const blocked = async (reasons: string[]) => {
    context.log.warn({ model, pr: pr.number, reasons }, "merged but not released");
    const text = `### ⛔ Not released\n\nMerged as ${short(plan.after)}, but \`${model}\` was not released and production is unchanged:\n\n${reasons.map((r) => `- ${escapeMd(r)}`).join("\n")}\n\nFix it in a new pull request (the workflow reports it, a reviewer approves, the merge releases).`;
    const where = await setStickyBlock(octokit, repo, pr.number, opts.appId, model, "release", text);
    // No report was ever posted for this model (the workflow did not measure it): say it in a comment of its own.
    if (where === "absent") {
      await upsertSticky(
        octokit,
        repo,
        pr.number,
        opts.appId,
        model,
        `## modelops · \`${model}\`\n\n${text}`,
      );
    }
  };
  const found = await readCheckState(octokit, repo, pr.head.sha, model, opts.appId);
  if (!found) return blocked([`no metrics were reported for ${short(pr.head.sha)}, the merged head`]);
  const state: CheckState = found.state;
  const measured = await fingerprintsAt(octokit, repo, plan.settings.config, pr.head.sha);
  if (measured.models.get(model) !== plan.head.models.get(model)) {
    return blocked([
      `the merge changed ${model}'s inputs beyond the measured commit ${short(pr.head.sha)} (the default branch moved); update the branch so the workflow measures what is merged`,
    ]);
  }
  // The policy is the default branch's as it was before this merge: the merge's first parent. A model it
  // does not define gets the default policy, an unreadable config blocks: never the change's own policy.
  const before = await configAt(octokit, repo, plan.settings.config, plan.before);
  const policy = policyFromBase(
    baseConfigOf(before, `${plan.settings.config} at ${short(plan.before)}`),
    model,
  );
  const production = productionOf(entries);
  const verdict = await judge(octokit, repo, { state, author: pr.user.login, policy, production });
  if (verdict.conclusion !== "success")
    return blocked(verdict.reasons.length ? verdict.reasons : [verdict.title]);

  let files: Map<string, Buffer>;
  try {
    const { data } = await octokit.rest.actions.downloadArtifact({
      ...repo,
      artifact_id: state.artifact.id,
      archive_format: "zip",
    });
    const entriesOfZip = readZip(toBuffer(data), `artifact ${state.artifact.name}`);
    const metricsPath =
      [...entriesOfZip.keys()]
        .filter((p) => p.endsWith("metrics.json"))
        .sort((a, b) => a.length - b.length)[0] ?? "metrics.json";
    const root = metricsPath.slice(0, -"metrics.json".length);
    files = new Map(
      [...entriesOfZip].filter(([p]) => p.startsWith(root)).map(([p, d]) => [p.slice(root.length), d]),
    );
  } catch (error) {
    return blocked([
      `the run's artifact \`${state.artifact.name}\` cannot be downloaded (${(error as Error).message}); comment \`/modelops retrain\` on a new pull request`,
    ]);
  }
  const modelFiles = [...files].filter(([p]) => p.startsWith("model/"));
  const assets: Array<{ name: string; data: Buffer }> = [];
  if (modelFiles.length) {
    assets.push({
      name: `${model}-model.zip`,
      data: writeZip(modelFiles.map(([name, data]) => ({ name, data }))),
    });
  }
  for (const name of ["metrics.json", "profile.json", "history.json"]) {
    const data = files.get(name);
    if (data) assets.push({ name, data });
  }
  const head = await configAt(octokit, repo, plan.settings.config, plan.after);
  const config = head.ok ? head.loaded.config.models[model] : undefined;
  const entry = await createVersion(octokit, repo, {
    model,
    commit: plan.after,
    record: {
      model,
      kind: "release",
      ...(state.candidate.key && { key: state.candidate.key }),
      fingerprint: plan.head.models.get(model) as string,
      commit: plan.after,
      pr: pr.number,
      measured: state.sha,
      run: { id: state.run.id, url: state.run.url },
      ...(production && { previous: production.served.record.version }),
      metrics: state.candidate,
      ...(config && { params: paramsOf(config) }),
      approvers: verdict.approvals.approvers,
      ...(state.override && { override: state.override }),
      at: new Date().toISOString(),
    },
    assets,
    notes: (version, digests) => {
      const lines = [
        `## \`${model}\` v${version}`,
        "",
        `Released from #${pr.number} (${escapeMd(pr.title)}), merge ${plan.after}, measured on ${state.sha} by [workflow run ${state.run.id}](${state.run.url}).` +
          (state.candidate.key ? ` Input key \`${state.candidate.key}\`.` : ""),
        "",
        "### Model card",
        "",
        ...modelCard(model, config, state),
        "",
        `### Comparison with ${production ? `production \`${tagOf(model, production.current.record.version)}\`` : "production (none: first version)"}`,
        "",
        renderMarkdown(verdict.comparison).trimEnd(),
        "",
        "### Promotion",
        "",
        verdict.approvals.approvers.length
          ? `Approved on ${short(state.sha)} by ${verdict.approvals.approvers.map((l) => `@${l}`).join(", ")} (${verdict.approvals.who} may promote; policy: ${verdict.policy}).`
          : `No approval counted (policy: ${verdict.policy}).`,
      ];
      if (state.override) {
        lines.push(
          "",
          `**Override** by @${state.override.by} at ${state.override.at}: ${escapeMd(state.override.reason)}`,
        );
      }
      lines.push("", "### Assets", "", "| asset | bytes | sha256 |", "| :--- | ---: | :--- |");
      for (const a of digests) lines.push(`| \`${a.name}\` | ${a.size} | \`${a.sha256}\` |`);
      if (!modelFiles.length)
        lines.push(
          "",
          "> [!WARNING]\n> The run's artifact held no `model/` folder: this version has no model archive.",
        );
      return lines.join("\n");
    },
  });
  context.log.info({ model, tag: entry.release.tag_name, pr: pr.number }, "released");
  await setStickyBlock(
    octokit,
    repo,
    pr.number,
    opts.appId,
    model,
    "release",
    `### 🚀 Released [\`${entry.release.tag_name}\`](${entry.release.html_url})\n\n\`production\` is now \`${entry.release.tag_name}\`${production ? ` (was \`${tagOf(model, production.current.record.version)}\`)` : ""}. A \`git revert\` of ${short(plan.after)} rolls it back without retraining.`,
  );
}

function modelCard(model: string, config: ModelConfig | undefined, state: CheckState): string[] {
  const m = state.candidate;
  const lines = [`- Model \`${model}\`, task ${m.task}, trained on backend ${m.backend}.`];
  if (config) {
    lines.push(`- Network: \`${JSON.stringify(config.model)}\`.`);
    lines.push(
      `- Training: optimizer ${config.train.optimizer}, learning rate ${config.train.learningRate}, up to ${config.train.epochs} epochs, batch ${config.train.batchSize}, seed ${config.train.seed}.`,
    );
    const sources = [config.data.train, config.data.test]
      .filter(Boolean)
      .map((s) => `\`${JSON.stringify(s)}\``);
    lines.push(`- Data: target \`${config.data.target}\` from ${sources.join(" and ")}.`);
  }
  if (m.rows)
    lines.push(`- Rows: train ${m.rows.train}, validation ${m.rows.validation}, test ${m.rows.test}.`);
  lines.push(`- Evaluated ${m.createdAt}.`);
  return lines;
}
