// The bot's HTTP edge: only deliveries signed with the app's secret are accepted; a signed one is answered
// 202 at once and worked on from the queue, retried while GitHub fails and dead-lettered when it keeps
// failing; a redelivered webhook changes nothing (in the same process, and in a fresh one after a restart),
// and GitHub's 5xx and rate limits are retried by Probot's Octokit plugins inside each attempt.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { startBot } from "../../bot/index.ts";
import {
  botEnv,
  key,
  runArtifact,
  startWorld,
  TEST_QUEUE,
  TestOctokit,
  type World,
} from "../support/bot-harness.ts";

let w: World;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(async () => {
  await w.close();
});

const inst = () =>
  [...w.sim.installations.values()][0] as NonNullable<ReturnType<typeof w.sim.installations.get>>;

describe("webhook signatures", () => {
  test("a delivery signed with another secret is rejected and does nothing", async () => {
    const { pr } = await w.repo.openPullRequest({
      author: "ada",
      branch: "sig",
      title: "Sig",
      files: { "x.txt": "1" },
    });
    const requests = w.sim.requests.length;
    const genuine = w.sim.deliveries.at(-1)?.payload as Record<string, unknown>;
    const forged = await w.sim.forge(inst(), "pull_request", { ...genuine, action: "synchronize" }, "wrong");
    expect(forged.status).toBe(400);
    expect(forged.response).toContain("signature does not match event payload and secret");
    await w.bot?.idle();
    expect(w.sim.requests.length).toBe(requests);
    expect(await w.bot?.deadLetters()).toEqual([]);
    expect(pr.number).toBe(1);
  });

  test("a delivery without a signature is rejected and does nothing", async () => {
    const requests = w.sim.requests.length;
    const genuine = w.sim.deliveries.at(-1)?.payload as Record<string, unknown>;
    const forged = await w.sim.forge(inst(), "pull_request", genuine, "missing");
    expect(forged.status).toBe(400);
    expect(forged.response).toContain("x-hub-signature-256");
    await w.bot?.idle();
    expect(w.sim.requests.length).toBe(requests);
  });
});

describe("redelivery", () => {
  test("a redelivered workflow_run changes nothing, in the same process and after a restart", async () => {
    const pr = w.repo.pull(1);
    const { deliveries } = await w.repo.completeWorkflowRun(pr, {
      artifacts: [await runArtifact({ key: key("redeliver") })],
    });
    await w.repo.review(pr, "lead", "APPROVED");
    const id = deliveries[0]?.id as string;
    const before = w.sim.snapshot();
    const requests = w.sim.requests.length;

    // 200, not 202: the queue knows the delivery id and queues nothing.
    const again = await w.sim.redeliver(id);
    expect(again.status).toBe(200);
    expect(again.response).toContain('"duplicate":true');
    expect(w.sim.snapshot()).toBe(before);
    expect(w.sim.requests.length).toBe(requests);

    // A second bot process without Redis (a restart) has no memory of the delivery: the handlers'
    // natural keys keep it harmless.
    const other = await startBot({ env: botEnv(w.sim), port: 0, Octokit: TestOctokit, queue: TEST_QUEUE });
    const installation = inst();
    const { webhookUrl: url, settle } = installation;
    installation.webhookUrl = other.webhookUrl;
    installation.settle = () => other.idle();
    try {
      expect((await w.sim.redeliver(id)).status).toBe(202);
      const writes = w.sim.requests
        .slice(requests)
        .filter((r) => r.method !== "GET" && !r.path.startsWith("/app/"));
      expect(writes).toEqual([]);
      expect(w.sim.snapshot()).toBe(before);
    } finally {
      installation.webhookUrl = url;
      installation.settle = settle;
      await other.close();
    }
    expect(w.repo.botComments(pr)).toHaveLength(1);
    expect(w.sim.violations).toEqual([]);
  });

  test("a redelivered merge releases once", async () => {
    const pr = w.repo.pull(1);
    const { deliveries } = await w.repo.merge(pr, "lead");
    expect(w.repo.state.releases.map((r) => r.tagName)).toEqual(["iris/v1"]);
    const push = deliveries.find((d) => d.event === "push");
    const before = w.sim.snapshot();
    await w.sim.redeliver(push?.id as string);
    expect(w.sim.snapshot()).toBe(before);
    expect(w.repo.state.releases.map((r) => r.tagName)).toEqual(["iris/v1"]);
    expect(w.sim.violations).toEqual([]);
  });
});

describe("GitHub failing", () => {
  test("a 500 and a rate limit on the way are retried and the report still lands", async () => {
    const { pr } = await w.repo.openPullRequest({
      author: "ada",
      branch: "flaky",
      title: "Flaky",
      files: { "y.txt": "1" },
    });
    w.sim.failNext("checks/create", 500);
    w.sim.failNext("issues/create-comment", 429);
    const { deliveries } = await w.repo.completeWorkflowRun(pr, {
      artifacts: [await runArtifact({ key: key("flaky") })],
    });
    expect(deliveries[0]?.status).toBe(202);
    expect(w.sim.requests.filter((r) => r.operationId === "checks/create").map((r) => r.status)).toContain(
      500,
    );
    expect(
      w.sim.requests.filter((r) => r.operationId === "issues/create-comment").map((r) => r.status),
    ).toContain(429);
    expect(w.repo.check(pr.headSha, "modelops/iris")?.conclusion).toBe("action_required");
    expect(w.repo.botComments(pr)).toHaveLength(1);
    expect(w.sim.violations).toEqual([]);
  });

  test("a signed delivery whose GitHub calls keep failing is answered 202 and retried until it succeeds", async () => {
    const { pr } = await w.repo.openPullRequest({
      author: "ada",
      branch: "down",
      title: "Down",
      files: { "z.txt": "1" },
    });
    // 10 failures: more than Probot's Octokit retries inside one attempt, so the queue must try again.
    w.sim.failNext("issues/list-comments", 503, 10);
    const { deliveries } = await w.repo.completeWorkflowRun(pr, {
      artifacts: [await runArtifact({ key: key("down") })],
    });
    expect(deliveries[0]?.status).toBe(202);
    const listed = w.sim.requests.filter((r) => r.operationId === "issues/list-comments");
    expect(listed.filter((r) => r.status === 503)).toHaveLength(10);
    expect(listed.at(-1)?.status).toBe(200);
    expect(w.repo.botComments(pr)).toHaveLength(1);
    expect(await w.bot?.deadLetters()).toEqual([]);
  });

  test("a GitHub 404 on the way is answered 202, not with the 404, and the retry completes", async () => {
    const { pr } = await w.repo.openPullRequest({
      author: "ada",
      branch: "missing",
      title: "Missing",
      files: { "m.txt": "1" },
    });
    w.sim.failNext("issues/list-comments", 404);
    const { deliveries } = await w.repo.completeWorkflowRun(pr, {
      artifacts: [await runArtifact({ key: key("missing") })],
    });
    expect(deliveries[0]?.status).toBe(202);
    expect(w.repo.botComments(pr)).toHaveLength(1);
  });

  test("the same delivery arriving again while it is being handled is handled once", async () => {
    const { pr } = await w.repo.openPullRequest({
      author: "ada",
      branch: "twice",
      title: "Twice",
      files: { "t.txt": "1" },
    });
    const installation = inst();
    const { settle } = installation;
    installation.settle = undefined;
    const hold = w.sim.holdNext("issues/list-comments");
    try {
      const { deliveries } = await w.repo.comment(pr, "ada", "/modelops help");
      await hold.arrived;
      const listedBefore = w.sim.requests.filter((r) => r.operationId === "issues/list-comments").length;
      const again = await w.sim.redeliver(deliveries[0]?.id as string);
      expect([deliveries[0]?.status, again.status]).toEqual([202, 200]);
      hold.release();
      await w.bot?.idle();
      const listed = w.sim.requests.filter((r) => r.operationId === "issues/list-comments").length;
      expect(listed).toBe(listedBefore);
    } finally {
      hold.release();
      installation.settle = settle;
    }
    expect(w.repo.botComments(pr).filter((c) => c.body.includes("modelops commands"))).toHaveLength(1);
  });

  test("a delivery that fails every attempt is dead-lettered; redelivering it once GitHub is back completes it", async () => {
    const { pr } = await w.repo.openPullRequest({
      author: "ada",
      branch: "dead",
      title: "Dead",
      files: { "d.txt": "1" },
    });
    w.sim.failNext("issues/list-comments", 503, 1000);
    const { deliveries } = await w.repo.completeWorkflowRun(pr, {
      artifacts: [await runArtifact({ key: key("dead") })],
    });
    const id = deliveries[0]?.id as string;
    expect(deliveries[0]?.status).toBe(202);
    const dead = await w.bot?.deadLetters();
    expect(dead?.map((d) => [d.id, d.name, d.attempts])).toEqual([[id, "workflow_run", TEST_QUEUE.attempts]]);
    expect(dead?.[0]?.error).toContain("503");
    expect(w.repo.botComments(pr)).toHaveLength(0);

    w.sim.clearFaults();
    const again = await w.sim.redeliver(id);
    expect(again.status).toBe(202);
    expect(again.response).toContain('"requeued":true');
    expect(w.repo.botComments(pr)).toHaveLength(1);
    expect(await w.bot?.deadLetters()).toEqual([]);
    expect(w.sim.violations).toEqual([]);
  });
});
