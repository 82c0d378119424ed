// One model version in memory: the tfjs model, its fitted transform, and a reference count of the requests
// using it. A hot swap retires the old version; it is disposed when the last request holding it lets go.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { applyTransform, classLabels } from "../data/transform.ts";
import type { FittedTransform } from "../data/types.ts";
import { ModelopsError } from "../errors.ts";
import { loadModel } from "../train/model-io.ts";
import * as tf from "../train/tf.ts";
import { HttpError } from "./http-error.ts";

/** Classification: one probability array per instance, in class order. Regression: one number each. */
export type Predictions = number[][] | number[];

export class LoadedModel {
  #refs = 0;
  #retired = false;
  #disposed = false;
  readonly labels: string[] | undefined;
  readonly inputSize: number;

  constructor(
    readonly name: string,
    readonly version: number,
    readonly digest: string,
    readonly model: tf.LayersModel,
    readonly transform: FittedTransform,
  ) {
    this.labels = classLabels(transform);
    this.inputSize = transform.features.length;
  }

  get refs(): number {
    return this.#refs;
  }
  get disposed(): boolean {
    return this.#disposed;
  }

  /** Takes a reference; pair with release() in a finally. */
  acquire(): this {
    if (this.#disposed) throw new Error(`${this.name} v${this.version} was used after it was disposed`);
    this.#refs++;
    return this;
  }

  release(): void {
    this.#refs--;
    if (this.#retired && this.#refs === 0) this.#dispose();
  }

  /** No new request picks this version any more; it goes away once the requests holding it finish. */
  retire(): void {
    this.#retired = true;
    if (this.#refs === 0) this.#dispose();
  }

  #dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.model.dispose();
  }

  /** Raw client rows -> predictions. Bad rows are a 400 with the transform's one-line message. */
  async predict(instances: unknown[]): Promise<Predictions> {
    let rows: number[][];
    try {
      rows = applyTransform(this.transform, instances);
    } catch (err) {
      if (err instanceof ModelopsError) throw new HttpError(400, err.message);
      throw err;
    }
    const n = rows.length;
    const f = this.inputSize;
    const flat = new Float32Array(n * f);
    for (let i = 0; i < n; i++) flat.set(rows[i]!, i * f);
    const output = tf.tidy(() => {
      const out = this.model.predict(tf.tensor2d(flat, [n, f]));
      return Array.isArray(out) ? out[0]! : out;
    });
    let values: Float32Array | Int32Array | Uint8Array;
    let width: number;
    try {
      width = output.shape.length > 1 ? output.size / n : 1;
      values = (await output.data()) as Float32Array;
    } finally {
      output.dispose();
    }
    if (!this.labels && width === 1) return Array.from(values);
    const predictions = new Array<number[]>(n);
    for (let i = 0; i < n; i++) predictions[i] = Array.from(values.subarray(i * width, (i + 1) * width));
    return predictions;
  }

  /** A raw row every transform accepts: each feature at its training centre (scale shift or impute value). */
  sampleInstance(): Record<string, number> {
    const row: Record<string, number> = {};
    for (const feature of this.transform.features) {
      row[feature.name] = feature.scale?.shift ?? feature.impute ?? 0;
    }
    return row;
  }
}

/**
 * Loads `<dir>/model/` (tfjs layers model + preprocessing.json) and warms it with one prediction of a sample
 * row, so the first client request does not pay for kernel setup and a model that cannot predict is refused
 * before it is served. The caller verifies the artifact's sha256 first.
 */
export async function loadVersion(
  name: string,
  version: number,
  digest: string,
  artifactDir: string,
): Promise<LoadedModel> {
  const modelDir = join(artifactDir, "model");
  const transform = await readTransform(join(modelDir, "preprocessing.json"));
  const model = await loadModel(modelDir);
  const loaded = new LoadedModel(name, version, digest, model, transform);
  try {
    const warm = await loaded.predict([loaded.sampleInstance()]);
    const first = warm[0];
    const width = Array.isArray(first) ? first.length : 1;
    if (loaded.labels && width !== loaded.labels.length) {
      throw new Error(
        `the model outputs ${width} values but preprocessing.json names ${loaded.labels.length} classes`,
      );
    }
  } catch (err) {
    model.dispose();
    throw new Error(`warm-up prediction failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  return loaded;
}

async function readTransform(path: string): Promise<FittedTransform> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, "utf8"));
  } catch (err) {
    throw new Error(`cannot read ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const t = parsed as Partial<FittedTransform> | null;
  if (t?.schema !== "modelops/preprocessing@1" || !Array.isArray(t.features) || !t.target) {
    throw new Error(`${path} is not a modelops/preprocessing@1 file`);
  }
  return t as FittedTransform;
}
