// Wide data: `preprocess` (read, clean, split, fit a standard scale, transform, profile) of a CSV with 20 rows
// and 10,000 or 100,000 numeric columns, generated in a temp dir. Linear in the number of columns means the
// 100k / 10k time ratio is about 10; the reference in the same run is csv-parse (a well-kept streaming CSV
// parser) reading the same files, a linear baseline for the reading part alone.
//   node --import tsx bench/data-wide.ts [rounds=3]
import { createReadStream } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse";
import { modelSchema } from "../pipelines/config/schema.ts";
import { preprocess } from "../pipelines/data/preprocess.ts";
import { median } from "./data-common.ts";

const rounds = Number(process.argv[2] ?? 3);
const ROWS = 20;
const WIDTHS = [10_000, 100_000];

function wideCsv(columns: number): string {
  const header = ["y", ...Array.from({ length: columns }, (_, j) => `f${j}`)].join(",");
  const lines = [header];
  for (let i = 0; i < ROWS; i++) {
    const row = [i % 2 ? "a" : "b"];
    for (let j = 0; j < columns; j++) row.push(String(((i * 31 + j * 7) % 97) / 10));
    lines.push(row.join(","));
  }
  return `${lines.join("\n")}\n`;
}

async function ours(dir: string, file: string): Promise<number> {
  const model = modelSchema.parse({
    task: "classification",
    data: { target: "y", train: { format: "csv", path: file } },
    preprocess: [{ scale: { method: "standard" } }],
    split: { validation: 0.2, test: 0.2, stratify: false, seed: 1 },
    model: { architecture: "mlp" },
  });
  const t = performance.now();
  await preprocess({ configDir: dir, model });
  return (performance.now() - t) / 1000;
}

async function csvParse(path: string): Promise<number> {
  const t = performance.now();
  let records = 0;
  for await (const _ of createReadStream(path).pipe(parse())) records++;
  if (records !== ROWS + 1) throw new Error(`csv-parse read ${records} records`);
  return (performance.now() - t) / 1000;
}

const dir = await mkdtemp(join(tmpdir(), "modelops-wide-"));
try {
  for (const w of WIDTHS) await writeFile(join(dir, `w${w}.csv`), wideCsv(w));
  const times = new Map(WIDTHS.map((w) => [w, { ours: [] as number[], ref: [] as number[] }]));
  for (let r = 0; r < rounds; r++) {
    for (const w of WIDTHS) {
      const t = times.get(w)!;
      t.ours.push(await ours(dir, `w${w}.csv`));
      t.ref.push(await csvParse(join(dir, `w${w}.csv`)));
      console.log(
        `round ${r + 1}: ${w} columns: preprocess ${t.ours.at(-1)!.toFixed(2)} s, csv-parse ${t.ref.at(-1)!.toFixed(2)} s`,
      );
    }
  }
  const [small, large] = WIDTHS.map((w) => ({
    ours: median(times.get(w)!.ours),
    ref: median(times.get(w)!.ref),
  }));
  console.log(
    JSON.stringify({
      rows: ROWS,
      preprocess_s: { "10k": small!.ours, "100k": large!.ours },
      csv_parse_s: { "10k": small!.ref, "100k": large!.ref },
      ratio_100k_over_10k: { preprocess: large!.ours / small!.ours, csv_parse: large!.ref / small!.ref },
    }),
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
