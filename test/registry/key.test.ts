import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "@jest/globals";
import { parseConfig } from "../../pipelines/config/index.ts";
import type { ModelConfig } from "../../pipelines/config/schema.ts";
import { canonicalJson, inputKey, type KeyInputs } from "../../pipelines/registry/index.ts";

const EXAMPLE = join(import.meta.dirname, "../../examples/iris/modelops.yaml");

const YAML_A = `version: 1
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
// The same model, keys in another order, flow style swapped, a default spelled out.
const YAML_B = `version: 1
models:
  iris:
    train:
      seed: 42
      epochs: 80
      learningRate: 0.02
      optimizer: adam
      batchSize: 32
    model: { activation: relu, dense: [8], architecture: mlp }
    data:
      train: { path: data/iris.csv, format: csv }
      target: species
    task: classification
    gates: { accuracy: { min: 0.9 } }
`;

function config(yaml: string): ModelConfig {
  return parseConfig(yaml, "modelops.yaml", "/repo").config.models.iris!;
}

const DIGEST = "a".repeat(64);
const base = (over: Partial<KeyInputs> = {}): KeyInputs => ({
  model: "iris",
  config: config(YAML_A),
  dataDigests: { "data/iris.csv": DIGEST },
  modelopsVersion: "0.1.0",
  seed: 42,
  ...over,
});

describe("inputKey", () => {
  test("is a sha256 hex string and stable for the same inputs", () => {
    const k = inputKey(base());
    expect(k).toMatch(/^[0-9a-f]{64}$/);
    expect(inputKey(base())).toBe(k);
  });

  test("the same model written with keys in another order (and defaults spelled out) has the same key", () => {
    expect(inputKey(base({ config: config(YAML_B) }))).toBe(inputKey(base()));
  });

  test("data digests in another insertion order, ./ or \\ in paths: same key", () => {
    const two = { "data/a.csv": DIGEST, "data/b.csv": "b".repeat(64) };
    const k = inputKey(base({ dataDigests: two }));
    expect(inputKey(base({ dataDigests: { "data/b.csv": "b".repeat(64), "data/a.csv": DIGEST } }))).toBe(k);
    expect(inputKey(base({ dataDigests: { "./data/a.csv": DIGEST, "data\\b.csv": "b".repeat(64) } }))).toBe(
      k,
    );
  });

  test("any change to an input that shapes the artifact changes the key", () => {
    const k = inputKey(base());
    const c = config(YAML_A);
    const variants: KeyInputs[] = [
      base({ model: "iris2" }),
      base({ seed: 43 }),
      base({ modelopsVersion: "0.1.1" }),
      base({ dataDigests: { "data/iris.csv": "b".repeat(64) } }),
      // same bytes under another name: the key covers path and content
      base({ dataDigests: { "data/iris-renamed.csv": DIGEST } }),
      base({ dataDigests: { "data/iris.csv": DIGEST, "data/extra.csv": DIGEST } }),
      base({ config: { ...c, train: { ...c.train, learningRate: 0.021 } } }),
      base({ config: { ...c, train: { ...c.train, epochs: 81 } } }),
      base({ config: { ...c, model: { ...c.model, dense: [8, 8] } as typeof c.model } }),
      base({ config: { ...c, preprocess: [{ scale: { method: "minmax" } }] } }),
      base({ config: { ...c, split: { ...c.split, seed: 1 } } }),
      base({ config: { ...c, evaluate: { ...c.evaluate, latencySamples: 300 } } }),
    ];
    const keys = variants.map(inputKey);
    for (const key of keys) expect(key).not.toBe(k);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test("gates, promotion, deploy and monitor do not change the key (a stricter gate re-uses the artifact)", () => {
    const c = config(YAML_A);
    const k = inputKey(base());
    expect(inputKey(base({ config: { ...c, gates: { accuracy: { min: 0.99, maxDrop: 0 } } } }))).toBe(k);
    expect(
      inputKey(
        base({ config: { ...c, promotion: { reviewers: { teams: ["t"], users: [] }, minApprovals: 2 } } }),
      ),
    ).toBe(k);
    expect(inputKey(base({ config: { ...c, deploy: { strategy: "shadow", shadow: { percent: 5 } } } }))).toBe(
      k,
    );
  });

  test("the shipped iris example has distinct keys for its two models", async () => {
    const loaded = parseConfig(await readFile(EXAMPLE, "utf8"), EXAMPLE);
    const keys = Object.entries(loaded.config.models).map(([model, cfg]) =>
      inputKey({
        model,
        config: cfg,
        dataDigests: { "data/iris.csv": DIGEST },
        modelopsVersion: "0.1.0",
        seed: 42,
      }),
    );
    expect(new Set(keys).size).toBe(2);
  });
});

describe("canonicalJson", () => {
  test("sorts keys recursively, keeps array order, no whitespace, drops undefined", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: "x", u: undefined } })).toBe(
      '{"a":{"c":"x","d":[3,1]},"b":1}',
    );
  });
  test("refuses NaN instead of writing null", () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/\$\.a is NaN/);
  });
});
