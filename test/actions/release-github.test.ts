// The release Action in GitHub mode: a team without the App releases from a workflow alone. The Action reads
// the merged pull request's reviews through the REST API (the GitHub simulator, which validates every
// request against GitHub's OpenAPI description) and judges them with the one promotion rule.
import { execFile } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "@jest/globals";
import { run as release } from "../../actions/release/main.ts";
import { GitHubSim, type SimRepo } from "../../pipelines/demo/github-sim/index.ts";
import { gitTreeSha, now } from "../../pipelines/demo/github-sim/model.ts";
import { keyPair } from "../../pipelines/demo/github-sim/registry-world.ts";
import { openGitHubStore } from "../../pipelines/registry/open-store.ts";
import { runStep } from "../support/action-harness.ts";
import { MODELOPS_CLI } from "../support/cli.ts";
import { makeRepo, WORKFLOW_RELEASER } from "../support/repo.ts";

async function writeConfig(dir: string, from: string, to: string) {
  const file = join(dir, "modelops.yaml");
  await writeFile(file, (await readFile(file, "utf8")).replace(from, to));
}

const push = { name: "push", payload: { repository: { full_name: "acme/models", default_branch: "main" } } };

let sim: GitHubSim;
let repo: SimRepo;
let token: string;
let scratch: string;

/** The workflow's signing key (the MODELOPS_SIGNING_KEY secret) and another writer's, which nobody trusts. */
const workflowKey = keyPair("release-workflow");
const strangerKey = keyPair("release-stranger");

beforeEach(async () => {
  sim = await GitHubSim.start();
  const { publicKey } = generateKeyPairSync("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
  });
  // The workflow's GITHUB_TOKEN: an installation token of the Actions app with the job's permissions.
  const app = sim.app({
    id: 15368,
    slug: "github-actions",
    publicKey,
    webhookSecret: "unused",
    permissions: { contents: "write", deployments: "write", pull_requests: "read", metadata: "read" },
    events: [],
  });
  sim.org("acme", { "ml-leads": ["lead"] });
  repo = sim.repo("acme/models", {
    files: { "README.md": "models" },
    collaborators: { ada: "write", lead: "write", outsider: "read" },
  });
  token = sim.installationToken(sim.install(app, "acme", async () => {}));
  scratch = await mkdtemp(join(tmpdir(), "modelops-release-store-"));
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
  expect(sim.violations).toEqual([]);
  expect(sim.responseViolations).toEqual([]);
  await sim.close();
});

/** The local clone's commits as GitHub holds them (ids and parents; authors by login). */
async function mirrorCommits(g: (...args: string[]) => Promise<string>) {
  const log = await g("log", "--all", "--reverse", "--format=%H %P|%an");
  for (const line of log.split("\n")) {
    const [ids = "", name = ""] = line.split("|");
    const [sha = "", ...parents] = ids.trim().split(" ");
    repo.state.commits.set(sha, {
      sha,
      tree: new Map(),
      treeSha: gitTreeSha(new Map()),
      parents,
      message: sha,
      author: sim.user(name.toLowerCase()),
      date: now(),
    });
  }
}

/**
 * The local clone's history as GitHub holds it (commit ids and parents; authors by login), and pull request
 * #N from `branch` merged as the clone's HEAD.
 */
async function mirror(g: (...args: string[]) => Promise<string>, branch: string) {
  await mirrorCommits(g);
  const merge = await g("rev-parse", "HEAD");
  const pr = repo.state.openPull({
    id: sim.nextId(),
    title: branch,
    body: "",
    author: sim.user("ada"),
    headRef: branch,
    headSha: await g("rev-parse", "HEAD^2"),
    baseRef: "main",
    baseSha: await g("rev-parse", "HEAD^1"),
  });
  const at = now();
  Object.assign(pr, { state: "closed", merged: true, mergeCommitSha: merge, mergedAt: at, closedAt: at });
  repo.state.branches.set("main", merge);
  return pr;
}

async function mergedPullRequest(settings: Record<string, string> = WORKFLOW_RELEASER) {
  const { dir, g, edit } = await makeRepo(undefined, settings);
  await g("checkout", "-q", "-b", "epochs");
  await edit("epochs: 15", "epochs: 20");
  await g("commit", "-q", "-am", "more epochs");
  await g("checkout", "-q", "main");
  await g("merge", "-q", "--no-ff", "epochs", "-m", "Merge pull request #1 from acme/epochs");
  return { dir, g, pr: await mirror(g, "epochs") };
}

const approve = (pr: { number: number; headSha: string }, login: string, commitId = pr.headSha) =>
  repo.state.reviews.push({
    id: sim.nextId(),
    pull: pr.number,
    user: sim.user(login),
    body: "",
    state: "APPROVED",
    commitId,
    submittedAt: now(),
  });

const step = (dir: string, extra: Record<string, string> = {}) =>
  runStep(release, {
    ws: dir,
    event: push,
    apiUrl: sim.urls.api,
    inputs: {
      "push-tags": "false",
      token,
      approvals: "github",
      "signing-key": workflowKey.privateKey,
      ...extra,
    },
  });

/** A model server's view of github:acme/models, trusting `trusted` (the workflow's public key by default). */
let readers = 0;
const reader = (trusted = workflowKey.publicKey) =>
  openGitHubStore("acme", "models", {
    env: { GITHUB_TOKEN: token, GITHUB_API_URL: sim.urls.api, MODELOPS_TRUSTED_KEYS: trusted },
    cacheDir: join(scratch, `reader-${++readers}`),
  });

const CLI = MODELOPS_CLI;
function modelops(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { MODELOPS_SIGNING_KEY: _readerHasNoKey, ...inherited } = process.env;
  const env = {
    ...inherited,
    GITHUB_TOKEN: token,
    GITHUB_API_URL: sim.urls.api,
    MODELOPS_TRUSTED_KEYS: workflowKey.publicKey,
    NODE_OPTIONS: "",
    HOME: scratch,
  };
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd: scratch, env }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe("the release action with approvals: github", () => {
  test("a merge without an authorised review is blocked with the reason, then released once lead approves", async () => {
    const { dir, g, pr } = await mergedPullRequest();
    approve(pr, "ada");
    approve(pr, "outsider");
    const blocked = await step(dir);
    expect(blocked.failed).toBe(true);
    const head = pr.headSha.slice(0, 7);
    expect(blocked.errors.at(-1)).toBe(
      `::error::iris: not released: 0/1 authorised approvals of ${head} (users lead may promote; approve pull request #${pr.number} on ${head}); approval by ada not counted: author of the pull request; approval by outsider not counted: not an authorised reviewer (users lead may promote)`,
    );
    expect(await g("tag", "--list")).toBe("");

    approve(pr, "lead");
    const released = await step(dir);
    expect(released.errors).toEqual([]);
    expect(JSON.parse(released.outputs.released ?? "[]")).toEqual([
      expect.objectContaining({ model: "iris", action: "released", version: 1, tag: "iris/v1" }),
    ]);
    expect(await g("tag", "--list")).toBe("iris/v1");
  });

  test("an approval of an older commit of the pull request does not release its head", async () => {
    const { dir, pr } = await mergedPullRequest();
    approve(pr, "lead", "c".repeat(40));
    const r = await step(dir);
    expect(r.failed).toBe(true);
    expect(r.errors.at(-1)).toContain("0/1 authorised approvals of");
  });

  test("a push that merges no pull request is not released", async () => {
    const { dir, g } = await makeRepo(undefined, WORKFLOW_RELEASER);
    const sha = await g("rev-parse", "HEAD");
    repo.state.commits.set(sha, {
      sha,
      tree: new Map(),
      treeSha: gitTreeSha(new Map()),
      parents: [],
      message: "initial",
      author: sim.user("ada"),
      date: now(),
    });
    const r = await step(dir);
    expect(r.errors.at(-1)).toBe(
      `::error::iris: not released: ${sha.slice(0, 7)} merges no pull request: only a reviewed pull request's merge is released`,
    );
  });

  test("a squash merge of an approved pull request is not released: the released tree is not the approved head", async () => {
    const { dir, g, edit } = await makeRepo(undefined, WORKFLOW_RELEASER);
    await g("checkout", "-q", "-b", "squashed");
    await edit("epochs: 15", "epochs: 20");
    await g("commit", "-q", "-am", "more epochs");
    const head = await g("rev-parse", "HEAD");
    await g("checkout", "-q", "main");
    await g("merge", "-q", "--squash", "squashed");
    await g("commit", "-q", "-m", "More epochs (#1)");
    await mirrorCommits(g);
    const squash = await g("rev-parse", "HEAD");
    const pr = repo.state.openPull({
      id: sim.nextId(),
      title: "squashed",
      body: "",
      author: sim.user("ada"),
      headRef: "squashed",
      headSha: head,
      baseRef: "main",
      baseSha: await g("rev-parse", "HEAD^1"),
    });
    const at = now();
    Object.assign(pr, { state: "closed", merged: true, mergeCommitSha: squash, mergedAt: at, closedAt: at });
    repo.state.branches.set("main", squash);
    approve(pr, "lead");
    const r = await step(dir);
    expect(r.failed).toBe(true);
    expect(r.errors.at(-1)).toBe(
      `::error::iris: not released: pull request #${pr.number}'s head ${head.slice(0, 7)} is not the merge's second parent ${squash.slice(0, 7)}: merge with a merge commit (not squash or rebase) so the approved head is what is released`,
    );
    expect(repo.state.releases).toEqual([]);
    expect(await g("tag", "--list")).toBe("");
  });

  test("with the bot as the release writer an approved merge is left to the bot: nothing released, no API call", async () => {
    const { dir, g, pr } = await mergedPullRequest({ ".github/modelops.yml": "releaser: bot\n" });
    approve(pr, "lead");
    const before = sim.requests.length;
    const r = await step(dir);
    expect(r.failed).toBe(false);
    expect(r.outputs).toMatchObject({ released: "[]", releaser: "bot", skipped: "bot-is-releaser" });
    expect(r.stdout).toContain(
      "::notice::modelops release: nothing released, the modelops bot is the release writer",
    );
    expect(sim.requests.length).toBe(before);
    expect(await g("tag", "--list")).toBe("");
  });

  test("with no signing key the step fails with one line saying how to make one, before training", async () => {
    const { dir, pr } = await mergedPullRequest();
    approve(pr, "lead");
    const saved = process.env.MODELOPS_SIGNING_KEY;
    delete process.env.MODELOPS_SIGNING_KEY;
    const r = await step(dir, { "signing-key": "" }).finally(() => {
      if (saved !== undefined) process.env.MODELOPS_SIGNING_KEY = saved;
    });
    expect(r.failed).toBe(true);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toContain("openssl genpkey -algorithm ed25519");
    expect(r.errors[0]).toContain("modelops registry public-key");
    expect(repo.state.releases.length).toBe(0);
  });
});

describe("the workflow as the release writer of the github store", () => {
  test("an approved merge is a signed release and production deployment that servers trusting the workflow's key see", async () => {
    const { dir, g, pr } = await mergedPullRequest();
    approve(pr, "lead");
    const r = await step(dir);
    expect(r.errors).toEqual([]);
    expect(JSON.parse(r.outputs.released ?? "[]")).toEqual([
      expect.objectContaining({ model: "iris", action: "released", version: 1, tag: "iris/v1" }),
    ]);
    expect(r.outputs.tags).toBe("iris/v1");

    const store = await reader();
    const versions = await store.listVersions("iris");
    expect(versions).toEqual([
      expect.objectContaining({ version: 1, commit: await g("rev-parse", "HEAD"), approvers: ["lead"] }),
    ]);
    expect(store.problems()).toEqual([]);
    expect((await store.resolveAlias("iris", "production"))?.version).toBe(1);
    // The artifact is the run's: every file verifies against the signed manifest.
    const served = await store.materialize("iris", 1);
    expect(served).toBeTruthy();

    const ls = await modelops("registry", "ls", "--registry", "github:acme/models", "--json");
    expect(ls.stderr).toBe("");
    expect(JSON.parse(ls.stdout)).toEqual([
      expect.objectContaining({ model: "iris", versions: 1, aliases: { production: 1 } }),
    ]);

    // A server trusting another key skips the workflow's release and its deployment: nothing to serve.
    const untrusted = await reader(strangerKey.publicKey);
    expect(await untrusted.listVersions("iris")).toEqual([]);
    expect(await untrusted.resolveAlias("iris", "production")).toBeUndefined();
    expect(untrusted.problems().length).toBeGreaterThan(0);
  });

  test("a reviewed revert moves production back by a signed deployment, without a new version; an unreviewed revert to a version rolled back as bad moves nothing", async () => {
    const { dir, g, pr } = await mergedPullRequest();
    approve(pr, "lead");
    expect((await step(dir)).errors).toEqual([]);
    // A second release (v2) ...
    await g("checkout", "-q", "-b", "more");
    await writeConfig(dir, "epochs: 20", "epochs: 25");
    await g("commit", "-q", "-am", "even more epochs");
    await g("checkout", "-q", "main");
    await g("merge", "-q", "--no-ff", "more", "-m", "Merge pull request #2 from acme/more");
    approve(await mirror(g, "more"), "lead");
    expect((await step(dir)).errors).toEqual([]);
    expect((await (await reader()).resolveAlias("iris", "production"))?.version).toBe(2);
    // ... reverted through a reviewed pull request.
    await g("checkout", "-q", "-b", "revert-more");
    await g("revert", "--no-edit", "-m", "1", "HEAD");
    await g("checkout", "-q", "main");
    await g("merge", "-q", "--no-ff", "revert-more", "-m", "Merge pull request #3 from acme/revert-more");
    approve(await mirror(g, "revert-more"), "lead");
    const r = await step(dir);
    expect(r.errors).toEqual([]);
    expect(JSON.parse(r.outputs.released ?? "[]")).toEqual([
      expect.objectContaining({ model: "iris", action: "rolled-back", version: 1, tag: "iris/v1" }),
    ]);
    expect(r.outputs.tags).toBe("");

    const store = await reader();
    expect((await store.listVersions("iris")).map((v) => v.version)).toEqual([1, 2]);
    expect((await store.resolveAlias("iris", "production"))?.version).toBe(1);
    expect((await store.history("iris")).findLast((e) => e.alias === "production")).toMatchObject({
      alias: "production",
      from: 2,
      to: 1,
      kind: "rollback",
    });

    // Reverting the revert straight onto main (no pull request) would bring back v2, rolled back as bad:
    // the rollback rule keeps production where it is.
    await g("revert", "--no-edit", "-m", "1", "HEAD");
    await mirrorCommits(g);
    const again = await step(dir);
    expect(again.failed).toBe(true);
    expect(again.errors.at(-1)).toContain("production not moved back to v2: v2 was rolled back as bad");
    expect((await (await reader()).resolveAlias("iris", "production"))?.version).toBe(1);
  });
});
