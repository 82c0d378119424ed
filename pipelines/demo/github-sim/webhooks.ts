// Webhook payloads: each starts from a real payload of @octokit/webhooks-examples for that event and action,
// the simulator's state is laid over it, and the result is validated against the x-webhooks schemas of the
// OpenAPI description before it is sent.
import type {
  App,
  CheckRun,
  Commit,
  Installation,
  IssueComment,
  Pull,
  RepoState,
  Review,
  User,
  WorkflowRun,
} from "./model.ts";
import { emailOf } from "./model.ts";
import { OpenApi } from "./openapi.ts";
import {
  appView,
  noReactions,
  pullView,
  repositoryView,
  reviewView,
  type Urls,
  userView,
  workflowRunView,
} from "./views.ts";

type Json = Record<string, unknown>;

/** A deep copy of a real example payload of `event` (with `action` when given). */
export function examplePayload(event: string, action?: string): Json {
  const def = OpenApi.load()
    .webhookExamples()
    .find((d) => d.name === event);
  const ex = def?.examples.find((e) => action === undefined || e.action === action);
  if (!ex) throw new Error(`@octokit/webhooks-examples has no ${event}${action ? `.${action}` : ""} payload`);
  return structuredClone(ex);
}

export interface Envelope {
  repo: RepoState;
  installation: Installation;
  sender: User;
  urls: Urls;
}

/** What every repository event carries: repository, sender, installation, organization. */
function common(e: Envelope, base: Json): Json {
  const out: Json = {
    ...base,
    repository: webhookRepository(e.repo, e.urls),
    sender: userView(e.sender, e.urls),
    installation: {
      id: e.installation.id,
      node_id: Buffer.from(`I_${e.installation.id}`).toString("base64"),
    },
  };
  if (e.repo.owner.type === "Organization") {
    const org = userView(e.repo.owner, e.urls);
    out.organization = {
      login: org.login,
      id: org.id,
      node_id: org.node_id,
      url: `${e.urls.api}/orgs/${e.repo.owner.login}`,
      repos_url: `${e.urls.api}/orgs/${e.repo.owner.login}/repos`,
      events_url: `${e.urls.api}/orgs/${e.repo.owner.login}/events`,
      hooks_url: `${e.urls.api}/orgs/${e.repo.owner.login}/hooks`,
      issues_url: `${e.urls.api}/orgs/${e.repo.owner.login}/issues`,
      members_url: `${e.urls.api}/orgs/${e.repo.owner.login}/members{/member}`,
      public_members_url: `${e.urls.api}/orgs/${e.repo.owner.login}/public_members{/member}`,
      avatar_url: org.avatar_url,
      description: null,
    };
  } else delete out.organization;
  return out;
}

function webhookRepository(repo: RepoState, urls: Urls): Json {
  const r = repositoryView(repo, urls);
  delete r.permissions;
  delete r.organization;
  delete r.parent;
  delete r.source;
  delete r.template_repository;
  delete r.temp_clone_token;
  delete r.subscribers_count;
  delete r.network_count;
  delete r.code_of_conduct;
  delete r.security_and_analysis;
  r.has_discussions = false;
  return r;
}

function webhookPull(e: Envelope, pr: Pull): Json {
  const p = pullView(e.repo, pr, e.urls);
  for (const side of ["head", "base"] as const) {
    const b = p[side] as Json;
    b.repo = webhookRepository(e.repo, e.urls);
  }
  delete p.rebaseable;
  return p;
}

export function pullRequestPayload(
  e: Envelope,
  action: "opened" | "synchronize" | "closed" | "reopened",
  pr: Pull,
  extra: { before?: string; after?: string } = {},
): Json {
  const base = examplePayload("pull_request", action === "synchronize" ? "synchronize" : action);
  const out = common(e, { ...base, action, number: pr.number, pull_request: webhookPull(e, pr) });
  if (action === "synchronize") {
    out.before = extra.before;
    out.after = extra.after;
  }
  return out;
}

export function reviewPayload(
  e: Envelope,
  action: "submitted" | "dismissed",
  pr: Pull,
  review: Review,
): Json {
  const base = examplePayload("pull_request_review", action);
  const r = reviewView(e.repo, review, e.urls);
  const state = review.state.toLowerCase();
  const pull = webhookPull(e, pr);
  return common(e, {
    ...base,
    action,
    review: { ...r, state },
    pull_request: pull,
  });
}

export function issueCommentPayload(e: Envelope, pr: Pull, comment: IssueComment): Json {
  const base = examplePayload("issue_comment", "created");
  return common(e, {
    ...base,
    action: "created",
    issue: webhookIssue(e, pr, base.issue as Json),
    comment: webhookComment(e, pr, comment),
  });
}

/** A pull request as the issue an issue_comment webhook names (with its `pull_request` link). */
function webhookIssue(e: Envelope, pr: Pull, example: Json): Json {
  const p = pullView(e.repo, pr, e.urls);
  return {
    ...example,
    url: p.issue_url,
    repository_url: (webhookRepository(e.repo, e.urls).url as string) ?? "",
    labels_url: `${p.issue_url}/labels{/name}`,
    comments_url: p.comments_url,
    events_url: `${p.issue_url}/events`,
    html_url: p.html_url,
    id: pr.id,
    node_id: p.node_id,
    number: pr.number,
    title: pr.title,
    user: userView(pr.author, e.urls),
    labels: [],
    state: pr.state,
    locked: false,
    active_lock_reason: null,
    assignee: null,
    assignees: [],
    milestone: null,
    comments: p.comments,
    reactions: noReactions(`${p.issue_url}/reactions`),
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    closed_at: pr.closedAt,
    author_association: p.author_association,
    body: pr.body,
    pull_request: {
      url: p.url,
      html_url: p.html_url,
      diff_url: p.diff_url,
      patch_url: p.patch_url,
      merged_at: pr.mergedAt,
    },
  };
}

function webhookComment(e: Envelope, pr: Pull, comment: IssueComment): Json {
  const p = pullView(e.repo, pr, e.urls);
  const u = `${e.urls.api}/repos/${e.repo.fullName}`;
  return {
    url: `${u}/issues/comments/${comment.id}`,
    html_url: `${p.html_url}#issuecomment-${comment.id}`,
    issue_url: p.issue_url,
    id: comment.id,
    node_id: Buffer.from(`IC_${comment.id}`).toString("base64"),
    user: userView(comment.user, e.urls),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: e.repo.collaborators.has(comment.user.login) ? "COLLABORATOR" : "NONE",
    body: comment.body,
    performed_via_github_app: null,
    reactions: noReactions(`${u}/issues/comments/${comment.id}/reactions`),
  };
}

export function workflowRunPayload(e: Envelope, run: WorkflowRun): Json {
  const base = examplePayload("workflow_run", "completed");
  const wr = workflowRunView(e.repo, run, e.urls);
  const u = `${e.urls.api}/repos/${e.repo.fullName}`;
  return common(e, {
    ...base,
    action: "completed",
    workflow_run: wr,
    workflow: {
      badge_url: `${e.urls.web}/${e.repo.fullName}/workflows/modelops/badge.svg`,
      created_at: run.createdAt,
      html_url: `${e.urls.web}/${e.repo.fullName}/blob/main/${run.path}`,
      id: run.workflowId,
      name: run.name,
      node_id: Buffer.from(`W_${run.workflowId}`).toString("base64"),
      path: run.path,
      state: "active",
      updated_at: run.createdAt,
      url: `${u}/actions/workflows/${run.workflowId}`,
    },
  });
}

function pushCommit(repo: RepoState, c: Commit, urls: Urls): Json {
  const parent = c.parents[0] ? repo.commits.get(c.parents[0]) : undefined;
  const added: string[] = [];
  const modified: string[] = [];
  const removed: string[] = [];
  for (const [path, data] of c.tree) {
    const before = parent?.tree.get(path);
    if (!before) added.push(path);
    else if (!before.equals(data)) modified.push(path);
  }
  for (const path of parent?.tree.keys() ?? []) if (!c.tree.has(path)) removed.push(path);
  const person = { name: c.author.login, email: emailOf(c.author.login), username: c.author.login };
  return {
    id: c.sha,
    tree_id: c.treeSha,
    distinct: true,
    message: c.message,
    timestamp: c.date,
    url: `${urls.web}/${repo.fullName}/commit/${c.sha}`,
    author: person,
    committer: person,
    added,
    removed,
    modified,
  };
}

export function pushPayload(e: Envelope, branch: string, before: string, commits: Commit[]): Json {
  const base = examplePayload("push");
  const head = commits[commits.length - 1] as Commit;
  return common(e, {
    ...base,
    ref: `refs/heads/${branch}`,
    before,
    after: head.sha,
    created: false,
    deleted: false,
    forced: false,
    base_ref: null,
    compare: `${e.urls.web}/${e.repo.fullName}/compare/${before.slice(0, 12)}...${head.sha.slice(0, 12)}`,
    commits: commits.map((c) => pushCommit(e.repo, c, e.urls)),
    head_commit: pushCommit(e.repo, head, e.urls),
    pusher: { name: e.sender.login, email: emailOf(e.sender.login) },
  });
}

export function checkRunPayload(e: Envelope, app: App, run: CheckRun, pulls: Pull[]): Json {
  const base = examplePayload("check_run", "rerequested");
  const u = `${e.urls.api}/repos/${e.repo.fullName}`;
  const appJson = appView(app, e.urls);
  const prs = pulls.map((p) => ({
    url: `${u}/pulls/${p.number}`,
    id: p.id,
    number: p.number,
    head: { ref: p.headRef, sha: p.headSha, repo: { id: e.repo.id, url: u, name: e.repo.name } },
    base: { ref: p.baseRef, sha: p.baseSha, repo: { id: e.repo.id, url: u, name: e.repo.name } },
  }));
  return common(e, {
    ...base,
    action: "rerequested",
    check_run: {
      ...(base.check_run as Json),
      id: run.id,
      name: run.name,
      node_id: Buffer.from(`CR_${run.id}`).toString("base64"),
      head_sha: run.headSha,
      external_id: run.externalId ?? "",
      url: `${u}/check-runs/${run.id}`,
      html_url: `${e.urls.web}/${e.repo.fullName}/runs/${run.id}`,
      details_url: run.detailsUrl ?? "",
      status: run.status,
      conclusion: run.conclusion,
      started_at: run.startedAt,
      completed_at: run.completedAt,
      output: {
        title: run.output.title,
        summary: run.output.summary,
        text: run.output.text,
        annotations_count: 0,
        annotations_url: `${u}/check-runs/${run.id}/annotations`,
      },
      app: appJson,
      pull_requests: prs,
      check_suite: {
        ...((base.check_run as Json).check_suite as Json),
        id: run.suiteId,
        head_sha: run.headSha,
        app: appJson,
        pull_requests: prs,
      },
    },
  });
}

export function checkSuitePayload(e: Envelope, app: App, run: CheckRun, pulls: Pull[]): Json {
  const base = examplePayload("check_suite", "rerequested");
  const u = `${e.urls.api}/repos/${e.repo.fullName}`;
  const head = e.repo.commits.get(run.headSha) as Commit;
  const prs = pulls.map((p) => ({
    url: `${u}/pulls/${p.number}`,
    id: p.id,
    number: p.number,
    head: { ref: p.headRef, sha: p.headSha, repo: { id: e.repo.id, url: u, name: e.repo.name } },
    base: { ref: p.baseRef, sha: p.baseSha, repo: { id: e.repo.id, url: u, name: e.repo.name } },
  }));
  const person = { name: head.author.login, email: emailOf(head.author.login) };
  return common(e, {
    ...base,
    action: "rerequested",
    check_suite: {
      ...(base.check_suite as Json),
      id: run.suiteId,
      node_id: Buffer.from(`CS_${run.suiteId}`).toString("base64"),
      head_branch: pulls[0]?.headRef ?? null,
      head_sha: run.headSha,
      status: "completed",
      conclusion: run.conclusion,
      url: `${u}/check-suites/${run.suiteId}`,
      before: head.parents[0] ?? null,
      after: run.headSha,
      pull_requests: prs,
      app: appView(app, e.urls),
      created_at: run.startedAt,
      updated_at: run.completedAt ?? run.startedAt,
      latest_check_runs_count: e.repo.checkRuns.filter((c) => c.suiteId === run.suiteId).length,
      check_runs_url: `${u}/check-suites/${run.suiteId}/check-runs`,
      head_commit: {
        id: head.sha,
        tree_id: head.treeSha,
        message: head.message,
        timestamp: head.date,
        author: person,
        committer: person,
      },
    },
  });
}

/** repository_dispatch: what GitHub sends after POST /repos/{o}/{r}/dispatches (action = the event type). */
export function repositoryDispatchPayload(e: Envelope, eventType: string, clientPayload: unknown): Json {
  const base = examplePayload("repository_dispatch");
  return common(e, {
    ...base,
    action: eventType,
    branch: e.repo.defaultBranch,
    client_payload: clientPayload,
  });
}
