// Peak memory reading a 1 GB CSV: the file is generated in a temporary folder (20 numeric columns, one
// categorical, one quoted text column with commas), then `modelops data profile` streams it in a child
// process measured by /usr/bin/time -v (maximum resident set size). Target: under 300 MB.
//   node --import tsx bench/data-memory.ts [gigabytes=1]
import { spawnSync } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import seedrandom from "seedrandom";

const gigabytes = Number(process.argv[2] ?? 1);
const target = gigabytes * 1024 ** 3;
const dir = await mkdtemp(join(tmpdir(), "modelops-mem-bench-"));
const file = join(dir, "big.csv");
try {
  const out = createWriteStream(file, { highWaterMark: 1 << 22 });
  const rng = seedrandom("1gb");
  const header = [...Array.from({ length: 20 }, (_, j) => `x${j}`), "city", "note"].join(",");
  out.write(`${header}\n`);
  const cities = ["paris", "rome", "oslo", "lima", "pune", "kyiv"];
  let written = header.length + 1;
  let rows = 0;
  while (written < target) {
    let chunk = "";
    for (let r = 0; r < 2000; r++) {
      const fields = new Array<string>(22);
      for (let j = 0; j < 20; j++) fields[j] = (rng() * 1000 - 500).toFixed(4);
      fields[20] = cities[Math.floor(rng() * cities.length)]!;
      fields[21] = `"note ${rows % 97}, ok"`;
      chunk += `${fields.join(",")}\n`;
      rows++;
    }
    written += chunk.length;
    if (!out.write(chunk)) await new Promise<void>((r) => out.once("drain", () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
  const size = (await stat(file)).size;
  const cli = new URL("../bot/cli/modelops.js", import.meta.url).pathname;
  const started = performance.now();
  const res = spawnSync(
    "/usr/bin/time",
    ["-v", process.execPath, cli, "data", "profile", file, "-o", join(dir, "profile.json")],
    {
      encoding: "utf8",
      env: { ...process.env, MODELOPS_NO_PROGRESS: "1" },
    },
  );
  const seconds = (performance.now() - started) / 1000;
  if (res.status !== 0) throw new Error(`profile failed: ${res.stderr}`);
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(res.stderr)?.[1]);
  console.log(
    JSON.stringify({
      bench: "peak-memory-reading-csv",
      file_mb: Number((size / 1024 ** 2).toFixed(0)),
      rows,
      columns: 22,
      peak_rss_mb: Number((kb / 1024).toFixed(1)),
      seconds: Number(seconds.toFixed(1)),
      mb_per_second: Number((size / 1024 ** 2 / seconds).toFixed(1)),
      command: "modelops data profile FILE -o profile.json",
    }),
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
