// Inferred data schemas and their anomalies (`modelops validate --data` exits 1), `modelops data drift`, and
// the data section of the PR report.
import { spawnSync } from "node:child_process";
import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { modelSchema } from "../../pipelines/config/schema.ts";
import {
  type DataProfile,
  inferSchema,
  preprocess,
  profileTable,
  readDelimited,
  renderDataSection,
  validateTable,
} from "../../pipelines/data/index.ts";
import { MODELOPS_CLI } from "../support/cli.ts";

const IRIS = join(import.meta.dirname, "../../examples/iris/data/iris.csv");
const CLI = MODELOPS_CLI;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "modelops-schema-"));
  await mkdir(join(dir, "data"));
  await copyFile(IRIS, join(dir, "data", "iris.csv"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const cli = (...args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });

describe("data schema", () => {
  test("inferred from iris: types, required, ranges and the species domain", async () => {
    const table = await readDelimited(join(dir, "data", "iris.csv"), { displayPath: "data/iris.csv" });
    const schema = inferSchema(profileTable(table));
    expect(schema.columns[0]).toEqual({
      name: "sepal_length",
      type: "number",
      required: true,
      min: 4.3,
      max: 7.9,
    });
    expect(schema.columns[4]).toEqual({
      name: "species",
      type: "string",
      required: true,
      domain: ["setosa", "versicolor", "virginica"],
    });
    expect(validateTable(schema, table)).toEqual([]);
  });

  test("anomalies: new category, out of range, type change, missing values, missing and new columns", async () => {
    const table = await readDelimited(join(dir, "data", "iris.csv"), { displayPath: "data/iris.csv" });
    const schema = inferSchema(profileTable(table));
    await writeFile(
      join(dir, "data", "new.csv"),
      "sepal_length,sepal_width,petal_length,species,color\n5.1,3.5,1.4,setosa,red\n9.9,,1.3,iris-x,blue\n5,3,abc,setosa,red\n",
    );
    const fresh = await readDelimited(join(dir, "data", "new.csv"), { displayPath: "data/new.csv" });
    const anomalies = validateTable(schema, fresh);
    expect(anomalies.map((a) => [a.column, a.kind, a.where])).toEqual([
      ["sepal_length", "out-of-range", "data/new.csv:3"],
      ["sepal_width", "missing-values", "data/new.csv:3"],
      ["petal_length", "type-change", "data/new.csv:4"],
      ["petal_width", "missing-column", undefined],
      ["species", "new-category", "data/new.csv:3"],
      ["color", "new-column", undefined],
    ]);
    expect(anomalies[4]!.message).toBe('column "species" has 1 new category ("iris-x") in 1 row');
  });

  test("modelops data schema writes it; validate --data lists anomalies and exits 1", async () => {
    const config = (train: string) =>
      `version: 1\nmodels:\n  iris:\n    task: classification\n    data:\n      target: species\n      schema: data/schema.yaml\n      train: { format: csv, path: ${train} }\n    model: { architecture: mlp }\n`;
    await writeFile(join(dir, "modelops.yaml"), config("data/iris.csv"));
    const made = cli("data", "schema", "-m", "iris", "-o", "data/schema.yaml");
    expect(made.status).toBe(0);
    const ok = cli("validate", "--data");
    expect(ok.stdout).toContain("iris: data/iris.csv: 150 rows match data/schema.yaml");
    expect(ok.status).toBe(0);
    await writeFile(
      join(dir, "data", "shifted.csv"),
      "sepal_length,sepal_width,petal_length,petal_width,species\n5.1,3.5,1.4,0.2,setosa\n12,3,1,0.2,iris-x\n",
    );
    await writeFile(join(dir, "modelops.yaml"), config("data/shifted.csv"));
    const bad = cli("validate", "--data");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(
      'data/shifted.csv:3: iris: out-of-range: column "sepal_length" has 1 value outside [4.3, 7.9] (first: 12)',
    );
    expect(bad.stderr).toContain(
      'data/shifted.csv:3: iris: new-category: column "species" has 1 new category',
    );
    expect(bad.stderr).toMatch(/modelops: error: modelops\.yaml: 2 data anomalies \(listed above\)/);
  });

  test("modelops data drift: exit 0 for the same data, 1 on dataset drift", async () => {
    const lines = ["a,b"];
    const moved = ["a,b"];
    for (let i = 0; i < 200; i++) {
      lines.push(`${(i * 37) % 100},${i % 4}`);
      moved.push(`${((i * 37) % 100) + 40},${(i + 1) % 4}`);
    }
    await writeFile(join(dir, "data", "ref.csv"), `${lines.join("\n")}\n`);
    await writeFile(join(dir, "data", "cur.csv"), `${moved.join("\n")}\n`);
    const same = cli("data", "drift", "data/ref.csv", "data/ref.csv");
    expect(same.status).toBe(0);
    expect(same.stdout).toContain("no dataset drift: 0 of 2 columns drifted");
    const drifted = cli("data", "drift", "data/ref.csv", "data/cur.csv", "--json");
    expect(drifted.status).toBe(1);
    const report = JSON.parse(drifted.stdout);
    expect(report.features.map((f: { name: string; drifted: boolean }) => [f.name, f.drifted])).toEqual([
      ["a", true],
      ["b", false],
    ]);
    expect(drifted.stderr).toContain("modelops: error: dataset drift: 1 of 2 columns drifted (50% >= 50%)");
  });
});

describe("the PR report's data section", () => {
  test("rows and their changes, cleaning counts, schema changes and per-column drift", async () => {
    const spec = (path: string) =>
      modelSchema.parse({
        model: { architecture: "mlp" },
        task: "classification",
        data: { target: "species", train: { format: "csv", path } },
        preprocess: [{ dropMissing: {} }],
      });
    const base = (await preprocess({ configDir: dir, model: spec("data/iris.csv") })).profile;
    // the candidate: 80 more rows with longer sepals, one with a missing value, and a new column
    const text = (await import("node:fs"))
      .readFileSync(join(dir, "data", "iris.csv"), "utf8")
      .trim()
      .split("\n");
    const rows = [`${text[0]},batch`, ...text.slice(1).map((l) => `${l},1`)];
    for (let i = 0; i < 80; i++) rows.push(`${(7 + (i % 10) / 10).toFixed(1)},3.0,5.5,2.0,virginica,2`);
    rows.push(",3.0,5.5,2.0,virginica,2");
    await writeFile(join(dir, "data", "iris2.csv"), `${rows.join("\n")}\n`);
    const cand = (await preprocess({ configDir: dir, model: spec("data/iris2.csv") })).profile;
    const md = renderDataSection(base, cand);
    expect(md).toContain("| read | 150 | 231 | +81 (+54.0%) |");
    expect(md).toContain("- rows dropped by cleaning: `dropMissing` 1");
    expect(md).toContain("Schema changes: added column `batch` (number)");
    expect(md).toMatch(/\| `sepal_length` \| ks \| [\d.]+ \| [\d.e-]+ \| [\d.]+ \| ⚠️ yes \|/);
    expect(md).toMatch(/\| `species` \| chisquare \|/);
    const first = renderDataSection(null, base);
    expect(first).toContain("No production model yet");
    expect(first).toContain("| read | - | 150 | |");
    // a profile from before this issue (no quantiles) still renders
    const old: DataProfile = JSON.parse(JSON.stringify(base));
    for (const c of old.columns) {
      delete c.quantiles;
      delete c.histogram;
    }
    expect(renderDataSection(old, cand)).toContain("Drift against production's training data");
  });
});
