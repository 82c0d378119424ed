// Idempotency and ordering of the handlers. The queue (bot/queue.ts) already runs each delivery id once; a
// job that is retried runs every handler again, so each handler also remembers which deliveries it finished
// (`oncePerDelivery`): a retry after one handler failed re-runs only the ones that did not finish. Handlers
// touching the same pull request or the same model's releases run one at a time (`withLock`). Both live in
// a `Coordination`: this process's memory, or Redis when the replicas share one (bot/queue-redis.ts). The
// job runner puts the coordination of its bot in an AsyncLocalStorage, so handlers need not be told which.
// Across a lost memory (a restart without Redis) the handlers stay idempotent by their natural keys (marker
// comments, check names, tags), so a redelivery changes nothing either.
import { AsyncLocalStorage } from "node:async_hooks";

/** Where the handlers' memory of finished work and their locks live. */
export interface Coordination {
  /** Whether `key` (`<delivery id>:<handler>`) finished earlier. */
  isDone(key: string): Promise<boolean>;
  /** Records `key` as finished, with what it produced (`onceStep` hands that to a retry). */
  markDone(key: string, result?: string): Promise<void>;
  /** What `markDone(key, result)` recorded, or undefined when `key` did not finish. */
  resultOf(key: string): Promise<string | undefined>;
  /** Runs `fn` while holding the lock `key`, after every earlier holder released it. */
  withLock<T>(key: string, fn: () => Promise<T>): Promise<T>;
}

const MAX_REMEMBERED = 10_000;

/** The coordination of one process: a bounded memory of finished keys and promise-chained locks. */
export function memoryCoordination(): Coordination {
  const done = new Map<string, string>();
  const tails = new Map<string, Promise<unknown>>();
  return {
    isDone: async (key) => done.has(key),
    async markDone(key, result = "") {
      done.set(key, result);
      if (done.size > MAX_REMEMBERED) done.delete(done.keys().next().value as string);
    },
    resultOf: async (key) => done.get(key),
    async withLock(key, fn) {
      const before = tails.get(key) ?? Promise.resolve();
      const run = before.then(fn, fn);
      const tail = run.catch(() => undefined);
      tails.set(key, tail);
      try {
        return await run;
      } finally {
        if (tails.get(key) === tail) tails.delete(key);
      }
    },
  };
}

const current = new AsyncLocalStorage<Coordination>();
/** For handlers run outside a bot's queue (Probot's `probot.receive` in handler tests). */
const fallback = memoryCoordination();

/** Runs `fn` (a job) with `coordination` as the one the handlers it calls use. */
export function withCoordination<T>(coordination: Coordination, fn: () => Promise<T>): Promise<T> {
  return current.run(coordination, fn);
}

const coordination = () => current.getStore() ?? fallback;

/**
 * Runs `fn` unless `handler` already finished delivery `id`. A run that failed is not remembered, so the
 * queue's retry (or GitHub's redelivery of a dead-lettered delivery) does the work.
 */
export async function oncePerDelivery(
  id: string,
  handler: string,
  fn: () => Promise<void>,
): Promise<"ran" | "skipped"> {
  const c = coordination();
  const key = `${id}:${handler}`;
  if (await c.isDone(key)) return "skipped";
  await fn();
  await c.markDone(key);
  return "ran";
}

/**
 * One side effect of a job, done at most once per delivery however often the job is retried: the first
 * attempt that gets through `fn` records its result under `<delivery id>:<step>`, and a retry (after a later
 * call of the same job failed) gets that result back without calling `fn` again. For writes GitHub has no
 * natural key for (a workflow re-run). A crash between `fn` and the record can still repeat it once.
 */
export async function onceStep<T>(id: string, step: string, fn: () => Promise<T>): Promise<T> {
  const c = coordination();
  const key = `${id}:step:${step}`;
  const recorded = await c.resultOf(key);
  if (recorded !== undefined) return JSON.parse(recorded) as T;
  const result = await fn();
  await c.markDone(key, JSON.stringify(result ?? null));
  return result;
}

/** Runs `fn` after every earlier `withLock(key, ...)` has settled (in every replica sharing the Redis). */
export function withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
  return coordination().withLock(key, fn);
}

/** Values computed once per webhook payload and shared by the handlers of that event. */
const memos = new WeakMap<object, Map<string, Promise<unknown>>>();

export function memo<T>(payload: object, key: string, fn: () => Promise<T>): Promise<T> {
  let m = memos.get(payload);
  if (!m) {
    m = new Map();
    memos.set(payload, m);
  }
  let p = m.get(key) as Promise<T> | undefined;
  if (!p) {
    p = fn();
    m.set(key, p);
    p.catch(() => m?.delete(key));
  }
  return p;
}
