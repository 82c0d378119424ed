// Permutation importance of a tabular model's features on the test split (Breiman's, as scikit-learn's
// permutation_importance computes it): the drop of the score when one feature's values are shuffled across
// the rows, which cuts its link to the target and keeps its distribution. A one-hot feature's columns move
// together, so a feature is what the user wrote in the CSV. Seeded, with bounded repeats and rows, so it is
// cheap enough for every pull request; metrics.json keeps it (`importance`), covered by the artifact digest.
import seedrandom from "seedrandom";
import type { FittedTransform } from "../data/types.ts";
import * as tf from "../train/tf.ts";
import { accuracy, argmax, r2 } from "./metrics.ts";

export interface FeatureImportance {
  feature: string;
  /** Mean drop of the score over the repeats (negative: shuffling it helped, i.e. it carries nothing). */
  mean: number;
  /** Standard deviation of the drop over the repeats. */
  std: number;
}

/** metrics.json `importance`: what the PR comment shows for the candidate and production. */
export interface ImportanceReport {
  method: "permutation";
  /** The score whose drop is measured: accuracy (classification) or r2 (regression), as scikit-learn. */
  score: "accuracy" | "r2";
  /** The score on the rows used, unshuffled. */
  baseline: number;
  repeats: number;
  /** Test rows used (a seeded sample when the split has more than the cap). */
  rows: number;
  seed: number;
  /** Largest mean drop first; at most MAX_STORED_FEATURES, so records on GitHub stay small. */
  features: FeatureImportance[];
  /** Features measured (more than `features.length` when the list was cut). */
  total: number;
  /** Time the computation took (BENCHMARKS.md compares it with the whole evaluation). */
  seconds: number;
}

/** The model input columns that make up one user-facing feature. */
export interface FeatureGroup {
  name: string;
  columns: number[];
}

export interface ImportanceOptions {
  groups: FeatureGroup[];
  seed: number;
  /** Shuffles per feature; default DEFAULT_REPEATS. */
  repeats?: number;
  /** Test rows at most; default DEFAULT_MAX_ROWS. */
  maxRows?: number;
}

export const DEFAULT_REPEATS = 5;
export const DEFAULT_MAX_ROWS = 2000;
export const MAX_STORED_FEATURES = 50;

/** Flat row-major inputs (rows x width) -> flat outputs (rows x outputs). */
export type Predict = (x: Float32Array, rows: number) => Promise<Float32Array>;

/**
 * The features of a fitted transform as groups of model input columns: each raw feature owns its outputs
 * (one per one-hot category), variance selection keeps some of them; after PCA a column mixes every
 * feature, so each principal component is its own group (`pc1`, ...).
 */
export function featureGroups(transform: FittedTransform, width: number): FeatureGroup[] {
  const owners: string[] = [];
  for (const f of transform.features) {
    const n =
      f.encode?.method === "onehot"
        ? f.encode.categories.length + (f.encode.unknown === "bucket" ? 1 : 0)
        : 1;
    for (let i = 0; i < n; i++) owners.push(f.name);
  }
  const kept = transform.select ? transform.select.map((q) => owners[q] ?? `x${q}`) : owners;
  const names = transform.pca ? transform.pca.components.map((_, k) => `pc${k + 1}`) : kept;
  // A transform that does not describe the model's inputs (should not happen): one group per column.
  if (names.length !== width)
    return Array.from({ length: width }, (_, j) => ({ name: `x${j}`, columns: [j] }));
  const groups = new Map<string, number[]>();
  for (const [j, name] of names.entries()) groups.set(name, [...(groups.get(name) ?? []), j]);
  return [...groups].map(([name, columns]) => ({ name, columns }));
}

/** Permutation importance of each group; `predict` is the model, `x`/`y` the test split. */
export async function permutationImportance(
  predict: Predict,
  x: number[][],
  y: number[],
  task: "classification" | "regression",
  opts: ImportanceOptions,
): Promise<ImportanceReport> {
  const started = performance.now();
  const repeats = opts.repeats ?? DEFAULT_REPEATS;
  const rng = seedrandom(`importance:${opts.seed}`);
  const rows = sampleRows(x.length, opts.maxRows ?? DEFAULT_MAX_ROWS, rng);
  const width = x[0]?.length ?? 0;
  const base = new Float32Array(rows.length * width);
  for (const [i, r] of rows.entries()) base.set(x[r] as number[], i * width);
  const truth = rows.map((r) => y[r] as number);
  const score = scorer(task, truth);
  const baseline = score(await predict(base, rows.length));

  const features: FeatureImportance[] = [];
  for (const group of opts.groups) {
    // All repeats of one feature in one batch: one predict call per feature.
    const batch = new Float32Array(repeats * base.length);
    for (let k = 0; k < repeats; k++) {
      const copy = batch.subarray(k * base.length, (k + 1) * base.length);
      copy.set(base);
      const order = shuffled(rows.length, rng);
      for (let i = 0; i < rows.length; i++) {
        for (const c of group.columns) copy[i * width + c] = base[(order[i] as number) * width + c] as number;
      }
    }
    const out = await predict(batch, repeats * rows.length);
    const drops = Array.from({ length: repeats }, (_, k) => {
      const per = out.length / repeats;
      return baseline - score(out.subarray(k * per, (k + 1) * per));
    });
    features.push({ feature: group.name, mean: mean(drops), std: std(drops) });
  }
  features.sort((a, b) => b.mean - a.mean || a.feature.localeCompare(b.feature));
  return {
    method: "permutation",
    score: task === "classification" ? "accuracy" : "r2",
    baseline,
    repeats,
    rows: rows.length,
    seed: opts.seed,
    features: features.slice(0, MAX_STORED_FEATURES),
    total: features.length,
    seconds: Math.round(performance.now() - started) / 1000,
  };
}

/** A tfjs model as a Predict: one tensor in, its outputs back, nothing left on the backend. */
export function predictWith(model: tf.LayersModel, width: number): Predict {
  return async (x, rows) => {
    const input = tf.tensor2d(x, [rows, width], "float32");
    const output = model.predict(input, { batchSize: 1024 }) as tf.Tensor;
    try {
      return (await output.data()) as Float32Array;
    } finally {
      tf.dispose([input, output]);
    }
  };
}

/** The score of flat outputs against the truth: accuracy of the argmax, or r2 of the single output. */
function scorer(task: "classification" | "regression", truth: number[]) {
  return (out: Float32Array): number => {
    const n = truth.length;
    const width = out.length / n;
    if (task === "regression") return r2(truth, Array.from(out));
    const predicted = Array.from({ length: n }, (_, i) => argmax(out.subarray(i * width, (i + 1) * width)));
    return accuracy(truth, predicted);
  };
}

/** Every row when there are at most `max`, else a seeded sample of `max`, in row order. */
function sampleRows(n: number, max: number, rng: () => number): number[] {
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  return shuffled(n, rng)
    .slice(0, max)
    .sort((a, b) => a - b);
}

/** A seeded Fisher-Yates permutation of 0..n-1. */
function shuffled(n: number, rng: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
const std = (v: number[]) => {
  const m = mean(v);
  return Math.sqrt(v.reduce((a, b) => a + (b - m) ** 2, 0) / v.length);
};
