import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { initBackend } from "../../pipelines/train/backend.ts";
import { loadModel, saveModel } from "../../pipelines/train/model-io.ts";
import * as tf from "../../pipelines/train/tf.ts";

let root: string;
beforeAll(async () => {
  await initBackend("wasm");
  root = await mkdtemp(path.join(tmpdir(), "modelops-model-io-"));
});
afterAll(() => rm(root, { recursive: true, force: true }));

function smallModel(): tf.LayersModel {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [3], units: 4, activation: "relu" }));
  model.add(tf.layers.dense({ units: 2, activation: "softmax" }));
  return model;
}

function predict(model: tf.LayersModel, rows: number[][]): number[][] {
  return tf.tidy(() => (model.predict(tf.tensor2d(rows)) as tf.Tensor).arraySync() as number[][]);
}

describe("saveModel / loadModel", () => {
  test("writes the standard tfjs layers files and reads back a model with identical predictions", async () => {
    const dir = path.join(root, "ok");
    const model = smallModel();
    await saveModel(model, dir);
    const json = JSON.parse(await readFile(path.join(dir, "model.json"), "utf8"));
    expect(Object.keys(json)).toEqual([
      "modelTopology",
      "format",
      "generatedBy",
      "convertedBy",
      "weightsManifest",
    ]);
    expect(json.format).toBe("layers-model");
    expect(json.convertedBy).toBeNull();
    expect(json.generatedBy).toMatch(/^TensorFlow\.js tfjs-layers v4\./);
    expect(json.modelTopology.class_name).toBe("Sequential");
    expect(json.weightsManifest).toHaveLength(1);
    expect(json.weightsManifest[0].paths).toEqual(["weights.bin"]);
    expect(json.weightsManifest[0].weights.map((w: { shape: number[] }) => w.shape)).toEqual([
      [3, 4],
      [4],
      [4, 2],
      [2],
    ]);
    expect((await readFile(path.join(dir, "weights.bin"))).byteLength).toBe((12 + 4 + 8 + 2) * 4);

    const rows = [
      [0.1, -2, 3],
      [1, 1, 1],
    ];
    const loaded = await loadModel(dir);
    expect(predict(loaded, rows)).toEqual(predict(model, rows));
    model.dispose();
    loaded.dispose();
  });

  test("a folder without model.json is a clear error", async () => {
    await expect(loadModel(path.join(root, "nothing-here"))).rejects.toThrow(
      /^no model at .*nothing-here: cannot read model\.json \(ENOENT\); train the model first/,
    );
  });

  test("missing, truncated or garbled files are clear errors", async () => {
    const dir = path.join(root, "broken");
    const model = smallModel();
    await saveModel(model, dir);
    model.dispose();
    const weights = await readFile(path.join(dir, "weights.bin"));

    await writeFile(path.join(dir, "weights.bin"), weights.subarray(0, 10));
    await expect(loadModel(dir)).rejects.toThrow(
      /model\.json is not a usable tfjs layers model: its weights manifest describes 104 bytes but the weight files hold 10 bytes; save the model again/,
    );

    await rm(path.join(dir, "weights.bin"));
    await expect(loadModel(dir)).rejects.toThrow(
      /is incomplete: cannot read weights\.bin named in model\.json \(ENOENT\)/,
    );

    await writeFile(path.join(dir, "weights.bin"), weights);
    await writeFile(path.join(dir, "model.json"), '{"modelTopology": ');
    await expect(loadModel(dir)).rejects.toMatchObject({
      name: "ModelopsError",
      message: expect.stringMatching(/model\.json is not a usable tfjs layers model: it is not valid JSON/),
    });
  });
});
