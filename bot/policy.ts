// The policy a pull request is judged by, read from the default branch (never from the pull request), and
// the re-evaluation every handler shares: judge -> check run -> verdict part of the sticky comment.
import type { Context } from "probot";
import { policyFromBase } from "../pipelines/promotion/index.ts";
import { ownChecks, upsertCheck, verdictCheck } from "./checks.ts";
import type { BotOptions, CheckRun, Octokit, PullRequest, RepoRef } from "./github.ts";
import { memo } from "./locks.ts";
import { listRegistry, productionOf, type RegistryEntry, versionsOf } from "./registry.ts";
import { type BotSettings, baseConfigOf, type ConfigAt, configAt, loadSettings } from "./settings.ts";
import type { CheckState } from "./state.ts";
import { updateStickyVerdict } from "./sticky.ts";
import { judge, type Policy, renderVerdict, type Verdict } from "./verdict.ts";

export interface RepoPolicy {
  settings: BotSettings;
  defaultBranch: string;
  /** modelops.yaml on the default branch. */
  config: ConfigAt;
  /** The models the default branch's config defines. */
  models: string[];
  policyFor(model: string): Policy;
}

type RepoContext = Context<
  | "workflow_run"
  | "pull_request"
  | "pull_request_review"
  | "issue_comment"
  | "check_run"
  | "check_suite"
  | "push"
>;

export function repoOf(context: RepoContext): RepoRef {
  return context.repo();
}

/** Settings and the default branch's modelops.yaml, read once per webhook. */
export function loadPolicy(context: RepoContext): Promise<RepoPolicy> {
  return memo(context.payload, "policy", async () => {
    const settings = await loadSettings(context as Context);
    const defaultBranch = context.payload.repository.default_branch;
    const config = await configAt(context.octokit, context.repo(), settings.config, defaultBranch);
    const where = `${settings.config} on ${defaultBranch}`;
    const models = config.ok ? Object.keys(config.loaded.config.models) : [];
    return {
      settings,
      defaultBranch,
      config,
      models,
      policyFor(model: string): Policy {
        return policyFromBase(baseConfigOf(config, where), model);
      },
    };
  });
}

/** The registry (releases), read once per webhook. */
export function loadRegistry(context: RepoContext): Promise<RegistryEntry[]> {
  return memo(context.payload, "registry", () => listRegistry(context.octokit, context.repo()));
}

/**
 * Judges `state` again (approvals change, production moves, an override arrives) and writes the result to
 * the check run and the verdict part of the sticky comment. Returns the verdict.
 */
export async function refresh(
  context: RepoContext,
  opts: BotOptions,
  pr: PullRequest,
  state: CheckState,
  run?: CheckRun,
): Promise<Verdict> {
  const octokit: Octokit = context.octokit;
  const repo = context.repo();
  const policy = (await loadPolicy(context)).policyFor(state.model);
  const production = productionOf(versionsOf(await loadRegistry(context), state.model));
  const verdict = await judge(octokit, repo, { state, author: pr.user.login, policy, production });
  await upsertCheck(octokit, repo, {
    sha: state.sha,
    model: state.model,
    appId: opts.appId,
    content: verdictCheck(verdict, state, pr.html_url),
    existing: run,
  });
  await updateStickyVerdict(
    octokit,
    repo,
    pr.number,
    opts.appId,
    state.model,
    renderVerdict(verdict, { headSha: pr.head.sha }),
  );
  return verdict;
}

/** The measured state of every model with a check run of the app on the pull request's head. */
export function headStates(
  context: RepoContext,
  opts: BotOptions,
  pr: PullRequest,
): Promise<Array<{ run: CheckRun; state: CheckState }>> {
  return ownChecks(context.octokit, context.repo(), pr.head.sha, opts.appId);
}
