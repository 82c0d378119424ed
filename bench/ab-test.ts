// The A/B test's statistics: false-positive rate over seeded A/A experiments and the samples a 3-point
// better candidate needs, the test read after every outcome. Run: npx tsx bench/ab-test.ts
import seedrandom from "seedrandom";
import { abVerdict } from "../pipelines/monitor/ab.ts";

const settings = { alpha: 0.05, minSamples: 200, maxSamples: 20_000 };

function run(pA: number, pB: number, seed: string) {
  const rng = seedrandom(seed);
  const a = { n: 0, correct: 0 };
  const b = { n: 0, correct: 0 };
  let p = 1;
  for (;;) {
    a.n++;
    b.n++;
    if (rng() < pA) a.correct++;
    if (rng() < pB) b.correct++;
    const v = abVerdict(a, b, settings, p);
    p = v.pValue;
    if (v.winner !== undefined) return v;
  }
}

const experiments = Number(process.argv[2] ?? 1000);
let fp = 0;
for (let i = 0; i < experiments; i++) if (run(0.9, 0.9, `aa-${i}`).winner !== "none") fp++;
const needed: number[] = [];
let wins = 0;
for (let i = 0; i < 200; i++) {
  const v = run(0.9, 0.93, `ab-${i}`);
  if (v.winner === "candidate") wins++;
  needed.push(v.samples.candidate);
}
needed.sort((x, y) => x - y);
const q = (f: number) => needed[Math.floor(f * (needed.length - 1))];
console.log(
  `A/A (0.90 vs 0.90), ${experiments} experiments, alpha 0.05, looked at after every pair: false positives ${fp} (${((100 * fp) / experiments).toFixed(1)}%)`,
);
console.log(
  `A/B (0.90 vs 0.93), 200 experiments: candidate won ${wins}; samples per arm needed: median ${q(0.5)}, p90 ${q(0.9)}, max ${q(1)}`,
);
