import { describe, expect, test } from "@jest/globals";
import {
  applyTransform,
  classLabels,
  decodePrediction,
  type FittedTransform,
} from "../../pipelines/data/index.ts";
import { transformColumnsFlat } from "../../pipelines/data/transform.ts";
import { ModelopsError } from "../../pipelines/errors.ts";

const iris: FittedTransform = {
  schema: "modelops/preprocessing@1",
  task: "classification",
  features: [
    { name: "sepal_length", scale: { method: "standard", shift: 5.8, divide: 0.8 } },
    { name: "sepal_width", impute: 3, scale: { method: "standard", shift: 3, divide: 0.5 } },
    { name: "petal_length" },
    { name: "petal_width", scale: { method: "minmax", shift: 0.1, divide: 2.4 } },
  ],
  target: { name: "species", classes: ["setosa", "versicolor", "virginica"] },
};

function errorOf(fn: () => unknown): ModelopsError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ModelopsError);
    return err as ModelopsError;
  }
  throw new Error("expected an error");
}

describe("applyTransform", () => {
  test("objects keyed by feature name and arrays in feature order give the same scaled rows", () => {
    const fromObject = applyTransform(iris, [
      { petal_width: 1.3, sepal_length: 6.6, sepal_width: 2, petal_length: 4.4 },
    ]);
    const fromArray = applyTransform(iris, [[6.6, 2, 4.4, 1.3]]);
    expect(fromArray).toEqual(fromObject);
    const row = fromObject[0]!;
    expect(row[0]).toBeCloseTo((6.6 - 5.8) / 0.8);
    expect(row[1]).toBeCloseTo((2 - 3) / 0.5);
    expect(row[2]).toBe(4.4);
    expect(row[3]).toBeCloseTo((1.3 - 0.1) / 2.4);
  });

  test("numeric strings are accepted", () => {
    expect(applyTransform(iris, [["5.8", " 3 ", "1e0", "0.1"]])).toEqual([[0, 0, 1, 0]]);
  });

  test("a missing value takes the feature's impute value before scaling", () => {
    const expected = [[0, 0, 1, 0]];
    expect(applyTransform(iris, [{ sepal_length: 5.8, petal_length: 1, petal_width: 0.1 }])).toEqual(
      expected,
    );
    expect(applyTransform(iris, [[5.8, null, 1, 0.1]])).toEqual(expected);
    expect(applyTransform(iris, [[5.8, "", 1, 0.1]])).toEqual(expected);
  });

  test("a missing value without an impute value names the instance and feature", () => {
    const err = errorOf(() =>
      applyTransform(iris, [[5.8, 3, 1, 0.1], { sepal_length: 5, sepal_width: 3, petal_width: 1 }]),
    );
    expect(err.exitCode).toBe(2);
    expect(err.message).toBe(
      'instance 1: feature "petal_length" is missing and the model has no imputation for it; send a number',
    );
  });

  test("a value that is not a number names the instance, the feature and the value", () => {
    const rows = [
      [5, 3, 1, 0.2],
      [5, 3, 1, 0.2],
      [5, 3, 1, 0.2],
      [5, 3, 1, "abc"],
    ];
    expect(errorOf(() => applyTransform(iris, rows)).message).toBe(
      'instance 3: feature "petal_width" is "abc", expected a number',
    );
    expect(errorOf(() => applyTransform(iris, [[5, true, 1, 0.2]])).message).toBe(
      'instance 0: feature "sepal_width" is true, expected a number',
    );
    expect(errorOf(() => applyTransform(iris, [[5, 3, "0x10", 0.2]])).message).toContain('is "0x10"');
    expect(errorOf(() => applyTransform(iris, [[5, 3, Number.NaN, 0.2]])).message).toContain("is NaN");
  });

  test("extra keys are an error that names them", () => {
    const err = errorOf(() =>
      applyTransform(iris, [
        { sepal_length: 5, sepal_width: 3, petal_length: 1, petal_width: 0.2, color: "red" },
      ]),
    );
    expect(err.message).toBe(
      'instance 0: unknown feature "color"; the model expects sepal_length, sepal_width, petal_length, petal_width',
    );
  });

  test("an array of the wrong length and a non-object instance are errors", () => {
    expect(errorOf(() => applyTransform(iris, [[5, 3, 1]])).message).toBe(
      "instance 0: expected 4 values (sepal_length, sepal_width, petal_length, petal_width), found 3",
    );
    expect(errorOf(() => applyTransform(iris, [[5, 3, 1, 0.2], 42])).message).toMatch(
      /^instance 1: expected an object keyed by feature name or an array of 4 values/,
    );
  });
});

describe("class labels and decoding", () => {
  test("classification exposes its labels; regression has none", () => {
    expect(classLabels(iris)).toEqual(["setosa", "versicolor", "virginica"]);
    expect(classLabels({ ...iris, task: "regression", target: { name: "petal_width" } })).toBeUndefined();
  });

  test("decodePrediction picks the most probable label", () => {
    expect(decodePrediction(iris, [0.1, 0.7, 0.2])).toEqual({
      label: "versicolor",
      probabilities: { setosa: 0.1, versicolor: 0.7, virginica: 0.2 },
    });
    expect(decodePrediction({ ...iris, task: "regression", target: { name: "y" } }, [1.5])).toEqual({
      value: 1.5,
    });
  });
});

describe("transformColumnsFlat (training rows, read column by column in blocks)", () => {
  const where = (r: number) => `data.csv:${r + 2}`;
  test("imputes like applyTransform and names the first bad row in row order, not in column order", () => {
    // sepal_width (column 1) is missing in row 2 and imputed; then sepal_length (column 0) is missing in row 5
    // and petal_length (column 2, no impute value) in row 3: column by column row 5 fails first, in row order
    // row 3 does, and row order is what the message must name.
    const rows = 20;
    const cols = iris.features.map((_, j) => Float64Array.from({ length: rows }, (_, i) => 1 + i * 0.1 + j));
    cols[1]![2] = Number.NaN;
    const order = Int32Array.from({ length: rows }, (_, i) => i);
    const flat = transformColumnsFlat(iris, cols, order, where);
    const expected = applyTransform(
      iris,
      Array.from(order, (i) => cols.map((c) => (Number.isNaN(c[i]!) ? null : c[i]!))),
    );
    expect(Array.from(flat)).toEqual(expected.flat());
    cols[0]![5] = Number.NaN;
    cols[2]![3] = Number.NaN;
    expect(errorOf(() => transformColumnsFlat(iris, cols, order, where)).message).toBe(
      'data.csv:5: feature "petal_length" is missing; add a "dropMissing" or "impute" step to preprocess in modelops.yaml',
    );
  });
});
