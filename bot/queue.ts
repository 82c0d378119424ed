// The bot acknowledges a webhook as soon as its signature is verified and it is queued; the work runs from
// a queue. Two implementations behind one interface: the embedded one (bot/queue-memory.ts, one process, no
// Redis) and BullMQ on Redis (bot/queue-redis.ts, chosen by REDIS_URL) that several replicas share. Both
// retry a failing delivery with exponential backoff a bounded number of times, then log it and keep it in
// a dead-letter list; both remember handled delivery ids, so a redelivery of a handled one does nothing.
// This file is the contract both implement; bot/create-queue.ts picks one (so neither imports its chooser).
import type { Coordination } from "./locks.ts";

/** A verified webhook delivery: X-GitHub-Delivery, X-GitHub-Event and the parsed body. */
export interface Delivery {
  id: string;
  name: string;
  payload: unknown;
}

/** What became of a delivery handed to the queue. */
export type Accepted = "queued" | "duplicate" | "requeued";

export interface DeadLetter {
  id: string;
  name: string;
  attempts: number;
  error: string;
}

export interface QueueOptions {
  /** Tries of one delivery before it is dead-lettered (default 8). */
  attempts: number;
  /** Wait before the first retry; doubled on each later one (default 2000 ms: the 8th try is ~4 min later). */
  backoffMs: number;
  /** Deliveries handled at once by one process (default 8). */
  concurrency: number;
  /**
   * Redis only: how long a job's and a lock's lease lasts without renewal (default 30 s). A replica that
   * dies mid-job stops renewing; after this long another replica takes the job over.
   */
  leaseMs: number;
}

export const DEFAULT_QUEUE_OPTIONS: QueueOptions = {
  attempts: 8,
  backoffMs: 2000,
  concurrency: 8,
  leaseMs: 30_000,
};

/** A minimal logger (Probot's pino logger fits). */
export interface QueueLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** Does the work of one delivery; throws to have it retried. */
export type Handle = (delivery: Delivery, coordination: Coordination) => Promise<void>;

export interface DeliveryQueue {
  /** Queues a delivery unless it was handled or is queued already (a dead-lettered one is queued again). */
  accept(delivery: Delivery): Promise<Accepted>;
  /** Resolves once nothing is queued, running or waiting for a retry. */
  idle(): Promise<void>;
  /** Deliveries that failed every attempt, newest last. */
  deadLetters(): Promise<DeadLetter[]>;
  /**
   * Queues dead letter `id` again with fresh attempts (an operator's re-drive once the cause is fixed);
   * false when no dead letter has that id.
   */
  redrive(id: string): Promise<boolean>;
  /** Stops taking work and waits for the running jobs. */
  close(): Promise<void>;
}

export interface CreateQueueOptions extends Partial<QueueOptions> {
  handle: Handle;
  log: QueueLog;
  /** redis://… (REDIS_URL): share the queue, the delivery memory and the locks with other replicas. */
  redisUrl?: string;
}

/** A delivery id usable as a job id and a Redis key part (GitHub's are UUIDs). */
export const DELIVERY_ID = /^[A-Za-z0-9-]{1,100}$/;

/** The error text kept for a dead letter: the first line of each error Probot aggregated. */
export function describeError(error: unknown): string {
  const errors = error instanceof AggregateError ? error.errors : [error];
  return errors
    .map((e) => {
      const status = (e as { status?: number }).status;
      const message = String((e as Error)?.message ?? e).split("\n")[0];
      return status ? `${status} ${message}` : message;
    })
    .join("; ");
}

/** Where and why one attempt at a delivery failed, as both queues log it. */
export interface FailedAttempt {
  delivery: string;
  event: string;
  attempt: number;
  error: string;
}

/** The log line of a failed attempt: an error once it was the last (a dead letter), else a warning. */
export function logFailedAttempt(
  log: QueueLog,
  failure: FailedAttempt & Record<string, unknown>,
  retry: { last: true } | { last: false; when: string },
): void {
  if (retry.last) {
    log.error(
      failure,
      `delivery ${failure.delivery} failed ${failure.attempt} times; dead-lettered (redeliver it once fixed)`,
    );
  } else {
    log.warn(failure, `delivery ${failure.delivery} failed; retrying ${retry.when}`);
  }
}
