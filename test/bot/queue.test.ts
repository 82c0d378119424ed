// The delivery queue's contract, for both implementations: the embedded one (one process) and BullMQ on a
// real redis-server (REDIS_URL). Retries back off exponentially and stop after `attempts`; a delivery that
// keeps failing is a dead letter; a delivery id runs once however often it arrives; a dead letter can be
// queued again; the handlers' locks keep one key's work in one line.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "@jest/globals";
import { Redis } from "ioredis";
import { createQueue } from "../../bot/create-queue.ts";
import type { Coordination } from "../../bot/locks.ts";
import type { Delivery, DeliveryQueue, Handle } from "../../bot/queue.ts";
import { startRedis, type TestRedis } from "../support/redis.ts";

const quiet = { info() {}, warn() {}, error() {} };
const delivery = (id: string): Delivery => ({ id, name: "ping", payload: { zen: id } });

describe.each(["embedded", "redis"] as const)("the %s queue", (kind) => {
  let redis: TestRedis | undefined;
  const open: DeliveryQueue[] = [];
  beforeAll(async () => {
    if (kind === "redis") redis = await startRedis();
  });
  beforeEach(async () => {
    await Promise.all(open.splice(0).map((q) => q.close()));
    if (redis) {
      const client = new Redis(redis.url);
      await client.flushall();
      await client.quit();
    }
  });
  afterAll(async () => {
    await Promise.all(open.splice(0).map((q) => q.close()));
    await redis?.stop();
  });

  async function queue(handle: Handle, attempts = 4): Promise<DeliveryQueue> {
    const q = await createQueue({ handle, log: quiet, attempts, backoffMs: 10, redisUrl: redis?.url });
    open.push(q);
    return q;
  }

  test("a delivery that fails twice is tried again after growing waits and succeeds on the third try", async () => {
    const tries: number[] = [];
    const q = await queue(async () => {
      tries.push(performance.now());
      if (tries.length < 3) throw Object.assign(new Error("Server Error"), { status: 503 });
    });
    expect(await q.accept(delivery("d-retry"))).toBe("queued");
    await q.idle();
    expect(tries).toHaveLength(3);
    // Lower bounds only (a loaded machine can only make the waits longer): 10 ms, then 20 ms.
    const [first = 0, second = 0, third = 0] = tries;
    expect(second - first).toBeGreaterThanOrEqual(9);
    expect(third - second).toBeGreaterThanOrEqual(19);
    expect(await q.deadLetters()).toEqual([]);
  });

  test("a delivery that keeps failing stops after `attempts` and becomes a dead letter naming the error", async () => {
    let tries = 0;
    const q = await queue(async () => {
      tries += 1;
      throw Object.assign(new Error("Not Found"), { status: 404 });
    }, 3);
    await q.accept(delivery("d-dead"));
    await q.idle();
    expect(tries).toBe(3);
    const dead = await q.deadLetters();
    expect(dead.map((d) => [d.id, d.name, d.attempts])).toEqual([["d-dead", "ping", 3]]);
    expect(dead[0]?.error).toContain("Not Found");
  });

  test("a delivery id runs once, whether it arrives again while queued or after it was handled", async () => {
    const ran: string[] = [];
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const q = await queue(async (d) => {
      ran.push(d.id);
      await gate;
    });
    expect(await q.accept(delivery("d-once"))).toBe("queued");
    expect(await q.accept(delivery("d-once"))).toBe("duplicate");
    release();
    await q.idle();
    expect(await q.accept(delivery("d-once"))).toBe("duplicate");
    await q.idle();
    expect(ran).toEqual(["d-once"]);
  });

  test("a dead letter queued again (GitHub's Redeliver) runs again and leaves the list", async () => {
    let healthy = false;
    let tries = 0;
    const q = await queue(async () => {
      tries += 1;
      if (!healthy) throw new Error("GitHub is down");
    }, 2);
    await q.accept(delivery("d-again"));
    await q.idle();
    expect((await q.deadLetters()).map((d) => d.id)).toEqual(["d-again"]);
    healthy = true;
    expect(await q.accept(delivery("d-again"))).toBe("requeued");
    await q.idle();
    expect(tries).toBe(3);
    expect(await q.deadLetters()).toEqual([]);
  });

  test("an operator's re-drive of a dead letter runs it again with fresh attempts; an unknown id is refused", async () => {
    let healthy = false;
    let tries = 0;
    const q = await queue(async () => {
      tries += 1;
      if (!healthy) throw new Error("GitHub is down");
    }, 2);
    await q.accept(delivery("d-redrive"));
    await q.idle();
    expect(tries).toBe(2);
    expect(await q.redrive("d-unknown")).toBe(false);
    healthy = true;
    expect(await q.redrive("d-redrive")).toBe(true);
    await q.idle();
    expect(tries).toBe(3);
    expect(await q.deadLetters()).toEqual([]);
    expect(await q.redrive("d-redrive")).toBe(false);
  });

  test("work under one lock key runs one at a time", async () => {
    const events: string[] = [];
    const q = await queue(async (d: Delivery, c: Coordination) => {
      const { lock } = d.payload as { lock: string };
      await c.withLock(lock, async () => {
        events.push(`start ${d.id}`);
        await new Promise((resolve) => setTimeout(resolve, 30));
        events.push(`end ${d.id}`);
      });
    });
    await Promise.all([
      q.accept({ id: "a1", name: "x", payload: { lock: "pr-1" } }),
      q.accept({ id: "a2", name: "x", payload: { lock: "pr-1" } }),
      q.accept({ id: "a3", name: "x", payload: { lock: "pr-1" } }),
    ]);
    await q.idle();
    // Same key: each start follows the previous end.
    expect(events).toHaveLength(6);
    for (let i = 0; i < 6; i += 2) {
      expect(events[i]?.startsWith("start")).toBe(true);
      expect(events[i + 1]).toBe(`end ${events[i]?.slice("start ".length)}`);
    }
  });
});
