// Monitoring end to end with real components: a real model server (startServer) under load, a real
// Prometheus (Debian's package) scraping it on loopback with the generated rules, and the canary analysis
// querying Prometheus's HTTP API. A healthy canary walks through every step to 100% and becomes production;
// a canary that rejects its clients' requests (v3 needs an input v1 never asked for) is aborted at its first
// step: traffic back to stable, the registry's history says why, and the release merge is reverted in git.
import { execFileSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { Registry as PromRegistry } from "prom-client";
import { loadConfig } from "../../pipelines/config/index.ts";
import type { FittedTransform } from "../../pipelines/data/types.ts";
import { serverMonitoring } from "../../pipelines/monitor/attach.ts";
import { renderAnalysis, runCanary } from "../../pipelines/monitor/canary.ts";
import { PrometheusClient, PrometheusSource } from "../../pipelines/monitor/prometheus.ts";
import { revertCommit } from "../../pipelines/monitor/revert.ts";
import { renderRules } from "../../pipelines/monitor/rules.ts";
import { readSignals } from "../../pipelines/monitor/signals.ts";
import { allSlos, modelSlo } from "../../pipelines/monitor/slo.ts";
import type { ModelStatus } from "../../pipelines/monitor/status.ts";
import { type ModelServer, startServer } from "../../pipelines/serve/index.ts";
import { IRIS, IRIS_ROWS, TestRegistry, until } from "../serve/fixture.ts";
import { runCli } from "./cli.ts";
import { promtool, type RunningPrometheus, startPrometheus } from "./prometheus.ts";

/** v3: a release that needs an input the clients do not send (no imputation): it answers 400. */
const IRIS_NEW_INPUT: FittedTransform = {
  ...IRIS,
  features: [
    ...IRIS.features,
    { name: "sepal_ratio", scale: { method: "standard", shift: 1.9, divide: 0.4 } },
  ],
};

const CONFIG = path.join(process.cwd(), "test/monitor/modelops.yaml");
let reg: TestRegistry;
let server: ModelServer;
let prom: RunningPrometheus;
let client: PrometheusClient;
let load: { stop: () => Promise<number> };

function startLoad(url: string): { stop: () => Promise<number> } {
  let running = true;
  let sent = 0;
  const loop = (async () => {
    while (running) {
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          const res = await fetch(`${url}/v1/models/iris:predict`, {
            method: "POST",
            body: JSON.stringify({ instances: [IRIS_ROWS[sent % 3]] }),
          });
          await res.arrayBuffer();
          sent++;
        }),
      );
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return sent;
    },
  };
}

beforeAll(async () => {
  reg = await TestRegistry.create();
  await reg.addVersion("iris", IRIS, 1, IRIS_ROWS);
  await reg.addVersion("iris", IRIS, 2, IRIS_ROWS);
  await reg.addVersion("iris", IRIS_NEW_INPUT, 3, [{ ...IRIS_ROWS[0], sepal_ratio: 1.5 }]);
  await reg.promote("iris", 1);
  server = await startServer({
    registry: reg.root,
    config: CONFIG,
    port: 0,
    pollMs: 50,
    backend: "cpu",
    log: () => {},
  });
  const rules = renderRules(allSlos((await loadConfig(CONFIG)).config), { window: "2s" });
  prom = await startPrometheus({ targets: [new URL(server.url).host], scrapeMs: 200, rules });
  client = new PrometheusClient(prom.url);
  load = startLoad(server.url);
});

afterAll(async () => {
  await load?.stop();
  await prom?.stop();
  await server?.close();
  await reg?.remove();
});

describe("the server's metrics in a real Prometheus", () => {
  test("promtool check metrics accepts the server's exposition", async () => {
    const text = await (await fetch(`${server.url}/metrics`)).text();
    expect(text).toContain("modelops_requests_total");
    await promtool(["check", "metrics"], { input: text });
  });

  test("Prometheus scrapes the server and evaluates the generated recording rules", async () => {
    await until(
      "Prometheus to record the request rate of iris",
      async () =>
        (await client.query('modelops:request_rate{model="iris",label="production"}')).some(
          (s) => s.value > 0,
        ),
      20_000,
    );
    const up = await client.query('up{job="modelops"}');
    expect(up.map((s) => s.value)).toEqual([1]);
    const p99 = await client.scalar('max(modelops:latency_p99_seconds{model="iris"})');
    expect(p99).toBeGreaterThan(0);
    // The series anomaly detection watches, per model/version/label.
    const signals = await readSignals(client, "2s");
    const production = signals.filter((x) => x.model === "iris" && x.label === "production");
    expect(production.map((x) => x.signal).sort()).toEqual(["error_rate", "latency_p99", "prediction_mix"]);
    expect(production.find((x) => x.signal === "error_rate")!.value).toBe(0);
    expect(production.find((x) => x.signal === "prediction_mix")!.value).toBeLessThan(0.2);
  });
});

describe("canary analysis against Prometheus", () => {
  const slo = () => loadConfig(CONFIG).then((l) => modelSlo("iris", l.config.models.iris!));

  test("a healthy canary walks through every step to 100% and becomes production", async () => {
    await reg.registry.setAlias("iris", "canary", 2, { reason: "release iris/v2 as a canary" });
    await until("the server to load the canary", () => server.currentVersion("iris", "canary") === 2);
    const s = await slo();
    const seen: number[] = [];
    const result = await runCanary({
      model: "iris",
      registry: reg.registry,
      source: new PrometheusSource(client),
      router: { setCanaryWeight: (m, p) => server.setCanaryPercent(m, p) },
      steps: s.canary!.steps,
      intervalMs: 1500,
      // the SLO's error rate; latency bounded loosely (a shared CI machine must not fail a healthy canary)
      conditions: [
        { metric: "errorRate", max: s.errorRate },
        { metric: "latencyP99Ms", max: 2000 },
      ],
      onStep: (st) => seen.push(st.percent),
    });
    expect(result.outcome).toBe("promoted");
    expect(seen).toEqual([20, 50, 100]);
    for (const st of result.steps) {
      expect(st.phase).toBe("successful");
      expect(st.canary.requests).toBeGreaterThan(0);
      expect(st.canary.errorRate).toBe(0);
    }
    expect((await reg.registry.resolveAlias("iris", "production"))?.version).toBe(2);
    expect(await reg.registry.resolveAlias("iris", "canary")).toBeUndefined();
    const history = await reg.registry.history("iris");
    const promoted = history.find((e) => e.alias === "production" && e.to === 2);
    expect(promoted).toMatchObject({ from: 1, actor: "modelops-monitor" });
    expect(promoted?.reason).toMatch(/canary analysis of iris v2 passed 3 steps \(20, 50, 100%\)/);
    await until("the server to serve v2 as production", () => server.currentVersion("iris") === 2);
  });

  test("a canary that fails its clients is aborted within the steps, traffic returns to stable, git is reverted", async () => {
    // A repository whose last commit is the release merge of v3.
    const repo = await mkdtemp(path.join(tmpdir(), "modelops-revert-"));
    const g = (...args: string[]) =>
      execFileSync("git", args, {
        cwd: repo,
        encoding: "utf8",
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: "t",
          GIT_AUTHOR_EMAIL: "t@x",
          GIT_COMMITTER_NAME: "t",
          GIT_COMMITTER_EMAIL: "t@x",
        },
      }).trim();
    g("init", "-q", "-b", "main");
    await writeFile(path.join(repo, "modelops.yaml"), "features: 4\n");
    g("add", ".");
    g("commit", "-q", "-m", "iris v2");
    g("checkout", "-q", "-b", "new-input");
    await writeFile(path.join(repo, "modelops.yaml"), "features: 5\n");
    g("commit", "-q", "-am", "add sepal_ratio");
    g("checkout", "-q", "main");
    g("merge", "-q", "--no-ff", "new-input", "-m", "Merge pull request #7 from new-input");
    const merge = g("rev-parse", "HEAD");

    await reg.registry.setAlias("iris", "canary", 3, {
      reason: "release iris/v3 as a canary",
      commit: merge,
    });
    await until("the server to load the canary", () => server.currentVersion("iris", "canary") === 3);
    const s = await slo();
    const result = await runCanary({
      model: "iris",
      registry: reg.registry,
      source: new PrometheusSource(client),
      router: { setCanaryWeight: (m, p) => server.setCanaryPercent(m, p) },
      steps: s.canary!.steps,
      intervalMs: 1500,
      conditions: [{ metric: "errorRate", max: s.errorRate }],
      failureLimit: 0,
      revert: (reason) => revertCommit(repo, merge, reason),
    });
    try {
      expect(result.outcome).toBe("aborted");
      expect(result.steps).toHaveLength(1);
      expect(result.steps[0]!.canary.errorRate).toBe(1);
      expect(result.steps[0]!.stable.errorRate).toBe(0);
      expect(result.reason).toMatch(
        /canary analysis of iris v3 failed at step 1\/3 \(20%\): errorRate 100% \(max 5%; stable 0%\)/,
      );
      // Traffic is back on stable: no canary label, every request answered by production v2.
      expect(await reg.registry.resolveAlias("iris", "canary")).toBeUndefined();
      await until(
        "the server to drop the canary",
        () => server.currentVersion("iris", "canary") === undefined,
      );
      for (let i = 0; i < 20; i++) {
        const res = await fetch(`${server.url}/v1/models/iris:predict`, {
          method: "POST",
          body: JSON.stringify({ instances: [IRIS_ROWS[0]] }),
        });
        expect(res.status).toBe(200);
        expect(res.headers.get("x-model-version")).toBe("2");
      }
      // The registry's history says why.
      const last = (await reg.registry.history("iris")).at(-1)!;
      expect(last).toMatchObject({ alias: "canary", from: 3, to: null, actor: "modelops-monitor" });
      expect(last.reason).toBe(result.reason);
      // git tells the truth: a revert commit of the release merge, with the analysis.
      expect(result.revertCommit).toBe(g("rev-parse", "HEAD"));
      const message = g("log", "-1", "--format=%B");
      expect(message).toContain(`This reverts commit ${merge}.`);
      expect(message).toContain(result.reason);
      expect(g("show", "HEAD:modelops.yaml")).toBe("features: 4");
      expect(renderAnalysis(result)).toMatch(/\| 1 \| 20% \| failed \| \d+ \| 100% \|/);
    } finally {
      await rm(repo, { recursive: true, force: true });
    }
  });

  test("modelops monitor status shows versions, traffic, rates, sparklines and the last analysis", async () => {
    const r = await runCli([
      "monitor",
      "status",
      "--registry",
      reg.root,
      "--prometheus",
      prom.url,
      "--minutes",
      "1",
      "--json",
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const [iris] = JSON.parse(r.stdout) as ModelStatus[];
    expect(iris!.model).toBe("iris");
    expect(iris!.labels.find((l) => l.label === "production")).toMatchObject({ version: 2 });
    expect(iris!.requestRate).toBeGreaterThan(0);
    expect(iris!.lastAnalysis?.reason).toMatch(/canary analysis of iris v3 failed at step 1\/3/);
    expect(iris!.history.requestRate.some((v) => v !== undefined && v !== null && v > 0)).toBe(true);
    const text = await runCli([
      "monitor",
      "status",
      "--registry",
      reg.root,
      "--prometheus",
      prom.url,
      "--minutes",
      "1",
    ]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^ {2}production +v2 +traffic/m);
    expect(text.stdout).toMatch(/^ {2}requests +\S+\/s {2}[▁▂▃▄▅▆▇█ ]{30}$/m);
    expect(text.stdout).toMatch(/last canary analysis: \S+ canary analysis of iris v3 failed/);
    const down = await runCli([
      "monitor",
      "status",
      "--registry",
      reg.root,
      "--prometheus",
      "http://127.0.0.1:1",
    ]);
    expect(down.code).toBe(2);
    expect(down.stderr).toMatch(
      /^modelops: error: cannot reach Prometheus at http:\/\/127\.0\.0\.1:1 .*pass --prometheus URL/,
    );
  });
});

describe("anomaly detection attached to a server (modelops serve --prometheus)", () => {
  test("a burst of failing requests turns the error rate anomalous: a gauge and a log line", async () => {
    const lines: string[] = [];
    const monitoring = await serverMonitoring({
      registry: reg.root,
      config: CONFIG,
      prometheus: prom.url,
      signalsEveryMs: 200,
      signalWindow: "2s",
      checkMs: 3_600_000,
      log: (line) => lines.push(line),
    });
    const metrics = new PromRegistry();
    monitoring.registerMetrics(metrics);
    try {
      expect(lines).toContain(
        `anomaly detection: latency p99, error rate and prediction mix read from ${prom.url}`,
      );
      // Warm-up: ten readings of the healthy series (one every 200 ms), counted, not timed: a loaded
      // machine takes longer to make them.
      const anomalies = monitoring.anomalies!;
      const update = anomalies.update.bind(anomalies);
      let readings = 0;
      anomalies.update = (model, version, label, signal, value) => {
        if (model === "iris" && signal === "error_rate") readings++;
        return update(model, version, label, signal, value);
      };
      await until("ten healthy error-rate readings", () => readings >= 12, 60_000);
      expect(monitoring.anomalies!.events.filter((e) => e.signal === "error_rate")).toEqual([]);
      const bad = JSON.stringify({ instances: [{ sepal_length: "not a number" }] });
      await until(
        "the error rate to be flagged",
        async () => {
          await Promise.all(
            Array.from({ length: 20 }, () =>
              fetch(`${server.url}/v1/models/iris:predict`, { method: "POST", body: bad }).then((r) =>
                r.arrayBuffer(),
              ),
            ),
          );
          return monitoring.anomalies!.events.some((e) => e.model === "iris" && e.signal === "error_rate");
        },
        20_000,
      );
      expect(lines.some((l) => /^anomaly: iris v\d+ \(production\) error_rate /.test(l))).toBe(true);
      expect(await metrics.metrics()).toMatch(
        /modelops_anomaly\{model="iris",version="\d+",label="production",signal="error_rate"\} 1/,
      );
    } finally {
      monitoring.stop();
    }
  });
});
