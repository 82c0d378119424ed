// A model whose preprocessing changes the input width (one-hot encoding of a text feature, then PCA) is
// served from raw client rows and answers exactly what the trained model answers on the prepared rows.

import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "@jest/globals";
import { getModel, loadConfig } from "../../pipelines/config/index.ts";
import { applyTransform } from "../../pipelines/data/transform.ts";
import type { FittedTransform } from "../../pipelines/data/types.ts";
import { Registry } from "../../pipelines/registry/index.ts";
import { readJson, runModel } from "../../pipelines/run/run.ts";
import { startServer } from "../../pipelines/serve/index.ts";
import { loadModel } from "../../pipelines/train/model-io.ts";
import * as tf from "../../pipelines/train/tf.ts";

const CONFIG = `version: 1
models:
  shop:
    task: classification
    data:
      target: bought
      train: { format: csv, path: data.csv }
    preprocess:
      - encode: { method: onehot, columns: [colour] }
      - scale: { method: standard }
      - pca: { components: 2 }
    model: { architecture: mlp, dense: [4] }
    train: { epochs: 3, batchSize: 8, seed: 3 }
    evaluate: { latencySamples: 10 }
`;

describe("serving a model whose preprocessing changes the input width", () => {
  test("raw rows with a text feature are one-hot encoded and projected before the model", async () => {
    const dir = await mkdtemp(join(tmpdir(), "modelops-width-"));
    const colours = ["red", "green", "blue"];
    const rows = ["price,weight,colour,bought"];
    for (let i = 0; i < 60; i++)
      rows.push(`${(i * 7) % 13},${(i * 3) % 5},${colours[i % 3]},${i % 2 ? "yes" : "no"}`);
    await writeFile(join(dir, "data.csv"), `${rows.join("\n")}\n`);
    await writeFile(join(dir, "modelops.yaml"), CONFIG);
    const loaded = await loadConfig(join(dir, "modelops.yaml"));
    const registry = await Registry.open(join(dir, ".modelops"));
    const run = await runModel(
      { configDir: dir, name: "shop", config: getModel(loaded, "shop").config },
      { outDir: join(dir, "run"), registry },
    );
    const version = await registry.createVersion("shop", { key: run.key, digest: run.digest });
    await registry.setAlias("shop", "production", version.version, { reason: "test" });

    const transform = await readJson<FittedTransform>(join(dir, "run", "model", "preprocessing.json"));
    const instance = { price: 4, weight: 2, colour: "green" };
    const model = await loadModel(join(dir, "run", "model"));
    const expected = tf.tidy(() =>
      Array.from((model.predict(tf.tensor2d(applyTransform(transform, [instance]))) as tf.Tensor).dataSync()),
    );
    model.dispose();
    expect(model.inputs[0]?.shape[1]).toBe(2);

    const server = await startServer({ registry: join(dir, ".modelops"), port: 0, log: () => {} });
    try {
      const res = await fetch(`${server.url}/v1/models/shop:predict`, {
        method: "POST",
        body: JSON.stringify({ instances: [instance] }),
      });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { predictions: number[][] };
      expect(body.predictions[0]?.length).toBe(2);
      for (const [i, p] of (body.predictions[0] ?? []).entries()) expect(p).toBeCloseTo(expected[i]!, 5);
      // The signature shows what clients send: the 3 raw features, not the model's 2 inputs.
      const meta = (await (await fetch(`${server.url}/v2/models/shop`)).json()) as {
        inputs: Array<{ shape: number[] }>;
      };
      expect(meta.inputs[0]?.shape).toEqual([-1, 3]);
    } finally {
      await server.close();
    }
  });
});
