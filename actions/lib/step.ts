// What every action does around its work: gather its dependencies (injectable in tests), turn errors into a
// failed step with one clear line (config problems also as annotations at file:line), and write the job
// summary.
import * as core from "@actions/core";
import { ConfigError } from "../../pipelines/config/index.ts";
import { ModelopsError } from "../../pipelines/errors.ts";
import { type ArtifactService, actionsArtifacts } from "./artifact.ts";
import { actionsCache, type CacheService } from "./cache.ts";
import { contextFromEnv, type EventContext } from "./context.ts";
import { type GitHubApi, githubApi } from "./github-api.ts";
import { shown } from "./model.ts";

export interface ActionDeps {
  context: EventContext;
  cache: CacheService;
  artifacts: ArtifactService;
  /** The GitHub API client for a token; tests may pass their own fetch. */
  api: (token: string) => GitHubApi;
}

export function actionDeps(partial: Partial<ActionDeps> & { fetch?: typeof fetch } = {}): ActionDeps {
  const context = partial.context ?? contextFromEnv();
  return {
    context,
    cache: partial.cache ?? actionsCache,
    artifacts: partial.artifacts ?? actionsArtifacts,
    api:
      partial.api ??
      ((token) =>
        githubApi(token, context.repository, {
          baseUrl: context.apiUrl,
          ...(partial.fetch && { fetch: partial.fetch }),
        })),
  };
}

/** Runs an action's body; any error becomes a failed step (the runner's exit code 1). */
export async function step(
  partial: Partial<ActionDeps> & { fetch?: typeof fetch },
  body: (deps: ActionDeps) => Promise<void>,
): Promise<void> {
  const deps = actionDeps(partial);
  try {
    await body(deps);
  } catch (error) {
    fail(error, deps.context.workspace);
  }
}

/** A failed step: annotations for config problems at file:line, then one line saying what to do. */
export function fail(error: unknown, workspace: string): void {
  const here = (text: string) => text.split(`${workspace}/`).join("");
  if (error instanceof ConfigError) {
    for (const issue of error.issues) {
      const file = shown(workspace, issue.file);
      core.error(issue.path ? `${issue.path}: ${issue.message}` : issue.message, {
        title: "modelops.yaml",
        file,
        ...(issue.line > 0 && { startLine: issue.line, startColumn: issue.column }),
      });
    }
    const first = error.issues[0];
    const count = error.issues.length;
    core.setFailed(
      `${count} problem${count === 1 ? "" : "s"} in the modelops config (annotated at ${count === 1 ? "its line" : "their lines"})${first ? `; first: ${here(formatFirst(first, workspace))}` : ""}`,
    );
    return;
  }
  if (error instanceof ModelopsError) {
    for (const line of error.message.split("\n").slice(1)) core.error(here(line));
    core.setFailed(here(error.message.split("\n")[0] ?? error.message));
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof Error && error.stack) core.debug(error.stack);
  core.setFailed(
    `internal error: ${here(message.split("\n")[0] ?? "")} (a modelops bug: please report it; re-run with debug logging for the stack trace)`,
  );
}

function formatFirst(issue: ConfigError["issues"][number], workspace: string): string {
  const file = shown(workspace, issue.file);
  const where = issue.line > 0 ? `${file}:${issue.line}:${issue.column}` : file;
  return issue.path ? `${where}: ${issue.path}: ${issue.message}` : `${where}: ${issue.message}`;
}

/** Appends to the job summary; outside Actions (no GITHUB_STEP_SUMMARY) there is none to write. */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown, true).write();
}

/** Sets each output (undefined values are left unset) and logs them. */
export function setOutputs(outputs: Record<string, string | number | boolean | undefined>): void {
  for (const [name, value] of Object.entries(outputs)) {
    if (value === undefined) continue;
    core.setOutput(name, String(value));
  }
}
