// The embedded queue: one process, no Redis (a laptop, a single replica). p-queue bounds how many
// deliveries run at once; a failed one is tried again after backoffMs, 2×, 4×… until `attempts`, then kept
// as a dead letter. Handled delivery ids are remembered (the newest 10,000), so a redelivery does nothing.
// What is queued lives in memory: a stop drops the retries still waiting (logged), and GitHub's
// "Redeliver" brings them back.
import PQueue from "p-queue";
import { memoryCoordination } from "./locks.ts";
import {
  type Accepted,
  type DeadLetter,
  type Delivery,
  type DeliveryQueue,
  describeError,
  type Handle,
  logFailedAttempt,
  type QueueLog,
  type QueueOptions,
} from "./queue.ts";

const MAX_REMEMBERED = 10_000;
const MAX_DEAD_LETTERS = 1000;

type DeliveryState = "queued" | "done" | "dead";

export function memoryQueue(options: QueueOptions, handle: Handle, log: QueueLog): DeliveryQueue {
  const coordination = memoryCoordination();
  const workers = new PQueue({ concurrency: options.concurrency });
  const known = rememberedStates();
  const dead: (DeadLetter & { delivery: Delivery })[] = [];
  const retries = new Map<NodeJS.Timeout, Delivery>();
  const idle = idleSignal(() => workers.size === 0 && workers.pending === 0 && retries.size === 0);
  let closed = false;

  const run = (delivery: Delivery, attempt: number) => {
    workers
      .add(async () => {
        try {
          // A fresh payload object per attempt: handlers memoise per payload (bot/locks.ts memo), and a
          // retry must not reuse what the failed attempt read (BullMQ hands each attempt a fresh copy too).
          await handle({ ...delivery, payload: structuredClone(delivery.payload) }, coordination);
          known.set(delivery.id, "done");
        } catch (error) {
          failed(delivery, attempt, error);
        }
      })
      .finally(idle.wake);
  };

  const failed = (delivery: Delivery, attempt: number, error: unknown) => {
    const where = { delivery: delivery.id, event: delivery.name, attempt, error: describeError(error) };
    if (attempt >= options.attempts || closed) {
      known.set(delivery.id, "dead");
      dead.push({ id: delivery.id, name: delivery.name, attempts: attempt, error: where.error, delivery });
      if (dead.length > MAX_DEAD_LETTERS) dead.shift();
      logFailedAttempt(log, where, { last: true });
      return;
    }
    const wait = options.backoffMs * 2 ** (attempt - 1);
    logFailedAttempt(log, { ...where, retryInMs: wait }, { last: false, when: `in ${wait} ms` });
    const timer = setTimeout(() => {
      retries.delete(timer);
      run(delivery, attempt + 1);
    }, wait);
    retries.set(timer, delivery);
  };

  const accept = async (delivery: Delivery): Promise<Accepted> => {
    const state = known.get(delivery.id);
    if (state === "queued" || state === "done") return "duplicate";
    known.set(delivery.id, "queued");
    const letter = dead.findIndex((d) => d.id === delivery.id);
    if (letter >= 0) dead.splice(letter, 1);
    run(delivery, 1);
    return state === "dead" ? "requeued" : "queued";
  };

  return {
    accept,
    idle: idle.wait,
    deadLetters: async () => dead.map(({ delivery: _, ...letter }) => letter),
    async redrive(id) {
      const letter = dead.find((d) => d.id === id);
      if (!letter || closed) return false;
      return (await accept(letter.delivery)) !== "duplicate";
    },
    async close() {
      closed = true;
      for (const [timer, delivery] of retries) {
        clearTimeout(timer);
        log.warn({ delivery: delivery.id }, `delivery ${delivery.id} dropped at shutdown before its retry`);
      }
      retries.clear();
      await workers.onIdle();
      idle.wake();
    },
  };
}

/** What became of each delivery id, the newest MAX_REMEMBERED of them (a Map keeps insertion order). */
function rememberedStates() {
  const known = new Map<string, DeliveryState>();
  return {
    get: (id: string) => known.get(id),
    set(id: string, state: DeliveryState) {
      known.delete(id);
      known.set(id, state);
      if (known.size > MAX_REMEMBERED) known.delete(known.keys().next().value as string);
    },
  };
}

/** Promises that resolve once `settled()` holds, checked whenever `wake` is called. */
function idleSignal(settled: () => boolean) {
  let waiters: (() => void)[] = [];
  return {
    wait: () =>
      settled()
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            waiters.push(resolve);
          }),
    wake() {
      if (!settled()) return;
      for (const resolve of waiters) resolve();
      waiters = [];
    },
  };
}
