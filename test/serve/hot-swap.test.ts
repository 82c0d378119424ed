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
const v: TestVersion[] = [];
let tensorsBeforeStart: number;
let tensorsPerVersion: number;
const lines: string[] = [];

beforeAll(async () => {
  reg = await TestRegistry.create();
  for (const seed of [1, 2, 3]) v.push(await reg.addVersion("iris", IRIS, seed, IRIS_ROWS));
  await reg.promote("iris", 1);
  tensorsBeforeStart = tf.memory().numTensors;
  server = await startServer({
    registry: reg.root,
    port: 0,
    pollMs: 20,
    backend: "cpu",
    log: (l) => lines.push(l),
  });
  tensorsPerVersion = tf.memory().numTensors - tensorsBeforeStart;
});

afterAll(async () => {
  await server?.close();
  await reg?.remove();
});

const near = (a: number[][], b: number[][]) =>
  a.every((row, i) => row.every((p, k) => Math.abs(p - b[i]![k]!) < 1e-6));

/** Which version answered, by its predictions (every version has its own weights). */
function whichVersion(predictions: number[][]): number | undefined {
  const i = v.findIndex((x) => near(predictions, x.expected));
  return i < 0 ? undefined : v[i]!.version;
}

interface Load {
  stop(): Promise<{ ok: number; failures: string[]; perWorker: Array<Array<number | undefined>> }>;
  answered(): number;
}

/** `workers` concurrent clients, each predicting in a loop until stopped. */
function startLoad(workers: number): Load {
  let running = true;
  let ok = 0;
  const failures: string[] = [];
  const perWorker: Array<Array<number | undefined>> = [];
  const loops = Array.from({ length: workers }, async (_, w) => {
    const seen: Array<number | undefined> = [];
    perWorker[w] = seen;
    while (running) {
      try {
        const res = await fetch(`${server.url}/v1/models/iris:predict`, {
          method: "POST",
          body: JSON.stringify({ instances: IRIS_ROWS }),
        });
        const body = (await res.json()) as { predictions: number[][] };
        if (res.status !== 200) {
          failures.push(`${res.status} ${JSON.stringify(body)}`);
          continue;
        }
        const version = whichVersion(body.predictions);
        if (version === undefined) failures.push(`predictions of no version: ${JSON.stringify(body)}`);
        if (String(version) !== res.headers.get("x-model-version")) {
          failures.push(
            `answered by v${version} but X-Model-Version says ${res.headers.get("x-model-version")}`,
          );
        }
        seen.push(version);
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
    await reg.promote("iris", 2);
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
      expect(seen.slice(firstV2).every((x) => x === 2)).toBe(true);
    }
    expect(lines).toContain(`serving iris v2 (production) at ${server.url} (was v1)`);
    expect(lines).toContain(`serving iris v1 (previous) at ${server.url}`);
    const status = await get(`${server.url}/v1/models/iris`);
    expect(status.body.model_version_status).toEqual([
      { version: "1", state: "AVAILABLE", status: { error_code: "OK", error_message: "" } },
      { version: "2", state: "AVAILABLE", status: { error_code: "OK", error_message: "" } },
    ]);
    expect((await get(`${server.url}/v1/models/iris/labels/previous`)).body.model_version_status).toEqual([
      { version: "1", state: "AVAILABLE", status: { error_code: "OK", error_message: "" } },
    ]);
    const gauges = parseMetrics(await server.metrics()).filter((s) => s.name === "modelops_model_version");
    expect(gauges.map((g) => [g.labels.label, g.value]).sort()).toEqual([
      ["previous", 1],
      ["production", 2],
    ]);
    // v1 stays loaded as `previous` (a rollback is then instant); v2 came on top of it
    expect(tf.memory().numTensors).toBe(baseline + tensorsPerVersion);
  });

  test("a rollback to `previous` swaps without loading anything", async () => {
    const before = lines.length;
    await reg.registry.rollback("iris", { reason: "test" });
    await until("v1 serving again", () => server.currentVersion("iris") === 1);
    expect(lines.slice(before)).toContain(`serving iris v1 (production) at ${server.url} (was v2)`);
    await reg.promote("iris", 2);
    await until("v2 serving again", () => server.currentVersion("iris") === 2);
  });

  test("100 swaps under load: no failed request, every old version disposed, tensor count back where it was", async () => {
    const load = startLoad(1);
    // production cycles 2 -> 3 -> 1 -> 2 ...: each move loads, warms and swaps in a version and disposes
    // the one that is neither production nor previous any more.
    let current = 2;
    for (let i = 0; i < 100; i++) {
      const next = (current % 3) + 1;
      await reg.promote("iris", next);
      await until(`swap ${i + 1} to v${next}`, () => server.currentVersion("iris") === next);
      current = next;
    }
    const { failures, ok } = await load.stop();
    expect(failures).toEqual([]);
    expect(ok).toBeGreaterThan(100);
    // production and previous stay loaded, nothing else: every other version was disposed
    expect(server.models().filter((m) => m.model === "iris")).toHaveLength(2);
    expect(tf.memory().numTensors).toBe(tensorsBeforeStart + 2 * tensorsPerVersion);
  }, 120_000);

  test("an artifact that fails its sha256 check is refused; the old version keeps serving", async () => {
    const serving = server.currentVersion("iris")!;
    const bad = await reg.addVersion("iris", IRIS, 4, IRIS_ROWS);
    const weights = path.join(reg.registry.artifactDir(bad.digest), "model", "weights.bin");
    const bytes = await readFile(weights);
    bytes[0] = (bytes[0] ?? 0) ^ 0xff; // same size, different content
    await writeFile(weights, bytes);
    await reg.promote("iris", bad.version);
    await until("the refusal to be logged", () => lines.some((l) => l.includes("refused iris v4")));

    const refusal = lines.find((l) => l.includes("refused iris v4"))!;
    expect(refusal).toMatch(
      new RegExp(
        `^error: refused iris v4 \\(production\\): artifact [0-9a-f]{12}: model/weights\\.bin was modified \\(sha256 mismatch\\);.* still serving v${serving}$`,
      ),
    );
    expect(server.currentVersion("iris")).toBe(serving);
    const res = await post(`${server.url}/v1/models/iris:predict`, { instances: IRIS_ROWS });
    expect(res.status).toBe(200);
    expect(whichVersion(res.body.predictions as number[][])).toBe(serving);
    const status = await get(`${server.url}/v1/models/iris`);
    const versions = status.body.model_version_status as Array<{
      version: string;
      state: string;
      status: { error_message: string };
    }>;
    expect(versions.map((x) => [x.version, x.state])).toEqual([
      [String(serving), "AVAILABLE"],
      ["4", "END"],
    ]);
    expect(versions[1]!.status.error_message).toContain("sha256 mismatch");
    const pinned = await post(`${server.url}/v1/models/iris/versions/4:predict`, { instances: IRIS_ROWS });
    expect(pinned.status).toBe(503);
    expect(pinned.body.error).toContain("sha256 mismatch");

    // rolling back clears the refusal
    await reg.registry.rollback("iris", { reason: "test" });
    await until("the refusal to clear", async () => {
      const s = await get(`${server.url}/v1/models/iris`);
      return !(s.body.model_version_status as Array<{ state: string }>).some((x) => x.state === "END");
    });
    expect(server.currentVersion("iris")).toBe(serving);
  });

  test("a model registered after start is served once promoted, without a restart", async () => {
    expect(server.currentVersion("setosa-only")).toBeUndefined();
    const x = await reg.addVersion("setosa-only", IRIS, 9, IRIS_ROWS);
    await reg.promote("setosa-only", x.version);
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
    const loaded = await loadVersion("iris", 1, v[0]!.digest, reg.registry.artifactDir(v[0]!.digest));
    const held = tf.memory().numTensors;
    expect(held).toBeGreaterThan(before);
    loaded.acquire();
    loaded.acquire();
    const inFlight = loaded.predict(IRIS_ROWS);
    loaded.retire(); // the swap happens while two requests hold it
    expect(loaded.disposed).toBe(false);
    expect(near((await inFlight) as number[][], v[0]!.expected)).toBe(true);
    loaded.release();
    expect(loaded.disposed).toBe(false);
    expect(tf.memory().numTensors).toBe(held);
    loaded.release();
    expect(loaded.disposed).toBe(true);
    expect(tf.memory().numTensors).toBe(before);
    expect(() => loaded.acquire()).toThrow(/after it was disposed/);
  });

  test("a batch queued on a version that is swapped out still runs on it", async () => {
    const loaded = await loadVersion("iris", 1, v[0]!.digest, reg.registry.artifactDir(v[0]!.digest), {
      batching: { maxBatchSize: 64, batchTimeoutMicros: 50_000, maxEnqueuedBatches: 4 },
    });
    const x = loaded.transformRows(IRIS_ROWS);
    loaded.acquire();
    const queued = loaded.infer(x, IRIS_ROWS.length);
    expect(loaded.queueDepth).toBe(3);
    loaded.retire();
    const out = await queued;
    loaded.release();
    expect(loaded.disposed).toBe(true);
    const rows = [0, 1, 2].map((i) => Array.from(out.subarray(i * 3, i * 3 + 3)));
    expect(near(rows, v[0]!.expected)).toBe(true);
  });
});
