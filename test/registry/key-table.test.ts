// The input key's rule as tables (release-drafter style: a row a case): which edits to a model's inputs
// keep its key (the artifact is re-used, no training) and which change it (train again).
import { describe, expect, test } from "@jest/globals";
import { parseConfig } from "../../pipelines/config/index.ts";
import type { ModelConfig } from "../../pipelines/config/schema.ts";
import {
  canonicalJson,
  inputKey,
  isKey,
  type KeyInputs,
  normaliseDataPath,
} from "../../pipelines/registry/key.ts";

const YAML = `version: 1
models:
  iris:
    task: classification
    data:
      target: species
      train: { format: csv, path: data/iris.csv }
    model: { architecture: mlp, dense: [8], activation: relu }
    train: { optimizer: adam, learningRate: 0.02, epochs: 80, seed: 42 }
    gates:
      accuracy: { min: 0.9 }
`;
const CONFIG: ModelConfig = parseConfig(YAML, "modelops.yaml", "/repo").config.models.iris!;
const DIGEST = "a".repeat(64);
const BASE: KeyInputs = {
  model: "iris",
  config: CONFIG,
  dataDigests: { "data/iris.csv": DIGEST },
  modelopsVersion: "0.1.0",
  seed: 42,
};
const withConfig = (over: Partial<ModelConfig>): KeyInputs => ({ ...BASE, config: { ...CONFIG, ...over } });

describe("inputKey: what an edit does to the key", () => {
  const cases: Array<{ edit: string; inputs: KeyInputs; same: boolean }> = [
    { edit: "nothing", inputs: { ...BASE }, same: true },
    { edit: "a stricter gate", inputs: withConfig({ gates: { accuracy: { min: 0.99 } } }), same: true },
    {
      edit: "other reviewers",
      inputs: withConfig({ promotion: { reviewers: { teams: ["t"], users: [] }, minApprovals: 2 } }),
      same: true,
    },
    {
      edit: "another deploy strategy",
      inputs: withConfig({ deploy: { strategy: "shadow", shadow: { percent: 5 } } } as Partial<ModelConfig>),
      same: true,
    },
    {
      edit: "the data path spelled ./data/iris.csv",
      inputs: { ...BASE, dataDigests: { "./data/iris.csv": DIGEST } },
      same: true,
    },
    {
      edit: "the data path with a backslash",
      inputs: { ...BASE, dataDigests: { "data\\iris.csv": DIGEST } },
      same: true,
    },
    {
      edit: "the digest in upper case",
      inputs: { ...BASE, dataDigests: { "data/iris.csv": DIGEST.toUpperCase() } },
      same: true,
    },
    { edit: "the model renamed", inputs: { ...BASE, model: "iris2" }, same: false },
    { edit: "another seed", inputs: { ...BASE, seed: 43 }, same: false },
    { edit: "another modelops version", inputs: { ...BASE, modelopsVersion: "0.1.1" }, same: false },
    {
      edit: "new data bytes",
      inputs: { ...BASE, dataDigests: { "data/iris.csv": "b".repeat(64) } },
      same: false,
    },
    {
      edit: "the same bytes under another name",
      inputs: { ...BASE, dataDigests: { "data/flowers.csv": DIGEST } },
      same: false,
    },
    {
      edit: "one more data file",
      inputs: { ...BASE, dataDigests: { "data/iris.csv": DIGEST, "data/extra.csv": DIGEST } },
      same: false,
    },
    {
      edit: "a learning rate",
      inputs: withConfig({ train: { ...CONFIG.train, learningRate: 0.021 } }),
      same: false,
    },
    {
      edit: "a preprocessing step",
      inputs: withConfig({ preprocess: [{ scale: { method: "minmax" } }] } as Partial<ModelConfig>),
      same: false,
    },
    {
      edit: "the evaluation (it shapes the metrics stored with the artifact)",
      inputs: withConfig({ evaluate: { ...CONFIG.evaluate, latencySamples: 300 } }),
      same: false,
    },
  ];
  const base = inputKey(BASE);
  test.each(cases)("$edit: same key $same", ({ inputs, same }) => {
    expect(inputKey(inputs) === base).toBe(same);
  });

  test("one data path given twice with different digests is refused", () => {
    expect(() =>
      inputKey({ ...BASE, dataDigests: { "data/iris.csv": DIGEST, "./data/iris.csv": "b".repeat(64) } }),
    ).toThrow("inputKey: data path ./data/iris.csv appears twice with different digests");
  });
});

describe("normaliseDataPath", () => {
  test.each([
    ["data/iris.csv", "data/iris.csv"],
    ["./data/iris.csv", "data/iris.csv"],
    ["././data/iris.csv", "data/iris.csv"],
    ["data\\train\\iris.csv", "data/train/iris.csv"],
    [".\\data\\iris.csv", "data/iris.csv"],
  ])("%s -> %s", (input, expected) => {
    expect(normaliseDataPath(input)).toBe(expected);
  });
});

describe("canonicalJson", () => {
  test.each([
    ["keys sorted, recursively", { b: 1, a: { d: 2, c: 3 } }, '{"a":{"c":3,"d":2},"b":1}'],
    ["arrays keep their order", [3, 1, 2], "[3,1,2]"],
    ["undefined properties dropped", { a: 1, u: undefined }, '{"a":1}'],
    ["undefined in an array is null", [1, undefined], "[1,null]"],
    ["strings escaped as JSON", { s: 'a"b\n' }, '{"s":"a\\"b\\n"}'],
    ["null kept", { n: null }, '{"n":null}'],
  ])("%s", (_name, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  test.each([
    ["NaN", { a: Number.NaN }, "canonicalJson: $.a is NaN, not a finite number"],
    [
      "Infinity in an array",
      { a: [1, Number.POSITIVE_INFINITY] },
      "canonicalJson: $.a[1] is Infinity, not a finite number",
    ],
    ["a bigint", { a: 1n }, "canonicalJson: $.a is a bigint, which JSON cannot hold"],
  ])("refuses %s, naming where", (_name, value, message) => {
    expect(() => canonicalJson(value)).toThrow(message);
  });
});

describe("isKey", () => {
  test.each([
    ["a sha256 in hex", "0123456789abcdef".repeat(4), true],
    ["upper-case hex", "0123456789ABCDEF".repeat(4), false],
    ["one character short", "a".repeat(63), false],
    ["a tag, not a key", "iris/v3", false],
  ])("%s: %s", (_name, s, expected) => {
    expect(isKey(s)).toBe(expected);
  });
});
