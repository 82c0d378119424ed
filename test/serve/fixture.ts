// A real registry with tiny real models for the server tests: tfjs models saved with saveModel, a hand-made
// preprocessing.json, stored and registered through the registry API.
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { applyTransform } from "../../pipelines/data/transform.ts";
import type { FittedTransform } from "../../pipelines/data/types.ts";
import { Registry, sha256Hex } from "../../pipelines/registry/index.ts";
import { initBackend } from "../../pipelines/train/backend.ts";
import { saveModel } from "../../pipelines/train/model-io.ts";
import * as tf from "../../pipelines/train/tf.ts";

export const IRIS: FittedTransform = {
  schema: "modelops/preprocessing@1",
  task: "classification",
  features: [
    { name: "sepal_length", scale: { method: "standard", shift: 5.84, divide: 0.83 } },
    { name: "sepal_width", impute: 3.05, scale: { method: "standard", shift: 3.05, divide: 0.43 } },
    { name: "petal_length", scale: { method: "standard", shift: 3.76, divide: 1.76 } },
    { name: "petal_width", scale: { method: "minmax", shift: 0.1, divide: 2.4 } },
  ],
  target: { name: "species", classes: ["setosa", "versicolor", "virginica"] },
};

export const HOUSING: FittedTransform = {
  schema: "modelops/preprocessing@1",
  task: "regression",
  features: [
    { name: "rooms", scale: { method: "standard", shift: 6.2, divide: 0.7 } },
    { name: "age", scale: { method: "minmax", shift: 2.9, divide: 97.1 } },
  ],
  target: { name: "price" },
};

/** Raw client rows, as objects keyed by feature name. */
export const IRIS_ROWS = [
  { sepal_length: 5.1, sepal_width: 3.5, petal_length: 1.4, petal_width: 0.2 },
  { sepal_length: 6.4, sepal_width: 3.2, petal_length: 4.5, petal_width: 1.5 },
  { sepal_length: 6.3, sepal_width: 3.3, petal_length: 6.0, petal_width: 2.5 },
];
/** The same rows as arrays in feature order. */
export const IRIS_ARRAYS = IRIS_ROWS.map((r) => [
  r.sepal_length,
  r.sepal_width,
  r.petal_length,
  r.petal_width,
]);
export const HOUSING_ROWS = [
  { rooms: 6.5, age: 65.2 },
  { rooms: 7.1, age: 20 },
];

export function buildModel(transform: FittedTransform, seed: number): tf.LayersModel {
  const classes = transform.target.classes?.length;
  const model = tf.sequential();
  model.add(
    tf.layers.dense({
      inputShape: [transform.features.length],
      units: 6,
      activation: "tanh",
      kernelInitializer: tf.initializers.glorotUniform({ seed }),
      biasInitializer: tf.initializers.randomNormal({ seed: seed + 1, stddev: 0.5 }),
    }),
  );
  model.add(
    tf.layers.dense({
      units: classes ?? 1,
      activation: classes ? "softmax" : "linear",
      kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 2 }),
    }),
  );
  return model;
}

export interface TestVersion {
  version: number;
  digest: string;
  /** The model's own predictions for `rows` (computed before it was stored, on the transformed rows). */
  expected: number[][];
}

/**
 * Trains nothing: builds a seeded model and saves it as a run folder (`model/` with model.json, weights.bin
 * and preprocessing.json, plus metrics.json), with the model's own predictions for `rows`.
 */
export async function writeRun(
  dir: string,
  transform: FittedTransform,
  seed: number,
  rows: unknown[],
): Promise<{ run: string; expected: number[][] }> {
  const run = path.join(dir, `run-${transform.target.name}-${seed}`);
  const model = buildModel(transform, seed);
  const expected = tf.tidy(() => {
    const x = tf.tensor2d(applyTransform(transform, rows));
    return (model.predict(x) as tf.Tensor).arraySync() as number[][];
  });
  await saveModel(model, path.join(run, "model"));
  model.dispose();
  await writeFile(path.join(run, "model", "preprocessing.json"), JSON.stringify(transform, null, 2));
  await writeFile(path.join(run, "metrics.json"), JSON.stringify({ accuracy: 0.9 }));
  return { run, expected };
}

/** Every file of a run folder by its `/`-separated relative path (what a release carries). */
export async function runFiles(run: string): Promise<Record<string, Buffer>> {
  const out: Record<string, Buffer> = {};
  for (const entry of await readdir(run, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out[path.relative(run, full).split(path.sep).join("/")] = await readFile(full);
  }
  return out;
}

export class TestRegistry {
  private constructor(
    readonly dir: string,
    readonly root: string,
    readonly registry: Registry,
  ) {}

  static async create(): Promise<TestRegistry> {
    await initBackend("cpu"); // the server tests run on cpu (and this silences tfjs's "install tfjs-node" hint)
    const dir = await mkdtemp(path.join(tmpdir(), "modelops-serve-"));
    const root = path.join(dir, ".modelops");
    return new TestRegistry(dir, root, await Registry.open(root));
  }

  /** Trains nothing: builds a seeded model, saves it as a run folder, stores and registers it. */
  async addVersion(
    name: string,
    transform: FittedTransform,
    seed: number,
    rows: unknown[],
    /** The release commit the version records (as `modelops release` does). */
    commit?: string,
  ): Promise<TestVersion> {
    const { run, expected } = await writeRun(path.join(this.dir, name), transform, seed, rows);
    const put = await this.registry.putArtifact(run);
    const v = await this.registry.createVersion(name, {
      key: sha256Hex(`${name}/${seed}`),
      digest: put.digest,
      ...(commit && { commit }),
    });
    return { version: v.version, digest: put.digest, expected };
  }

  async promote(name: string, version: number): Promise<void> {
    await this.registry.promote(name, version, { reason: "test" });
  }

  /**
   * Best effort, at most 10 s: removing a temp folder must not fail a suite. (Once, on a CI run right after
   * `npm ci`, two suites' afterAll hooks hung here past Jest's 60 s; not reproduced since.)
   */
  async remove(): Promise<void> {
    const removed = rm(this.dir, { recursive: true, force: true }).catch(() => {});
    await Promise.race([removed, new Promise((r) => setTimeout(r, 10_000).unref())]);
  }
}

export interface Reply {
  status: number;
  body: Record<string, unknown>;
}

export async function post(url: string, body: unknown, raw = false): Promise<Reply> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: raw ? (body as string) : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

export async function get(url: string): Promise<Reply> {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Waits (polling, up to `ms`) until `check` holds; throws naming `what` otherwise. */
export async function until(
  what: string,
  check: () => boolean | Promise<boolean>,
  ms = 20_000,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Parses the Prometheus text format into samples; throws on a line that is neither comment nor sample. */
export function parseMetrics(
  text: string,
): Array<{ name: string; labels: Record<string, string>; value: number }> {
  const samples: Array<{ name: string; labels: Record<string, string>; value: number }> = [];
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)(?: \d+)?$/.exec(line);
    if (!m) throw new Error(`not a Prometheus sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? "").matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g))
      labels[l[1]!] = l[2]!;
    // Prometheus reads values with Go's ParseFloat: NaN and Inf in any case (prom-client writes "Nan").
    const text = m[3]!;
    const special = /^([+-]?)(inf|infinity|nan)$/i.exec(text);
    const value = special
      ? special[2]!.toLowerCase() === "nan"
        ? Number.NaN
        : (special[1] === "-" ? -1 : 1) * Number.POSITIVE_INFINITY
      : Number(text);
    if (!special && (Number.isNaN(value) || text === "")) throw new Error(`bad sample value: ${line}`);
    samples.push({ name: m[1]!, labels, value });
  }
  return samples;
}

/** A TCP port free now on 127.0.0.1 (for a child process that must be told its port). */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}
