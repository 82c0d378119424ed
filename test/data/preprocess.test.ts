import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { type ModelConfig, modelSchema } from "../../pipelines/config/schema.ts";
import {
  applyTransform,
  type PreprocessResult,
  preprocess,
  readPrepared,
  sha256File,
  writePrepared,
} from "../../pipelines/data/index.ts";
import { columnOf, type Table } from "../../pipelines/data/table.ts";
import { ModelopsError } from "../../pipelines/errors.ts";

const IRIS = join(import.meta.dirname, "../../examples/iris/data/iris.csv");
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "modelops-data-"));
  await mkdir(join(dir, "data"));
  await copyFile(IRIS, join(dir, "data", "iris.csv"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A model config as the schema parses it from modelops.yaml (defaults applied). */
function model(spec: Record<string, unknown>): ModelConfig {
  return modelSchema.parse({ model: { architecture: "mlp" }, ...spec });
}

const irisModel = (extra: Record<string, unknown> = {}) =>
  model({
    task: "classification",
    data: { target: "species", train: { format: "csv", path: "data/iris.csv" } },
    preprocess: [{ dropMissing: {} }, { scale: { method: "standard" } }],
    split: { validation: 0.15, test: 0.2, stratify: true, seed: 42 },
    ...extra,
  });

async function writeCsv(name: string, text: string): Promise<void> {
  await writeFile(join(dir, "data", name), text);
}

async function failure(m: ModelConfig): Promise<ModelopsError> {
  const err = await preprocess({ configDir: dir, model: m }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ModelopsError);
  expect((err as ModelopsError).message).not.toContain("\n");
  return err as ModelopsError;
}

function classCounts(y: number[]): number[] {
  const counts = [0, 0, 0];
  for (const c of y) counts[c]!++;
  return counts;
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

describe("iris, stratified split", () => {
  let result: PreprocessResult;
  beforeAll(async () => {
    result = await preprocess({ configDir: dir, model: irisModel() });
  });

  test("classes are the sorted labels and every split keeps the 1:1:1 class proportions", () => {
    expect(result.transform.target).toEqual({
      name: "species",
      classes: ["setosa", "versicolor", "virginica"],
    });
    expect(classCounts(result.data.test.y)).toEqual([10, 10, 10]);
    expect(classCounts(result.data.validation.y)).toEqual([6, 6, 6]);
    expect(classCounts(result.data.train.y)).toEqual([34, 34, 34]);
    expect(result.profile.rows).toEqual({ raw: 150, dropped: 0, train: 102, validation: 18, test: 30 });
  });

  test("the same seed gives identical splits; another seed gives different ones", async () => {
    const again = await preprocess({ configDir: dir, model: irisModel() });
    expect(again.data).toEqual(result.data);
    expect(again.transform).toEqual(result.transform);
    const other = await preprocess({
      configDir: dir,
      model: irisModel({ split: { validation: 0.15, test: 0.2, stratify: true, seed: 7 } }),
    });
    expect(other.data.test.x).not.toEqual(result.data.test.x);
    expect(classCounts(other.data.test.y)).toEqual([10, 10, 10]);
  });

  test("standard scaling is fitted on the training split: its features have mean 0 and std 1", () => {
    for (let j = 0; j < 4; j++) {
      const col = result.data.train.x.map((r) => r[j]!);
      const m = mean(col);
      expect(m).toBeCloseTo(0, 10);
      expect(Math.sqrt(mean(col.map((v) => (v - m) ** 2)))).toBeCloseTo(1, 10);
    }
    // ...and the profile describes the raw training split those statistics came from.
    const profiled = result.profile.columns.find((c) => c.name === "petal_length")!;
    expect(result.transform.features[2]!.scale).toEqual({
      method: "standard",
      shift: profiled.mean,
      divide: profiled.std,
    });
    expect(profiled).toMatchObject({ role: "feature", type: "number", missing: 0 });
    expect(result.profile.columns.at(-1)).toEqual({
      name: "species",
      role: "target",
      type: "string",
      missing: 0,
      counts: { setosa: 34, versicolor: 34, virginica: 34 },
    });
  });

  test("the data digest is the sha256 of the CSV, keyed by its path in the config", async () => {
    expect(result.dataDigests).toEqual({ "data/iris.csv": await sha256File(IRIS) });
  });

  test("writePrepared and readPrepared round-trip the run directory", async () => {
    const out = join(dir, "out");
    await writePrepared(out, result);
    expect(await readPrepared(out)).toEqual(result);
  });

  test("readPrepared on a directory without preprocessed data says what to run", async () => {
    const out = join(dir, "empty-out");
    const err = await readPrepared(out, { model: "iris" }).then(
      () => undefined,
      (e: unknown) => e as ModelopsError,
    );
    expect(err).toBeInstanceOf(ModelopsError);
    expect(err?.message).toBe(
      `no preprocessed data in ${out}/ (run "modelops preprocess -m iris -o ${out}" first)`,
    );
  });
});

describe("fitting on the training split only", () => {
  // Regression on an id target so the test can tell which rows went to training. The test file's values are
  // far away from the training file's, so a statistic that leaked test rows would show.
  beforeAll(async () => {
    const rows = ["id,a,b"];
    for (let i = 1; i <= 40; i++) rows.push(`${i},${i % 7 === 0 ? "" : i},${(i * 3) % 11}`);
    await writeCsv("train.csv", `${rows.join("\n")}\n`);
    await writeCsv("test.csv", "id,a,b\n100,1000,50\n101,,60\n102,NA,70\n103,2000,80\n");
  });

  const idModel = (preprocessSteps: unknown[]) =>
    model({
      task: "regression",
      data: {
        target: "id",
        train: { format: "csv", path: "data/train.csv" },
        test: { format: "csv", path: "data/test.csv" },
      },
      preprocess: preprocessSteps,
      split: { validation: 0.2, seed: 3 },
    });

  test("impute fills with the mean of the training split, not of the test or validation rows", async () => {
    const r = await preprocess({ configDir: dir, model: idModel([{ impute: { strategy: "mean" } }]) });
    const trainA = r.data.train.y.filter((id) => id % 7 !== 0); // a == id where present
    expect(r.transform.features[0]!.impute).toBeCloseTo(mean(trainA), 12);
    expect(r.data.test.y).toEqual([100, 101, 102, 103]);
    expect(r.data.test.x.map((row) => row[0])).toEqual([
      1000,
      r.transform.features[0]!.impute,
      r.transform.features[0]!.impute,
      2000,
    ]);
    expect(r.profile.columns[0]).toMatchObject({ name: "a", missing: r.data.train.y.length - trainA.length });
  });

  test("median and most_frequent are training-split statistics too", async () => {
    const med = await preprocess({ configDir: dir, model: idModel([{ impute: { strategy: "median" } }]) });
    const sorted = med.data.train.y.filter((id) => id % 7 !== 0).sort((x, y) => x - y);
    const mid = sorted.length >> 1;
    const expected = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2;
    expect(med.transform.features[0]!.impute).toBe(expected);
    const freq = await preprocess({
      configDir: dir,
      model: idModel([{ impute: { strategy: "most_frequent", columns: ["b"] } }, { dropMissing: {} }]),
    });
    expect(freq.transform.features[1]!.impute).toBeDefined();
    expect(freq.profile.rows.dropped).toBe(5 + 2); // rows with a missing "a": 5 in train.csv, 2 in test.csv
  });

  test("scale statistics come from the training split, and training rows equal applyTransform of the raw rows", async () => {
    const r = await preprocess({
      configDir: dir,
      model: idModel([{ impute: { strategy: "constant", value: 0 } }, { scale: { method: "minmax" } }]),
    });
    const trainA = r.data.train.y.map((id) => (id % 7 === 0 ? 0 : id));
    expect(r.transform.features[0]).toEqual({
      name: "a",
      impute: 0,
      scale: { method: "minmax", shift: 0, divide: Math.max(...trainA) },
    });
    const rawTest = [
      { a: 1000, b: 50 },
      { a: "", b: 60 },
      { a: null, b: 70 },
      { a: "2000", b: 80 },
    ];
    expect(applyTransform(r.transform, rawTest)).toEqual(r.data.test.x);
  });

  test("scaling before imputing stores the fill value in raw units", async () => {
    const r = await preprocess({
      configDir: dir,
      model: idModel([{ scale: { method: "standard" } }, { impute: { strategy: "constant", value: 0 } }]),
    });
    const f = r.transform.features[0]!;
    // constant 0 in standardised units is the training mean in raw units
    expect(f.impute).toBeCloseTo(f.scale!.shift, 12);
    expect(applyTransform(r.transform, [{ a: "", b: 1 }])[0]![0]).toBeCloseTo(0, 12);
  });

  test("a missing feature value without an impute step points at the row and the fix", async () => {
    const err = await failure(idModel([{ scale: { method: "standard" } }]));
    expect(err.message).toBe(
      'data/train.csv:8: feature "a" is missing; add a "dropMissing" or "impute" step to preprocess in modelops.yaml',
    );
  });
});

describe("targets", () => {
  test("a regression target is parsed as numbers; rows with a missing target are dropped and counted", async () => {
    await writeCsv("price.csv", "size,price\n1,1.5\n2, 2e1 \n3,NA\n4,-4\n5,?\n6,6\n7,7\n8,8\n9,9\n10,10\n");
    const r = await preprocess({
      configDir: dir,
      model: model({
        task: "regression",
        data: { target: "price", train: { format: "csv", path: "data/price.csv" } },
        split: { validation: 0.2, test: 0.2, seed: 1 },
      }),
    });
    const all = [...r.data.train.y, ...r.data.validation.y, ...r.data.test.y].sort((a, b) => a - b);
    expect(all).toEqual([-4, 1.5, 6, 7, 8, 9, 10, 20]);
    expect(r.transform.target).toEqual({ name: "price" });
    expect(r.profile.rows).toMatchObject({ raw: 10, dropped: 2 });
    // regression targets are the raw values, features unscaled without a scale step
    const sizeOf = new Map([
      [1.5, 1],
      [20, 2],
      [-4, 4],
      [6, 6],
      [7, 7],
      [8, 8],
      [9, 9],
      [10, 10],
    ]);
    expect(r.data.train.x).toEqual(r.data.train.y.map((y) => [sizeOf.get(y)]));
  });

  test("a non-numeric regression target is an error at its line", async () => {
    await writeCsv("price-bad.csv", "size,price\n1,1\n2,cheap\n");
    const err = await failure(
      model({
        task: "regression",
        data: { target: "price", train: { format: "csv", path: "data/price-bad.csv" } },
      }),
    );
    expect(err.message).toBe(
      'data/price-bad.csv:3: target "price" is "cheap", expected a number for a regression task (or set task: classification)',
    );
  });

  test("numeric class labels sort as numbers and stay strings", async () => {
    const lines = ["x,label"];
    for (let i = 0; i < 30; i++) lines.push(`${i},${[10, 2, 1][i % 3]}`);
    await writeCsv("numlabels.csv", `${lines.join("\n")}\n`);
    const r = await preprocess({
      configDir: dir,
      model: model({
        task: "classification",
        data: { target: "label", train: { format: "csv", path: "data/numlabels.csv" } },
      }),
    });
    expect(r.transform.target.classes).toEqual(["1", "2", "10"]);
  });

  test("a class found in the test file but not in training is an error", async () => {
    await writeCsv(
      "iris-test.csv",
      "sepal_length,sepal_width,petal_length,petal_width,species\n5,3,1,0.2,setosa\n5,3,1,0.2,iris-x\n",
    );
    const err = await failure(
      irisModel({
        data: {
          target: "species",
          train: { format: "csv", path: "data/iris.csv" },
          test: { format: "csv", path: "data/iris-test.csv" },
        },
      }),
    );
    expect(err.message).toBe(
      'data/iris-test.csv:3: class "iris-x" appears in the test split but not in the training split; add training rows of it',
    );
  });
});

describe("errors a user sees", () => {
  test("a missing target column lists the available columns", async () => {
    const err = await failure(
      irisModel({ data: { target: "variety", train: { format: "csv", path: "data/iris.csv" } } }),
    );
    expect(err.exitCode).toBe(2);
    expect(err.message).toBe(
      'data/iris.csv: no column "variety" (data.target); available columns: sepal_length, sepal_width, petal_length, petal_width, species',
    );
  });

  test("missing feature columns are all named", async () => {
    const err = await failure(
      irisModel({
        data: {
          target: "species",
          features: ["sepal_length", "petal", "width"],
          train: { format: "csv", path: "data/iris.csv" },
        },
      }),
    );
    expect(err.message).toBe(
      'data/iris.csv: no columns "petal", "width" (data.features); available columns: sepal_length, sepal_width, petal_length, petal_width, species',
    );
  });

  test("a ragged row is reported with file:line", async () => {
    await writeCsv("ragged.csv", "a,b,y\n1,2,x\n3,4,y\n5,z\n");
    const err = await failure(
      model({
        task: "classification",
        data: { target: "y", train: { format: "csv", path: "data/ragged.csv" } },
      }),
    );
    expect(err.message).toBe("data/ragged.csv:4: expected 3 fields, found 2");
  });

  test("a missing data file names its path as written in modelops.yaml", async () => {
    const err = await failure(
      irisModel({ data: { target: "species", train: { format: "csv", path: "data/nope.csv" } } }),
    );
    expect(err.message).toBe(
      "data/nope.csv: file not found (data.train.path is relative to modelops.yaml); fix the path or add the file",
    );
  });

  test("a text feature without an encode step names the column, the row and the fix", async () => {
    await writeCsv("colors.csv", "size,color,y\n1,2,a\n2,red,b\n");
    const err = await failure(
      model({
        task: "classification",
        data: { target: "y", train: { format: "csv", path: "data/colors.csv" } },
      }),
    );
    expect(err.message).toMatch(
      /^data\/colors\.csv:3: feature "color" has the value "red"; a text \(categorical\) feature needs an encode step/,
    );
  });

  test("too few rows to fill every split is explained", async () => {
    await writeCsv("tiny.csv", "x,y\n1,a\n2,b\n");
    const err = await failure(
      model({
        task: "classification",
        data: { target: "y", train: { format: "csv", path: "data/tiny.csv" } },
      }),
    );
    expect(err.message).toBe(
      "data/tiny.csv: too few rows to split: 2 usable rows give train 2, validation 0, test 0; every split needs at least one row: add rows or adjust split.validation / split.test",
    );
  });
});

describe("non-finite and overflowing numbers", () => {
  const rows = (bad: string, line = 5) =>
    `x,y,label\n${Array.from({ length: 20 }, (_, i) => (i + 2 === line ? `${bad},1,${i % 2 ? "a" : "b"}` : `${i},${i % 3},${i % 2 ? "a" : "b"}`)).join("\n")}\n`;
  const wide = (file: string, preprocess: unknown[] = [{ scale: { method: "standard" } }]) =>
    model({
      task: "classification",
      data: { target: "label", train: { format: "csv", path: `data/${file}` } },
      preprocess,
      split: { validation: 0.2, test: 0.2, seed: 1, stratify: false },
    });

  test.each([
    ["1.7e308", "standard"],
    ["-1e308", "minmax"],
    ["4e38", "none"],
  ])(
    "%s (scaling: %s) is refused at its file, line and column, beyond the float32 range",
    async (value, method) => {
      await writeCsv(`big-${method}.csv`, rows(value, 7));
      const steps = method === "none" ? [] : [{ scale: { method } }];
      const err = await failure(wide(`big-${method}.csv`, steps));
      expect(err.exitCode).toBe(2);
      expect(err.message).toBe(
        `data/big-${method}.csv:7: column "x" is ${Number(value)}, beyond ±3.4e38 (the largest float32, which models train and serve in); rescale the column (e.g. other units) or remove the row`,
      );
    },
  );

  test.each(["1e999", "-1E400", "Infinity", "-inf"])(
    "%s in a number column is an error at its line, not a text value",
    async (value) => {
      await writeCsv("inf.csv", rows(value, 4));
      const err = await failure(wide("inf.csv"));
      expect(err.exitCode).toBe(2);
      expect(err.message).toMatch(/^data\/inf\.csv:4: column "x" /);
      expect(err.message).toContain("not a finite number");
    },
  );

  test("a regression target beyond the float32 range is refused at its line", async () => {
    await writeCsv(
      "huge-target.csv",
      `size,price\n${Array.from({ length: 10 }, (_, i) => `${i},${i === 3 ? "1e300" : i}`).join("\n")}\n`,
    );
    const err = await failure(
      model({
        task: "regression",
        data: { target: "price", train: { format: "csv", path: "data/huge-target.csv" } },
        split: { validation: 0.2, test: 0.2, seed: 1 },
      }),
    );
    expect(err.message).toMatch(/^data\/huge-target\.csv:5: column "price" is 1e\+300, beyond ±3\.4e38/);
  });

  test("a value that only overflows after its steps (a tiny spread) is refused naming the feature and row", async () => {
    const tiny = `x,label\n${Array.from({ length: 20 }, (_, i) => `${i === 0 ? "3e38" : String(1e-30 * i)},${i % 2 ? "a" : "b"}`).join("\n")}\n`;
    await writeCsv("tiny.csv", tiny);
    const err = await failure(wide("tiny.csv", [{ scale: { method: "robust" } }]));
    expect(err.message).toMatch(
      /^data\/tiny\.csv:\d+: feature "x" is .* after preprocessing, beyond ±3\.4e38/,
    );
  });
});

describe("wide data is linear in the number of columns", () => {
  // Counted, not timed: each feature name (and each column of the table) is read a bounded number of times
  // per column, where a lookup by scanning (indexOf, find) reads n^2 / 2 of them.
  function counting<T>(items: T[]): { items: T[]; reads: () => number } {
    let reads = 0;
    const proxy = new Proxy(items, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    return { items: proxy, reads: () => reads };
  }

  test("3,000 features: preprocess reads each feature name a bounded number of times", async () => {
    const n = 3000;
    const names = Array.from({ length: n }, (_, j) => `f${j}`);
    const rows = Array.from({ length: 20 }, (_, i) =>
      [i % 2 ? "a" : "b", ...names.map((_, j) => ((i * 31 + j * 7) % 97) / 10)].join(","),
    );
    await writeCsv("wide.csv", `${["y", ...names].join(",")}\n${rows.join("\n")}\n`);
    const m = model({
      task: "classification",
      data: { target: "y", train: { format: "csv", path: "data/wide.csv" } },
      preprocess: [{ impute: { strategy: "mean" } }, { scale: { method: "standard" } }],
      split: { validation: 0.2, test: 0.2, seed: 1, stratify: false },
    });
    const features = counting(names);
    m.data.features = features.items;
    const result = await preprocess({ configDir: dir, model: m });
    expect(result.data.train.x[0]).toHaveLength(n);
    expect(features.reads()).toBeLessThan(100 * n);
  });

  test("looking up 3,000 columns of a table by name reads each column a bounded number of times", () => {
    const n = 3000;
    const columns = counting(
      Array.from({ length: n }, (_, j) => ({
        name: `c${j}`,
        type: "number" as const,
        values: new Float64Array(1),
      })),
    );
    const table = {
      columns: columns.items,
      rowCount: 1,
      lines: [2],
      coercionFailures: {},
    } as unknown as Table;
    for (let j = n - 1; j >= 0; j--) expect(columnOf(table, `c${j}`)?.name).toBe(`c${j}`);
    expect(columns.reads()).toBeLessThan(10 * n);
  });
});
