// The release action on a push to the default branch: the same rules as `modelops release` (versions, tags,
// approvals of the exact commit), refused anywhere else.
import { join } from "node:path";
import { describe, expect, test } from "@jest/globals";
import { run as release } from "../../actions/release/main.ts";
import { recordApproval } from "../../pipelines/gitops/approvals.ts";
import { makeRepo } from "../support/repo.ts";
import { prEvent, runStep } from "./harness.ts";

const push = { name: "push", payload: { repository: { full_name: "acme/models", default_branch: "main" } } };

describe("the release action", () => {
  test("on the default branch: blocked without an approval, released as iris/v1 with one", async () => {
    const { dir, g } = await makeRepo();
    const blocked = await runStep(release, { ws: dir, event: push, inputs: { "push-tags": "false" } });
    expect(blocked.failed).toBe(true);
    expect(blocked.errors.at(-1)).toMatch(
      /^::error::iris: not released: .*0\/1 authorised approvals of [0-9a-f]{7}/,
    );
    expect(JSON.parse(blocked.outputs.released!)).toEqual([
      expect.objectContaining({ model: "iris", action: "blocked" }),
    ]);

    await recordApproval(join(dir, ".modelops"), {
      model: "iris",
      commit: await g("rev-parse", "HEAD"),
      reviewer: "lead",
    });
    const released = await runStep(release, { ws: dir, event: push, inputs: { "push-tags": "false" } });
    expect(released.errors).toEqual([]);
    expect(released.outputs.tags).toBe("iris/v1");
    expect(JSON.parse(released.outputs.released!)).toEqual([
      expect.objectContaining({ model: "iris", action: "released", version: 1, tag: "iris/v1" }),
    ]);
    expect(await g("tag", "--list")).toBe("iris/v1");
    expect(released.summary).toMatch(/\| iris \| released \| v1 \| iris\/v1 \| no \|/);
    expect(released.summary).toContain("Tags were created locally only (push-tags: false).");
  });

  test("pushes the new tags to origin", async () => {
    const { dir, g } = await makeRepo();
    const origin = await makeRepo();
    await origin.g("config", "receive.denyCurrentBranch", "ignore");
    await g("remote", "add", "origin", origin.dir);
    await recordApproval(join(dir, ".modelops"), {
      model: "iris",
      commit: await g("rev-parse", "HEAD"),
      reviewer: "lead",
    });
    const r = await runStep(release, { ws: dir, event: push });
    expect(r.errors).toEqual([]);
    expect(await origin.g("tag", "--list")).toBe("iris/v1");
  });

  test("refuses to release from a pull request or another branch", async () => {
    const { dir } = await makeRepo();
    const pr = await runStep(release, { ws: dir, event: prEvent({}) });
    expect(pr.errors).toEqual([
      "::error::release runs on pushes to the default branch, not on pull_request; run it in a job with if: github.event_name == 'push'",
    ]);
    const branch = await runStep(release, { ws: dir, event: push, ref: "refs/heads/feature" });
    expect(branch.errors).toEqual([
      "::error::release runs on the default branch (main), not on refs/heads/feature; limit the workflow's push trigger to branches: [main]",
    ]);
  });
});
