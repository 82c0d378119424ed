import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { readCsv, sha256File } from "../../pipelines/data/index.ts";
import { ModelopsError } from "../../pipelines/errors.ts";

const IRIS = join(import.meta.dirname, "../../examples/iris/data/iris.csv");
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "modelops-csv-"));
  await mkdir(join(dir, "data"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function csvError(text: string, options: { delimiter?: string } = {}): Promise<ModelopsError> {
  const file = join(dir, "data", "bad.csv");
  await writeFile(file, text);
  const err = await readCsv(file, { ...options, displayPath: "data/bad.csv" }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ModelopsError);
  return err as ModelopsError;
}

describe("readCsv", () => {
  test("reads the iris CSV: header plus 150 rows", async () => {
    const t = await readCsv(IRIS);
    expect(t.columns).toEqual(["sepal_length", "sepal_width", "petal_length", "petal_width", "species"]);
    expect(t.rows).toHaveLength(150);
    expect(t.rows[0]).toEqual(["5.1", "3.5", "1.4", "0.2", "setosa"]);
    expect(t.lines[0]).toBe(2);
  });

  test("trims fields, skips empty lines, keeps line numbers, honours the delimiter", async () => {
    const file = join(dir, "data", "semi.csv");
    await writeFile(file, "a; b\n 1 ;2\n\n3;4\n");
    const t = await readCsv(file, { delimiter: ";" });
    expect(t).toEqual({
      columns: ["a", "b"],
      rows: [
        ["1", "2"],
        ["3", "4"],
      ],
      lines: [2, 4],
    });
  });

  test("a ragged row is reported as file:line with the field counts", async () => {
    const err = await csvError("a,b,c\n1,2,3\n\n4,5\n");
    expect(err.exitCode).toBe(2);
    expect(err.message).toBe("data/bad.csv:4: expected 3 fields, found 2");
  });

  test("an unclosed quote names the line", async () => {
    expect((await csvError('a,b\n1,2\n"x,3\n')).message).toMatch(
      /^data\/bad\.csv:\d+: a quoted field is never closed/,
    );
  });

  test("an empty file and a duplicate header are explained", async () => {
    expect((await csvError("")).message).toBe(
      "data/bad.csv: the file is empty; expected a header row with column names",
    );
    expect((await csvError("a,b,a\n1,2,3\n")).message).toBe(
      'data/bad.csv:1: column "a" appears twice in the header; rename one',
    );
  });

  test("a missing file says which config key to fix", async () => {
    const err = await readCsv(join(dir, "data", "nope.csv"), {
      displayPath: "data/nope.csv",
      key: "data.train.path",
    }).then(
      () => undefined,
      (e: unknown) => e as ModelopsError,
    );
    expect(err).toBeInstanceOf(ModelopsError);
    expect(err?.message).toBe(
      "data/nope.csv: file not found (data.train.path is relative to modelops.yaml); fix the path or add the file",
    );
  });
});

describe("sha256File", () => {
  test("is the sha256 of the file's bytes", async () => {
    const file = join(dir, "abc.txt");
    await writeFile(file, "abc");
    expect(await sha256File(file)).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});
