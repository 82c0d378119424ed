// Drift (KS + PSI) over 1,000,000 rows x 20 features: the data engine against scipy's ks_2samp, on the same
// numbers (numpy's default_rng(0), dumped by a small helper), verdicts compared feature by feature. The
// reference's time comes from ../shared/reference/sklearn_reference.py drift, run in the same process tree.
// Target: at most 0.1x scipy's time, same verdicts.
//   node --import tsx bench/data-drift.ts [rounds=2] [rows=1000000] [features=20]
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { driftBetweenSamples } from "../pipelines/data/drift.ts";
import { median, reference } from "./data-common.ts";

const rounds = Number(process.argv[2] ?? 2);
const rows = Number(process.argv[3] ?? 1_000_000);
const feats = Number(process.argv[4] ?? 20);
const dir = mkdtempSync(join(tmpdir(), "modelops-drift-bench-"));
// The reference's data, column by column, plus scipy's statistic and p-value per feature (not timed).
const dump = `
import sys, json, numpy as np
from scipy.stats import ks_2samp
rows, feats, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = np.random.default_rng(0)
ref = rng.normal(size=(rows, feats)); cur = rng.normal(loc=0.05, size=(rows, feats))
np.asfortranarray(ref).T.tofile(out + '/ref.f64'); np.asfortranarray(cur).T.tofile(out + '/cur.f64')
res = [ks_2samp(ref[:, j], cur[:, j]) for j in range(feats)]
print(json.dumps({'d': [float(r.statistic) for r in res], 'p': [float(r.pvalue) for r in res]}))
`;
const py = spawnSync("/usr/bin/python3", ["-c", dump, String(rows), String(feats), dir], {
  encoding: "utf8",
});
if (py.status !== 0) throw new Error(`data dump failed (apt-get install python3-scipy): ${py.stderr}`);
const scipy = JSON.parse(py.stdout.trim()) as { d: number[]; p: number[] };
const load = (name: string) => {
  const buf = readFileSync(join(dir, name));
  const all = new Float64Array(buf.buffer, buf.byteOffset, buf.byteLength / 8);
  const out: Record<string, Float64Array> = {};
  for (let j = 0; j < feats; j++) out[`f${j}`] = all.subarray(j * rows, (j + 1) * rows);
  return out;
};
const ref = load("ref.f64");
const cur = load("cur.f64");
rmSync(dir, { recursive: true, force: true });

const mine: number[] = [];
const theirs: number[] = [];
let report: ReturnType<typeof driftBetweenSamples> | undefined;
let refOut: Record<string, unknown> = {};
for (let r = 0; r < rounds; r++) {
  const t = performance.now();
  report = driftBetweenSamples(ref, cur, { method: "ks" });
  mine.push((performance.now() - t) / 1000);
  refOut = reference("drift", String(rows), String(feats));
  theirs.push(refOut.seconds as number);
  console.error(`round ${r + 1}: modelops ${mine.at(-1)!.toFixed(3)}s, scipy ${refOut.seconds}s`);
}
const alpha = 0.05 / feats;
const scipyDrifted = scipy.p.map((p) => p < alpha);
const ourDrifted = report!.features.map((f) => f.drifted);
const maxDiffD = Math.max(...report!.features.map((f, j) => Math.abs(f.statistic - scipy.d[j]!)));
console.log(
  JSON.stringify({
    bench: "drift-ks+psi",
    rows,
    features: feats,
    modelops_seconds: Number(median(mine).toFixed(3)),
    scipy_seconds: Number(median(theirs).toFixed(3)),
    ratio: Number((median(mine) / median(theirs)).toFixed(4)),
    modelops_drifted: ourDrifted.filter(Boolean).length,
    scipy_drifted: refOut["drifted_at_0.05_bonferroni"],
    same_verdicts: ourDrifted.every((v, j) => v === scipyDrifted[j]),
    max_abs_diff_ks_statistic: maxDiffD,
    psi_range: [
      Number(Math.min(...report!.features.map((f) => f.psi)).toFixed(5)),
      Number(Math.max(...report!.features.map((f) => f.psi)).toFixed(5)),
    ],
    rounds,
  }),
);
