// A local GitHub for tests: an HTTP server on 127.0.0.1 speaking the REST API the modelops bot uses (under
// /api/v3, the GitHub Enterprise layout Probot builds from GHE_HOST), with in-memory state, every request
// validated against GitHub's OpenAPI description, app authentication checked (RS256 JWT, installation
// tokens, the installation's permissions), and webhooks signed with the app's secret sent to the app.
//
// Tests drive it like people drive GitHub: open a pull request, push, finish a workflow run, review, comment,
// merge, revert. Each such call sends the webhook(s) GitHub would send and resolves once the app answered.
import { createHash, createHmac, randomUUID, verify } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  type App,
  type CheckRun,
  type Commit,
  type Installation,
  type IssueComment,
  now,
  type Org,
  type Permission,
  type Pull,
  type Receiver,
  RepoState,
  type Review,
  type User,
  type WorkflowRun,
} from "./model.ts";
import { type Match, OpenApi } from "./openapi.ts";
import { missingPermission, OPERATION_PERMISSIONS } from "./permissions.ts";
import { type Call, HttpError, OPERATIONS, type Reply, type World } from "./rest.ts";
import type { Urls } from "./views.ts";
import {
  checkRunPayload,
  checkSuitePayload,
  type Envelope,
  issueCommentPayload,
  pullRequestPayload,
  pushPayload,
  repositoryDispatchPayload,
  reviewPayload,
  workflowRunPayload,
} from "./webhooks.ts";

export type { App, CheckRun, Commit, Installation, IssueComment, Pull, Review, User, WorkflowRun };
export { RepoState };

export interface RequestRecord {
  method: string;
  path: string;
  operationId: string | null;
  status: number;
  installation?: number;
}

export interface Delivery {
  id: string;
  event: string;
  action?: string;
  payload: Record<string, unknown>;
  status: number;
  response: string;
}

export type Files = Record<string, string | Buffer | null>;

interface Fault {
  /** An operationId, or "*" for every operation. */
  operationId: string;
  /** An error status (429 carries Retry-After), or "hang": no answer until clearFaults() or close(). */
  status: 404 | 500 | 502 | 503 | 429 | "hang";
  times: number;
}

/** A request held until released (a slow GitHub), so a test can act while an app's job is in flight. */
export interface Hold {
  /** Resolves when the held request has arrived. */
  arrived: Promise<void>;
  /** Lets the held request (and later ones) through. */
  release(): void;
}

function toBuffers(files: Files, base?: Map<string, Buffer>): Map<string, Buffer> {
  const out = new Map(base ?? []);
  for (const [path, content] of Object.entries(files)) {
    if (content === null) out.delete(path);
    else out.set(path, Buffer.isBuffer(content) ? content : Buffer.from(content));
  }
  return out;
}

export class GitHubSim implements World {
  readonly users = new Map<string, User>();
  readonly orgs = new Map<string, Org>();
  readonly repos = new Map<string, RepoState>();
  readonly apps = new Map<number, App>();
  readonly installations = new Map<number, Installation>();
  readonly tokens = new Map<string, Installation>();
  readonly blobs = new Map<string, { data: Buffer; contentType: string }>();
  /** Every request that broke GitHub's OpenAPI description or its auth rules; tests assert none. */
  readonly violations: string[] = [];
  /** Responses of the simulator that broke the description (a simulator bug); tests assert none. */
  readonly responseViolations: string[] = [];
  readonly requests: RequestRecord[] = [];
  /** Conditional requests answered 304 Not Modified (free of rate limit on GitHub). */
  notModified = 0;
  readonly deliveries: Delivery[] = [];
  private readonly faults: Fault[] = [];
  /** Responses held open by a "hang" fault. */
  private readonly hanging = new Set<ServerResponse>();
  private readonly holds: { operationId: string; arrive: () => void; released: Promise<void> }[] = [];
  private id = 1000;
  private readonly api = OpenApi.load();
  urls: Urls = { web: "", api: "", uploads: "" };

  private constructor(private readonly server: Server) {}

  static async start(): Promise<GitHubSim> {
    const server = createServer();
    const sim = new GitHubSim(server);
    server.on("request", (req, res) => {
      sim.handle(req, res).catch((error: unknown) => {
        sim.violations.push(`simulator error: ${(error as Error).stack ?? String(error)}`);
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const web = `http://127.0.0.1:${port}`;
    sim.urls = { web, api: `${web}/api/v3`, uploads: `${web}/api/uploads` };
    return sim;
  }

  /** Whether requests, replies and webhooks are checked against @octokit/openapi (tests assert it is). */
  get validating(): boolean {
    return this.api.validating;
  }

  /** host:port, what GHE_HOST takes (with GHE_PROTOCOL=http). */
  get host(): string {
    return this.urls.web.replace(/^http:\/\//, "");
  }

  async close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  nextId(): number {
    this.id += 1;
    return this.id;
  }

  // ---- the world ------------------------------------------------------------------------------------------

  user(login: string, type: User["type"] = "User"): User {
    const key = login.toLowerCase();
    let u = this.users.get(key);
    if (!u) {
      u = { login, id: this.nextId(), type };
      this.users.set(key, u);
    }
    return u;
  }

  org(login: string, teams: Record<string, string[]> = {}): Org {
    const org: Org = { user: this.user(login, "Organization"), teams: new Map() };
    for (const [slug, members] of Object.entries(teams)) {
      for (const m of members) this.user(m);
      org.teams.set(slug, { id: this.nextId(), slug, name: slug, members: new Set(members) });
    }
    this.orgs.set(login.toLowerCase(), org);
    return org;
  }

  app(opts: {
    id: number;
    slug: string;
    publicKey: string;
    webhookSecret: string;
    permissions: Record<string, string>;
    events: string[];
  }): App {
    const app: App = {
      ...opts,
      name: opts.slug,
      owner: this.user("app-owner"),
      bot: this.user(`${opts.slug}[bot]`, "Bot"),
    };
    this.apps.set(app.id, app);
    return app;
  }

  install(app: App, account: string, webhookUrl: string | Receiver): Installation {
    const inst: Installation = { id: this.nextId(), app, account: this.user(account), webhookUrl };
    this.installations.set(inst.id, inst);
    return inst;
  }

  repo(
    fullName: string,
    opts: {
      files: Files;
      collaborators?: Record<string, Permission>;
      defaultBranch?: string;
      author?: string;
    },
  ): SimRepo {
    const [owner, name] = fullName.split("/") as [string, string];
    const ownerUser = this.users.get(owner.toLowerCase()) ?? this.user(owner);
    const state = new RepoState(this.nextId(), ownerUser, name, opts.defaultBranch ?? "main");
    for (const [login, level] of Object.entries(opts.collaborators ?? {})) {
      this.user(login);
      state.collaborators.set(login, level);
    }
    const first = state.commit({
      files: toBuffers(opts.files),
      parents: [],
      message: "Initial commit",
      author: this.user(opts.author ?? owner),
    });
    state.branches.set(state.defaultBranch, first.sha);
    this.repos.set(fullName.toLowerCase(), state);
    return new SimRepo(this, state);
  }

  /**
   * Make the next `times` calls of `operationId` ("*": any operation) fail with `status` (429 carries
   * Retry-After and rate-limit headers; "hang" holds the request open until clearFaults() or close()).
   */
  failNext(operationId: string, status: Fault["status"], times = 1): void {
    this.faults.push({ operationId, status, times });
  }

  /** How many injected faults are still to be served (0: every failNext was used up). */
  faultsLeft(): number {
    return this.faults.reduce((n, f) => n + f.times, 0);
  }

  /** Holds the next call of `operationId` until `release()` (then answers it as usual). */
  holdNext(operationId: string): Hold {
    let arrive = () => {};
    let release = () => {};
    const arrived = new Promise<void>((resolve) => {
      arrive = resolve;
    });
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.holds.push({ operationId, arrive, released });
    return { arrived, release };
  }

  /** GitHub is healthy again: faults are gone and held requests are dropped (the client sees a reset). */
  clearFaults(): void {
    this.faults.length = 0;
    for (const res of this.hanging) res.destroy();
    this.hanging.clear();
  }

  /** The operationIds the apps called, in order of first use. */
  usedOperations(): string[] {
    return [...new Set(this.requests.map((r) => r.operationId).filter((x): x is string => x !== null))];
  }

  /** The state a webhook handler can change, as text: equal snapshots mean nothing changed. */
  snapshot(): string {
    const repos = [...this.repos.values()].map((r) => ({
      repo: r.fullName,
      comments: r.comments.map((c) => [c.id, c.body, c.updatedAt]),
      checks: r.checkRuns.map((c) => [
        c.id,
        c.name,
        c.headSha,
        c.status,
        c.conclusion,
        c.output,
        c.completedAt,
      ]),
      releases: r.releases.map((x) => [
        x.id,
        x.tagName,
        x.body,
        x.assets.map((a) => [a.id, a.name, a.data.length]),
      ]),
      deployments: r.deployments.map((d) => [d.id, d.environment, d.ref, d.statuses.length]),
      tags: [...r.tags],
      reruns: r.runs.map((x) => [x.id, x.rerunRequests]),
    }));
    return JSON.stringify(repos);
  }

  // ---- webhooks -------------------------------------------------------------------------------------------

  /** Signs and sends a webhook to every installation on the repository's owner subscribed to `event`. */
  async deliver(
    repo: RepoState,
    event: string,
    payload: Record<string, unknown>,
    opts: { signature?: "valid" | "wrong" | "missing" } = {},
  ): Promise<Delivery[]> {
    const out: Delivery[] = [];
    for (const inst of this.installations.values()) {
      if (inst.account.login.toLowerCase() !== repo.owner.login.toLowerCase()) continue;
      if (!inst.app.events.includes(event)) continue;
      const action = typeof payload.action === "string" ? payload.action : undefined;
      for (const v of this.api.validateWebhook(event, action, payload)) this.responseViolations.push(v);
      out.push(await this.send(inst, randomUUID(), event, payload, opts.signature ?? "valid"));
    }
    return out;
  }

  /** Sends delivery `id` again, as GitHub's "Redeliver" button does (same id, same payload). */
  async redeliver(id: string): Promise<Delivery> {
    const d = this.deliveries.find((x) => x.id === id);
    if (!d) throw new Error(`no delivery ${id}`);
    const inst = [...this.installations.values()].find(
      (i) => i.id === (d.payload.installation as { id: number } | undefined)?.id,
    ) as Installation;
    return this.send(inst, id, d.event, d.payload, "valid");
  }

  async repositoryDispatch(
    repo: RepoState,
    sender: User,
    eventType: string,
    clientPayload: unknown,
  ): Promise<Delivery[]> {
    const installation = [...this.installations.values()].find(
      (i) => i.account.login.toLowerCase() === repo.owner.login.toLowerCase(),
    );
    if (!installation) return [];
    const envelope = { repo, installation, sender, urls: this.urls };
    return this.deliver(
      repo,
      "repository_dispatch",
      repositoryDispatchPayload(envelope, eventType, clientPayload),
    );
  }

  /** An installation access token, as apps/create-installation-access-token makes (a workflow's GITHUB_TOKEN). */
  installationToken(installation: Installation): string {
    const token = `ghs_${randomUUID().replace(/-/g, "")}`;
    this.tokens.set(token, installation);
    return token;
  }

  /** Sends `payload` to the installation with a wrong or no signature (a forged delivery). */
  async forge(
    inst: Installation,
    event: string,
    payload: Record<string, unknown>,
    signature: "wrong" | "missing",
  ): Promise<Delivery> {
    return this.send(inst, randomUUID(), event, payload, signature);
  }

  private async send(
    inst: Installation,
    id: string,
    event: string,
    payload: Record<string, unknown>,
    signature: "valid" | "wrong" | "missing",
  ): Promise<Delivery> {
    if (typeof inst.webhookUrl === "function") {
      const delivery: Delivery = {
        id,
        event,
        action: typeof payload.action === "string" ? payload.action : undefined,
        payload,
        status: 200,
        response: "",
      };
      try {
        await inst.webhookUrl({ id, name: event, payload });
      } catch (error) {
        delivery.status = 500;
        delivery.response = String((error as Error).message);
      }
      this.deliveries.push(delivery);
      return delivery;
    }
    const body = JSON.stringify(payload);
    const secret = signature === "wrong" ? `not-${inst.app.webhookSecret}` : inst.app.webhookSecret;
    const headers: Record<string, string> = {
      "content-type": "application/json",
      "user-agent": "GitHub-Hookshot/sim",
      "x-github-event": event,
      "x-github-delivery": id,
      "x-github-hook-id": String(inst.id),
      "x-github-hook-installation-target-type": "integration",
      "x-github-hook-installation-target-id": String(inst.app.id),
    };
    if (signature !== "missing") {
      headers["x-hub-signature-256"] = `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
    }
    const res = await fetch(inst.webhookUrl, { method: "POST", headers, body });
    const delivery: Delivery = {
      id,
      event,
      action: typeof payload.action === "string" ? payload.action : undefined,
      payload,
      status: res.status,
      response: await res.text(),
    };
    this.deliveries.push(delivery);
    if (res.ok) await inst.settle?.();
    return delivery;
  }

  // ---- HTTP -----------------------------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(req.url ?? "/", this.urls.web);
    const method = (req.method ?? "GET").toUpperCase();

    if (method === "GET" && url.pathname.startsWith("/_blobs/")) return this.serveBlob(url, res);

    let apiPath: string;
    if (url.pathname.startsWith("/api/v3/")) apiPath = url.pathname.slice("/api/v3".length);
    else if (url.pathname.startsWith("/api/uploads/")) apiPath = url.pathname.slice("/api/uploads".length);
    else {
      this.violations.push(`${method} ${url.pathname}: not under /api/v3 or /api/uploads (wrong baseUrl?)`);
      return this.reply(res, { status: 404, body: { message: "Not Found" } });
    }

    const match = this.api.match(method, apiPath);
    const record: RequestRecord = {
      method,
      path: apiPath,
      operationId: match?.op.operationId ?? null,
      status: 0,
    };
    this.requests.push(record);
    if (!match) {
      this.violations.push(`${method} ${apiPath}: no such operation in GitHub's OpenAPI description`);
      record.status = 404;
      return this.reply(res, { status: 404, body: { message: "Not Found" } });
    }
    const problems = this.api.validateRequest(match, {
      query: url.searchParams,
      contentType: req.headers["content-type"],
      body,
    });
    this.violations.push(...problems);
    const where = `${method} ${match.op.path}`;
    const handler = OPERATIONS[match.op.operationId];
    if (!handler || !(match.op.operationId in OPERATION_PERMISSIONS)) {
      this.violations.push(`${where}: ${match.op.operationId} is not implemented by the simulator`);
      record.status = 501;
      return this.reply(res, { status: 501, body: { message: "Not implemented by the simulator" } });
    }

    const reply = await this.answer({ req, res, url, body, match, handler, record, where });
    if (!reply) return;
    record.status = reply.status;
    if (reply.after) await reply.after();
    if (reply.body !== undefined && !Buffer.isBuffer(reply.body) && reply.status < 300) {
      this.responseViolations.push(...this.api.validateResponse(match.op, reply.status, reply.body));
    }
    return this.reply(res, this.conditional(method, req, reply, record));
  }

  private serveBlob(url: URL, res: ServerResponse): void {
    const blob = this.blobs.get(url.pathname.slice("/_blobs/".length));
    if (!blob) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": blob.contentType, "content-length": blob.data.length });
    return void res.end(blob.data);
  }

  /**
   * The operation's reply, as the installation that calls may have it: authenticated, after any hold, with
   * the app's permissions, on a body that parses. An injected fault is answered here (undefined returned);
   * a 401 or 403 is a violation too (the client should never be refused).
   */
  private async answer(a: {
    req: IncomingMessage;
    res: ServerResponse;
    url: URL;
    body: Buffer;
    match: Match;
    handler: (call: Call) => Reply;
    record: RequestRecord;
    where: string;
  }): Promise<Reply | undefined> {
    const { req, res, url, body, match, record, where } = a;
    try {
      const installation = this.authenticate(req, match.op.operationId, match.params, where);
      record.installation = installation.id;
      const held = this.holds.findIndex((h) => h.operationId === match.op.operationId);
      if (held >= 0) {
        const [hold] = this.holds.splice(held, 1);
        hold?.arrive();
        await hold?.released;
      }
      const fault = this.faults.find(
        (f) => (f.operationId === match.op.operationId || f.operationId === "*") && f.times > 0,
      );
      if (fault) {
        this.injectFault(fault, res, record);
        return undefined;
      }
      const missing = missingPermission(match.op.operationId, installation.app.permissions);
      if (missing) {
        throw new HttpError(
          403,
          `Resource not accessible by integration (needs ${missing.scope}: ${missing.level})`,
        );
      }
      const call: Call = {
        world: this,
        op: match.op,
        params: match.params,
        query: url.searchParams,
        headers: req.headers,
        body,
        json: jsonBodyOf(req, body),
        installation,
      };
      return a.handler(call);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      if (error.status === 401 || error.status === 403)
        this.violations.push(`${where}: ${error.status} ${error.message}`);
      return error.reply();
    }
  }

  /** An injected fault: counted down, then the request hangs open or gets the fault's reply. */
  private injectFault(fault: Fault, res: ServerResponse, record: RequestRecord): void {
    fault.times--;
    if (fault.status === "hang") {
      record.status = 0;
      this.hanging.add(res);
      res.on("close", () => this.hanging.delete(res));
      return;
    }
    record.status = fault.status;
    this.reply(res, this.faultReply(fault));
  }

  /**
   * Conditional requests, as GitHub answers them: every JSON GET carries an ETag, and a request whose
   * If-None-Match names the current one gets 304 without a body (and costs no rate limit).
   */
  private conditional(method: string, req: IncomingMessage, reply: Reply, record: RequestRecord): Reply {
    if (method !== "GET" || reply.status !== 200 || reply.body === undefined || Buffer.isBuffer(reply.body))
      return reply;
    const etag = `W/"${createHash("sha256").update(JSON.stringify(reply.body)).digest("hex").slice(0, 40)}"`;
    const link = reply.headers?.link;
    const asked = String(req.headers["if-none-match"] ?? "")
      .split(",")
      .map((t) => t.trim());
    if (!asked.includes(etag)) return { ...reply, headers: { ...(reply.headers ?? {}), etag } };
    record.status = 304;
    this.notModified++;
    return { status: 304, headers: { etag, ...(link && { link }) } };
  }

  private faultReply(fault: Fault): Reply {
    if (fault.status === 429) {
      return {
        status: 429,
        body: { message: "API rate limit exceeded", documentation_url: "https://docs.github.com/rest" },
        headers: {
          "retry-after": "1",
          "x-ratelimit-limit": "5000",
          "x-ratelimit-remaining": "0",
          "x-ratelimit-reset": String(Math.floor(Date.now() / 1000)),
        },
      };
    }
    if (fault.status === 404) return { status: 404, body: { message: "Not Found" } };
    return { status: fault.status === "hang" ? 504 : fault.status, body: { message: "Server Error" } };
  }

  private authenticate(
    req: IncomingMessage,
    operationId: string,
    params: Record<string, string>,
    where: string,
  ): Installation {
    const auth = req.headers.authorization ?? "";
    if (operationId === "apps/create-installation-access-token") {
      const jwt = /^bearer (.+)$/i.exec(auth)?.[1];
      if (!jwt) throw new HttpError(401, "A JSON web token could not be decoded");
      const app = this.verifyJwt(jwt);
      const inst = this.installations.get(Number(params.installation_id));
      if (!inst || inst.app.id !== app.id) throw new HttpError(404, "Not Found");
      return inst;
    }
    if (operationId === "apps/get-repo-installation") {
      // As the app (JWT): its installation on the repository's owner.
      const jwt = /^bearer (.+)$/i.exec(auth)?.[1];
      if (!jwt) throw new HttpError(401, "A JSON web token could not be decoded");
      const app = this.verifyJwt(jwt);
      const inst = [...this.installations.values()].find(
        (i) => i.app.id === app.id && i.account.login.toLowerCase() === String(params.owner).toLowerCase(),
      );
      if (!inst || !this.repos.has(`${params.owner}/${params.repo}`.toLowerCase())) {
        throw new HttpError(404, "Not Found");
      }
      return inst;
    }
    const token = /^(?:token|bearer) (.+)$/i.exec(auth)?.[1];
    const inst = token ? this.tokens.get(token) : undefined;
    if (!inst) throw new HttpError(401, `Bad credentials (${where} needs an installation token)`);
    return inst;
  }

  private verifyJwt(jwt: string): App {
    const [h, p, s] = jwt.split(".");
    if (!h || !p || !s) throw new HttpError(401, "A JSON web token could not be decoded");
    const header = JSON.parse(Buffer.from(h, "base64url").toString()) as { alg?: string };
    const claims = JSON.parse(Buffer.from(p, "base64url").toString()) as {
      iss?: string | number;
      exp?: number;
    };
    const app = this.apps.get(Number(claims.iss));
    if (!app || header.alg !== "RS256") throw new HttpError(401, "'Issuer' claim ('iss') must be an Integer");
    const ok = verify("RSA-SHA256", Buffer.from(`${h}.${p}`), app.publicKey, Buffer.from(s, "base64url"));
    if (!ok) throw new HttpError(401, "A JSON web token could not be decoded");
    if (!claims.exp || claims.exp * 1000 < Date.now() - 60_000) {
      throw new HttpError(401, "'Expiration time' claim ('exp') is too far in the past");
    }
    return app;
  }

  private reply(res: ServerResponse, reply: Reply): void {
    const headers: Record<string, string> = { ...(reply.headers ?? {}) };
    let data: Buffer | undefined;
    if (Buffer.isBuffer(reply.body)) data = reply.body;
    else if (reply.body !== undefined) {
      data = Buffer.from(JSON.stringify(reply.body));
      headers["content-type"] ??= "application/json; charset=utf-8";
    }
    headers["x-github-media-type"] = "github.v3; format=json";
    headers["x-ratelimit-remaining"] ??= "4999";
    res.writeHead(reply.status, headers);
    res.end(data);
  }
}

/** A repository and the things people do in it; each action sends GitHub's webhooks and waits for the app. */
export class SimRepo {
  constructor(
    readonly sim: GitHubSim,
    readonly state: RepoState,
  ) {}

  private envelope(sender: string): Envelope {
    const inst = [...this.sim.installations.values()].find(
      (i) => i.account.login.toLowerCase() === this.state.owner.login.toLowerCase(),
    );
    if (!inst) throw new Error(`no app installed on ${this.state.owner.login}`);
    return { repo: this.state, installation: inst, sender: this.sim.user(sender), urls: this.sim.urls };
  }

  get defaultHead(): Commit {
    return this.state.resolve(this.state.defaultBranch) as Commit;
  }

  pull(number: number): Pull {
    const pr = this.state.pulls.get(number);
    if (!pr) throw new Error(`no pull request #${number}`);
    return pr;
  }

  async openPullRequest(opts: {
    author: string;
    branch: string;
    title: string;
    files: Files;
    body?: string;
  }): Promise<{ pr: Pull; deliveries: Delivery[] }> {
    const base = this.defaultHead;
    const commit = this.state.commit({
      files: toBuffers(opts.files, base.tree),
      parents: [base.sha],
      message: opts.title,
      author: this.sim.user(opts.author),
    });
    this.state.branches.set(opts.branch, commit.sha);
    const pr = this.state.openPull({
      id: this.sim.nextId(),
      title: opts.title,
      body: opts.body ?? "",
      author: this.sim.user(opts.author),
      headRef: opts.branch,
      headSha: commit.sha,
      baseRef: this.state.defaultBranch,
      baseSha: base.sha,
    });
    const deliveries = await this.sim.deliver(
      this.state,
      "pull_request",
      pullRequestPayload(this.envelope(opts.author), "opened", pr),
    );
    return { pr, deliveries };
  }

  /** A new commit on the pull request's branch (`synchronize`). */
  async pushToPullRequest(
    pr: Pull,
    files: Files,
    message = "More changes",
    opts: { author?: string } = {},
  ): Promise<Delivery[]> {
    const head = this.state.commits.get(pr.headSha) as Commit;
    const author = opts.author ? this.sim.user(opts.author) : pr.author;
    const commit = this.state.commit({
      files: toBuffers(files, head.tree),
      parents: [head.sha],
      message,
      author,
    });
    const before = pr.headSha;
    pr.headSha = commit.sha;
    pr.updatedAt = now();
    this.state.branches.set(pr.headRef, commit.sha);
    return this.sim.deliver(
      this.state,
      "pull_request",
      pullRequestPayload(this.envelope(author.login), "synchronize", pr, { before, after: commit.sha }),
    );
  }

  /** A finished workflow run on `sha` (default: the pull request's head) with zipped artifacts. */
  async completeWorkflowRun(
    pr: Pull,
    opts: {
      artifacts: Array<{ name: string; zip: Buffer }>;
      conclusion?: "success" | "failure";
      sha?: string;
      name?: string;
      path?: string;
    },
  ): Promise<{ run: WorkflowRun; deliveries: Delivery[] }> {
    const at = now();
    const run: WorkflowRun = {
      id: this.sim.nextId(),
      name: opts.name ?? "modelops",
      path: opts.path ?? ".github/workflows/modelops.yml",
      workflowId: 77,
      runNumber: this.state.runs.length + 1,
      attempt: 1,
      event: "pull_request",
      status: "completed",
      conclusion: opts.conclusion ?? "success",
      headSha: opts.sha ?? pr.headSha,
      headBranch: pr.headRef,
      actor: pr.author,
      pullNumbers: [pr.number],
      checkSuiteId: this.sim.nextId(),
      createdAt: at,
      updatedAt: at,
      rerunRequests: 0,
    };
    this.state.runs.push(run);
    for (const a of opts.artifacts) {
      this.state.artifacts.push({
        id: this.sim.nextId(),
        runId: run.id,
        name: a.name,
        zip: a.zip,
        expired: false,
        createdAt: at,
      });
    }
    const deliveries = await this.sim.deliver(
      this.state,
      "workflow_run",
      workflowRunPayload(this.envelope(pr.author.login), run),
    );
    return { run, deliveries };
  }

  async review(
    pr: Pull,
    login: string,
    state: "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED",
    opts: { commitId?: string; body?: string } = {},
  ): Promise<{ review: Review; deliveries: Delivery[] }> {
    const review: Review = {
      id: this.sim.nextId(),
      pull: pr.number,
      user: this.sim.user(login),
      body: opts.body ?? "",
      state,
      commitId: opts.commitId ?? pr.headSha,
      submittedAt: now(),
    };
    this.state.reviews.push(review);
    const deliveries = await this.sim.deliver(
      this.state,
      "pull_request_review",
      reviewPayload(this.envelope(login), "submitted", pr, review),
    );
    return { review, deliveries };
  }

  async dismissReview(pr: Pull, review: Review, by: string): Promise<Delivery[]> {
    review.state = "DISMISSED";
    return this.sim.deliver(
      this.state,
      "pull_request_review",
      reviewPayload(this.envelope(by), "dismissed", pr, review),
    );
  }

  async comment(
    pr: Pull,
    login: string,
    body: string,
  ): Promise<{ comment: IssueComment; deliveries: Delivery[] }> {
    const at = now();
    const comment: IssueComment = {
      id: this.sim.nextId(),
      issue: pr.number,
      user: this.sim.user(login),
      body,
      createdAt: at,
      updatedAt: at,
    };
    this.state.comments.push(comment);
    const deliveries = await this.sim.deliver(
      this.state,
      "issue_comment",
      issueCommentPayload(this.envelope(login), pr, comment),
    );
    return { comment, deliveries };
  }

  /**
   * Merges with a merge commit: `pull_request.closed` (merged) then the `push` to the default branch.
   * `opts.files` are extra changes made in the merge commit itself (an "evil merge", as a local
   * `git merge --no-commit` followed by edits and a push would make).
   */
  async merge(
    pr: Pull,
    by: string,
    opts: { files?: Files } = {},
  ): Promise<{ commit: Commit; deliveries: Delivery[] }> {
    const base = this.defaultHead;
    const prHead = this.state.commits.get(pr.headSha) as Commit;
    const prBase = this.state.commits.get(pr.baseSha) as Commit;
    let files = new Map(base.tree);
    for (const [path, data] of prHead.tree) if (!prBase.tree.get(path)?.equals(data)) files.set(path, data);
    for (const path of prBase.tree.keys()) if (!prHead.tree.has(path)) files.delete(path);
    if (opts.files) files = toBuffers(opts.files, files);
    const merge = this.state.commit({
      files,
      parents: [base.sha, prHead.sha],
      message: `Merge pull request #${pr.number} from ${this.state.owner.login}/${pr.headRef}\n\n${pr.title}`,
      author: this.sim.user(by),
    });
    this.state.branches.set(this.state.defaultBranch, merge.sha);
    const at = now();
    Object.assign(pr, {
      state: "closed",
      merged: true,
      mergeCommitSha: merge.sha,
      mergedBy: this.sim.user(by),
      closedAt: at,
      mergedAt: at,
      updatedAt: at,
    });
    const pushed: Commit[] = [];
    for (
      let s: string | undefined = pr.headSha;
      s && s !== pr.baseSha && !this.state.reaches(base.sha, s);
    ) {
      const c = this.state.commits.get(s) as Commit;
      pushed.unshift(c);
      s = c.parents[0];
    }
    pushed.push(merge);
    const deliveries = [
      ...(await this.sim.deliver(
        this.state,
        "pull_request",
        pullRequestPayload(this.envelope(by), "closed", pr),
      )),
      ...(await this.sim.deliver(
        this.state,
        "push",
        pushPayload(this.envelope(by), this.state.defaultBranch, base.sha, pushed),
      )),
    ];
    return { commit: merge, deliveries };
  }

  /** A commit pushed straight to the default branch (no pull request). */
  async pushToDefault(
    files: Files,
    by: string,
    message = "Direct change",
  ): Promise<{ commit: Commit; deliveries: Delivery[] }> {
    const head = this.defaultHead;
    const commit = this.state.commit({
      files: toBuffers(files, head.tree),
      parents: [head.sha],
      message,
      author: this.sim.user(by),
    });
    this.state.branches.set(this.state.defaultBranch, commit.sha);
    const deliveries = await this.sim.deliver(
      this.state,
      "push",
      pushPayload(this.envelope(by), this.state.defaultBranch, head.sha, [commit]),
    );
    return { commit, deliveries };
  }

  /** `git revert <sha>` (for a merge: `-m 1`) pushed straight to the default branch. */
  async revert(sha: string, by: string): Promise<{ commit: Commit; deliveries: Delivery[] }> {
    const target = this.state.commits.get(sha) as Commit;
    const parent = this.state.commits.get(target.parents[0] as string) as Commit;
    const head = this.defaultHead;
    const files = new Map(head.tree);
    for (const path of new Set([...target.tree.keys(), ...parent.tree.keys()])) {
      const before = parent.tree.get(path);
      const after = target.tree.get(path);
      if (before && after && before.equals(after)) continue;
      if (before) files.set(path, before);
      else files.delete(path);
    }
    const subject = target.message.split("\n")[0];
    const reverses = target.parents.length > 1 ? `, reversing\nchanges made to ${target.parents[0]}` : "";
    const commit = this.state.commit({
      files,
      parents: [head.sha],
      message: `Revert "${subject}"\n\nThis reverts commit ${sha}${reverses}.`,
      author: this.sim.user(by),
    });
    this.state.branches.set(this.state.defaultBranch, commit.sha);
    const deliveries = await this.sim.deliver(
      this.state,
      "push",
      pushPayload(this.envelope(by), this.state.defaultBranch, head.sha, [commit]),
    );
    return { commit, deliveries };
  }

  /** The "Re-run" button on a check run the app created. */
  async rerequestCheck(run: CheckRun, by: string): Promise<Delivery[]> {
    const inst = this.envelope(by).installation;
    const pulls = [...this.state.pulls.values()].filter(
      (p) => p.headSha === run.headSha && p.state === "open",
    );
    return this.sim.deliver(
      this.state,
      "check_run",
      checkRunPayload(this.envelope(by), inst.app, run, pulls),
    );
  }

  /** "Re-run all checks" of the app's check suite holding `run`. */
  async rerequestSuite(run: CheckRun, by: string): Promise<Delivery[]> {
    const inst = this.envelope(by).installation;
    const pulls = [...this.state.pulls.values()].filter(
      (p) => p.headSha === run.headSha && p.state === "open",
    );
    return this.sim.deliver(
      this.state,
      "check_suite",
      checkSuitePayload(this.envelope(by), inst.app, run, pulls),
    );
  }

  /** The app's comments on a pull request. */
  botComments(pr: Pull): IssueComment[] {
    return this.state.comments.filter((c) => c.issue === pr.number && c.user.type === "Bot");
  }

  /** The latest check run called `name` on `sha`. */
  check(sha: string, name: string): CheckRun | undefined {
    return this.state.checkRuns
      .filter((c) => c.headSha === sha && c.name === name)
      .sort((a, b) => b.id - a.id)[0];
  }
}

/** A JSON request body, parsed ({} when there is none); a body that does not parse is GitHub's 400. */
function jsonBodyOf(req: IncomingMessage, body: Buffer): Record<string, unknown> {
  if (!body.length || !/json/.test(String(req.headers["content-type"]))) return {};
  try {
    return JSON.parse(body.toString("utf8")) as Record<string, unknown>;
  } catch {
    throw new HttpError(400, "Problems parsing JSON");
  }
}
