// PCA's top-k path (Lanczos on the covariance, linalg.ts topEigen) gives the full eigen-decomposition's
// components and explained variance, on seeded data with a decaying spectrum and on rank-deficient data.
// The Gram matrix on the wasm kernel (two threads) matches exact float64 and does not depend on the thread count.
import { describe, expect, test } from "@jest/globals";
import seedrandom from "seedrandom";
import { gramParallel } from "../../pipelines/data/kernels/index.ts";
import { GRAM_WASM_THRESHOLD, gram, gramJs, symmetricEigen, topEigen } from "../../pipelines/data/linalg.ts";
import { fitPca } from "../../pipelines/data/pca.ts";

/** n x d rows mixing `rank` latent factors of decaying scale, plus a little noise. */
function data(n: number, d: number, rank: number, noise: number, seed: string): Float64Array {
  const rng = seedrandom(seed);
  const loadings = Float64Array.from({ length: rank * d }, () => rng() - 0.5);
  const x = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    for (let f = 0; f < rank; f++) {
      const z = (rng() - 0.5) * 3 ** -f * 10;
      for (let j = 0; j < d; j++) x[i * d + j] = x[i * d + j]! + z * loadings[f * d + j]!;
    }
    for (let j = 0; j < d; j++) x[i * d + j] = x[i * d + j]! + (rng() - 0.5) * noise;
  }
  return x;
}

function covariance(x: Float64Array, n: number, d: number): Float64Array {
  const mean = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j] = mean[j]! + x[i * d + j]! / n;
  const g = gramJs(x, n, d, mean);
  return g.map((v) => v / (n - 1));
}

describe("PCA with a count of components well under the width", () => {
  test.each([
    ["a decaying spectrum", 400, 64, 20, 0.05],
    ["rank-deficient data (fewer factors than components, no noise)", 200, 48, 4, 0],
  ])(
    "%s: the same variance ratios and components as the full decomposition",
    async (_n, n, d, rank, noise) => {
      const x = data(n, d, rank, noise, `${n}x${d}`);
      const k = 10;
      const fit = await fitPca(x, n, d, { components: k });
      const full = symmetricEigen(covariance(x, n, d), d, k);
      let trace = 0;
      const cov = covariance(x, n, d);
      for (let j = 0; j < d; j++) trace += cov[j * d + j]!;
      const top = full.values[0]!;
      for (let q = 0; q < k; q++) {
        expect(Math.abs(fit.explainedVarianceRatio[q]! - Math.max(0, full.values[q]!) / trace)).toBeLessThan(
          1e-10,
        );
        if (full.values[q]! > 1e-6 * top) {
          // a well-defined direction: the same vector with the same sign
          let dot = 0;
          for (let j = 0; j < d; j++) dot += fit.components[q * d + j]! * full.vectors[q * d + j]!;
          expect(dot).toBeCloseTo(1, 8);
        }
      }
    },
  );

  test("topEigen on a rank-1 matrix: its one eigenvalue, then zeros", () => {
    const d = 30;
    const v = Float64Array.from({ length: d }, (_, i) => Math.sin(i + 1));
    const a = new Float64Array(d * d);
    for (let r = 0; r < d; r++) for (let c = 0; c < d; c++) a[r * d + c] = v[r]! * v[c]!;
    const top = topEigen(a, d, 3)!;
    expect(top.values[0]).toBeCloseTo(
      v.reduce((s, x) => s + x * x, 0),
      10,
    );
    expect(Math.abs(top.values[1]!)).toBeLessThan(1e-12);
    expect(Math.abs(top.values[2]!)).toBeLessThan(1e-12);
  });
});

describe("the Gram matrix of a large matrix (the wasm kernel on two threads)", () => {
  test("matches exact float64 within float32 rounding, identical from run to run and on one thread", async () => {
    // 20,000 x 101 is past GRAM_WASM_THRESHOLD; 101 is not a multiple of 4 (the kernel pads the rows).
    const n = 20_000;
    const d = 101;
    expect(n * d * d).toBeGreaterThanOrEqual(GRAM_WASM_THRESHOLD);
    const x = data(n, d, 8, 0.1, "gram");
    const mean = new Float64Array(d);
    for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j] = mean[j]! + x[i * d + j]! / n;
    const exact = gramJs(x, n, d, mean);
    const fast = await gram(x, n, d, mean);
    let worst = 0;
    for (let a = 0; a < d; a++) {
      const scale = Math.sqrt(exact[a * d + a]!);
      for (let b = 0; b < d; b++) {
        const err = Math.abs(fast[a * d + b]! - exact[a * d + b]!) / (scale * Math.sqrt(exact[b * d + b]!));
        worst = Math.max(worst, err);
      }
      expect(fast[a * d + a]).toBeGreaterThan(0);
    }
    expect(worst).toBeLessThan(1e-6);
    expect(await gram(x, n, d, mean)).toEqual(fast);
    // the main thread alone (one core, or a worker that cannot start) computes the same split: the same bits
    expect(await gramParallel(x, n, d, mean, false)).toEqual(fast);
  });
});
