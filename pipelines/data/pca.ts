// Principal component analysis, fitted like scikit-learn's PCA(svd_solver="full"): centre on the training
// mean, eigen-decompose the covariance, keep the components of largest variance (by count, or the fewest
// reaching a share of the variance). Explained variance ratios are eigenvalue / total variance, exactly as
// scikit-learn reports them. A fixed count of components well under the width takes only the top
// eigenpairs (Lanczos, linalg.ts topEigen), the same values to float64 rounding.
import { gram, symmetricEigenvalues, topEigen } from "./linalg.ts";

export interface PcaFit {
  mean: Float64Array;
  /** k x d row-major. */
  components: Float64Array;
  k: number;
  d: number;
  explainedVariance: Float64Array;
  explainedVarianceRatio: Float64Array;
}

/** x: n x d row-major. Exactly one of `components` and `variance` is set. */
export async function fitPca(
  x: Float64Array | Float32Array,
  n: number,
  d: number,
  opts: { components?: number; variance?: number },
): Promise<PcaFit> {
  const mean = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    const o = i * d;
    for (let j = 0; j < d; j++) mean[j] = mean[j]! + x[o + j]!;
  }
  for (let j = 0; j < d; j++) mean[j] = mean[j]! / n;
  const g = await gram(x, n, d, mean);
  const denom = Math.max(1, n - 1);
  for (let q = 0; q < g.length; q++) g[q] = g[q]! / denom;
  let total = 0;
  for (let j = 0; j < d; j++) total += g[j * d + j]!;
  let k = Math.min(opts.components ?? d, d, n);
  // A count of components well under d: only the top k eigenpairs (Lanczos, O(m d^2)) instead of the whole
  // decomposition (O(d^3)); the ratios still divide by the trace, the total variance.
  const top = opts.variance === undefined && k * 4 <= d ? topEigen(g, d, k) : undefined;
  if (top) return result(mean, top.vectors, k, d, top.values, total);
  const eig = symmetricEigenvalues(g, d);
  if (opts.variance !== undefined) {
    // scikit-learn: the fewest components whose cumulative ratio is above `variance`
    let acc = 0;
    k = d;
    for (let q = 0; q < d; q++) {
      acc += Math.max(0, eig.values[q]!);
      if (total > 0 && acc / total > opts.variance) {
        k = q + 1;
        break;
      }
    }
  }
  return result(mean, eig.vectors(k), k, d, eig.values, total);
}

function result(
  mean: Float64Array,
  components: Float64Array,
  k: number,
  d: number,
  values: Float64Array,
  total: number,
): PcaFit {
  const explainedVariance = new Float64Array(k);
  const explainedVarianceRatio = new Float64Array(k);
  for (let q = 0; q < k; q++) {
    const v = Math.max(0, values[q]!);
    explainedVariance[q] = v;
    explainedVarianceRatio[q] = total > 0 ? v / total : 0;
  }
  return { mean, components, k, d, explainedVariance, explainedVarianceRatio };
}
