// `--json` on the commands that print a result: stdout is one JSON document (progress and notes go to
// stderr), and the exit code is still the answer.
import { spawnSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "@jest/globals";
import { MODELOPS_CLI } from "../support/cli.ts";
import { makeRepo } from "../support/repo.ts";

const CLI = MODELOPS_CLI;
const modelops = (cwd: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, json: () => JSON.parse(r.stdout) as Record<string, unknown>, stderr: r.stderr };
};

describe("--json", () => {
  test("preprocess, train, evaluate and validate print JSON that parses", async () => {
    const { dir } = await makeRepo();
    const pre = modelops(dir, "preprocess", "-m", "iris", "-o", "out", "--json");
    expect(pre.code).toBe(0);
    expect(pre.json()).toEqual({
      model: "iris",
      outDir: join(dir, "out"),
      rows: expect.objectContaining({ raw: 150, test: 30 }),
    });

    const train = modelops(dir, "train", "-m", "iris", "-o", "out", "--json");
    expect(train.code).toBe(0);
    expect(train.json()).toEqual(
      expect.objectContaining({ model: "iris", epochs: 15, finalLoss: expect.any(Number) }),
    );
    expect(train.stderr).toMatch(/backend: (wasm|cpu)/);

    const evaluate = modelops(dir, "evaluate", "-m", "iris", "-o", "out", "--json");
    expect(evaluate.code).toBe(0);
    expect(evaluate.json()).toEqual(
      expect.objectContaining({
        schema: "modelops/metrics@1",
        metrics: expect.objectContaining({ accuracy: expect.any(Number) }),
      }),
    );

    expect(modelops(dir, "validate", "--json").json()).toEqual({
      ok: true,
      config: "modelops.yaml",
      models: ["iris"],
      issues: [],
    });
  });

  test("validate --json of a broken config: the issues as JSON, exit 2", async () => {
    const { dir } = await makeRepo();
    await writeFile(join(dir, "bad.yaml"), "version: 1\nmodels:\n  iris:\n    task: clustering\n");
    const r = modelops(dir, "validate", "-c", "bad.yaml", "--json");
    expect(r.code).toBe(2);
    const out = r.json();
    expect(out.ok).toBe(false);
    expect(out.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: "bad.yaml", line: 4, column: 11, path: "models.iris.task" }),
      ]),
    );
  });

  test("data profile -o FILE --json describes what it wrote", async () => {
    const { dir } = await makeRepo();
    const r = modelops(dir, "data", "profile", "data/iris.csv", "-o", "profile.json", "--json");
    expect(r.code).toBe(0);
    expect(r.json()).toEqual({ file: "data/iris.csv", rows: 150, columns: 5, out: "profile.json" });
  });
});
