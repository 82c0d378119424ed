// releaseBot and rollbackBot (Probot's unit pattern against the simulator): what a push to the default
// branch does to the registry of record (signed releases are versions, signed deployments move aliases).

import { createHash } from "node:crypto";
import { afterEach, beforeEach, expect, test } from "@jest/globals";
import type { ReleaseRecord } from "../../bot/registry.ts";
import { extract } from "../../bot/state.ts";
import { CONFIG, IRIS_CSV, key, runArtifact, startWorld, type World } from "../support/bot-harness.ts";
import { storeView } from "../support/registry-view.ts";

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
const production = async () => (await (await storeView(w)).aliases("iris")).production;
const productionDeployments = () =>
  w.repo.state.deployments.filter((d) => d.environment === "iris/production").map((d) => d.ref);
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
    commit: merge,
    pr: pr.number,
    key: key("v1"),
    approvers: ["lead"],
    signature: { alg: "rsa-sha256" },
  });
  expect(productionDeployments()).toEqual(["iris/v1"]);
  expect(await production()).toBe(1);
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
  const { deliveries } = await w.repo.pushToDefault({ "data/iris.csv": `${IRIS_CSV}\n\n` }, "boss");
  expect(tags()).toEqual([]);
  // Handled and refused, not crashed: a handler that failed would be retried and might release later.
  expect(deliveries.map((d) => [d.event, d.status])).toEqual([["push", 200]]);
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

test("restoring earlier inputs without a revert commit rolls back, found by the inputs' fingerprint", async () => {
  await ship("v1", { "data/iris.csv": `${IRIS_CSV}\n` }, 0.93);
  await ship("v2", { "data/iris.csv": `${IRIS_CSV}\n\n` }, 0.95);
  await w.repo.pushToDefault({ "data/iris.csv": `${IRIS_CSV}\n` }, "boss", "Put the old data back");
  // A deployment of v1, never a new version.
  expect(tags()).toEqual(["iris/v1", "iris/v2"]);
  expect(productionDeployments()).toEqual(["iris/v1", "iris/v2", "iris/v1"]);
  expect(await production()).toBe(1);
  const last = (await (await storeView(w)).history("iris")).find(
    (e) => e.alias === "production" && e.to === 1 && e.from === 2,
  );
  expect(last).toMatchObject({ kind: "rollback", actor: "boss" });
});

test("reverting the revert of an approved release is blocked: v2 was rolled back as bad and the push was not reviewed", async () => {
  await ship("v1", { "data/iris.csv": `${IRIS_CSV}\n` }, 0.93);
  const { merge } = await ship("v2", { "data/iris.csv": `${IRIS_CSV}\n\n` }, 0.95);
  const { commit: revert } = await w.repo.revert(merge, "boss");
  expect(await production()).toBe(1);
  await w.repo.revert(revert.sha, "boss");
  expect(await production()).toBe(1);
  expect(tags()).toEqual(["iris/v1", "iris/v2"]);
});

test("a rollback to a version whose record shows no approval is blocked unless the revert is reviewed", async () => {
  // v1 is released under main's policy of the time, minApprovals 0: its record shows no approval.
  const open = CONFIG.replace("minApprovals: 1", "minApprovals: 0");
  await w.repo.pushToDefault({ "modelops.yaml": open }, "boss", "Open the gate");
  const { pr: p1 } = await w.repo.openPullRequest({
    author: "ada",
    branch: "v1",
    title: "v1",
    files: { "data/iris.csv": `${IRIS_CSV}\n` },
  });
  await w.repo.completeWorkflowRun(p1, {
    artifacts: [await runArtifact({ key: key("v1"), metrics: { accuracy: 0.95 } })],
  });
  await w.repo.merge(p1, "lead");
  await ship("v2", { "data/iris.csv": `${IRIS_CSV}\n\n` }, 0.95);
  expect(await production()).toBe(2);
  expect((await (await storeView(w)).getVersion("iris", 1))?.approvers).toEqual([]);
  // A direct push restoring v1's inputs: not reviewed, v1 was never approved.
  await w.repo.pushToDefault({ "data/iris.csv": `${IRIS_CSV}\n` }, "boss", "Put the old data back");
  expect(await production()).toBe(2);
  // The same change as a reviewed, approved pull request moves production.
  await w.repo.pushToDefault({ "data/iris.csv": `${IRIS_CSV}\n\n` }, "boss", "Again v2's data");
  const { pr } = await w.repo.openPullRequest({
    author: "ada",
    branch: "back",
    title: "Back to v1",
    files: { "data/iris.csv": `${IRIS_CSV}\n` },
  });
  await w.repo.review(pr, "lead", "APPROVED");
  await w.repo.merge(pr, "lead");
  expect(await production()).toBe(1);
  expect(tags()).toEqual(["iris/v1", "iris/v2"]);
});

test("redelivering the revert's push makes no second deployment", async () => {
  await ship("v1", { "data/iris.csv": `${IRIS_CSV}\n` }, 0.93);
  const { merge } = await ship("v2", { "data/iris.csv": `${IRIS_CSV}\n\n` }, 0.95);
  const [delivery] = await w.repo.revert(merge, "boss").then((r) => r.deliveries);
  const push = delivery as NonNullable<typeof delivery>;
  const before = w.sim.snapshot();
  await w.sim.redeliver(push.id);
  await w.sim.deliver(w.repo.state, "push", push.payload);
  expect(w.sim.snapshot()).toBe(before);
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

test("redelivering the merge's push makes no second release or deployment", async () => {
  const { pr } = await w.repo.openPullRequest({
    author: "ada",
    branch: "v1",
    title: "v1",
    files: { "data/iris.csv": `${IRIS_CSV}\n` },
  });
  await w.repo.completeWorkflowRun(pr, { artifacts: [await runArtifact({ key: key("v1") })] });
  await w.repo.review(pr, "lead", "APPROVED");
  const { deliveries } = await w.repo.merge(pr, "lead");
  const push = deliveries.find((d) => d.event === "push") as (typeof deliveries)[number];
  const before = w.sim.snapshot();
  await w.sim.redeliver(push.id);
  // A bot that restarted and lost its memory of deliveries gets the same push under a new id.
  await w.sim.deliver(w.repo.state, "push", push.payload);
  expect(w.sim.snapshot()).toBe(before);
  expect(tags()).toEqual(["iris/v1"]);
  expect(productionDeployments()).toEqual(["iris/v1"]);
});

test("a pull request that makes the bot the writer does not get its own merge released by the bot (the workflow releases it)", async () => {
  await w.repo.pushToDefault(
    { ".github/modelops.yml": "releaser: workflow\n" },
    "boss",
    "The workflow releases",
  );
  // The release workflow reads `releaser` at the merge's first parent (workflow) and releases this merge;
  // the bot must read the same commit, or both would write.
  await ship("v1", { "data/iris.csv": `${IRIS_CSV}\n`, ".github/modelops.yml": "releaser: bot\n" }, 0.95);
  expect(tags()).toEqual([]);
  expect(productionDeployments()).toEqual([]);
});

test("with `releaser: workflow` on the default branch the bot releases nothing and moves nothing", async () => {
  await ship("v1", { "data/iris.csv": `${IRIS_CSV}\n` }, 0.93);
  await w.repo.pushToDefault(
    { ".github/modelops.yml": "releaser: workflow\n" },
    "boss",
    "The workflow releases",
  );
  const { merge } = await ship("v2", { "data/iris.csv": `${IRIS_CSV}\n\n` }, 0.95);
  expect(tags()).toEqual(["iris/v1"]);
  await w.repo.revert(merge, "boss");
  expect(productionDeployments()).toEqual(["iris/v1"]);
});
