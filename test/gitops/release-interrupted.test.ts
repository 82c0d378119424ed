// A release is several writes (registry version, git tag, production alias); a kill between two of them must
// leave nothing the next run cannot finish: never a version without its tag, never production on one.
import { join } from "node:path";
import { describe, expect, test } from "@jest/globals";
import { loadConfig } from "../../pipelines/config/index.ts";
import { recordApproval } from "../../pipelines/gitops/approvals.ts";
import { type ReleaseStep, releaseHead } from "../../pipelines/gitops/release.ts";
import { Registry } from "../../pipelines/registry/index.ts";
import { makeRepo } from "../support/repo.ts";

class Killed extends Error {}

async function release(dir: string, stopAfter?: ReleaseStep) {
  const registryRoot = join(dir, ".modelops");
  const registry = await Registry.open(registryRoot);
  const config = await loadConfig(join(dir, "modelops.yaml"));
  const outcomes = await releaseHead({
    repoDir: dir,
    config,
    registry,
    registryRoot,
    runsDir: join(dir, "runs"),
    // The process dies here: nothing after this step runs.
    onStep: (step) => {
      if (step === stopAfter) throw new Killed(step);
    },
  });
  return { registry, outcomes };
}

async function approvedRepo() {
  const repo = await makeRepo();
  const head = await repo.g("rev-parse", "HEAD");
  await recordApproval(join(repo.dir, ".modelops"), { model: "iris", commit: head, reviewer: "lead" });
  return { ...repo, head };
}

describe("a release killed between its writes is finished by the next run", () => {
  test("killed after the registry write, before `git tag`: the next run tags v1 at its commit, then moves production", async () => {
    const { dir, g, head } = await approvedRepo();
    await expect(release(dir, "version-created")).rejects.toThrow(Killed);
    const registry = await Registry.open(join(dir, ".modelops"));
    expect((await registry.listVersions("iris")).map((v) => v.version)).toEqual([1]);
    expect(await g("tag", "--list")).toBe("");
    expect(await registry.resolveAlias("iris", "production")).toBeUndefined();

    const next = await release(dir);
    expect(await g("tag", "--list")).toBe("iris/v1");
    expect(await g("rev-list", "-n", "1", "iris/v1")).toBe(head);
    expect(await g("tag", "-l", "--format=%(contents)", "iris/v1")).toContain("tag restored");
    expect((await next.registry.resolveAlias("iris", "production"))?.version).toBe(1);
    expect(next.outcomes[0]).toMatchObject({ version: 1, tag: "iris/v1", trained: false });
    expect(next.outcomes[0]?.reason).toMatch(/^completes the interrupted release of v1/);
    // Finished, not repeated: still one version.
    expect(await next.registry.listVersions("iris")).toHaveLength(1);
    expect((await release(dir)).outcomes[0]?.action).toBe("unchanged");
  });

  test("killed after `git tag`, before production moves: the next run moves production and keeps the tag", async () => {
    const { dir, g, head } = await approvedRepo();
    await expect(release(dir, "tagged")).rejects.toThrow(Killed);
    const tagged = await g("rev-parse", "iris/v1");

    const next = await release(dir);
    expect(await g("rev-parse", "iris/v1")).toBe(tagged);
    expect(await g("rev-list", "-n", "1", "iris/v1")).toBe(head);
    expect((await next.registry.resolveAlias("iris", "production"))?.version).toBe(1);
    expect(await next.registry.listVersions("iris")).toHaveLength(1);
  });
});
