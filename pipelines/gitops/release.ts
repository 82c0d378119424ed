// Local GitOps: what the bot does on GitHub, done against a local git repository. A commit on the default
// branch that changes a model's inputs releases `<model>/vN`; a commit whose inputs match an earlier
// version (a `git revert` of a release merge) moves `production` back to it without retraining.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join, relative } from "node:path";
import { getModel, type LoadedConfig, loadConfig } from "../config/index.ts";
import { ModelopsError } from "../errors.ts";
import { type Comparison, compareMetrics } from "../evaluate/index.ts";
import type { MetricsFile } from "../evaluate/types.ts";
import type { Registry, Version } from "../registry/index.ts";
import { type Log, type ModelRef, modelKey, readJson, runModel } from "../run/run.ts";
import { type ApprovalVerdict, evaluateApprovals, readApprovals } from "./approvals.ts";
import { type CommitInfo, commitInfo, git, revertedCommit } from "./git.ts";

export interface PromotionCheck {
  model: string;
  /** The commit whose metrics were measured and must be approved. */
  commit: string;
  comparison: Comparison;
  approvals: ApprovalVerdict;
  passed: boolean;
  /** One line per reason the check is not green. */
  reasons: string[];
}

/**
 * The promotion rule: every gate passes against production AND enough authorised reviewers approved this
 * exact commit. Gates and reviewers come from `policy`, the default branch's config, so a change cannot
 * loosen its own gate.
 */
export async function checkPromotion(opts: {
  registry: Registry;
  registryRoot: string;
  model: string;
  policy: ModelRef["config"];
  candidate: MetricsFile;
  commit: string;
  author: string;
}): Promise<PromotionCheck> {
  const production = await opts.registry.resolveAlias(opts.model, "production");
  const baseline = production ? await productionMetrics(opts.registry, production) : null;
  const comparison = compareMetrics(baseline, opts.candidate, opts.policy.gates);
  const approvals = evaluateApprovals(await readApprovals(opts.registryRoot), {
    model: opts.model,
    commit: opts.commit,
    author: opts.author,
    promotion: opts.policy.promotion,
  });
  const reasons: string[] = [];
  for (const gate of comparison.gates.filter((g) => !g.passed)) reasons.push(...gate.reasons);
  if (!approvals.passed) {
    reasons.push(
      `${approvals.approvers.length}/${approvals.required} authorised approvals of ${opts.commit.slice(0, 7)}` +
        ` (record one with: modelops approve -m ${opts.model} --commit ${opts.commit.slice(0, 7)} --reviewer NAME)`,
    );
  }
  return {
    model: opts.model,
    commit: opts.commit,
    comparison,
    approvals,
    passed: comparison.passed && approvals.passed,
    reasons,
  };
}

export async function productionMetrics(registry: Registry, version: Version): Promise<MetricsFile> {
  return readJson<MetricsFile>(join(registry.artifactDir(version.digest), "metrics.json"));
}

/** Loads modelops.yaml as it is in commit `rev` (the policy a change is judged by). */
export async function loadConfigAt(repoDir: string, rev: string, configPath: string): Promise<LoadedConfig> {
  const path = relative(repoDir, configPath) || basename(configPath);
  const text = await git(repoDir, ["show", `${rev}:${path.split("\\").join("/")}`]);
  const dir = await mkdtemp(join(tmpdir(), "modelops-policy-"));
  try {
    const file = join(dir, basename(path));
    await writeFile(file, text);
    const loaded = await loadConfig(file);
    return { ...loaded, file: configPath, dir: repoDir };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export type ReleaseAction = "unchanged" | "released" | "rolled-back" | "blocked";

export interface ReleaseOutcome {
  model: string;
  action: ReleaseAction;
  key: string;
  version?: number;
  previous?: number;
  tag?: string;
  /** False when the artifact came from the store (trained on the PR, or an earlier version). */
  trained: boolean;
  seconds: number;
  reason: string;
  check?: PromotionCheck;
}

/**
 * Runs on the default branch after a merge (or any push). For each model of the config at HEAD:
 * - inputs unchanged: nothing to do;
 * - inputs equal to an earlier version's (a revert): production -> that version, no retraining;
 * - new inputs: train (or take the PR's run from the store), check gates + approvals of the merged head,
 *   then create version vN, tag `<model>/vN` and move production to it.
 */
export async function releaseHead(opts: {
  repoDir: string;
  config: LoadedConfig;
  registry: Registry;
  registryRoot: string;
  runsDir: string;
  actor?: string;
  log?: Log;
  /** Called after each write of a release; tests throw here to stop a release as a kill would. */
  onStep?: (step: ReleaseStep, model: string) => void | Promise<void>;
}): Promise<ReleaseOutcome[]> {
  const head = await commitInfo(opts.repoDir);
  const outcomes: ReleaseOutcome[] = [];
  for (const name of Object.keys(opts.config.config.models)) {
    await restoreMissingTags(opts, name);
    const started = performance.now();
    const seconds = () => Math.round((performance.now() - started) / 10) / 100;
    const ref: ModelRef = { configDir: opts.config.dir, name, config: getModel(opts.config, name).config };
    const key = await modelKey(ref);
    const production = await opts.registry.resolveAlias(name, "production");
    if (production?.key === key) {
      outcomes.push({
        model: name,
        action: "unchanged",
        key,
        version: production.version,
        trained: false,
        seconds: seconds(),
        reason: "inputs unchanged",
      });
      continue;
    }
    // A canary rollout of these inputs is under way: canary analysis (pipelines/monitor) promotes or aborts it.
    const canary = await opts.registry.resolveAlias(name, "canary");
    if (canary?.key === key && ref.config.deploy.strategy === "canary") {
      outcomes.push({
        model: name,
        action: "unchanged",
        key,
        version: canary.version,
        trained: false,
        seconds: seconds(),
        reason: `v${canary.version} is the canary; canary analysis promotes or aborts it`,
      });
      continue;
    }
    const earlier = await opts.registry.findVersionByKey(name, key);
    if (earlier) {
      outcomes.push(await moveBack(opts, { name, key, head, earlier, production, seconds }));
      continue;
    }
    const run = await runModel(ref, {
      outDir: join(opts.runsDir, name, key.slice(0, 12)),
      registry: opts.registry,
      log: opts.log,
    });
    const { candidateCommit, policy, author } = await changeUnderReview(opts, head, name);
    const check = await checkPromotion({
      registry: opts.registry,
      registryRoot: opts.registryRoot,
      model: name,
      policy: policy ?? ref.config,
      candidate: run.metrics,
      commit: candidateCommit,
      author,
    });
    if (!check.passed) {
      outcomes.push({
        model: name,
        action: "blocked",
        key,
        trained: !run.cached,
        seconds: seconds(),
        reason: check.reasons.join("; "),
        check,
      });
      continue;
    }
    const created = await opts.registry.createVersion(name, {
      key,
      digest: run.digest,
      commit: head.sha,
      metrics: numericMetrics(run.metrics),
      source: `${head.sha.slice(0, 7)} ${head.subject}`,
    });
    await opts.onStep?.("version-created", name);
    const tag = `${name}/v${created.version}`;
    await git(opts.repoDir, ["tag", "-a", tag, head.sha, "-m", releaseNotes(tag, key, check)]);
    await opts.onStep?.("tagged", name);
    // deploy.strategy canary: the new version takes the `canary` label beside production; canary analysis
    // (pipelines/monitor runCanary) walks its traffic steps and promotes it or aborts and reverts.
    const asCanary = ref.config.deploy.strategy === "canary" && production !== undefined;
    await opts.registry.setAlias(name, asCanary ? "canary" : "production", created.version, {
      reason: `release ${tag} (${head.sha.slice(0, 7)} ${head.subject})${asCanary ? " as a canary" : ""}`,
      actor: opts.actor,
      commit: head.sha,
    });
    outcomes.push({
      model: name,
      action: "released",
      key,
      version: created.version,
      previous: production?.version,
      tag,
      trained: !run.cached,
      seconds: seconds(),
      reason: `${asCanary ? "released as the canary; " : ""}${run.cached ? "artifact of the reviewed run, no retraining" : "trained on release"}`,
      check,
    });
  }
  return outcomes;
}

async function moveBack(
  opts: { registry: Registry; actor?: string },
  m: {
    name: string;
    key: string;
    head: CommitInfo;
    earlier: Version;
    production?: Version;
    seconds: () => number;
  },
): Promise<ReleaseOutcome> {
  await opts.registry.verifyArtifact(m.earlier.digest);
  const reverted = revertedCommit(m.head);
  const reason =
    m.earlier.commit === m.head.sha
      ? `completes the interrupted release of v${m.earlier.version} (${m.head.sha.slice(0, 7)} ${m.head.subject})`
      : reverted
        ? `rollback: ${m.head.sha.slice(0, 7)} reverts ${reverted.slice(0, 7)}; inputs match v${m.earlier.version}`
        : `inputs of ${m.head.sha.slice(0, 7)} match v${m.earlier.version}`;
  await opts.registry.setAlias(m.name, "production", m.earlier.version, {
    reason,
    actor: opts.actor,
    commit: m.head.sha,
  });
  return {
    model: m.name,
    action: "rolled-back",
    key: m.key,
    version: m.earlier.version,
    previous: m.production?.version,
    tag: m.earlier.tag ?? `${m.name}/v${m.earlier.version}`,
    trained: false,
    seconds: m.seconds(),
    reason,
  };
}

/** The writes of a release, in order: the registry's version record, then the git tag (production moves last). */
export type ReleaseStep = "version-created" | "tagged";

/**
 * A release killed between its registry write and `git tag` left a version without its tag: tag it now at
 * the commit its record names (the promotion check passed before the version was written).
 */
async function restoreMissingTags(opts: { repoDir: string; registry: Registry; log?: Log }, model: string) {
  // Only release writes versions with a commit in the local registry; `<model>/vN` is their tag.
  const versions = (await opts.registry.listVersions(model)).filter((v) => v.commit);
  if (versions.length === 0) return;
  const tags = new Set((await git(opts.repoDir, ["tag", "--list", `${model}/v*`])).split("\n"));
  for (const v of versions) {
    const tag = v.tag ?? `${model}/v${v.version}`;
    if (tags.has(tag)) continue;
    const commit = v.commit!;
    const known = await git(opts.repoDir, ["cat-file", "-e", `${commit}^{commit}`]).then(
      () => true,
      () => false,
    );
    if (!known) continue; // a registry shared with another repository: its commits are not ours to tag
    const note = `${tag}\n\ninput key: ${v.key}\n(tag restored: the release that wrote v${v.version} stopped before tagging)\n`;
    await git(opts.repoDir, ["tag", "-a", tag, commit, "-m", note]);
    opts.log?.(
      `${model}: tag ${tag} restored at ${commit.slice(0, 7)} (an earlier release stopped before tagging)`,
    );
  }
}

/** For a merge: the reviewed head is the second parent and the policy is the first parent's config. */
async function changeUnderReview(
  opts: { repoDir: string; config: LoadedConfig },
  head: CommitInfo,
  model: string,
): Promise<{ candidateCommit: string; policy?: ModelRef["config"]; author: string }> {
  const candidateCommit = head.parents[1] ?? head.sha;
  const author = await git(opts.repoDir, ["show", "-s", "--format=%an", candidateCommit]);
  const base = head.parents[0];
  if (!base) return { candidateCommit, author };
  const policyConfig = await loadConfigAt(opts.repoDir, base, opts.config.file).catch(() => undefined);
  const policy = policyConfig?.config.models[model];
  return { candidateCommit, policy, author };
}

function numericMetrics(metrics: MetricsFile): Record<string, number> {
  return Object.fromEntries(
    Object.entries(metrics.metrics).filter(([, v]) => typeof v === "number"),
  ) as Record<string, number>;
}

function releaseNotes(tag: string, key: string, check: PromotionCheck): string {
  const metrics = check.comparison.rows.map((r) => `${r.metric}=${fmt(r.candidate)}`).join(" ");
  return `${tag}\n\ninput key: ${key}\napproved by: ${check.approvals.approvers.join(", ") || "(none required)"}\nmetrics: ${metrics}\n`;
}

const fmt = (v: number | null | undefined) =>
  v === null || v === undefined ? "-" : Number(v.toPrecision(4)).toString();

export function assertReleasable(outcomes: ReleaseOutcome[]): void {
  const blocked = outcomes.filter((o) => o.action === "blocked");
  if (blocked.length > 0) {
    throw new ModelopsError(blocked.map((o) => `${o.model}: not released: ${o.reason}`).join("\n"), 1);
  }
}
