// Several bot replicas behind one webhook URL (a load balancer alternating between them) share a real
// Redis (REDIS_URL): one queue, one memory of handled deliveries, one set of per-pull-request locks. Every
// delivery is handled exactly once whichever replica took it in, and a replica killed in the middle of a
// job loses nothing: its lease runs out and another replica does the job. While Redis is away a delivery
// is refused with 503 at once (GitHub marks it failed and can redeliver it), never held past GitHub's 10 s.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { type RunningBot, startBot } from "../../bot/index.ts";
import type { Installation } from "../../pipelines/demo/github-sim/model.ts";
import { botEnv, startWorld, TEST_QUEUE, TestOctokit, type World } from "../support/bot-harness.ts";
import { startBotProcess } from "../support/bot-process.ts";
import { startRedis, type TestRedis } from "../support/redis.ts";

const installationOf = (w: World) => [...w.sim.installations.values()][0] as Installation;
const replyMarker = (commentId: number) => `<!-- modelops:reply-to ${commentId} -->`;
const count = (w: World, operationId: string) =>
  w.sim.requests.filter((r) => r.operationId === operationId && r.status < 300).length;

describe("two replicas on one Redis", () => {
  let redis: TestRedis;
  let w: World;
  let second: RunningBot;
  beforeAll(async () => {
    redis = await startRedis();
    w = await startWorld({ env: { REDIS_URL: redis.url } });
    second = await startBot({
      env: botEnv(w.sim, { REDIS_URL: redis.url }),
      port: 0,
      Octokit: TestOctokit,
      queue: TEST_QUEUE,
    });
  });
  afterAll(async () => {
    await second?.close();
    await w?.close();
    await redis?.stop();
  });

  test("handle 200 deliveries, each exactly once", async () => {
    const prs = [];
    for (let i = 0; i < 20; i++) {
      const { pr } = await w.repo.openPullRequest({
        author: "ada",
        branch: `load-${i}`,
        title: `Load ${i}`,
        files: { [`load-${i}.txt`]: "1" },
      });
      prs.push(pr);
    }
    const inst = installationOf(w);
    const replicas = [w.bot?.webhookUrl as string, second.webhookUrl];
    const listed = count(w, "issues/list-comments");
    const created = count(w, "issues/create-comment");
    const sends = [];
    for (let i = 0; i < 200; i++) {
      // The load balancer: each delivery goes to the next replica (read when the delivery is sent).
      inst.webhookUrl = replicas[i % 2] as string;
      sends.push(w.repo.comment(prs[i % prs.length] as (typeof prs)[number], "ada", "/modelops help"));
    }
    inst.webhookUrl = replicas[0] as string;
    const sent = await Promise.all(sends);
    await w.bot?.idle();

    expect(sent.map((s) => s.deliveries[0]?.status)).toEqual(Array(200).fill(202));
    const bodies = w.repo.state.comments.filter((c) => c.user.type === "Bot").map((c) => c.body);
    const repliesPerComment = sent.map(
      (s) => bodies.filter((b) => b.includes(replyMarker(s.comment.id))).length,
    );
    expect(repliesPerComment).toEqual(Array(200).fill(1));
    // One look at the comments and one reply per delivery: none was handled twice, even idempotently.
    expect(count(w, "issues/list-comments") - listed).toBe(200);
    expect(count(w, "issues/create-comment") - created).toBe(200);
    expect(await w.bot?.deadLetters()).toEqual([]);
    expect(w.sim.violations).toEqual([]);
  }, 180_000); // ~20 s alone; room for a machine under stress-ng

  test("the same delivery arriving at both replicas while the first one works on it is handled once", async () => {
    const { pr } = await w.repo.openPullRequest({
      author: "ada",
      branch: "twice",
      title: "Twice",
      files: { "twice.txt": "1" },
    });
    const inst = installationOf(w);
    const listed = count(w, "issues/list-comments");
    const held = w.sim.holdNext("issues/list-comments");
    inst.webhookUrl = w.bot?.webhookUrl as string;
    const first = w.repo.comment(pr, "ada", "/modelops help");
    await held.arrived;
    // GitHub retried the delivery (a timeout on its side) and the load balancer sent it to the other replica.
    inst.webhookUrl = second.webhookUrl;
    const id = w.sim.deliveries.at(-1)?.id as string;
    const again = w.sim.redeliver(id);
    // Answered while the first replica's job is still held (the simulator records the answer before it
    // waits for the queue): only then let the job finish.
    while (w.sim.deliveries.filter((d) => d.id === id).length < 2) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    held.release();
    const [{ comment }, duplicate] = await Promise.all([first, again]);
    inst.webhookUrl = w.bot?.webhookUrl as string;
    expect(duplicate.status).toBe(200);
    expect(duplicate.response).toContain('"duplicate":true');
    await Promise.all([w.bot?.idle(), second.idle()]);
    const bodies = w.repo.state.comments.filter((c) => c.user.type === "Bot").map((c) => c.body);
    expect(bodies.filter((b) => b.includes(replyMarker(comment.id)))).toHaveLength(1);
    expect(count(w, "issues/list-comments") - listed).toBe(1);
  });
});

describe("a replica killed mid-job", () => {
  let redis: TestRedis;
  let w: World;
  beforeAll(async () => {
    redis = await startRedis();
    // The world's own bot runs without Redis: only the replicas below take jobs from the shared queue.
    w = await startWorld();
  });
  afterAll(async () => {
    await w?.close();
    await redis?.stop();
  });

  test("loses no event: the other replica finishes it", async () => {
    const { pr } = await w.repo.openPullRequest({
      author: "ada",
      branch: "crash",
      title: "Crash",
      files: { "crash.txt": "1" },
    });
    const env = botEnv(w.sim, { REDIS_URL: redis.url });
    const lease = { ...TEST_QUEUE, leaseMs: 1000 };
    const doomed = await startBotProcess(env, lease);
    const inst = installationOf(w);
    const { webhookUrl, settle } = inst;
    inst.webhookUrl = doomed.webhookUrl;
    inst.settle = undefined;
    let survivor: RunningBot | undefined;
    const hold = w.sim.holdNext("issues/list-comments");
    try {
      const { comment, deliveries } = await w.repo.comment(pr, "ada", "/modelops help");
      expect(deliveries[0]?.status).toBe(202);
      await hold.arrived; // the doomed replica is in the middle of the job
      await doomed.kill();
      hold.release();

      survivor = await startBot({ env, port: 0, Octokit: TestOctokit, queue: lease });
      await survivor.idle();
      const replies = w.repo.botComments(pr).filter((c) => c.body.includes(replyMarker(comment.id)));
      expect(replies).toHaveLength(1);
      expect(await survivor.deadLetters()).toEqual([]);
    } finally {
      hold.release();
      await doomed.kill();
      await survivor?.close();
      inst.webhookUrl = webhookUrl;
      inst.settle = settle;
    }
  }, 120_000);
});

describe("Redis away", () => {
  let redis: TestRedis;
  let w: World;
  beforeAll(async () => {
    redis = await startRedis();
    w = await startWorld({ env: { REDIS_URL: redis.url } });
  });
  afterAll(async () => {
    await w?.close();
    await redis?.stop();
  });

  test("a delivery is answered 503, so GitHub marks it failed and it can be redelivered", async () => {
    const { pr } = await w.repo.openPullRequest({
      author: "ada",
      branch: "no-redis",
      title: "No Redis",
      files: { "r.txt": "1" },
    });
    await redis.stop();
    const inst = installationOf(w);
    inst.settle = undefined;
    const { deliveries } = await w.repo.comment(pr, "ada", "/modelops help");
    expect(deliveries[0]?.status).toBe(503);
    expect(deliveries[0]?.response).toContain("could not queue the delivery");
  });
});
