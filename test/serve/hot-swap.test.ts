import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { type ModelServer, startServer } from "../../pipelines/serve/index.ts";
import { loadVersion } from "../../pipelines/serve/loaded-model.ts";
import * as tf from "../../pipelines/train/tf.ts";
import {
  get,
  IRIS,
  IRIS_ROWS,
  parseMetrics,
  post,
  TestRegistry,
  type TestVersion,
  until,
} from "./fixture.ts";

let reg: TestRegistry;
let server: ModelServer;
let v1: TestVersion;
let v2: TestVersion;
let tensorsBeforeStart: number;
const lines: string[] = [];

beforeAll(async () => {
  reg = await TestRegistry.create();
  v1 = await reg.addVersion("iris", IRIS, 1, IRIS_ROWS);
  v2 = await reg.addVersion("iris", IRIS, 2, IRIS_ROWS);
  await reg.promote("iris", v1.version);
  tensorsBeforeStart = tf.memory().numTensors;
  server = await startServer({
    registry: reg.root,
    port: 0,
    pollMs: 20,
    backend: "cpu",
    log: (l) => lines.push(l),
  });
});

afterAll(async () => {
  await server?.close();
  await reg?.remove();
});

const near = (a: number[][], b: number[][]) =>
  a.every((row, i) => row.every((p, k) => Math.abs(p - b[i]![k]!) < 1e-6));

/** Which version answered, by its predictions (v1 and v2 have different weights). */
function whichVersion(predictions: number[][]): 1 | 2 | undefined {
  if (near(predictions, v1.expected)) return 1;
  if (near(predictions, v2.expected)) return 2;
  return undefined;
}

interface Load {
  stop(): Promise<{ ok: number; failures: string[]; perWorker: Array<Array<1 | 2 | undefined>> }>;
  answered(): number;
}

/** `workers` concurrent clients, each predicting in a loop until stopped. */
function startLoad(workers: number): Load {
  let running = true;
  let ok = 0;
  const failures: string[] = [];
  const perWorker: Array<Array<1 | 2 | undefined>> = [];
  const loops = Array.from({ length: workers }, async (_, w) => {
    const seen: Array<1 | 2 | undefined> = [];
    perWorker[w] = seen;
    while (running) {
      try {
        const res = await post(`${server.url}/v1/models/iris:predict`, { instances: IRIS_ROWS });
        if (res.status !== 200) {
          failures.push(`${res.status} ${JSON.stringify(res.body)}`);
          continue;
        }
        const v = whichVersion(res.body.predictions as number[][]);
        if (v === undefined) failures.push(`predictions of neither version: ${JSON.stringify(res.body)}`);
        seen.push(v);
        ok++;
      } catch (err) {
        failures.push(String(err));
      }
    }
  });
  return {
    answered: () => ok,
    async stop() {
      running = false;
      await Promise.all(loops);
      return { ok, failures, perWorker };
    },
  };
}

describe("hot swap", () => {
  test("promoting v2 under load: no failed request, answers move to v2 and stay there", async () => {
    const baseline = tf.memory().numTensors;
    const load = startLoad(8);
    await until("some v1 answers", () => load.answered() >= 40);
    await reg.promote("iris", v2.version);
    await until("the server to serve v2", () => server.currentVersion("iris") === 2);
    const after = load.answered();
    await until("answers after the swap", () => load.answered() >= after + 40);
    const { ok, failures, perWorker } = await load.stop();

    expect(failures).toEqual([]);
    expect(ok).toBeGreaterThan(80);
    for (const seen of perWorker) {
      expect(seen[0]).toBe(1);
      expect(seen.at(-1)).toBe(2);
      // a client that got a v2 answer never gets v1 again: the swap is one pointer move
      const firstV2 = seen.indexOf(2);
      expect(seen.slice(firstV2).every((v) => v === 2)).toBe(true);
    }
    expect(lines).toContain(`serving iris v2 (production) at ${server.url} (was v1)`);
    const status = await get(`${server.url}/v1/models/iris`);
    expect(status.body.model_version_status).toEqual([
      { version: "2", state: "AVAILABLE", status: { error_code: "OK", error_message: "" } },
    ]);
    const gauge = parseMetrics(await server.metrics()).find((s) => s.name === "modelops_model_version");
    expect(gauge?.value).toBe(2);
    // v1 went away once its last request finished: the same number of tensors as before the swap
    expect(tf.memory().numTensors).toBe(baseline);
  });

  test("20 swaps under load leak no tensors", async () => {
    const baseline = tf.memory().numTensors;
    const load = startLoad(4);
    for (let i = 0; i < 20; i++) {
      const target = server.currentVersion("iris") === 1 ? 2 : 1;
      await reg.promote("iris", target);
      await until(`swap ${i + 1} to v${target}`, () => server.currentVersion("iris") === target);
      const seen = load.answered();
      await until("a few answers on the new version", () => load.answered() >= seen + 4);
    }
    const { failures } = await load.stop();
    expect(failures).toEqual([]);
    expect(server.currentVersion("iris")).toBe(2);
    expect(tf.memory().numTensors).toBe(baseline);
  });

  test("an artifact that fails its sha256 check is refused; the old version keeps serving", async () => {
    const bad = await reg.addVersion("iris", IRIS, 3, IRIS_ROWS);
    const weights = path.join(reg.registry.artifactDir(bad.digest), "model", "weights.bin");
    const bytes = await readFile(weights);
    bytes[0] = (bytes[0] ?? 0) ^ 0xff; // same size, different content
    await writeFile(weights, bytes);
    await reg.promote("iris", bad.version);
    await until("the refusal to be logged", () => lines.some((l) => l.includes("refused iris v3")));

    const refusal = lines.find((l) => l.includes("refused iris v3"))!;
    expect(refusal).toMatch(
      /^error: refused iris v3 \(production\): artifact [0-9a-f]{12}: model\/weights\.bin was modified \(sha256 mismatch\);.* still serving v2$/,
    );
    expect(server.currentVersion("iris")).toBe(2);
    const res = await post(`${server.url}/v1/models/iris:predict`, { instances: IRIS_ROWS });
    expect(res.status).toBe(200);
    expect(whichVersion(res.body.predictions as number[][])).toBe(2);
    const status = await get(`${server.url}/v1/models/iris`);
    const versions = status.body.model_version_status as Array<{
      version: string;
      state: string;
      status: { error_message: string };
    }>;
    expect(versions.map((v) => [v.version, v.state])).toEqual([
      ["2", "AVAILABLE"],
      ["3", "END"],
    ]);
    expect(versions[1]!.status.error_message).toContain("sha256 mismatch");

    // rolling back to v2 clears the refusal
    await reg.registry.rollback("iris", { reason: "test" });
    await until("the refusal to clear", async () => {
      const s = await get(`${server.url}/v1/models/iris`);
      return (s.body.model_version_status as unknown[]).length === 1;
    });
    expect(server.currentVersion("iris")).toBe(2);
  });

  test("a model registered after start is served once promoted, without a restart", async () => {
    expect(server.currentVersion("setosa-only")).toBeUndefined();
    const v = await reg.addVersion("setosa-only", IRIS, 9, IRIS_ROWS);
    await reg.promote("setosa-only", v.version);
    await until("the new model to load", () => server.currentVersion("setosa-only") === 1);
    const res = await post(`${server.url}/v1/models/setosa-only:predict`, { instances: IRIS_ROWS });
    expect(res.status).toBe(200);
    expect(lines).toContain(`serving setosa-only v1 (production) at ${server.url}`);
  });

  test("close releases every model", async () => {
    await server.close();
    expect(tf.memory().numTensors).toBe(tensorsBeforeStart);
    await expect(fetch(`${server.url}/v1/models/iris`)).rejects.toThrow();
  });
});

describe("reference counting", () => {
  test("a retired version is disposed only when its last request lets go", async () => {
    const before = tf.memory().numTensors;
    const loaded = await loadVersion("iris", v1.version, v1.digest, reg.registry.artifactDir(v1.digest));
    const held = tf.memory().numTensors;
    expect(held).toBeGreaterThan(before);
    loaded.acquire();
    loaded.acquire();
    const inFlight = loaded.predict(IRIS_ROWS);
    loaded.retire(); // the swap happens while two requests hold it
    expect(loaded.disposed).toBe(false);
    expect(near((await inFlight) as number[][], v1.expected)).toBe(true);
    loaded.release();
    expect(loaded.disposed).toBe(false);
    expect(tf.memory().numTensors).toBe(held);
    loaded.release();
    expect(loaded.disposed).toBe(true);
    expect(tf.memory().numTensors).toBe(before);
    expect(() => loaded.acquire()).toThrow(/after it was disposed/);
  });
});
