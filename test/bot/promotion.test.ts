// promotionBot (Probot's unit pattern against the simulator): the approvals rule on GitHub reviews.
import { afterEach, expect, test } from "@jest/globals";
import { CONFIG, key, runArtifact, startWorld, type World } from "../support/bot-harness.ts";

let w: World;
afterEach(async () => {
  expect(w.sim.violations).toEqual([]);
  expect(w.sim.responseViolations).toEqual([]);
  await w.close();
});

async function reportedPr(config?: string) {
  w = await startWorld({ mode: "receive", ...(config && { config }) });
  const { pr } = await w.repo.openPullRequest({
    author: "ada",
    branch: "p",
    title: "Change",
    files: { "p.txt": "1" },
  });
  await w.repo.completeWorkflowRun(pr, { artifacts: [await runArtifact({ key: key("p") })] });
  return pr;
}

const conclusion = (sha: string) => w.repo.check(sha, "modelops/iris")?.conclusion;

test("a dismissed approval no longer counts", async () => {
  const pr = await reportedPr();
  const { review } = await w.repo.review(pr, "lead", "APPROVED");
  expect(conclusion(pr.headSha)).toBe("success");
  await w.repo.dismissReview(pr, review, "boss");
  expect(conclusion(pr.headSha)).toBe("action_required");
  expect(w.repo.botComments(pr)[0]?.body).toContain("Not counted: @lead, review dismissed.");
});

test("changes requested by an authorised reviewer block, until that reviewer approves", async () => {
  const pr = await reportedPr(
    CONFIG.replace(
      "promotion: { reviewers: { teams: [ml-leads] }, minApprovals: 1 }",
      "promotion: { reviewers: { users: [lead, maint] }, minApprovals: 1 }",
    ),
  );
  await w.repo.review(pr, "lead", "APPROVED");
  expect(conclusion(pr.headSha)).toBe("success");
  await w.repo.review(pr, "maint", "CHANGES_REQUESTED");
  expect(conclusion(pr.headSha)).toBe("action_required");
  expect(w.repo.check(pr.headSha, "modelops/iris")?.output.title).toBe(
    "2/2 gates pass; changes requested by @maint",
  );
  await w.repo.review(pr, "maint", "COMMENTED", { body: "still looking" });
  expect(conclusion(pr.headSha)).toBe("action_required");
  await w.repo.review(pr, "maint", "APPROVED");
  expect(conclusion(pr.headSha)).toBe("success");
});

test("without configured reviewers, maintainers and admins may promote, writers may not", async () => {
  const pr = await reportedPr(
    CONFIG.replace(
      "promotion: { reviewers: { teams: [ml-leads] }, minApprovals: 1 }",
      "promotion: { minApprovals: 1 }",
    ),
  );
  await w.repo.review(pr, "lead", "APPROVED");
  expect(conclusion(pr.headSha)).toBe("action_required");
  expect(w.repo.botComments(pr)[0]?.body).toContain(
    "Not counted: @lead, not an authorised reviewer (maintainers and admins of the repository may promote).",
  );
  await w.repo.review(pr, "maint", "APPROVED");
  expect(conclusion(pr.headSha)).toBe("success");
});

test("two approvals are needed when the policy says so", async () => {
  const pr = await reportedPr(
    CONFIG.replace(
      "promotion: { reviewers: { teams: [ml-leads] }, minApprovals: 1 }",
      "promotion: { reviewers: { users: [lead, boss] }, minApprovals: 2 }",
    ),
  );
  await w.repo.review(pr, "lead", "APPROVED");
  expect(w.repo.check(pr.headSha, "modelops/iris")?.output.title).toBe(
    `2/2 gates pass; waiting for 1 authorised approval of ${pr.headSha.slice(0, 7)}`,
  );
  await w.repo.review(pr, "boss", "APPROVED");
  expect(conclusion(pr.headSha)).toBe("success");
});

test("reviews on a pull request without reported metrics change nothing", async () => {
  w = await startWorld({ mode: "receive" });
  const { pr } = await w.repo.openPullRequest({
    author: "ada",
    branch: "q",
    title: "Docs",
    files: { "README.md": "hi" },
  });
  await w.repo.review(pr, "lead", "APPROVED");
  expect(w.repo.state.checkRuns).toHaveLength(0);
  expect(w.repo.botComments(pr)).toHaveLength(0);
});

test("a reviewer who pushed commits to someone else's pull request cannot approve them", async () => {
  w = await startWorld({ mode: "receive" });
  const { pr } = await w.repo.openPullRequest({
    author: "ada",
    branch: "helped",
    title: "Change",
    files: { "p.txt": "1" },
  });
  await w.repo.pushToPullRequest(pr, { "p.txt": "2" }, "lead's fix", { author: "lead" });
  await w.repo.completeWorkflowRun(pr, { artifacts: [await runArtifact({ key: key("helped") })] });
  await w.repo.review(pr, "lead", "APPROVED");
  expect(conclusion(pr.headSha)).toBe("action_required");
  expect(w.repo.botComments(pr)[0]?.body).toContain(
    "Not counted: @lead, authored commits in the pull request (nobody approves their own commits).",
  );
});

test("a new model is judged by the defaults, not by its own minApprovals: 0", async () => {
  w = await startWorld({ mode: "receive" });
  const wine = CONFIG.replace("  iris:", "  wine:").replace("minApprovals: 1", "minApprovals: 0");
  const both = `${CONFIG}${wine.slice(wine.indexOf("  wine:"))}`;
  const { pr } = await w.repo.openPullRequest({
    author: "ada",
    branch: "wine",
    title: "Add wine",
    files: { "modelops.yaml": both },
  });
  await w.repo.completeWorkflowRun(pr, {
    artifacts: [await runArtifact({ key: key("wine"), model: "wine" })],
  });
  const check = w.repo.check(pr.headSha, "modelops/wine");
  expect(check?.conclusion).toBe("action_required");
  expect(check?.output.title).toBe(
    `no gates; waiting for 1 authorised approval of ${pr.headSha.slice(0, 7)}`,
  );
  await w.repo.review(pr, "lead", "APPROVED");
  expect(w.repo.check(pr.headSha, "modelops/wine")?.conclusion).toBe("action_required");
  await w.repo.review(pr, "maint", "APPROVED");
  expect(w.repo.check(pr.headSha, "modelops/wine")?.conclusion).toBe("success");
});
