// reportBot, with Probot's documented unit pattern (a Probot instance fed with probot.receive) against the
// GitHub simulator: what the sticky comment and the check run say for a workflow run's results.
import { afterEach, beforeEach, expect, test } from "@jest/globals";
import { MAX_BODY } from "../../bot/render.ts";
import { artifactZip } from "../../pipelines/demo/github-sim/artifact-zip.ts";
import { key, RUN, runArtifact, startWorld, type World } from "../support/bot-harness.ts";

let w: World;
beforeEach(async () => {
  w = await startWorld({ mode: "receive" });
});
afterEach(async () => {
  expect(w.sim.violations).toEqual([]);
  expect(w.sim.responseViolations).toEqual([]);
  await w.close();
});

const sticky = (pr: { number: number }) => w.repo.botComments(w.repo.pull(pr.number));

test("the first version is compared with nothing and lists its params", async () => {
  const { pr } = await w.repo.openPullRequest({
    author: "ada",
    branch: "a",
    title: "First",
    files: { "a.txt": "1" },
  });
  await w.repo.completeWorkflowRun(pr, { artifacts: [await runArtifact({ key: key("first") })] });
  const [comment] = sticky(pr);
  expect(comment?.body).toContain("Compared with no production version yet");
  expect(comment?.body).toContain("<details><summary>Params (first version)</summary>");
  expect(comment?.body).toContain("No production model yet: nothing to compare the data with.");
  expect(w.repo.check(pr.headSha, "modelops/iris")?.conclusion).toBe("action_required");
});

test("a second run on the same commit edits the comment instead of adding one", async () => {
  const { pr } = await w.repo.openPullRequest({
    author: "ada",
    branch: "a",
    title: "Twice",
    files: { "a.txt": "1" },
  });
  await w.repo.completeWorkflowRun(pr, {
    artifacts: [await runArtifact({ key: key("one"), metrics: { accuracy: 0.91 } })],
  });
  await w.repo.completeWorkflowRun(pr, {
    artifacts: [await runArtifact({ key: key("one"), metrics: { accuracy: 0.95 } })],
  });
  const comments = sticky(pr);
  expect(comments).toHaveLength(1);
  expect(comments[0]?.body).toContain("| accuracy ↑ | — | 0.95 |");
  expect(w.repo.state.checkRuns.filter((c) => c.headSha === pr.headSha)).toHaveLength(1);
});

test("a failed workflow run fails the check with a link to the run", async () => {
  const { pr } = await w.repo.openPullRequest({
    author: "ada",
    branch: "a",
    title: "Broken",
    files: { "a.txt": "1" },
  });
  const { run } = await w.repo.completeWorkflowRun(pr, { artifacts: [], conclusion: "failure" });
  const check = w.repo.check(pr.headSha, "modelops/iris");
  expect(check?.conclusion).toBe("failure");
  expect(check?.output.title).toBe(`the modelops workflow failure on ${pr.headSha.slice(0, 7)}`);
  expect(check?.detailsUrl).toContain(`/actions/runs/${run.id}`);
  expect(sticky(pr)).toHaveLength(0);
});

test("an artifact of another model or without metrics is ignored", async () => {
  const { pr } = await w.repo.openPullRequest({
    author: "ada",
    branch: "a",
    title: "Other",
    files: { "a.txt": "1" },
  });
  await w.repo.completeWorkflowRun(pr, {
    artifacts: [
      { name: "iris-notes", zip: await artifactZip({ "notes.txt": "no metrics here" }) },
      await runArtifact({ key: key("other"), model: "penguins" }),
    ],
  });
  expect(sticky(pr)).toHaveLength(0);
  expect(w.repo.state.checkRuns).toHaveLength(0);
});

test("of several results of one model in a run (a matrix), the newest is reported and the comment says so", async () => {
  const { pr } = await w.repo.openPullRequest({
    author: "ada",
    branch: "a",
    title: "Matrix",
    files: { "a.txt": "1" },
  });
  const older = await runArtifact({ key: key("trial-1"), metrics: { accuracy: 0.91 } });
  const newer = await runArtifact({ key: key("trial-2"), metrics: { accuracy: 0.97 } });
  const { readZip } = await import("../../bot/zip.ts");
  const files = Object.fromEntries(await readZip(newer.zip));
  const metrics = JSON.parse(String(files["metrics.json"]));
  files["metrics.json"] = Buffer.from(JSON.stringify({ ...metrics, createdAt: "2030-01-01T00:00:00.000Z" }));
  await w.repo.completeWorkflowRun(pr, {
    artifacts: [older, { name: newer.name, zip: await artifactZip(files) }],
  });
  const body = sticky(pr)[0]?.body ?? "";
  expect(body).toContain("| accuracy ↑ | — | 0.97 |");
  expect(body).toContain(
    `2 results of \`iris\` in this run (\`${older.name}\`, \`${newer.name}\`): the newest, \`${newer.name}\`, is reported.`,
  );
});

test("re-running the check reports the commit's latest run again", async () => {
  const { pr } = await w.repo.openPullRequest({
    author: "ada",
    branch: "a",
    title: "Rerun",
    files: { "a.txt": "1" },
  });
  await w.repo.completeWorkflowRun(pr, { artifacts: [await runArtifact({ key: key("rerun") })] });
  const comment = sticky(pr)[0];
  if (comment) comment.body = "<!-- modelops:report iris -->\nedited by hand";
  const check = w.repo.check(pr.headSha, "modelops/iris");
  await w.repo.rerequestCheck(check as NonNullable<typeof check>, "ada");
  expect(sticky(pr)[0]?.body).toContain("## modelops · `iris`");
});

test("re-running the whole check suite reports the commit's latest run again", async () => {
  const { pr } = await w.repo.openPullRequest({
    author: "ada",
    branch: "a",
    title: "Suite",
    files: { "a.txt": "1" },
  });
  await w.repo.completeWorkflowRun(pr, { artifacts: [await runArtifact({ key: key("suite") })] });
  const check = w.repo.check(pr.headSha, "modelops/iris");
  if (check) check.output = { title: "stale", summary: "stale", text: check.output.text };
  await w.repo.rerequestSuite(check as NonNullable<typeof check>, "ada");
  expect(w.repo.check(pr.headSha, "modelops/iris")?.output.title).toBe(
    `2/2 gates pass; waiting for 1 authorised approval of ${pr.headSha.slice(0, 7)}`,
  );
});

test("a huge training history is shortened, the gate table never", async () => {
  const epochs = Array.from({ length: 3000 }, (_, i) => {
    const row: Record<string, number> = { epoch: i + 1, loss: 1 / (i + 1), val_loss: 1.1 / (i + 1) };
    for (let k = 0; k < 40; k++) row[`metric_with_a_long_name_${k}`] = Math.sin(i + k);
    return row;
  });
  const history = { ...JSON.parse(RUN.history.toString()), epochs, bestEpoch: 2999 };
  const columns = Array.from({ length: 3000 }, (_, i) => ({
    name: `feature_${i}_${"x".repeat(30)}`,
    role: "feature",
    type: "number",
    missing: i % 7,
    mean: 1,
    std: 1,
  }));
  const profile = Buffer.from(JSON.stringify({ ...JSON.parse(RUN.profile.toString()), columns }));
  const base = await runArtifact({ key: key("huge"), profile });
  const { readZip } = await import("../../bot/zip.ts");
  const files = Object.fromEntries(await readZip(base.zip));
  files["history.json"] = Buffer.from(JSON.stringify(history));
  const { pr } = await w.repo.openPullRequest({
    author: "ada",
    branch: "a",
    title: "Huge",
    files: { "a.txt": "1" },
  });
  await w.repo.completeWorkflowRun(pr, { artifacts: [{ name: base.name, zip: await artifactZip(files) }] });
  const body = sticky(pr)[0]?.body ?? "";
  expect(body.length).toBeLessThanOrEqual(MAX_BODY);
  expect(body).toContain("| metric | production | candidate | Δ | Δ% | gate |");
  expect(body).toContain("| accuracy ↑ |");
  expect(body).toContain("truncated");
});

test("a workflow the pull request adds supplies nothing, even with a modelops artifact", async () => {
  const { pr } = await w.repo.openPullRequest({
    author: "ada",
    branch: "own-workflow",
    title: "My own workflow",
    files: { ".github/workflows/fast.yml": "on: pull_request\njobs: {}\n", "a.txt": "1" },
  });
  await w.repo.completeWorkflowRun(pr, {
    path: ".github/workflows/fast.yml",
    name: "fast",
    artifacts: [await runArtifact({ key: key("fake"), metrics: { accuracy: 0.99 } })],
  });
  expect(w.repo.check(pr.headSha, "modelops/iris")).toBeUndefined();
  expect(sticky(pr)).toHaveLength(0);
});

test("the named workflow edited by the pull request supplies nothing, and the check says why", async () => {
  const { pr } = await w.repo.openPullRequest({
    author: "ada",
    branch: "edit-workflow",
    title: "Skip training",
    files: { ".github/workflows/modelops.yml": "on: pull_request\njobs: {}\n" },
  });
  await w.repo.completeWorkflowRun(pr, {
    artifacts: [await runArtifact({ key: key("edited"), metrics: { accuracy: 0.99 } })],
  });
  const check = w.repo.check(pr.headSha, "modelops/iris");
  expect(check?.conclusion).toBe("failure");
  expect(check?.output.title).toBe("results not used: .github/workflows/modelops.yml is not main's");
  expect(check?.output.summary).toContain(
    `.github/workflows/modelops.yml at ${pr.headSha.slice(0, 7)} is not main's (blob `,
  );
  expect(check?.output.summary).toContain("this pull request changes it, or main changed it since");
  expect(sticky(pr)).toHaveLength(0);
});
