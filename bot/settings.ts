// Where the bot reads its instructions. The promotion policy (gates, reviewers, minimum approvals) always
// comes from the DEFAULT branch, so a pull request cannot loosen its own gate:
// - `.github/modelops.yml` (optional, read with Probot's context.config from the default branch): where
//   modelops.yaml is and which workflow produces the results;
// - modelops.yaml at that path, on the default branch (the policy) or at a commit (what a change proposes).
import type { Context } from "probot";
import { ConfigError, type LoadedConfig } from "../pipelines/config/index.ts";
import { parseConfigBounded } from "./config-worker.ts";
import { type Octokit, type RepoRef, readFile } from "./github.ts";

export interface BotSettings {
  /** Path of modelops.yaml in the repository. */
  config: string;
  /** The workflow file whose runs carry the results (matched on its path's end). */
  workflow: string;
}

export const SETTINGS_FILE = "modelops.yml";
export const DEFAULT_SETTINGS: BotSettings = { config: "modelops.yaml", workflow: "modelops.yml" };

export async function loadSettings(context: Context): Promise<BotSettings> {
  const raw = (await context.config<Partial<BotSettings>>(SETTINGS_FILE, {})) ?? {};
  return {
    config:
      typeof raw.config === "string" && raw.config
        ? raw.config.replace(/^\.?\//, "")
        : DEFAULT_SETTINGS.config,
    workflow: typeof raw.workflow === "string" && raw.workflow ? raw.workflow : DEFAULT_SETTINGS.workflow,
  };
}

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

/** True when a workflow run's file is the configured modelops workflow. */
export function isModelopsWorkflow(settings: BotSettings, path: string | undefined | null): boolean {
  if (!path) return false;
  const file = settings.workflow.replace(/^\.github\/workflows\//, "");
  return path === settings.workflow || path.endsWith(`/${file}`);
}
