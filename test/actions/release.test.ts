// The release action on a push to the default branch: the same rules as `modelops release` (versions, tags,
// approvals of the exact commit), refused anywhere else.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "@jest/globals";
import { run as release } from "../../actions/release/main.ts";
import { recordApproval } from "../../pipelines/gitops/approvals.ts";
import { git } from "../../pipelines/gitops/git.ts";
import { prEvent, runStep } from "../support/action-harness.ts";
import { makeRepo, WORKFLOW_RELEASER } from "../support/repo.ts";

const push = { name: "push", payload: { repository: { full_name: "acme/models", default_branch: "main" } } };

describe("the release action", () => {
  test("on the default branch: blocked without an approval, released as iris/v1 with one", async () => {
    const { dir, g } = await makeRepo(undefined, WORKFLOW_RELEASER);
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
    const { dir, g } = await makeRepo(undefined, WORKFLOW_RELEASER);
    const origin = await makeRepo(undefined, WORKFLOW_RELEASER);
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
    const { dir } = await makeRepo(undefined, WORKFLOW_RELEASER);
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

describe("one release writer (releaser in .github/modelops.yml)", () => {
  const approveHead = async (dir: string, g: (...a: string[]) => Promise<string>) =>
    recordApproval(join(dir, ".modelops"), {
      model: "iris",
      commit: await g("rev-parse", "HEAD"),
      reviewer: "lead",
    });

  test("with the bot as the writer (the default) the action releases nothing and says so in one line", async () => {
    const settings: Record<string, string>[] = [{}, { ".github/modelops.yml": "releaser: bot\n" }];
    for (const files of settings) {
      const { dir, g } = await makeRepo(undefined, files);
      await approveHead(dir, g);
      const r = await runStep(release, { ws: dir, event: push, inputs: { "push-tags": "false" } });
      expect(r.failed).toBe(false);
      expect(r.outputs).toMatchObject({
        released: "[]",
        tags: "",
        releaser: "bot",
        skipped: "bot-is-releaser",
      });
      const notices = r.stdout.split("\n").filter((l) => l.startsWith("::notice"));
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(
        /^::notice::modelops release: nothing released, the modelops bot is the release writer \((the default \(no \.github\/modelops\.yml at [0-9a-f]{7}\)|releaser: bot in \.github\/modelops\.yml at [0-9a-f]{7})\); to release from the workflow instead, set releaser: workflow in \.github\/modelops\.yml on the default branch$/,
      );
      expect(await g("tag", "--list")).toBe("");
    }
  });

  test("a pull request cannot make the workflow the writer of its own merge: the first parent's setting counts", async () => {
    const { dir, g, edit } = await makeRepo(undefined, { ".github/modelops.yml": "releaser: bot\n" });
    await g("checkout", "-q", "-b", "writer");
    await writeFile(join(dir, ".github/modelops.yml"), "releaser: workflow\n");
    await edit("epochs: 15", "epochs: 20");
    await g("commit", "-q", "-am", "release it myself");
    await g("checkout", "-q", "main");
    await g("merge", "-q", "--no-ff", "writer", "-m", "Merge pull request #2 from acme/writer");
    await recordApproval(join(dir, ".modelops"), {
      model: "iris",
      commit: await g("rev-parse", "HEAD^2"),
      reviewer: "lead",
    });
    const r = await runStep(release, { ws: dir, event: push, inputs: { "push-tags": "false" } });
    expect(r.outputs).toMatchObject({ releaser: "bot", skipped: "bot-is-releaser" });
    expect(await g("tag", "--list")).toBe("");
    // The next push after it reads releaser: workflow from main as the merge left it.
    await edit("epochs: 20", "epochs: 25");
    await g("commit", "-q", "-am", "even more epochs");
    await approveHead(dir, g);
    const next = await runStep(release, { ws: dir, event: push, inputs: { "push-tags": "false" } });
    expect(next.errors).toEqual([]);
    expect(next.outputs).toMatchObject({ releaser: "workflow", skipped: "", tags: "iris/v1" });
  });

  test("a releaser that is neither bot nor workflow fails the step with one line naming the file", async () => {
    const { dir } = await makeRepo(undefined, { ".github/modelops.yml": "releaser: github\n" });
    const r = await runStep(release, { ws: dir, event: push, inputs: { "push-tags": "false" } });
    expect(r.failed).toBe(true);
    expect(r.errors).toEqual([
      expect.stringMatching(
        /^::error::\.github\/modelops\.yml at [0-9a-f]{7}: releaser: "github" is not one of bot, workflow \(who releases merges: the modelops bot or the release workflow\)$/,
      ),
    ]);
  });

  test("a shallow checkout, which hides the default branch before the push, is refused with how to fix it", async () => {
    const { dir, g, edit } = await makeRepo(undefined, { ".github/modelops.yml": "releaser: bot\n" });
    await writeFile(join(dir, ".github/modelops.yml"), "releaser: workflow\n");
    await edit("epochs: 15", "epochs: 20");
    await g("commit", "-q", "-am", "make the workflow the writer and change the model");
    const shallow = await mkdtemp(join(tmpdir(), "modelops-shallow-"));
    await git(shallow, ["clone", "-q", "--depth", "1", `file://${dir}`, "."]);
    const r = await runStep(release, { ws: shallow, event: push, inputs: { "push-tags": "false" } });
    expect(r.errors).toEqual([
      expect.stringMatching(
        /^::error::[0-9a-f]{7}: the checkout is shallow, so the default branch before this push cannot be read; check out with fetch-depth: 0$/,
      ),
    ]);
  });
});
