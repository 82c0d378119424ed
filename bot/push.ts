// What a push to the default branch does to each model, shared by releaseBot and rollbackBot. The inputs'
// fingerprint at the pushed commit (fingerprint.ts) is compared with the registry's versions:
//   unchanged  the same inputs as production: nothing to do
//   restore    the inputs of an earlier version (a revert): production goes back to that artifact
//   new        inputs never released: a release, when the push merges an approved pull request
import type { Context } from "probot";
import { type Fingerprints, fingerprintsAt } from "./fingerprint.ts";
import type { PullRequest } from "./github.ts";
import { memo } from "./locks.ts";
import { loadRegistry } from "./policy.ts";
import { productionOf, type RegistryEntry, versionsOf } from "./registry.ts";
import { type BotSettings, loadSettings } from "./settings.ts";

export type PushContext = Context<"push">;

export type ModelChange =
  | { kind: "unchanged"; entries: RegistryEntry[] }
  | { kind: "restore"; target: RegistryEntry; entries: RegistryEntry[] }
  | { kind: "new"; entries: RegistryEntry[] };

export interface PushPlan {
  settings: BotSettings;
  before: string;
  after: string;
  head: Fingerprints;
  /** The pull request this push merged (its merge commit is the pushed head), if any. */
  merged?: PullRequest;
  changes: Map<string, ModelChange>;
  /** Commits of the push that say "This reverts commit <sha>", with that sha. */
  reverts: Array<{ commit: string; reverted: string }>;
}

/** null when the push is not to the default branch (or deletes it). */
export function planPush(context: PushContext): Promise<PushPlan | null> {
  return memo(context.payload, "push-plan", async () => {
    const p = context.payload;
    if (p.deleted || p.ref !== `refs/heads/${p.repository.default_branch}`) return null;
    const repo = context.repo();
    // The settings before the push (the merge's first parent): a merged pull request cannot choose them.
    const settings = await loadSettings(context as unknown as Context, p.before);
    const head = await fingerprintsAt(context.octokit, repo, settings.config, p.after);
    const registry = await loadRegistry(context);
    const changes = new Map<string, ModelChange>();
    for (const [model, fp] of head.models) {
      const entries = versionsOf(registry, model);
      const production = productionOf(entries);
      if (production && production.current.record.fingerprint === fp)
        changes.set(model, { kind: "unchanged", entries });
      else {
        const target = entries.find((e) => e.record.fingerprint === fp);
        changes.set(model, target ? { kind: "restore", target, entries } : { kind: "new", entries });
      }
    }
    const { data: pulls } = await context.octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      ...repo,
      commit_sha: p.after,
    });
    const mergedSimple = pulls.find((pr) => pr.merged_at && pr.merge_commit_sha === p.after);
    const merged = mergedSimple
      ? (await context.octokit.rest.pulls.get({ ...repo, pull_number: mergedSimple.number })).data
      : undefined;
    const reverts: PushPlan["reverts"] = [];
    for (const c of p.commits) {
      for (const m of c.message.matchAll(/This reverts commit ([0-9a-f]{7,40})/g)) {
        reverts.push({ commit: c.id, reverted: m[1] as string });
      }
    }
    return { settings, before: p.before, after: p.after, head, merged, changes, reverts };
  });
}
