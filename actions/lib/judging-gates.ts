// The gates a step judges by. On a pull request they are the DEFAULT branch's (as the bot judges it), never
// the pull request's own modelops.yaml: a change cannot loosen its own gate, not even in the `gate` output.
// Read through the contents API with the step's token, else from the checkout's git history
// (origin/<default branch>); a default branch that cannot be read fails the gate, with the reason.
import { ConfigError, parseConfig } from "../../pipelines/config/index.ts";
import type { ModelConfig } from "../../pipelines/config/schema.ts";
import { git } from "../../pipelines/gitops/git.ts";
import { baseConfigAt } from "../../pipelines/gitops/release.ts";
import { type BaseConfig, policyFromBase } from "../../pipelines/promotion/index.ts";
import type { EventContext } from "./context.ts";
import type { GitHubApi } from "./github-api.ts";
import { type ResolvedModel, shown } from "./model.ts";

export interface JudgingGates {
  gates: ModelConfig["gates"];
  /** Where they come from, for the report: "modelops.yaml on main (the default branch)". */
  source: string;
  /** Set when the default branch's gates cannot be read or its config is broken: the gate fails. */
  error?: string;
}

export async function judgingGates(
  ctx: EventContext,
  m: ResolvedModel,
  opts: { token: string; api: (token: string) => GitHubApi },
): Promise<JudgingGates> {
  const path = shown(ctx.workspace, m.loaded.file);
  if (!ctx.payload.pull_request) {
    return { gates: m.ref.config.gates, source: `${path} of the checked-out commit (not a pull request)` };
  }
  const branch = ctx.payload.repository?.default_branch || "main";
  const where = `${path} on ${branch} (the default branch)`;
  const read = await readBase(ctx, path, branch, where, opts);
  if ("error" in read) {
    return {
      gates: {},
      source: where,
      error: `the default branch's gates could not be read (${read.error}); pass token: \${{ github.token }} (contents: read) or check out with fetch-depth: 0`,
    };
  }
  const judged = policyFromBase(read.base, m.ref.name);
  if (judged.policy.error) return { gates: {}, source: where, error: judged.policy.error };
  return { gates: judged.gates, source: judged.policy.source };
}

async function readBase(
  ctx: EventContext,
  path: string,
  branch: string,
  where: string,
  opts: { token: string; api: (token: string) => GitHubApi },
): Promise<{ base: BaseConfig } | { error: string }> {
  const why: string[] = [];
  const token = opts.token.startsWith("${{") ? "" : opts.token;
  if (token) {
    try {
      return { base: baseFromText(await opts.api(token).fileAt(path, branch), path, where) };
    } catch (error) {
      why.push(`GitHub API: ${firstLine(error)}`);
    }
  } else why.push("no token");
  const rev = `refs/remotes/origin/${branch}`;
  const local = await git(ctx.workspace, ["rev-parse", "--verify", "-q", `${rev}^{commit}`]).catch(() => "");
  if (local) return { base: await baseConfigAt(ctx.workspace, local, `${ctx.workspace}/${path}`, where) };
  why.push(`no origin/${branch} in the checkout`);
  return { error: why.join("; ") };
}

/** modelops.yaml's text on the default branch (null: not there) as the promotion rule reads it. */
export function baseFromText(text: string | null, path: string, where: string): BaseConfig {
  if (text === null) return { state: "missing", where };
  try {
    // The base directory only anchors data paths; nothing is read from disk.
    const loaded = parseConfig(text.replace(/^\uFEFF/, ""), path, "/repository");
    return { state: "ok", where, models: loaded.config.models };
  } catch (error) {
    if (error instanceof ConfigError) return { state: "invalid", where, error: firstLine(error) };
    throw error;
  }
}

const firstLine = (error: unknown) =>
  ((error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "").trim();
