// `modelops monitor ab` in its own process: it reads deploy.ab from the config, the servers' prediction log
// from the registry folder (written here by another process, as servers do), and concludes the test.
import { execFileSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, expect, test } from "@jest/globals";
import seedrandom from "seedrandom";
import { FilePredictionStore } from "../../pipelines/serve/prediction-log.ts";
import { IRIS, IRIS_ROWS, TestRegistry } from "../serve/fixture.ts";
import { GIT_ENV } from "../support/repo.ts";
import { runCli } from "./cli.ts";

const CONFIG = `version: 1
models:
  iris:
    task: classification
    data:
      target: species
      train: { format: csv, path: data/iris.csv }
    model: { architecture: mlp, dense: [6] }
    deploy:
      strategy: ab
      ab: { percent: 50, alpha: 0.05, minSamples: 300, maxSamples: 5000 }
`;

let reg: TestRegistry;
let config: string;

beforeEach(async () => {
  reg = await TestRegistry.create();
  config = path.join(reg.dir, "modelops.yaml");
  await writeFile(config, CONFIG);
  await reg.addVersion("iris", IRIS, 1, IRIS_ROWS);
  await reg.addVersion("iris", IRIS, 2, IRIS_ROWS);
  await reg.promote("iris", 1);
  await reg.registry.setAlias("iris", "canary", 2, { reason: "release iris/v2 as an A/B candidate" });
});
afterEach(() => reg.remove());

/** What the servers logged: `n` outcomes per arm, each version right with its probability. */
async function logOutcomes(
  n: number,
  right: Record<number, number>,
  seed: string,
  candidate = 2,
): Promise<void> {
  const log = new FilePredictionStore(path.join(reg.root, "predictions"));
  const rng = seedrandom(seed);
  const now = Date.now();
  const records = Array.from({ length: 2 * n }, (_, i) => ({
    id: `r${i}`,
    model: "iris",
    version: i % 2 ? candidate : 1,
    label: i % 2 ? "canary" : "production",
    time: now,
    class: "setosa",
  }));
  await log.append(records);
  await log.recordOutcomes(
    "iris",
    records.map((r) => ({ id: r.id, time: now, label: rng() < right[r.version]! ? "setosa" : "virginica" })),
  );
  await log.close();
}

test("a better candidate is promoted by the command, with deploy.ab's minimum sample size", async () => {
  await logOutcomes(1000, { 1: 0.85, 2: 0.95 }, "cli-win");
  const r = await runCli(["monitor", "ab", "-c", config, "--interval", "10ms", "--no-revert"]);
  expect(r.stderr).toContain("at least 300 outcomes per arm");
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("### A/B test: iris v2 against v1 — promoted");
  expect(r.stdout).toContain("| outcomes | 1000 | 1000 |");
  expect(await reg.registry.aliases("iris")).toEqual({ production: 2, previous: 1 });
}, 120_000);

test("a worse candidate is aborted like a failed canary: exit 1, production stays, its release is reverted", async () => {
  // git: the config committed, then the candidate's release commit (v2 records it, as `modelops release` does).
  const g = (...args: string[]) =>
    execFileSync("git", args, { cwd: reg.dir, encoding: "utf8", env: { ...process.env, ...GIT_ENV } }).trim();
  await writeFile(path.join(reg.dir, ".gitignore"), ".modelops/\nrun-*/\niris/\n");
  g("init", "-q", "-b", "main");
  g("add", ".");
  g("commit", "-q", "-m", "iris");
  await writeFile(path.join(reg.dir, "more.csv"), "a\n1\n");
  g("add", "more.csv");
  g("commit", "-q", "-m", "more data");
  const release = g("rev-parse", "HEAD");
  await reg.addVersion("iris", IRIS, 3, IRIS_ROWS, release);
  await reg.registry.setAlias("iris", "canary", 3, { reason: "release iris/v3 as an A/B candidate" });
  await logOutcomes(1000, { 1: 0.95, 3: 0.85 }, "cli-loss", 3);
  const r = await runCli(["monitor", "ab", "-c", config, "--interval", "10ms"]);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/A\/B test: v1 \(production\) won; accuracy difference -[\d.]+ points/);
  expect(await reg.registry.aliases("iris")).toEqual({ production: 1 });
  expect(r.stderr).toContain(`reverted ${release.slice(0, 7)} in ${reg.dir}`);
  expect(g("log", "-1", "--format=%B")).toContain(`This reverts commit ${release}.`);
  expect(g("log", "-1", "--format=%B")).toContain("### A/B test: iris v3 against v1 — aborted");
}, 120_000);

test("no prediction log: one line saying where it looked and what to pass", async () => {
  const r = await runCli(["monitor", "ab", "-c", config, "--log", path.join(reg.dir, "nowhere")]);
  expect(r.code).toBe(2);
  expect(r.stderr.trim()).toBe(
    `modelops: error: no prediction log at ${path.join(reg.dir, "nowhere")}; pass --log DIR (serve --prediction-log)`,
  );
}, 120_000);
