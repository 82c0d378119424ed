// The shared queue (REDIS_URL): BullMQ on Redis, so any replica's webhook endpoint can take a delivery and
// any replica's worker can do it. BullMQ gives the retries (exponential backoff, bounded attempts), the
// dead-letter list (its failed set, the last 1,000 kept) and crash safety: a job is leased to one worker,
// the lease is renewed while it runs, and when a replica dies mid-job the lease runs out and another
// replica's stalled-job check puts it back in the queue. A job's id is the delivery id, so a delivery queued
// twice (two replicas, a redelivery) is one job; once handled, a marker key remembers it for 7 days. The
// handlers' memory (`oncePerDelivery`) is in Redis too, and `withLock` is a redis-semaphore Mutex whose
// lease is renewed the same way, so a pull request's handlers run one at a time across all replicas.
import { type Job, Queue, Worker } from "bullmq";
import { Redis } from "ioredis";
import { Mutex } from "redis-semaphore";
import type { Coordination } from "./locks.ts";
import {
  type Accepted,
  type Delivery,
  type DeliveryQueue,
  describeError,
  type Handle,
  logFailedAttempt,
  type QueueLog,
  type QueueOptions,
} from "./queue.ts";

const QUEUE = "deliveries";
const PREFIX = "modelops";
const REMEMBER_S = 7 * 24 * 3600;
const handledKey = (id: string) => `${PREFIX}:delivered:${id}`;

export async function redisQueue(
  url: string,
  options: QueueOptions,
  handle: Handle,
  log: QueueLog,
): Promise<DeliveryQueue> {
  // BullMQ's blocking reads need maxRetriesPerRequest: null (wait for Redis instead of failing the command).
  const redis = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: true });
  await redis.connect();
  // The webhook edge adds jobs on a connection that fails fast while Redis is away, so a delivery is
  // answered 503 (GitHub marks it failed; redeliver it) instead of waiting past GitHub's 10 s.
  const intake = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: true });
  await intake.connect();
  const queue = new Queue<Delivery>(QUEUE, { connection: intake, prefix: PREFIX });
  const worker = startWorker(redis, options, handle, log);
  queue.on("error", (error) => log.error({ error: describeError(error) }, "queue: Redis error"));
  await worker.waitUntilReady();

  return {
    accept: (delivery) => acceptDelivery(queue, intake, options, delivery),
    async redrive(id) {
      const job = await queue.getJob(id);
      if (!job || !(await job.isFailed())) return false;
      await job.retry("failed", { resetAttemptsMade: true, resetAttemptsStarted: true });
      return true;
    },
    async idle() {
      for (;;) {
        const counts = await queue.getJobCounts("wait", "active", "delayed", "prioritized");
        if (Object.values(counts).every((n) => n === 0)) return;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async deadLetters() {
      const failed = await queue.getFailed();
      return failed.reverse().map((job) => ({
        id: job.data.id,
        name: job.data.name,
        attempts: job.attemptsMade,
        error: job.failedReason,
      }));
    },
    close: () => closeQueue({ redis, intake, queue, worker }, log),
  };
}

/** This replica's worker: takes jobs off the shared queue, leasing each while it runs. */
function startWorker(redis: Redis, options: QueueOptions, handle: Handle, log: QueueLog): Worker<Delivery> {
  const coordination = redisCoordination(redis, options, log);
  const worker = new Worker<Delivery>(
    QUEUE,
    async (job: Job<Delivery>) => {
      // The failed reason BullMQ keeps (the dead letter's error) in the embedded queue's words.
      await handle(job.data, coordination).catch((error: unknown) => {
        throw new Error(describeError(error));
      });
      // Before the job completes (and is removed): a redelivery sees either the job or this marker.
      await redis.set(handledKey(job.data.id), "1", "EX", REMEMBER_S);
    },
    {
      connection: redis,
      prefix: PREFIX,
      concurrency: options.concurrency,
      lockDuration: options.leaseMs,
      stalledInterval: options.leaseMs,
      maxStalledCount: 2,
    },
  );
  worker.on("failed", (job, error) => {
    if (!job) return;
    const where = {
      delivery: job.data.id,
      event: job.data.name,
      attempt: job.attemptsMade,
      error: describeError(error),
    };
    const last = job.attemptsMade >= (job.opts.attempts ?? 1);
    logFailedAttempt(log, where, last ? { last } : { last, when: "with backoff" });
  });
  // Redis going away is retried by ioredis; say so instead of crashing on an unhandled "error".
  worker.on("error", (error) => log.error({ error: describeError(error) }, "queue worker: Redis error"));
  return worker;
}

/** Queues a delivery as the job named by its id, unless that job or its handled marker exists already. */
async function acceptDelivery(
  queue: Queue<Delivery>,
  intake: Redis,
  options: QueueOptions,
  delivery: Delivery,
): Promise<Accepted> {
  // The job first, then the marker: a job that finishes in between has set its marker already.
  const existing = await queue.getJob(delivery.id);
  if (existing) {
    if (!(await existing.isFailed())) return "duplicate";
    await existing.retry("failed", { resetAttemptsMade: true, resetAttemptsStarted: true });
    return "requeued";
  }
  if ((await intake.exists(handledKey(delivery.id))) === 1) return "duplicate";
  await queue.add(delivery.name, delivery, {
    jobId: delivery.id,
    attempts: options.attempts,
    backoff: { type: "exponential", delay: options.backoffMs },
    removeOnComplete: true,
    removeOnFail: { count: 1000 },
  });
  return "queued";
}

interface Connections {
  redis: Redis;
  intake: Redis;
  queue: Queue<Delivery>;
  worker: Worker<Delivery>;
}

async function closeQueue({ redis, intake, queue, worker }: Connections, log: QueueLog): Promise<void> {
  if (redis.status === "ready" && intake.status === "ready") {
    await worker.close();
    await queue.close();
    await intake.quit().catch(() => undefined);
    await redis.quit().catch(() => undefined);
    return;
  }
  // Redis is away: nothing can be acknowledged, so do not wait for it. The jobs in flight keep their
  // place in Redis; their leases run out and a replica redoes them.
  log.warn({}, "stopping with Redis unreachable; jobs in flight will be redone by a replica");
  redis.disconnect();
  intake.disconnect();
  // BullMQ's close can wait on a connection that never comes back: give it a second, no more.
  await Promise.race([
    Promise.allSettled([worker.close(true), queue.close(), worker.disconnect(), queue.disconnect()]),
    new Promise((resolve) => setTimeout(resolve, 1000).unref()),
  ]);
}

function redisCoordination(redis: Redis, options: QueueOptions, log: QueueLog): Coordination {
  return {
    isDone: async (key) => (await redis.exists(`${PREFIX}:handled:${key}`)) === 1,
    async markDone(key, result = "") {
      await redis.set(`${PREFIX}:handled:${key}`, result, "EX", REMEMBER_S);
    },
    resultOf: async (key) => (await redis.get(`${PREFIX}:handled:${key}`)) ?? undefined,
    async withLock(key, fn) {
      const mutex = new Mutex(redis, `${PREFIX}:lock:${key}`, {
        lockTimeout: options.leaseMs,
        refreshInterval: options.leaseMs / 3,
        // Waiting longer than this fails the job, which the queue retries later.
        acquireTimeout: options.leaseMs * 10,
        retryInterval: 20,
        onLockLost: (error) => log.warn({ lock: key, error: error.message }, `lock ${key} lost while held`),
      });
      await mutex.acquire();
      try {
        return await fn();
      } finally {
        await mutex.release();
      }
    },
  };
}
