/**
 * @jest-environment ./test/support/native-typed-arrays-environment.js
 */
// Serving on onnxruntime: a version whose artifact holds model.onnx runs on it when it is chosen (forced
// here with MODELOPS_INFERENCE=onnx, so no test depends on which engine a loaded machine measures faster),
// says so in the log, the metadata and /metrics, hot-swaps under load without a failed request, and falls
// back to tfjs with a logged reason when onnxruntime-node is absent. Measured (auto), onnxruntime is tried
// after the server is ready and the version switches to it in place when it wins.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "@jest/globals";
import { applyTransform } from "../../pipelines/data/transform.ts";
import { ModelopsError } from "../../pipelines/errors.ts";
import { exportOnnx } from "../../pipelines/onnx/index.ts";
import { workerStats } from "../../pipelines/onnx/worker.ts";
import { sha256Hex } from "../../pipelines/registry/index.ts";
import { type ModelServer, startServer } from "../../pipelines/serve/index.ts";
import { loadVersion } from "../../pipelines/serve/loaded-model.ts";
import { saveModel } from "../../pipelines/train/model-io.ts";
import * as tf from "../../pipelines/train/tf.ts";
import {
  buildModel,
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
const v: TestVersion[] = [];
let server: ModelServer | undefined;
const lines: string[] = [];

/** Like TestRegistry.addVersion, with model.onnx exported (and checked) beside the tfjs files. */
async function addOnnxVersion(seed: number): Promise<TestVersion> {
  const run = path.join(reg.dir, `run-onnx-${seed}`);
  const model = buildModel(IRIS, seed);
  const x = applyTransform(IRIS, IRIS_ROWS);
  const expected = tf.tidy(() => (model.predict(tf.tensor2d(x)) as tf.Tensor).arraySync() as number[][]);
  await saveModel(model, path.join(run, "model"));
  const report = await exportOnnx(model, path.join(run, "model"), {
    x: Float32Array.from(x.flat()),
    n: x.length,
  });
  expect(report.exported).toBe(true);
  model.dispose();
  await writeFile(path.join(run, "model", "preprocessing.json"), JSON.stringify(IRIS));
  await writeFile(path.join(run, "metrics.json"), JSON.stringify({ accuracy: 0.9 }));
  const put = await reg.registry.putArtifact(run);
  const created = await reg.registry.createVersion("iris", {
    key: sha256Hex(`onnx/${seed}`),
    digest: put.digest,
  });
  return { version: created.version, digest: put.digest, expected };
}

async function serve(env: Record<string, string>): Promise<ModelServer> {
  Object.assign(process.env, env);
  lines.length = 0;
  server = await startServer({
    registry: reg.root,
    port: 0,
    pollMs: 20,
    backend: "cpu",
    log: (l) => lines.push(l),
  });
  await until("iris served", () => server!.currentVersion("iris") !== undefined);
  return server;
}

const near = (a: number[][], b: number[][]) =>
  a.every((row, i) => row.every((p, k) => Math.abs(p - b[i]![k]!) < 1e-5));

beforeAll(async () => {
  reg = await TestRegistry.create();
  for (const seed of [11, 12]) v.push(await addOnnxVersion(seed));
  await reg.promote("iris", 1);
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  delete process.env.MODELOPS_INFERENCE;
  delete process.env.MODELOPS_ONNXRUNTIME;
  delete process.env.MODELOPS_ONNX_THREADS;
  delete process.env.MODELOPS_ONNX_WORKER;
  await reg.promote("iris", 1);
});

afterAll(async () => {
  await reg?.remove();
});

describe("serving on onnxruntime", () => {
  test("the chosen engine answers, and the log, the metadata and /metrics name it", async () => {
    const s = await serve({ MODELOPS_INFERENCE: "onnx", MODELOPS_ONNX_THREADS: "1" });
    const res = await post(`${s.url}/v1/models/iris:predict`, { instances: IRIS_ROWS });
    expect(res.status).toBe(200);
    expect(near(res.body.predictions as number[][], v[0]!.expected)).toBe(true);
    expect(lines).toContain("iris v1: inference on onnxruntime (1 thread) (MODELOPS_INFERENCE=onnx)");
    const meta = await get(`${s.url}/v1/models/iris/metadata`);
    expect((meta.body.metadata as { modelops: { inference: unknown } }).modelops.inference).toEqual({
      backend: "onnxruntime (1 thread)",
      reason: "MODELOPS_INFERENCE=onnx",
    });
    expect((await get(`${s.url}/v2/models/iris`)).body.platform).toBe("onnxruntime_onnx");
    const gauge = parseMetrics(await s.metrics()).filter((m) => m.name === "modelops_inference_backend");
    expect(gauge).toContainEqual({
      name: "modelops_inference_backend",
      labels: { model: "iris", version: "1", backend: "onnxruntime (1 thread)" },
      value: 1,
    });
  });

  test.each([
    ["on the main thread", "off"],
    ["on the worker thread", "on"],
  ])(
    "promoting v2 under load on onnxruntime %s: no failed request, answers move to v2",
    async (_, worker) => {
      const s = await serve({ MODELOPS_INFERENCE: "onnx", MODELOPS_ONNX_WORKER: worker });
      const onWorker = workerStats.batches;
      let running = true;
      let ok = 0;
      const failures: string[] = [];
      const seen: number[] = [];
      const loops = Array.from({ length: 4 }, async () => {
        while (running) {
          const res = await post(`${s.url}/v1/models/iris:predict`, { instances: IRIS_ROWS });
          const p = res.body.predictions as number[][];
          const which = v.find((x) => res.status === 200 && near(p, x.expected));
          if (!which) failures.push(`${res.status} ${JSON.stringify(res.body)}`);
          else seen.push(which.version);
          ok++;
        }
      });
      await until("some v1 answers", () => ok >= 40);
      await reg.promote("iris", 2);
      await until("v2 served", () => s.currentVersion("iris") === 2);
      const after = ok;
      await until("answers after the swap", () => ok >= after + 40);
      running = false;
      await Promise.all(loops);
      expect(failures).toEqual([]);
      expect(seen[0]).toBe(1);
      expect(seen.at(-1)).toBe(2);
      expect(lines.some((l) => l.startsWith("iris v2: inference on onnxruntime"))).toBe(true);
      // The batches ran where the setting says (the worker answers once it has loaded the model).
      if (worker === "on") expect(workerStats.batches).toBeGreaterThan(onWorker);
      else expect(workerStats.batches).toBe(onWorker);
    },
  );

  test("auto: ready on tfjs, then onnxruntime is measured and the reason gives each engine's time per row", async () => {
    await serve({});
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^iris v1: serving on (predict|fused|layers) until onnxruntime is measured \(after ready\)$/,
      ),
    );
    await until("the engine decision", () => lines.some((l) => l.startsWith("iris v1: inference on ")));
    const line = lines.find((l) => l.startsWith("iris v1: inference on "));
    expect(line).toMatch(/\(fastest at batch 1 and \d+: .*(predict|fused|layers) [\d.]+ µs\/row.*\)$/);
    expect(line).toMatch(/onnxruntime \(1 thread\) [\d.]+ µs\/row/);
  });

  test("a switch to onnxruntime after ready, under load: no failed request; log, metadata and /metrics follow", async () => {
    const s = await serve({ MODELOPS_ONNX_THREADS: "1" });
    // Loaded on auto, so the trial was deferred; it reads the setting when it runs (after ready), and onnx
    // there forces the switch whatever this machine measures: the switch itself is what is tested.
    process.env.MODELOPS_INFERENCE = "onnx";
    let running = true;
    let ok = 0;
    const failures: string[] = [];
    const loops = Array.from({ length: 4 }, async () => {
      while (running) {
        const res = await post(`${s.url}/v1/models/iris:predict`, { instances: IRIS_ROWS });
        if (res.status !== 200 || !near(res.body.predictions as number[][], v[0]!.expected)) {
          failures.push(`${res.status} ${JSON.stringify(res.body)}`);
        }
        ok++;
      }
    });
    const switched = "iris v1: inference on onnxruntime (1 thread) (MODELOPS_INFERENCE=onnx)";
    await until("the switch", () => lines.includes(switched));
    const at = ok;
    await until("answers after the switch", () => ok >= at + 40);
    running = false;
    await Promise.all(loops);
    expect(failures).toEqual([]);
    const meta = await get(`${s.url}/v1/models/iris/metadata`);
    expect((meta.body.metadata as { modelops: { inference: unknown } }).modelops.inference).toEqual({
      backend: "onnxruntime (1 thread)",
      reason: "MODELOPS_INFERENCE=onnx",
    });
    expect((await get(`${s.url}/v2/models/iris`)).body.platform).toBe("onnxruntime_onnx");
    const gauge = parseMetrics(await s.metrics()).filter((m) => m.name === "modelops_inference_backend");
    expect(gauge.filter((m) => m.labels.model === "iris" && m.labels.version === "1")).toEqual([
      {
        name: "modelops_inference_backend",
        labels: { model: "iris", version: "1", backend: "onnxruntime (1 thread)" },
        value: 1,
      },
    ]);
  });

  test("a version retired before its deferred trial gets no onnxruntime engine", async () => {
    const loaded = await loadVersion("iris", 1, v[0]!.digest, reg.registry.artifactDir(v[0]!.digest), {
      deferOnnx: true,
    });
    expect(loaded.trial).toBeDefined();
    loaded.retire();
    expect(await loaded.settleEngine()).toBeUndefined();
    expect(loaded.onnx).toBeUndefined();
    expect(loaded.disposed).toBe(true);
  });

  test("model.onnx is covered by the artifact's digest: an edited one is refused, the old version serves", async () => {
    const s = await serve({ MODELOPS_INFERENCE: "onnx" });
    const bad = await addOnnxVersion(13);
    const file = path.join(reg.registry.artifactDir(bad.digest), "model", "model.onnx");
    const bytes = await readFile(file);
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0xff; // same size, one weight changed
    await writeFile(file, bytes);
    await reg.promote("iris", bad.version);
    await until("the refusal", () => lines.some((l) => l.includes(`refused iris v${bad.version}`)));
    expect(lines.find((l) => l.includes(`refused iris v${bad.version}`))).toMatch(
      /model\/model\.onnx was modified \(sha256 mismatch\).*still serving v1$/,
    );
    expect(s.currentVersion("iris")).toBe(1);
  });

  test("a worker thread that cannot start is logged in the server's log; batches go on on the main thread", async () => {
    const broken = await addOnnxVersion(14);
    await reg.promote("iris", broken.version);
    const s = await serve({ MODELOPS_INFERENCE: "onnx", MODELOPS_ONNX_WORKER: "on" });
    await until("the new version served", () => s.currentVersion("iris") === broken.version);
    // The worker opens model.onnx itself on the first batch: make that fail (the loaded session is unharmed).
    await writeFile(path.join(reg.registry.artifactDir(broken.digest), "model", "model.onnx"), "not onnx");
    const answers = [];
    for (let i = 0; i < 3; i++)
      answers.push(await post(`${s.url}/v1/models/iris:predict`, { instances: IRIS_ROWS }));
    await until("the worker's line", () => lines.some((l) => l.includes("worker thread stopped")));
    answers.push(await post(`${s.url}/v1/models/iris:predict`, { instances: IRIS_ROWS }));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    for (const a of answers) expect(near(a.body.predictions as number[][], broken.expected)).toBe(true);
    expect(lines.find((l) => l.includes("worker thread stopped"))).toMatch(
      new RegExp(
        `^iris v${broken.version}: onnxruntime's worker thread stopped \\(.+\\); its batches run on the main thread from now on$`,
      ),
    );
  });

  test.each([
    ["MODELOPS_INFERENCE", "gpu", "set it to auto, tfjs or onnx"],
    ["MODELOPS_ONNX_THREADS", "two", "set it to a whole number of threads (1 or more)"],
    ["MODELOPS_ONNX_WORKER", "yes", "set it to on or off"],
    ["MODELOPS_ONNXRUNTIME", "maybe", "set it to off (or on, the default)"],
  ])("%s=%s stops the start with one line, before any model loads", async (name, value, fix) => {
    const start = serve({ [name]: value });
    await expect(start).rejects.toThrow(`${name} is "${value}"; ${fix}`);
    await expect(start).rejects.toBeInstanceOf(ModelopsError);
    expect(lines).toEqual([]);
  });

  test("without onnxruntime-node the server serves on tfjs and logs why", async () => {
    const s = await serve({ MODELOPS_ONNXRUNTIME: "off" });
    const res = await post(`${s.url}/v1/models/iris:predict`, { instances: IRIS_ROWS });
    expect(near(res.body.predictions as number[][], v[0]!.expected)).toBe(true);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^iris v1: inference on (predict|fused|layers) \(onnxruntime not used: onnxruntime-node is turned off/,
      ),
    );
  });
});
