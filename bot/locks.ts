// Idempotency and ordering inside one bot process. GitHub may deliver an event twice (the "Redeliver"
// button, a retry after a timeout) and deliver related events at the same moment: each handler runs once
// per delivery id, and handlers touching the same pull request or the same model's releases run one at a
// time. Across processes the handlers are idempotent by their natural keys (marker comments, check names,
// tags), so a redelivery after a restart changes nothing either.

const deliveries = new Map<string, Promise<void>>();
const MAX_REMEMBERED = 5000;

/**
 * Runs `fn` unless `handler` already handled delivery `id` (or is handling it: then waits for that run).
 * A run that failed is forgotten, so GitHub's redelivery of a failed delivery does the work.
 */
export async function oncePerDelivery(
  id: string,
  handler: string,
  fn: () => Promise<void>,
): Promise<"ran" | "skipped"> {
  const key = `${id}:${handler}`;
  const earlier = deliveries.get(key);
  if (earlier) {
    const ok = await earlier.then(
      () => true,
      () => false,
    );
    if (ok) return "skipped";
  }
  const run = fn();
  deliveries.set(key, run);
  if (deliveries.size > MAX_REMEMBERED) deliveries.delete(deliveries.keys().next().value as string);
  try {
    await run;
    return "ran";
  } catch (error) {
    if (deliveries.get(key) === run) deliveries.delete(key);
    throw error;
  }
}

const tails = new Map<string, Promise<unknown>>();

/** Runs `fn` after every earlier `withLock(key, ...)` has settled. */
export async function withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const before = tails.get(key) ?? Promise.resolve();
  const run = before.then(fn, fn);
  const tail = run.catch(() => undefined);
  tails.set(key, tail);
  try {
    return await run;
  } finally {
    if (tails.get(key) === tail) tails.delete(key);
  }
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
