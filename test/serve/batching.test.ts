// Dynamic batching: concurrent requests merge into one model call up to maxBatchSize or batchTimeoutMicros,
// and a full queue answers 429 with Retry-After instead of growing.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { Batcher } from "../../pipelines/serve/batcher.ts";
import { HttpError } from "../../pipelines/serve/http-error.ts";
import { type ModelServer, startServer } from "../../pipelines/serve/index.ts";
import { IRIS, IRIS_ARRAYS, parseMetrics, TestRegistry, type TestVersion, until } from "./fixture.ts";

/** A model that doubles its one input, recording the size of every call. */
function doubler(calls: number[]) {
  return (x: Float32Array, n: number) => {
    calls.push(n);
    return x.map((v) => v * 2);
  };
}

describe("Batcher", () => {
  test("requests that arrive together run as one call, each gets its own rows back", async () => {
    const calls: number[] = [];
    const batched: number[] = [];
    const b = new Batcher(
      doubler(calls),
      1,
      1,
      { maxBatchSize: 8, batchTimeoutMicros: 0, maxEnqueuedBatches: 4 },
      (n) => batched.push(n),
    );
    const answers = await Promise.all([1, 2, 3].map((v) => b.submit(Float32Array.of(v, v + 10), 2)));
    expect(answers.map((a) => Array.from(a))).toEqual([
      [2, 22],
      [4, 24],
      [6, 26],
    ]);
    expect(calls).toEqual([6]);
    expect(batched).toEqual([6]);
  });

  test("a full batch runs at once; the rest waits for the next one", async () => {
    const calls: number[] = [];
    const b = new Batcher(
      doubler(calls),
      1,
      1,
      { maxBatchSize: 4, batchTimeoutMicros: 0, maxEnqueuedBatches: 4 },
      () => {},
    );
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => b.submit(Float32Array.of(i), 1)));
    expect(answers.map((a) => a[0])).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18]);
    expect(calls).toEqual([4, 4, 2]);
  });

  test("batchTimeoutMicros holds the first request until more arrive", async () => {
    const calls: number[] = [];
    const b = new Batcher(
      doubler(calls),
      1,
      1,
      { maxBatchSize: 16, batchTimeoutMicros: 100_000, maxEnqueuedBatches: 4 },
      () => {},
    );
    const first = b.submit(Float32Array.of(1), 1);
    // One event-loop turn: where batchTimeoutMicros 0 would already have run the first request alone. A
    // 100 ms timer cannot fire before this check phase, however loaded the machine is.
    await new Promise((r) => setImmediate(r));
    expect(calls).toEqual([]);
    const second = b.submit(Float32Array.of(2), 1);
    expect(b.depth).toBe(2);
    await Promise.all([first, second]);
    expect(calls).toEqual([2]);
  });

  test("a full queue refuses with 429 and a Retry-After; a request that waited too long gets 503", async () => {
    const b = new Batcher(
      doubler([]),
      1,
      1,
      { maxBatchSize: 4, batchTimeoutMicros: 50_000, maxEnqueuedBatches: 1 },
      () => {},
      10,
    );
    const queued = b.submit(Float32Array.of(1, 2, 3), 3);
    let refused: unknown;
    try {
      await b.submit(Float32Array.of(1, 2), 2);
    } catch (err) {
      refused = err;
    }
    expect(refused).toBeInstanceOf(HttpError);
    expect((refused as HttpError).statusCode).toBe(429);
    expect((refused as HttpError).retryAfter).toBeGreaterThanOrEqual(1);
    expect((refused as HttpError).message).toMatch(
      /^the server is busy: 3 rows are queued for this model \(limit 4\)/,
    );
    // queued for 50 ms with a 10 ms queue timeout
    await expect(queued).rejects.toMatchObject({ statusCode: 503 });
  });

  test("a model call that throws fails every request of its batch, and the next batch runs", async () => {
    let fail = true;
    const b = new Batcher(
      (x) => {
        if (fail) throw new Error("boom");
        return x;
      },
      1,
      1,
      { maxBatchSize: 8, batchTimeoutMicros: 0, maxEnqueuedBatches: 4 },
      () => {},
    );
    const results = await Promise.allSettled([
      b.submit(Float32Array.of(1), 1),
      b.submit(Float32Array.of(2), 1),
    ]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    fail = false;
    expect(Array.from(await b.submit(Float32Array.of(3), 1))).toEqual([3]);
  });

  test("a model call that runs off-thread holds the queue: what arrives meanwhile is the next batch, sent as the call returns", async () => {
    const calls: number[] = [];
    const running: Array<() => void> = [];
    // Each call returns a promise the test settles, as onnxruntime's worker thread does.
    const offThread = (x: Float32Array, n: number) => {
      calls.push(n);
      return new Promise<Float32Array>((resolve) => running.push(() => resolve(x.map((v) => v * 2))));
    };
    const b = new Batcher(
      offThread,
      1,
      1,
      { maxBatchSize: 8, batchTimeoutMicros: 0, maxEnqueuedBatches: 4 },
      () => {},
    );
    const first = b.submit(Float32Array.of(1), 1);
    await until("the call to start", () => running.length === 1);
    const later = [2, 3, 4].map((v) => b.submit(Float32Array.of(v), 1));
    // The first call has not returned: nothing else runs, however many turns pass.
    for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
    expect(calls).toEqual([1]);
    expect(b.depth).toBe(3);
    // A two-stage pipeline: the queued batch is sent before the returned one is answered.
    let callsWhenAnswered = 0;
    void first.then(() => (callsWhenAnswered = calls.length));
    running.shift()!();
    expect(Array.from(await first)).toEqual([2]);
    expect(callsWhenAnswered).toBe(2);
    expect(calls).toEqual([1, 3]);
    running.shift()!();
    expect((await Promise.all(later)).map((a) => a[0])).toEqual([4, 6, 8]);
  });

  test("an off-thread call that fails fails its batch only; the requests queued meanwhile run next", async () => {
    const calls: number[] = [];
    let fail: ((err: Error) => void) | undefined;
    const b = new Batcher(
      (x, n) => {
        calls.push(n);
        if (calls.length > 1) return Promise.resolve(x);
        return new Promise<Float32Array>((_, reject) => (fail = reject));
      },
      1,
      1,
      { maxBatchSize: 8, batchTimeoutMicros: 0, maxEnqueuedBatches: 4 },
      () => {},
    );
    const first = b.submit(Float32Array.of(1), 1);
    await until("the call to start", () => fail !== undefined);
    const queued = [2, 3].map((v) => b.submit(Float32Array.of(v), 1));
    fail!(new Error("onnxruntime's worker thread stopped"));
    await expect(first).rejects.toThrow("worker thread stopped");
    expect((await Promise.all(queued)).map((a) => a[0])).toEqual([2, 3]);
    expect(calls).toEqual([1, 2]);
  });
});

describe("batching in the server", () => {
  let reg: TestRegistry;
  let server: ModelServer;
  let iris: TestVersion;

  beforeAll(async () => {
    reg = await TestRegistry.create();
    iris = await reg.addVersion("iris", IRIS, 7, IRIS_ARRAYS);
    await reg.promote("iris", iris.version);
    server = await startServer({
      registry: reg.root,
      port: 0,
      backend: "cpu",
      log: () => {},
      // A batch runs only when its 8 rows are there (the timeout is far beyond any test): what runs together
      // is decided by what the tests send, not by how fast a loaded machine delivers it.
      overrides: { batching: { maxBatchSize: 8, batchTimeoutMicros: 600_000_000, maxEnqueuedBatches: 1 } },
    });
  });

  afterAll(async () => {
    await server?.close();
    await reg?.remove();
  });

  const predict = (rows: number[][]) =>
    fetch(`${server.url}/v1/models/iris:predict`, {
      method: "POST",
      body: JSON.stringify({ instances: rows }),
    });

  test("concurrent requests share a model call and each gets its own predictions", async () => {
    const rows = Array.from({ length: 8 }, (_, i) => IRIS_ARRAYS[i % 3]!);
    const replies = await Promise.all(rows.map((row) => predict([row])));
    const bodies = await Promise.all(replies.map((r) => r.json() as Promise<{ predictions: number[][] }>));
    bodies.forEach((b, i) => {
      b.predictions[0]!.forEach((p, k) => {
        expect(p).toBeCloseTo(iris.expected[i % 3]![k]!, 6);
      });
    });
    const samples = parseMetrics(await server.metrics());
    const count = samples.find((s) => s.name === "modelops_batch_size_count")?.value;
    const sum = samples.find((s) => s.name === "modelops_batch_size_sum")?.value;
    expect([count, sum]).toEqual([1, 8]); // eight requests, one call of eight rows
  });

  test("a full queue answers 429 with Retry-After; what was queued is still answered", async () => {
    const six = [...IRIS_ARRAYS, ...IRIS_ARRAYS];
    const first = predict(six); // 6 of 8 rows: waits for two more
    await until("the first request to wait in the queue", async () => (await queueDepth()) === 6);
    const refused = await predict(IRIS_ARRAYS); // 6 + 3 > 8
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(((await refused.json()) as { error: string }).error).toMatch(/^the server is busy/);
    const filler = predict(IRIS_ARRAYS.slice(0, 2)); // 6 + 2 = 8: the batch runs
    expect((await first).status).toBe(200);
    expect((await filler).status).toBe(200);
    const samples = parseMetrics(await server.metrics());
    expect(
      samples.find(
        (s) => s.name === "modelops_request_errors_total" && s.labels.code === "RESOURCE_EXHAUSTED",
      )?.value,
    ).toBe(1);
  });

  async function queueDepth(): Promise<number | undefined> {
    const samples = parseMetrics(await server.metrics());
    return samples.find((s) => s.name === "modelops_queue_depth" && s.labels.model === "iris")?.value;
  }
});
