// releaseBot: a push to the default branch that merges a pull request and gives a model inputs never
// released creates version N through the github store (bot/registry.ts): tag `<model>/vN` on the merge
// commit, a GitHub release with the model card, the comparison with production, approvers and overrides,
// the signed record, and the artifact's files (model archive, metrics.json, profile.json, history.json,
// each sha256 in the record) as assets; then a signed deployment moves `production` to it. Redelivery
// finds the same version (same key and artifact) and production already there: nothing is duplicated.
// With `releaser: workflow` in .github/modelops.yml the release workflow writes instead and the bot only
// says so in its log. The promotion rule is checked again at merge time with the policy of the commit the
// pull request was merged into: a merge that skipped it is not released (and the pull request says so).
import type { Probot } from "probot";
import type { ModelConfig } from "../pipelines/config/schema.ts";
import { renderMarkdown } from "../pipelines/evaluate/diff.ts";
import { policyFromBase } from "../pipelines/promotion/index.ts";
import { manifestOfFiles } from "../pipelines/registry/github-store.ts";
import { notTheReleaser } from "../pipelines/registry/releaser.ts";
import { manifestDigest } from "../pipelines/registry/store.ts";
import { readCheckState } from "./checks.ts";
import { fingerprintsAt, paramsOf } from "./fingerprint.ts";
import { type BotOptions, short, toBuffer } from "./github.ts";
import { oncePerDelivery, withLock } from "./locks.ts";
import { type PushContext, type PushPlan, planPush } from "./push.ts";
import { productionOf, type RegistryEntry, storeOf, tagOf } from "./registry.ts";
import { releaserOf } from "./releaser.ts";
import { baseConfigOf, configAt } from "./settings.ts";
import type { CheckState } from "./state.ts";
import { setStickyBlock, upsertSticky } from "./sticky.ts";
import { escapeMd, judge } from "./verdict.ts";
import { readZip } from "./zip.ts";

export function releaseBot(app: Probot, opts: BotOptions): void {
  app.on("push", async (context) => {
    await oncePerDelivery(context.id, "release", () => releasePush(context, opts));
  });
}

async function releasePush(context: PushContext, opts: BotOptions): Promise<void> {
  const plan = await planPush(context);
  if (!plan) return;
  const repo = context.repo();
  if (![...plan.changes.values()].some((c) => c.kind === "new")) return;
  if ((await releaserOf(context)) !== "bot") {
    context.log.info({ commit: plan.after }, notTheReleaser("bot"));
    return;
  }
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
  const production = productionOf(entries);
  const approved = await approvedAtMerge(context, opts, plan, model, production);
  if (!approved) return;
  const artifact = await releasedArtifact(context, opts, plan, model, approved.state);
  if (!artifact) return;
  const head = await configAt(context.octokit, context.repo(), plan.settings.config, plan.after);
  const config = head.ok ? head.loaded.config.models[model] : undefined;
  const store = storeOf(context.octokit, context.repo());
  // A record that does not verify (forged, edited, an asset swapped with its digest) is never read as a
  // version; while one is there for this model, nothing is released over it: a person must look.
  const tampered = await unverifiedRecords(store, model);
  if (tampered.length) return blockRelease(context, opts, plan, model, tampered);
  const created = await createVersion(store, plan, model, { ...approved, production, artifact, config });
  await promoteToProduction(context, opts, store, plan, model, { created, production });
}

/** What the merge is released on: the merged head's check state and the promotion verdict at merge time. */
interface Approval {
  state: CheckState;
  verdict: Awaited<ReturnType<typeof judge>>;
}

/**
 * The promotion rule again at merge time: the merged head was measured, the merge did not change the
 * model's inputs beyond it, and the policy of the commit merged into still allows it. Else the pull request
 * says why, and nothing is returned.
 */
async function approvedAtMerge(
  context: PushContext,
  opts: BotOptions,
  plan: PushPlan,
  model: string,
  production: ReturnType<typeof productionOf>,
): Promise<Approval | undefined> {
  const octokit = context.octokit;
  const repo = context.repo();
  const pr = plan.merged as NonNullable<PushPlan["merged"]>;
  const blocked = async (reasons: string[]) => {
    await blockRelease(context, opts, plan, model, reasons);
    return undefined;
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
  const verdict = await judge(octokit, repo, { state, author: pr.user.login, policy, production });
  if (verdict.conclusion !== "success")
    return blocked(verdict.reasons.length ? verdict.reasons : [verdict.title]);
  return { state, verdict };
}

/** The model folder and the run's metrics, profile and history (what the server needs) from the run's artifact. */
async function releasedArtifact(
  context: PushContext,
  opts: BotOptions,
  plan: PushPlan,
  model: string,
  state: CheckState,
): Promise<Map<string, Buffer> | undefined> {
  let files: Map<string, Buffer>;
  try {
    files = await downloadRunFolder(context.octokit, context.repo(), state.artifact);
  } catch (error) {
    await blockRelease(context, opts, plan, model, [
      `the run's artifact \`${state.artifact.name}\` cannot be downloaded (${(error as Error).message}); comment \`/modelops retrain\` on a new pull request`,
    ]);
    return undefined;
  }
  return new Map(
    [...files].filter(
      ([p]) => p.startsWith("model/") || ["metrics.json", "profile.json", "history.json"].includes(p),
    ),
  );
}

/** Version N in the store: tag, release with its notes, signed record and the artifact's files as assets. */
async function createVersion(
  store: ReturnType<typeof storeOf>,
  plan: PushPlan,
  model: string,
  release: Approval & {
    production: ReturnType<typeof productionOf>;
    artifact: Map<string, Buffer>;
    config: ModelConfig | undefined;
  },
) {
  const { state, verdict, production, artifact, config } = release;
  const pr = plan.merged as NonNullable<PushPlan["merged"]>;
  const modelFiles = [...artifact.keys()].filter((p) => p.startsWith("model/"));
  const fingerprint = plan.head.models.get(model) as string;
  return store.createEntry(
    model,
    {
      // The input key names the artifact; a run without one is named by its inputs' fingerprint.
      key: state.candidate.key ?? fingerprint,
      digest: manifestDigest(manifestOfFiles(artifact)),
      commit: plan.after,
      files: artifact,
      pr: pr.number,
      measured: state.sha,
      approvers: verdict.approvals.approvers,
      ...(state.override && { override: state.override }),
      metrics: numericMetrics(state.candidate),
      source: pr.html_url,
      extra: {
        fingerprint,
        run: { id: state.run.id, url: state.run.url },
        evaluation: state.candidate,
        ...(config && { params: paramsOf(config) }),
      },
    },
    {
      notes: (version, digests) =>
        releaseNotes({ model, version, digests, pr, plan, state, config, production, verdict, modelFiles }),
    },
  );
}

/** A signed deployment moves `production` to the new version; the pull request's sticky comment says so. */
async function promoteToProduction(
  context: PushContext,
  opts: BotOptions,
  store: ReturnType<typeof storeOf>,
  plan: PushPlan,
  model: string,
  release: {
    created: Awaited<ReturnType<typeof createVersion>>;
    production: ReturnType<typeof productionOf>;
  },
): Promise<void> {
  const { created, production } = release;
  const pr = plan.merged as NonNullable<PushPlan["merged"]>;
  const entry = { release: created.release, record: created.record };
  await store.setAlias(model, "production", created.version.version, {
    reason: `merge of #${pr.number} (${pr.title})`,
    actor: pr.merged_by?.login ?? pr.user.login,
    commit: plan.after,
    kind: "promote",
  });
  context.log.info({ model, tag: entry.release.tag_name, pr: pr.number }, "released");
  await setStickyBlock(
    context.octokit,
    context.repo(),
    pr.number,
    opts.appId,
    model,
    "release",
    `### 🚀 Released [\`${entry.release.tag_name}\`](${entry.release.html_url})\n\n\`production\` is now \`${entry.release.tag_name}\`${production ? ` (was \`${tagOf(model, production.current.record.version)}\`)` : ""}. A \`git revert\` of ${short(plan.after)} rolls it back without retraining.`,
  );
}

/** A merge that is not released says why: in the model's sticky comment, or a comment of its own. */
async function blockRelease(
  context: PushContext,
  opts: BotOptions,
  plan: PushPlan,
  model: string,
  reasons: string[],
): Promise<void> {
  const octokit = context.octokit;
  const repo = context.repo();
  const pr = plan.merged as NonNullable<PushPlan["merged"]>;
  context.log.warn({ model, pr: pr.number, reasons }, "merged but not released");
  const text = `### ⛔ Not released\n\nMerged as ${short(plan.after)}, but \`${model}\` was not released and production is unchanged:\n\n${reasons.map((r) => `- ${escapeMd(r)}`).join("\n")}\n\nFix it in a new pull request (the workflow reports it, a reviewer approves, the merge releases).`;
  const where = await setStickyBlock(octokit, repo, pr.number, opts.appId, model, "release", text);
  // No report was ever posted for this model (the workflow did not measure it): say it in a comment of its own.
  if (where === "absent") {
    await upsertSticky(octokit, repo, pr.number, opts.appId, model, `## modelops · \`${model}\`\n\n${text}`);
  }
}

/** Records of `model` that do not verify, as reasons to block (a person must look before a release). */
async function unverifiedRecords(store: ReturnType<typeof storeOf>, model: string): Promise<string[]> {
  await store.entries(model);
  return store
    .problems()
    .filter((p) => p.model === model)
    .map(
      (p) =>
        `the registry holds a record that does not verify (${p.where}: ${p.why}); delete it or restore it as the app wrote it, then redeliver this push's webhook to release`,
    );
}

/** The run folder inside a workflow run's artifact (the folder holding its shallowest metrics.json). */
async function downloadRunFolder(
  octokit: PushContext["octokit"],
  repo: ReturnType<PushContext["repo"]>,
  artifact: CheckState["artifact"],
): Promise<Map<string, Buffer>> {
  const { data } = await octokit.rest.actions.downloadArtifact({
    ...repo,
    artifact_id: artifact.id,
    archive_format: "zip",
  });
  const entriesOfZip = await readZip(toBuffer(data), `artifact ${artifact.name}`);
  const metricsPath =
    [...entriesOfZip.keys()]
      .filter((p) => p.endsWith("metrics.json"))
      .sort((a, b) => a.length - b.length)[0] ?? "metrics.json";
  const root = metricsPath.slice(0, -"metrics.json".length);
  return new Map(
    [...entriesOfZip].filter(([p]) => p.startsWith(root)).map(([p, d]) => [p.slice(root.length), d]),
  );
}

/** The release's notes: where it came from, the model card, the comparison, the promotion, the assets. */
function releaseNotes(n: {
  model: string;
  version: number;
  digests: Array<{ name: string; size: number; sha256: string }>;
  pr: NonNullable<PushPlan["merged"]>;
  plan: PushPlan;
  state: CheckState;
  config: Parameters<typeof modelCard>[1];
  production: ReturnType<typeof productionOf>;
  verdict: Awaited<ReturnType<typeof judge>>;
  modelFiles: string[];
}): string {
  const { model, version, digests, pr, plan, state, config, production, verdict, modelFiles } = n;
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
}

/** The metric values of a metrics file as numbers (what the store's versions list). */
function numericMetrics(m: CheckState["candidate"]): Record<string, number> {
  return Object.fromEntries(
    Object.entries((m as { metrics?: Record<string, unknown> }).metrics ?? {}).filter(
      (kv): kv is [string, number] => typeof kv[1] === "number" && Number.isFinite(kv[1]),
    ),
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
