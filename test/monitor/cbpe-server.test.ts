// CBPE on a real server: each version's calibration (model/calibration.json, as `modelops evaluate` writes
// it) is loaded with the model; /metrics shows the estimated accuracy of its live predictions with the
// interval bounds, beside the realised online accuracy once labels arrive; and a canary whose estimate is
// below deploy.canary.analysis.estimatedAccuracy.min is aborted.
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { type CalibrationFile, writeCalibration } from "../../pipelines/evaluate/calibration.ts";
import { runCanary } from "../../pipelines/monitor/canary.ts";
import { ScrapeSource } from "../../pipelines/monitor/scrape.ts";
import { type ModelServer, startServer } from "../../pipelines/serve/index.ts";
import { FilePredictionStore } from "../../pipelines/serve/prediction-log.ts";
import { IRIS, IRIS_ROWS, parseMetrics, TestRegistry, writeRun } from "../serve/fixture.ts";
import { promtool } from "./prometheus.ts";

let reg: TestRegistry;
let server: ModelServer;

/** A version whose artifact carries `calibration` in model/ (covered by the artifact's digest). */
async function calibratedVersion(seed: number, values: number[]): Promise<number> {
  const { run } = await writeRun(path.join(reg.dir, `cal-${seed}`), IRIS, seed, IRIS_ROWS);
  const calibration: CalibrationFile = {
    schema: "modelops/calibration@1",
    method: "isotonic",
    fittedOn: "test",
    thresholds: [0.5, 1],
    values,
    n: 400,
  };
  await writeCalibration(path.join(run, "model"), calibration);
  const put = await reg.registry.putArtifact(run);
  return (await reg.registry.createVersion("iris", { key: put.digest, digest: put.digest })).version;
}

beforeAll(async () => {
  reg = await TestRegistry.create();
  // v1 is right 90-95% of the time at any confidence; v2's calibration says 20-30%.
  await reg.promote("iris", await calibratedVersion(7, [0.9, 0.95]));
  await reg.registry.setAlias("iris", "canary", await calibratedVersion(9, [0.2, 0.3]), {
    reason: "release iris/v2 as a canary",
  });
  server = await startServer({
    registry: reg.root,
    port: 0,
    pollMs: 50,
    backend: "cpu",
    predictionLog: new FilePredictionStore(path.join(reg.dir, "log")),
    log: () => {},
  });
  await server.setCanaryPercent("iris", 0);
}, 120_000);

afterAll(async () => {
  await server?.close();
  await reg?.remove();
});

let request = 0;
async function predict(n: number): Promise<Array<{ id: string; answered: string }>> {
  const out = [];
  for (let i = 0; i < n; i++) {
    const id = `cbpe-${++request}`;
    const res = await fetch(`${server.url}/v1/models/iris:predict`, {
      method: "POST",
      headers: { "x-request-id": id },
      body: JSON.stringify({ instances: [IRIS_ROWS[request % 3]] }),
    });
    const probs = ((await res.json()) as { predictions: number[][] }).predictions[0]!;
    out.push({ id, answered: IRIS.target.classes![probs.indexOf(Math.max(...probs))]! });
  }
  return out;
}

async function metrics(version: number) {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const of = (name: string) =>
    parseMetrics(text).find(
      (s) =>
        s.name === name &&
        s.labels.model === "iris" &&
        s.labels.version === String(version) &&
        s.labels.window === "1h",
    )?.value;
  return {
    estimate: of("modelops_estimated_accuracy"),
    lower: of("modelops_estimated_accuracy_lower"),
    upper: of("modelops_estimated_accuracy_upper"),
    samples: of("modelops_estimated_samples"),
    online: of("modelops_online_accuracy"),
  };
}

test("/metrics shows each version's estimated accuracy with its interval, beside the realised accuracy", async () => {
  const answered = await predict(40);
  const before = await metrics(1);
  expect(before.samples).toBe(40);
  expect(before.estimate).toBeGreaterThanOrEqual(0.9);
  expect(before.estimate).toBeLessThanOrEqual(0.95);
  expect(before.lower!).toBeLessThan(before.estimate!);
  expect(before.upper!).toBeGreaterThan(before.estimate!);
  expect(before.online).toBeUndefined(); // no labels yet: only the estimate
  // Labels arrive: 36 of 40 answers were right.
  const wrong = IRIS.target.classes!;
  const feedback = answered.map((a, i) => ({
    id: a.id,
    label: i % 10 === 0 ? wrong.find((c) => c !== a.answered)! : a.answered,
  }));
  const fb = await fetch(`${server.url}/v1/models/iris:feedback`, {
    method: "POST",
    body: JSON.stringify({ feedback }),
  });
  expect(fb.status).toBe(200);
  const after = await metrics(1);
  expect(after.online).toBeCloseTo(0.9, 10);
  expect(after.estimate).toBe(before.estimate);
  // Prometheus's own linter accepts the exposition with the new families.
  await promtool(["check", "metrics"], { input: await (await fetch(`${server.url}/metrics`)).text() });
});

test("a canary whose estimated accuracy is below deploy.canary.analysis.estimatedAccuracy.min is aborted", async () => {
  const result = await runCanary({
    model: "iris",
    registry: reg.registry,
    source: new ScrapeSource(server.url),
    router: { setCanaryWeight: (m, p) => server.setCanaryPercent(m, p) },
    steps: [50, 100],
    intervalMs: 1,
    conditions: [{ metric: "estimatedAccuracy", min: 0.8 }],
    // The step's interval: traffic, half of it on the canary.
    sleep: async () => {
      await predict(40);
    },
  });
  expect(result.outcome).toBe("aborted");
  expect(result.steps).toHaveLength(1);
  const step = result.steps[0]!;
  expect(step.canary.estimatedAccuracy).toBeLessThan(0.8);
  expect(step.stable.estimatedAccuracy).toBeGreaterThanOrEqual(0.9);
  expect(result.reason).toMatch(
    /failed at step 1\/2 \(50%\): estimatedAccuracy [23]\d(\.\d+)?% \(min 80%; stable 9\d(\.\d+)?%\)/,
  );
  expect(await reg.registry.aliases("iris")).toEqual({ production: 1 });
}, 120_000);
