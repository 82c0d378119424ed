// Standardise + PCA(50) on Fashion-MNIST's 60,000 x 784 training images: the data engine's own path (the
// scale and pca steps fitted by fitTransform, then every row transformed by the code the server runs)
// against scikit-learn (StandardScaler + PCA(svd_solver="full") + transform) in the same run, interleaved.
// Target (issue 19): at most 1.0x scikit-learn's time, total explained variance equal within 1e-5 relative.
// The machine's load average (/proc/loadavg) at the start and the end is part of the result.
//   node --import tsx bench/data-pca.ts [rounds=2] [components=50]
import { readFileSync } from "node:fs";
import { fitTransform } from "../pipelines/data/fit.ts";
import { transformColumnsFlat } from "../pipelines/data/transform.ts";
import { FASHION, idxImages, median, reference } from "./data-common.ts";

const rounds = Number(process.argv[2] ?? 2);
const k = Number(process.argv[3] ?? 50);
const { n, d, x } = idxImages(`${FASHION}/train-images-idx3-ubyte.gz`);
// columns as the readers produce them: one Float64Array per feature
const columns = Array.from({ length: d }, (_, j) => {
  const col = new Float64Array(n);
  for (let i = 0; i < n; i++) col[i] = x[i * d + j]!;
  return col;
});
const features = Array.from({ length: d }, (_, j) => `px${j}`);
const rows = Int32Array.from({ length: n }, (_, i) => i);

async function ours(): Promise<{ seconds: number; total: number; first5: number[] }> {
  const t = performance.now();
  const fit = await fitTransform({
    task: "classification",
    target: { name: "label", classes: ["0"] },
    features,
    types: features.map(() => "number"),
    train: columns,
    where: (r) => `row ${r + 1}`,
    steps: [{ scale: { method: "standard" } }, { pca: { components: k, whiten: false } }],
  });
  const out = transformColumnsFlat(fit.transform, columns, rows, (r) => `row ${r + 1}`);
  const seconds = (performance.now() - t) / 1000;
  if (out.length !== n * k) throw new Error("wrong output size");
  const ratios = fit.pca!.explainedVarianceRatio;
  return { seconds, total: fit.pca!.total, first5: ratios.slice(0, 5) };
}

const loadavg = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
const loadStart = loadavg();
const mine: number[] = [];
const theirs: number[] = [];
let last: Awaited<ReturnType<typeof ours>> | undefined;
let ref: Record<string, unknown> = {};
for (let r = 0; r < rounds; r++) {
  last = await ours();
  mine.push(last.seconds);
  ref = reference("pca", String(k));
  theirs.push(ref.seconds as number);
  console.error(`round ${r + 1}: modelops ${last.seconds.toFixed(2)}s, scikit-learn ${ref.seconds}s`);
}
const refTotal = ref.explained_variance_ratio_sum as number;
const result = {
  bench: "standardise+pca",
  rows: n,
  cols: d,
  components: k,
  modelops_seconds: Number(median(mine).toFixed(3)),
  sklearn_seconds: Number(median(theirs).toFixed(3)),
  ratio: Number((median(mine) / median(theirs)).toFixed(3)),
  modelops_explained_variance: Number(last!.total.toFixed(6)),
  sklearn_explained_variance: refTotal,
  explained_variance_diff: Number(Math.abs(last!.total - refTotal).toExponential(2)),
  explained_variance_relative_diff: Number((Math.abs(last!.total - refTotal) / refTotal).toExponential(2)),
  modelops_first_5: last!.first5.map((v) => Number(v.toFixed(6))),
  sklearn_first_5: ref.first_5_ratios,
  rounds,
  loadavg_start: loadStart,
  loadavg_end: loadavg(),
};
console.log(JSON.stringify(result));
