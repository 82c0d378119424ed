// Whole stories through HTTP: the bot runs as the real Probot server (`modelops bot`'s code path) against
// the GitHub simulator, which validates every request against GitHub's OpenAPI description and sends signed
// webhooks. Each story ends with zero violations.

import { readFileSync, writeFileSync } from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "@jest/globals";
import { readZip } from "../../bot/zip.ts";
import type { Pull } from "../../pipelines/demo/github-sim/index.ts";
import { permissionsFor } from "../../pipelines/demo/github-sim/permissions.ts";
import {
  appManifest,
  CONFIG,
  IRIS_CSV,
  key,
  runArtifact,
  startWorld,
  type World,
} from "../support/bot-harness.ts";

const used = new Set<string>();

function stickyOf(w: World, pr: { number: number }, model = "iris"): string {
  const mine = w.repo
    .botComments(w.repo.pull(pr.number))
    .filter((c) => c.body.startsWith(`<!-- modelops:report ${model} -->`));
  expect(mine).toHaveLength(1);
  return (mine[0] as { body: string }).body;
}

function checkOf(w: World, sha: string, model = "iris") {
  const run = w.repo.check(sha, `modelops/${model}`);
  if (!run) throw new Error(`no check run modelops/${model} on ${sha.slice(0, 7)}`);
  return run;
}

function releases(w: World) {
  return [...w.repo.state.releases].sort((a, b) => a.id - b.id);
}

function expectClean(w: World) {
  expect(w.sim.violations).toEqual([]);
  expect(w.sim.responseViolations).toEqual([]);
  // Every delivery acknowledged (202 queued; 200 for a redelivery the bot already handled).
  expect(w.sim.deliveries.filter((d) => d.status !== 202 && d.status !== 200)).toEqual([]);
  for (const op of w.sim.usedOperations()) used.add(op);
}

const DOCS = new URL("../../docs/bot.md", import.meta.url);
const START = "<!-- example-comment:start -->";
const END = "<!-- example-comment:end -->";

/**
 * docs/bot.md shows this very comment (links pointed at github.com). `UPDATE_DOCS=1 npx jest
 * test/bot/stories.test.ts` rewrites it after a change to the comment or to this story.
 */
function expectDocumented(body: string, web: string) {
  const rendered = body.split(web).join("https://github.com");
  const doc = readFileSync(DOCS, "utf8");
  const [before, rest] = doc.split(START) as [string, string];
  const after = rest.split(END)[1] as string;
  const next = `${before}${START}\n${rendered}\n${END}${after}`;
  if (process.env.UPDATE_DOCS === "1") writeFileSync(DOCS, next);
  else if (doc !== next) {
    const a = doc.split("\n");
    const b = next.split("\n");
    const at = a.findIndex((line, i) => line !== b[i]);
    throw new Error(
      `docs/bot.md shows an outdated PR comment (line ${at + 1}: ${JSON.stringify(a[at])}, the bot now writes ${JSON.stringify(b[at])}); refresh it with: UPDATE_DOCS=1 NODE_OPTIONS='--experimental-vm-modules --no-warnings' npx jest test/bot/stories.test.ts`,
    );
  }
}

/** Releases iris v1 through the bot: a pull request, its run, an approval, the merge. */
async function releaseV1(w: World) {
  const { pr } = await w.repo.openPullRequest({
    author: "ada",
    branch: "iris-v1",
    title: "Train iris on the full dataset",
    files: { "data/iris.csv": `${IRIS_CSV}\n` },
  });
  await w.repo.completeWorkflowRun(pr, {
    artifacts: [await runArtifact({ key: key("v1"), metrics: { accuracy: 0.93 } })],
  });
  await w.repo.review(pr, "lead", "APPROVED");
  const { commit } = await w.repo.merge(pr, "lead");
  return { pr, merge: commit };
}

describe("a pull request that improves accuracy is reported, approved, released and rolled back", () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
  });
  afterAll(async () => {
    await w.close();
  });
  afterEach(() => expectClean(w));

  let v1Merge = "";
  test("the first version is released as iris/v1 once an ml-lead approves", async () => {
    const { merge } = await releaseV1(w);
    v1Merge = merge.sha;
    const [v1] = releases(w);
    expect(v1?.tagName).toBe("iris/v1");
    expect(w.repo.state.tags.get("refs/tags/iris/v1")).toBe(merge.sha);
  });

  let pr: Pull;
  let firstHead = "";
  test("the workflow's results give one sticky comment and a pending check", async () => {
    ({ pr } = await w.repo.openPullRequest({
      author: "ada",
      branch: "wider-net",
      title: "Wider network",
      files: { "modelops.yaml": CONFIG.replace("dense: [16, 16]", "dense: [32, 32]") },
    }));
    firstHead = pr.headSha;
    await w.repo.completeWorkflowRun(pr, {
      artifacts: [await runArtifact({ key: key("wide"), metrics: { accuracy: 0.9667 } })],
    });
    const body = stickyOf(w, pr);
    expect(body).toContain("| accuracy ↑ | 0.93 | 0.9667 | +0.0367 🟢 | +3.95% | ✅ |");
    expect(body).toContain("| `model.dense` | `[16,16]` | `[32,32]` |");
    expect(body).toContain("xychart-beta");
    expect(body).toContain("production [`iris/v1`]");
    const check = checkOf(w, pr.headSha);
    expect(check.conclusion).toBe("action_required");
    expect(check.output.title).toBe(
      `2/2 gates pass; waiting for 1 authorised approval of ${pr.headSha.slice(0, 7)}`,
    );
  });

  test("the author's own approval does not count", async () => {
    await w.repo.review(pr, "ada", "APPROVED");
    expect(checkOf(w, pr.headSha).conclusion).toBe("action_required");
    expect(stickyOf(w, pr)).toContain("Not counted: @ada, author of the pull request.");
  });

  test("an approval from someone outside ml-leads does not count", async () => {
    await w.repo.review(pr, "outsider", "APPROVED");
    expect(checkOf(w, pr.headSha).conclusion).toBe("action_required");
    expect(stickyOf(w, pr)).toContain(
      "Not counted: @outsider, not an authorised reviewer (members of ml-leads may promote).",
    );
  });

  test("an ml-lead's approval of the head promotes; a new push voids it", async () => {
    await w.repo.review(pr, "lead", "APPROVED");
    expect(checkOf(w, firstHead).conclusion).toBe("success");
    await w.repo.pushToPullRequest(pr, {
      "modelops.yaml": CONFIG.replace("dense: [16, 16]", "dense: [32, 16]"),
    });
    expect(stickyOf(w, pr)).toContain(`the head is now ${pr.headSha.slice(0, 7)}`);
    await w.repo.completeWorkflowRun(pr, {
      artifacts: [await runArtifact({ key: key("wide2"), metrics: { accuracy: 0.9667 } })],
    });
    const check = checkOf(w, pr.headSha);
    expect(check.conclusion).toBe("action_required");
    expect(stickyOf(w, pr)).toContain(
      `Not counted: @lead, approved ${firstHead.slice(0, 7)}, not the measured ${pr.headSha.slice(0, 7)}.`,
    );
  });

  test("an approval of an older commit does not promote the head", async () => {
    await w.repo.review(pr, "lead", "APPROVED", { commitId: firstHead });
    expect(checkOf(w, pr.headSha).conclusion).toBe("action_required");
  });

  test("approving the measured head turns the check green", async () => {
    await w.repo.review(pr, "lead", "APPROVED");
    const check = checkOf(w, pr.headSha);
    expect(check.conclusion).toBe("success");
    expect(check.output.title).toBe("2/2 gates pass; approved by @lead");
    expect(stickyOf(w, pr)).toContain("Approvals of");
    expectDocumented(stickyOf(w, pr), w.sim.urls.web);
  });

  let v2Merge = "";
  test("the merge releases iris/v2 with notes and digested assets", async () => {
    const { commit } = await w.repo.merge(pr, "lead");
    v2Merge = commit.sha;
    const v2 = releases(w).find((r) => r.tagName === "iris/v2");
    expect(v2).toBeDefined();
    expect(w.repo.state.tags.get("refs/tags/iris/v2")).toBe(commit.sha);
    expect(v2?.body).toContain("Approved on");
    expect(v2?.body).toContain("@lead");
    expect(v2?.body).toContain("| accuracy ↑ | 0.93 | 0.9667 |");
    expect(v2?.assets.map((a) => a.name).sort()).toEqual([
      "history.json",
      "iris-model.zip",
      "metrics.json",
      "profile.json",
    ]);
    const model = await readZip(v2?.assets.find((a) => a.name === "iris-model.zip")?.data as Buffer);
    expect([...model.keys()].sort()).toEqual([
      "model/model.json",
      "model/preprocessing.json",
      "model/weights.bin",
    ]);
    expect(stickyOf(w, pr)).toContain("🚀 Released [`iris/v2`]");
  });

  test("reverting the release merge deploys iris/v1 to production again: no new version, no retraining", async () => {
    const runsBefore = w.repo.state.runs.length;
    const { commit } = await w.repo.revert(v2Merge, "lead");
    expect(releases(w).map((r) => r.tagName)).toEqual(["iris/v1", "iris/v2"]);
    const last = w.repo.state.deployments.at(-2);
    expect(last).toMatchObject({ environment: "iris/production", ref: "iris/v1" });
    expect(last?.payload).toMatchObject({ version: 1, from: 2, kind: "rollback", commit: commit.sha });
    expect(w.repo.state.runs.length).toBe(runsBefore);
    expect(stickyOf(w, pr)).not.toContain("Rolled back");
    expect(v1Merge).not.toBe("");
  });
});

describe("a pull request that drops accuracy past the gate", () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
    await releaseV1(w);
  });
  afterAll(async () => {
    await w.close();
  });
  afterEach(() => expectClean(w));

  let pr: Pull;
  test("fails its check with the gate's reason", async () => {
    ({ pr } = await w.repo.openPullRequest({
      author: "ada",
      branch: "smaller",
      title: "Smaller network",
      files: { "modelops.yaml": CONFIG.replace("dense: [16, 16]", "dense: [4]") },
    }));
    await w.repo.completeWorkflowRun(pr, {
      artifacts: [await runArtifact({ key: key("small"), metrics: { accuracy: 0.88 } })],
    });
    await w.repo.review(pr, "lead", "APPROVED");
    const check = checkOf(w, pr.headSha);
    expect(check.conclusion).toBe("failure");
    expect(check.output.title).toBe("1 of 2 gates failed against production");
    expect(check.output.text).toContain("accuracy 0.88 < min 0.90");
    expect(stickyOf(w, pr)).toContain("| accuracy ↑ | 0.93 | 0.88 | -0.05 🔴 | -5.38% | ❌ |");
  });

  test("an admin's override with a reason passes it, and the release notes keep the reason", async () => {
    await w.repo.comment(
      pr,
      "boss",
      "/modelops override latency matters more than 5 points of accuracy here",
    );
    const check = checkOf(w, pr.headSha);
    expect(check.conclusion).toBe("success");
    expect(check.output.title).toBe(
      "Overridden by @boss: latency matters more than 5 points of accuracy here",
    );
    const reply = w.repo.botComments(pr).find((c) => c.body.includes("Override recorded by @boss"));
    expect(reply).toBeDefined();
    await w.repo.merge(pr, "boss");
    const v2 = releases(w).find((r) => r.tagName === "iris/v2");
    expect(v2?.body).toContain("**Override** by @boss");
    expect(v2?.body).toContain("latency matters more than 5 points of accuracy here");
  });
});

describe("a pull request that loosens its own gate", () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
    await releaseV1(w);
  });
  afterAll(async () => {
    await w.close();
  });
  afterEach(() => expectClean(w));

  test("is still judged by the gates on main", async () => {
    const loosened = CONFIG.replace("accuracy: { min: 0.9, maxDrop: 0.02 }", "accuracy: { min: 0.5 }");
    const { pr } = await w.repo.openPullRequest({
      author: "ada",
      branch: "loosen",
      title: "Relax the accuracy gate",
      files: { "modelops.yaml": loosened.replace("dense: [16, 16]", "dense: [8]") },
    });
    await w.repo.completeWorkflowRun(pr, {
      artifacts: [await runArtifact({ key: key("loose"), metrics: { accuracy: 0.85 } })],
    });
    await w.repo.review(pr, "lead", "APPROVED");
    const check = checkOf(w, pr.headSha);
    expect(check.conclusion).toBe("failure");
    expect(check.output.text).toContain("accuracy 0.85 < min 0.90");
    expect(stickyOf(w, pr)).toContain("This pull request changes the `gates` or `promotion` of `iris`");
  });

  test("and merging it anyway (an admin bypassing branch protection) releases nothing", async () => {
    const pr = w.repo.pull(2);
    const before = releases(w).length;
    await w.repo.merge(pr, "boss");
    expect(releases(w).length).toBe(before);
    expect(stickyOf(w, pr)).toContain("⛔ Not released");
  });
});

describe("commands in pull request comments", () => {
  let w: World;
  let pr: Pull;
  beforeAll(async () => {
    w = await startWorld();
    await releaseV1(w);
    ({ pr } = await w.repo.openPullRequest({
      author: "ada",
      branch: "tweak",
      title: "Lower learning rate",
      files: { "modelops.yaml": CONFIG.replace("learningRate: 0.02", "learningRate: 0.01") },
    }));
    await w.repo.completeWorkflowRun(pr, {
      artifacts: [await runArtifact({ key: key("lr"), metrics: { accuracy: 0.89 } })],
    });
  });
  afterAll(async () => {
    await w.close();
  });
  afterEach(() => expectClean(w));

  const replyTo = (id: number) =>
    w.repo.botComments(pr).find((c) => c.body.includes(`<!-- modelops:reply-to ${id} -->`))?.body ?? "";

  test("an unknown command gets the list of commands", async () => {
    const { comment } = await w.repo.comment(pr, "ada", "/modelops frobnicate");
    expect(replyTo(comment.id)).toContain("I don't know `/modelops frobnicate`.");
    expect(replyTo(comment.id)).toContain("| `/modelops override [model] <reason>` |");
  });

  test("explain says why the check is red", async () => {
    const { comment } = await w.repo.comment(pr, "outsider", "/modelops explain");
    const reply = replyTo(comment.id);
    expect(reply).toContain("❌ `modelops/iris`");
    expect(reply).toContain(
      "Gate `accuracy`: ❌ accuracy 0.89 < min 0.90; ❌ accuracy dropped 0.04 (> maxDrop 0.02).",
    );
    expect(reply).toContain("Approvals: 0/1");
  });

  test("an override from someone who is not an admin is refused politely, and changes nothing", async () => {
    const { comment } = await w.repo.comment(pr, "ada", "/modelops override I am sure");
    expect(replyTo(comment.id)).toBe(
      `<!-- modelops:reply-to ${comment.id} -->\nSorry @ada, \`/modelops override\` is for repository admins (your permission: write). Ask an admin, or get the gates and approvals to pass.`,
    );
    expect(checkOf(w, pr.headSha).conclusion).toBe("failure");
  });

  test("retrain needs write access, then re-runs the workflow", async () => {
    const run = w.repo.state.runs.find((r) => r.headSha === pr.headSha);
    const refused = await w.repo.comment(pr, "outsider", "/modelops retrain");
    expect(replyTo(refused.comment.id)).toContain("Sorry @outsider, `/modelops retrain`");
    expect(run?.rerunRequests).toBe(0);
    const { comment } = await w.repo.comment(pr, "ada", "/modelops retrain");
    expect(replyTo(comment.id)).toContain(`🔁 Re-running [workflow run ${run?.id}]`);
    expect(run?.rerunRequests).toBe(1);
  });

  test("an override without a reason is refused", async () => {
    const { comment } = await w.repo.comment(pr, "boss", "/modelops override");
    expect(replyTo(comment.id)).toContain("An override needs a reason");
    expect(checkOf(w, pr.headSha).conclusion).toBe("failure");
  });
});

test("the app asks for exactly the permissions its calls need", () => {
  expect(used.size).toBeGreaterThan(15);
  expect(permissionsFor(used)).toEqual({ ...appManifest().default_permissions, metadata: "read" });
});
