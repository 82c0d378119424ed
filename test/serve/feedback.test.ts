import { spawn } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { parseConfig } from "../../pipelines/config/index.ts";
import { type ModelServer, startServer } from "../../pipelines/serve/index.ts";
import { FilePredictionStore } from "../../pipelines/serve/prediction-log.ts";
import { configuredStore } from "../../pipelines/serve/prediction-store.ts";
import { runCli } from "../monitor/cli.ts";
import { HOUSING, HOUSING_ROWS, IRIS, IRIS_ROWS, parseMetrics, TestRegistry } from "./fixture.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../..");
const DRIVER = path.join(here, "cli-driver.ts");

let reg: TestRegistry;
let server: ModelServer;
let logDir: string;

beforeAll(async () => {
  reg = await TestRegistry.create();
  await reg.promote("iris", (await reg.addVersion("iris", IRIS, 7, IRIS_ROWS)).version);
  await reg.promote("housing", (await reg.addVersion("housing", HOUSING, 11, HOUSING_ROWS)).version);
  logDir = path.join(reg.dir, "log");
  server = await startServer({
    registry: reg.root,
    port: 0,
    pollMs: 50,
    backend: "cpu",
    predictionLog: logDir,
    log: () => {},
  });
});

afterAll(async () => {
  await server?.close();
  await reg?.remove();
});

interface Body {
  predictions: unknown[];
  id: string;
  error: string;
  accepted: number;
  refused: number;
  results: Array<{ status: number; error?: string }>;
}

async function send(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Body };
}

async function predictIris(id?: string): Promise<{ id: string; answered: string }> {
  const r = await send(
    `${server.url}/v1/models/iris:predict`,
    { instances: [IRIS_ROWS[0]] },
    id ? { "x-request-id": id } : {},
  );
  expect(r.status).toBe(200);
  const probs = r.body.predictions[0] as number[];
  return {
    id: r.headers.get("x-request-id")!,
    answered: IRIS.target.classes![probs.indexOf(Math.max(...probs))]!,
  };
}

async function online(name: string, labels: Record<string, string>): Promise<number | undefined> {
  const samples = parseMetrics(await server.metrics());
  return samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    ?.value;
}

describe("prediction ids", () => {
  test("a v1 answer carries the client's X-Request-Id, or a new one when it sent none", async () => {
    expect((await predictIris("order-17")).id).toBe("order-17");
    const a = await predictIris();
    const b = await predictIris();
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(b.id).not.toBe(a.id);
  });

  test("a v2 answer names its id in the body, the request's or a new one", async () => {
    const tensor = { name: "input", shape: [1, 4], datatype: "FP32", data: [5.1, 3.5, 1.4, 0.2] };
    const given = await send(`${server.url}/v2/models/iris/infer`, { id: "v2-given", inputs: [tensor] });
    expect(given.body.id).toBe("v2-given");
    const fresh = await send(`${server.url}/v2/models/iris/infer`, { inputs: [tensor] });
    expect(fresh.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(fresh.headers.get("x-request-id")).toBe(fresh.body.id);
  });
});

describe("feedback", () => {
  test("outcomes join their predictions into online accuracy per version", async () => {
    const preds: Array<{ id: string; answered: string }> = [];
    for (let i = 0; i < 4; i++) preds.push(await predictIris(`acc-${i}`));
    const wrong = IRIS.target.classes!.find((c) => c !== preds[3]!.answered)!;
    const r = await send(`${server.url}/v1/models/iris:feedback`, {
      feedback: [
        ...preds.slice(0, 3).map((p) => ({ id: p.id, label: p.answered })),
        { id: preds[3]!.id, label: wrong },
      ],
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ accepted: 4, refused: 0 });
    expect(await online("modelops_online_accuracy", { model: "iris", version: "1", window: "all" })).toBe(
      0.75,
    );
    expect(await online("modelops_online_labelled", { model: "iris", version: "1", window: "1h" })).toBe(4);
  });

  test("each bad item is refused with its own status and reason; the good ones are recorded", async () => {
    const ok = await predictIris("mixed-ok");
    const dup = await predictIris("mixed-dup");
    expect(
      (await send(`${server.url}/v2/models/iris/feedback`, { feedback: [{ id: dup.id, label: "setosa" }] }))
        .status,
    ).toBe(200);
    const r = await send(`${server.url}/v2/models/iris/feedback`, {
      feedback: [
        { id: ok.id, label: ok.answered },
        { id: "never-predicted", label: "setosa" },
        { id: dup.id, label: "virginica" },
        { id: ok.id, label: "virginica" },
        { id: "mixed-ok", label: "daisy" },
        { id: "mixed-ok", value: 1.7 },
        "not an object",
      ],
    });
    expect(r.status).toBe(207);
    const statuses = r.body.results.map((x) => x.status);
    expect(statuses).toEqual([200, 404, 409, 409, 400, 400, 400]);
    expect(r.body.results[1]!.error).toContain('no prediction of model "iris" has id "never-predicted"');
    expect(r.body.results[4]!.error).toContain('label "daisy" is not a class of iris v1');
    expect(r.body.results[5]!.error).toContain('send "label"');
    const store = new FilePredictionStore(logDir);
    const joined = await store.joined("iris", 0);
    await store.close();
    // the duplicate kept its first outcome
    expect(joined.find((j) => j.prediction.id === dup.id)?.outcome.label).toBe("setosa");
    expect(joined.find((j) => j.prediction.id === ok.id)?.outcome.label).toBe(ok.answered);
  });

  test("a request whose items are all refused answers their status; an oversize batch records nothing", async () => {
    const unknown = await send(`${server.url}/v1/models/iris:feedback`, {
      feedback: [{ id: "nope", label: "setosa" }],
    });
    expect(unknown.status).toBe(404);
    const p = await predictIris("oversize-1");
    const items = Array.from({ length: 1001 }, (_, i) => ({ id: i === 0 ? p.id : `x${i}`, label: "setosa" }));
    const big = await send(`${server.url}/v1/models/iris:feedback`, { feedback: items });
    expect(big.status).toBe(413);
    expect(big.body.error).toContain("more than the limit of 1000; nothing was recorded");
    const after = await send(`${server.url}/v1/models/iris:feedback`, {
      feedback: [{ id: p.id, label: "setosa" }],
    });
    expect(after.status).toBe(200);
    const shape = await send(`${server.url}/v1/models/iris:feedback`, { outcomes: [] });
    expect(shape.status).toBe(400);
    expect(shape.body.error).toContain('"feedback" must be an array');
  });

  test("regression outcomes give MAE and RMSE; a label is refused for a regression model", async () => {
    const r = await send(
      `${server.url}/v1/models/housing:predict`,
      { instances: [HOUSING_ROWS[0]] },
      {
        "x-request-id": "house-1",
      },
    );
    const predicted = r.body.predictions[0] as number;
    const fb = await send(`${server.url}/v1/models/housing:feedback`, {
      feedback: [{ id: "house-1", value: predicted + 2 }],
    });
    expect(fb.status).toBe(200);
    expect(
      await online("modelops_online_mae", { model: "housing", version: "1", window: "all" }),
    ).toBeCloseTo(2, 4);
    expect(
      await online("modelops_online_rmse", { model: "housing", version: "1", window: "all" }),
    ).toBeCloseTo(2, 4);
    const bad = await send(`${server.url}/v1/models/housing:feedback`, {
      feedback: [{ id: "house-1", label: "x" }],
    });
    expect(bad.status).toBe(400);
  });
});

describe("modelops monitor performance", () => {
  test("prints each version's online metrics from the log, and JSON with --json", async () => {
    const text = await runCli(["monitor", "performance", "--log", logDir, "-m", "iris"]);
    expect(text.stderr).toBe("");
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/iris\n\s+version\s+window\s+samples\s+accuracy\s+f1_macro/);
    expect(text.stdout).toMatch(/v1\s+all\s+\d+\s+0\.\d{4}/);
    const json = await runCli(["monitor", "performance", "--log", logDir, "--json"]);
    const report = JSON.parse(json.stdout) as Array<{
      model: string;
      versions: Array<{ window: string; samples: number }>;
    }>;
    expect(report.map((r) => r.model)).toEqual(["housing", "iris"]);
    const missing = await runCli(["monitor", "performance", "--log", path.join(reg.dir, "nowhere")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no prediction log at");
  });
});

describe("the embedded log", () => {
  test("keeps within its size bound, dropping the oldest predictions first", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "predlog-"));
    try {
      const store = new FilePredictionStore(dir, { maxBytes: 64 * 1024 });
      for (let i = 0; i < 3000; i++) {
        store.append([
          { id: `p${i}`, model: "m", version: 1, label: "production", time: Date.now(), value: i },
        ]);
      }
      await store.close();
      const bytes = readdirSync(dir).reduce((s, f) => s + statSync(path.join(dir, f)).size, 0);
      expect(bytes).toBeLessThanOrEqual(64 * 1024 + 8 * 1024);
      const again = new FilePredictionStore(dir, { maxBytes: 64 * 1024 });
      const kept = await again.find("m", ["p0", "p2999"]);
      await again.close();
      expect([...kept.keys()]).toEqual(["p2999"]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test("records appended together on the request path are all committed, in order, and read back", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "predlog-"));
    try {
      const store = new FilePredictionStore(dir);
      const record = (i: number) => ({ id: `g${i}`, model: "m", version: 1, label: "", time: 1, value: i });
      await Promise.all([0, 1, 2].map((i) => store.appendGrouped([record(i)])));
      await store.appendGrouped([record(3)]);
      await store.close();
      const again = new FilePredictionStore(dir);
      const all = await again.predictions("m", 0);
      await again.close();
      expect(all.map((p) => p.id)).toEqual(["g0", "g1", "g2", "g3"]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test("a grouped write still waiting when the log closes is written before the file closes", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "predlog-"));
    try {
      const store = new FilePredictionStore(dir);
      store.append([{ id: "first", model: "m", version: 1, label: "", time: 1, value: 0 }]);
      const record = { id: "late", model: "m", version: 1, label: "", time: 1, value: 1 };
      const answered = store.appendGrouped([record]); // the answer waits for this turn's write
      await store.close();
      await answered;
      expect(readdirSync(dir).filter((f) => f.endsWith(".jsonl"))).toHaveLength(1); // no segment reopened after close
      const again = new FilePredictionStore(dir);
      expect([...(await again.find("m", ["first", "late"])).keys()]).toEqual(["first", "late"]);
      await again.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test("forgets predictions older than its age bound", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "predlog-"));
    let now = 1_000_000_000_000;
    try {
      const store = new FilePredictionStore(dir, { maxAgeMs: 10_000, now: () => now });
      store.append([{ id: "old", model: "m", version: 1, label: "", time: now, value: 1 }]);
      now += 20_000;
      store.append([{ id: "new", model: "m", version: 1, label: "", time: now, value: 2 }]);
      expect([...(await store.find("m", ["old", "new"])).keys()]).toEqual(["new"]);
      await store.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test("a kill -9 of the server loses no answered prediction and no accepted outcome", async () => {
    const dir = path.join(reg.dir, "killed-log");
    // node itself with tsx's loader, not the tsx command: that runs the server in a grandchild, which a
    // SIGKILL of the tsx process would leave running.
    const loader = pathToFileURL(path.join(repo, "node_modules/tsx/dist/loader.mjs")).href;
    const child = spawn(
      process.execPath,
      [
        "--import",
        loader,
        DRIVER,
        "serve",
        "--registry",
        reg.root,
        "--port",
        "0",
        "--backend",
        "cpu",
        "--prediction-log",
        dir,
      ],
      { cwd: reg.dir, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
    });
    const exited = new Promise((resolve) => child.on("exit", resolve));
    try {
      let url: string | undefined;
      while (!url) {
        url = /serving iris v1 \(production\) at (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1];
        if (child.exitCode !== null) throw new Error(`server exited: ${stdout}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      const ids: string[] = [];
      for (let i = 0; i < 50; i++) {
        const r = await send(
          `${url}/v1/models/iris:predict`,
          { instances: [IRIS_ROWS[i % 3]] },
          {
            "x-request-id": `k${i}`,
          },
        );
        expect(r.status).toBe(200);
        ids.push(r.headers.get("x-request-id")!);
      }
      const fb = await send(`${url}/v1/models/iris:feedback`, { feedback: [{ id: "k49", label: "setosa" }] });
      expect(fb.status).toBe(200);
      child.kill("SIGKILL");
      await exited;
      expect(() => process.kill(child.pid!, 0)).toThrow(); // the server process itself is gone
    } finally {
      child.kill("SIGKILL");
    }
    const store = new FilePredictionStore(dir);
    const found = await store.find(
      "iris",
      Array.from({ length: 50 }, (_, i) => `k${i}`),
    );
    const joined = await store.joined("iris", 0);
    await store.close();
    expect(found.size).toBe(50);
    expect(joined.map((j) => [j.prediction.id, j.outcome.label])).toEqual([["k49", "setosa"]]);
  });
});

describe("monitor.store in modelops.yaml", () => {
  const config = (store: string) => `version: 1
models:
  iris:
    task: classification
    data:
      target: species
      train: { format: csv, path: data/iris.csv }
    model: { architecture: mlp, dense: [8] }
    monitor: { store: "${store}" }
`;

  test("takes a folder (relative to the config) or a postgres URL, and refuses another scheme at its line", () => {
    const pgUrl = "postgres://modelops@db/modelops";
    expect(configuredStore(parseConfig(config(pgUrl)).config.models, "/repo/modelops.yaml")).toBe(pgUrl);
    expect(configuredStore(parseConfig(config("logs")).config.models, "/repo/modelops.yaml")).toBe(
      "/repo/logs",
    );
    expect(() => parseConfig(config("mysql://db/x"))).toThrow(
      /modelops\.yaml:9:\d+: .*expected a folder or postgres:\/\/USER@HOST\/DB/,
    );
  });

  test("two models naming different stores is one line asking for one", () => {
    const models = { a: { monitor: { store: "x" } }, b: { monitor: { store: "postgres://h/d" } } };
    expect(() => configuredStore(models, "modelops.yaml")).toThrow(
      "modelops.yaml: models name different monitor.store values (a, b)",
    );
  });
});
