import { readFile } from "node:fs/promises";
import { describe, expect, test } from "@jest/globals";
import { CHAINED_OPS_FILE, chainedOpsSource } from "../../pipelines/train/chained-ops-gen.ts";
import * as tf from "../../pipelines/train/tf.ts";

describe("tfjs chained tensor methods without the umbrella package", () => {
  test("the committed tfjs-chained-ops.js is what the generator writes from the installed tfjs-core", async () => {
    // A tfjs upgrade that adds or changes a method fails here until `npm run tfjs:chained-ops` is run.
    expect(await readFile(CHAINED_OPS_FILE, "utf8")).toBe(chainedOpsSource());
  });

  test("methods tfjs-layers and our code call work on the one Tensor class", () => {
    const values = tf.tidy(() => {
      const t = tf.tensor2d([
        [1, -2],
        [3, 4],
      ]);
      return {
        flat: Array.from(t.flatten().dataSync()),
        sum: t.abs().sum().dataSync()[0],
        argMax: Array.from(t.argMax(-1).dataSync()),
        reshaped: t.reshape([4, 1]).shape,
      };
    });
    expect(values).toEqual({ flat: [1, -2, 3, 4], sum: 10, argMax: [0, 1], reshaped: [4, 1] });
  });

  test("an orthogonal initializer (it calls flatten()) builds an LSTM", () => {
    const layer = tf.layers.lstm({ units: 3, inputShape: [2, 4] });
    const model = tf.sequential({ layers: [layer] });
    expect(model.outputs[0]!.shape).toEqual([null, 3]);
    model.dispose();
  });
});
