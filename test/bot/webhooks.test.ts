// The bot's HTTP edge: only deliveries signed with the app's secret are accepted, a redelivered webhook
// changes nothing (in the same process, and in a fresh one after a restart), and GitHub's 5xx and rate
// limits are retried by Probot's Octokit plugins.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { startBot } from "../../bot/index.ts";
import { APP_ID, key, runArtifact, SECRET, startWorld, TestOctokit, type World } from "./harness.ts";

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
    expect(w.sim.requests.length).toBe(requests);
    expect(pr.number).toBe(1);
  });

  test("a delivery without a signature is rejected and does nothing", async () => {
    const requests = w.sim.requests.length;
    const genuine = w.sim.deliveries.at(-1)?.payload as Record<string, unknown>;
    const forged = await w.sim.forge(inst(), "pull_request", genuine, "missing");
    expect(forged.status).toBe(400);
    expect(forged.response).toContain("x-hub-signature-256");
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

    expect((await w.sim.redeliver(id)).status).toBe(200);
    expect(w.sim.snapshot()).toBe(before);
    expect(w.sim.requests.length).toBe(requests);

    // A second bot process (a restart, another replica) has no memory of the delivery.
    const env = {
      APP_ID: String(APP_ID),
      PRIVATE_KEY: w.privateKey,
      WEBHOOK_SECRET: SECRET,
      GHE_HOST: w.sim.host,
      GHE_PROTOCOL: "http",
      LOG_LEVEL: "silent" as const,
    };
    const other = await startBot({ env, port: 0, Octokit: TestOctokit });
    const installation = inst();
    const url = installation.webhookUrl;
    installation.webhookUrl = other.webhookUrl;
    try {
      expect((await w.sim.redeliver(id)).status).toBe(200);
      const writes = w.sim.requests
        .slice(requests)
        .filter((r) => r.method !== "GET" && !r.path.startsWith("/app/"));
      expect(writes).toEqual([]);
      expect(w.sim.snapshot()).toBe(before);
    } finally {
      installation.webhookUrl = url;
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
    expect(deliveries[0]?.status).toBe(200);
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

  test("a delivery that fails is answered with an error, and GitHub's redelivery completes it", async () => {
    const { pr } = await w.repo.openPullRequest({
      author: "ada",
      branch: "down",
      title: "Down",
      files: { "z.txt": "1" },
    });
    w.sim.failNext("issues/list-comments", 503, 10);
    const { deliveries } = await w.repo.completeWorkflowRun(pr, {
      artifacts: [await runArtifact({ key: key("down") })],
    });
    expect(deliveries[0]?.status).toBeGreaterThanOrEqual(500);
    expect(w.repo.botComments(pr)).toHaveLength(0);
    w.sim.clearFaults();
    const again = await w.sim.redeliver(deliveries[0]?.id as string);
    expect(again.status).toBe(200);
    expect(w.repo.botComments(pr)).toHaveLength(1);
  });
});
