// The promotion verdict for one model on one measured commit, decided by pipelines/promotion's one rule:
// every gate of the default branch's policy passes against production (pipelines/evaluate, MLflow
// threshold semantics) AND the approvals rule holds, or an admin overrode it with a reason. The bot only
// gathers the facts from GitHub. The conclusion of the check run:
//   failure          a gate failed (reasons listed), no override
//   action_required  gates pass, approvals missing or changes requested (blocks a required check; `neutral`
//                    would count as passing for branch protection, so it is not used)
//   success          gates pass and approved, or overridden
import { type Comparison, compareMetrics, renderMarkdown } from "../pipelines/evaluate/diff.ts";
import type { MetricsFile } from "../pipelines/evaluate/types.ts";
import { type Conclusion, decidePromotion, type JudgedBy } from "../pipelines/promotion/index.ts";
import { type ApprovalResult, approvalResult, gatherReviews } from "./approvals.ts";
import { type Octokit, type RepoRef, short } from "./github.ts";
import { type Production, tagOf } from "./registry.ts";
import type { CheckState, Override } from "./state.ts";

export type { Conclusion };

export interface Verdict {
  model: string;
  /** The measured commit. */
  sha: string;
  comparison: Comparison;
  /** The production version the candidate was compared with (null: first release). */
  baseline: { tag: string; url: string; servedTag: string } | null;
  approvals: ApprovalResult;
  override?: Override;
  conclusion: Conclusion;
  title: string;
  /** One line per reason the verdict is what it is. */
  reasons: string[];
  /** Where the policy came from, in words. */
  policy: string;
}

/** The gates and promotion policy a change is judged by (pipelines/promotion policyFromBase). */
export type Policy = JudgedBy;

/** Gathers the facts from GitHub and decides with the one promotion rule (pipelines/promotion). */
export async function judge(
  octokit: Octokit,
  repo: RepoRef,
  opts: {
    state: CheckState;
    author: string;
    policy: Policy;
    production: Production | null;
  },
): Promise<Verdict> {
  const { state, production } = opts;
  const { gates, policy } = opts.policy;
  const baselineMetrics: MetricsFile | null = production?.served.record.metrics ?? null;
  const comparison = compareMetrics(baselineMetrics, state.candidate, gates);
  const reviews = await gatherReviews(octokit, repo, { pull: state.pr, policy });
  const decision = decidePromotion({
    ...reviews,
    policy,
    comparison,
    measured: state.sha,
    author: opts.author,
    ...(state.override && { override: state.override }),
    approvalHint: `${reviews.who} may promote`,
  });
  return {
    model: state.model,
    sha: state.sha,
    comparison,
    baseline: production
      ? {
          tag: production.current.release.tag_name,
          url: production.current.release.html_url,
          servedTag: tagOf(production.served.record.model, production.served.record.version),
        }
      : null,
    approvals: approvalResult(decision),
    override: state.override,
    conclusion: decision.conclusion,
    title: decision.title,
    reasons: decision.reasons,
    policy: policy.source,
  };
}

export const ICON: Record<Conclusion, string> = { success: "✅", failure: "❌", action_required: "⏳" };

/** The promotion part of the PR comment and of the check run: verdict, gates table, approvals. */
export function renderVerdict(v: Verdict, opts: { headSha?: string } = {}): string {
  const lines: string[] = [];
  lines.push(`**${ICON[v.conclusion]} \`modelops/${v.model}\`: ${escapeMd(v.title)}**`, "");
  if (opts.headSha && opts.headSha !== v.sha) {
    lines.push(
      `> [!NOTE]\n> These results are for ${short(v.sha)}; the pull request's head is now ${short(opts.headSha)}. Approvals of the new head count once its metrics are reported.`,
      "",
    );
  }
  const against = v.baseline
    ? `production [\`${v.baseline.tag}\`](${v.baseline.url})${v.baseline.servedTag !== v.baseline.tag ? ` (serving \`${v.baseline.servedTag}\`)` : ""}`
    : "no production version yet";
  lines.push(`Compared with ${against}; gates and reviewers from ${v.policy}.`, "");
  lines.push(renderMarkdown(v.comparison).trimEnd(), "");
  lines.push("**Promotion**", "");
  const a = v.approvals;
  lines.push(
    `- Approvals of ${short(v.sha)}: ${a.approvers.length}/${a.required}${a.approvers.length ? ` (${a.approvers.map((l) => `@${l}`).join(", ")})` : ""}; ${a.who} may promote.`,
  );
  for (const i of a.ignored) lines.push(`- Not counted: @${i.login}, ${escapeMd(i.why)}.`);
  for (const l of a.blockedBy) lines.push(`- @${l} requested changes.`);
  if (v.override) {
    lines.push(`- Override by @${v.override.by} (${v.override.at}): ${escapeMd(v.override.reason)}`);
  }
  return lines.join("\n");
}

/** Markdown-safe user text on one line (no HTML, no table breaks, no mentions of others by accident). */
export function escapeMd(s: string): string {
  return s
    .replace(/[\r\n]+/g, " ")
    .replace(/[<>]/g, (c) => (c === "<" ? "&lt;" : "&gt;"))
    .replace(/\|/g, "\\|");
}
