// canaryBot against the simulator: `modelops monitor canary --github` tells GitHub (repository_dispatch) that
// a canary was aborted; the bot opens a pull request reverting that release's merge, with the analysis as its
// body, and says so on the released pull request. Merging the revert rolls production back (rollbackBot).
import { afterEach, beforeEach, expect, test } from "@jest/globals";
import type { Pull } from "../../pipelines/demo/github-sim/index.ts";
import { dispatchCanaryAborted } from "../../pipelines/monitor/revert.ts";
import { IRIS_CSV, key, runArtifact, startWorld, type World } from "../support/bot-harness.ts";
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

const ANALYSIS =
  "### Canary analysis: iris v2 against v1 — aborted\n\n| step | traffic | phase |\n| ---: | ---: | --- |\n| 1 | 20% | failed |\n";

async function ship(branch: string, files: Record<string, string>) {
  const { pr } = await w.repo.openPullRequest({ author: "ada", branch, title: branch, files });
  await w.repo.completeWorkflowRun(pr, {
    artifacts: [await runArtifact({ key: key(branch), metrics: { accuracy: 0.95 } })],
  });
  await w.repo.review(pr, "lead", "APPROVED");
  const { commit } = await w.repo.merge(pr, "lead");
  return { pr, merge: commit.sha };
}

/** What the monitor sends, through the REST API with a workflow's token. */
async function abortCanary(payload: Record<string, unknown> = {}) {
  const installation = [...w.sim.installations.values()][0]!;
  await dispatchCanaryAborted({
    apiUrl: w.sim.urls.api,
    token: w.sim.installationToken(installation),
    repository: "acme/models",
    payload: {
      model: "iris",
      version: 2,
      stable: 1,
      reason: "canary analysis of iris v2 failed at step 1/3 (20%): errorRate 100% (max 1%; stable 0%)",
      analysis: ANALYSIS,
      ...payload,
    },
  });
}

const revertPulls = () =>
  [...w.repo.state.pulls.values()].filter((p) => p.headRef.startsWith("modelops/revert-"));
const sticky = (pr: Pull) =>
  w.repo
    .botComments(pr)
    .map((c) => c.body)
    .join("\n");

test("an aborted canary gets a revert pull request of its release merge; merging it rolls back", async () => {
  const v1 = `${IRIS_CSV}\n`;
  await ship("v1", { "data/iris.csv": v1 });
  const { pr: released, merge } = await ship("v2", { "data/iris.csv": `${IRIS_CSV}\n\n` });
  // Later work on other files stays.
  await w.repo.pushToDefault({ "README.md": "# models\n" }, "lead");

  await abortCanary();
  const [revert] = revertPulls();
  expect(revert).toMatchObject({
    title: "Revert iris/v2: canary analysis failed",
    headRef: `modelops/revert-${merge.slice(0, 12)}`,
    baseRef: "main",
    state: "open",
  });
  expect(revert!.body).toContain(ANALYSIS);
  expect(revert!.body).toContain(`reverts the release merge ${merge}`);
  const head = w.repo.state.commits.get(revert!.headSha)!;
  expect(head.message).toBe(
    `Revert "Merge pull request #${released.number} from acme/v2"\n\nThis reverts commit ${merge}.\n`,
  );
  expect(head.parents).toEqual([w.repo.defaultHead.sha]);
  expect(head.tree.get("data/iris.csv")?.toString()).toBe(v1);
  expect(head.tree.get("README.md")?.toString()).toBe("# models\n");
  expect(sticky(released)).toContain(`#${revert!.number} reverts ${merge.slice(0, 7)}`);

  // The same news again (a retried dispatch) opens nothing new.
  await abortCanary();
  expect(revertPulls()).toHaveLength(1);

  // Merging the revert is the rollback: production is v1 again, no version minted, nothing retrained.
  await w.repo.merge(revert!, "lead");
  expect(w.repo.state.releases.map((r) => r.tagName)).toEqual(["iris/v1", "iris/v2"]);
  expect(await (await storeView(w)).aliases("iris")).toEqual({ production: 1, previous: 2 });
  // Told again after the rollback: nothing more to revert.
  await abortCanary();
  expect(revertPulls()).toHaveLength(1);
});

test("after a rollback, the revert pull request of a later canary names the right release", async () => {
  await ship("v1", { "data/iris.csv": `${IRIS_CSV}\n` });
  const { merge: v2 } = await ship("v2", { "data/iris.csv": `${IRIS_CSV}\n\n` });
  await w.repo.revert(v2, "lead");
  // The next release is v3 (no version was minted for the rollback), on every reader's numbering.
  const { merge: v3 } = await ship("v3", { "data/iris.csv": `${IRIS_CSV}\n\n\n` });
  expect(await (await storeView(w)).aliases("iris")).toMatchObject({ production: 3 });
  await abortCanary({ version: 3, stable: 1 });
  const [revert] = revertPulls();
  expect(revert).toMatchObject({
    title: "Revert iris/v3: canary analysis failed",
    headRef: `modelops/revert-${v3.slice(0, 12)}`,
  });
});

test("a release changed again since cannot be reverted cleanly: the pull request says to revert by hand", async () => {
  await ship("v1", { "data/iris.csv": `${IRIS_CSV}\n` });
  const { pr: released, merge } = await ship("v2", { "data/iris.csv": `${IRIS_CSV}\n\n` });
  await w.repo.pushToDefault({ "data/iris.csv": `${IRIS_CSV}\n\n\n` }, "lead");
  await abortCanary();
  expect(revertPulls()).toEqual([]);
  expect(sticky(released)).toContain(
    `the revert pull request could not be opened (cannot revert ${merge.slice(0, 7)} cleanly: data/iris.csv changed again after it; revert it by hand)`,
  );
});

test("dispatches naming no release, or malformed, change nothing", async () => {
  await ship("v1", { "data/iris.csv": `${IRIS_CSV}\n` });
  const before = w.sim.snapshot();
  await abortCanary({ version: 7 });
  await abortCanary({ model: "../etc" });
  await abortCanary({ version: "2" });
  expect(w.sim.snapshot()).toBe(before);
  expect(revertPulls()).toEqual([]);
});
