// Rollback without retraining, measured against what it replaces: retraining the same model, in the same
// run on the same machine. Also the demo's wall time (issue target: under 2 minutes on 2 cores).
//   node --import tsx bench/lifecycle.ts [runs=3]
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getModel, loadConfig } from "../pipelines/config/index.ts";
import { runDemo } from "../pipelines/demo/demo.ts";
import { Registry } from "../pipelines/registry/index.ts";
import { runModel } from "../pipelines/run/run.ts";

const runs = Number(process.argv[2] ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const demo: number[] = [];
const rollback: number[] = [];
const retrain: number[] = [];
for (let i = 0; i < runs; i++) {
  const dir = await mkdtemp(join(tmpdir(), "modelops-bench-"));
  const started = performance.now();
  const result = await runDemo({ dir, print: () => {} });
  demo.push((performance.now() - started) / 1000);
  if (!result.ok) throw new Error(`demo failed: ${result.stages.filter((s) => !s.ok).map((s) => s.stage)}`);
  rollback.push(result.rollbackSeconds);
  // The reference: what a rollback would cost if it had to retrain v1 (same config, same data, same machine).
  const repo = join(dir, "repo");
  const loaded = await loadConfig(join(repo, "modelops.yaml"));
  const ref = { configDir: repo, name: "iris", config: getModel(loaded, "iris").config };
  const registry = await Registry.open(join(repo, ".modelops"));
  const t = performance.now();
  await runModel(ref, { outDir: join(dir, "retrain"), registry, force: true });
  retrain.push((performance.now() - t) / 1000);
}
const r = median(rollback);
const t = median(retrain);
console.log(
  JSON.stringify({
    bench: "lifecycle",
    runs,
    demo_seconds_median: Number(median(demo).toFixed(2)),
    rollback_seconds_median: r,
    retrain_seconds_median: Number(t.toFixed(2)),
    rollback_over_retrain: Number((r / t).toFixed(3)),
  }),
);
