// The REST operations the simulator implements, by OpenAPI operationId. Each works on the in-memory world
// with GitHub's semantics for the parts a client can observe (404 for unknown things, 422 for conflicts and
// limits, 302 to storage for downloads, Link headers for pagination).
import { createHash, randomBytes } from "node:crypto";
import type {
  App,
  Asset,
  CheckRun,
  Commit,
  Deployment,
  DeploymentStatus,
  Installation,
  IssueComment,
  Org,
  Permission,
  Pull,
  Release,
  RepoState,
  User,
} from "./model.ts";
import { emailOf, gitBlobSha, gitTreeSha, now } from "./model.ts";
import type { Operation } from "./openapi.ts";
import {
  artifactView,
  assetView,
  checkRunView,
  commentView,
  commitView,
  deploymentStatusView,
  deploymentView,
  pullSimpleView,
  pullView,
  releaseView,
  repoUrls,
  reviewView,
  type Urls,
  userView,
  workflowRunView,
} from "./views.ts";

export interface World {
  urls: Urls;
  users: Map<string, User>;
  orgs: Map<string, Org>;
  repos: Map<string, RepoState>;
  apps: Map<number, App>;
  installations: Map<number, Installation>;
  /** Installation access tokens. */
  tokens: Map<string, Installation>;
  /** Sends a repository_dispatch webhook, as GitHub does after POST /repos/{o}/{r}/dispatches. */
  repositoryDispatch(
    repo: RepoState,
    sender: User,
    eventType: string,
    clientPayload: unknown,
  ): Promise<unknown>;
  /** Downloadable bytes behind 302 redirects (artifacts, release assets). */
  blobs: Map<string, { data: Buffer; contentType: string }>;
  nextId(): number;
}

export interface Call {
  world: World;
  op: Operation;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  /** The parsed JSON body ({} when there is none). */
  json: Record<string, unknown>;
  installation?: Installation;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Webhooks the operation causes (a repository dispatch), sent before the reply so tests are deterministic. */
  after?: () => Promise<unknown>;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: Array<Record<string, unknown>>,
  ) {
    super(message);
  }
  reply(): Reply {
    const body: Record<string, unknown> = {
      message: this.message,
      documentation_url: "https://docs.github.com/rest",
    };
    if (this.errors) body.errors = this.errors;
    return { status: this.status, body };
  }
}

const json = (status: number, body: unknown, headers?: Record<string, string>): Reply => ({
  status,
  body,
  headers,
});

function repoOf(c: Call): RepoState {
  const repo = c.world.repos.get(`${c.params.owner}/${c.params.repo}`.toLowerCase());
  if (!repo) throw new HttpError(404, "Not Found");
  return repo;
}

/** The app whose bot user `user` is, if any (performed_via_github_app). */
function appOf(c: Call, user: User): App | undefined {
  return [...c.world.apps.values()].find((a) => a.bot.login === user.login);
}

function botOf(c: Call): User {
  if (!c.installation) throw new HttpError(401, "Requires authentication");
  return c.installation.app.bot;
}

function int(v: string | undefined, what: string): number {
  const n = Number(v);
  if (!Number.isInteger(n)) throw new HttpError(404, `Not Found (${what})`);
  return n;
}

/** One page of `items` with GitHub's Link header. */
function paginate<T>(c: Call, items: T[], path: string): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Number(c.query.get("per_page") ?? 30) || 30);
  const page = Math.max(1, Number(c.query.get("page") ?? 1) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const headers: Record<string, string> = {};
  const link = (p: number, rel: string) => {
    const q = new URLSearchParams(c.query);
    q.set("page", String(p));
    q.set("per_page", String(perPage));
    return `<${c.world.urls.api}${path}?${q}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page < last) links.push(link(page + 1, "next"), link(last, "last"));
  if (page > 1) links.push(link(1, "first"), link(page - 1, "prev"));
  if (links.length) headers.link = links.join(", ");
  return { items: items.slice((page - 1) * perPage, page * perPage), headers };
}

function validationError(message: string, field: string, code = "invalid"): HttpError {
  return new HttpError(422, message, [{ resource: "Resource", field, code }]);
}

function pullsForSha(repo: RepoState, sha: string): Pull[] {
  return [...repo.pulls.values()].filter(
    (p) =>
      p.headSha === sha || p.mergeCommitSha === sha || (p.state === "open" && repo.reaches(p.headSha, sha)),
  );
}

const PERMISSION_VIEW: Record<Permission, { permission: string; role_name: string }> = {
  admin: { permission: "admin", role_name: "admin" },
  maintain: { permission: "write", role_name: "maintain" },
  write: { permission: "write", role_name: "write" },
  triage: { permission: "read", role_name: "triage" },
  read: { permission: "read", role_name: "read" },
};

const MAX_COMMENT = 65536;
const MAX_CHECK_TEXT = 65535;
const MAX_RELEASE_BODY = 125000;
const MAX_DEPLOYMENT_STATUS_DESCRIPTION = 140;

function findDeployment(c: Call, repo: RepoState): Deployment {
  const id = int(c.params.deployment_id, "deployment_id");
  const d = repo.deployments.find((x) => x.id === id);
  if (!d) throw new HttpError(404, "Not Found");
  return d;
}

const STATUS_STATES = new Set([
  "error",
  "failure",
  "inactive",
  "in_progress",
  "queued",
  "pending",
  "success",
]);

function checkOutput(c: Call): CheckRun["output"] | undefined {
  const output = c.json.output as Record<string, unknown> | undefined;
  if (!output) return undefined;
  for (const key of ["summary", "text"] as const) {
    const v = output[key];
    if (typeof v === "string" && v.length > MAX_CHECK_TEXT) {
      throw validationError(`output.${key} is too long (maximum is ${MAX_CHECK_TEXT} characters)`, key);
    }
  }
  return {
    title: (output.title as string | undefined) ?? null,
    summary: (output.summary as string | undefined) ?? null,
    text: (output.text as string | undefined) ?? null,
  };
}

function applyCheckFields(run: CheckRun, c: Call): void {
  const b = c.json;
  if (typeof b.name === "string") run.name = b.name;
  if (typeof b.details_url === "string") run.detailsUrl = b.details_url;
  if (typeof b.external_id === "string") run.externalId = b.external_id;
  if (typeof b.status === "string") run.status = b.status as CheckRun["status"];
  const output = checkOutput(c);
  if (output) run.output = output;
  if (typeof b.conclusion === "string") {
    run.conclusion = b.conclusion;
    run.status = "completed";
  }
  if (run.status === "completed") {
    if (!run.conclusion)
      throw validationError("conclusion is required when status is completed", "conclusion");
    run.completedAt = (b.completed_at as string | undefined) ?? now();
  } else {
    run.conclusion = null;
    run.completedAt = null;
  }
  if (run.conclusion === "action_required" && !run.detailsUrl) {
    throw validationError("details_url is required when conclusion is action_required", "details_url");
  }
}

function findRelease(repo: RepoState, id: number): Release {
  const r = repo.releases.find((x) => x.id === id);
  if (!r) throw new HttpError(404, "Not Found");
  return r;
}

export const OPERATIONS: Record<string, (c: Call) => Reply> = {
  "repos/get-content"(c) {
    const repo = repoOf(c);
    const ref = c.query.get("ref") ?? repo.defaultBranch;
    const commit = repo.resolve(ref);
    if (!commit) throw new HttpError(404, `No commit found for the ref ${ref}`);
    const path = (c.params.path ?? "").replace(/^\/+|\/+$/g, "");
    const data = commit.tree.get(path);
    const accept = String(c.headers.accept ?? "");
    const u = repoUrls(repo, c.world.urls);
    if (!data) {
      const children = [...commit.tree.keys()].filter((p) => p.startsWith(`${path}/`));
      if (children.length === 0) throw new HttpError(404, "Not Found");
      const names = [...new Set(children.map((p) => p.slice(path.length + 1).split("/")[0] as string))];
      return json(
        200,
        names.map((name) => {
          const full = `${path}/${name}`;
          const file = commit.tree.get(full);
          return {
            type: file ? "file" : "dir",
            size: file?.length ?? 0,
            name,
            path: full,
            sha: file ? gitBlobSha(file) : "0".repeat(40),
            url: `${u.api}/contents/${full}?ref=${ref}`,
            git_url: null,
            html_url: `${u.html}/blob/${ref}/${full}`,
            download_url: null,
            _links: { self: `${u.api}/contents/${full}?ref=${ref}`, git: null, html: null },
          };
        }),
      );
    }
    if (/application\/vnd\.github(\.v3)?\.raw/.test(accept)) {
      return {
        status: 200,
        body: data,
        headers: { "content-type": "application/vnd.github.raw; charset=utf-8" },
      };
    }
    const sha = gitBlobSha(data);
    return json(200, {
      type: "file",
      encoding: "base64",
      size: data.length,
      name: path.split("/").pop(),
      path,
      content: data.toString("base64"),
      sha,
      url: `${u.api}/contents/${path}?ref=${ref}`,
      git_url: `${u.api}/git/blobs/${sha}`,
      html_url: `${u.html}/blob/${ref}/${path}`,
      download_url: `${u.html}/raw/${ref}/${path}`,
      _links: {
        self: `${u.api}/contents/${path}?ref=${ref}`,
        git: `${u.api}/git/blobs/${sha}`,
        html: `${u.html}/blob/${ref}/${path}`,
      },
    });
  },

  "git/get-tree"(c) {
    const repo = repoOf(c);
    const want = c.params.tree_sha ?? "";
    const resolved = repo.resolve(want);
    const made = resolved ? undefined : repo.tree(want);
    const commit = resolved ?? (made ? { tree: made, treeSha: want } : undefined);
    if (!commit) throw new HttpError(404, "Not Found");
    const u = repoUrls(repo, c.world.urls);
    const recursive = c.query.has("recursive");
    const dirs = new Set<string>();
    const tree: Array<Record<string, unknown>> = [];
    for (const [path, data] of [...commit.tree].sort(([a], [b]) => a.localeCompare(b))) {
      const parts = path.split("/");
      if (!recursive && parts.length > 1) {
        dirs.add(parts[0] as string);
        continue;
      }
      for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join("/"));
      const sha = gitBlobSha(data);
      tree.push({
        path,
        mode: "100644",
        type: "blob",
        sha,
        size: data.length,
        url: `${u.api}/git/blobs/${sha}`,
      });
    }
    for (const d of dirs) tree.push({ path: d, mode: "040000", type: "tree", sha: "0".repeat(40) });
    return json(200, {
      sha: commit.treeSha,
      url: `${u.api}/git/trees/${commit.treeSha}`,
      tree,
      truncated: false,
    });
  },

  "git/create-ref"(c) {
    const repo = repoOf(c);
    const ref = String(c.json.ref);
    const sha = String(c.json.sha);
    if (!/^refs\/[^/]+\/.+/.test(ref)) throw validationError("Reference name must start with refs/", "ref");
    if (!repo.commits.has(sha)) throw validationError("Object does not exist", "sha");
    const taken = ref.startsWith("refs/tags/")
      ? repo.tags.has(ref)
      : repo.branches.has(ref.replace(/^refs\/heads\//, ""));
    if (taken) throw validationError("Reference already exists", "ref", "already_exists");
    if (ref.startsWith("refs/tags/")) repo.tags.set(ref, sha);
    else repo.branches.set(ref.replace(/^refs\/heads\//, ""), sha);
    const u = repoUrls(repo, c.world.urls);
    return json(201, {
      ref,
      node_id: Buffer.from(`REF_${ref}`).toString("base64"),
      url: `${u.api}/git/${ref}`,
      object: { type: "commit", sha, url: `${u.api}/git/commits/${sha}` },
    });
  },

  "git/get-ref"(c) {
    const repo = repoOf(c);
    const ref = `refs/${c.params.ref ?? ""}`;
    const sha = ref.startsWith("refs/heads/")
      ? repo.branches.get(ref.slice("refs/heads/".length))
      : repo.tags.get(ref);
    if (!sha) throw new HttpError(404, "Not Found");
    const u = repoUrls(repo, c.world.urls);
    return json(200, {
      ref,
      node_id: Buffer.from(`REF_${ref}`).toString("base64"),
      url: `${u.api}/git/${ref}`,
      object: { type: "commit", sha, url: `${u.api}/git/commits/${sha}` },
    });
  },

  "git/get-commit"(c) {
    const repo = repoOf(c);
    const commit = repo.commits.get(c.params.commit_sha ?? "");
    if (!commit) throw new HttpError(404, "Not Found");
    return json(200, gitCommitView(repo, commit, c.world.urls));
  },

  "git/create-tree"(c) {
    const repo = repoOf(c);
    const entries = c.json.tree as Array<{
      path: string;
      type?: string;
      sha?: string | null;
      content?: string;
    }>;
    const baseSha = c.json.base_tree as string | undefined;
    const base = baseSha ? repo.tree(baseSha) : new Map<string, Buffer>();
    if (!base) throw validationError("Invalid tree info: base_tree does not exist", "base_tree");
    const files = new Map(base);
    for (const e of entries) {
      if (e.type !== undefined && e.type !== "blob")
        throw validationError("only blobs are supported", "tree");
      if (e.sha === null) {
        if (!files.delete(e.path))
          throw validationError(`GitRPC::BadObjectState: ${e.path} is not in the tree`, "tree");
      } else if (typeof e.content === "string") files.set(e.path, Buffer.from(e.content));
      else {
        const data = e.sha ? repo.blob(e.sha) : undefined;
        if (!data) throw validationError(`tree.sha ${e.sha} is not a valid blob`, "tree");
        files.set(e.path, data);
      }
    }
    const sha = gitTreeSha(files);
    repo.trees.set(sha, files);
    const u = repoUrls(repo, c.world.urls);
    return json(201, {
      sha,
      url: `${u.api}/git/trees/${sha}`,
      truncated: false,
      tree: [...files].map(([path, data]) => ({
        path,
        mode: "100644",
        type: "blob",
        sha: gitBlobSha(data),
        size: data.length,
        url: `${u.api}/git/blobs/${gitBlobSha(data)}`,
      })),
    });
  },

  "git/create-commit"(c) {
    const repo = repoOf(c);
    const files = repo.tree(String(c.json.tree));
    if (!files) throw validationError("Tree SHA does not exist", "tree");
    const parents = (c.json.parents as string[] | undefined) ?? [];
    for (const p of parents)
      if (!repo.commits.has(p)) throw validationError("Parent SHA does not exist", "parents");
    const commit = repo.commit({ files, parents, message: String(c.json.message), author: botOf(c) });
    return json(201, gitCommitView(repo, commit, c.world.urls));
  },

  "pulls/create"(c) {
    const repo = repoOf(c);
    const head = String(c.json.head).replace(/^[^:]+:/, "");
    const base = String(c.json.base);
    const headSha = repo.branches.get(head);
    const baseSha = repo.branches.get(base);
    if (!headSha) throw validationError(`head ${head} does not exist`, "head");
    if (!baseSha) throw validationError(`base ${base} does not exist`, "base");
    if (
      [...repo.pulls.values()].some((p) => p.state === "open" && p.headRef === head && p.baseRef === base)
    ) {
      throw validationError(
        `A pull request already exists for ${repo.owner.login}:${head}.`,
        "head",
        "custom",
      );
    }
    const pr = repo.openPull({
      id: c.world.nextId(),
      title: String(c.json.title ?? head),
      body: String(c.json.body ?? ""),
      author: botOf(c),
      headRef: head,
      headSha,
      baseRef: base,
      baseSha,
    });
    return json(201, pullView(repo, pr, c.world.urls));
  },

  "repos/create-dispatch-event"(c) {
    const repo = repoOf(c);
    const eventType = String(c.json.event_type);
    const payload = c.json.client_payload ?? {};
    return { status: 204, after: () => c.world.repositoryDispatch(repo, botOf(c), eventType, payload) };
  },

  "repos/list-pull-requests-associated-with-commit"(c) {
    const repo = repoOf(c);
    const sha = c.params.commit_sha ?? "";
    if (!repo.resolve(sha)) throw new HttpError(404, "Not Found");
    const { items, headers } = paginate(
      c,
      pullsForSha(repo, sha),
      `/repos/${repo.fullName}/commits/${sha}/pulls`,
    );
    return json(
      200,
      items.map((p) => pullSimpleView(repo, p, c.world.urls)),
      headers,
    );
  },

  "pulls/list"(c) {
    const repo = repoOf(c);
    const state = c.query.get("state") ?? "open";
    const head = c.query.get("head");
    const base = c.query.get("base");
    const list = [...repo.pulls.values()]
      .filter((p) => state === "all" || p.state === state)
      .filter((p) => !head || `${repo.owner.login}:${p.headRef}` === head)
      .filter((p) => !base || p.baseRef === base)
      .sort((a, b) => b.number - a.number);
    const { items, headers } = paginate(c, list, `/repos/${repo.fullName}/pulls`);
    return json(
      200,
      items.map((p) => pullSimpleView(repo, p, c.world.urls)),
      headers,
    );
  },

  "pulls/get"(c) {
    const repo = repoOf(c);
    const pr = repo.pulls.get(int(c.params.pull_number, "pull_number"));
    if (!pr) throw new HttpError(404, "Not Found");
    return json(200, pullView(repo, pr, c.world.urls));
  },

  "pulls/list-reviews"(c) {
    const repo = repoOf(c);
    const n = int(c.params.pull_number, "pull_number");
    if (!repo.pulls.has(n)) throw new HttpError(404, "Not Found");
    const list = repo.reviews.filter((r) => r.pull === n);
    const { items, headers } = paginate(c, list, `/repos/${repo.fullName}/pulls/${n}/reviews`);
    return json(
      200,
      items.map((r) => reviewView(repo, r, c.world.urls)),
      headers,
    );
  },

  "pulls/list-commits"(c) {
    const repo = repoOf(c);
    const n = int(c.params.pull_number, "pull_number");
    const pr = repo.pulls.get(n);
    if (!pr) throw new HttpError(404, "Not Found");
    // GitHub lists at most 250 commits of a pull request, oldest first.
    const list = repo.commitsBetween(pr.baseSha, pr.headSha).slice(0, 250);
    const { items, headers } = paginate(c, list, `/repos/${repo.fullName}/pulls/${n}/commits`);
    return json(
      200,
      items.map((x) => commitView(repo, x, c.world.urls)),
      headers,
    );
  },

  "issues/list-comments"(c) {
    const repo = repoOf(c);
    const n = int(c.params.issue_number, "issue_number");
    if (!repo.pulls.has(n)) throw new HttpError(404, "Not Found");
    const list = repo.comments.filter((x) => x.issue === n);
    const { items, headers } = paginate(c, list, `/repos/${repo.fullName}/issues/${n}/comments`);
    return json(
      200,
      items.map((x) => commentView(repo, x, c.world.urls, c.world.apps)),
      headers,
    );
  },

  "issues/create-comment"(c) {
    const repo = repoOf(c);
    const n = int(c.params.issue_number, "issue_number");
    if (!repo.pulls.has(n)) throw new HttpError(404, "Not Found");
    const body = String(c.json.body ?? "");
    if (body.length > MAX_COMMENT) {
      throw validationError(`Body is too long (maximum is ${MAX_COMMENT} characters)`, "body");
    }
    const at = now();
    const comment: IssueComment = {
      id: c.world.nextId(),
      issue: n,
      user: botOf(c),
      body,
      createdAt: at,
      updatedAt: at,
      appId: c.installation?.app.id,
    };
    repo.comments.push(comment);
    return json(201, commentView(repo, comment, c.world.urls, c.world.apps));
  },

  "issues/update-comment"(c) {
    const repo = repoOf(c);
    const id = int(c.params.comment_id, "comment_id");
    const comment = repo.comments.find((x) => x.id === id);
    if (!comment) throw new HttpError(404, "Not Found");
    const body = String(c.json.body ?? "");
    if (body.length > MAX_COMMENT) {
      throw validationError(`Body is too long (maximum is ${MAX_COMMENT} characters)`, "body");
    }
    comment.body = body;
    comment.updatedAt = now();
    return json(200, commentView(repo, comment, c.world.urls, c.world.apps));
  },

  "checks/list-for-ref"(c) {
    const repo = repoOf(c);
    const commit = repo.resolve(c.params.ref ?? "");
    if (!commit) throw new HttpError(404, "Not Found");
    const name = c.query.get("check_name");
    const status = c.query.get("status");
    const appId = c.query.get("app_id");
    let list = repo.checkRuns
      .filter((r) => r.headSha === commit.sha)
      .filter((r) => !name || r.name === name)
      .filter((r) => !status || r.status === status)
      .filter((r) => !appId || r.appId === Number(appId))
      .sort((a, b) => b.id - a.id);
    if ((c.query.get("filter") ?? "latest") === "latest") {
      const seen = new Set<string>();
      list = list.filter((r) => {
        if (seen.has(r.name)) return false;
        seen.add(r.name);
        return true;
      });
    }
    const { items, headers } = paginate(c, list, `/repos/${repo.fullName}/commits/${commit.sha}/check-runs`);
    const pulls = pullsForSha(repo, commit.sha).filter((p) => p.state === "open");
    return json(
      200,
      {
        total_count: list.length,
        check_runs: items.map((r) => checkRunView(repo, r, c.world.urls, c.world.apps, pulls)),
      },
      headers,
    );
  },

  "checks/create"(c) {
    const repo = repoOf(c);
    const app = c.installation?.app;
    if (!app) throw new HttpError(403, "Check runs can only be created by GitHub Apps");
    const headSha = String(c.json.head_sha);
    if (!repo.commits.has(headSha)) throw validationError("No commit found for SHA", "head_sha");
    const run: CheckRun = {
      id: c.world.nextId(),
      suiteId: 9000 + app.id,
      appId: app.id,
      name: String(c.json.name),
      headSha,
      status: "queued",
      conclusion: null,
      detailsUrl: null,
      externalId: "",
      output: { title: null, summary: null, text: null },
      startedAt: (c.json.started_at as string | undefined) ?? now(),
      completedAt: null,
    };
    applyCheckFields(run, c);
    repo.checkRuns.push(run);
    const pulls = pullsForSha(repo, headSha).filter((p) => p.state === "open");
    return json(201, checkRunView(repo, run, c.world.urls, c.world.apps, pulls));
  },

  "checks/update"(c) {
    const repo = repoOf(c);
    const id = int(c.params.check_run_id, "check_run_id");
    const run = repo.checkRuns.find((r) => r.id === id);
    if (!run) throw new HttpError(404, "Not Found");
    if (run.appId !== c.installation?.app.id) {
      throw new HttpError(
        403,
        `Invalid app_id \`${c.installation?.app.id}\` - check run belongs to another app`,
      );
    }
    applyCheckFields(run, c);
    const pulls = pullsForSha(repo, run.headSha).filter((p) => p.state === "open");
    return json(200, checkRunView(repo, run, c.world.urls, c.world.apps, pulls));
  },

  "repos/get-collaborator-permission-level"(c) {
    const repo = repoOf(c);
    const user = c.world.users.get((c.params.username ?? "").toLowerCase());
    if (!user) throw new HttpError(404, `${c.params.username} is not a user`);
    const level = repo.collaborators.get(user.login) ?? "read";
    return json(200, {
      ...PERMISSION_VIEW[level],
      user: {
        ...userView(user, c.world.urls),
        role_name: PERMISSION_VIEW[level].role_name,
        permissions: {
          admin: level === "admin",
          maintain: level === "admin" || level === "maintain",
          push: level !== "read" && level !== "triage",
          triage: level !== "read",
          pull: true,
        },
      },
    });
  },

  "teams/get-membership-for-user-in-org"(c) {
    const org = c.world.orgs.get((c.params.org ?? "").toLowerCase());
    const team = org?.teams.get(c.params.team_slug ?? "");
    const login = c.params.username ?? "";
    const member = [...(team?.members ?? [])].some((m) => m.toLowerCase() === login.toLowerCase());
    if (!org || !team || !member) throw new HttpError(404, "Not Found");
    return json(200, {
      url: `${c.world.urls.api}/teams/${team.id}/memberships/${login}`,
      role: "member",
      state: "active",
    });
  },

  "repos/list-releases"(c) {
    const repo = repoOf(c);
    const list = [...repo.releases].sort((a, b) => b.id - a.id);
    const { items, headers } = paginate(c, list, `/repos/${repo.fullName}/releases`);
    return json(
      200,
      items.map((r) => releaseView(repo, r, c.world.urls)),
      headers,
    );
  },

  "repos/create-release"(c) {
    const repo = repoOf(c);
    const tag = String(c.json.tag_name);
    if (repo.releases.some((r) => r.tagName === tag)) {
      throw validationError("Validation Failed: tag_name already_exists", "tag_name", "already_exists");
    }
    const body = (c.json.body as string | undefined) ?? null;
    if (body && body.length > MAX_RELEASE_BODY) {
      throw validationError(`body is too long (maximum is ${MAX_RELEASE_BODY} characters)`, "body");
    }
    const target = (c.json.target_commitish as string | undefined) ?? repo.defaultBranch;
    if (!repo.tags.has(`refs/tags/${tag}`)) {
      const commit = repo.resolve(target);
      if (!commit) throw validationError("target_commitish is invalid", "target_commitish");
      repo.tags.set(`refs/tags/${tag}`, commit.sha);
    }
    const release: Release = {
      id: c.world.nextId(),
      tagName: tag,
      targetCommitish: target,
      name: (c.json.name as string | undefined) ?? tag,
      body,
      draft: c.json.draft === true,
      prerelease: c.json.prerelease === true,
      author: botOf(c),
      createdAt: now(),
      assets: [],
    };
    repo.releases.push(release);
    return json(201, releaseView(repo, release, c.world.urls));
  },

  "repos/update-release"(c) {
    const repo = repoOf(c);
    const release = findRelease(repo, int(c.params.release_id, "release_id"));
    const body = c.json.body as string | undefined;
    if (body !== undefined && body.length > MAX_RELEASE_BODY) {
      throw validationError(`body is too long (maximum is ${MAX_RELEASE_BODY} characters)`, "body");
    }
    if (body !== undefined) release.body = body;
    if (typeof c.json.name === "string") release.name = c.json.name;
    return json(200, releaseView(repo, release, c.world.urls));
  },

  "repos/upload-release-asset"(c) {
    const repo = repoOf(c);
    const release = findRelease(repo, int(c.params.release_id, "release_id"));
    const name = c.query.get("name") ?? "";
    if (release.assets.some((a) => a.name === name)) {
      throw validationError("Validation Failed: name already_exists", "name", "already_exists");
    }
    if (c.body.length === 0) throw validationError("Bad Content-Length", "size");
    const asset: Asset = {
      id: c.world.nextId(),
      name,
      label: c.query.get("label"),
      contentType: String(c.headers["content-type"] ?? "application/octet-stream"),
      data: Buffer.from(c.body),
      uploader: botOf(c),
      createdAt: now(),
    };
    release.assets.push(asset);
    c.world.blobs.set(`asset-${asset.id}`, { data: asset.data, contentType: asset.contentType });
    return json(201, assetView(repo, release, asset, c.world.urls));
  },

  "repos/get-release-asset"(c) {
    const repo = repoOf(c);
    const id = int(c.params.asset_id, "asset_id");
    for (const release of repo.releases) {
      const asset = release.assets.find((a) => a.id === id);
      if (!asset) continue;
      if (String(c.headers.accept ?? "").includes("application/octet-stream")) {
        return { status: 302, headers: { location: `${c.world.urls.web}/_blobs/asset-${id}` } };
      }
      return json(200, assetView(repo, release, asset, c.world.urls));
    }
    throw new HttpError(404, "Not Found");
  },

  "actions/list-workflow-run-artifacts"(c) {
    const repo = repoOf(c);
    const runId = int(c.params.run_id, "run_id");
    const run = repo.runs.find((r) => r.id === runId);
    if (!run) throw new HttpError(404, "Not Found");
    const name = c.query.get("name");
    const list = repo.artifacts.filter((a) => a.runId === runId && (!name || a.name === name));
    const { items, headers } = paginate(c, list, `/repos/${repo.fullName}/actions/runs/${runId}/artifacts`);
    return json(
      200,
      { total_count: list.length, artifacts: items.map((a) => artifactView(repo, a, run, c.world.urls)) },
      headers,
    );
  },

  "actions/download-artifact"(c) {
    const repo = repoOf(c);
    const id = int(c.params.artifact_id, "artifact_id");
    const artifact = repo.artifacts.find((a) => a.id === id);
    if (!artifact || c.params.archive_format !== "zip") throw new HttpError(404, "Not Found");
    if (artifact.expired) throw new HttpError(410, "Artifact has expired");
    c.world.blobs.set(`artifact-${id}`, { data: artifact.zip, contentType: "application/zip" });
    return { status: 302, headers: { location: `${c.world.urls.web}/_blobs/artifact-${id}` } };
  },

  "actions/list-workflow-runs-for-repo"(c) {
    const repo = repoOf(c);
    const q = c.query;
    const list = repo.runs
      .filter((r) => !q.get("head_sha") || r.headSha === q.get("head_sha"))
      .filter((r) => !q.get("branch") || r.headBranch === q.get("branch"))
      .filter((r) => !q.get("event") || r.event === q.get("event"))
      .filter((r) => !q.get("status") || r.status === q.get("status") || r.conclusion === q.get("status"))
      .sort((a, b) => b.id - a.id);
    const { items, headers } = paginate(c, list, `/repos/${repo.fullName}/actions/runs`);
    return json(
      200,
      { total_count: list.length, workflow_runs: items.map((r) => workflowRunView(repo, r, c.world.urls)) },
      headers,
    );
  },

  "actions/re-run-workflow"(c) {
    const repo = repoOf(c);
    const run = repo.runs.find((r) => r.id === int(c.params.run_id, "run_id"));
    if (!run) throw new HttpError(404, "Not Found");
    if (run.status !== "completed") throw new HttpError(403, "This workflow run is not completed");
    run.rerunRequests++;
    run.attempt++;
    run.status = "queued";
    run.conclusion = null;
    run.updatedAt = now();
    return json(201, {});
  },

  "repos/create-deployment"(c) {
    const repo = repoOf(c);
    const ref = String(c.json.ref ?? "");
    const commit = repo.resolve(ref);
    if (!commit) throw validationError(`No ref found for: ${ref}`, "ref");
    // GitHub merges the default branch into the ref first unless auto_merge is false: a tag of an older
    // commit then fails with 409, so a store deploying release tags must say auto_merge: false.
    const head = repo.resolve(repo.defaultBranch);
    if (
      c.json.auto_merge !== false &&
      head &&
      head.sha !== commit.sha &&
      !repo.reaches(commit.sha, head.sha)
    ) {
      return json(409, {
        message: `Conflict merging ${repo.defaultBranch} into ${ref}.`,
        documentation_url: "https://docs.github.com/rest/deployments/deployments#create-a-deployment",
      });
    }
    // Without required_contexts every check on the commit must have succeeded.
    if (!Array.isArray(c.json.required_contexts)) {
      const failing = repo.checkRuns.filter((r) => r.headSha === commit.sha && r.conclusion !== "success");
      if (failing.length) {
        return json(409, {
          message: `Conflict: Commit status checks failed for ${ref}.`,
          documentation_url: "https://docs.github.com/rest/deployments/deployments#create-a-deployment",
        });
      }
    }
    const environment = (c.json.environment as string | undefined) ?? "production";
    const at = now();
    const payload = c.json.payload;
    const d: Deployment = {
      id: c.world.nextId(),
      sha: commit.sha,
      ref,
      task: (c.json.task as string | undefined) ?? "deploy",
      environment,
      description: (c.json.description as string | null | undefined) ?? "",
      payload:
        typeof payload === "object" && payload !== null
          ? (payload as Record<string, unknown>)
          : String(payload ?? ""),
      transient: c.json.transient_environment === true,
      production: (c.json.production_environment as boolean | undefined) ?? environment === "production",
      creator: botOf(c),
      createdAt: at,
      updatedAt: at,
      statuses: [],
    };
    repo.deployments.push(d);
    return json(201, deploymentView(repo, d, c.world.urls, c.installation?.app));
  },

  "repos/list-deployments"(c) {
    const repo = repoOf(c);
    const q = c.query;
    const list = repo.deployments
      .filter((d) => !q.get("sha") || d.sha === q.get("sha"))
      .filter((d) => !q.get("ref") || d.ref === q.get("ref"))
      .filter((d) => !q.get("task") || d.task === q.get("task"))
      .filter((d) => !q.get("environment") || d.environment === q.get("environment"))
      .sort((a, b) => b.id - a.id);
    const { items, headers } = paginate(c, list, `/repos/${repo.fullName}/deployments`);
    return json(
      200,
      items.map((d) => deploymentView(repo, d, c.world.urls, appOf(c, d.creator))),
      headers,
    );
  },

  "repos/get-deployment"(c) {
    const repo = repoOf(c);
    const d = findDeployment(c, repo);
    return json(200, deploymentView(repo, d, c.world.urls, appOf(c, d.creator)));
  },

  "repos/create-deployment-status"(c) {
    const repo = repoOf(c);
    const d = findDeployment(c, repo);
    const state = String(c.json.state ?? "");
    if (!STATUS_STATES.has(state))
      throw validationError(`state ${state} is not included in the list`, "state");
    const description = (c.json.description as string | undefined) ?? "";
    if (description.length > MAX_DEPLOYMENT_STATUS_DESCRIPTION) {
      throw validationError(
        `description is too long (maximum is ${MAX_DEPLOYMENT_STATUS_DESCRIPTION} characters)`,
        "description",
      );
    }
    const status: DeploymentStatus = {
      id: c.world.nextId(),
      state: state as DeploymentStatus["state"],
      description,
      environment: (c.json.environment as string | undefined) ?? d.environment,
      environmentUrl: (c.json.environment_url as string | undefined) ?? "",
      logUrl: (c.json.log_url as string | undefined) ?? (c.json.target_url as string | undefined) ?? "",
      creator: botOf(c),
      createdAt: now(),
    };
    d.statuses.push(status);
    d.updatedAt = status.createdAt;
    // auto_inactive (default true): a success marks the environment's earlier successful deployments inactive.
    if (state === "success" && c.json.auto_inactive !== false && !d.transient) {
      for (const other of repo.deployments) {
        if (other === d || other.environment !== d.environment || other.id > d.id) continue;
        if (other.statuses.at(-1)?.state !== "success") continue;
        other.statuses.push({ ...status, id: c.world.nextId(), state: "inactive", description: "" });
      }
    }
    return json(201, deploymentStatusView(repo, d, status, c.world.urls, c.installation?.app));
  },

  "repos/list-deployment-statuses"(c) {
    const repo = repoOf(c);
    const d = findDeployment(c, repo);
    const list = [...d.statuses].sort((a, b) => b.id - a.id);
    const { items, headers } = paginate(c, list, `/repos/${repo.fullName}/deployments/${d.id}/statuses`);
    return json(
      200,
      items.map((s) => deploymentStatusView(repo, d, s, c.world.urls, appOf(c, s.creator))),
      headers,
    );
  },

  "apps/create-installation-access-token"(c) {
    const installation = c.installation as Installation;
    const token = `ghs_${randomBytes(18).toString("hex")}`;
    c.world.tokens.set(token, installation);
    return json(201, {
      token,
      expires_at: new Date(Date.now() + 3600_000).toISOString().replace(/\.\d{3}Z$/, "Z"),
      permissions: installation.app.permissions,
      repository_selection: "all",
    });
  },
};

/** sha256 hex, for tests that compare digests the bot wrote. */
export const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");

/** A commit as the git data API shows it (git-commit). */
function gitCommitView(repo: RepoState, commit: Commit, urls: Urls): Record<string, unknown> {
  const u = repoUrls(repo, urls);
  const person = { name: commit.author.login, email: emailOf(commit.author.login), date: commit.date };
  return {
    sha: commit.sha,
    node_id: Buffer.from(`C_${commit.sha}`).toString("base64"),
    url: `${u.api}/git/commits/${commit.sha}`,
    html_url: `${u.html}/commit/${commit.sha}`,
    author: person,
    committer: person,
    message: commit.message,
    tree: { sha: commit.treeSha, url: `${u.api}/git/trees/${commit.treeSha}` },
    parents: commit.parents.map((p) => ({
      sha: p,
      url: `${u.api}/git/commits/${p}`,
      html_url: `${u.html}/commit/${p}`,
    })),
    verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null },
  };
}
