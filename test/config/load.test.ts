import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import {
  type ConfigError,
  checkData,
  getModel,
  type LoadedConfig,
  loadConfig,
  parseConfig,
} from "../../pipelines/config/index.ts";
import { ModelopsError } from "../../pipelines/errors.ts";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "modelops-config-"));
  await mkdir(join(dir, "data"));
  await writeFile(
    join(dir, "data", "iris.csv"),
    "sepal_length,sepal_width,petal_length,petal_width,species\n5.1,3.5,1.4,0.2,setosa\n",
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

// Line numbers matter in these fixtures: the tests name them.
const GOOD = `version: 1
models:
  iris:
    task: classification
    data:
      target: species
      train: { format: csv, path: data/iris.csv }
    model: { architecture: mlp, dense: [8] }
    train:
      learningRate: 0.05
      epochs: 20
    gates:
      accuracy: { min: 0.9 }
`;

async function write(name: string, text: string): Promise<string> {
  const file = join(dir, name);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
  return file;
}

async function configError(name: string, text: string): Promise<ConfigError> {
  const file = await write(name, text);
  const err = await loadConfig(file).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ModelopsError);
  expect((err as ModelopsError).name).toBe("ConfigError");
  expect((err as ModelopsError).exitCode).toBe(2);
  return err as ConfigError;
}

function lines(err: Error): string[] {
  return err.message.split("\n");
}

describe("loadConfig", () => {
  test("a valid file loads with the defaults applied", async () => {
    const file = await write("good/modelops.yaml", GOOD);
    const loaded = await loadConfig(file);
    expect(loaded.file).toBe(file);
    expect(loaded.dir).toBe(join(dir, "good"));
    expect(loaded.source).toBe(GOOD);
    const iris = loaded.config.models.iris!;
    expect(iris.train).toMatchObject({
      learningRate: 0.05,
      epochs: 20,
      optimizer: "adam",
      batchSize: 32,
      seed: 42,
    });
    expect(iris.split).toEqual({ validation: 0.1, test: 0.2, stratify: true, seed: 42 });
    expect(iris.data.train).toEqual({ format: "csv", path: "data/iris.csv", delimiter: "," });
    expect(iris.model).toEqual({ architecture: "mlp", dense: [8], activation: "relu", dropout: 0, l2: 0 });
    expect(iris.preprocess).toEqual([]);
    expect(iris.deploy.strategy).toBe("direct");
    expect(iris.evaluate.latencySamples).toBe(200);
  });

  test("an unknown key is one line at the key, naming it and the allowed keys", async () => {
    const err = await configError(
      "unknown.yaml",
      GOOD.replace("      epochs: 20\n", "      epochs: 20\n      extra: 1\n"),
    );
    const file = join(dir, "unknown.yaml");
    expect(lines(err)).toEqual([
      `${file}:12:7: models.iris.train.extra: unknown key "extra" (allowed: optimizer, learningRate, weightDecay, epochs, batchSize, schedule, reduceOnPlateau, earlyStopping, labelSmoothing, classWeight, workers, backend, seed)`,
    ]);
    expect(err.issues).toEqual([
      expect.objectContaining({ file, line: 12, column: 7, path: "models.iris.train.extra" }),
    ]);
  });

  test("a misspelt key gets a suggestion", async () => {
    const err = await configError("misspelt.yaml", GOOD.replace("learningRate: 0.05", "learning_rate: 0.05"));
    expect(lines(err)).toHaveLength(1);
    expect(err.message).toContain(
      ':10:7: models.iris.train.learning_rate: unknown key "learning_rate" (did you mean "learningRate"?',
    );
  });

  test("a wrong type says what was expected and what was found", async () => {
    const err = await configError("type.yaml", GOOD.replace("learningRate: 0.05", "learningRate: fast"));
    const file = join(dir, "type.yaml");
    expect(lines(err)).toEqual([
      `${file}:10:21: models.iris.train.learningRate: expected a number, got "fast"`,
    ]);
  });

  test("a YAML syntax error is one line with its own position and the key it is under", async () => {
    const err = await configError("syntax.yaml", GOOD.replace("epochs: 20", "epochs: [20"));
    const [line, ...rest] = lines(err);
    expect(rest).toEqual([]);
    expect(line).toMatch(/syntax\.yaml:11:15: models\.iris\.train\.epochs: YAML syntax error: .*\]/);
  });

  test("a duplicate key is reported at the second occurrence", async () => {
    const err = await configError(
      "dup.yaml",
      GOOD.replace("      epochs: 20\n", "      epochs: 20\n      epochs: 30\n"),
    );
    expect(lines(err)).toEqual([
      `${join(dir, "dup.yaml")}:12:7: models.iris.train.epochs: YAML syntax error: duplicate key "epochs": a key may appear only once in a mapping`,
    ]);
  });

  test("an unknown key, a wrong type and a syntax error in one file give three lines, top to bottom", async () => {
    const text = GOOD.replace("learningRate: 0.05", "learningRate: fast")
      .replace("      epochs: 20\n", "      epochs: 20\n      extra: 1\n")
      .replace("accuracy: { min: 0.9 }", 'accuracy: { min: "0.9 }');
    const err = await configError("three.yaml", text);
    const out = lines(err);
    expect(out).toHaveLength(3);
    expect(out[0]).toContain("three.yaml:10:21: models.iris.train.learningRate: expected a number");
    expect(out[1]).toContain('three.yaml:12:7: models.iris.train.extra: unknown key "extra"');
    expect(out[2]).toMatch(/three\.yaml:14:\d+: models\.iris\.gates\.accuracy(\.min)?: YAML syntax error/);
  });

  test("a missing required key points at the mapping that lacks it", async () => {
    const err = await configError("missing.yaml", GOOD.replace("      target: species\n", ""));
    expect(lines(err)).toEqual([
      `${join(dir, "missing.yaml")}:5:5: models.iris.data: missing required key "target"`,
    ]);
  });

  test("enum values and discriminators list what is allowed", async () => {
    const err = await configError(
      "enum.yaml",
      GOOD.replace("task: classification", "task: classify").replace("format: csv", "format: xlsx"),
    );
    const [task, format] = lines(err);
    expect(task).toBe(
      `${join(dir, "enum.yaml")}:4:11: models.iris.task: expected one of "classification", "regression", got "classify"`,
    );
    // the list of formats grows with the readers; it names them all
    expect(format).toMatch(
      new RegExp(
        `^${join(dir, "enum.yaml")}:7:24: models\\.iris\\.data\\.train\\.format: expected one of "csv", "tsv", "jsonl", "parquet".*, got "xlsx"$`,
      ),
    );
  });

  test("an unknown preprocess step names the steps there are", async () => {
    const err = await configError(
      "step.yaml",
      GOOD.replace(
        "    model:",
        "    preprocess:\n      - scale: { method: standard }\n      - normalize: {}\n    model:",
      ),
    );
    // the list of steps grows with the engine; it starts with the foundation's three
    expect(lines(err)).toHaveLength(1);
    expect(lines(err)[0]).toMatch(
      /^.*step\.yaml:10:9: models\.iris\.preprocess\[1\]\.normalize: unknown key "normalize" \(allowed: dropMissing, impute, scale, dropDuplicates, outliers, log, encode, selectVariance, pca[a-zA-Z, ]*\)$/,
    );
  });

  test("metrics that do not fit the task and a target among the features are reported with their line", async () => {
    const text = GOOD.replace(
      "      target: species\n",
      "      target: species\n      features: [sepal_length, species]\n",
    ).replace(
      "    gates:\n",
      "    evaluate: { metrics: [accuracy, rmse] }\n    gates:\n      mae: { max: 0.5 }\n",
    );
    const err = await configError("cross.yaml", text);
    const file = join(dir, "cross.yaml");
    expect(lines(err)).toEqual([
      `${file}:7:32: models.iris.data.features[1]: the target column "species" is also listed as a feature (remove it from data.features)`,
      `${file}:13:37: models.iris.evaluate.metrics[1]: metric "rmse" does not apply to a classification model (use one of: accuracy, f1_macro, precision_macro, recall_macro, roc_auc_ovr, log_loss, ece, latency_p50_ms, latency_p95_ms, size_mb)`,
      `${file}:15:7: models.iris.gates.mae: metric "mae" does not apply to a classification model (use one of: accuracy, f1_macro, precision_macro, recall_macro, roc_auc_ovr, log_loss, ece, latency_p50_ms, latency_p95_ms, size_mb)`,
    ]);
  });

  test("messages name the file the way the user gave it", async () => {
    const file = await write("relative.yaml", GOOD.replace("epochs: 20", "epochs: many"));
    const given = relative(process.cwd(), file);
    const err = (await loadConfig(given).catch((e: unknown) => e)) as Error;
    expect(err.message).toBe(`${given}:11:15: models.iris.train.epochs: expected a number, got "many"`);
  });

  test("a missing file is one line that says how to get one", async () => {
    const err = (await loadConfig("no/such/modelops.yaml").catch((e: unknown) => e)) as ModelopsError;
    expect(err).toBeInstanceOf(ModelopsError);
    expect(err.exitCode).toBe(2);
    expect(err.message).toBe(
      'no/such/modelops.yaml: file not found (run "modelops init" to create one, or pass -c PATH)',
    );
  });

  test("an empty file is a clear issue", async () => {
    const err = await configError("empty.yaml", "# nothing yet\n");
    expect(lines(err)).toEqual([
      `${join(dir, "empty.yaml")}:1:1: the file is empty; it needs "version: 1" and a "models:" mapping (run "modelops init" for a start)`,
    ]);
  });

  test("a document that is not a mapping says so", async () => {
    const err = await configError("list.yaml", "- version: 1\n");
    expect(lines(err)).toEqual([`${join(dir, "list.yaml")}:1:1: expected a mapping, got a list`]);
  });

  test("anchors and merge keys share settings; a problem in a shared block points where it is written", () => {
    const shared = `version: 1
models:
  iris: &iris
    task: classification
    data: { target: species, train: { format: csv, path: data/iris.csv } }
    model: { architecture: mlp }
    train: { epochs: 5 }
  iris-long:
    <<: *iris
    train: { epochs: 50 }
`;
    const loaded = parseConfig(shared);
    expect(loaded.config.models["iris-long"]?.task).toBe("classification");
    expect(loaded.config.models["iris-long"]?.train.epochs).toBe(50);
    expect(() => parseConfig(shared.replace("architecture: mlp", "architecture: mlp, units: 3"))).toThrow(
      'modelops.yaml:6:33: models.iris-long.model.units: unknown key "units"',
    );
  });

  test("parseConfig validates text without a file on disk", () => {
    const loaded = parseConfig(GOOD, "modelops.yaml", dir);
    expect(loaded.file).toBe(join(dir, "modelops.yaml"));
    expect(loaded.displayFile).toBe("modelops.yaml");
    expect(() => parseConfig("version: 1\nmodels: {}\n")).toThrow(
      "modelops.yaml:2:9: models: define at least one model",
    );
  });
});

describe("getModel", () => {
  const two = `${GOOD}  iris-petal:
    task: classification
    data: { target: species, features: [petal_length, petal_width], train: { format: csv, path: data/iris.csv } }
    model: { architecture: mlp }
`;

  test("picks the only model when none is named", () => {
    const { name, config } = getModel(parseConfig(GOOD));
    expect(name).toBe("iris");
    expect(config.task).toBe("classification");
  });

  test("picks a model by name", () => {
    const { name, config } = getModel(parseConfig(two), "iris-petal");
    expect(name).toBe("iris-petal");
    expect(config.data.features).toEqual(["petal_length", "petal_width"]);
  });

  test("an unknown name lists the models", () => {
    expect(() => getModel(parseConfig(two), "iris-sepal")).toThrow(
      'model "iris-sepal" not found in modelops.yaml (models: iris, iris-petal)',
    );
  });

  test("no name with several models asks for -m", () => {
    expect(() => getModel(parseConfig(two))).toThrow(
      "modelops.yaml defines 2 models (iris, iris-petal); choose one with -m MODEL",
    );
  });
});

describe("checkData", () => {
  async function loaded(name: string, text: string): Promise<LoadedConfig> {
    return loadConfig(await write(name, text));
  }

  test("no issues when the files and columns are there", async () => {
    expect(await checkData(await loaded("data-ok.yaml", GOOD), "iris")).toEqual([]);
  });

  test("a missing data file points at its path: line", async () => {
    const config = await loaded("data-missing.yaml", GOOD.replace("data/iris.csv", "data/nope.csv"));
    const issues = await checkData(config, "iris");
    expect(issues).toEqual([
      expect.objectContaining({ line: 7, column: 35, path: "models.iris.data.train.path" }),
    ]);
    expect(issues[0]!.message).toContain('data file "data/nope.csv" not found');
  });

  test("a target or features missing from the CSV header are named, with the header", async () => {
    const text = GOOD.replace(
      "target: species",
      "target: specie\n      features: [sepal_length, petal_size]",
    );
    const issues = await checkData(await loaded("data-columns.yaml", text), "iris");
    expect(issues.map((i) => `${i.line}: ${i.message}`)).toEqual([
      '8: "data/iris.csv" has no column "specie" (data.target); did you mean "species"? its header: sepal_length, sepal_width, petal_length, petal_width, species',
      '8: "data/iris.csv" has no column "petal_size" (data.features); its header: sepal_length, sepal_width, petal_length, petal_width, species',
    ]);
  });
});

describe("bounds: hostile or broken files give a few clear lines, never a crash", () => {
  test("a mapping nested 10,000 deep is one line naming the file and the line where it gets too deep", async () => {
    const deep = `version: 1\nmodels:\n  iris:\n    gates: ${"{a: ".repeat(10_000)}1${"}".repeat(10_000)}\n`;
    const err = await configError("deep.yaml", deep);
    expect(lines(err)).toHaveLength(1);
    expect(lines(err)[0]).toMatch(
      /deep\.yaml:4:\d+: models\.iris\.gates(\.a)+: nested deeper than 64 levels; modelops\.yaml needs far fewer/,
    );
    const blocks = `version: 1\nmodels:\n${Array.from({ length: 1000 }, (_, i) => `${" ".repeat(i + 2)}k:\n`).join("")}`;
    expect(lines(await configError("deep-block.yaml", blocks))).toEqual([
      expect.stringMatching(/deep-block\.yaml:\d+:\d+: models(\.k)+: nested deeper than 64 levels/),
    ]);
  });

  test("aliases that nest deeper than the limit are refused too", () => {
    let text = "version: 1\nx0: &x0 1\n";
    for (let i = 1; i <= 3; i++) text += `x${i}: &x${i} ${"[".repeat(30)}*x${i - 1}${"]".repeat(30)}\n`;
    expect(() => parseConfig(`${text}models: { iris: *x3 }\n`)).toThrow(/nested deeper than 64 levels/);
  });

  test("a __proto__ key is an error at its line instead of vanishing", () => {
    expect(() =>
      parseConfig(GOOD.replace("      epochs: 20\n", "      epochs: 20\n      __proto__: { epochs: 1 }\n")),
    ).toThrow(
      'modelops.yaml:12:7: models.iris.train.__proto__: the key "__proto__" is not allowed (JavaScript objects cannot hold it); rename or remove it',
    );
    const named = GOOD.replace("  iris:\n", "  __proto__:\n");
    let err: unknown;
    try {
      parseConfig(named);
    } catch (e) {
      err = e;
    }
    expect((err as ConfigError).message).toBe(
      'modelops.yaml:3:3: models.__proto__: the key "__proto__" is not allowed (JavaScript objects cannot hold it); rename or remove it',
    );
  });

  test("many problems print the first ten and a count of the rest; every issue stays on the error", async () => {
    const extra = Array.from({ length: 30 }, (_, i) => `      extra${i}: 1\n`).join("");
    const err = await configError(
      "many.yaml",
      GOOD.replace("      epochs: 20\n", `      epochs: 20\n${extra}`),
    );
    expect(lines(err)).toHaveLength(11);
    expect(lines(err)[9]).toContain("models.iris.train.extra9: unknown key");
    expect(lines(err)[10]).toBe(
      `${join(dir, "many.yaml")}: and 20 more problems (fix these first; "modelops validate" lists the rest once they are gone)`,
    );
    expect(err.issues).toHaveLength(30);
  });

  test("a file over 1 MiB is refused in one line before it is parsed", async () => {
    const big = `${GOOD}# ${"x".repeat(1024 * 1024)}\n`;
    const file = join(dir, "big.yaml");
    expect(lines(await configError("big.yaml", big))).toEqual([
      `${file}: is 1.0 MiB; a config file may be at most 1 MiB (keep data out of modelops.yaml)`,
    ]);
    expect(() => parseConfig(big)).toThrow("modelops.yaml: is 1.0 MiB; a config file may be at most 1 MiB");
  });

  const endless = existsSync("/dev/zero") ? test : test.skip; // a device stat calls empty, read forever
  endless("a device or pipe is read only up to the cap: /dev/zero is refused in one line", async () => {
    const err = await loadConfig("/dev/zero").catch((e: unknown) => e);
    expect((err as ModelopsError).name).toBe("ConfigError");
    expect(lines(err as ConfigError)).toEqual([
      "/dev/zero: is over 1 MiB; a config file may be at most 1 MiB (keep data out of modelops.yaml)",
    ]);
  });

  test("5,000 keys in one mapping: duplicates are still found and the output stays short", () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `      k${i}: 1\n`).join("");
    const text = GOOD.replace(
      "      accuracy: { min: 0.9 }\n",
      `      accuracy: { min: 0.9 }\n${keys}      k7: 2\n`,
    );
    let err: unknown;
    try {
      parseConfig(text);
    } catch (e) {
      err = e;
    }
    const issues = (err as ConfigError).issues;
    expect(issues.find((i) => i.message.includes("duplicate key"))).toMatchObject({
      line: 5014,
      column: 7,
      path: "models.iris.gates.k7",
    });
    expect((err as ConfigError).message.split("\n")).toHaveLength(11);
  });
});
