// `modelops diff --base-ref REF`: a pull request is judged by the gates of the default branch (modelops.yaml
// at REF), never by the working tree's, which the pull request itself may have loosened.
import { spawnSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "@jest/globals";
import { runDiff } from "../../pipelines/cli/commands/diff.ts";
import { MODELOPS_CLI } from "../support/cli.ts";
import { makeRepo, SMALL_IRIS_CONFIG } from "../support/repo.ts";

const CLI = MODELOPS_CLI;
const STRICT = SMALL_IRIS_CONFIG.replace("accuracy: { min: 0.5 }", "accuracy: { min: 0.95 }");

const metrics = (accuracy: number) =>
  JSON.stringify({
    schema: "modelops/metrics@1",
    model: "iris",
    task: "classification",
    backend: "cpu",
    metrics: { accuracy },
    rows: { train: 96, validation: 24, test: 30 },
    createdAt: "2025-01-01T00:00:00.000Z",
  });

/** main holds the strict gate; the working tree (the pull request) loosens it to min 0.5. */
async function loosenedPullRequest() {
  const repo = await makeRepo(STRICT);
  await repo.g("checkout", "-q", "-b", "loosen");
  await repo.edit("accuracy: { min: 0.95 }", "accuracy: { min: 0.5 }");
  await writeFile(join(repo.dir, "cand.json"), metrics(0.9));
  return { ...repo, config: join(repo.dir, "modelops.yaml"), cand: join(repo.dir, "cand.json") };
}

describe("modelops diff --base-ref", () => {
  test("the default branch's gate fails a candidate that the pull request's loosened gate passes", async () => {
    const { config, cand } = await loosenedPullRequest();
    expect((await runDiff("-", cand, { config })).exitCode).toBe(0);
    const judged = await runDiff("-", cand, { config, baseRef: "main" });
    expect(judged.exitCode).toBe(1);
    expect(judged.output).toContain("min 0.95");
    expect(judged.output).toContain("Gates from modelops.yaml at main.");
  });

  test("a model the ref does not define yet gets the defaults: no gates", async () => {
    const { config, cand, g } = await loosenedPullRequest();
    await g("checkout", "-q", "main");
    await g("checkout", "-q", "-b", "renamed");
    await writeFile(config, STRICT.replace("  iris:", "  flowers:"));
    await g("commit", "-q", "-am", "rename");
    await g("checkout", "-q", "loosen");
    const r = await runDiff("-", cand, { config, baseRef: "renamed" });
    expect(r.exitCode).toBe(0);
    expect(r.comparison.gates).toEqual([]);
    expect(r.output).toContain("does not define `iris` yet: no gates");
  });

  test("a ref that is not there, or a config there that does not load: one line, exit 2", async () => {
    const { dir, config, cand, g } = await loosenedPullRequest();
    const missing = spawnSync(process.execPath, [CLI, "diff", "-", cand, "--base-ref", "origin/main"], {
      cwd: dir,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim()).toBe(
      "modelops: error: --base-ref origin/main: not a commit in this repository (fetch it first, e.g. git fetch origin main)",
    );
    await g("checkout", "-q", "main");
    await writeFile(config, STRICT.replace("epochs: 15", "epochs: many"));
    await g("commit", "-q", "-am", "break it");
    await g("checkout", "-q", "loosen");
    await expect(runDiff("-", cand, { config, baseRef: "main" })).rejects.toThrow(
      /^modelops\.yaml at main cannot be read \([0-9a-f]{7}:modelops\.yaml:\d+:\d+: .*epochs.*\); fix it on the default branch first$/,
    );
  });
});
