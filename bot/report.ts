// reportBot: when the modelops workflow finishes on a pull request (the workflow file the default branch's
// settings name, with the default branch's content: settings.ts trustWorkflowRun), download its results, compare each model
// with production, post ONE sticky comment per model and set the check run `modelops/<model>` on the
// measured commit. A re-run of the check (or of the whole suite) reports the commit's latest run again.
import type { Context, Probot } from "probot";
import type { ModelConfig } from "../pipelines/config/index.ts";
import { driftOptions } from "../pipelines/data/drift.ts";
import type { DataProfile } from "../pipelines/data/types.ts";
import { downloadRunResults, type RunResults } from "./artifacts.ts";
import { readCheckState, upsertCheck, verdictCheck } from "./checks.ts";
import { paramsOf } from "./fingerprint.ts";
import { type BotOptions, getPull, type PullRequest, short } from "./github.ts";
import { oncePerDelivery, withLock } from "./locks.ts";
import { loadPolicy, loadRegistry } from "./policy.ts";
import { downloadAsset, productionOf, versionsOf } from "./registry.ts";
import {
  details,
  fitBody,
  MAX_BODY,
  renderCurves,
  renderData,
  renderExplanations,
  renderModelLine,
  renderParams,
  type Section,
  truncated,
} from "./render.ts";
import { configAt, isModelopsWorkflow, trustWorkflowRun, workflowPath } from "./settings.ts";
import type { CheckState } from "./state.ts";
import { upsertSticky, wrapVerdict } from "./sticky.ts";
import { judge, renderVerdict } from "./verdict.ts";

type ReportContext = Context<"workflow_run.completed" | "check_run.rerequested" | "check_suite.rerequested">;

/** The fields of a workflow run the report needs (the webhook's and the REST API's shapes both have them). */
export interface RunInfo {
  id: number;
  head_sha: string;
  head_branch: string | null;
  conclusion: string | null;
  path: string;
  html_url: string;
  run_attempt?: number;
  pull_requests: Array<{ number: number } | null> | null;
  head_repository?: { owner: { login: string } | null } | null;
}

export function reportBot(app: Probot, opts: BotOptions): void {
  app.on("workflow_run.completed", async (context) => {
    await oncePerDelivery(context.id, "report", async () => {
      await reportRun(context, opts, context.payload.workflow_run);
    });
  });
  app.on("check_run.rerequested", async (context) => {
    const run = context.payload.check_run;
    if (run.app?.id !== opts.appId || !run.name.startsWith("modelops/")) return;
    await oncePerDelivery(context.id, "report", () => reportLatestRun(context, opts, run.head_sha));
  });
  app.on("check_suite.rerequested", async (context) => {
    const suite = context.payload.check_suite;
    if (suite.app?.id !== opts.appId) return;
    await oncePerDelivery(context.id, "report", () => reportLatestRun(context, opts, suite.head_sha));
  });
}

/** Reports the newest successful workflow run of `sha` that holds results. */
async function reportLatestRun(context: ReportContext, opts: BotOptions, sha: string): Promise<void> {
  const { data } = await context.octokit.rest.actions.listWorkflowRunsForRepo({
    ...context.repo(),
    head_sha: sha,
    status: "completed",
    per_page: 20,
  });
  for (const run of data.workflow_runs) {
    if (run.conclusion !== "success") continue;
    if (await reportRun(context, opts, run)) return;
  }
  context.log.info({ sha }, "no finished workflow run with modelops results to report");
}

async function pullsOfRun(context: ReportContext, run: RunInfo): Promise<PullRequest[]> {
  const repo = context.repo();
  let numbers = (run.pull_requests ?? []).flatMap((p) => (p ? [p.number] : []));
  if (numbers.length === 0 && run.head_branch && run.head_repository?.owner) {
    // Runs on forks carry no pull_requests: find the open pull request by its head.
    const pulls = await context.octokit.paginate(context.octokit.rest.pulls.list, {
      ...repo,
      state: "open",
      head: `${run.head_repository.owner.login}:${run.head_branch}`,
      per_page: 100,
    });
    numbers = pulls.filter((p) => p.head.sha === run.head_sha).map((p) => p.number);
  }
  const out: PullRequest[] = [];
  for (const n of numbers) out.push(await getPull(context.octokit, repo, n));
  return out.filter((p) => p.state === "open");
}

/** Reports one workflow run; true when it held modelops results. */
export async function reportRun(context: ReportContext, opts: BotOptions, run: RunInfo): Promise<boolean> {
  const repo = context.repo();
  const octokit = context.octokit;
  const pulls = await pullsOfRun(context, run);
  if (pulls.length === 0) {
    context.log.info({ run: run.id }, "workflow run belongs to no open pull request");
    return false;
  }
  const policy = await loadPolicy(context);
  const candidateConfig = await configAt(octokit, repo, policy.settings.config, run.head_sha);
  const models = [
    ...new Set([
      ...policy.models,
      ...(candidateConfig.ok ? Object.keys(candidateConfig.loaded.config.models) : []),
    ]),
  ];
  if (run.conclusion !== "success") {
    if (!isModelopsWorkflow(policy.settings, run.path)) return false;
    await failChecks(context, opts, run, pulls, models, {
      title: `the modelops workflow ${run.conclusion ?? "failed"} on ${short(run.head_sha)}`,
      summary: `[Workflow run ${run.id}](${run.html_url}) ended with \`${run.conclusion}\`: no metrics to judge. Fix the run, then comment \`/modelops retrain\`.`,
    });
    return true;
  }
  // Metrics and artifacts come only from the workflow the default branch names, as the default branch has it.
  const trust = await trustWorkflowRun(octokit, repo, policy.settings, policy.defaultBranch, run);
  if (!trust.trusted) {
    context.log.info({ run: run.id, path: run.path }, `workflow run not used: ${trust.why}`);
    if (!trust.ours) return false;
    await failChecks(context, opts, run, pulls, models, {
      title: `results not used: ${workflowPath(policy.settings)} is not ${policy.defaultBranch}'s`,
      summary: `[Workflow run ${run.id}](${run.html_url}) supplied nothing: ${trust.why}.`,
    });
    return true;
  }
  const downloaded = await downloadRunResults(octokit, repo, run.id, models);
  const { problems } = downloaded;
  const results = newestPerModel(downloaded.results, problems);
  for (const p of problems) context.log.warn({ run: run.id }, p);
  if (results.length === 0) return false;
  for (const pr of pulls) {
    for (const result of results) {
      await withLock(`${repo.owner}/${repo.repo}#${pr.number}`, () =>
        reportModel(context, opts, { pr, run, result, problems, candidateConfig }),
      );
    }
  }
  return true;
}

/** A failed check of every model on every pull request of the run, with one title and summary. */
async function failChecks(
  context: ReportContext,
  opts: BotOptions,
  run: RunInfo,
  pulls: PullRequest[],
  models: string[],
  content: { title: string; summary: string },
): Promise<void> {
  for (const pr of pulls) {
    for (const model of models) {
      await upsertCheck(context.octokit, context.repo(), {
        sha: run.head_sha,
        model,
        appId: opts.appId,
        content: { conclusion: "failure", ...content, text: "", detailsUrl: run.html_url || pr.html_url },
      });
    }
  }
}

/** A matrix run can upload several results of one model (trials, folds): the newest is reported, and said. */
function newestPerModel(all: RunResults[], problems: string[]): RunResults[] {
  const byModel = new Map<string, RunResults[]>();
  for (const r of all) byModel.set(r.model, [...(byModel.get(r.model) ?? []), r]);
  const results: RunResults[] = [];
  for (const [model, list] of byModel) {
    const sorted = [...list].sort((a, b) => b.metrics.createdAt.localeCompare(a.metrics.createdAt));
    results.push(sorted[0] as RunResults);
    if (list.length > 1) {
      problems.push(
        `${list.length} results of \`${model}\` in this run (${list.map((r) => `\`${r.artifact.name}\``).join(", ")}): the newest, \`${sorted[0]?.artifact.name}\`, is reported.`,
      );
    }
  }
  return results;
}

/** The production version's data profile (for drift), undefined when it has none or it cannot be read. */
async function profileOf(
  context: ReportContext,
  model: string,
  served: Parameters<typeof downloadAsset>[2],
): Promise<DataProfile | undefined> {
  const bytes = await downloadAsset(context.octokit, context.repo(), served, "profile.json").catch(
    (error: Error) => {
      context.log.warn({ model }, error.message);
      return null;
    },
  );
  return bytes ? (JSON.parse(bytes.toString("utf8")) as DataProfile) : undefined;
}

/** A note when the pull request changes the model's gates or promotion (judged by the default branch's). */
function policyChangeNotes(
  policyCtx: Awaited<ReturnType<typeof loadPolicy>>,
  model: string,
  candidateModel: ModelConfig | undefined,
): string[] {
  if (!candidateModel || !policyCtx.config.ok) return [];
  const main = policyCtx.config.loaded.config.models[model];
  if (
    !main ||
    JSON.stringify([main.gates, main.promotion]) ===
      JSON.stringify([candidateModel.gates, candidateModel.promotion])
  )
    return [];
  return [
    `> [!IMPORTANT]\n> This pull request changes the \`gates\` or \`promotion\` of \`${model}\`. A change is judged by the policy on \`${policyCtx.defaultBranch}\`; the new policy applies to later pull requests once this one is merged.`,
  ];
}

/** What one model's report is made of: the run's results, the pull request and the config it changes. */
interface ModelReport {
  pr: PullRequest;
  run: RunInfo;
  result: RunResults;
  problems: string[];
  candidateConfig: Awaited<ReturnType<typeof configAt>>;
}

async function reportModel(context: ReportContext, opts: BotOptions, m: ModelReport): Promise<void> {
  const octokit = context.octokit;
  const repo = context.repo();
  const { pr, run, result } = m;
  const model = result.model;
  const earlier = await readCheckState(octokit, repo, run.head_sha, model, opts.appId);
  const state: CheckState = {
    schema: "modelops/bot-check@1",
    model,
    sha: run.head_sha,
    pr: pr.number,
    run: { id: run.id, url: run.html_url, attempt: run.run_attempt ?? 1 },
    artifact: result.artifact,
    candidate: result.metrics,
    // An override recorded for this very commit survives a re-run.
    ...(earlier?.state.override && { override: earlier.state.override }),
  };
  const policyCtx = await loadPolicy(context);
  const policy = policyCtx.policyFor(model);
  const production = productionOf(versionsOf(await loadRegistry(context), model));
  const verdict = await judge(octokit, repo, { state, author: pr.user.login, policy, production });
  await upsertCheck(octokit, repo, {
    sha: run.head_sha,
    model,
    appId: opts.appId,
    content: verdictCheck(verdict, state, pr.html_url),
    existing: earlier?.run,
  });

  const productionProfile = production ? await profileOf(context, model, production.served) : undefined;
  const sections = reportSections(m, { verdict, policyCtx, production, productionProfile });
  const body = fitBody(sections, MAX_BODY - 100);
  const what = await upsertSticky(octokit, repo, pr.number, opts.appId, model, body);
  context.log.info(
    { model, pr: pr.number, sha: run.head_sha, conclusion: verdict.conclusion, comment: what },
    "reported",
  );
}

/**
 * The sticky comment's sections, in order: the verdict, notes, the model line, then the parameters, data,
 * explanations and curves (each with a shorter form for when the body would pass GitHub's limit).
 */
function reportSections(
  m: ModelReport,
  judged: {
    verdict: Awaited<ReturnType<typeof judge>>;
    policyCtx: Awaited<ReturnType<typeof loadPolicy>>;
    production: ReturnType<typeof productionOf>;
    productionProfile: DataProfile | undefined;
  },
): Section[] {
  const { pr, run, result } = m;
  const { verdict, policyCtx, production, productionProfile } = judged;
  const model = result.model;
  const candidateModel = m.candidateConfig.ok ? m.candidateConfig.loaded.config.models[model] : undefined;
  const params = renderParams(
    production?.served.record.params,
    candidateModel ? paramsOf(candidateModel) : undefined,
    production?.served.release.tag_name,
  );
  // Drift settings, like the gates, come from the default branch when it defines the model.
  const mainModel = policyCtx.config.ok ? policyCtx.config.loaded.config.models[model] : undefined;
  const drift = (mainModel ?? candidateModel)?.monitor?.drift;
  const data = renderData(result.profile, productionProfile, driftOptions(drift));
  const explained = renderExplanations(production?.served.record.metrics, result.metrics);
  const curves = renderCurves(result.history);
  const shortCurves = renderCurves(result.history, 6);
  const notes = policyChangeNotes(policyCtx, model, candidateModel);
  for (const p of m.problems) notes.push(`> [!WARNING]\n> ${p}`);
  const where = `the [workflow run](${run.html_url})'s report.md`;
  return [
    {
      required: true,
      text: `## modelops · \`${model}\`\n\n${wrapVerdict(renderVerdict(verdict, { headSha: pr.head.sha }))}`,
    },
    ...notes.map((text) => ({ text })),
    { required: true, text: renderModelLine(result.metrics) },
    {
      text: details(params.summary, params.body),
      shorter: [details(params.summary, truncated(params.body, 4000, where))],
    },
    {
      text: details(data.summary, data.body),
      shorter: [details(data.summary, truncated(data.body, 6000, where))],
    },
    { text: details(explained.summary, explained.body) },
    {
      text: details(curves.summary, curves.body, true),
      shorter: [details(shortCurves.summary, shortCurves.body, true)],
    },
    {
      required: true,
      text: `<sub>Measured on ${run.head_sha} by [workflow run ${run.id}](${run.html_url}) (attempt ${run.run_attempt ?? 1}, artifact \`${result.artifact.name}\`) · modelops bot</sub>`,
    },
  ];
}
