// Dynamic batching, with TF Serving's parameter names: concurrent requests for one model version wait in a
// bounded queue and run as one model call of up to `maxBatchSize` rows. A batch starts when it is full, or
// `batchTimeoutMicros` after its first request arrived (0: at the end of the current event-loop turn, so it
// holds whatever arrived together and adds no wait). One batch runs at a time (TF Serving's
// num_batch_threads = 1): on this thread, or on another one when the model call returns a promise
// (onnxruntime's worker), in which case the requests that arrive meanwhile queue and form the next batch as
// soon as it returns. A full queue answers 429 with Retry-After instead of growing.
import { HttpError } from "./http-error.ts";

export interface BatchingOptions {
  /** Most rows in one model call. A single request with more rows runs alone. */
  maxBatchSize: number;
  /** How long the first request of a batch waits for others, in microseconds (0: no wait). */
  batchTimeoutMicros: number;
  /** Queue bound, in batches: at most maxBatchSize * maxEnqueuedBatches rows wait. */
  maxEnqueuedBatches: number;
}

export const DEFAULT_BATCHING: BatchingOptions = {
  maxBatchSize: 64,
  batchTimeoutMicros: 0,
  maxEnqueuedBatches: 64,
};

/** A request that waited longer than this in the queue is answered 503 instead of being run late. */
export const DEFAULT_QUEUE_TIMEOUT_MS = 10_000;

interface Pending {
  x: Float32Array;
  n: number;
  at: number;
  resolve(out: Float32Array): void;
  reject(err: unknown): void;
}

/** One model call: its outputs, or a promise of them when the call runs off this thread. */
export type RunBatch = (x: Float32Array, n: number) => Float32Array | Promise<Float32Array>;

export class Batcher {
  #queue: Pending[] = [];
  #rows = 0;
  #timer: NodeJS.Timeout | NodeJS.Immediate | undefined;
  /** A batch is running off this thread; the queue waits for it. */
  #running = false;
  /** Mean time per row of recent batches (ms), for Retry-After. */
  #msPerRow = 0.01;

  constructor(
    private readonly run: RunBatch,
    private readonly inputSize: number,
    private readonly width: number,
    public options: BatchingOptions,
    private readonly onBatch: (rows: number) => void,
    private readonly queueTimeoutMs = DEFAULT_QUEUE_TIMEOUT_MS,
  ) {}

  /** Rows waiting now. */
  get depth(): number {
    return this.#rows;
  }

  submit(x: Float32Array, n: number): Promise<Float32Array> {
    const { maxBatchSize, maxEnqueuedBatches } = this.options;
    const capacity = maxBatchSize * maxEnqueuedBatches;
    if (this.#rows > 0 && this.#rows + n > capacity) {
      const seconds = Math.max(1, Math.ceil((this.#rows * this.#msPerRow) / 1000));
      throw new HttpError(
        429,
        `the server is busy: ${this.#rows} rows are queued for this model (limit ${capacity}); retry after ${seconds}s`,
        seconds,
      );
    }
    return new Promise<Float32Array>((resolve, reject) => {
      this.#queue.push({ x, n, at: performance.now(), resolve, reject });
      this.#rows += n;
      if (this.#rows >= maxBatchSize) {
        this.#cancel();
        this.#flush();
      } else if (this.#timer === undefined) {
        this.#schedule();
      }
    });
  }

  #schedule(): void {
    const micros = this.options.batchTimeoutMicros;
    this.#timer =
      micros <= 0
        ? setImmediate(() => this.#tick())
        : setTimeout(() => this.#tick(), Math.max(1, Math.round(micros / 1000)));
  }

  #cancel(): void {
    if (this.#timer === undefined) return;
    clearTimeout(this.#timer as NodeJS.Timeout);
    clearImmediate(this.#timer as NodeJS.Immediate);
    this.#timer = undefined;
  }

  #tick(): void {
    this.#timer = undefined;
    this.#flush();
  }

  /** Runs one batch from the head of the queue; what is left waits for the next turn. */
  #flush(): void {
    const queue = this.#queue;
    if (queue.length === 0 || this.#running) return;
    const now = performance.now();
    const max = this.options.maxBatchSize;
    const batch: Pending[] = [];
    let rows = 0;
    let taken = 0;
    while (taken < queue.length) {
      const p = queue[taken]!;
      if (batch.length > 0 && rows + p.n > max) break;
      taken++;
      if (now - p.at > this.queueTimeoutMs) {
        this.#rows -= p.n;
        p.reject(
          new HttpError(
            503,
            `the request waited ${Math.round(now - p.at)} ms in the queue (limit ${this.queueTimeoutMs} ms); retry later`,
            1,
          ),
        );
        continue;
      }
      batch.push(p);
      rows += p.n;
    }
    this.#queue = taken === queue.length ? [] : queue.slice(taken);
    this.#rows -= rows;
    if (batch.length > 0) this.#runBatch(batch, rows, now);
    if (this.#queue.length > 0 && this.#timer === undefined && !this.#running) {
      // Let the event loop read more requests before the next batch.
      this.#timer = setImmediate(() => this.#tick());
    }
  }

  #runBatch(batch: Pending[], rows: number, started: number): void {
    let x: Float32Array;
    if (batch.length === 1) {
      x = batch[0]!.x;
    } else {
      x = new Float32Array(rows * this.inputSize);
      let offset = 0;
      for (const p of batch) {
        x.set(p.x, offset);
        offset += p.x.length;
      }
    }
    let result: Float32Array | Promise<Float32Array>;
    try {
      result = this.run(x, rows);
    } catch (err) {
      for (const p of batch) p.reject(err);
      return;
    }
    if (typeof (result as Promise<Float32Array>).then !== "function") {
      this.#deliver(batch, rows, started, result as Float32Array);
      return;
    }
    this.#running = true;
    (result as Promise<Float32Array>).then(
      (out) => this.#finished(() => this.#deliver(batch, rows, started, out)),
      (err) =>
        this.#finished(() => {
          for (const p of batch) p.reject(err);
        }),
    );
  }

  /**
   * An off-thread batch returned: send what queued meanwhile at once, then answer the batch that returned, so
   * the model's thread computes the next batch while this one answers it (a two-stage pipeline).
   */
  #finished(settle: () => void): void {
    this.#running = false;
    if (this.#queue.length > 0) {
      this.#cancel();
      this.#flush();
    }
    settle();
  }

  #deliver(batch: Pending[], rows: number, started: number, out: Float32Array): void {
    this.onBatch(rows);
    const w = this.width;
    let row = 0;
    for (const p of batch) {
      p.resolve(batch.length === 1 ? out : out.subarray(row * w, (row + p.n) * w));
      row += p.n;
    }
    const ms = (performance.now() - started) / rows;
    this.#msPerRow = this.#msPerRow * 0.9 + ms * 0.1;
  }

  /** Answers everything still queued with `err` (the version is going away). */
  drain(err: HttpError): void {
    this.#cancel();
    const queue = this.#queue;
    this.#queue = [];
    this.#rows = 0;
    for (const p of queue) p.reject(err);
  }
}
