// The data-parallel path's heap updater (Adam/AdamW, SGD, momentum as kernel calls on the wasm heap) against
// tfjs's optimizers on the same variables and gradients: the same weights after several steps, AdamW's decay
// on kernels only, the variables' buffers replaced rather than changed in place (unless asked), and the replicas'
// gradients summed on the heap.
import { beforeAll, describe, expect, test } from "@jest/globals";
import seedrandom from "seedrandom";
import { initBackend } from "../../pipelines/train/backend.ts";
import { applyFlat, flatUpdater, makeOptimizer, sumParts } from "../../pipelines/train/optimizers.ts";
import type { OptimizerSpec } from "../../pipelines/train/parallel.ts";
import * as tf from "../../pipelines/train/tf.ts";

beforeAll(async () => {
  await initBackend("wasm");
});

const SHAPES = [[7, 5], [5], [3, 3, 2, 4]];

function variables(seed: string, name = seed): tf.Variable[] {
  const rng = seedrandom(seed);
  return SHAPES.map((shape, i) =>
    tf.variable(
      tf.tensor(
        Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => rng() * 2 - 1),
        shape,
      ),
      true,
      `${name}-w${i}`,
    ),
  );
}

function gradients(step: number): Float32Array[] {
  const rng = seedrandom(`grads:${step}`);
  return SHAPES.map((shape) =>
    Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => (rng() - 0.5) * 0.2),
  );
}

describe("flatUpdater on wasm", () => {
  const specs: OptimizerSpec[] = [
    { name: "adam", learningRate: 0.01 },
    { name: "adamw", learningRate: 0.01, weightDecay: 0.1 },
    { name: "sgd", learningRate: 0.1 },
    { name: "momentum", learningRate: 0.05 },
  ];
  test.each(specs)("$name: the same weights as tfjs's optimizer after 6 steps", (spec) => {
    // The same starting values under other names (tfjs optimizers key their state by variable name).
    const mine = variables(spec.name, `${spec.name}-heap`);
    const theirs = variables(spec.name, `${spec.name}-tfjs`);
    const updater = flatUpdater(makeOptimizer(spec), spec, mine);
    const optimizer = makeOptimizer(spec);
    const before = mine.map((v) => v.dataId);
    for (let step = 1; step <= 6; step++) {
      const lr = spec.learningRate / step; // a schedule: the rate changes between steps
      updater.apply(gradients(step), lr);
      applyFlat(optimizer, spec, theirs, gradients(step), lr);
    }
    mine.forEach((v, i) => {
      expect(v.dataId).not.toBe(before[i]); // new buffers, never written in place
      const a = v.dataSync();
      const b = theirs[i]!.dataSync();
      for (let j = 0; j < a.length; j++)
        expect(Math.abs(a[j]! - b[j]!)).toBeLessThan(1e-5 + 1e-4 * Math.abs(b[j]!));
    });
    updater.dispose();
    optimizer.dispose();
    tf.dispose([...mine, ...theirs]);
  });

  test("adamw decays kernels, not biases: with zero gradients only rank >= 2 weights shrink", () => {
    const spec: OptimizerSpec = { name: "adamw", learningRate: 0.1, weightDecay: 0.5 };
    const vars = variables("decay");
    const start = vars.map((v) => Array.from(v.dataSync()));
    const updater = flatUpdater(makeOptimizer(spec), spec, vars);
    updater.apply(
      SHAPES.map((s) => new Float32Array(s.reduce((a, b) => a * b, 1))),
      0.1,
    );
    expect(Array.from(vars[0]!.dataSync())[0]).toBeCloseTo(start[0]![0]! * (1 - 0.1 * 0.5), 6);
    expect(Array.from(vars[1]!.dataSync())).toEqual(start[1]);
    updater.dispose();
    tf.dispose(vars);
  });

  test("applySum adds the replicas' gradients in rank order, bit for bit like sumParts; in place when asked", () => {
    const spec: OptimizerSpec = { name: "adam", learningRate: 0.01 };
    // Three replicas' parts: every variable's gradients one after the other.
    const parts = [1, 2, 3].map((r) => {
      const flat = gradients(10 + r);
      const all = new Float32Array(flat.reduce((n, g) => n + g.length, 0));
      let at = 0;
      for (const g of flat) {
        all.set(g, at);
        at += g.length;
      }
      return all;
    });
    const summed = variables("sum", "sum-summed");
    const inPlace = variables("sum", "sum-inplace");
    const reference = variables("sum", "sum-reference");
    const a = flatUpdater(makeOptimizer(spec), spec, summed);
    const b = flatUpdater(makeOptimizer(spec), spec, inPlace, true);
    const c = flatUpdater(makeOptimizer(spec), spec, reference);
    const buffers = inPlace.map((v) => v.dataId);
    for (let step = 0; step < 3; step++) {
      a.applySum(parts, 0.01);
      b.applySum(parts, 0.01);
      c.apply(sumParts(parts, reference), 0.01);
    }
    inPlace.forEach((v, i) => {
      expect(v.dataId).toBe(buffers[i]); // written in place
      expect(Array.from(v.dataSync())).toEqual(Array.from(reference[i]!.dataSync()));
      expect(Array.from(summed[i]!.dataSync())).toEqual(Array.from(reference[i]!.dataSync()));
    });
    for (const u of [a, b, c]) u.dispose();
    tf.dispose([...summed, ...inPlace, ...reference]);
  });
});
