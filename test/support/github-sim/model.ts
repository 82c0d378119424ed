// The simulator's in-memory GitHub: users, organisations and teams, repositories with real git object ids
// (blob, tree and commit shas computed as git computes them), pull requests, reviews, comments, check runs,
// releases and their assets, workflow runs and their artifacts, app installations.
import { createHash } from "node:crypto";

export type Permission = "admin" | "maintain" | "write" | "triage" | "read";

export interface User {
  login: string;
  id: number;
  type: "User" | "Bot" | "Organization";
}

export interface Commit {
  sha: string;
  tree: Map<string, Buffer>;
  treeSha: string;
  parents: string[];
  message: string;
  author: User;
  date: string;
}

export interface Pull {
  number: number;
  id: number;
  title: string;
  body: string;
  author: User;
  headRef: string;
  headSha: string;
  baseRef: string;
  /** Base sha when the PR was opened or last synchronised. */
  baseSha: string;
  state: "open" | "closed";
  merged: boolean;
  mergeCommitSha: string | null;
  mergedBy?: User;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  mergedAt: string | null;
}

export interface Review {
  id: number;
  pull: number;
  user: User;
  body: string;
  state: "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED";
  commitId: string;
  submittedAt: string;
}

export interface IssueComment {
  id: number;
  issue: number;
  user: User;
  body: string;
  createdAt: string;
  updatedAt: string;
  /** Set when an app's installation token wrote it. */
  appId?: number;
}

export interface CheckRun {
  id: number;
  suiteId: number;
  appId: number;
  name: string;
  headSha: string;
  status: "queued" | "in_progress" | "completed" | "waiting" | "requested" | "pending";
  conclusion: string | null;
  detailsUrl: string | null;
  externalId: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  startedAt: string;
  completedAt: string | null;
}

export interface Asset {
  id: number;
  name: string;
  label: string | null;
  contentType: string;
  data: Buffer;
  uploader: User;
  createdAt: string;
}

export interface Release {
  id: number;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  author: User;
  createdAt: string;
  assets: Asset[];
}

/** A deployment: a request to put `ref` into `environment` (the github store's alias moves). */
export interface Deployment {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  description: string | null;
  payload: Record<string, unknown> | string;
  transient: boolean;
  production: boolean;
  creator: User;
  createdAt: string;
  updatedAt: string;
  statuses: DeploymentStatus[];
}

export interface DeploymentStatus {
  id: number;
  state: "error" | "failure" | "inactive" | "in_progress" | "queued" | "pending" | "success";
  description: string;
  environment: string;
  environmentUrl: string;
  logUrl: string;
  creator: User;
  createdAt: string;
}

export interface Artifact {
  id: number;
  runId: number;
  name: string;
  zip: Buffer;
  expired: boolean;
  createdAt: string;
}

export interface WorkflowRun {
  id: number;
  name: string;
  path: string;
  workflowId: number;
  runNumber: number;
  attempt: number;
  event: string;
  status: "queued" | "in_progress" | "completed";
  conclusion: string | null;
  headSha: string;
  headBranch: string;
  actor: User;
  pullNumbers: number[];
  checkSuiteId: number;
  createdAt: string;
  updatedAt: string;
  /** Re-run requests received through the API. */
  rerunRequests: number;
}

export interface App {
  id: number;
  slug: string;
  name: string;
  owner: User;
  publicKey: string;
  webhookSecret: string;
  permissions: Record<string, string>;
  events: string[];
  bot: User;
}

/** Receives a webhook in-process instead of over HTTP (Probot's `probot.receive` in unit tests). */
export type Receiver = (event: {
  id: string;
  name: string;
  payload: Record<string, unknown>;
}) => Promise<void>;

export interface Installation {
  id: number;
  app: App;
  account: User;
  /** The app's webhook URL, or an in-process receiver. */
  webhookUrl: string | Receiver;
}

export interface Team {
  id: number;
  slug: string;
  name: string;
  members: Set<string>;
}

export interface Org {
  user: User;
  teams: Map<string, Team>;
}

let clock = Date.parse("2025-03-01T09:00:00Z");
/** A deterministic clock: every call is one second later. */
export function now(): string {
  clock += 1000;
  return new Date(clock).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** A commit e-mail for `login` (an app's bot login, `name[bot]`, is no valid address as it is). */
export function emailOf(login: string): string {
  return `${login.replace(/[^\w.+-]/g, "-")}@example.com`;
}

export function gitBlobSha(data: Buffer): string {
  return createHash("sha1")
    .update(Buffer.concat([Buffer.from(`blob ${data.length}\0`), data]))
    .digest("hex");
}

/** The sha of the git tree object holding `files` (nested trees computed as git does). */
export function gitTreeSha(files: Map<string, Buffer>): string {
  interface Dir {
    files: Map<string, string>;
    dirs: Map<string, Dir>;
  }
  const root: Dir = { files: new Map(), dirs: new Map() };
  for (const [path, data] of files) {
    const parts = path.split("/");
    let dir = root;
    for (const p of parts.slice(0, -1)) {
      let next = dir.dirs.get(p);
      if (!next) {
        next = { files: new Map(), dirs: new Map() };
        dir.dirs.set(p, next);
      }
      dir = next;
    }
    dir.files.set(parts[parts.length - 1] as string, gitBlobSha(data));
  }
  const hash = (dir: Dir): string => {
    const entries: Array<{ name: string; mode: string; sha: string; sortKey: string }> = [];
    for (const [name, sha] of dir.files) entries.push({ name, mode: "100644", sha, sortKey: name });
    for (const [name, sub] of dir.dirs)
      entries.push({ name, mode: "40000", sha: hash(sub), sortKey: `${name}/` });
    entries.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
    const body = Buffer.concat(
      entries.map((e) => Buffer.concat([Buffer.from(`${e.mode} ${e.name}\0`), Buffer.from(e.sha, "hex")])),
    );
    return createHash("sha1")
      .update(Buffer.concat([Buffer.from(`tree ${body.length}\0`), body]))
      .digest("hex");
  };
  return hash(root);
}

export class RepoState {
  readonly commits = new Map<string, Commit>();
  readonly branches = new Map<string, string>();
  /** Full ref name (`refs/tags/iris/v1`) -> sha. */
  readonly tags = new Map<string, string>();
  readonly pulls = new Map<number, Pull>();
  readonly reviews: Review[] = [];
  readonly comments: IssueComment[] = [];
  readonly checkRuns: CheckRun[] = [];
  readonly releases: Release[] = [];
  readonly deployments: Deployment[] = [];
  readonly runs: WorkflowRun[] = [];
  readonly artifacts: Artifact[] = [];
  readonly collaborators = new Map<string, Permission>();
  /** Trees made through the git data API (git/create-tree), by sha; commits' trees are found by theirs. */
  readonly trees = new Map<string, Map<string, Buffer>>();
  nextNumber = 1;

  constructor(
    readonly id: number,
    readonly owner: User,
    readonly name: string,
    readonly defaultBranch: string,
  ) {}

  get fullName(): string {
    return `${this.owner.login}/${this.name}`;
  }

  commit(opts: { files: Map<string, Buffer>; parents: string[]; message: string; author: User }): Commit {
    const date = now();
    const treeSha = gitTreeSha(opts.files);
    const text = [
      `tree ${treeSha}`,
      ...opts.parents.map((p) => `parent ${p}`),
      `author ${opts.author.login} <${emailOf(opts.author.login)}> ${Date.parse(date) / 1000} +0000`,
      `committer ${opts.author.login} <${emailOf(opts.author.login)}> ${Date.parse(date) / 1000} +0000`,
      "",
      opts.message,
    ].join("\n");
    const sha = createHash("sha1")
      .update(Buffer.concat([Buffer.from(`commit ${Buffer.byteLength(text)}\0`), Buffer.from(text)]))
      .digest("hex");
    const commit: Commit = {
      sha,
      tree: new Map(opts.files),
      treeSha,
      parents: opts.parents,
      message: opts.message,
      author: opts.author,
      date,
    };
    this.commits.set(sha, commit);
    return commit;
  }

  /** A branch name, full tag ref, `tags/...`/`heads/...`, tag name or sha -> commit. */
  resolve(ref: string): Commit | undefined {
    const r = ref.replace(/^refs\//, "");
    const sha =
      this.branches.get(r.replace(/^heads\//, "")) ??
      this.tags.get(`refs/${r}`) ??
      this.tags.get(`refs/tags/${r}`) ??
      (/^[0-9a-f]{40}$/.test(r) ? r : undefined);
    return sha ? this.commits.get(sha) : undefined;
  }

  /** A new open pull request, numbered in the repository's sequence. */
  openPull(
    fields: Pick<Pull, "id" | "title" | "body" | "author" | "headRef" | "headSha" | "baseRef" | "baseSha">,
  ): Pull {
    const at = now();
    const pr: Pull = {
      ...fields,
      number: this.nextNumber++,
      state: "open",
      merged: false,
      mergeCommitSha: null,
      createdAt: at,
      updatedAt: at,
      closedAt: null,
      mergedAt: null,
    };
    this.pulls.set(pr.number, pr);
    return pr;
  }

  /** The files of the tree `sha` (a commit's tree or one made through the API). */
  tree(sha: string): Map<string, Buffer> | undefined {
    const made = this.trees.get(sha);
    if (made) return made;
    for (const c of this.commits.values()) if (c.treeSha === sha) return c.tree;
    return undefined;
  }

  /** The content of the blob `sha`, wherever in the repository it is. */
  blob(sha: string): Buffer | undefined {
    for (const files of [...this.trees.values(), ...[...this.commits.values()].map((c) => c.tree)]) {
      for (const data of files.values()) if (gitBlobSha(data) === sha) return data;
    }
    return undefined;
  }

  /** The commits reachable from `head` but not from `base`, oldest first (a pull request's commits). */
  commitsBetween(base: string, head: string): Commit[] {
    const out: Commit[] = [];
    const seen = new Set<string>();
    const stack = [head];
    while (stack.length) {
      const s = stack.pop() as string;
      if (seen.has(s) || this.reaches(base, s)) continue;
      seen.add(s);
      const c = this.commits.get(s);
      if (!c) continue;
      out.push(c);
      stack.push(...c.parents);
    }
    return out.sort((a, b) => a.date.localeCompare(b.date));
  }

  /** True when `ancestor` is `sha` or reachable from it through parents. */
  reaches(sha: string, ancestor: string): boolean {
    const seen = new Set<string>();
    const stack = [sha];
    while (stack.length) {
      const s = stack.pop() as string;
      if (s === ancestor) return true;
      if (seen.has(s)) continue;
      seen.add(s);
      stack.push(...(this.commits.get(s)?.parents ?? []));
    }
    return false;
  }
}
