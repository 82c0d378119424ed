import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { MODELOPS_CLI } from "../support/cli.ts";

const CLI = MODELOPS_CLI;
let dir: string;

function modelops(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const GOOD = `version: 1
models:
  iris:
    task: classification
    data:
      target: species
      train: { format: csv, path: data/iris.csv }
    model: { architecture: mlp }
  iris-petal:
    task: classification
    data:
      target: species
      features: [petal_length, petal_width]
      train: { format: csv, path: data/iris.csv }
    model: { architecture: mlp }
`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "modelops-cli-"));
  await mkdir(join(dir, "data"));
  await writeFile(
    join(dir, "data/iris.csv"),
    "sepal_length,sepal_width,petal_length,petal_width,species\n5.1,3.5,1.4,0.2,setosa\n",
  );
  await writeFile(join(dir, "modelops.yaml"), GOOD);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("modelops validate", () => {
  test("a good file: exit 0 and one OK line naming the models", () => {
    const r = modelops("validate", "-c", "modelops.yaml");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("modelops.yaml: OK (2 models: iris, iris-petal)\n");
    expect(r.code).toBe(0);
  });

  test("-c defaults to modelops.yaml in the working directory", () => {
    expect(modelops("validate").code).toBe(0);
  });

  test("problems: exit 2, one line per problem with file:line and key path, no stack trace", async () => {
    const bad = GOOD.replace("task: classification", "task: classify")
      .replace(
        "      target: species\n      features",
        "      target: species\n      extra: true\n      features",
      )
      .replace(
        "  iris-petal:\n    task: classification\n",
        "  iris-petal:\n    task: classification\n    train: { epochs: [10\n",
      );
    await writeFile(join(dir, "bad.yaml"), bad);
    const r = modelops("validate", "-c", "bad.yaml");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).not.toContain("    at ");
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      'bad.yaml:4:11: models.iris.task: expected one of "classification", "regression", got "classify"',
    );
    expect(lines[1]).toMatch(/^bad\.yaml:11:\d+: models\.iris-petal\.train(\.epochs)?: YAML syntax error: /);
    expect(lines[2]).toMatch(
      /^bad\.yaml:14:7: models\.iris-petal\.data\.extra: unknown key "extra" \(allowed: target, /,
    );
  });

  test("data problems point at the path: line, and --no-data skips them", async () => {
    await writeFile(
      join(dir, "nodata.yaml"),
      GOOD.replace(
        "path: data/iris.csv }\n    model: { architecture: mlp }\n  iris-petal",
        "path: data/gone.csv }\n    model: { architecture: mlp }\n  iris-petal",
      ),
    );
    const r = modelops("validate", "-c", "nodata.yaml");
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toEqual([
      expect.stringMatching(
        /^nodata\.yaml:7:35: models\.iris\.data\.train\.path: data file "data\/gone\.csv" not found/,
      ),
    ]);
    expect(modelops("validate", "-c", "nodata.yaml", "--no-data").code).toBe(0);
    expect(modelops("validate", "-c", "nodata.yaml", "-m", "iris-petal").stdout).toBe(
      "nodata.yaml: OK (model iris-petal)\n",
    );
  });

  test("a missing file: exit 2 and how to get one", () => {
    const r = modelops("validate", "-c", "missing.yaml");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'missing.yaml: file not found (run "modelops init" to create one, or pass -c PATH)\n',
    );
  });

  test("an unknown model: exit 2 with the models there are", () => {
    const r = modelops("validate", "-m", "iris-sepal");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'modelops: error: model "iris-sepal" not found in modelops.yaml (models: iris, iris-petal)\n',
    );
  });
});

describe("modelops", () => {
  test("--help lists validate and schema and exits 0", () => {
    const r = modelops("--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("validate");
    expect(r.stdout).toContain("schema");
  });

  test("an unknown command exits 2 with a hint", () => {
    const r = modelops("frobnicate");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("modelops: error: unknown command 'frobnicate'");
    expect(r.stderr).toContain('run "modelops --help"');
  });

  test("an unknown option exits 2", () => {
    expect(modelops("validate", "--frobnicate").code).toBe(2);
  });

  test("schema prints the JSON Schema", () => {
    const r = modelops("schema");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).$id).toBe("https://modelops.dev/schema/modelops.schema.json");
  });
});
