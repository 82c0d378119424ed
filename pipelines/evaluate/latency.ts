// What serving one request costs: batch-1 prediction latency and the size of the saved model.
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { ModelopsError } from "../errors.ts";
import * as tf from "../train/tf.ts";
import { percentile } from "./metrics.ts";

export interface Latency {
  /** Median of the timed batch-1 predictions, in milliseconds. */
  p50: number;
  /** 95th percentile, in milliseconds. */
  p95: number;
}

/**
 * Times `samples` batch-1 predictions, each from building the input tensor to reading the output back (what
 * a request costs the server), after a few untimed warm-up calls. Uses `rows` in turn when given (real test
 * rows), zeros otherwise.
 */
export async function measureLatency(
  model: tf.LayersModel,
  inputDim: number,
  samples: number,
  rows?: readonly number[][],
): Promise<Latency> {
  const zeros = new Array<number>(inputDim).fill(0);
  const rowAt = (i: number) => (rows !== undefined && rows.length > 0 ? rows[i % rows.length]! : zeros);
  const once = async (row: readonly number[]): Promise<number> => {
    const started = performance.now();
    const input = tf.tensor2d(row as number[], [1, inputDim]);
    const output = model.predict(input) as tf.Tensor;
    try {
      await output.data();
    } finally {
      tf.dispose([input, output]);
    }
    return performance.now() - started;
  };
  const warmup = Math.min(samples, 10);
  for (let i = 0; i < warmup; i++) await once(rowAt(i));
  const times: number[] = [];
  for (let i = 0; i < samples; i++) times.push(await once(rowAt(i)));
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
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
