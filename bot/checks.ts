// The check run `modelops/<model>` on a commit: created by the app, updated in place, never touched when
// nothing would change. Its output carries the CheckState record of what was measured (see state.ts).
import type { CheckRun, Octokit, RepoRef } from "./github.ts";
import { type CheckState, checkName, embed, extract } from "./state.ts";
import { type Conclusion, renderVerdict, type Verdict } from "./verdict.ts";

/** GitHub's limit for a check run's output.summary and output.text. */
const MAX_OUTPUT = 65_535;

export async function findCheck(
  octokit: Octokit,
  repo: RepoRef,
  sha: string,
  model: string,
  appId: number,
): Promise<CheckRun | undefined> {
  const { data } = await octokit.rest.checks.listForRef({
    ...repo,
    ref: sha,
    check_name: checkName(model),
    app_id: appId,
    filter: "latest",
  });
  return data.check_runs.find((r) => r.head_sha === sha && r.app?.id === appId);
}

/** The app's latest check run of each model on `sha`, with the state each records. */
export async function ownChecks(
  octokit: Octokit,
  repo: RepoRef,
  sha: string,
  appId: number,
): Promise<Array<{ run: CheckRun; state: CheckState }>> {
  const runs = await octokit.paginate(octokit.rest.checks.listForRef, {
    ...repo,
    ref: sha,
    app_id: appId,
    filter: "latest",
    per_page: 100,
  });
  const out: Array<{ run: CheckRun; state: CheckState }> = [];
  for (const run of runs) {
    if (run.head_sha !== sha || run.app?.id !== appId || !run.name.startsWith("modelops/")) continue;
    const state = extract<CheckState>("state", run.output?.text);
    if (state && state.sha === sha && checkName(state.model) === run.name) out.push({ run, state });
  }
  return out;
}

export async function readCheckState(
  octokit: Octokit,
  repo: RepoRef,
  sha: string,
  model: string,
  appId: number,
): Promise<{ run: CheckRun; state: CheckState } | null> {
  const run = await findCheck(octokit, repo, sha, model, appId);
  const state = extract<CheckState>("state", run?.output?.text);
  if (!run || !state || state.sha !== sha || state.model !== model) return null;
  return { run, state };
}

export interface CheckContent {
  conclusion: Conclusion | "failure";
  title: string;
  summary: string;
  text: string;
  detailsUrl: string;
}

export function verdictCheck(v: Verdict, state: CheckState, detailsUrl: string): CheckContent {
  const summary = renderVerdict(v);
  const text = [
    v.reasons.length
      ? `Why:\n${v.reasons.map((r) => `- ${r}`).join("\n")}`
      : "Every gate passes and the approvals rule holds.",
    "",
    `Measured on ${state.sha} by [workflow run ${state.run.id}](${state.run.url}) (artifact \`${state.artifact.name}\`).`,
    "",
    embed("state", state),
  ].join("\n");
  return {
    conclusion: v.conclusion,
    title: v.title,
    summary: summary.length > MAX_OUTPUT ? `${summary.slice(0, MAX_OUTPUT - 20)}\n… (truncated)` : summary,
    text,
    detailsUrl,
  };
}

/** Creates or updates the app's check run for `model` on `sha`; returns what happened. */
export async function upsertCheck(
  octokit: Octokit,
  repo: RepoRef,
  opts: { sha: string; model: string; appId: number; content: CheckContent; existing?: CheckRun },
): Promise<"created" | "updated" | "unchanged"> {
  const { content } = opts;
  const existing = opts.existing ?? (await findCheck(octokit, repo, opts.sha, opts.model, opts.appId));
  const output = { title: content.title, summary: content.summary, text: content.text };
  if (
    existing &&
    existing.status === "completed" &&
    existing.conclusion === content.conclusion &&
    existing.output.title === output.title &&
    existing.output.summary === output.summary &&
    existing.output.text === output.text &&
    existing.details_url === content.detailsUrl
  ) {
    return "unchanged";
  }
  if (existing) {
    await octokit.rest.checks.update({
      ...repo,
      check_run_id: existing.id,
      status: "completed",
      conclusion: content.conclusion,
      details_url: content.detailsUrl,
      output,
    });
    return "updated";
  }
  await octokit.rest.checks.create({
    ...repo,
    name: checkName(opts.model),
    head_sha: opts.sha,
    status: "completed",
    conclusion: content.conclusion,
    details_url: content.detailsUrl,
    output,
  });
  return "created";
}
