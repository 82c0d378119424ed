// `modelops monitor dashboard`: a Grafana JSON model that validates against a schema of what Grafana imports
// (panels with grid positions and Prometheus targets, the datasource as a variable) and names only series
// that exist: metrics a real server exports (with drift and anomaly gauges) or the generated recording rules.
// `modelops monitor drift` reads the same server.
import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { z } from "zod";
import { AnomalyMonitor } from "../../pipelines/monitor/anomaly.ts";
import { dashboardSeries, renderDashboard } from "../../pipelines/monitor/dashboard.ts";
import { FeatureWindow, ProductionDrift } from "../../pipelines/monitor/drift.ts";
import { RECORDED } from "../../pipelines/monitor/rules.ts";
import { type ModelServer, startServer } from "../../pipelines/serve/index.ts";
import { IRIS, IRIS_ROWS, post, TestRegistry } from "../serve/fixture.ts";
import { runCli } from "./cli.ts";

let reg: TestRegistry;
let server: ModelServer;
let exposition: string;

beforeAll(async () => {
  reg = await TestRegistry.create();
  await reg.addVersion("iris", IRIS, 1, IRIS_ROWS);
  await reg.addVersion("iris", IRIS, 2, IRIS_ROWS);
  await reg.promote("iris", 1);
  await reg.registry.setAlias("iris", "canary", 2, { reason: "test" });
  // Training profile: the fixture rows; live rows far from them, so the window drifts.
  const train = new FeatureWindow(["sepal_length", "sepal_width", "petal_length", "petal_width"], 300);
  for (let i = 0; i < 300; i++) {
    const r = IRIS_ROWS[i % 3]!;
    const d = (i % 10) / 20;
    train.add({
      sepal_length: r.sepal_length + d,
      sepal_width: r.sepal_width + d,
      petal_length: r.petal_length + d,
      petal_width: r.petal_width + d,
    });
  }
  const drift = new ProductionDrift({ window: 200, minRows: 10 });
  drift.watch("iris", train.profile(), { method: "wasserstein", threshold: 0.1 });
  const anomalies = new AnomalyMonitor();
  server = await startServer({
    registry: reg.root,
    port: 0,
    backend: "cpu",
    log: () => {},
    observeInputs: (m, rows) => drift.observe(m, rows),
    registerMetrics: (r) => {
      drift.register(r);
      anomalies.register(r);
    },
  });
  for (let i = 0; i < 20; i++) {
    expect(
      (
        await post(`${server.url}/v1/models/iris:predict`, {
          instances: [{ ...IRIS_ROWS[1], sepal_length: 9 }],
        })
      ).status,
    ).toBe(200);
  }
  expect(
    (await post(`${server.url}/v1/models/iris/labels/canary:predict`, { instances: IRIS_ROWS })).status,
  ).toBe(200);
  drift.check();
  anomalies.update("iris", "1", "production", "latency_p99", 0.01);
  exposition = await (await fetch(`${server.url}/metrics`)).text();
});

afterAll(async () => {
  await server?.close();
  await reg?.remove();
});

/** Grafana's datasource variable, written as Grafana substitutes it. */
const DS_UID = ["$", "{datasource}"].join("");
const target = z.strictObject({
  datasource: z.object({ type: z.literal("prometheus"), uid: z.literal(DS_UID) }),
  expr: z.string().min(1),
  legendFormat: z.string(),
  refId: z.string().regex(/^[A-Z]$/),
});
const dashboardSchema = z.object({
  title: z.string().min(1),
  uid: z.string().regex(/^[a-zA-Z0-9_-]{1,40}$/),
  schemaVersion: z.number().int().min(36),
  version: z.number().int(),
  editable: z.boolean(),
  time: z.object({ from: z.string(), to: z.string() }),
  refresh: z.string(),
  tags: z.array(z.string()),
  annotations: z.object({ list: z.array(z.unknown()) }),
  templating: z.object({
    list: z.array(
      z.object({ name: z.string(), type: z.enum(["datasource", "query", "custom"]) }).passthrough(),
    ),
  }),
  panels: z
    .array(
      z
        .object({
          id: z.number().int().positive(),
          type: z.literal("timeseries"),
          title: z.string().min(1),
          datasource: z.object({ type: z.literal("prometheus"), uid: z.literal(DS_UID) }),
          gridPos: z.object({
            h: z.number().int().positive(),
            w: z.number().int().min(1).max(24),
            x: z.number().int().min(0).max(23),
            y: z.number().int().min(0),
          }),
          fieldConfig: z.object({
            defaults: z.object({ unit: z.string() }).passthrough(),
            overrides: z.array(z.unknown()),
          }),
          targets: z.array(target).min(1),
        })
        .passthrough(),
    )
    .min(1),
});

test("the dashboard is a valid Grafana JSON model with the datasource as a variable", async () => {
  const r = await runCli(["monitor", "dashboard", "--title", "Models", "--uid", "models-1"]);
  expect(r.code).toBe(0);
  const d = dashboardSchema.parse(JSON.parse(r.stdout));
  expect(d.title).toBe("Models");
  expect(new Set(d.panels.map((p) => p.id)).size).toBe(d.panels.length);
  for (const p of d.panels) expect(p.gridPos.x + p.gridPos.w).toBeLessThanOrEqual(24);
  const vars = d.templating.list;
  expect(vars.find((v) => v.name === "datasource")).toMatchObject({
    type: "datasource",
    query: "prometheus",
  });
  expect(vars.find((v) => v.name === "model")).toMatchObject({ type: "query" });
  const titles = d.panels.map((p) => p.title).join(" | ");
  for (const what of [
    "Traffic",
    "Error rate",
    "Latency p50 / p99 by version",
    "Canary vs stable",
    "drift per feature",
  ]) {
    expect(titles).toContain(what);
  }
  // Every query names a model through the variable.
  for (const p of d.panels) for (const t of p.targets) expect(t.expr).toContain('model=~"$model"');
});

test("the dashboard names only metrics the server exports or the rules record", () => {
  const families = new Map<string, string>();
  for (const m of exposition.matchAll(/^# TYPE (\S+) (\S+)$/gm)) families.set(m[1]!, m[2]!);
  const exported = new Set<string>();
  for (const [name, type] of families) {
    exported.add(name);
    if (type === "histogram") for (const s of ["_bucket", "_sum", "_count"]) exported.add(name + s);
  }
  const recorded = new Set<string>(Object.values(RECORDED));
  const named = dashboardSeries(renderDashboard());
  expect(named.length).toBeGreaterThan(8);
  const unknown = named.filter((n) => !exported.has(n) && !recorded.has(n));
  expect(unknown).toEqual([]);
  // and the exposition has values for the families the panels plot
  for (const n of [
    "modelops_requests_total",
    "modelops_feature_drift",
    "modelops_anomaly_score",
    "modelops_predictions_total",
  ]) {
    expect(exposition).toMatch(new RegExp(`^${n}\\{`, "m"));
  }
});

test("modelops monitor drift reads the server: the drifted feature, exit 1; --json for scripts", async () => {
  const r = await runCli(["monitor", "drift", "--server", server.url]);
  expect(r.code).toBe(1);
  expect(r.stderr).toBe(
    "modelops: error: input drift in production: iris (live window against the training profile)\n",
  );
  expect(r.stdout).toMatch(/^iris: DRIFTED \(\d+(\.\d+)?% of features\), live window 23 rows$/m);
  expect(r.stdout).toMatch(/^ {2}! sepal_length +distance \d/m);
  const j = await runCli(["monitor", "drift", "--server", server.url, "--json", "-m", "iris"]);
  const parsed = JSON.parse(j.stdout) as Array<{
    model: string;
    detected: boolean;
    features: Array<{ feature: string; drifted: boolean }>;
  }>;
  expect(parsed[0]).toMatchObject({ model: "iris", detected: true });
  expect(parsed[0]!.features.find((f) => f.feature === "sepal_length")!.drifted).toBe(true);
  const bad = await runCli(["monitor", "drift", "--server", "http://127.0.0.1:1"]);
  expect(bad.code).toBe(2);
  expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  expect(bad.stderr).toMatch(/cannot read http:\/\/127\.0\.0\.1:1\/metrics/);
});
