// A job's side effects survive the queue's retries, with either queue: a command whose reply fails after
// the workflow re-run went out re-runs nothing more and replies once; a delivery that fails every attempt
// is kept as a dead letter an operator sees (/metrics, /admin/dead-letters) and re-drives.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { startBot } from "../../bot/index.ts";
import type { Pull } from "../../pipelines/demo/github-sim/index.ts";
import {
  botEnv,
  key,
  runArtifact,
  startWorld,
  TEST_QUEUE,
  TestOctokit,
  type World,
} from "../support/bot-harness.ts";
import { startRedis, type TestRedis } from "../support/redis.ts";

const ADMIN_TOKEN = "test-admin-token-0123456789abcdef0123456789";
const ATTEMPTS = TEST_QUEUE.attempts as number;

describe.each(["embedded", "redis"] as const)("with the %s queue", (kind) => {
  let redis: TestRedis | undefined;
  let w: World;
  let pr: Pull;
  beforeAll(async () => {
    if (kind === "redis") redis = await startRedis();
    w = await startWorld({ env: { ADMIN_TOKEN, ...(redis ? { REDIS_URL: redis.url } : {}) } });
    ({ pr } = await w.repo.openPullRequest({
      author: "ada",
      branch: "retry",
      title: "Retry",
      files: { "r.txt": "1" },
    }));
    await w.repo.completeWorkflowRun(pr, { artifacts: [await runArtifact({ key: key("retry") })] });
  });
  afterAll(async () => {
    expect(w.sim.violations).toEqual([]);
    await w?.close();
    await redis?.stop();
  });

  const bot = () => w.bot as NonNullable<World["bot"]>;
  const replies = (id: number) =>
    w.repo.botComments(pr).filter((c) => c.body.includes(`<!-- modelops:reply-to ${id} -->`));
  const admin = (path: string, init: RequestInit = {}, token = ADMIN_TOKEN) =>
    fetch(`${bot().url}${path}`, { ...init, headers: { authorization: `Bearer ${token}` } });

  test("a retrain whose reply fails after the re-run went out re-runs the workflow once and replies once", async () => {
    const run = w.repo.state.runs.find((r) => r.headSha === pr.headSha);
    if (!run) throw new Error("the pull request has no workflow run");
    const held = w.sim.holdNext("issues/create-comment");
    const posting = w.repo.comment(pr, "ada", "/modelops retrain");
    await held.arrived;
    // The re-run was dispatched; before the reply lands, the re-run finishes (a short workflow, or the
    // queue's backoff of minutes) and the reply fails: the retry sees a completed run it could re-run again.
    expect(run.rerunRequests).toBe(1);
    Object.assign(run, { status: "completed", conclusion: "success" });
    w.sim.failNext("issues/create-comment", 404);
    held.release();
    const { comment } = await posting;
    expect(w.sim.faultsLeft()).toBe(0);
    expect(run.rerunRequests).toBe(1);
    const answered = replies(comment.id);
    expect(answered).toHaveLength(1);
    expect(answered[0]?.body).toContain(`🔁 Re-running [workflow run ${run.id}]`);
    expect(await bot().deadLetters()).toEqual([]);
  });

  test("a delivery that fails every attempt is a dead letter on /metrics and /admin/dead-letters, and a re-drive finishes it", async () => {
    w.sim.failNext("issues/create-comment", 404, ATTEMPTS);
    const { comment, deliveries } = await w.repo.comment(pr, "outsider", "/modelops help");
    const id = deliveries[0]?.id as string;
    expect(replies(comment.id)).toEqual([]);
    expect(await (await fetch(`${bot().url}/metrics`)).text()).toContain("modelops_bot_dead_letters 1");

    const listed = await admin("/admin/dead-letters");
    expect(listed.status).toBe(200);
    const { deadLetters } = (await listed.json()) as {
      deadLetters: { id: string; name: string; attempts: number; error: string }[];
    };
    expect(deadLetters.map((d) => [d.id, d.name, d.attempts])).toEqual([[id, "issue_comment", ATTEMPTS]]);
    expect(deadLetters[0]?.error).toContain("404");

    const redriven = await admin(`/admin/dead-letters/${id}/redrive`, { method: "POST" });
    expect(redriven.status).toBe(202);
    await bot().idle();
    expect(replies(comment.id)).toHaveLength(1);
    expect(await bot().deadLetters()).toEqual([]);
    expect(await (await fetch(`${bot().url}/metrics`)).text()).toContain("modelops_bot_dead_letters 0");
    // Handled now: nothing left to re-drive.
    expect((await admin(`/admin/dead-letters/${id}/redrive`, { method: "POST" })).status).toBe(404);
  });

  test("the dead letters are not shown or re-driven without the admin token", async () => {
    for (const token of ["", "not-the-admin-token-0123456789abcdef0123"]) {
      const list = await admin("/admin/dead-letters", {}, token);
      expect(list.status).toBe(401);
      expect(await list.text()).toContain("Authorization: Bearer <ADMIN_TOKEN>");
      const redrive = await admin("/admin/dead-letters/x-1/redrive", { method: "POST" }, token);
      expect(redrive.status).toBe(401);
    }
  });
});

test("without ADMIN_TOKEN the admin endpoints are off, and a short token is refused at start", async () => {
  const w = await startWorld({ mode: "receive" });
  const other = await startBot({ env: botEnv(w.sim), port: 0, Octokit: TestOctokit, queue: TEST_QUEUE });
  try {
    const off = await fetch(`${other.url}/admin/dead-letters`, {
      headers: { authorization: "Bearer anything-at-all-0123456789abcdef" },
    });
    expect(off.status).toBe(404);
  } finally {
    await other.close();
    await w.close();
  }
  const { missingEnv } = await import("../../bot/index.ts");
  expect(missingEnv({ ...botEnv(w.sim), ADMIN_TOKEN: "short" })).toEqual([
    "an ADMIN_TOKEN of at least 32 characters (openssl rand -hex 32)",
  ]);
  expect(missingEnv({ ...botEnv(w.sim), ADMIN_TOKEN: "" })).toEqual([]); // the rendered Secret's empty value: off
});
