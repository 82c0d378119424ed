// The fused forward pass the model server uses for dense stacks (pipelines/train/dense-forward.ts) against
// tfjs's model.predict on the same weights: every supported activation, with and without bias, dropout
// layers (inactive at inference), softmax and linear outputs, batch sizes that make its buffers grow.
import { beforeAll, describe, expect, test } from "@jest/globals";
import seedrandom from "seedrandom";
import { initBackend } from "../../pipelines/train/backend.ts";
import { DenseForward } from "../../pipelines/train/dense-forward.ts";
import * as tf from "../../pipelines/train/tf.ts";

beforeAll(async () => {
  await initBackend("wasm");
});

function dense(
  inputs: number,
  hidden: Array<{ units: number; activation: string; useBias?: boolean; dropout?: number }>,
  output: { units: number; activation: "softmax" | "linear" },
): tf.Sequential {
  const model = tf.sequential();
  for (const [i, h] of hidden.entries()) {
    model.add(
      tf.layers.dense({
        units: h.units,
        activation: h.activation as "relu",
        useBias: h.useBias ?? true,
        biasInitializer: "randomNormal",
        ...(i === 0 && { inputShape: [inputs] }),
      }),
    );
    if (h.dropout) model.add(tf.layers.dropout({ rate: h.dropout }));
  }
  model.add(tf.layers.dense({ units: output.units, activation: output.activation, biasInitializer: "ones" }));
  return model;
}

function rows(n: number, width: number, seed: string): Float32Array {
  const rng = seedrandom(seed);
  return Float32Array.from({ length: n * width }, () => rng() * 6 - 3);
}

function expectClose(actual: Float32Array, expected: Float32Array): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < actual.length; i++) {
    expect(Math.abs(actual[i]! - expected[i]!)).toBeLessThanOrEqual(1e-6 + 1e-5 * Math.abs(expected[i]!));
  }
}

function predict(model: tf.LayersModel, x: Float32Array, n: number, width: number): Float32Array {
  return tf.tidy(() => (model.predict(tf.tensor2d(x, [n, width])) as tf.Tensor).dataSync() as Float32Array);
}

describe("DenseForward", () => {
  const cases = [
    {
      name: "relu, softmax (the iris MLP)",
      hidden: [
        { units: 16, activation: "relu" },
        { units: 16, activation: "relu" },
      ],
      out: "softmax",
    },
    {
      name: "tanh and sigmoid, regression",
      hidden: [
        { units: 9, activation: "tanh" },
        { units: 5, activation: "sigmoid" },
      ],
      out: "linear",
    },
    {
      name: "elu and selu without bias",
      hidden: [
        { units: 33, activation: "elu", useBias: false },
        { units: 7, activation: "selu" },
      ],
      out: "softmax",
    },
    {
      name: "linear with dropout",
      hidden: [{ units: 64, activation: "linear", dropout: 0.5 }],
      out: "softmax",
    },
  ] as const;

  for (const c of cases) {
    test(`${c.name}: the same outputs as model.predict at batch 1, 5 and 300`, () => {
      const inputs = 11;
      const model = dense(inputs, [...c.hidden], { units: c.out === "softmax" ? 4 : 1, activation: c.out });
      const forward = DenseForward.of(model);
      if (typeof forward === "string") throw new Error(forward);
      try {
        for (const n of [1, 5, 300, 2]) {
          const x = rows(n, inputs, `${c.name}:${n}`);
          expectClose(forward.run(x, n), predict(model, x, n, inputs));
        }
      } finally {
        forward.dispose();
        model.dispose();
      }
    });
  }

  test("softmax rows sum to 1 and keep large logits finite", () => {
    const model = dense(3, [{ units: 8, activation: "relu" }], { units: 5, activation: "softmax" });
    const forward = DenseForward.of(model) as DenseForward;
    const x = Float32Array.from([1e3, -1e3, 500, 0, 0, 0]);
    const out = forward.run(x, 2);
    for (const r of [0, 1]) {
      const row = out.subarray(r * 5, r * 5 + 5);
      expect(row.every(Number.isFinite)).toBe(true);
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    }
    forward.dispose();
    model.dispose();
  });

  test("models it cannot run say why", () => {
    const conv = tf.sequential({
      layers: [tf.layers.conv2d({ inputShape: [4, 4, 1], filters: 2, kernelSize: 2 }), tf.layers.flatten()],
    });
    expect(DenseForward.of(conv)).toBe("a Conv2D layer");
    const sigmoidOut = dense(3, [{ units: 4, activation: "relu" }], { units: 1, activation: "linear" });
    sigmoidOut.add(tf.layers.dense({ units: 2, activation: "sigmoid" }));
    expect(DenseForward.of(sigmoidOut)).toBe("an output activation sigmoid");
    const gelu = dense(3, [{ units: 4, activation: "gelu" }], { units: 2, activation: "softmax" });
    expect(DenseForward.of(gelu)).toMatch(/hidden activation/);
    for (const m of [conv, sigmoidOut, gelu]) m.dispose();
  });

  test("a disposed pass refuses to run, and leaves the model's weights alone", () => {
    const model = dense(2, [{ units: 3, activation: "relu" }], { units: 2, activation: "softmax" });
    const forward = DenseForward.of(model) as DenseForward;
    const before = tf.memory().numTensors;
    forward.dispose();
    expect(() => forward.run(new Float32Array(2), 1)).toThrow("DenseForward used after dispose");
    expect(tf.memory().numTensors).toBe(before);
    expect(predict(model, new Float32Array([1, 2]), 1, 2).length).toBe(2);
    model.dispose();
  });
});
