// How the simulator's state looks on the wire: REST response bodies built on the OpenAPI description's own
// examples (so every field GitHub documents is there), with the state's values laid over them. The server
// validates each body against the description before sending it.
import { createHash } from "node:crypto";
import type {
  App,
  Artifact,
  Asset,
  CheckRun,
  Commit,
  Deployment,
  DeploymentStatus,
  IssueComment,
  Pull,
  Release,
  RepoState,
  Review,
  User,
  WorkflowRun,
} from "./model.ts";
import { emailOf } from "./model.ts";
import { OpenApi } from "./openapi.ts";

type Json = Record<string, unknown>;

export interface Urls {
  /** http://127.0.0.1:PORT, the simulator's "github.com". */
  web: string;
  /** REST base: web + /api/v3 (GitHub Enterprise layout, what Probot builds from GHE_HOST). */
  api: string;
  /** Upload base: web + /api/uploads. */
  uploads: string;
}

const api = () => OpenApi.load();
const nodeId = (kind: string, id: number | string) => Buffer.from(`${kind}${id}`).toString("base64");

export function userView(u: User, urls: Urls): Json {
  const login = encodeURIComponent(u.login);
  const base = `${urls.api}/users/${login}`;
  return {
    ...api().example("simple-user"),
    login: u.login,
    id: u.id,
    node_id: nodeId("U_", u.id),
    avatar_url: `${urls.web}/avatars/${u.id}`,
    url: base,
    html_url: `${urls.web}/${login}`,
    followers_url: `${base}/followers`,
    following_url: `${base}/following{/other_user}`,
    gists_url: `${base}/gists{/gist_id}`,
    starred_url: `${base}/starred{/owner}{/repo}`,
    subscriptions_url: `${base}/subscriptions`,
    organizations_url: `${base}/orgs`,
    repos_url: `${base}/repos`,
    events_url: `${base}/events{/privacy}`,
    received_events_url: `${base}/received_events`,
    type: u.type,
    site_admin: false,
  };
}

export function repoUrls(repo: RepoState, urls: Urls): { api: string; html: string } {
  return { api: `${urls.api}/repos/${repo.fullName}`, html: `${urls.web}/${repo.fullName}` };
}

/** full-repository; also the base of the repository objects in webhook payloads. */
export function repositoryView(repo: RepoState, urls: Urls): Json {
  const u = repoUrls(repo, urls);
  const ex = api().example<Json>("full-repository");
  for (const [k, v] of Object.entries(ex)) {
    if (typeof v === "string" && v.startsWith("https://api.github.com/repos/octocat/Hello-World")) {
      ex[k] = v.replace("https://api.github.com/repos/octocat/Hello-World", u.api);
    }
  }
  return {
    ...ex,
    id: repo.id,
    node_id: nodeId("R_", repo.id),
    name: repo.name,
    full_name: repo.fullName,
    owner: userView(repo.owner, urls),
    private: false,
    html_url: u.html,
    url: u.api,
    default_branch: repo.defaultBranch,
    organization: repo.owner.type === "Organization" ? userView(repo.owner, urls) : null,
    parent: undefined,
    source: undefined,
    template_repository: null,
  };
}

/** minimal-repository, as nested in workflow runs. */
export function minimalRepositoryView(repo: RepoState, urls: Urls): Json {
  const full = repositoryView(repo, urls);
  const keep = Object.keys(api().example<Json>("minimal-repository"));
  return Object.fromEntries(keep.filter((k) => k in full).map((k) => [k, full[k]]));
}

export function pullView(repo: RepoState, pr: Pull, urls: Urls): Json {
  const u = repoUrls(repo, urls);
  const ex = api().example<Json>("pull-request");
  const branch = (ref: string, sha: string) => ({
    label: `${repo.owner.login}:${ref}`,
    ref,
    sha,
    user: userView(repo.owner, urls),
    repo: repositoryView(repo, urls),
  });
  return {
    ...ex,
    url: `${u.api}/pulls/${pr.number}`,
    id: pr.id,
    node_id: nodeId("PR_", pr.id),
    html_url: `${u.html}/pull/${pr.number}`,
    diff_url: `${u.html}/pull/${pr.number}.diff`,
    patch_url: `${u.html}/pull/${pr.number}.patch`,
    issue_url: `${u.api}/issues/${pr.number}`,
    commits_url: `${u.api}/pulls/${pr.number}/commits`,
    review_comments_url: `${u.api}/pulls/${pr.number}/comments`,
    review_comment_url: `${u.api}/pulls/comments{/number}`,
    comments_url: `${u.api}/issues/${pr.number}/comments`,
    statuses_url: `${u.api}/statuses/${pr.headSha}`,
    number: pr.number,
    state: pr.state,
    locked: false,
    title: pr.title,
    user: userView(pr.author, urls),
    body: pr.body,
    labels: [],
    milestone: null,
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    closed_at: pr.closedAt,
    merged_at: pr.mergedAt,
    merge_commit_sha: pr.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branch(pr.headRef, pr.headSha),
    base: branch(pr.baseRef, pr.baseSha),
    _links: {
      self: { href: `${u.api}/pulls/${pr.number}` },
      html: { href: `${u.html}/pull/${pr.number}` },
      issue: { href: `${u.api}/issues/${pr.number}` },
      comments: { href: `${u.api}/issues/${pr.number}/comments` },
      review_comments: { href: `${u.api}/pulls/${pr.number}/comments` },
      review_comment: { href: `${u.api}/pulls/comments{/number}` },
      commits: { href: `${u.api}/pulls/${pr.number}/commits` },
      statuses: { href: `${u.api}/statuses/${pr.headSha}` },
    },
    author_association: repo.collaborators.has(pr.author.login) ? "COLLABORATOR" : "CONTRIBUTOR",
    auto_merge: null,
    draft: false,
    merged: pr.merged,
    mergeable: pr.state === "open" ? true : null,
    rebaseable: pr.state === "open" ? true : null,
    mergeable_state: pr.state === "open" ? "clean" : "unknown",
    merged_by: pr.mergedBy ? userView(pr.mergedBy, urls) : null,
    comments: repo.comments.filter((c) => c.issue === pr.number).length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: repo.commitsBetween(pr.baseSha, pr.headSha).length,
    additions: 1,
    deletions: 0,
    changed_files: 1,
  };
}

/** pull-request-simple: list items. */
export function pullSimpleView(repo: RepoState, pr: Pull, urls: Urls): Json {
  const full = pullView(repo, pr, urls);
  const keep = Object.keys(api().example<Json[]>("pull-request-simple-items")[0] as Json);
  return Object.fromEntries(keep.filter((k) => k in full).map((k) => [k, full[k]]));
}

export function reviewView(repo: RepoState, r: Review, urls: Urls): Json {
  const u = repoUrls(repo, urls);
  return {
    id: r.id,
    node_id: nodeId("PRR_", r.id),
    user: userView(r.user, urls),
    body: r.body,
    state: r.state,
    html_url: `${u.html}/pull/${r.pull}#pullrequestreview-${r.id}`,
    pull_request_url: `${u.api}/pulls/${r.pull}`,
    _links: {
      html: { href: `${u.html}/pull/${r.pull}#pullrequestreview-${r.id}` },
      pull_request: { href: `${u.api}/pulls/${r.pull}` },
    },
    submitted_at: r.submittedAt,
    commit_id: r.commitId,
    author_association: repo.collaborators.has(r.user.login) ? "COLLABORATOR" : "NONE",
  };
}

export function appView(app: App, urls: Urls): Json {
  return {
    id: app.id,
    slug: app.slug,
    node_id: nodeId("A_", app.id),
    client_id: `Iv1.${app.id}`,
    owner: userView(app.owner, urls),
    name: app.name,
    description: "modelops bot",
    external_url: `${urls.web}/apps/${app.slug}`,
    html_url: `${urls.web}/apps/${app.slug}`,
    created_at: "2025-01-01T00:00:00Z",
    updated_at: "2025-01-01T00:00:00Z",
    permissions: app.permissions,
    events: app.events,
  };
}

export function commentView(repo: RepoState, c: IssueComment, urls: Urls, apps: Map<number, App>): Json {
  const u = repoUrls(repo, urls);
  const app = c.appId !== undefined ? apps.get(c.appId) : undefined;
  return {
    id: c.id,
    node_id: nodeId("IC_", c.id),
    url: `${u.api}/issues/comments/${c.id}`,
    html_url: `${u.html}/pull/${c.issue}#issuecomment-${c.id}`,
    body: c.body,
    user: userView(c.user, urls),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    issue_url: `${u.api}/issues/${c.issue}`,
    author_association: repo.collaborators.has(c.user.login) ? "COLLABORATOR" : "NONE",
    performed_via_github_app: app ? appView(app, urls) : null,
    reactions: noReactions(`${u.api}/issues/comments/${c.id}/reactions`),
  };
}

export function checkRunView(
  repo: RepoState,
  run: CheckRun,
  urls: Urls,
  apps: Map<number, App>,
  pulls: Pull[],
): Json {
  const u = repoUrls(repo, urls);
  const app = apps.get(run.appId);
  return {
    id: run.id,
    head_sha: run.headSha,
    node_id: nodeId("CR_", run.id),
    external_id: run.externalId,
    url: `${u.api}/check-runs/${run.id}`,
    html_url: `${u.html}/runs/${run.id}`,
    details_url: run.detailsUrl,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: 0,
      annotations_url: `${u.api}/check-runs/${run.id}/annotations`,
    },
    name: run.name,
    check_suite: { id: run.suiteId },
    app: app ? appView(app, urls) : null,
    pull_requests: pulls.map((p) => ({
      url: `${u.api}/pulls/${p.number}`,
      id: p.id,
      number: p.number,
      head: { ref: p.headRef, sha: p.headSha, repo: { id: repo.id, url: u.api, name: repo.name } },
      base: { ref: p.baseRef, sha: p.baseSha, repo: { id: repo.id, url: u.api, name: repo.name } },
    })),
  };
}

export function assetView(repo: RepoState, release: Release, a: Asset, urls: Urls): Json {
  const u = repoUrls(repo, urls);
  return {
    url: `${u.api}/releases/assets/${a.id}`,
    browser_download_url: `${u.html}/releases/download/${release.tagName}/${encodeURIComponent(a.name)}`,
    id: a.id,
    node_id: nodeId("RA_", a.id),
    name: a.name,
    label: a.label,
    state: "uploaded",
    content_type: a.contentType,
    size: a.data.length,
    digest: `sha256:${createHash("sha256").update(a.data).digest("hex")}`,
    download_count: 0,
    created_at: a.createdAt,
    updated_at: a.createdAt,
    uploader: userView(a.uploader, urls),
  };
}

export function releaseView(repo: RepoState, r: Release, urls: Urls): Json {
  const u = repoUrls(repo, urls);
  return {
    url: `${u.api}/releases/${r.id}`,
    html_url: `${u.html}/releases/tag/${r.tagName}`,
    assets_url: `${u.api}/releases/${r.id}/assets`,
    upload_url: `${urls.uploads}/repos/${repo.fullName}/releases/${r.id}/assets{?name,label}`,
    tarball_url: `${u.api}/tarball/${r.tagName}`,
    zipball_url: `${u.api}/zipball/${r.tagName}`,
    id: r.id,
    node_id: nodeId("RE_", r.id),
    tag_name: r.tagName,
    target_commitish: r.targetCommitish,
    name: r.name,
    body: r.body,
    draft: r.draft,
    prerelease: r.prerelease,
    created_at: r.createdAt,
    published_at: r.draft ? null : r.createdAt,
    author: userView(r.author, urls),
    assets: r.assets.map((a) => assetView(repo, r, a, urls)),
  };
}

export function artifactView(repo: RepoState, a: Artifact, run: WorkflowRun, urls: Urls): Json {
  const u = repoUrls(repo, urls);
  return {
    id: a.id,
    node_id: nodeId("MDg6QXJ0aWZhY3Q", a.id),
    name: a.name,
    size_in_bytes: a.zip.length,
    url: `${u.api}/actions/artifacts/${a.id}`,
    archive_download_url: `${u.api}/actions/artifacts/${a.id}/zip`,
    expired: a.expired,
    created_at: a.createdAt,
    expires_at: "2025-06-01T00:00:00Z",
    updated_at: a.createdAt,
    digest: `sha256:${createHash("sha256").update(a.zip).digest("hex")}`,
    workflow_run: {
      id: run.id,
      repository_id: repo.id,
      head_repository_id: repo.id,
      head_branch: run.headBranch,
      head_sha: run.headSha,
    },
  };
}

/** commit: an item of GET /repos/{o}/{r}/pulls/{n}/commits (author and committer are the commit's user). */
export function commitView(repo: RepoState, c: Commit, urls: Urls): Json {
  const u = repoUrls(repo, urls);
  const ex = (api().example<Json[]>("commit-items")[0] ?? {}) as Json;
  const person = { name: c.author.login, email: emailOf(c.author.login), date: c.date };
  return {
    url: `${u.api}/commits/${c.sha}`,
    sha: c.sha,
    node_id: nodeId("C_", c.sha),
    html_url: `${u.html}/commit/${c.sha}`,
    comments_url: `${u.api}/commits/${c.sha}/comments`,
    commit: {
      ...(ex.commit as Json),
      url: `${u.api}/git/commits/${c.sha}`,
      author: person,
      committer: person,
      message: c.message,
      tree: { url: `${u.api}/git/trees/${c.treeSha}`, sha: c.treeSha },
      comment_count: 0,
    },
    author: userView(c.author, urls),
    committer: userView(c.author, urls),
    parents: c.parents.map((p) => ({
      url: `${u.api}/commits/${p}`,
      sha: p,
      html_url: `${u.html}/commit/${p}`,
    })),
  };
}

function commitSummary(c: Commit): Json {
  return {
    id: c.sha,
    tree_id: c.treeSha,
    message: c.message,
    timestamp: c.date,
    author: { name: c.author.login, email: emailOf(c.author.login) },
    committer: { name: c.author.login, email: emailOf(c.author.login) },
  };
}

export function workflowRunView(repo: RepoState, run: WorkflowRun, urls: Urls): Json {
  const u = repoUrls(repo, urls);
  const head = repo.commits.get(run.headSha) as Commit;
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId("WFR_", run.id),
    check_suite_id: run.checkSuiteId,
    check_suite_node_id: nodeId("CS_", run.checkSuiteId),
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: run.path,
    run_number: run.runNumber,
    event: run.event,
    display_title: head.message.split("\n")[0],
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: run.workflowId,
    url: `${u.api}/actions/runs/${run.id}`,
    html_url: `${u.html}/actions/runs/${run.id}`,
    pull_requests: run.pullNumbers.map((n) => {
      const p = repo.pulls.get(n) as Pull;
      return {
        url: `${u.api}/pulls/${p.number}`,
        id: p.id,
        number: p.number,
        head: { ref: p.headRef, sha: p.headSha, repo: { id: repo.id, url: u.api, name: repo.name } },
        base: { ref: p.baseRef, sha: p.baseSha, repo: { id: repo.id, url: u.api, name: repo.name } },
      };
    }),
    created_at: run.createdAt,
    updated_at: run.updatedAt,
    actor: userView(run.actor, urls),
    triggering_actor: userView(run.actor, urls),
    run_attempt: run.attempt,
    referenced_workflows: [],
    run_started_at: run.createdAt,
    jobs_url: `${u.api}/actions/runs/${run.id}/jobs`,
    logs_url: `${u.api}/actions/runs/${run.id}/logs`,
    check_suite_url: `${u.api}/check-suites/${run.checkSuiteId}`,
    artifacts_url: `${u.api}/actions/runs/${run.id}/artifacts`,
    cancel_url: `${u.api}/actions/runs/${run.id}/cancel`,
    rerun_url: `${u.api}/actions/runs/${run.id}/rerun`,
    previous_attempt_url:
      run.attempt > 1 ? `${u.api}/actions/runs/${run.id}/attempts/${run.attempt - 1}` : null,
    workflow_url: `${u.api}/actions/workflows/${run.workflowId}`,
    head_commit: commitSummary(head),
    repository: minimalRepositoryView(repo, urls),
    head_repository: minimalRepositoryView(repo, urls),
  };
}

export function deploymentView(repo: RepoState, d: Deployment, urls: Urls, app?: App): Json {
  const u = repoUrls(repo, urls);
  return {
    url: `${u.api}/deployments/${d.id}`,
    id: d.id,
    node_id: nodeId("DE_", d.id),
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.environment,
    environment: d.environment,
    description: d.description,
    creator: userView(d.creator, urls),
    created_at: d.createdAt,
    updated_at: d.updatedAt,
    statuses_url: `${u.api}/deployments/${d.id}/statuses`,
    repository_url: u.api,
    transient_environment: d.transient,
    production_environment: d.production,
    performed_via_github_app: app ? appView(app, urls) : null,
  };
}

export function deploymentStatusView(
  repo: RepoState,
  d: Deployment,
  s: DeploymentStatus,
  urls: Urls,
  app?: App,
): Json {
  const u = repoUrls(repo, urls);
  return {
    url: `${u.api}/deployments/${d.id}/statuses/${s.id}`,
    id: s.id,
    node_id: nodeId("DES_", s.id),
    state: s.state,
    creator: userView(s.creator, urls),
    description: s.description,
    environment: s.environment,
    // GitHub answers "" for an unset URL; the description says uri, so the simulator names the page instead.
    target_url: s.logUrl || `${u.html}/deployments`,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    deployment_url: `${u.api}/deployments/${d.id}`,
    repository_url: u.api,
    environment_url: s.environmentUrl || `${u.html}/deployments`,
    log_url: s.logUrl || `${u.html}/deployments`,
    performed_via_github_app: app ? appView(app, urls) : null,
  };
}

/** The reactions summary of an issue or comment nobody has reacted to. */
export function noReactions(url: string) {
  return {
    url,
    total_count: 0,
    "+1": 0,
    "-1": 0,
    laugh: 0,
    confused: 0,
    heart: 0,
    hooray: 0,
    eyes: 0,
    rocket: 0,
  };
}
