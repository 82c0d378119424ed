// The A/B rollout loop concludes by itself. A traffic simulator with known ground truth drives a real model
// server (deploy.strategy ab, 50/50 by X-Modelops-Key): its truth makes each version's answers right with a
// set probability, and outcomes go back through the feedback endpoint. The loop's every "interval" is one
// batch of simulated traffic, so nothing waits on the clock. On GitHub (the simulator, every request checked
// against GitHub's OpenAPI description) the verdict lands in the deployment statuses and on the release's PR.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "@jest/globals";
import seedrandom from "seedrandom";
import { type RegistryWorld, startRegistryWorld } from "../../pipelines/demo/github-sim/registry-world.ts";
import { runAbRollout } from "../../pipelines/monitor/ab-rollout.ts";
import { manifestOfFiles } from "../../pipelines/registry/github-store.ts";
import { manifestDigest } from "../../pipelines/registry/store.ts";
import { startServer } from "../../pipelines/serve/index.ts";
import { FilePredictionStore } from "../../pipelines/serve/prediction-log.ts";
import { IRIS, IRIS_ROWS, TestRegistry, until } from "../serve/fixture.ts";

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

/** Production v1 and candidate v2 on `canary`, a real server splitting them 50/50 by the request key. */
async function abServer() {
  const reg = await TestRegistry.create();
  await reg.promote("iris", (await reg.addVersion("iris", IRIS, 7, IRIS_ROWS)).version);
  await reg.addVersion("iris", IRIS, 9, IRIS_ROWS);
  await reg.registry.setAlias("iris", "canary", 2, { reason: "release iris/v2 as an A/B candidate" });
  const log = new FilePredictionStore(path.join(reg.dir, "log"));
  const server = await startServer({
    registry: reg.root,
    port: 0,
    pollMs: 50,
    backend: "cpu",
    predictionLog: log,
    overrides: { strategy: "ab", canaryPercent: 50 },
    log: () => {},
  });
  cleanups.push(async () => {
    await server.close();
    await reg.remove();
  });
  return { reg, log, server };
}

/** Users send predictions; the simulator's truth says whether each answer was right; outcomes are posted. */
function trafficSimulator(url: string, truth: Record<string, number>, seed: string) {
  const rng = seedrandom(seed);
  const classes = IRIS.target.classes!;
  let request = 0;
  return async function batch(size: number): Promise<void> {
    const feedback = [];
    for (let i = 0; i < size; i++) {
      const id = `req-${++request}`;
      const res = await fetch(`${url}/v1/models/iris:predict`, {
        method: "POST",
        headers: { "x-request-id": id, "x-modelops-key": `user-${request}` },
        body: JSON.stringify({ instances: [IRIS_ROWS[request % 3]] }),
      });
      const version = res.headers.get("x-model-version")!;
      const probs = ((await res.json()) as { predictions: number[][] }).predictions[0]!;
      const answered = classes[probs.indexOf(Math.max(...probs))]!;
      const right = rng() < truth[version]!;
      feedback.push({ id, label: right ? answered : classes.find((c) => c !== answered)! });
    }
    const fb = await fetch(`${url}/v1/models/iris:feedback`, {
      method: "POST",
      body: JSON.stringify({ feedback }),
    });
    expect(fb.status).toBe(200);
  };
}

test("B is 3 accuracy points better: the loop promotes B by itself and records the samples it needed", async () => {
  const { reg, log, server } = await abServer();
  const simulate = trafficSimulator(server.url, { 1: 0.9, 2: 0.93 }, "ab-win");
  const result = await runAbRollout({
    model: "iris",
    registry: reg.registry,
    log,
    settings: { alpha: 0.05, minSamples: 200, maxSamples: 20_000, promote: true },
    intervalMs: 1,
    revert: { kind: "none" },
    // One interval of the loop = one batch of traffic and its outcomes.
    sleep: () => simulate(100),
    maxLooks: 300,
  });
  expect(result.outcome).toBe("promoted");
  expect(result.verdict.winner).toBe("candidate");
  expect(result.verdict.interval[0]).toBeGreaterThan(0);
  expect(
    Math.min(result.verdict.samples.production, result.verdict.samples.candidate),
  ).toBeGreaterThanOrEqual(200);
  expect(await reg.registry.aliases("iris")).toEqual({ production: 2, previous: 1 });
  // The verdict, with its samples, is the reason of the move in the registry's history.
  const move = (await reg.registry.history("iris")).find((e) => e.alias === "production" && e.to === 2);
  expect(move?.reason).toBe(result.reason);
  expect(move?.reason).toMatch(
    new RegExp(
      `samples ${result.verdict.samples.production} production \\+ ${result.verdict.samples.candidate} candidate$`,
    ),
  );
  // ... and the deployment status the monitor reported (fs: the status file beside the registry).
  const status = JSON.parse(await readFile(path.join(reg.root, "status", "iris.json"), "utf8"));
  expect(status.production["modelops-monitor"]).toMatchObject({ version: 2, state: "success" });
  expect(status.production["modelops-monitor"].description).toMatch(/^A\/B: v2 won, \+[\d.]+ pts/);
  await until("the server serves v2 in production", () => server.currentVersion("iris") === 2);
  process.stdout.write(
    `A/B loop against a live server: promoted v2 after ${result.looks} looks, ${result.verdict.samples.production} + ${result.verdict.samples.candidate} outcomes, effect ${result.verdict.effect.toFixed(4)}\n`,
  );
}, 600_000);

test("A/A: two equally good versions never promote the candidate; the test stops at maxSamples", async () => {
  const { reg, log, server } = await abServer();
  const simulate = trafficSimulator(server.url, { 1: 0.9, 2: 0.9 }, "ab-aa");
  const result = await runAbRollout({
    model: "iris",
    registry: reg.registry,
    log,
    settings: { alpha: 0.05, minSamples: 200, maxSamples: 500 },
    intervalMs: 1,
    revert: { kind: "none" },
    sleep: () => simulate(100),
    maxLooks: 100,
  });
  expect(result.verdict.winner).toBe("none");
  expect(result.outcome).toBe("aborted");
  expect(await reg.registry.aliases("iris")).toEqual({ production: 1 });
  const removal = (await reg.registry.history("iris")).at(-1);
  expect(removal).toMatchObject({ alias: "canary", from: 2, to: null, kind: "abort" });
  expect(removal?.reason).toMatch(/^A\/B test: no difference/);
  await until("the candidate gets no traffic", async () => {
    const res = await fetch(`${server.url}/v1/models/iris:predict`, {
      method: "POST",
      headers: { "x-modelops-key": "user-anyone" },
      body: JSON.stringify({ instances: [IRIS_ROWS[0]] }),
    });
    await res.body?.cancel();
    return res.headers.get("x-model-version") === "1";
  });
}, 600_000);

const worlds: RegistryWorld[] = [];
afterAll(async () => {
  for (const w of worlds) await w.close();
});

/**
 * A github store with v1 in production and v2, released from a pull request, on canary; the servers' shared
 * log filled by a seeded simulator whose truth makes each version right with `right[version]`.
 */
async function githubAb(right: Record<number, number>, permissions?: Record<string, string>) {
  const world = await startRegistryWorld(permissions ? { permissions } : {});
  worlds.push(world);
  const { pr } = await world.repo.openPullRequest({
    author: "alice",
    branch: "more-data",
    title: "More training data",
    files: { "data/iris.csv": "a,b\n1,2\n" },
  });
  await world.publish("iris", { "model.json": "{}" }, { reason: "release iris/v1" });
  const store = await world.store({ writer: true });
  const files = new Map([["model.json", Buffer.from('{"v":2}')]]);
  const digest = manifestDigest(manifestOfFiles(files));
  await store.createVersion("iris", {
    key: "k2",
    digest,
    files,
    pr: pr.number,
    commit: world.repo.defaultHead.sha,
  });
  await store.setAlias("iris", "canary", 2, {
    reason: "release iris/v2 as an A/B candidate",
    kind: "canary",
  });
  const dir = await mkdtemp(path.join(tmpdir(), "modelops-ab-gh-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const log = new FilePredictionStore(dir);
  const rng = seedrandom(`ab-gh-${right[1]}-${right[2]}`);
  let n = 0;
  const simulate = async (size: number) => {
    const now = Date.now();
    const records = Array.from({ length: size }, () => {
      const version = rng() < 0.5 ? 1 : 2;
      return { id: `r${++n}`, model: "iris", version, label: "", time: now, class: "setosa" };
    });
    await log.append(records);
    await log.recordOutcomes(
      "iris",
      records.map((r) => ({
        id: r.id,
        time: now,
        label: rng() < right[r.version]! ? "setosa" : "virginica",
      })),
    );
  };
  return { world, pr, store, log, simulate };
}

test("GitHub: a losing candidate is aborted; the verdict is a failure status on its deployment and a PR comment", async () => {
  const { world, pr, store, log, simulate } = await githubAb(
    { 1: 0.92, 2: 0.85 },
    { contents: "write", deployments: "write", pull_requests: "write", metadata: "read" },
  );
  const result = await runAbRollout({
    model: "iris",
    registry: store,
    log,
    settings: { minSamples: 200 },
    intervalMs: 1,
    revert: { kind: "none" },
    pullRequests: store,
    sleep: () => simulate(200),
    maxLooks: 200,
  });
  expect(result.outcome).toBe("aborted");
  expect(result.verdict.winner).toBe("production");
  const reader = await world.store();
  expect(await reader.aliases("iris")).toEqual({ production: 1 });
  const removal = (await reader.history("iris")).at(-1);
  expect(removal).toMatchObject({ alias: "canary", to: null, kind: "abort", reason: result.reason });
  // The deployment that put v2 on canary carries the verdict as a failure status.
  const statuses = await candidateStatuses(world, "iris/canary", 2);
  expect(statuses.at(-1)).toMatchObject({ state: "failure" });
  expect(statuses.at(-1)?.description).toMatch(
    /^modelops-monitor: A\/B: v1 won, -[\d.]+ pts \[.*\], n=\d+\+\d+$/,
  );
  // The release's pull request shows the verdict with its samples.
  const comment = world.repo.botComments(pr).at(-1);
  expect(comment?.body).toContain("### A/B test: iris v2 against v1 — aborted");
  expect(comment?.body).toContain(
    `| outcomes | ${result.verdict.samples.production} | ${result.verdict.samples.candidate} |`,
  );
  expect(result.pullRequest).toMatch(/^http.*#issuecomment-\d+$/);
}, 300_000);

test("GitHub: a winner is promoted and its production deployment gets the verdict, even where the token may not comment", async () => {
  const { world, pr, store, log, simulate } = await githubAb({ 1: 0.85, 2: 0.92 });
  const said: string[] = [];
  const result = await runAbRollout({
    model: "iris",
    registry: store,
    log,
    settings: { minSamples: 200 },
    intervalMs: 1,
    revert: { kind: "none" },
    pullRequests: store,
    sleep: () => simulate(200),
    maxLooks: 200,
    say: (line) => said.push(line),
  });
  expect(result.outcome).toBe("promoted");
  expect(await (await world.store()).aliases("iris")).toEqual({ production: 2, previous: 1 });
  const statuses = await candidateStatuses(world, "iris/production", 2);
  expect(statuses.at(-1)).toMatchObject({ state: "success" });
  expect(statuses.at(-1)?.description).toMatch(/^modelops-monitor: A\/B: v2 won, \+[\d.]+ pts/);
  // No pull_requests permission: no comment, and the loop says why in one line.
  expect(world.repo.botComments(pr)).toEqual([]);
  expect(result.pullRequest).toMatch(
    /^cannot comment on pull request #\d+: .*GitHub answered 403.*\(the token needs pull_requests: write\)$/,
  );
  expect(said).toContain(result.pullRequest);
}, 300_000);

/** The statuses of the deployment that moved `environment` to `version`, read as any GitHub client would. */
async function candidateStatuses(w: RegistryWorld, environment: string, version: number) {
  const api = async (route: string) => {
    const res = await fetch(`${w.sim.urls.api}${route}`, {
      headers: { authorization: `token ${w.readerEnv.GITHUB_TOKEN}`, accept: "application/vnd.github+json" },
    });
    expect(res.status).toBe(200);
    return res.json() as Promise<Array<Record<string, unknown>>>;
  };
  const deployments = await api(
    `/repos/acme/models/deployments?environment=${encodeURIComponent(environment)}&per_page=100`,
  );
  const moved = deployments.find((d) => {
    const record = d.payload as { version?: number; kind?: string };
    return record.version === version && record.kind !== "traffic";
  });
  expect(moved).toBeDefined();
  return (await api(`/repos/acme/models/deployments/${moved!.id}/statuses`)) as Array<{
    state: string;
    description: string;
  }>;
}

test("a test concluded elsewhere (canary moved by someone else) stops the loop with one line and changes nothing", async () => {
  const reg = await TestRegistry.create();
  cleanups.push(() => reg.remove());
  await reg.promote("iris", (await reg.addVersion("iris", IRIS, 7, IRIS_ROWS)).version);
  await reg.addVersion("iris", IRIS, 9, IRIS_ROWS);
  await reg.registry.setAlias("iris", "canary", 2, { reason: "release iris/v2 as an A/B candidate" });
  const log = new FilePredictionStore(path.join(reg.dir, "log"));
  cleanups.push(() => log.close());
  await expect(
    runAbRollout({
      model: "iris",
      registry: reg.registry,
      log,
      settings: {},
      intervalMs: 1,
      revert: { kind: "none" },
      // Between two looks a person promotes the candidate by hand.
      sleep: async () => {
        await reg.registry.setAlias("iris", "production", 2, { reason: "by hand" });
      },
      maxLooks: 5,
    }),
  ).rejects.toThrow(
    "iris: the A/B test of v2 against v1 ended elsewhere (now production 2, canary 2); nothing done",
  );
  expect(await reg.registry.aliases("iris")).toEqual({ production: 2, canary: 2, previous: 1 });
});
