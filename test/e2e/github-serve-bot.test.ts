// The loop with nobody's hands on it, against the GitHub simulator with the real bot server: an approved pull
// request's merge -> the bot releases iris/v2 and deploys it to production -> a real `modelops serve
// --registry github:acme/models` process serves v2 and says so (a success status from its replica on the
// bot's deployment); `git revert` of the merge pushed -> the bot deploys v1 again (no version minted, nothing
// trained) -> the server answers with v1 again. Short poll interval (200 ms); waits are for events.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { until } from "../serve/fixture.ts";
import { IRIS_CSV, key, runArtifact, startWorld, type World } from "../support/bot-harness.ts";
import { MODELOPS_CLI } from "../support/cli.ts";
import { readerEnv } from "../support/registry-view.ts";

const CLI = MODELOPS_CLI;
const WAIT = 60_000;
const ROW = { sepal_length: 6.1, sepal_width: 2.8, petal_length: 4.7, petal_width: 1.2 };

let w: World;
let dir: string;
let server: ChildProcess | undefined;
let output = "";

beforeAll(async () => {
  w = await startWorld();
  dir = await mkdtemp(path.join(tmpdir(), "modelops-serve-bot-"));
});

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server!.once("exit", r));
    server.kill("SIGTERM");
    await exited;
  }
  await w?.close();
  await rm(dir, { recursive: true, force: true });
});

/** A pull request changing the data, its workflow run's artifact, an authorised approval, the merge. */
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

async function answering(url: string): Promise<number> {
  const res = await fetch(`${url}/v1/models/iris:predict`, {
    method: "POST",
    body: JSON.stringify({ instances: [ROW] }),
  });
  const body = (await res.json()) as { predictions?: number[][] };
  if (res.status !== 200) throw new Error(`the server answered ${res.status}: ${JSON.stringify(body)}`);
  expect(body.predictions?.[0]).toHaveLength(3);
  return Number(res.headers.get("x-model-version"));
}

const succeeded = (version: number) =>
  w.repo.state.deployments
    .filter((d) => d.environment === "iris/production" && d.ref === `iris/v${version}`)
    .at(-1)
    ?.statuses.some((s) => s.state === "success" && s.description.startsWith("replica-a:")) ?? false;

test("merge -> the bot releases v2 -> the server serves it; revert pushed -> the bot deploys v1 -> the server serves v1", async () => {
  await ship("v1", `${IRIS_CSV}\n`, 0.93);
  server = spawn(
    process.execPath,
    [
      CLI,
      "serve",
      "--registry",
      "github:acme/models",
      "--port",
      "0",
      "--backend",
      "cpu",
      "--poll-interval",
      "200ms",
      "--cache",
      path.join(dir, "cache"),
      "--replica-id",
      "replica-a",
    ],
    { cwd: dir, env: { ...process.env, ...readerEnv(w), HOME: dir }, stdio: ["ignore", "pipe", "pipe"] },
  );
  server.stdout!.on("data", (d: Buffer) => {
    output += d.toString();
  });
  server.stderr!.on("data", (d: Buffer) => {
    output += d.toString();
  });
  let url: string | undefined;
  await until(
    "the server to serve v1",
    () => {
      url = /serving iris v1 \(production\) at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (server!.exitCode !== null) throw new Error(`modelops serve exited ${server!.exitCode}: ${output}`);
      return url !== undefined;
    },
    WAIT,
  );
  expect(await answering(url!)).toBe(1);

  const merged = await ship("v2", `${IRIS_CSV}\n\n`, 0.97);
  expect(w.repo.state.releases.map((r) => r.tagName)).toEqual(["iris/v1", "iris/v2"]);
  await until("v2 served", async () => (await answering(url!)) === 2, WAIT);
  await until("the replica's success status on the bot's v2 deployment", () => succeeded(2), WAIT);

  const runs = w.repo.state.runs.length;
  await w.repo.revert(merged.commit.sha, "lead");
  await until("v1 served again after the revert", async () => (await answering(url!)) === 1, WAIT);
  await until("the replica's success status on the rollback deployment", () => succeeded(1), WAIT);
  expect(w.repo.state.releases.map((r) => r.tagName)).toEqual(["iris/v1", "iris/v2"]);
  expect(w.repo.state.runs.length).toBe(runs);
  expect(output).toContain("serving iris v1 (production) at");
  expect(output).not.toContain("error:");
  expect(w.sim.violations).toEqual([]);
  expect(w.sim.responseViolations).toEqual([]);
}, 180_000);
