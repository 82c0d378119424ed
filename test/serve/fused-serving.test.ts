// On the wasm backend the server runs dense models through the fused forward pass (DenseForward), checked
// against model.predict when the version loads: the same predictions as tfjs, for classification and
// regression, through the batching queue too, and the heap buffers freed with the version.
import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { loadVersion } from "../../pipelines/serve/loaded-model.ts";
import { initBackend } from "../../pipelines/train/backend.ts";
import { HOUSING, HOUSING_ROWS, IRIS, IRIS_ROWS, TestRegistry, type TestVersion } from "./fixture.ts";

let reg: TestRegistry;
let iris: TestVersion;
let housing: TestVersion;

beforeAll(async () => {
  reg = await TestRegistry.create(); // builds the expected predictions with the cpu backend
  iris = await reg.addVersion("iris", IRIS, 1, IRIS_ROWS);
  housing = await reg.addVersion("housing", HOUSING, 2, HOUSING_ROWS);
  await initBackend("wasm");
});
afterAll(async () => {
  await initBackend("cpu");
  await reg.remove();
});

function close(actual: number[], expected: number[]): void {
  actual.forEach((v, i) => {
    expect(Math.abs(v - expected[i]!)).toBeLessThan(1e-5);
  });
}

test("a dense classifier serves through the fused pass with tfjs's predictions", async () => {
  const loaded = await loadVersion("iris", 1, iris.digest, reg.registry.artifactDir(iris.digest), {
    batching: { maxBatchSize: 8, batchTimeoutMicros: 1000, maxEnqueuedBatches: 4 },
  });
  expect(loaded.path).toBe("fused");
  const one = (await loaded.predict(IRIS_ROWS)) as number[][];
  one.forEach((row, i) => {
    close(row, iris.expected[i]!);
  });
  // Concurrent requests merged into one call of the fused pass.
  const many = (await Promise.all(IRIS_ROWS.map((r) => loaded.predict([r])))) as number[][][];
  many.forEach((rows, i) => {
    close(rows[0]!, iris.expected[i]!);
  });
  loaded.retire();
  expect(loaded.disposed).toBe(true);
  expect(loaded.forward).toBeDefined();
  expect(() => loaded.forward!.run(new Float32Array(4), 1)).toThrow("DenseForward used after dispose");
});

test("a dense regressor too", async () => {
  const loaded = await loadVersion("housing", 2, housing.digest, reg.registry.artifactDir(housing.digest));
  expect(loaded.path).toBe("fused");
  const out = (await loaded.predict(HOUSING_ROWS)) as number[];
  close(
    out,
    housing.expected.map((r) => r[0]!),
  );
  loaded.retire();
});
