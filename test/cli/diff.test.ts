import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { runDiff } from "../../pipelines/cli/commands/diff.ts";
import { ModelopsError } from "../../pipelines/errors.ts";

const REPO = join(import.meta.dirname, "../..");
const HARNESS = join(import.meta.dirname, "../support/diff-registry.ts");
// tsx by path: `--import tsx` would be resolved from the working directory, a temp folder here
const TSX = pathToFileURL(join(REPO, "node_modules/tsx/dist/loader.mjs")).href;

const CONFIG = `version: 1
models:
  iris:
    task: classification
    data:
      target: species
      train: { format: csv, path: data/iris.csv }
    model: { architecture: mlp }
    gates:
      accuracy: { min: 0.9, maxDrop: 0.01 }
      latency_p95_ms: { max: 20 }
  other:
    task: classification
    data:
      target: species
      train: { format: csv, path: data/iris.csv }
    model: { architecture: mlp }
    gates:
      accuracy: { min: 0.5 }
`;

const metrics = (values: Record<string, number>, model = "iris") =>
  JSON.stringify({
    schema: "modelops/metrics@1",
    model,
    task: "classification",
    backend: "cpu",
    metrics: values,
    rows: { train: 96, validation: 24, test: 30 },
    createdAt: "2025-01-01T00:00:00.000Z",
  });

let dir: string;
const at = (f: string) => join(dir, f);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "modelops-cli-diff-"));
  await writeFile(at("modelops.yaml"), CONFIG);
  await writeFile(at("base.json"), metrics({ accuracy: 0.95, latency_p95_ms: 4 }));
  await writeFile(at("good.json"), metrics({ accuracy: 0.955, latency_p95_ms: 5 }));
  await writeFile(at("bad.json"), metrics({ accuracy: 0.87, latency_p95_ms: 5 }));
  await writeFile(at("broken.json"), '{"schema": "modelops/metrics@1", model}');
  await writeFile(at("other.json"), JSON.stringify({ accuracy: 0.9 }));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function modelops(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", TSX, HARNESS, ...args], {
    cwd: dir,
    env: { ...process.env, NODE_OPTIONS: "" },
    encoding: "utf8",
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function failure(p: Promise<unknown>): Promise<ModelopsError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ModelopsError);
  return e as ModelopsError;
}

describe("runDiff", () => {
  test("gates come from -c; a passing candidate exits 0 with the markdown table", async () => {
    const r = await runDiff(at("base.json"), at("good.json"), { config: at("modelops.yaml") });
    expect(r.exitCode).toBe(0);
    expect(r.comparison.gates.map((g) => g.metric)).toEqual(["accuracy", "latency_p95_ms"]);
    expect(r.output).toContain("| metric | production | candidate | Δ | Δ% | gate |");
    expect(r.output).toContain("✅ all 2 gates passed");
  });

  test("the per-class change that really happened is printed under the table", async () => {
    const perClass = (recall: number) => [
      { label: "setosa", precision: 1, recall: 1, f1: 1, support: 10 },
      { label: "virginica", precision: 1, recall, f1: (2 * recall) / (1 + recall), support: 10 },
    ];
    const withClasses = (recall: number) =>
      JSON.stringify({ ...JSON.parse(metrics({ accuracy: 0.95 })), perClass: perClass(recall) });
    await writeFile(at("classes-base.json"), withClasses(0.9));
    await writeFile(at("classes-cand.json"), withClasses(0.7));
    const r = await runDiff(at("classes-base.json"), at("classes-cand.json"));
    expect(r.output).toContain("## Explanations: largest class change `virginica` recall −0.2");
    expect(r.output).toContain("| `virginica` | recall | 0.9 | 0.7 | −0.2 |");
    expect(r.output).not.toContain("`setosa` |");
    // Files without a per-class report or importance print the table alone, as before.
    expect((await runDiff(at("base.json"), at("good.json"))).output).not.toContain("Explanations");
  });

  test("-m picks another model's gates", async () => {
    const r = await runDiff(at("base.json"), at("bad.json"), { config: at("modelops.yaml"), model: "other" });
    expect(r.exitCode).toBe(0);
    expect(r.comparison.model).toBe("other");
    expect(r.comparison.gates.map((g) => g.metric)).toEqual(["accuracy"]);
  });

  test('"-" and "none" mean no baseline', async () => {
    for (const base of ["-", "none"]) {
      const r = await runDiff(base, at("good.json"), { config: at("modelops.yaml"), format: "json" });
      expect(JSON.parse(r.output).baseline).toBeNull();
      expect(r.exitCode).toBe(0);
    }
  });

  test("bad input: missing file, not JSON, not a metrics file, unknown model", async () => {
    expect((await failure(runDiff(at("nope.json"), at("good.json")))).message).toBe(
      `${at("nope.json")}: file not found`,
    );
    expect((await failure(runDiff("-", at("broken.json")))).message).toBe(
      `${at("broken.json")}: not valid JSON (Expected double-quoted property name at line 1 column 34)`,
    );
    expect((await failure(runDiff("-", at("other.json")))).message).toContain('missing field "schema"');
    const e = await failure(runDiff("-", at("good.json"), { config: at("modelops.yaml"), model: "nope" }));
    expect(e.message).toContain('model "nope" not found');
  });
});

describe("modelops diff (as a command)", () => {
  test("exit 0 when every gate passes; modelops.yaml in the working directory is used", () => {
    const r = modelops("diff", "base.json", "good.json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("| accuracy ↑ | 0.95 | 0.955 | +0.005 🟢 | +0.53% | ✅ |");
  });

  test("exit 1 when a gate fails: the table, then one line on stderr", () => {
    const r = modelops("diff", "base.json", "bad.json");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("- accuracy 0.87 < min 0.90");
    expect(r.stderr).toBe(
      "modelops: error: iris: 1 of 2 gates failed: accuracy 0.87 < min 0.90; accuracy dropped 0.08 (> maxDrop 0.01)\n",
    );
  });

  test("exit 2 on bad input, one line naming the file", () => {
    const missing = modelops("diff", "base2.json", "good.json");
    expect([missing.code, missing.stderr]).toEqual([2, "modelops: error: base2.json: file not found\n"]);
    const broken = modelops("diff", "base.json", "broken.json");
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(
      /^modelops: error: broken\.json: not valid JSON \(.* at line 1 column 34\)\n$/,
    );
    const bad = modelops("diff", "base.json", "good.json", "--format", "xml");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("xml");
  });

  test("--format json prints the comparison for scripts", () => {
    const r = modelops("diff", "-", "bad.json", "--format", "json");
    expect(r.code).toBe(1);
    const c = JSON.parse(r.stdout);
    expect(c.passed).toBe(false);
    expect(c.gates[0].conditions.map((k: { status: string }) => k.status)).toEqual(["fail", "skipped"]);
  });
});
