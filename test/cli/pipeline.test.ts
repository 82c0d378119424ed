// preprocess -> train -> evaluate as separate CI steps, and `run` served from the store the second time.

import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "@jest/globals";
import { MODELOPS_CLI } from "../support/cli.ts";
import { makeRepo } from "../support/repo.ts";

const CLI = MODELOPS_CLI;
const modelops = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", timeout: 60_000 });

describe("pipeline commands", () => {
  test("preprocess, train and evaluate write the run folder step by step", async () => {
    const { dir } = await makeRepo();
    const pre = modelops(dir, "preprocess", "-m", "iris", "-o", "out");
    expect(pre.status).toBe(0);
    expect(pre.stdout).toMatch(/iris: 150 rows \(0 dropped\) -> train \d+, validation \d+, test 30/);
    for (const f of ["data/train.json", "preprocessing.json", "profile.json"])
      expect(existsSync(join(dir, "out", f))).toBe(true);

    const train = modelops(dir, "train", "-m", "iris", "-o", "out");
    expect(train.status).toBe(0);
    expect(train.stdout).toMatch(/iris: 15 epochs on (wasm|cpu)/);
    expect(train.stderr).toMatch(/backend: (wasm|cpu)/);
    expect(existsSync(join(dir, "out", "model", "model.json"))).toBe(true);
    expect(existsSync(join(dir, "out", "model", "preprocessing.json"))).toBe(true);
    const history = JSON.parse(readFileSync(join(dir, "out", "history.json"), "utf8"));
    expect(history.epochs).toHaveLength(15);
    expect(history.epochs[0]).toEqual(
      expect.objectContaining({ loss: expect.any(Number), val_loss: expect.any(Number) }),
    );

    const evaluate = modelops(dir, "evaluate", "-m", "iris", "-o", "out");
    expect(evaluate.status).toBe(0);
    const metrics = JSON.parse(readFileSync(join(dir, "out", "metrics.json"), "utf8"));
    expect(metrics.schema).toBe("modelops/metrics@1");
    for (const m of ["accuracy", "f1_macro", "log_loss", "latency_p50_ms", "latency_p95_ms", "size_mb"]) {
      expect(typeof metrics.metrics[m]).toBe("number");
    }
  });

  test("run trains once; the same inputs again are a cache hit with identical metrics", async () => {
    const { dir } = await makeRepo();
    const first = modelops(dir, "run", "-m", "iris", "--json");
    expect(first.status).toBe(0);
    const a = JSON.parse(first.stdout);
    expect(a.cached).toBe(false);
    expect(a.key).toMatch(/^[0-9a-f]{64}$/);

    const second = modelops(dir, "run", "-m", "iris", "-o", "elsewhere");
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(new RegExp(`iris: key ${a.key.slice(0, 12)} cache hit, no training`));
    const b = JSON.parse(readFileSync(join(dir, "elsewhere", "metrics.json"), "utf8"));
    expect(b.metrics).toEqual(a.metrics.metrics);
    expect(readFileSync(join(dir, "elsewhere", "key"), "utf8").trim()).toBe(a.key);
  });

  test("a model name that is not in the config is one clear line, exit 2", async () => {
    const { dir } = await makeRepo();
    const r = modelops(dir, "run", "-m", "nope");
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(
      /^modelops: error: model "nope" not found in modelops.yaml \(models: iris\)$/,
    );
  });
});

describe("train after an edit of modelops.yaml", () => {
  test("re-runs preprocessing instead of training on stale splits", async () => {
    const { dir, edit } = await makeRepo();
    expect(modelops(dir, "preprocess", "-m", "iris", "-o", "out").status).toBe(0);
    const before = JSON.parse(readFileSync(join(dir, "out", "preprocessing.json"), "utf8"));
    expect(before.features[0].scale.method).toBe("standard");
    await edit("scale: { method: standard }", "scale: { method: minmax }");
    expect(modelops(dir, "train", "-m", "iris", "-o", "out").status).toBe(0);
    const after = JSON.parse(readFileSync(join(dir, "out", "model", "preprocessing.json"), "utf8"));
    expect(after.features[0].scale.method).toBe("minmax");
  });
});
