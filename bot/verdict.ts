// The promotion verdict for one model on one measured commit: every gate of the default branch's policy
// passes against production (pipelines/evaluate, MLflow threshold semantics) AND the approvals rule holds,
// or an admin overrode it with a reason. It decides the check run's conclusion:
//   failure          a gate failed (reasons listed), no override
//   action_required  gates pass, approvals missing or changes requested (blocks a required check; `neutral`
//                    would count as passing for branch protection, so it is not used)
//   success          gates pass and approved, or overridden
import type { ModelConfig } from "../pipelines/config/schema.ts";
import { type Comparison, compareMetrics, renderMarkdown } from "../pipelines/evaluate/diff.ts";
import type { MetricsFile } from "../pipelines/evaluate/types.ts";
import { type ApprovalResult, evaluateApprovals } from "./approvals.ts";
import { type Octokit, type RepoRef, short } from "./github.ts";
import { type Production, tagOf } from "./registry.ts";
import type { CheckState, Override } from "./state.ts";

export type Conclusion = "success" | "failure" | "action_required";

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

export interface Policy {
  gates: ModelConfig["gates"];
  promotion: ModelConfig["promotion"];
  /** e.g. "modelops.yaml on main". */
  source: string;
  /** The policy could not be read (an invalid modelops.yaml on the default branch): nothing can pass. */
  error?: string;
}

/** The default policy when the default branch has no config yet: no gates, one maintainer's approval. */
export const BOOTSTRAP_POLICY: Omit<Policy, "source"> = {
  gates: {},
  promotion: { reviewers: { teams: [], users: [] }, minApprovals: 1 },
};

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
  const { state, policy, production } = opts;
  const baselineMetrics: MetricsFile | null = production?.served.record.metrics ?? null;
  const comparison = compareMetrics(baselineMetrics, state.candidate, policy.gates);
  const approvals = await evaluateApprovals(octokit, repo, {
    pull: state.pr,
    sha: state.sha,
    author: opts.author,
    promotion: policy.promotion,
  });
  const failed = comparison.gates.filter((g) => !g.passed);
  const reasons: string[] = policy.error ? [policy.error] : [];
  for (const g of failed) reasons.push(...g.reasons);
  for (const login of approvals.blockedBy) reasons.push(`@${login} requested changes`);
  if (approvals.approvers.length < approvals.required) {
    reasons.push(
      `${approvals.approvers.length}/${approvals.required} authorised approval${approvals.required === 1 ? "" : "s"} of ${short(state.sha)} (${approvals.who} may promote)`,
    );
  }
  let conclusion: Conclusion;
  let title: string;
  const n = comparison.gates.length;
  const gatesLine =
    n === 0 ? "no gates" : failed.length ? `${failed.length} of ${n} gates failed` : `${n}/${n} gates pass`;
  if (state.override) {
    conclusion = "success";
    title = `Overridden by @${state.override.by}: ${state.override.reason}`.slice(0, 250);
  } else if (policy.error) {
    conclusion = "failure";
    title = "the promotion policy cannot be read";
  } else if (failed.length > 0) {
    conclusion = "failure";
    title = `${gatesLine} against production`;
  } else if (!approvals.passed) {
    conclusion = "action_required";
    title = approvals.blockedBy.length
      ? `${gatesLine}; changes requested by ${approvals.blockedBy.map((l) => `@${l}`).join(", ")}`
      : `${gatesLine}; waiting for ${approvals.required - approvals.approvers.length} authorised approval${approvals.required - approvals.approvers.length === 1 ? "" : "s"} of ${short(state.sha)}`;
  } else {
    conclusion = "success";
    title =
      approvals.approvers.length > 0
        ? `${gatesLine}; approved by ${approvals.approvers.map((l) => `@${l}`).join(", ")}`
        : `${gatesLine}; no approval required`;
  }
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
    approvals,
    override: state.override,
    conclusion,
    title,
    reasons,
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
