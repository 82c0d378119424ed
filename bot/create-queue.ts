// Picks the queue: BullMQ on Redis when REDIS_URL is set (replicas share it), else the embedded one. Kept apart
// from the contract (bot/queue.ts) so the implementations import the contract and nothing imports back.
import {
  type CreateQueueOptions,
  DEFAULT_QUEUE_OPTIONS,
  type DeliveryQueue,
  type QueueOptions,
} from "./queue.ts";

export async function createQueue(opts: CreateQueueOptions): Promise<DeliveryQueue> {
  const options = { ...DEFAULT_QUEUE_OPTIONS, ...definedOnly(opts) };
  if (opts.redisUrl) {
    const { redisQueue } = await import("./queue-redis.ts");
    return redisQueue(opts.redisUrl, options, opts.handle, opts.log);
  }
  const { memoryQueue } = await import("./queue-memory.ts");
  return memoryQueue(options, opts.handle, opts.log);
}

function definedOnly(opts: Partial<QueueOptions>): Partial<QueueOptions> {
  const out: Partial<QueueOptions> = {};
  for (const key of ["attempts", "backoffMs", "concurrency", "leaseMs"] as const) {
    if (opts[key] !== undefined) out[key] = opts[key];
  }
  return out;
}
