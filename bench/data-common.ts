// Shared by the data benchmarks: a small IDX reader for the Fashion-MNIST files Debian's
// dataset-fashion-mnist installs, the reference runner, and timing helpers.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

export const FASHION = "/usr/share/datasets/fashion-mnist";
export const REFERENCE = new URL("../../shared/reference/sklearn_reference.py", import.meta.url).pathname;

/** IDX3 images as a row-major Float64Array (n x rows*cols), like the reference's float32 matrix. */
export function idxImages(path: string): { n: number; d: number; x: Float64Array } {
  let data: Buffer;
  try {
    data = gunzipSync(readFileSync(path));
  } catch (err) {
    throw new Error(`${path}: ${(err as Error).message} (apt-get install dataset-fashion-mnist)`);
  }
  if (data.readUInt32BE(0) !== 0x803) throw new Error(`${path}: not an IDX3 image file`);
  const n = data.readUInt32BE(4);
  const d = data.readUInt32BE(8) * data.readUInt32BE(12);
  const x = new Float64Array(n * d);
  for (let i = 0; i < n * d; i++) x[i] = data[16 + i]!;
  return { n, d, x };
}

/** Runs the scikit-learn/scipy reference and returns its JSON line. */
export function reference(...args: string[]): Record<string, unknown> {
  const res = spawnSync("/usr/bin/python3", [REFERENCE, ...args], { encoding: "utf8" });
  if (res.status !== 0) {
    throw new Error(
      `reference failed (apt-get install python3-sklearn python3-scipy dataset-fashion-mnist): ${res.stderr}`,
    );
  }
  return JSON.parse(res.stdout.trim().split("\n").at(-1)!);
}

export const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
