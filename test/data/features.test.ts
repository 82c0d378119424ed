// Cleaning and feature steps on small data with known answers, and the promise that the server's
// applyTransform gives exactly the numbers training saw.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { type ModelConfig, modelSchema } from "../../pipelines/config/schema.ts";
import {
  applyTransform,
  applyTransformInto,
  fitPca,
  preprocess,
  sampleInstance,
  transformWidth,
} from "../../pipelines/data/index.ts";
import { symmetricEigen } from "../../pipelines/data/linalg.ts";
import { ModelopsError } from "../../pipelines/errors.ts";
import { Registry } from "../../pipelines/registry/index.ts";
import { runModel } from "../../pipelines/run/run.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "modelops-features-"));
  await mkdir(join(dir, "data"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const model = (spec: Record<string, unknown>): ModelConfig =>
  modelSchema.parse({ model: { architecture: "mlp" }, ...spec });

async function csv(name: string, lines: string[]): Promise<string> {
  await writeFile(join(dir, "data", name), `${lines.join("\n")}\n`);
  return `data/${name}`;
}

/** The fixed 12 x 5 matrix whose scikit-learn figures are recorded below. */
const X = Array.from({ length: 12 }, (_, i) =>
  Array.from({ length: 5 }, (_, j) => ((i * 7 + j * 3) % 11) + 0.5 * j * (i % 3) + ((i * j) % 5) * 0.25),
);

describe("PCA matches scikit-learn", () => {
  // /usr/bin/python3: PCA(n_components=3, svd_solver="full").fit(X).explained_variance_ratio_ (sklearn 1.2.1)
  const SKLEARN_3 = [0.3838938574, 0.2902039891, 0.1585710588];
  // PCA(n_components=0.9): 4 components, the 4th ratio 0.1137056992
  const SKLEARN_4TH = 0.1137056992;
  // StandardScaler then PCA(n_components=2)
  const SKLEARN_STD_2 = [0.3828687447, 0.2904063535];

  test("explained variance ratios of PCA(3) on a fixed matrix", async () => {
    const fit = await fitPca(Float64Array.from(X.flat()), 12, 5, { components: 3 });
    expect(fit.k).toBe(3);
    fit.explainedVarianceRatio.forEach((v, k) => {
      expect(v).toBeCloseTo(SKLEARN_3[k]!, 9);
    });
  });

  test("components by explained variance: the fewest reaching 0.9, as scikit-learn counts them", async () => {
    const fit = await fitPca(Float64Array.from(X.flat()), 12, 5, { variance: 0.9 });
    expect(fit.k).toBe(4);
    expect(fit.explainedVarianceRatio[3]).toBeCloseTo(SKLEARN_4TH, 9);
  });

  test("standardise + PCA(2) through preprocess: ratios in the profile, inputs of width 2", async () => {
    const lines = ["a,b,c,d,e,y"];
    X.forEach((row, i) => {
      lines.push(`${row.join(",")},${i}`);
    });
    // the 12 rows are all training rows: the test rows come from a second file
    const train = await csv("pca-train.csv", lines);
    const testFile = await csv("pca-test.csv", ["a,b,c,d,e,y", "1,2,3,4,5,0", "2,3,4,5,6,1"]);
    const r = await preprocess({
      configDir: dir,
      model: model({
        task: "regression",
        data: { target: "y", train: { format: "csv", path: train }, test: { format: "csv", path: testFile } },
        preprocess: [{ scale: { method: "standard" } }, { pca: { components: 2 } }],
        split: { validation: 0.01, seed: 1 },
      }),
    });
    // the validation row is not in the fit: refit on the training rows alone for the reference
    expect(r.profile.rows.train).toBe(11);
    expect(r.transform.outputs).toEqual(["pc1", "pc2"]);
    expect(transformWidth(r.transform)).toBe(2);
    expect(r.profile.pca?.components).toBe(2);
    // serving projects one row at a time, training in blocks: the same numbers
    expect(
      applyTransform(r.transform, [
        { a: 1, b: 2, c: 3, d: 4, e: 5 },
        { a: "2", b: 3, c: 4, d: 5, e: 6 },
      ]),
    ).toEqual(r.data.test.x);
    const full = await preprocess({
      configDir: dir,
      model: model({
        task: "regression",
        data: { target: "y", train: { format: "csv", path: train }, test: { format: "csv", path: testFile } },
        preprocess: [{ scale: { method: "standard" } }, { pca: { components: 2 } }],
        split: { validation: 0.01, seed: 1 },
      }),
    });
    expect(full.profile.pca).toEqual(r.profile.pca);
    // the 12-row fit is scikit-learn's recorded one
    const all = await fitPca(standardised(X), 12, 5, { components: 2 });
    all.explainedVarianceRatio.forEach((v, k) => {
      expect(v).toBeCloseTo(SKLEARN_STD_2[k]!, 9);
    });
  });

  test("eigenvectors satisfy A v = lambda v with inverse iteration and with full QL", () => {
    const d = 30;
    const a = new Float64Array(d * d);
    for (let i = 0; i < d; i++)
      for (let j = 0; j < d; j++) a[i * d + j] = Math.cos(i * j + 1) + (i === j ? d : 0);
    for (let i = 0; i < d; i++) for (let j = 0; j < i; j++) a[i * d + j] = a[j * d + i]!;
    for (const k of [3, d]) {
      const { values, vectors } = symmetricEigen(a, d, k);
      for (let q = 0; q < k; q++) {
        for (let i = 0; i < d; i++) {
          let s = 0;
          for (let j = 0; j < d; j++) s += a[i * d + j]! * vectors[q * d + j]!;
          expect(Math.abs(s - values[q]! * vectors[q * d + i]!)).toBeLessThan(1e-9);
        }
      }
    }
  });
});

function standardised(rows: number[][]): Float64Array {
  const n = rows.length;
  const d = rows[0]!.length;
  const out = new Float64Array(n * d);
  for (let j = 0; j < d; j++) {
    const col = rows.map((r) => r[j]!);
    const mean = col.reduce((a, b) => a + b, 0) / n;
    const std = Math.sqrt(col.reduce((a, b) => a + (b - mean) ** 2, 0) / n);
    col.forEach((v, i) => {
      out[i * d + j] = (v - mean) / std;
    });
  }
  return out;
}

describe("feature steps with known answers", () => {
  test("robust scaling is (x - median) / IQR, as scikit-learn's RobustScaler", async () => {
    const lines = ["a,b,c,d,e,y"];
    X.forEach((row, i) => {
      lines.push(`${row.join(",")},${i}`);
    });
    const train = await csv("robust.csv", lines);
    const testFile = await csv("robust-test.csv", ["a,b,c,d,e,y", "1,2,3,4,5,0"]);
    // validation takes one row; fit on the other 11, so compare with the 11 training rows' statistics
    const r = await preprocess({
      configDir: dir,
      model: model({
        task: "regression",
        data: { target: "y", train: { format: "csv", path: train }, test: { format: "csv", path: testFile } },
        preprocess: [{ scale: { method: "robust" } }],
        split: { validation: 0.01, seed: 1 },
      }),
    });
    const valId = r.data.validation.y[0]!;
    const rows = X.filter((_, i) => i !== valId);
    for (let j = 0; j < 5; j++) {
      const col = rows.map((row) => row[j]!).sort((p, q) => p - q);
      const q = (p: number) => {
        const pos = p * (col.length - 1);
        const lo = Math.floor(pos);
        return col[lo]! + (col[Math.min(col.length - 1, lo + 1)]! - col[lo]!) * (pos - lo);
      };
      expect(r.transform.features[j]!.scale).toEqual({
        method: "robust",
        shift: q(0.5),
        divide: q(0.75) - q(0.25),
      });
    }
  });

  test("one-hot with an unknown bucket, ordinal, log, clip, text impute: serving gives training's numbers", async () => {
    const lines = ["city,size,income,y"];
    const cities = ["paris", "rome", "oslo", "rome", "paris", "rome", ""];
    for (let i = 0; i < 42; i++) {
      const city = cities[i % cities.length];
      const size = i === 5 ? 1000 : (i % 9) + 1; // one outlier
      lines.push(`${city},${size},${(i * 37) % 100},${i % 2 ? "yes" : "no"}`);
    }
    const train = await csv("cities.csv", lines);
    const testFile = await csv("cities-test.csv", [
      "city,size,income,y",
      "paris,3,10,yes",
      "berlin,4,20,no",
      ",2000,0,yes",
    ]);
    const r = await preprocess({
      configDir: dir,
      model: model({
        task: "classification",
        data: { target: "y", train: { format: "csv", path: train }, test: { format: "csv", path: testFile } },
        preprocess: [
          { impute: { strategy: "most_frequent", columns: ["city"] } },
          { outliers: { method: "iqr", action: "clip", columns: ["size"] } },
          { log: { columns: ["income"], offset: 1 } },
          { encode: { method: "onehot" } },
          { scale: { method: "minmax", columns: ["size", "income"] } },
        ],
        split: { validation: 0.2, seed: 5 },
      }),
    });
    const city = r.transform.features[0]!;
    expect(city.encode).toEqual({
      method: "onehot",
      categories: ["oslo", "paris", "rome"],
      unknown: "bucket",
    });
    expect(city.imputeText).toBe("rome");
    expect(r.transform.outputs).toEqual([
      "city=oslo",
      "city=paris",
      "city=rome",
      "city=<unknown>",
      "size",
      "income",
    ]);
    const size = r.transform.features[1]!;
    expect(size.clip!.max).toBeLessThan(1000);
    expect(r.transform.features[2]!.log).toEqual({ offset: 1 });
    // test rows: paris; berlin (unknown bucket); missing city (imputed rome) with a clipped size
    const [paris, berlin, missing] = r.data.test.x;
    expect(paris!.slice(0, 4)).toEqual([0, 1, 0, 0]);
    expect(berlin!.slice(0, 4)).toEqual([0, 0, 0, 1]);
    expect(missing!.slice(0, 4)).toEqual([0, 0, 1, 0]);
    const sc = size.scale!;
    expect(missing![4]).toBe((size.clip!.max - sc.shift) / sc.divide); // 2000 clipped to the fitted bound
    // the server's transform of the raw rows is identical, to the last bit
    const raw = [
      { city: "paris", size: "3", income: 10 },
      { city: "berlin", size: 4, income: "20" },
      { city: null, size: 2000, income: 0 },
    ];
    expect(applyTransform(r.transform, raw)).toEqual(r.data.test.x);
    const flat = new Float64Array(3 * transformWidth(r.transform));
    applyTransformInto(r.transform, raw, flat);
    expect(Array.from(flat)).toEqual(r.data.test.x.flat());
    // and the counts are in the profile
    expect(r.profile.imputed).toMatchObject({ city: expect.any(Number) });
    expect(r.profile.clipped).toMatchObject({ size: expect.any(Number) });
    // the server's warm-up row is accepted
    expect(applyTransform(r.transform, [sampleInstance(r.transform)])[0]).toHaveLength(6);
  });

  test("ordinal encoding with unknown: error refuses an unseen category at serving time", async () => {
    const lines = ["color,y"];
    for (let i = 0; i < 30; i++) lines.push(`${["red", "green", "blue"][i % 3]},${i % 2}`);
    const train = await csv("colors-ord.csv", lines);
    const r = await preprocess({
      configDir: dir,
      model: model({
        task: "classification",
        data: { target: "y", train: { format: "csv", path: train } },
        preprocess: [{ encode: { method: "ordinal", unknown: "error" } }],
        split: { validation: 0.2, test: 0.2, seed: 2 },
      }),
    });
    expect(applyTransform(r.transform, [{ color: "green" }])).toEqual([[1]]);
    expect(() => applyTransform(r.transform, [{ color: "pink" }])).toThrow(
      /^instance 0: feature "color" is "pink", a category the model was not trained on/,
    );
  });

  test("outliers with action drop remove training rows only, counted", async () => {
    const lines = ["x,y"];
    for (let i = 0; i < 50; i++) lines.push(`${i === 7 || i === 8 ? 500 : i % 10},${i}`);
    const train = await csv("outliers.csv", lines);
    const r = await preprocess({
      configDir: dir,
      model: model({
        task: "regression",
        data: { target: "y", train: { format: "csv", path: train } },
        preprocess: [{ outliers: { method: "zscore", threshold: 3, action: "drop" } }],
        split: { validation: 0.1, test: 0.1, seed: 4 },
      }),
    });
    const dropped = r.profile.rows.cleaning?.outliers ?? 0;
    const inTrain = [7, 8].filter((id) => !r.data.validation.y.includes(id) && !r.data.test.y.includes(id));
    expect(dropped).toBe(inTrain.length);
    expect(r.data.train.x.every((row) => row[0]! < 100)).toBe(true);
    expect(r.profile.rows.train + r.profile.rows.validation + r.profile.rows.test).toBe(50 - dropped);
  });

  test("duplicates and missing targets are dropped before the split and counted", async () => {
    const train = await csv("dups.csv", [
      "x,y",
      "1,a",
      "1,a",
      "2,b",
      "2,",
      "3,a",
      "3,a",
      "3,a",
      "4,b",
      "5,a",
      "6,b",
      "7,a",
      "8,b",
      "9,a",
      "10,b",
    ]);
    const r = await preprocess({
      configDir: dir,
      model: model({
        task: "classification",
        data: { target: "y", train: { format: "csv", path: train } },
        preprocess: [{ dropDuplicates: {} }],
        split: { validation: 0.2, test: 0.2, seed: 1 },
      }),
    });
    expect(r.profile.rows.cleaning).toEqual({ missingTarget: 1, dropDuplicates: 3 });
    expect(r.profile.rows.raw).toBe(14);
    expect(r.profile.rows.dropped).toBe(4);
  });

  test("variance selection drops constant inputs and names them", async () => {
    const lines = ["a,b,c,y"];
    for (let i = 0; i < 20; i++) lines.push(`${i},7,${i % 3},${i}`);
    const train = await csv("variance.csv", lines);
    const r = await preprocess({
      configDir: dir,
      model: model({
        task: "regression",
        data: { target: "y", train: { format: "csv", path: train } },
        preprocess: [{ selectVariance: { threshold: 0 } }],
        split: { validation: 0.2, test: 0.2, seed: 1 },
      }),
    });
    expect(r.transform.outputs).toEqual(["a", "c"]);
    expect(r.profile.selectedOut).toEqual(["b"]);
    expect(applyTransform(r.transform, [{ a: 1, b: 7, c: 2 }])).toEqual([[1, 2]]);
  });

  test("unknown classes: fail names the row; drop counts them", async () => {
    const lines = ["x,y"];
    for (let i = 0; i < 20; i++) lines.push(`${i},${i === 13 ? "maybe" : i % 2 ? "yes" : "no"}`);
    const train = await csv("labels.csv", lines);
    const spec = (onUnknownClass?: string) =>
      model({
        task: "classification",
        data: { target: "y", classes: ["no", "yes"], onUnknownClass, train: { format: "csv", path: train } },
        split: { validation: 0.2, test: 0.2, seed: 1 },
      });
    const err = await preprocess({ configDir: dir, model: spec() }).catch((e: unknown) => e as ModelopsError);
    expect(err).toBeInstanceOf(ModelopsError);
    expect((err as ModelopsError).message).toBe(
      'data/labels.csv:15: class "maybe" is not in data.classes (no, yes); fix the label, add it to data.classes, or set data.onUnknownClass: drop',
    );
    const r = await preprocess({ configDir: dir, model: spec("drop") });
    expect(r.profile.rows.cleaning).toEqual({ unknownClass: 1 });
    expect(r.profile.classImbalance).toBeGreaterThanOrEqual(1);
  });
});

describe("the pipeline trains on the transformed width", () => {
  test("one-hot + log + robust scaling + PCA(variance) run end to end: the model takes transformWidth inputs", async () => {
    const lines = ["city,size,income,y"];
    for (let i = 0; i < 120; i++) {
      const city = ["paris", "rome", "oslo"][i % 3];
      const size = (i * 7) % 10;
      lines.push(`${city},${size},${(i * 13) % 100},${size > 4 === (city !== "oslo") ? "yes" : "no"}`);
    }
    await csv("run.csv", lines);
    const config = model({
      task: "classification",
      data: { target: "y", train: { format: "csv", path: "data/run.csv" } },
      preprocess: [
        { encode: { method: "onehot" } },
        { log: { columns: ["income"] } },
        { scale: { method: "robust" } },
        { pca: { variance: 0.9 } },
      ],
      model: { architecture: "mlp", dense: [4] },
      train: { epochs: 2, batchSize: 32 },
    });
    const registry = await Registry.open(join(dir, ".modelops"));
    const out = join(dir, "run-out");
    const result = await runModel({ configDir: dir, name: "cities", config }, { outDir: out, registry });
    const transform = JSON.parse(await readFile(join(out, "model", "preprocessing.json"), "utf8"));
    const modelJson = JSON.parse(await readFile(join(out, "model", "model.json"), "utf8"));
    const width = transformWidth(transform);
    expect(width).toBe(transform.pca.components.length);
    expect(JSON.stringify(modelJson.modelTopology)).toContain(`[null,${width}]`);
    expect(result.metrics.metrics.accuracy).toBeGreaterThan(0);
  });
});
