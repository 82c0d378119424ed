// The engine trial at load: candidates take turns call by call (a burst of load on a shared machine slows
// them all alike), and the reason names every candidate's figure.
import { expect, test } from "@jest/globals";
import { type Engine, fastest } from "../../pipelines/onnx/backend.ts";

function fake(name: string, order: string[], disposed: string[]): Engine {
  return {
    name,
    run: (_x, n) => {
      order.push(name);
      return new Float32Array(n * 2).fill(0.5);
    },
    dispose: () => disposed.push(name),
  };
}

test("candidates are timed in turns, not one after the other; the losers are disposed", () => {
  const order: string[] = [];
  const disposed: string[] = [];
  const engines = ["predict", "onnxruntime (1 thread)", "onnxruntime (2 threads)"].map((n) =>
    fake(n, order, disposed),
  );
  const { engine, choice } = fastest(engines, 4, [1, 64], "auto");
  const timed = order.slice(4); // after the agreement checks (tfjs and each other engine: 4 calls)
  // Each batch size begins with one warm-up call per candidate; from there the names cycle.
  for (let i = 0; i + 2 < timed.length; i += 3) {
    expect(timed.slice(i, i + 3)).toEqual(["predict", "onnxruntime (1 thread)", "onnxruntime (2 threads)"]);
  }
  expect(timed.length % 3).toBe(0);
  expect(choice.reason).toMatch(/^fastest at batch 1 and 64: /);
  for (const e of engines) expect(choice.reason).toContain(`${e.name} `);
  expect(disposed.sort()).toEqual(
    engines
      .filter((e) => e !== engine)
      .map((e) => e.name)
      .sort(),
  );
});
