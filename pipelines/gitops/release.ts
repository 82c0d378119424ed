// Local GitOps: what the bot does on GitHub, done against a local git repository. A commit on the default
// branch that changes a model's inputs releases `<model>/vN`; a commit whose inputs match an earlier
// version (a `git revert` of a release merge) moves `production` back to it without retraining.

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join, posix, relative } from "node:path";
import { parse as parseYaml } from "yaml";
import { getModel, type LoadedConfig, loadConfig } from "../config/index.ts";
import type { ModelConfig } from "../config/schema.ts";
import { ModelopsError } from "../errors.ts";
import { type Comparison, compareMetrics } from "../evaluate/index.ts";
import type { MetricsFile } from "../evaluate/types.ts";
import { significant } from "../format/index.ts";
import {
  type BaseConfig,
  decidePromotion,
  type JudgedBy,
  type PromotionDecision,
  type PromotionFacts,
  type PromotionPolicy,
  policyFromBase,
} from "../promotion/index.ts";
import { type Registry, tagOf, type Version } from "../registry/index.ts";
import { type Log, type ModelRef, modelKey, readJson, runModel } from "../run/run.ts";
import { type AllowedSigners, type ApprovalVerdict, localReviews, readApprovals } from "./approvals.ts";
import { blobsAt, inputsFingerprint } from "./fingerprint.ts";
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
  /** The promotion rule's whole decision (pipelines/promotion). */
  decision: PromotionDecision;
}

/**
 * The promotion rule (pipelines/promotion decidePromotion): every gate passes against production AND
 * enough authorised reviewers approved this exact commit. Gates and reviewers come from `policy`, the
 * default branch's (a model config's gates and promotion, or policyFromBase's result), so a change cannot
 * loosen its own gate.
 */
export async function checkPromotion(opts: {
  registry: Registry;
  registryRoot: string;
  model: string;
  policy: Pick<ModelConfig, "gates" | "promotion"> | JudgedBy;
  candidate: MetricsFile;
  commit: string;
  author: string;
  /** Authors and committers of the change's commits: none of them may approve it. */
  commitAuthors?: string[];
  /** The change's commits: approvals of other commits are not this change's reviews. */
  changeCommits?: string[];
  /** The default branch's allowed-signers file: only approvals signed by a listed key count. */
  allowedSigners?: AllowedSigners;
  /** GitHub mode: the merged pull request's reviews (from a ReviewSource) instead of local approvals. */
  reviews?: ChangeReviews;
}): Promise<PromotionCheck> {
  const { gates, policy } = judgedByOf(opts.policy);
  const production = await opts.registry.resolveAlias(opts.model, "production");
  const baseline = production ? await productionMetrics(opts.registry, production) : null;
  const comparison = compareMetrics(baseline, opts.candidate, gates);
  const { facts, unsigned } = opts.reviews
    ? { facts: opts.reviews, unsigned: [] }
    : await localReviews(await readApprovals(opts.registryRoot), {
        model: opts.model,
        policy,
        ...(opts.changeCommits && { changeCommits: opts.changeCommits }),
        ...(opts.allowedSigners && { allowedSigners: opts.allowedSigners }),
      });
  const sign = opts.allowedSigners ? " --sign-key KEY" : "";
  const decision = decidePromotion({
    ...facts,
    policy,
    comparison,
    measured: opts.commit,
    author: opts.reviews?.author ?? opts.author,
    commitAuthors: opts.reviews?.commitAuthors ?? opts.commitAuthors ?? [opts.author],
    approvalHint: opts.reviews
      ? `${facts.who} may promote; approve pull request #${opts.reviews.pull} on ${opts.commit.slice(0, 7)}`
      : `record one with: modelops approve -m ${opts.model} --commit ${opts.commit.slice(0, 7)} --reviewer NAME${sign}`,
  });
  const approvals: ApprovalVerdict = {
    passed: decision.approved,
    required: decision.required,
    approvers: decision.approvers,
    ignored: [...unsigned, ...decision.ignored],
    blockedBy: decision.blockedBy,
    who: decision.who,
  };
  const reasons = [...decision.reasons];
  if (!decision.passed) {
    reasons.push(...approvals.ignored.map((u) => `approval by ${u.login} not counted: ${u.why}`));
  }
  return {
    model: opts.model,
    commit: opts.commit,
    comparison,
    approvals,
    passed: decision.passed,
    reasons,
    decision,
  };
}

/** The reviews of a merged pull request, gathered by a ReviewSource (GitHub mode). */
export interface ChangeReviews
  extends Pick<PromotionFacts, "reviews" | "commitAuthors" | "authorised" | "who"> {
  /** The pull request's author. */
  author: string;
  pull: number;
}

/**
 * Where the reviews of a merge come from in GitHub mode (actions/release reads them through the API): the
 * pull request merged as `merge`, whose head must be `candidate`. A refusal is one line.
 */
export interface ReviewSource {
  reviewsOf(change: {
    merge: string;
    candidate: string;
    policy: PromotionPolicy;
  }): Promise<ChangeReviews | { refused: string }>;
}

function judgedByOf(p: Pick<ModelConfig, "gates" | "promotion"> | JudgedBy): JudgedBy {
  if ("policy" in p) return p;
  return {
    gates: p.gates,
    policy: {
      reviewers: p.promotion.reviewers,
      minApprovals: p.promotion.minApprovals,
      source: "the given config",
    },
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
    const loaded = await loadConfig(file).catch((error: Error) => {
      // Errors name the commit's file (`<rev>:modelops.yaml:12:3: ...`), not the scratch copy.
      const at = /^[0-9a-f]{40}$/.test(rev) ? rev.slice(0, 7) : rev;
      error.message = error.message.split(file).join(`${at}:${path.split("\\").join("/")}`);
      throw error;
    });
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
export async function releaseHead(opts: ReleaseHeadOptions): Promise<ReleaseOutcome[]> {
  const head = await commitInfo(opts.repoDir);
  const outcomes: ReleaseOutcome[] = [];
  for (const name of Object.keys(opts.config.config.models))
    outcomes.push(await releaseModel(opts, head, name));
  return outcomes;
}

export interface ReleaseHeadOptions {
  repoDir: string;
  config: LoadedConfig;
  registry: Registry;
  registryRoot: string;
  runsDir: string;
  actor?: string;
  log?: Log;
  /** GitHub mode: reviews of the merged pull request instead of local approval records. */
  reviews?: ReviewSource;
  /** Called after each write of a release; tests throw here to stop a release as a kill would. */
  onStep?: (step: ReleaseStep, model: string) => void | Promise<void>;
}

/** One model's release at HEAD, and what is known of it before any training. */
interface ModelRelease {
  head: CommitInfo;
  ref: ModelRef;
  key: string;
  production?: Version;
  seconds: () => number;
}

/** One model: unchanged, moved back to an earlier version with these inputs, blocked, or released. */
async function releaseModel(
  opts: ReleaseHeadOptions,
  head: CommitInfo,
  name: string,
): Promise<ReleaseOutcome> {
  await restoreMissingTags(opts, name);
  const started = performance.now();
  const seconds = () => Math.round((performance.now() - started) / 10) / 100;
  const ref: ModelRef = { configDir: opts.config.dir, name, config: getModel(opts.config, name).config };
  const key = await modelKey(ref);
  const production = await opts.registry.resolveAlias(name, "production");
  const live = await liveWithKey(opts.registry, ref, key, production);
  if (live) {
    return {
      model: name,
      action: "unchanged",
      key,
      version: live.version,
      trained: false,
      seconds: seconds(),
      reason: live.reason,
    };
  }
  const earlier = await opts.registry.findVersionByKey(name, key);
  if (earlier) return moveBack(opts, { name, key, head, earlier, production, seconds });
  return trainAndRelease(opts, { head, ref, key, production, seconds });
}

/** The version that already serves these inputs (production, or the canary of a rollout under way), and why. */
async function liveWithKey(
  registry: Registry,
  ref: ModelRef,
  key: string,
  production: Version | undefined,
): Promise<{ version: number; reason: string } | undefined> {
  if (production?.key === key) return { version: production.version, reason: "inputs unchanged" };
  // A canary rollout of these inputs is under way: canary analysis (pipelines/monitor) promotes or aborts it.
  const canary = await registry.resolveAlias(ref.name, "canary");
  if (
    canary?.key === key &&
    (ref.config.deploy.strategy === "canary" || ref.config.deploy.strategy === "ab")
  ) {
    return {
      version: canary.version,
      reason: `v${canary.version} is the canary; canary analysis promotes or aborts it`,
    };
  }
  return undefined;
}

/** New inputs: judge the change, train (or take the PR's run from the store), check promotion, release. */
async function trainAndRelease(opts: ReleaseHeadOptions, m: ModelRelease): Promise<ReleaseOutcome> {
  const { head, ref, key } = m;
  const name = ref.name;
  // The change under review, and the policy it is judged by, before any training: an evil merge or an
  // unreadable policy blocks at once.
  const change = await changeUnderReview(opts, head, name);
  const gathered = opts.reviews
    ? await opts.reviews.reviewsOf({
        merge: head.sha,
        candidate: change.candidateCommit,
        policy: change.judgedBy.policy,
      })
    : undefined;
  const refusal =
    change.judgedBy.policy.error ??
    change.evilMerge ??
    (gathered && "refused" in gathered ? gathered.refused : undefined);
  if (refusal) {
    return { model: name, action: "blocked", key, trained: false, seconds: m.seconds(), reason: refusal };
  }
  const run = await runModel(ref, {
    outDir: join(opts.runsDir, name, key.slice(0, 12)),
    registry: opts.registry,
    log: opts.log,
  });
  const check = await checkPromotion({
    registry: opts.registry,
    registryRoot: opts.registryRoot,
    model: name,
    policy: change.judgedBy,
    candidate: run.metrics,
    commit: change.candidateCommit,
    author: change.author,
    commitAuthors: change.commitAuthors,
    changeCommits: change.changeCommits,
    ...(change.allowedSigners && { allowedSigners: change.allowedSigners }),
    ...(gathered && !("refused" in gathered) && { reviews: gathered }),
  });
  if (!check.passed) {
    return {
      model: name,
      action: "blocked",
      key,
      trained: !run.cached,
      seconds: m.seconds(),
      reason: check.reasons.join("; "),
      check,
    };
  }
  return publishVersion(opts, m, run, check);
}

/** The release's writes, in order: version vN, the tag `<model>/vN`, then production (or canary) moves to it. */
async function publishVersion(
  opts: ReleaseHeadOptions,
  m: ModelRelease,
  run: Awaited<ReturnType<typeof runModel>>,
  check: PromotionCheck,
): Promise<ReleaseOutcome> {
  const { head, ref, key, production } = m;
  const name = ref.name;
  const created = await opts.registry.createVersion(name, {
    key,
    digest: run.digest,
    commit: head.sha,
    metrics: numericMetrics(run.metrics),
    source: `${head.sha.slice(0, 7)} ${head.subject}`,
  });
  await opts.onStep?.("version-created", name);
  const tag = tagOf(name, created.version);
  await git(opts.repoDir, ["tag", "-a", tag, head.sha, "-m", releaseNotes(tag, key, check)]);
  await opts.onStep?.("tagged", name);
  // deploy.strategy canary: the new version takes the `canary` label beside production; canary analysis
  // (pipelines/monitor runCanary) walks its traffic steps and promotes it or aborts and reverts.
  const asCanary =
    (ref.config.deploy.strategy === "canary" || ref.config.deploy.strategy === "ab") &&
    production !== undefined;
  await opts.registry.setAlias(name, asCanary ? "canary" : "production", created.version, {
    reason: `release ${tag} (${head.sha.slice(0, 7)} ${head.subject})${asCanary ? " as a canary" : ""}`,
    actor: opts.actor,
    commit: head.sha,
  });
  return {
    model: name,
    action: "released",
    key,
    version: created.version,
    previous: production?.version,
    tag,
    trained: !run.cached,
    seconds: m.seconds(),
    reason: `${asCanary ? "released as the canary; " : ""}${run.cached ? "artifact of the reviewed run, no retraining" : "trained on release"}`,
    check,
  };
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
    tag: m.earlier.tag ?? tagOf(m.name, m.earlier.version),
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
    const tag = v.tag ?? tagOf(model, v.version);
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

/** The change a commit on the default branch brings, as the promotion rule judges it. */
interface ChangeUnderReview {
  /** The reviewed commit: a merge's second parent, else the commit itself. */
  candidateCommit: string;
  /** The change's commits (base..candidate), newest first. */
  changeCommits: string[];
  /** Git author name of the candidate commit. */
  author: string;
  /** Author and committer names of the change's commits. */
  commitAuthors: string[];
  /** The default branch's policy before the change (policyFromBase). */
  judgedBy: JudgedBy;
  allowedSigners?: AllowedSigners;
  /** Set when the merge commit's inputs differ from the reviewed head's: the reason. */
  evilMerge?: string;
}

/** Where the default branch lists the SSH keys whose approvals count (see docs/ARCHITECTURE.md). */
export const SETTINGS_PATH = ".github/modelops.yml";
export const DEFAULT_ALLOWED_SIGNERS = ".github/modelops-allowed-signers";

/**
 * For a merge: the reviewed head is the second parent, the policy is the first parent's config (the
 * default branch before the merge), and the merge commit must hold the reviewed head's inputs. A root
 * commit has no default branch before it: the default policy.
 */
async function changeUnderReview(
  opts: { repoDir: string; config: LoadedConfig },
  head: CommitInfo,
  model: string,
): Promise<ChangeUnderReview> {
  const candidateCommit = head.parents[1] ?? head.sha;
  const base = head.parents[0];
  const configPath = repoPath(opts.repoDir, opts.config.file);
  const author = await git(opts.repoDir, ["show", "-s", "--format=%an", candidateCommit]);
  const range = base ? [`${base}..${candidateCommit}`] : [candidateCommit];
  const changeCommits = (await git(opts.repoDir, ["rev-list", ...range])).split("\n").filter(Boolean);
  const names = await git(opts.repoDir, ["log", "--format=%an%n%cn", ...range]);
  const commitAuthors = [...new Set(names.split("\n").filter(Boolean))];
  const where = base
    ? `${configPath} at ${base.slice(0, 7)}`
    : `${configPath} before ${head.sha.slice(0, 7)}`;
  const judgedBy = policyFromBase(
    base ? await baseConfigAt(opts.repoDir, base, opts.config.file, where) : { state: "missing", where },
    model,
  );
  const allowedSigners = base ? await allowedSignersAt(opts.repoDir, base) : undefined;
  const out: ChangeUnderReview = {
    candidateCommit,
    changeCommits,
    author,
    commitAuthors,
    judgedBy,
    ...(allowedSigners && { allowedSigners }),
  };
  if (candidateCommit !== head.sha) {
    const merged = await fingerprintAt(opts.repoDir, head.sha, opts.config.file, model);
    const approved = await fingerprintAt(opts.repoDir, candidateCommit, opts.config.file, model);
    if (merged !== approved) {
      out.evilMerge = `the merge commit ${head.sha.slice(0, 7)} changes ${model}'s inputs beyond the reviewed head ${candidateCommit.slice(0, 7)}; merge the reviewed head as it is (update the branch, have it measured and approved again)`;
    }
  }
  return out;
}

const repoPath = (repoDir: string, file: string) =>
  (relative(repoDir, file) || basename(file)).split("\\").join("/");

/** Whether `path` exists in commit `rev`. */
async function existsAt(repoDir: string, rev: string, path: string): Promise<boolean> {
  return git(repoDir, ["cat-file", "-e", `${rev}:${path}`]).then(
    () => true,
    () => false,
  );
}

/** The default branch's config at `rev` for policyFromBase: missing, unreadable (with the reason) or loaded. */
export async function baseConfigAt(
  repoDir: string,
  rev: string,
  configFile: string,
  where: string,
): Promise<BaseConfig> {
  if (!(await existsAt(repoDir, rev, repoPath(repoDir, configFile)))) return { state: "missing", where };
  try {
    const loaded = await loadConfigAt(repoDir, rev, configFile);
    return { state: "ok", where, models: loaded.config.models };
  } catch (error) {
    const first = ((error as Error).message.split("\n")[0] ?? "").trim();
    return { state: "invalid", where, error: first };
  }
}

/** The allowed-signers file the settings at `rev` name (or the default path), when it exists there. */
async function allowedSignersAt(repoDir: string, rev: string): Promise<AllowedSigners | undefined> {
  let path = DEFAULT_ALLOWED_SIGNERS;
  if (await existsAt(repoDir, rev, SETTINGS_PATH)) {
    const raw = parseYaml(await git(repoDir, ["show", `${rev}:${SETTINGS_PATH}`])) as {
      allowedSigners?: unknown;
    } | null;
    if (raw && typeof raw.allowedSigners === "string" && raw.allowedSigners)
      path = raw.allowedSigners.replace(/^\.?\//, "");
  }
  if (!(await existsAt(repoDir, rev, path))) return undefined;
  return { path, text: `${await git(repoDir, ["show", `${rev}:${path}`])}\n` };
}

/** The fingerprint of `model`'s inputs in commit `rev` (undefined when the config there lacks it). */
async function fingerprintAt(
  repoDir: string,
  rev: string,
  configFile: string,
  model: string,
): Promise<string | undefined> {
  const config = await loadConfigAt(repoDir, rev, configFile).catch(() => undefined);
  const m = config?.config.models[model];
  if (!m || !Object.hasOwn(config.config.models, model)) return undefined;
  return inputsFingerprint(
    model,
    m,
    posix.dirname(repoPath(repoDir, configFile)),
    await blobsAt(repoDir, rev),
  );
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

const fmt = (v: number | null | undefined) => (v === null || v === undefined ? "-" : String(significant(v)));

export function assertReleasable(outcomes: ReleaseOutcome[]): void {
  const blocked = outcomes.filter((o) => o.action === "blocked");
  if (blocked.length > 0) {
    throw new ModelopsError(blocked.map((o) => `${o.model}: not released: ${o.reason}`).join("\n"), 1);
  }
}
