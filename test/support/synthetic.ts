// Small seeded datasets for the training and evaluation tests.
import seedrandom from "seedrandom";
import type { PreparedData, SplitData } from "../../pipelines/data/types.ts";

function gaussian(rng: () => number): number {
  const u = 1 - rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function split(rows: Array<{ x: number[]; y: number }>, from: number, to: number): SplitData {
  const part = rows.slice(from, to);
  return { x: part.map((r) => r.x), y: part.map((r) => r.y) };
}

function prepared(rows: Array<{ x: number[]; y: number }>): PreparedData {
  const a = Math.floor(rows.length * 0.7);
  const b = Math.floor(rows.length * 0.85);
  return { train: split(rows, 0, a), validation: split(rows, a, b), test: split(rows, b, rows.length) };
}

/** `classes` Gaussian blobs in `dim` dimensions, centres 3 apart; spread 0.7 (default) separates them well. */
export function blobs(opts: {
  n: number;
  dim: number;
  classes: number;
  seed: string;
  spread?: number;
}): PreparedData {
  const rng = seedrandom(opts.seed);
  const centres = Array.from({ length: opts.classes }, (_, c) =>
    Array.from({ length: opts.dim }, (_, d) => (d % opts.classes === c ? 3 : 0)),
  );
  const rows = Array.from({ length: opts.n }, (_, i) => {
    const y = i % opts.classes;
    return { x: centres[y]!.map((m) => m + gaussian(rng) * (opts.spread ?? 0.7)), y };
  });
  return prepared(rows);
}

/** y = 2 x0 - x1 + 0.5 + noise. */
export function linear(opts: { n: number; seed: string; noise?: number }): PreparedData {
  const rng = seedrandom(opts.seed);
  const rows = Array.from({ length: opts.n }, () => {
    const x = [gaussian(rng), gaussian(rng), gaussian(rng)];
    return { x, y: 2 * x[0]! - x[1]! + 0.5 + gaussian(rng) * (opts.noise ?? 0.1) };
  });
  return prepared(rows);
}
