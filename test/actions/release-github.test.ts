// The release Action in GitHub mode: a team without the App releases from a workflow alone. The Action reads
// the merged pull request's reviews through the REST API (the GitHub simulator, which validates every
// request against GitHub's OpenAPI description) and judges them with the one promotion rule.
import { generateKeyPairSync } from "node:crypto";
import { afterEach, beforeEach, describe, expect, test } from "@jest/globals";
import { run as release } from "../../actions/release/main.ts";
import { GitHubSim, type SimRepo } from "../support/github-sim/index.ts";
import { gitTreeSha, now } from "../support/github-sim/model.ts";
import { makeRepo } from "../support/repo.ts";
import { runStep } from "./harness.ts";

const push = { name: "push", payload: { repository: { full_name: "acme/models", default_branch: "main" } } };

let sim: GitHubSim;
let repo: SimRepo;
let token: string;

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
    permissions: { contents: "read", pull_requests: "read", metadata: "read" },
    events: [],
  });
  sim.org("acme", { "ml-leads": ["lead"] });
  repo = sim.repo("acme/models", {
    files: { "README.md": "models" },
    collaborators: { ada: "write", lead: "write", outsider: "read" },
  });
  token = sim.installationToken(sim.install(app, "acme", async () => {}));
});
afterEach(async () => {
  expect(sim.violations).toEqual([]);
  expect(sim.responseViolations).toEqual([]);
  await sim.close();
});

/**
 * The local clone's history as GitHub holds it (commit ids and parents; authors by login), and pull request
 * #N from `branch` merged as the clone's HEAD.
 */
async function mirror(g: (...args: string[]) => Promise<string>, branch: string) {
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

async function mergedPullRequest() {
  const { dir, g, edit } = await makeRepo();
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

const step = (dir: string) =>
  runStep(release, {
    ws: dir,
    event: push,
    apiUrl: sim.urls.api,
    inputs: { "push-tags": "false", token, approvals: "github" },
  });

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
    const { dir, g } = await makeRepo();
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
});
