// canaryBot: a canary analysis that failed where the model is served (`modelops monitor canary --github`)
// sends a repository_dispatch `modelops-canary-aborted`. Traffic is already back on stable by then; this
// makes git agree: a pull request reverting the canary's release merge, with the analysis as its body, and
// a line on the released pull request's sticky comment. Merging the revert is the rollback (rollbackBot).
import type { Probot } from "probot";
import { MODEL_NAME_RE } from "../pipelines/config/names.ts";
import {
  CANARY_ABORTED_EVENT,
  type CanaryAbortedPayload,
  type GitHubRequest,
  revertPullRequest,
} from "../pipelines/monitor/revert.ts";
import { retiredAsBad } from "../pipelines/registry/rollback-rule.ts";
import { type BotOptions, type Octokit, type RepoRef, short } from "./github.ts";
import { oncePerDelivery, withLock } from "./locks.ts";
import { listRegistry, storeOf, tagOf } from "./registry.ts";
import { setStickyBlock } from "./sticky.ts";
import { escapeMd } from "./verdict.ts";

export function canaryBot(app: Probot, opts: BotOptions): void {
  app.on("repository_dispatch", async (context) => {
    if (context.payload.action !== CANARY_ABORTED_EVENT) return;
    await oncePerDelivery(context.id, "canary", async () => {
      const repo = context.repo();
      const payload = parsePayload(context.payload.client_payload);
      if (typeof payload === "string") {
        context.log.warn({ reason: payload }, "ignored a canary dispatch");
        return;
      }
      const branch = context.payload.repository.default_branch;
      await withLock(`${repo.owner}/${repo.repo}@${payload.model}`, () =>
        openRevert(context.octokit, repo, branch, opts, payload, context.log),
      );
    });
  });
}

/** The dispatch's client_payload, checked (it comes from a token holder, not from the bot). */
function parsePayload(raw: unknown): CanaryAbortedPayload | string {
  const p = (raw ?? {}) as Record<string, unknown>;
  if (typeof p.model !== "string" || !MODEL_NAME_RE.test(p.model)) return "no valid model";
  if (!Number.isInteger(p.version) || (p.version as number) < 1) return "no valid version";
  if (!Number.isInteger(p.stable)) return "no valid stable version";
  if (typeof p.reason !== "string" || typeof p.analysis !== "string") return "no reason or analysis";
  return p as unknown as CanaryAbortedPayload;
}

async function openRevert(
  octokit: Octokit,
  repo: RepoRef,
  base: string,
  opts: BotOptions,
  payload: CanaryAbortedPayload,
  log: { info(o: object, m: string): void; warn(o: object, m: string): void },
): Promise<void> {
  const tag = tagOf(payload.model, payload.version);
  // The dispatch names the store's version number, the same number the release and its tag carry.
  const entry = (await listRegistry(octokit, repo, log)).find(
    (e) => e.record.model === payload.model && e.record.version === payload.version,
  );
  if (!entry) {
    log.warn({ tag }, "canary aborted, but no verified release of that version to revert");
    return;
  }
  const bad = retiredAsBad(payload.version, await storeOf(octokit, repo).history(payload.model));
  if (bad?.alias === "production") {
    log.info({ tag, at: bad.at, reason: bad.reason }, "canary aborted; its release was already rolled back");
    return;
  }
  const request: GitHubRequest = async (method, path, body) =>
    (await octokit.request(`${method} ${path}`, (body ?? {}) as Record<string, unknown>)).data;
  const intro = `The canary analysis of [\`${tag}\`](${entry.release.html_url}) failed where it is served; traffic went back to \`${tagOf(payload.model, payload.stable)}\`. This pull request reverts the release merge ${entry.record.commit} so that git agrees; merging it records the rollback.`;
  let text: string;
  try {
    const pr = await revertPullRequest({
      request,
      owner: repo.owner,
      repo: repo.repo,
      base,
      mergeSha: entry.record.commit,
      title: `Revert ${tag}: canary analysis failed`,
      body: `${intro}\n\n${payload.analysis}`,
    });
    log.info({ tag, pr: pr.number }, "canary aborted: revert pull request opened");
    text = `### ↩️ Canary aborted\n\n\`${tag}\` failed its canary analysis: ${escapeMd(payload.reason)}. Traffic is back on \`${tagOf(payload.model, payload.stable)}\`; #${pr.number} reverts ${short(entry.record.commit)}.`;
  } catch (err) {
    const status = (err as { status?: number }).status;
    // The revert branch exists: an earlier delivery (or a person) already opened the revert.
    if (status === 422 && /already exists/i.test(String((err as Error).message))) {
      log.info({ tag }, "canary aborted: the revert branch already exists");
      return;
    }
    const why = err instanceof Error ? err.message : String(err);
    log.warn({ tag, why }, "canary aborted: could not open the revert pull request");
    text = `### ⚠️ Canary aborted, revert needed\n\n\`${tag}\` failed its canary analysis: ${escapeMd(payload.reason)}. Traffic is back on \`${tagOf(payload.model, payload.stable)}\`, but the revert pull request could not be opened (${escapeMd(why)}): revert ${short(entry.record.commit)} by hand.`;
  }
  if (entry.record.pr !== undefined) {
    await setStickyBlock(octokit, repo, entry.record.pr, opts.appId, payload.model, "canary", text);
  }
}
