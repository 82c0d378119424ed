// releaseBot and rollbackBot (Probot's unit pattern against the simulator): what a push to the default
// branch does to the registry of releases.

import { createHash } from "node:crypto";
import { afterEach, beforeEach, expect, test } from "@jest/globals";
import type { ReleaseRecord } from "../../bot/registry.ts";
import { extract } from "../../bot/state.ts";
import { CONFIG, IRIS_CSV, key, runArtifact, startWorld, type World } from "./harness.ts";

let w: World;
beforeEach(async () => {
  w = await startWorld({ mode: "receive" });
});
afterEach(async () => {
  expect(w.sim.violations).toEqual([]);
  expect(w.sim.responseViolations).toEqual([]);
  await w.close();
});

const tags = () => w.repo.state.releases.map((r) => r.tagName);
const record = (tag: string) =>
  extract<ReleaseRecord>(
    "release",
    w.repo.state.releases.find((r) => r.tagName === tag)?.body,
  ) as ReleaseRecord;

/** A reviewed, approved pull request changing `files`, measured with accuracy `accuracy`, then merged. */
async function ship(branch: string, files: Record<string, string>, accuracy: number) {
  const { pr } = await w.repo.openPullRequest({ author: "ada", branch, title: branch, files });
  await w.repo.completeWorkflowRun(pr, {
    artifacts: [await runArtifact({ key: key(branch), metrics: { accuracy } })],
  });
  await w.repo.review(pr, "lead", "APPROVED");
  const { commit } = await w.repo.merge(pr, "lead");
  return { pr, merge: commit.sha };
}

test("a release records the input key, the approvers and each asset's sha256", async () => {
  const { pr, merge } = await ship("v1", { "data/iris.csv": `${IRIS_CSV}\n` }, 0.95);
  expect(tags()).toEqual(["iris/v1"]);
  const r = record("iris/v1");
  expect(r).toMatchObject({
    model: "iris",
    version: 1,
    kind: "release",
    commit: merge,
    pr: pr.number,
    artifactOf: 1,
    key: key("v1"),
    approvers: ["lead"],
  });
  const release = w.repo.state.releases[0];
  for (const asset of release?.assets ?? []) {
    const digest = createHash("sha256").update(asset.data).digest("hex");
    expect(r.assets.find((a) => a.name === asset.name)?.sha256).toBe(digest);
    expect(release?.body).toContain(`| \`${asset.name}\` | ${asset.data.length} | \`${digest}\` |`);
  }
});

test("a merge that does not touch the model's inputs releases nothing", async () => {
  await ship("v1", { "data/iris.csv": `${IRIS_CSV}\n` }, 0.95);
  const { pr } = await w.repo.openPullRequest({
    author: "ada",
    branch: "docs",
    title: "Docs",
    files: { "README.md": "# models" },
  });
  await w.repo.merge(pr, "lead");
  expect(tags()).toEqual(["iris/v1"]);
});

test("tightening a gate is not a new version: gates are policy, not inputs", async () => {
  await ship("v1", { "data/iris.csv": `${IRIS_CSV}\n` }, 0.95);
  const { pr } = await w.repo.openPullRequest({
    author: "ada",
    branch: "stricter",
    title: "Stricter gate",
    files: { "modelops.yaml": CONFIG.replace("min: 0.9,", "min: 0.92,") },
  });
  await w.repo.merge(pr, "lead");
  expect(tags()).toEqual(["iris/v1"]);
});

test("a push to the default branch that changes inputs without a pull request is not released", async () => {
  await w.repo.pushToDefault({ "data/iris.csv": `${IRIS_CSV}\n\n` }, "boss");
  expect(tags()).toEqual([]);
});

test("a merge that changes a model's inputs without reported metrics is not released, and the pull request says so", async () => {
  const { pr } = await w.repo.openPullRequest({
    author: "ada",
    branch: "unmeasured",
    title: "Unmeasured",
    files: { "data/iris.csv": `${IRIS_CSV}\n` },
  });
  await w.repo.merge(pr, "boss");
  expect(tags()).toEqual([]);
  const [comment] = w.repo.botComments(pr);
  expect(comment?.body).toContain("### ⛔ Not released");
  expect(comment?.body).toContain(`no metrics were reported for ${pr.headSha.slice(0, 7)}, the merged head`);
});

test("a merge whose inputs differ from the measured commit (the base moved) is not released", async () => {
  const { pr } = await w.repo.openPullRequest({
    author: "ada",
    branch: "net",
    title: "Net",
    files: { "modelops.yaml": CONFIG.replace("dense: [16, 16]", "dense: [8]") },
  });
  await w.repo.completeWorkflowRun(pr, { artifacts: [await runArtifact({ key: key("net") })] });
  await w.repo.review(pr, "lead", "APPROVED");
  await w.repo.pushToDefault({ "data/iris.csv": `${IRIS_CSV}\n` }, "boss", "Fix a row");
  await w.repo.merge(pr, "lead");
  expect(tags()).toEqual([]);
  expect(w.repo.botComments(pr)[0]?.body).toContain(
    "the merge changed iris's inputs beyond the measured commit",
  );
});

test("restoring earlier inputs without a revert commit still rolls back, found by the inputs' fingerprint", async () => {
  await ship("v1", { "data/iris.csv": `${IRIS_CSV}\n` }, 0.93);
  await ship("v2", { "data/iris.csv": `${IRIS_CSV}\n\n` }, 0.95);
  await w.repo.pushToDefault({ "data/iris.csv": `${IRIS_CSV}\n` }, "boss", "Put the old data back");
  expect(tags()).toEqual(["iris/v1", "iris/v2", "iris/v3"]);
  expect(record("iris/v3")).toMatchObject({ kind: "rollback", artifactOf: 1, previous: 2, key: key("v1") });
  expect(record("iris/v3").reverts).toBeUndefined();
  expect(record("iris/v2").rolledBackBy).toBe(3);
});

test("reverting the revert goes forward to v2's artifact, again without retraining", async () => {
  await ship("v1", { "data/iris.csv": `${IRIS_CSV}\n` }, 0.93);
  const { merge } = await ship("v2", { "data/iris.csv": `${IRIS_CSV}\n\n` }, 0.95);
  const { commit: revert } = await w.repo.revert(merge, "boss");
  expect(record("iris/v3")).toMatchObject({
    kind: "rollback",
    artifactOf: 1,
    reverts: [{ version: 2, commit: revert.sha }],
  });
  await w.repo.revert(revert.sha, "boss");
  expect(record("iris/v4")).toMatchObject({ kind: "rollback", artifactOf: 2, previous: 1 });
  expect(record("iris/v3").rolledBackBy).toBe(4);
});

test("reverting the first release has nothing to go back to: the registry is left alone", async () => {
  const { merge } = await ship("v1", { "data/iris.csv": `${IRIS_CSV}\n` }, 0.93);
  await w.repo.revert(merge, "boss");
  expect(tags()).toEqual(["iris/v1"]);
});

test("an evil merge (the merge commit changes inputs beyond the approved head) is not released", async () => {
  const { pr } = await w.repo.openPullRequest({
    author: "ada",
    branch: "approved",
    title: "Approved change",
    files: { "data/iris.csv": `${IRIS_CSV}\n` },
  });
  await w.repo.completeWorkflowRun(pr, { artifacts: [await runArtifact({ key: key("approved") })] });
  await w.repo.review(pr, "lead", "APPROVED");
  await w.repo.merge(pr, "lead", { files: { "data/iris.csv": `${IRIS_CSV}\n\n\n` } });
  expect(tags()).toEqual([]);
  expect(w.repo.botComments(pr)[0]?.body).toContain(
    `the merge changed iris's inputs beyond the measured commit ${pr.headSha.slice(0, 7)}`,
  );
});

test("settings changed in the pull request do not choose the policy its merge is judged by", async () => {
  // The pull request points `config:` at a new file, so that after the merge the old code found no policy
  // for iris there and judged it by the defaults (no gates, any maintainer).
  const { pr } = await w.repo.openPullRequest({
    author: "ada",
    branch: "elsewhere",
    title: "Move the config",
    files: {
      ".github/modelops.yml": "config: ml/modelops.yaml\n",
      "ml/modelops.yaml": CONFIG.replace("path: data/iris.csv", "path: ../data/iris.csv"),
      "data/iris.csv": `${IRIS_CSV}\n`,
    },
  });
  await w.repo.completeWorkflowRun(pr, {
    artifacts: [await runArtifact({ key: key("elsewhere"), metrics: { accuracy: 0.8 } })],
  });
  await w.repo.review(pr, "maint", "APPROVED");
  await w.repo.merge(pr, "boss");
  expect(tags()).toEqual([]);
  const body = w.repo.botComments(pr)[0]?.body;
  expect(body).toContain("### ⛔ Not released");
  expect(body).toContain("- accuracy 0.8 &lt; min 0.9\n");
  expect(body).toContain(
    `0/1 authorised approvals of ${pr.headSha.slice(0, 7)} (members of ml-leads may promote)`,
  );
});
