// A traffic simulator with known ground truth drives a real model server: production (v1) and a candidate
// (v2) split 50/50 by the request key; the simulator's truth makes v2's answers right 93% of the time and
// v1's 90%; outcomes go back through the feedback endpoint, and the sequential test reads them from the log.
import { afterAll, beforeAll, expect, test } from "@jest/globals";
import seedrandom from "seedrandom";
import { concludeAbTest, readAbTest } from "../../pipelines/monitor/ab-status.ts";
import { type ModelServer, startServer } from "../../pipelines/serve/index.ts";
import { FilePredictionStore } from "../../pipelines/serve/prediction-log.ts";
import { IRIS, IRIS_ROWS, TestRegistry, until } from "../serve/fixture.ts";

let reg: TestRegistry;
let server: ModelServer;
let store: FilePredictionStore;

beforeAll(async () => {
  reg = await TestRegistry.create();
  await reg.promote("iris", (await reg.addVersion("iris", IRIS, 7, IRIS_ROWS)).version);
  await reg.addVersion("iris", IRIS, 9, IRIS_ROWS);
  await reg.registry.setAlias("iris", "canary", 2, { reason: "A/B test" });
  store = new FilePredictionStore(`${reg.dir}/log`);
  server = await startServer({
    registry: reg.root,
    port: 0,
    pollMs: 50,
    backend: "cpu",
    predictionLog: store,
    log: () => {},
  });
  await server.setCanaryPercent("iris", 50);
}, 60_000);

afterAll(async () => {
  await server?.close();
  await reg?.remove();
});

test("deploy.strategy ab splits by X-Modelops-Key: one key stays on one side whatever its request ids", async () => {
  const ab = await startServer({
    registry: reg.root,
    port: 0,
    pollMs: 50,
    backend: "cpu",
    predictionLog: false,
    overrides: { strategy: "ab", canaryPercent: 50 },
    log: () => {},
  });
  try {
    expect(ab.policy("iris")?.strategy).toBe("ab");
    const sides = new Map<string, Set<string>>();
    for (let user = 0; user < 20; user++) {
      for (let r = 0; r < 5; r++) {
        const res = await fetch(`${ab.url}/v1/models/iris:predict`, {
          method: "POST",
          headers: { "x-modelops-key": `user-${user}`, "x-request-id": `req-${user}-${r}` },
          body: JSON.stringify({ instances: [IRIS_ROWS[0]] }),
        });
        expect(res.headers.get("x-request-id")).toBe(`req-${user}-${r}`);
        const set = sides.get(`user-${user}`) ?? new Set();
        set.add(res.headers.get("x-model-version")!);
        sides.set(`user-${user}`, set);
      }
    }
    for (const set of sides.values()) expect(set.size).toBe(1);
    const versions = new Set([...sides.values()].flatMap((s) => [...s]));
    expect(versions).toEqual(new Set(["1", "2"]));
  } finally {
    await ab.close();
  }
});

test("the A/B test picks the candidate that is 3 accuracy points better, and records the samples it needed", async () => {
  const rng = seedrandom("ab-sim");
  const truth = { 1: 0.9, 2: 0.93 } as Record<string, number>;
  const classes = IRIS.target.classes!;
  const arms = { model: "iris", production: 1, candidate: 2, since: 0 };
  const settings = { alpha: 0.05, minSamples: 200, maxSamples: 20_000 };
  let p = 1;
  let verdict: Awaited<ReturnType<typeof readAbTest>> | undefined;
  const served = { 1: 0, 2: 0 } as Record<string, number>;
  for (let batch = 0; batch < 400 && !verdict?.winner; batch++) {
    const feedback = [];
    for (let i = 0; i < 50; i++) {
      const key = `user-${batch}-${i}`;
      const res = await fetch(`${server.url}/v1/models/iris:predict`, {
        method: "POST",
        headers: { "x-request-id": key },
        body: JSON.stringify({ instances: [IRIS_ROWS[i % 3]] }),
      });
      const version = res.headers.get("x-model-version")!;
      served[version]!++;
      const probs = ((await res.json()) as { predictions: number[][] }).predictions[0]!;
      const answered = classes[probs.indexOf(Math.max(...probs))]!;
      // The simulator's ground truth: the answer is right with the version's accuracy.
      const right = rng() < truth[version]!;
      feedback.push({ id: key, label: right ? answered : classes.find((c) => c !== answered)! });
    }
    const fb = await fetch(`${server.url}/v1/models/iris:feedback`, {
      method: "POST",
      body: JSON.stringify({ feedback }),
    });
    expect(fb.status).toBe(200);
    verdict = await readAbTest(store, arms, settings, p);
    p = verdict.pValue;
  }
  expect(verdict?.winner).toBe("candidate");
  expect(verdict!.interval[0]).toBeGreaterThan(0);
  expect(Math.min(verdict!.samples.production, verdict!.samples.candidate)).toBeGreaterThanOrEqual(200);
  // Both arms took traffic through the sticky split.
  expect(served[1]! / (served[1]! + served[2]!)).toBeGreaterThan(0.4);
  // The win promotes the candidate through the store; the verdict is in the alias history.
  const reason = await concludeAbTest(reg.registry, arms, verdict!, { promote: true });
  expect(reason).toMatch(
    /^A\/B test: v2 \(candidate\) won; accuracy difference [\d.]+ points \[[\d.]+, [\d.]+\], p=\S+, samples \d+ production \+ \d+ candidate$/,
  );
  const history = await reg.registry.history("iris");
  expect(history.find((e) => e.alias === "production" && e.to === 2)?.reason).toBe(reason);
  expect(await reg.registry.aliases("iris")).toEqual({ production: 2, previous: 1 });
  await until("the server serves v2 in production", () => server.currentVersion("iris") === 2);
  process.stdout.write(
    `A/B via a live server: candidate won after ${verdict!.samples.production} + ${verdict!.samples.candidate} outcomes, effect ${verdict!.effect.toFixed(4)} [${verdict!.interval.map((x) => x.toFixed(4)).join(", ")}]\n`,
  );
}, 300_000);
