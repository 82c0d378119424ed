// What serving one request costs: batch-1 prediction latency and the size of the saved model.
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { ModelopsError } from "../errors.ts";
import { chooseEngine, type Engine } from "../onnx/backend.ts";
import { DenseForward } from "../train/dense-forward.ts";
import * as tf from "../train/tf.ts";
import { percentile } from "./metrics.ts";

export interface Latency {
  /** Median of the timed batch-1 predictions, in milliseconds. */
  p50: number;
  /** 95th percentile, in milliseconds. */
  p95: number;
  /** The engine timed: the one the server picks for this model (pipelines/onnx/backend.ts), or tfjs's predict. */
  engine: string;
}

/**
 * Times `samples` batch-1 predictions, each from the input row to the output values (what a request costs
 * the server), after a few untimed warm-up calls. Uses `rows` in turn when given (real test rows), zeros
 * otherwise. With `modelDir` (the saved model), the engine is the one the server would choose for this model
 * at batch 1 (tfjs's fused dense pass or predict, or onnxruntime on model.onnx), so metrics.json's latency is
 * the served latency; without it, tfjs's predict.
 */
export async function measureLatency(
  model: tf.LayersModel,
  inputDim: number,
  samples: number,
  rows?: readonly number[][],
  modelDir?: string,
): Promise<Latency> {
  const { engine, release } = await latencyEngine(model, inputDim, modelDir);
  try {
    const zeros = new Array<number>(inputDim).fill(0);
    const rowAt = (i: number) => (rows !== undefined && rows.length > 0 ? rows[i % rows.length]! : zeros);
    const once = (row: readonly number[]): number => {
      const started = performance.now();
      engine.run(Float32Array.from(row), 1);
      return performance.now() - started;
    };
    const warmup = Math.min(samples, 10);
    for (let i = 0; i < warmup; i++) once(rowAt(i));
    const times: number[] = [];
    for (let i = 0; i < samples; i++) {
      times.push(once(rowAt(i)));
      // Yield now and then, as requests would: timers and I/O of the process are not starved.
      if (i % 50 === 49) await new Promise((r) => setImmediate(r));
    }
    return { p50: percentile(times, 50), p95: percentile(times, 95), engine: engine.name };
  } finally {
    release();
  }
}

async function latencyEngine(
  model: tf.LayersModel,
  inputDim: number,
  modelDir: string | undefined,
): Promise<{ engine: Engine; release: () => void }> {
  const predict: Engine = {
    name: "predict",
    run: (x, n) =>
      tf.tidy(() => {
        const out = model.predict(tf.tensor2d(x, [n, inputDim]));
        return (Array.isArray(out) ? out[0]! : out).dataSync() as Float32Array;
      }),
    dispose() {},
  };
  const fused = DenseForward.of(model);
  const tfjs: Engine =
    typeof fused === "string" ? predict : { name: "fused", run: (x, n) => fused.run(x, n), dispose() {} };
  const release = () => {
    if (typeof fused !== "string") fused.dispose();
  };
  if (modelDir === undefined) return { engine: tfjs, release };
  const sampleShape = model.inputs[0]!.shape.slice(1) as number[];
  const { onnx } = await chooseEngine(tfjs, modelDir, sampleShape, 1);
  if (!onnx) return { engine: tfjs, release };
  return {
    engine: onnx,
    release: () => {
      onnx.dispose();
      release();
    },
  };
}

/** Size of a saved model in MB (1e6 bytes): model.json plus every weight file its manifest names. */
export async function modelSizeMb(dir: string): Promise<number> {
  const jsonPath = path.join(dir, "model.json");
  let manifest: Array<{ paths?: string[] }>;
  let bytes: number;
  try {
    const text = await readFile(jsonPath, "utf8");
    bytes = Buffer.byteLength(text);
    manifest = (JSON.parse(text) as { weightsManifest?: Array<{ paths?: string[] }> }).weightsManifest ?? [];
  } catch (err) {
    throw new ModelopsError(
      `cannot size the model: ${jsonPath} is missing or not JSON; save the model again`,
      2,
      {
        cause: err,
      },
    );
  }
  for (const group of manifest) {
    for (const file of group.paths ?? []) {
      try {
        bytes += (await stat(path.join(dir, file))).size;
      } catch (err) {
        throw new ModelopsError(
          `cannot size the model: ${path.join(dir, file)}, named in model.json, is missing; save the model again`,
          2,
          { cause: err },
        );
      }
    }
  }
  return bytes / 1e6;
}
