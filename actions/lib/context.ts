// What an action knows about the run that started it: the event, its payload, the repository and the
// workspace. Read from the environment GitHub Actions sets (the same fields as @actions/github's `context`),
// freshly on every call, so a test can start one action after another with different events.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

/** The parts of a webhook payload the actions read. Everything else is ignored. */
export interface EventPayload {
  action?: string;
  label?: { name?: string };
  sender?: { login?: string };
  repository?: { full_name?: string; default_branch?: string };
  pull_request?: {
    number: number;
    head: { sha: string; ref?: string; repo?: { full_name?: string; fork?: boolean } | null };
    base: { sha?: string; ref?: string; repo?: { full_name?: string } | null };
    labels?: Array<{ name?: string }>;
  };
}

export interface EventContext {
  eventName: string;
  payload: EventPayload;
  /** owner/name of the repository the workflow runs in. */
  repository: string;
  /** The commit the workflow runs for (GITHUB_SHA). */
  sha: string;
  /** refs/heads/main, refs/pull/12/merge, ... (GITHUB_REF). */
  ref: string;
  actor: string;
  /** Where the repository is checked out; relative inputs are relative to it. */
  workspace: string;
  /** The REST API root (GITHUB_API_URL). */
  apiUrl: string;
}

export function contextFromEnv(env: NodeJS.ProcessEnv = process.env): EventContext {
  const eventPath = env.GITHUB_EVENT_PATH;
  let payload: EventPayload = {};
  if (eventPath && existsSync(eventPath))
    payload = JSON.parse(readFileSync(eventPath, "utf8")) as EventPayload;
  return {
    eventName: env.GITHUB_EVENT_NAME ?? "",
    payload,
    repository: env.GITHUB_REPOSITORY ?? payload.repository?.full_name ?? "",
    sha: env.GITHUB_SHA ?? "",
    ref: env.GITHUB_REF ?? "",
    actor: env.GITHUB_ACTOR ?? "",
    workspace: resolve(env.GITHUB_WORKSPACE || process.cwd()),
    apiUrl: env.GITHUB_API_URL || "https://api.github.com",
  };
}
