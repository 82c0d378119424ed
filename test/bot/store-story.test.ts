// The registry of record on GitHub, end to end with the real bot server: an approved pull request's merge
// releases iris/v2 and deploys it to production; the revert's merge deploys iris/v1 again with nothing
// trained and no version minted; redelivering the push duplicates nothing; and the bot's view, the store
// and `modelops registry ls|show|history --registry github:acme/models` (a child process) agree on every
// version number.
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { ProbotOctokit } from "probot";
import { listRegistry, storeOf } from "../../bot/registry.ts";
import { IRIS_CSV, key, runArtifact, startWorld, type World } from "../support/bot-harness.ts";
import { MODELOPS_CLI } from "../support/cli.ts";
import { readerEnv, storeView } from "../support/registry-view.ts";

const CLI = MODELOPS_CLI;

let w: World;
let dir: string;
beforeAll(async () => {
  w = await startWorld();
  dir = await mkdtemp(path.join(tmpdir(), "modelops-store-story-"));
});
afterAll(async () => {
  await w.close();
  await rm(dir, { recursive: true, force: true });
});

/** `modelops ARGS` as a user runs it against the simulated GitHub (never blocking the simulator's loop). */
function modelops(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: dir, env: { ...process.env, ...readerEnv(w), NODE_OPTIONS: "", HOME: dir } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

async function ship(branch: string, data: string, accuracy: number) {
  const { pr } = await w.repo.openPullRequest({
    author: "ada",
    branch,
    title: branch,
    files: { "data/iris.csv": data },
  });
  await w.repo.completeWorkflowRun(pr, {
    artifacts: [await runArtifact({ key: key(branch), metrics: { accuracy } })],
  });
  await w.repo.review(pr, "lead", "APPROVED");
  return w.repo.merge(pr, "lead");
}

const tags = () => w.repo.state.releases.map((r) => r.tagName);
const deployments = () => w.repo.state.deployments.map((d) => `${d.environment}@${d.ref}`);

/** The bot's own reading, through an installation octokit as its handlers get one. */
async function botView() {
  const installation = [...w.sim.installations.values()][0];
  const octokit = new ProbotOctokit({
    auth: { token: w.sim.installationToken(installation as NonNullable<typeof installation>) },
    baseUrl: w.sim.urls.api,
  });
  const entries = await listRegistry(octokit, { owner: "acme", repo: "models" });
  return {
    versions: entries.map((e) => e.record.version).sort(),
    production: entries.find((e) => e.aliases.includes("production"))?.record.version,
    history: await storeOf(octokit, { owner: "acme", repo: "models" }).history("iris"),
  };
}

test("merge -> v2 in production; revert -> v1 in production, nothing trained, no version; every reader agrees", async () => {
  await ship("v1", `${IRIS_CSV}\n`, 0.93);
  const merged = await ship("v2", `${IRIS_CSV}\n\n`, 0.97);
  expect(tags()).toEqual(["iris/v1", "iris/v2"]);
  expect(deployments()).toEqual([
    "iris/production@iris/v1",
    "iris/production@iris/v2",
    "iris/previous@iris/v1",
  ]);

  const runs = w.repo.state.runs.length;
  const revert = await w.repo.revert(merged.commit.sha, "lead");
  expect(w.repo.state.runs.length).toBe(runs);
  expect(tags()).toEqual(["iris/v1", "iris/v2"]);
  expect(deployments().slice(3)).toEqual(["iris/production@iris/v1", "iris/previous@iris/v2"]);

  // The push delivered again, and again under a new id (a bot that lost its memory): nothing new.
  const before = w.sim.snapshot();
  const push = revert.deliveries[0] as NonNullable<(typeof revert.deliveries)[number]>;
  await w.sim.redeliver(push.id);
  await w.sim.deliver(w.repo.state, "push", push.payload);
  const mergePush = merged.deliveries.find((d) => d.event === "push") as (typeof merged.deliveries)[number];
  await w.sim.deliver(w.repo.state, "push", mergePush.payload);
  expect(w.sim.snapshot()).toBe(before);
  expect(w.sim.deliveries.filter((d) => d.status >= 300)).toEqual([]);

  // Three readers, one numbering.
  const bot = await botView();
  const store = await storeView(w, path.join(dir, "cache"));
  expect(bot.versions).toEqual([1, 2]);
  expect(bot.production).toBe(1);
  expect((await store.listVersions("iris")).map((v) => v.version)).toEqual([1, 2]);
  expect(await store.aliases("iris")).toEqual({ production: 1, previous: 2 });

  const ls = await modelops("registry", "ls", "--registry", "github:acme/models", "--json");
  expect(ls.stderr).toBe("");
  expect(JSON.parse(ls.stdout)).toEqual([
    expect.objectContaining({ model: "iris", versions: 2, aliases: { production: 1, previous: 2 } }),
  ]);
  const show = await modelops("registry", "show", "iris", "--registry", "github:acme/models");
  expect(show.stdout).toMatch(/^iris: 2 versions; production v1, previous v2\n/);
  expect(show.stdout).toMatch(/\nv2 +previous +\S+ \S+ +[0-9a-f]{7} +iris\/v2 /);
  const history = await modelops("registry", "history", "iris", "--registry", "github:acme/models", "--json");
  const events = JSON.parse(history.stdout) as Array<{
    alias: string;
    from: number | null;
    to: number | null;
    kind: string;
  }>;
  expect(events.map((e) => [e.alias, e.from, e.to, e.kind])).toEqual(
    bot.history.map((e) => [e.alias, e.from, e.to, e.kind]),
  );
  expect(events.filter((e) => e.alias === "production").map((e) => [e.from, e.to, e.kind])).toEqual([
    [null, 1, "promote"],
    [1, 2, "promote"],
    [2, 1, "rollback"],
  ]);
  expect(w.sim.violations).toEqual([]);
  expect(w.sim.responseViolations).toEqual([]);
});

test("the CLI given a bad registry URI says what to fix in one line", async () => {
  const bad = await modelops("registry", "ls", "--registry", "github:acme");
  expect(bad.code).toBe(2);
  expect(bad.stderr).toBe(
    'modelops: error: registry "github:acme": expected github:OWNER/REPO (for example github:acme/models)\n',
  );
});
