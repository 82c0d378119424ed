// Readers (CSV/TSV, JSON Lines, Parquet, pointer files) and the bad data a user sees an error for.
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { parquetWriteFile } from "hyparquet-writer";
import { type ModelConfig, modelSchema } from "../../pipelines/config/schema.ts";
import {
  addToStore,
  preprocess,
  readDelimited,
  readJsonl,
  readParquet,
  sha256File,
  writePrepared,
} from "../../pipelines/data/index.ts";
import { ModelopsError } from "../../pipelines/errors.ts";
import { modelKey } from "../../pipelines/run/run.ts";
import { MODELOPS_CLI } from "../support/cli.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "modelops-readers-"));
  await mkdir(join(dir, "data"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function file(name: string, text: string): Promise<string> {
  const path = join(dir, "data", name);
  await writeFile(path, text);
  return path;
}

const model = (spec: Record<string, unknown>): ModelConfig =>
  modelSchema.parse({ model: { architecture: "mlp" }, ...spec });

async function failure(p: Promise<unknown>): Promise<ModelopsError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ModelopsError);
  expect((err as ModelopsError).message).not.toContain("\n");
  return err as ModelopsError;
}

describe("CSV and TSV", () => {
  test("quoted fields keep delimiters, doubled quotes and line breaks; CRLF and a BOM are fine", async () => {
    const path = await file(
      "quoted.csv",
      '\uFEFFname,note,n\r\n"Smith, J","said ""hi""",1\r\n"multi\nline", plain ,2\r\n',
    );
    const t = await readDelimited(path, { displayPath: "data/quoted.csv" });
    expect(t.columns.map((c) => c.name)).toEqual(["name", "note", "n"]);
    expect(t.columns[0]!.values).toEqual(["Smith, J", "multi\nline"]);
    expect(t.columns[1]!.values).toEqual(['said "hi"', "plain"]);
    expect(Array.from(t.columns[2]!.values as Float64Array)).toEqual([1, 2]);
    expect(Array.from(t.lines)).toEqual([2, 4]);
  });

  test("a chunk boundary inside a quoted field or a CRLF changes nothing", async () => {
    const row = `"${"x".repeat(70_000)},""y""",3\r\n`;
    const path = await file("big-quoted.csv", `a,b\r\n${row.repeat(40)}`);
    const t = await readDelimited(path, {});
    expect(t.rowCount).toBe(40);
    expect((t.columns[0]!.values as string[]).every((v) => v === `${"x".repeat(70_000)},"y"`)).toBe(true);
    expect(t.lines[39]).toBe(41);
  });

  test("TSV, no header, and header detection", async () => {
    const tsv = await file("t.tsv", "1\tred\n2\tblue\n");
    const noHeader = await readDelimited(tsv, { delimiter: "\t", header: false });
    expect(noHeader.columns.map((c) => [c.name, c.type])).toEqual([
      ["column_1", "number"],
      ["column_2", "string"],
    ]);
    const auto = await readDelimited(tsv, { delimiter: "\t", header: "auto" });
    expect(auto.rowCount).toBe(2);
    const withHeader = await file("h.tsv", "id\tcolor\n1\tred\n");
    expect((await readDelimited(withHeader, { delimiter: "\t", header: "auto" })).columns[0]!.name).toBe(
      "id",
    );
  });

  test("declared types: text kept as written; a non-number in a number column fails at its line, or is counted", async () => {
    const path = await file("typed.csv", "zip,amount\n01234,10\n02000,oops\n");
    const strict = await failure(
      readDelimited(path, { displayPath: "data/typed.csv", types: { zip: "string", amount: "number" } }),
    );
    expect(strict.exitCode).toBe(2);
    expect(strict.message).toBe(
      'data/typed.csv:3: column "amount" is declared a number but holds "oops"; fix the value, or set onTypeError: missing on this data source to count such values as missing',
    );
    const lenient = await readDelimited(path, {
      types: { zip: "string", amount: "number" },
      onTypeError: "missing",
    });
    expect(lenient.columns[0]!.values).toEqual(["01234", "02000"]);
    expect(Array.from(lenient.columns[1]!.values as Float64Array)).toEqual([10, Number.NaN]);
    expect(lenient.coercionFailures).toEqual({ amount: 1 });
  });

  test("Infinity and NaN as numbers are errors naming file and line (NaN text is missing)", async () => {
    const path = await file("inf.csv", "a,b\n1,NaN\n2,Infinity\n");
    expect((await failure(readDelimited(path, { displayPath: "data/inf.csv" }))).message).toBe(
      'data/inf.csv:3: column "b" holds Infinity, which is not a finite number; remove it, or set onTypeError: missing on this data source to count such values as missing',
    );
  });
});

describe("JSON Lines and Parquet", () => {
  test("JSON Lines: keys are columns, absent keys are missing, a bad line names its number", async () => {
    const path = await file("rows.jsonl", '{"a": 1, "b": "x"}\n\n{"a": 2.5, "c": true}\n');
    const t = await readJsonl(path);
    expect(t.columns.map((c) => c.name)).toEqual(["a", "b", "c"]);
    expect(t.columns[1]!.values).toEqual(["x", null]);
    expect(t.columns[2]!.values).toEqual([null, "true"]);
    expect(Array.from(t.lines)).toEqual([1, 3]);
    const bad = await file("bad.jsonl", '{"a": 1}\n{"a": 2,}\n');
    expect((await failure(readJsonl(bad, { displayPath: "data/bad.jsonl" }))).message).toMatch(
      /^data\/bad\.jsonl:2: not valid JSON \(.*\); each line must be one JSON object$/,
    );
    const nested = await file("nested.jsonl", '{"a": {"b": 1}}\n');
    expect((await failure(readJsonl(nested, { displayPath: "data/nested.jsonl" }))).message).toBe(
      'data/nested.jsonl:1: column "a" holds an object; modelops reads flat columns only: flatten it or leave the column out',
    );
    expect(
      (await failure(readJsonl(await file("empty.jsonl", ""), { displayPath: "e.jsonl" }))).message,
    ).toBe("e.jsonl: the file is empty; expected one JSON object per line");
  });

  test("Parquet: columns, nulls and row numbers, read a row group at a time", async () => {
    const path = join(dir, "data", "t.parquet");
    parquetWriteFile({
      filename: path,
      columnData: [
        { name: "x", data: [1.5, 2.5, null, 4], type: "DOUBLE" },
        { name: "label", data: ["a", "b", "a", null], type: "STRING" },
      ],
      rowGroupSize: 2,
    });
    const t = await readParquet(path, { displayPath: "data/t.parquet" });
    expect(t.rowCount).toBe(4);
    expect(Array.from(t.columns[0]!.values as Float64Array)).toEqual([1.5, 2.5, Number.NaN, 4]);
    expect(t.columns[1]!.values).toEqual(["a", "b", "a", null]);
    expect(t.position).toBe("row");
    const notParquet = await file("fake.parquet", "a,b\n1,2\n");
    expect((await failure(readParquet(notParquet, { displayPath: "data/fake.parquet" }))).message).toMatch(
      /^data\/fake\.parquet: not a readable Parquet file/,
    );
  });

  test("preprocess reads Parquet and JSON Lines sources like CSV", async () => {
    const xs = Array.from({ length: 30 }, (_, i) => i);
    parquetWriteFile({
      filename: join(dir, "data", "train.parquet"),
      columnData: [
        { name: "x", data: xs.map((i) => i / 2), type: "DOUBLE" },
        { name: "y", data: xs.map((i) => (i % 2 ? "odd" : "even")), type: "STRING" },
      ],
    });
    await file(
      "train.jsonl",
      xs.map((i) => JSON.stringify({ x: i / 2, y: i % 2 ? "odd" : "even" })).join("\n"),
    );
    const spec = (train: Record<string, unknown>) =>
      model({
        task: "classification",
        data: { target: "y", train },
        preprocess: [{ scale: { method: "standard" } }],
        split: { validation: 0.2, test: 0.2, seed: 3 },
      });
    const p = await preprocess({
      configDir: dir,
      model: spec({ format: "parquet", path: "data/train.parquet" }),
    });
    const j = await preprocess({
      configDir: dir,
      model: spec({ format: "jsonl", path: "data/train.jsonl" }),
    });
    expect(p.data).toEqual(j.data);
    expect(p.transform).toEqual(j.transform);
  });
});

describe("bad data: one clear line with file and row, exit 2, nothing written", () => {
  const spec = (path: string, extra: Record<string, unknown> = {}) =>
    model({ task: "classification", data: { target: "y", train: { format: "csv", path } }, ...extra });

  test("ragged rows, an empty file, a missing label column, text in a numeric column", async () => {
    await file("ragged2.csv", "x,y\n1,a\n2,b,c\n");
    expect((await failure(preprocess({ configDir: dir, model: spec("data/ragged2.csv") }))).message).toBe(
      "data/ragged2.csv:3: expected 2 fields, found 3",
    );
    await file("empty.csv", "");
    expect((await failure(preprocess({ configDir: dir, model: spec("data/empty.csv") }))).message).toBe(
      "data/empty.csv: the file is empty; expected a header row with column names",
    );
    await file("nolabel.csv", "x,z\n1,2\n");
    const nolabel = await failure(preprocess({ configDir: dir, model: spec("data/nolabel.csv") }));
    expect(nolabel.exitCode).toBe(2);
    expect(nolabel.message).toBe('data/nolabel.csv: no column "y" (data.target); available columns: x, z');
    await file("text.csv", "x,y\n1,a\n2,b\nthree,a\n");
    expect(
      (
        await failure(
          preprocess({
            configDir: dir,
            model: model({
              task: "classification",
              data: { target: "y", train: { format: "csv", path: "data/text.csv", types: { x: "number" } } },
            }),
          }),
        )
      ).message,
    ).toBe(
      'data/text.csv:4: column "x" is declared a number but holds "three"; fix the value, or set onTypeError: missing on this data source to count such values as missing',
    );
  });

  test("with onTypeError: missing, bad values are counted in the profile and imputed", async () => {
    const lines = ["x,y"];
    for (let i = 0; i < 20; i++)
      lines.push(`${i === 4 ? "n/a?" : i === 9 ? "Infinity" : i},${i % 2 ? "a" : "b"}`);
    await file("lenient.csv", `${lines.join("\n")}\n`);
    const r = await preprocess({
      configDir: dir,
      model: model({
        task: "classification",
        data: {
          target: "y",
          train: { format: "csv", path: "data/lenient.csv", types: { x: "number" }, onTypeError: "missing" },
        },
        preprocess: [{ impute: { strategy: "median" } }],
        split: { validation: 0.2, test: 0.2, seed: 1 },
      }),
    });
    expect(r.profile.coercionFailures).toEqual({ x: 2 });
    expect(Object.values(r.profile.imputed ?? {})).toEqual([2]);
  });

  test("the CLI exits 2 with the one-line message and leaves no output folder behind", () => {
    const cfg = join(dir, "bad.yaml");
    const out = join(dir, "bad-out");
    return writeFile(
      cfg,
      "version: 1\nmodels:\n  m:\n    task: classification\n    data: { target: y, train: { format: csv, path: data/ragged2.csv } }\n    model: { architecture: mlp }\n",
    ).then(async () => {
      const cli = MODELOPS_CLI;
      const res = spawnSync(process.execPath, [cli, "preprocess", "-c", cfg, "-o", out], {
        encoding: "utf8",
      });
      expect(res.status).toBe(2);
      expect(res.stderr.trim()).toBe("modelops: error: data/ragged2.csv:3: expected 2 fields, found 3");
      await expect(readFile(join(out, "profile.json"))).rejects.toThrow();
    });
  });
});

describe("pointer files: data outside git, addressed by sha256", () => {
  test("data add stores the file, the pointer is read through the store, its digest keys the run", async () => {
    const repo = join(dir, "repo");
    await mkdir(join(repo, "data"), { recursive: true });
    const lines = ["x,y"];
    for (let i = 0; i < 30; i++) lines.push(`${i},${i % 2 ? "a" : "b"}`);
    const big = join(repo, "data", "big.csv");
    await writeFile(big, `${lines.join("\n")}\n`);
    const digest = await sha256File(big);
    const added = await addToStore(big, repo);
    expect(added.pointer).toEqual({ sha256: digest, size: (await readFile(big)).length, path: "big.csv" });
    expect(await readFile(join(repo, "data", ".gitignore"), "utf8")).toBe("/big.csv\n");
    await rm(big); // the data lives in the store now
    const config = model({
      task: "classification",
      data: { target: "y", train: { format: "csv", path: "data/big.csv.ptr" } },
      split: { validation: 0.2, test: 0.2, seed: 1 },
    });
    const r = await preprocess({ configDir: repo, model: config });
    expect(r.dataDigests).toEqual({ "data/big.csv.ptr": digest });
    expect(r.profile.rows.raw).toBe(30);
    await writePrepared(join(repo, "out"), r);
    // a new pointer (new data) is a new input key
    const ref = { configDir: repo, name: "m", config };
    const before = await modelKey(ref);
    const pointerFile = join(repo, "data", "big.csv.ptr");
    const text = await readFile(pointerFile, "utf8");
    await writeFile(pointerFile, text.replace(digest, "0".repeat(64)));
    expect(await modelKey(ref)).not.toBe(before);
    // and data that is not in the store is a clear error
    expect((await failure(preprocess({ configDir: repo, model: config }))).message).toMatch(
      /^data\/big\.csv\.ptr: data 000000000000 \(big\.csv, \d+ bytes\) is not in the data store /,
    );
  });
});
