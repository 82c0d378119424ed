// commandsBot: `/modelops <command>` in a pull request comment.
//   retrain [model]            re-run the modelops workflow on the head (write access or more)
//   explain [model]            why each check is what it is (anyone)
//   override [model] <reason>  turn the check green despite gates or approvals (admins only); the reason is
//                              recorded in the check run and later in the release notes
//   help                       the list
// Unknown commands get the help; commands from users without the rights get a polite refusal. Every reply
// names the comment it answers (a hidden marker), so a redelivered comment is not answered twice. The one
// write GitHub keeps no key for, retrain's re-run, is a step recorded per delivery (`onceStep`): a retry
// after a later call failed (the reply) replies with what the first attempt did instead of re-running again.
import type { Context, Probot } from "probot";
import { readCheckState } from "./checks.ts";
import { type BotOptions, getPull, type PullRequest, roleOf, short } from "./github.ts";
import { oncePerDelivery, onceStep, withLock } from "./locks.ts";
import { headStates, loadPolicy, loadRegistry, refresh } from "./policy.ts";
import { productionOf, versionsOf } from "./registry.ts";
import { isModelopsWorkflow } from "./settings.ts";
import { ownComments } from "./sticky.ts";
import { escapeMd, ICON, judge } from "./verdict.ts";

type CommentContext = Context<"issue_comment.created">;

export interface Command {
  name: string;
  args: string;
}

/** The first `/modelops ...` line of a comment (not in a quote), or null. */
export function parseCommand(body: string | null | undefined): Command | null {
  const m = /^[ \t]*\/modelops(?=[ \t]|$)(?:[ \t]+(\S+))?[ \t]*(.*)$/m.exec(body ?? "");
  if (!m) return null;
  return { name: (m[1] ?? "help").toLowerCase(), args: (m[2] ?? "").trim() };
}

export const HELP = [
  "**modelops commands** (in a comment on the pull request):",
  "",
  "| command | does | who |",
  "| :--- | :--- | :--- |",
  "| `/modelops retrain [model]` | re-run the modelops workflow on the head commit | write access or more |",
  "| `/modelops explain [model]` | why the `modelops/<model>` check is what it is | anyone |",
  "| `/modelops override [model] <reason>` | pass the check despite gates or approvals; the reason is recorded in the check and the release notes | repository admins |",
  "| `/modelops help` | this list | anyone |",
].join("\n");

const replyMarker = (commentId: number) => `<!-- modelops:reply-to ${commentId} -->`;
const WRITE = ["admin", "maintain", "write"];

export function commandsBot(app: Probot, opts: BotOptions): void {
  app.on("issue_comment.created", async (context) => {
    const { comment, issue } = context.payload;
    if (!issue.pull_request || comment.user?.type === "Bot") return;
    const command = parseCommand(comment.body);
    if (!command) return;
    const repo = context.repo();
    await oncePerDelivery(context.id, "commands", () =>
      withLock(`${repo.owner}/${repo.repo}#${issue.number}`, () => runCommand(context, opts, command)),
    );
  });
}

async function runCommand(context: CommentContext, opts: BotOptions, command: Command): Promise<void> {
  const repo = context.repo();
  const { comment, issue } = context.payload;
  const mine = await ownComments(context.octokit, repo, issue.number, opts.appId);
  if (mine.some((c) => c.body?.includes(replyMarker(comment.id)))) return;
  const reply = async (text: string) => {
    await context.octokit.rest.issues.createComment({
      ...repo,
      issue_number: issue.number,
      body: `${replyMarker(comment.id)}\n${text}`,
    });
  };
  const login = comment.user?.login ?? "someone";
  const pr = await getPull(context.octokit, repo, issue.number);
  context.log.info({ command: command.name, by: login, pr: pr.number }, "command");
  switch (command.name) {
    case "help":
      return reply(HELP);
    case "explain":
      return reply(await explain(context, opts, pr, command.args));
    case "retrain": {
      const role = await roleOf(context.octokit, repo, login);
      if (!WRITE.includes(role)) {
        return reply(
          `Sorry @${login}, \`/modelops retrain\` re-runs training on the project's runners, so it needs write access to this repository (yours: ${role}). A maintainer can run it for you.`,
        );
      }
      return reply(await onceStep(context.id, "retrain", () => retrain(context, pr)));
    }
    case "override": {
      const role = await roleOf(context.octokit, repo, login);
      if (role !== "admin") {
        return reply(
          `Sorry @${login}, \`/modelops override\` is for repository admins (your permission: ${role}). Ask an admin, or get the gates and approvals to pass.`,
        );
      }
      return reply(await override(context, opts, pr, login, command.args));
    }
    default:
      return reply(`I don't know \`/modelops ${escapeMd(command.name)}\`.\n\n${HELP}`);
  }
}

async function explain(
  context: CommentContext,
  opts: BotOptions,
  pr: PullRequest,
  args: string,
): Promise<string> {
  const repo = context.repo();
  const policy = await loadPolicy(context);
  const wanted = args.split(/\s+/).filter(Boolean);
  const models = wanted.length ? wanted : policy.models;
  const out: string[] = [];
  for (const model of models) {
    const found = await readCheckState(context.octokit, repo, pr.head.sha, model, opts.appId);
    if (!found) {
      out.push(
        `**\`modelops/${model}\`**: no metrics reported for the head ${short(pr.head.sha)} yet; the check turns green only after the modelops workflow reports this commit.`,
      );
      continue;
    }
    const production = productionOf(versionsOf(await loadRegistry(context), model));
    const v = await judge(context.octokit, repo, {
      state: found.state,
      author: pr.user.login,
      policy: policy.policyFor(model),
      production,
    });
    const lines = [
      `**${ICON[v.conclusion]} \`modelops/${model}\` on ${short(v.sha)}: ${escapeMd(v.title)}**`,
      "",
    ];
    lines.push(`- Policy: ${v.policy}.`);
    lines.push(
      `- Baseline: ${v.baseline ? `production \`${v.baseline.tag}\`` : "no production version yet"}.`,
    );
    for (const g of v.comparison.gates) {
      const detail = g.conditions.map(
        (c) => `${c.status === "pass" ? "✅" : c.status === "fail" ? "❌" : "⏭️"} ${c.reason}`,
      );
      lines.push(`- Gate \`${g.metric}\`: ${detail.join("; ")}.`);
    }
    if (v.comparison.gates.length === 0) lines.push("- No gates are configured for this model.");
    const a = v.approvals;
    lines.push(
      `- Approvals: ${a.approvers.length}/${a.required} of ${short(v.sha)}${a.approvers.length ? ` (${a.approvers.map((l) => `@${l}`).join(", ")})` : ""}; ${a.who} may promote.`,
    );
    for (const i of a.ignored) lines.push(`- Not counted: @${i.login}, ${escapeMd(i.why)}.`);
    for (const l of a.blockedBy)
      lines.push(`- @${l} requested changes: that blocks until they approve or the review is dismissed.`);
    if (v.override) lines.push(`- Overridden by @${v.override.by}: ${escapeMd(v.override.reason)}.`);
    out.push(lines.join("\n"));
  }
  return out.length ? out.join("\n\n") : "No models are configured on the default branch.";
}

async function retrain(context: CommentContext, pr: PullRequest): Promise<string> {
  const repo = context.repo();
  const policy = await loadPolicy(context);
  const { data } = await context.octokit.rest.actions.listWorkflowRunsForRepo({
    ...repo,
    head_sha: pr.head.sha,
    per_page: 50,
  });
  const runs = data.workflow_runs.filter((r) => isModelopsWorkflow(policy.settings, r.path));
  const running = runs.find((r) => r.status !== "completed");
  if (running) {
    return `The modelops workflow is already running on ${short(pr.head.sha)}: [run ${running.id}](${running.html_url}).`;
  }
  const last = runs[0];
  if (!last) {
    return `No modelops workflow run (\`${policy.settings.workflow}\`) exists for ${short(pr.head.sha)} yet, so there is nothing to re-run. Push a commit or start the workflow from the Actions tab.`;
  }
  await context.octokit.rest.actions.reRunWorkflow({ ...repo, run_id: last.id });
  return `🔁 Re-running [workflow run ${last.id}](${last.html_url}) on ${short(pr.head.sha)}; the checks update when it finishes.`;
}

async function override(
  context: CommentContext,
  opts: BotOptions,
  pr: PullRequest,
  by: string,
  args: string,
): Promise<string> {
  const states = await headStates(context, opts, pr);
  const [first, ...rest] = args.split(/\s+/);
  const named = first && states.some((s) => s.state.model === first) ? first : undefined;
  const reason = (named ? rest.join(" ") : args).trim();
  if (!reason) {
    return "An override needs a reason, recorded in the check and the release notes: `/modelops override [model] <reason>`.";
  }
  const targets = states.filter((s) => !named || s.state.model === named);
  if (targets.length === 0) {
    return `Nothing to override yet: no metrics are reported for the head ${short(pr.head.sha)}. The override applies to a measured commit; run it once the modelops workflow has reported.`;
  }
  const lines: string[] = [];
  for (const { run, state } of targets) {
    const next = { ...state, override: { by, reason, at: context.payload.comment.created_at } };
    const v = await refresh(context, opts, pr, next, run);
    lines.push(
      `- \`modelops/${state.model}\` on ${short(state.sha)}: ${ICON[v.conclusion]} ${escapeMd(v.title)}`,
    );
  }
  return [
    `Override recorded by @${by}: “${escapeMd(reason)}”. It applies to ${short(pr.head.sha)} only (a new push needs a new override) and will be named in the release notes.`,
    "",
    ...lines,
  ].join("\n");
}
