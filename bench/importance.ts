// The cost of permutation importance in `modelops evaluate` (issue 16): the importance step's seconds
// (metrics.json importance.seconds) against the whole evaluation of the same run, on examples/iris and on
// a bigger synthetic tabular model (20,000 rows, 16 numeric features and a 5-category one, 3 classes), with
// the default settings (5 repeats, at most 2,000 test rows).
//   node --import tsx bench/importance.ts [rounds=3]
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import seedrandom from "seedrandom";
import { getModel, loadConfig } from "../pipelines/config/index.ts";
import { packagePath } from "../pipelines/package-root.ts";
import { type ModelRef, runEvaluate, runPreprocess, runTrain } from "../pipelines/run/run.ts";
import { median } from "./data-common.ts";

const rounds = Number(process.argv[2] ?? 3);

function wideCsv(rows: number): string {
  const rng = seedrandom("bench-importance");
  const header = ["y", "colour", ...Array.from({ length: 16 }, (_, j) => `f${j}`)];
  const lines = [header.join(",")];
  const colours = ["red", "green", "blue", "grey", "black"];
  for (let i = 0; i < rows; i++) {
    const f = Array.from({ length: 16 }, () => rng() * 2 - 1);
    const colour = colours[Math.floor(rng() * colours.length)]!;
    const score = 2 * f[0]! - f[1]! + (colour === "red" ? 1 : 0);
    const y = score > 0.7 ? "high" : score < -0.7 ? "low" : "mid";
    lines.push([y, colour, ...f.map((v) => v.toFixed(4))].join(","));
  }
  return `${lines.join("\n")}\n`;
}

const WIDE_CONFIG = `version: 1
models:
  wide:
    task: classification
    data: { target: y, train: { format: csv, path: wide.csv } }
    preprocess:
      - scale: { method: standard }
      - encode: { method: onehot }
    split: { validation: 0.1, test: 0.2, stratify: true, seed: 1 }
    model: { architecture: mlp, dense: [32, 16] }
    train: { epochs: 5, batchSize: 128, seed: 1 }
`;

async function measure(
  configFile: string,
  model: string,
): Promise<{ evaluate: number; importance: number; rows: number; features: number }[]> {
  const loaded = await loadConfig(configFile);
  const { name, config } = getModel(loaded, model);
  const ref: ModelRef = { configDir: dirname(configFile), name, config };
  const out = await mkdtemp(join(tmpdir(), "modelops-bench-importance-"));
  try {
    await runPreprocess(ref, out);
    await runTrain(ref, out, {});
    const results = [];
    for (let r = 0; r < rounds; r++) {
      const t = performance.now();
      const metrics = await runEvaluate(ref, out);
      const evaluate = (performance.now() - t) / 1000;
      const imp = metrics.importance!;
      results.push({ evaluate, importance: imp.seconds, rows: imp.rows, features: imp.total });
    }
    return results;
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

const dir = await mkdtemp(join(tmpdir(), "modelops-bench-wide-"));
await writeFile(join(dir, "wide.csv"), wideCsv(20_000));
await writeFile(join(dir, "modelops.yaml"), WIDE_CONFIG);
const cases: [string, string, string][] = [
  ["examples/iris (iris)", packagePath("examples", "iris", "modelops.yaml"), "iris"],
  ["synthetic 20,000 x 17 (wide)", join(dir, "modelops.yaml"), "wide"],
];
console.log("| model | test rows used | features | evaluate (median s) | importance (median s) | share |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
for (const [label, file, model] of cases) {
  const r = await measure(file, model);
  const ev = median(r.map((x) => x.evaluate));
  const im = median(r.map((x) => x.importance));
  console.log(
    `| ${label} | ${r[0]!.rows} | ${r[0]!.features} | ${ev.toFixed(3)} | ${im.toFixed(3)} | ${((100 * im) / ev).toFixed(0)}% |`,
  );
}
await rm(dir, { recursive: true, force: true });
