import { join } from "node:path";
import { describe, expect, test } from "@jest/globals";
import { loadConfig } from "../../pipelines/config/index.ts";
import { recordApproval } from "../../pipelines/gitops/approvals.ts";
import { releaseHead } from "../../pipelines/gitops/release.ts";
import { Registry } from "../../pipelines/registry/index.ts";
import { makeRepo } from "../support/repo.ts";

async function release(dir: string) {
  const registryRoot = join(dir, ".modelops");
  const registry = await Registry.open(registryRoot);
  const config = await loadConfig(join(dir, "modelops.yaml"));
  return {
    registry,
    outcomes: await releaseHead({ repoDir: dir, config, registry, registryRoot, runsDir: join(dir, "runs") }),
  };
}

describe("local GitOps: release on merge, rollback on revert", () => {
  test("a merge is released only with an approval of the merged head, and a revert rolls back without training", async () => {
    const { dir, g, edit } = await makeRepo();
    const root = join(dir, ".modelops");

    // The first commit has no approval yet: nothing is released.
    let { outcomes } = await release(dir);
    expect(outcomes[0]?.action).toBe("blocked");
    expect(outcomes[0]?.reason).toMatch(/0\/1 authorised approvals/);

    await recordApproval(root, { model: "iris", commit: await g("rev-parse", "HEAD"), reviewer: "lead" });
    ({ outcomes } = await release(dir));
    expect(outcomes[0]).toMatchObject({ action: "released", version: 1, tag: "iris/v1" });
    expect(await g("tag", "--list")).toContain("iris/v1");

    // A change approved by its own author, or by someone not in the reviewers list, does not count.
    await g("checkout", "-q", "-b", "more-epochs");
    await edit("epochs: 15", "epochs: 20");
    await g("commit", "-q", "-am", "more epochs");
    const head = await g("rev-parse", "HEAD");
    await recordApproval(root, { model: "iris", commit: head, reviewer: "Ada" });
    await recordApproval(root, { model: "iris", commit: head, reviewer: "mallory" });
    await g("checkout", "-q", "main");
    await g("merge", "-q", "--no-ff", "more-epochs", "-m", "Merge more-epochs");
    let result = await release(dir);
    expect(result.outcomes[0]?.action).toBe("blocked");
    expect((await result.registry.resolveAlias("iris", "production"))?.version).toBe(1);

    // The authorised approval of the merged head releases v2; the artifact trained for the blocked attempt is reused.
    await recordApproval(root, { model: "iris", commit: head, reviewer: "lead" });
    result = await release(dir);
    expect(result.outcomes[0]).toMatchObject({ action: "released", version: 2, previous: 1, trained: false });

    // git revert of the release merge: production goes back to v1 from the store.
    await g("revert", "--no-edit", "-m", "1", "HEAD");
    result = await release(dir);
    expect(result.outcomes[0]).toMatchObject({
      action: "rolled-back",
      version: 1,
      previous: 2,
      trained: false,
    });
    expect(result.outcomes[0]?.reason).toMatch(/reverts/);
    const production = await result.registry.resolveAlias("iris", "production");
    expect(production?.version).toBe(1);
    expect((await result.registry.resolveAlias("iris", "previous"))?.version).toBe(2);
    const history = await result.registry.history("iris");
    expect(history.filter((h) => h.alias === "production").map((h) => h.to)).toEqual([1, 2, 1]);

    // Nothing changed since: a second release is a no-op.
    result = await release(dir);
    expect(result.outcomes[0]?.action).toBe("unchanged");
  });
});
