// Where the bot reads its instructions. The promotion policy (gates, reviewers, minimum approvals) always
// comes from the DEFAULT branch, so a pull request cannot loosen its own gate:
// - `.github/modelops.yml` (optional, read through Probot's config plugin from the default branch, or for a
//   push from its first parent): where modelops.yaml is and which workflow produces the results;
// - modelops.yaml at that path, on the default branch (the policy) or at a commit (what a change proposes).
import type { Context } from "probot";
import { z } from "zod";
import { ConfigError, type LoadedConfig } from "../pipelines/config/index.ts";
import type { BaseConfig } from "../pipelines/promotion/index.ts";
import { parseConfigBounded } from "./config-worker.ts";
import { type Octokit, type RepoRef, readFile } from "./github.ts";

export interface BotSettings {
  /** Path of modelops.yaml in the repository. */
  config: string;
  /** The workflow file whose runs carry the results (`.github/workflows/<workflow>`, matched exactly). */
  workflow: string;
}

export const SETTINGS_FILE = "modelops.yml";
export const DEFAULT_SETTINGS: BotSettings = { config: "modelops.yaml", workflow: "modelops.yml" };

/**
 * `.github/modelops.yml` of the default branch, or at `ref` (a push reads the settings at its `before`, the
 * merge's first parent, so a pull request cannot point `config:` or `workflow:` somewhere new for itself).
 */
export async function loadSettings(context: Context, ref?: string): Promise<BotSettings> {
  const { config } = await context.octokit.config.get({
    ...context.repo(),
    path: `.github/${SETTINGS_FILE}`,
    ...(ref && { branch: ref }),
  });
  return BOT_SETTINGS.parse(config ?? {});
}

// A missing, empty or non-string value falls back to the default (the file is optional and written by hand;
// other keys, e.g. `releaser:`, are read by their own owners). Leading "./" or "/" of `config` is dropped.
const orDefault = (fallback: string) => z.string().min(1).catch(fallback).default(fallback);
const BOT_SETTINGS = z
  .object({
    config: orDefault(DEFAULT_SETTINGS.config).transform((p) => p.replace(/^\.?\//, "")),
    workflow: orDefault(DEFAULT_SETTINGS.workflow),
  })
  .catch(() => ({ ...DEFAULT_SETTINGS }));

export type ConfigAt =
  | { ok: true; loaded: LoadedConfig; ref: string }
  | { ok: false; ref: string; missing: boolean; error: string };

/** modelops.yaml at `ref` (a sha or branch), parsed and validated by the engine's loader. */
export async function configAt(
  octokit: Octokit,
  repo: RepoRef,
  path: string,
  ref: string,
): Promise<ConfigAt> {
  const text = await readFile(octokit, repo, path, ref);
  if (text === null) return { ok: false, ref, missing: true, error: `${path} not found at ${ref}` };
  try {
    // The base directory only anchors data paths; nothing is read from disk. Parsed in a worker thread
    // with size and time limits (bot/config-worker.ts): the text comes from a pull request.
    const loaded = await parseConfigBounded(text.replace(/^\uFEFF/, ""), path, "/repository");
    return { ok: true, loaded, ref };
  } catch (error) {
    if (error instanceof ConfigError) {
      const first = error.message.split("\n")[0] ?? error.message;
      return { ok: false, ref, missing: false, error: first };
    }
    throw error;
  }
}

/** The default branch's config as pipelines/promotion reads it (where: e.g. "modelops.yaml on main"). */
export function baseConfigOf(config: ConfigAt, where: string): BaseConfig {
  if (config.ok) return { state: "ok", where, models: config.loaded.config.models };
  if (config.missing) return { state: "missing", where };
  return { state: "invalid", where, error: config.error };
}

/** The repository path of the configured workflow: `.github/workflows/<workflow>` unless given in full. */
export function workflowPath(settings: BotSettings): string {
  const w = settings.workflow.replace(/^\.?\//, "");
  return w.startsWith(".github/workflows/") ? w : `.github/workflows/${w}`;
}

/** True when a workflow run's file is exactly the configured modelops workflow. */
export function isModelopsWorkflow(settings: BotSettings, path: string | undefined | null): boolean {
  return !!path && path === workflowPath(settings);
}

/** The git blob id of `path` at `ref`, null when there is no such file. */
async function blobAt(octokit: Octokit, repo: RepoRef, path: string, ref: string): Promise<string | null> {
  try {
    const { data } = await octokit.rest.repos.getContent({ ...repo, path, ref });
    return !Array.isArray(data) && data.type === "file" ? data.sha : null;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null;
    throw error;
  }
}

export type WorkflowTrust =
  | { trusted: true }
  /** `ours`: the run is of the configured workflow file, but its content is not the default branch's. */
  | { trusted: false; ours: boolean; why: string };

/**
 * Whether a workflow run may supply metrics and artifacts: its workflow file is exactly the one the default
 * branch's settings name, and that file at the run's head commit is byte for byte the default branch's
 * (same git blob id). A workflow a pull request adds or edits supplies nothing.
 */
export async function trustWorkflowRun(
  octokit: Octokit,
  repo: RepoRef,
  settings: BotSettings,
  defaultBranch: string,
  run: { path: string; head_sha: string },
): Promise<WorkflowTrust> {
  const path = workflowPath(settings);
  if (run.path !== path) {
    return {
      trusted: false,
      ours: false,
      why: `the run is of ${run.path || "an unknown workflow"}, not ${path} (the workflow ${defaultBranch}'s settings name)`,
    };
  }
  const main = await blobAt(octokit, repo, path, defaultBranch);
  if (!main) {
    return {
      trusted: false,
      ours: true,
      why: `${path} does not exist on ${defaultBranch}: results count only from the workflow the default branch holds; merge the workflow in a pull request of its own first`,
    };
  }
  const head = await blobAt(octokit, repo, path, run.head_sha);
  if (head !== main) {
    return {
      trusted: false,
      ours: true,
      why: `${path} at ${run.head_sha.slice(0, 7)} is not ${defaultBranch}'s (blob ${(head ?? "none").slice(0, 7)}, ${main.slice(0, 7)} on ${defaultBranch}): this pull request changes it, or ${defaultBranch} changed it since the branch was made. Results of a workflow the default branch has not reviewed are not used; merge workflow changes in a pull request of their own, and update this branch`,
    };
  }
  return { trusted: true };
}
