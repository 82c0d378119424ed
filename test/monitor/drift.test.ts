// Production drift and anomaly detection on seeded streams: a live window drawn from the training
// distribution is not flagged, a shifted one is; the detector stays quiet through its warm-up and on noise,
// flags a level shift, and its event is counted. Their gauges join a real server's /metrics and pass promtool.
import { afterAll, expect, test } from "@jest/globals";
import seedrandom from "seedrandom";
import { type DataProfile, profileColumn } from "../../pipelines/data/index.ts";
import { AnomalyDetector, AnomalyMonitor } from "../../pipelines/monitor/anomaly.ts";
import { FeatureWindow, ProductionDrift } from "../../pipelines/monitor/drift.ts";
import { type ModelServer, startServer } from "../../pipelines/serve/index.ts";
import { IRIS, IRIS_ROWS, parseMetrics, TestRegistry } from "../serve/fixture.ts";
import { promtool } from "./prometheus.ts";

const FEATURES = ["sepal_length", "sepal_width", "petal_length", "petal_width"];
const MEANS = [5.84, 3.05, 3.76, 1.2];
const STDS = [0.83, 0.43, 1.76, 0.76];

function normal(rng: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

/** Rows as clients send them; `shift` moves the named features by that many standard deviations. */
function stream(seed: string, n: number, shift: Record<string, number> = {}): Array<Record<string, number>> {
  const rng = seedrandom(seed);
  return Array.from({ length: n }, () =>
    Object.fromEntries(FEATURES.map((f, j) => [f, MEANS[j]! + STDS[j]! * (normal(rng) + (shift[f] ?? 0))])),
  );
}

/** The training profile, as preprocess writes it (profile.json), from seeded training rows. */
function trainingProfile(rows: number): DataProfile {
  const w = new FeatureWindow(FEATURES, rows);
  for (const r of stream("train", rows)) w.add(r);
  const p = w.profile();
  return {
    ...p,
    columns: [
      ...p.columns,
      profileColumn({ name: "species", type: "string", values: ["setosa"] }, [0], "target"),
    ],
  };
}

test("an unshifted live window is not flagged; a shifted one is (seeded, several seeds)", () => {
  for (const [reference, live] of [
    [5000, 1000],
    [3000, 1000],
  ] as const) {
    const drift = new ProductionDrift({ window: live, minRows: 100 });
    drift.watch("iris", trainingProfile(reference), { threshold: 0.1 });
    for (const seed of ["a", "b", "c"]) {
      drift.observe("iris", stream(`same-${seed}`, live));
      const [same] = drift.check();
      expect(same!.rows).toBe(live);
      expect(same!.report!.datasetDrift).toBe(false);
      expect(
        same!
          .report!.features.filter((f) => f.drifted)
          .map((f) => [reference, seed, f.name, f.method, f.statistic, f.pValue, f.threshold]),
      ).toEqual([]);

      drift.observe("iris", stream(`shifted-${seed}`, live, { petal_length: 1, petal_width: 0.8 }));
      const [shifted] = drift.check();
      expect(shifted!.report!.datasetDrift).toBe(true);
      expect(shifted!.report!.features.filter((f) => f.drifted).map((f) => f.name)).toEqual([
        "petal_length",
        "petal_width",
      ]);
      expect(shifted!.stats.find((s) => s.feature === "petal_length")!.mean).toBeCloseTo(3.76 + 1.76, 0);
    }
  }
});

test("a window below the minimum is not judged; rows as arrays in feature order count the same", () => {
  const drift = new ProductionDrift({ window: 200, minRows: 100 });
  drift.watch("iris", trainingProfile(500));
  drift.observe(
    "iris",
    stream("few", 50).map((r) => FEATURES.map((f) => r[f])),
  );
  expect(drift.check()[0]!.report).toBeUndefined();
  drift.observe(
    "iris",
    stream("more", 60).map((r) => FEATURES.map((f) => r[f])),
  );
  expect(drift.check()[0]!.report!.datasetDrift).toBe(false);
  drift.observe("other-model", stream("x", 10)); // not watched: ignored
});

test("anomaly detection: quiet in warm-up and on noise, flags a level shift, counts the event", () => {
  const rng = seedrandom("latency");
  const d = new AnomalyDetector({ warmup: 10, threshold: 5 });
  // warm-up: even a wild first values are not judged
  expect(d.update(0.5).anomalous).toBe(false);
  for (let i = 0; i < 9; i++) expect(d.update(0.02 + 0.002 * normal(rng)).warm).toBe(false);
  let falseAlarms = 0;
  for (let i = 0; i < 300; i++) if (d.update(0.02 + 0.002 * normal(rng)).anomalous) falseAlarms++;
  expect(falseAlarms).toBe(0);
  expect(d.update(0.08).anomalous).toBe(true);

  const events: string[] = [];
  const m = new AnomalyMonitor({ onEvent: (e) => events.push(`${e.signal} v${e.version}`) });
  const seq = seedrandom("errors");
  for (let i = 0; i < 40; i++) m.update("iris", "2", "canary", "error_rate", 0.001 * seq());
  expect(events).toEqual([]);
  for (let i = 0; i < 3; i++) m.update("iris", "2", "canary", "error_rate", 0.3);
  expect(events).toEqual(["error_rate v2"]); // one event per episode
  expect(m.events[0]).toMatchObject({ model: "iris", label: "canary", signal: "error_rate", value: 0.3 });
});

let reg: TestRegistry | undefined;
let server: ModelServer | undefined;
afterAll(async () => {
  await server?.close();
  await reg?.remove();
});

test("a real server feeds the live window; drift and anomaly gauges are on its /metrics and promtool accepts them", async () => {
  reg = await TestRegistry.create();
  await reg.addVersion("iris", IRIS, 1, IRIS_ROWS);
  await reg.promote("iris", 1);
  const drift = new ProductionDrift({ window: 300, minRows: 100 });
  drift.watch("iris", trainingProfile(1000));
  const anomalies = new AnomalyMonitor();
  server = await startServer({
    registry: reg.root,
    port: 0,
    backend: "cpu",
    log: () => {},
    observeInputs: (model, rows) => drift.observe(model, rows),
    registerMetrics: (r) => {
      drift.register(r);
      anomalies.register(r);
    },
  });
  // Real predictions: the server hands each request's raw rows to the live window.
  const shifted = stream("live", 300, { petal_length: 2, petal_width: 2 });
  for (let i = 0; i < 300; i += 100) {
    const res = await fetch(`${server.url}/v1/models/iris:predict`, {
      method: "POST",
      body: JSON.stringify({ instances: shifted.slice(i, i + 100) }),
    });
    expect(res.status).toBe(200);
  }
  drift.check();
  for (let i = 0; i < 20; i++)
    anomalies.update("iris", "1", "production", "latency_p99", 0.01 + (i % 3) * 0.0001);
  anomalies.update("iris", "1", "production", "latency_p99", 1);
  const text = await (await fetch(`${server.url}/metrics`)).text();
  await promtool(["check", "metrics"], { input: text });
  const samples = parseMetrics(text);
  const one = (name: string, labels: Record<string, string>) =>
    samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
      ?.value;
  expect(one("modelops_drift_share", { model: "iris" })).toBe(0.5);
  expect(one("modelops_drift_detected", { model: "iris" })).toBe(1);
  expect(one("modelops_feature_drifted", { model: "iris", feature: "petal_length" })).toBe(1);
  expect(one("modelops_feature_drifted", { model: "iris", feature: "sepal_length" })).toBe(0);
  expect(one("modelops_input_window_rows", { model: "iris" })).toBe(300);
  expect(one("modelops_input_feature_mean", { model: "iris", feature: "petal_length" })).toBeCloseTo(
    3.76 + 2 * 1.76,
    0,
  );
  expect(one("modelops_anomaly", { model: "iris", signal: "latency_p99" })).toBe(1);
  expect(one("modelops_anomalies_total", { model: "iris", signal: "latency_p99" })).toBe(1);
});
