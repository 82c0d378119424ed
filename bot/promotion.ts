// promotionBot: the approvals rule is judged again whenever a review is submitted or dismissed and whenever
// the pull request changes. A new push moves the head: the measured commit is no longer the head, so the
// old approvals stop counting and the sticky comment says the results are outdated until the workflow
// reports the new head.
import type { Context, Probot } from "probot";
import { type BotOptions, getPull, short } from "./github.ts";
import { oncePerDelivery, withLock } from "./locks.ts";
import { headStates, loadPolicy, refresh } from "./policy.ts";
import { markerOf, ownComments, setStickyBlock } from "./sticky.ts";

type PromotionContext = Context<
  | "pull_request_review.submitted"
  | "pull_request_review.dismissed"
  | "pull_request.synchronize"
  | "pull_request.reopened"
>;

export function promotionBot(app: Probot, opts: BotOptions): void {
  app.on(
    [
      "pull_request_review.submitted",
      "pull_request_review.dismissed",
      "pull_request.synchronize",
      "pull_request.reopened",
    ],
    async (context) => {
      await oncePerDelivery(context.id, "promotion", () => reevaluate(context, opts));
    },
  );
}

async function reevaluate(context: PromotionContext, opts: BotOptions): Promise<void> {
  const repo = context.repo();
  const number = context.payload.pull_request.number;
  await withLock(`${repo.owner}/${repo.repo}#${number}`, async () => {
    const pr = await getPull(context.octokit, repo, number);
    if (pr.state !== "open") return;
    const states = await headStates(context, opts, pr);
    for (const { run, state } of states) {
      const verdict = await refresh(context, opts, pr, state, run);
      context.log.info(
        { model: state.model, pr: number, conclusion: verdict.conclusion },
        "promotion re-evaluated",
      );
    }
    // Models reported on an earlier commit but not yet on the head: say so where people look.
    const measured = new Set(states.map((s) => s.state.model));
    const policy = await loadPolicy(context);
    const comments = await ownComments(context.octokit, repo, number, opts.appId);
    for (const model of policy.models) {
      if (measured.has(model)) continue;
      if (!comments.some((c) => c.body?.startsWith(markerOf(model)))) continue;
      await setStickyBlock(
        context.octokit,
        repo,
        number,
        opts.appId,
        model,
        "head",
        `> [!NOTE]\n> New commits: the head is now ${short(pr.head.sha)} and the results above are for an earlier commit. Approvals count only for the commit whose metrics are reported; waiting for the modelops workflow on ${short(pr.head.sha)}.`,
      );
    }
  });
}
