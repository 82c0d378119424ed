/**
 * @jest-environment ./test/support/native-typed-arrays-environment.js
 */
// ONNX export of the model families modelops trains: each exported graph, run by onnxruntime-node, gives
// tfjs's outputs within 1e-5; a layer with no ONNX mapping leaves no model.onnx and a one-line reason.
import { mkdtemp, readFile, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "@jest/globals";
import seedrandom from "seedrandom";
import { modelSchema } from "../../pipelines/config/schema.ts";
import { measureLatency } from "../../pipelines/evaluate/latency.ts";
import { exportOnnx, ONNX_FILE, ONNX_REPORT, onnxRuntime } from "../../pipelines/onnx/export.ts";
import { initBackend } from "../../pipelines/train/backend.ts";
import { loadModel, saveModel } from "../../pipelines/train/model-io.ts";
import { buildNetwork } from "../../pipelines/train/models/index.ts";
import * as tf from "../../pipelines/train/tf.ts";

const spec = (model: Record<string, unknown>) =>
  modelSchema.parse({
    task: "classification",
    data: { target: "y", train: { format: "csv", path: "x.csv" } },
    model,
  }).model;

/** Seeded weights everywhere (biases, batch-norm statistics too), so no mapping hides behind a zero. */
function randomise(model: tf.LayersModel, seed: string): void {
  const rng = seedrandom(seed);
  for (const layer of model.layers) {
    const weights = layer.getWeights().map((w, k) => {
      const v = Float32Array.from({ length: w.size }, () => (rng() - 0.5) * 0.6);
      if (layer.getClassName() === "BatchNormalization" && k === 3)
        for (let i = 0; i < v.length; i++) v[i] = 0.5 + Math.abs(v[i]!);
      return tf.tensor(v, w.shape);
    });
    layer.setWeights(weights);
    tf.dispose(weights);
  }
}

function rows(n: number, width: number, seed: string): { x: Float32Array; n: number } {
  const rng = seedrandom(seed);
  return { x: Float32Array.from({ length: n * width }, () => rng()), n };
}

async function exported(model: Record<string, unknown>, inputWidth: number, sampleShape?: number[]) {
  const built = buildNetwork({
    spec: spec(model),
    inputWidth,
    ...(sampleShape ? { sampleShape } : {}),
    task: "classification",
    numClasses: 3,
    seed: 7,
  });
  randomise(built, JSON.stringify(model));
  const dir = await mkdtemp(join(tmpdir(), "onnx-"));
  // Export what the server loads: the saved model read back (a CNN comes back as a functional model).
  await saveModel(built, dir);
  built.dispose();
  const loaded = await loadModel(dir);
  const lines: string[] = [];
  const check = rows(64, inputWidth, "rows");
  const report = await exportOnnx(loaded, dir, check, (l) => lines.push(l));
  return { dir, report, lines, loaded, check };
}

beforeAll(async () => {
  await initBackend("wasm");
});

describe("exportOnnx", () => {
  test.each([
    ["the iris-shaped MLP", { architecture: "mlp", dense: [16, 8], activation: "relu", dropout: 0.2 }, 4],
    [
      "the Fashion-MNIST CNN (conv, max pooling, dropout, dense)",
      { architecture: "cnn", filters: [4, 8], dense: [16], dropout: 0.25 },
      28 * 28,
    ],
    [
      "a CNN with batch norm, same padding, average pooling",
      { architecture: "cnn", filters: [4], batchNorm: true, padding: "same", pooling: "avg", dense: [8] },
      10 * 10,
    ],
    [
      "a CNN with two convs a block, global pooling and block dropout",
      {
        architecture: "cnn",
        filters: [4],
        convsPerBlock: 2,
        globalPooling: true,
        blockDropout: 0.1,
        dense: [],
      },
      10 * 10,
    ],
    ["an LSTM", { architecture: "lstm", units: [6, 5], dense: [4] }, 12],
    ["a GRU", { architecture: "gru", units: [5] }, 12],
    ["a SimpleRNN", { architecture: "rnn", units: [5] }, 12],
  ])("%s: onnxruntime matches tfjs within 1e-5", async (_name, model, width) => {
    const sampleShape = width === 784 ? [28, 28, 1] : width === 100 ? [10, 10, 1] : undefined;
    const { dir, report, lines, loaded, check } = await exported(model, width, sampleShape);
    expect(lines).toEqual([expect.stringMatching(/^onnx: wrote model.onnx/)]);
    expect(report).toMatchObject({ exported: true, checkedRows: 64 });
    expect(report.maxAbsDiff).toBeLessThanOrEqual(1e-5);
    expect(lines[0]).toMatch(/^onnx: wrote model.onnx/);
    // The file on disk, loaded by a fresh session, is the model (not only the bytes checked in memory).
    const ort = await onnxRuntime();
    if (typeof ort === "string") throw new Error(ort);
    const session = await ort.InferenceSession.create(join(dir, ONNX_FILE));
    const shape = loaded.inputs[0]!.shape.slice(1) as number[];
    const out = await session.run({ input: new ort.Tensor("float32", check.x, [check.n, ...shape]) });
    const want = tf.tidy(() =>
      (loaded.predict(tf.tensor(check.x, [check.n, ...shape])) as tf.Tensor).dataSync(),
    );
    const got = out.output!.data as Float32Array;
    expect(got.length).toBe(want.length);
    let max = 0;
    for (let i = 0; i < got.length; i++) max = Math.max(max, Math.abs(got[i]! - want[i]!));
    expect(max).toBeLessThanOrEqual(1e-5);
    await session.release();
    loaded.dispose();
  });

  test("a regression MLP with outputs in the thousands: compared relative to their size", async () => {
    const built = buildNetwork({
      spec: spec({ architecture: "mlp", dense: [16] }),
      inputWidth: 6,
      task: "regression",
      seed: 3,
    });
    randomise(built, "regression");
    const out = built.layers.at(-1)!;
    const [kernel, bias] = out.getWeights();
    out.setWeights([kernel!.mul(2000), bias!.add(5000)]);
    const dir = await mkdtemp(join(tmpdir(), "onnx-"));
    const report = await exportOnnx(built, dir, rows(50, 6, "r"));
    expect(report.exported).toBe(true);
    expect(report.maxAbsDiff).toBeLessThanOrEqual(1e-5);
    built.dispose();
  });

  test("outputs that differ (here NaN on both sides, which compares as a difference): no model.onnx, the reason logged", async () => {
    const built = buildNetwork({
      spec: spec({ architecture: "mlp", dense: [4] }),
      inputWidth: 3,
      task: "classification",
      numClasses: 3,
      seed: 1,
    });
    randomise(built, "nan");
    const dir = await mkdtemp(join(tmpdir(), "onnx-"));
    const lines: string[] = [];
    const check = { x: Float32Array.of(Number.NaN, 1, 2, 3, 4, 5), n: 2 };
    const report = await exportOnnx(built, dir, check, (l) => lines.push(l));
    expect(report).toMatchObject({ exported: false, checkedRows: 2 });
    expect(report.reason).toMatch(/^onnxruntime differs from tfjs by NaN \(> 0\.00001\) on the test split$/);
    expect(lines).toEqual([`onnx: no model.onnx: ${report.reason}`]);
    await expect(stat(join(dir, ONNX_FILE))).rejects.toThrow(/ENOENT/);
    built.dispose();
  });

  test("a layer with no ONNX mapping: no model.onnx, a one-line reason in onnx.json and the log", async () => {
    const { dir, report, lines, loaded } = await exported(
      { architecture: "transformer", dModel: 8, heads: 2, layers: 1, ffDim: 8 },
      12,
    );
    expect(report.exported).toBe(false);
    expect(report.reason).toMatch(/^not exportable: layer \S+ \(\w+\) has no ONNX mapping here$/);
    expect(lines).toEqual([`onnx: no model.onnx: ${report.reason}`]);
    await expect(stat(join(dir, ONNX_FILE))).rejects.toThrow(/ENOENT/);
    expect(JSON.parse(await readFile(join(dir, ONNX_REPORT), "utf8"))).toEqual(report);
    loaded.dispose();
  });

  test("evaluation's latency times the engine the server picks for the model", async () => {
    const { dir, loaded } = await exported({ architecture: "mlp", dense: [8] }, 4);
    process.env.MODELOPS_INFERENCE = "onnx";
    process.env.MODELOPS_ONNX_THREADS = "1";
    try {
      const onnx = await measureLatency(loaded, 4, 20, [[0.1, 0.2, 0.3, 0.4]], dir);
      expect(onnx.engine).toBe("onnxruntime (1 thread)");
      expect(onnx.p95).toBeGreaterThanOrEqual(onnx.p50);
      process.env.MODELOPS_INFERENCE = "tfjs";
      expect((await measureLatency(loaded, 4, 20, undefined, dir)).engine).toBe("fused");
    } finally {
      delete process.env.MODELOPS_INFERENCE;
      delete process.env.MODELOPS_ONNX_THREADS;
      loaded.dispose();
    }
  });
});
