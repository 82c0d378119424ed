// The prediction log: every answered prediction (id, model, version, label, time, answer) and every outcome
// posted for it later. The embedded store is an append-only JSON-lines file per segment in one folder:
// nothing to install, one process. A record is committed when its write(2) has returned, which happens before
// the answer is sent, so a `kill -9` of the server loses no answered prediction and no accepted outcome (the
// kernel keeps the written pages); the file is fdatasync'ed every `syncMs` as well, which bounds what a power
// loss can take. A store shared by several replicas (PostgreSQL) implements the same interface.
//
// Bounded: segments rotate at a tenth of `maxBytes` (or `maxAgeMs`), and the oldest are deleted once the
// folder holds more than `maxBytes` or their newest record is older than `maxAgeMs`.
import {
  closeSync,
  fdatasyncSync,
  fstatSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeSync,
} from "node:fs";
import path from "node:path";
import { ModelopsError } from "../errors.ts";
import { makeDirsSync } from "../make-dirs.ts";

/** One answered instance. */
export interface PredictionRecord {
  id: string;
  model: string;
  version: number;
  /** The alias that answered (production, canary, ...), "" when the client named a version. */
  label: string;
  /** Milliseconds since the epoch. */
  time: number;
  /** Classification: the class answered. */
  class?: string;
  /** Classification: the probability of every class, in the model's class order. */
  probabilities?: number[];
  /** Regression: the value answered. */
  value?: number;
}

/** An outcome joined to its prediction. */
export interface Outcome {
  id: string;
  /** When the outcome arrived, ms since the epoch. */
  time: number;
  label?: string;
  value?: number;
}

export interface JoinedRecord {
  prediction: PredictionRecord;
  outcome: Outcome;
}

export type OutcomeRefusal = "unknown" | "duplicate";

/** The interface every prediction store implements (the embedded file store, PostgreSQL). */
export interface PredictionStore {
  /** Where the log lives, for log lines (a folder, a postgres URL without its password). */
  readonly location: string;
  /** Records answered predictions; resolves (or returns) once they are committed. */
  append(records: PredictionRecord[]): void | Promise<void>;
  /**
   * append for the request path, where a store can group the records of the requests answered together
   * (one batch) into one write; resolves once they are committed.
   */
  appendGrouped?(records: PredictionRecord[]): Promise<void>;
  /** The prediction an id names, if the log still holds it. */
  find(model: string, ids: string[]): Promise<Map<string, PredictionRecord>>;
  /**
   * Records outcomes of known predictions; an id without a prediction of this model or with an outcome
   * already is refused and nothing of it is written. Returns the refusals by id.
   */
  recordOutcomes(model: string, outcomes: Outcome[]): Promise<Map<string, OutcomeRefusal>>;
  /** Predictions of `model` made since `since` (ms) that have an outcome. */
  joined(model: string, since: number): Promise<JoinedRecord[]>;
  /** Predictions of `model` made since `since`, with or without an outcome (CBPE reads the unlabelled ones). */
  predictions(model: string, since: number): Promise<PredictionRecord[]>;
  /** Every model with a prediction in the log. */
  models(): Promise<string[]>;
  close(): Promise<void>;
}

export interface FileStoreOptions {
  /** Largest size of the folder in bytes. Default 64 MiB. */
  maxBytes?: number;
  /** Oldest record kept, in ms. Default 7 days. */
  maxAgeMs?: number;
  /** fdatasync interval in ms (power-loss window; a killed process loses nothing). Default 1000. */
  syncMs?: number;
  /** The clock (tests move it). */
  now?: () => number;
}

export const DEFAULT_LOG_MAX_BYTES = 64 * 1024 * 1024;
export const DEFAULT_LOG_MAX_AGE_MS = 7 * 24 * 3600 * 1000;

interface Segment {
  file: string;
  bytes: number;
  newest: number;
  ids: string[];
}

interface Entry {
  prediction: PredictionRecord;
  outcome?: Outcome;
  segment: Segment;
}

const SEGMENT_RE = /^segment-(\d{16})\.jsonl$/;

/** The embedded prediction store: append-only segments in one folder, indexed in memory. */
export class FilePredictionStore implements PredictionStore {
  readonly location: string;
  readonly #maxBytes: number;
  readonly #maxAgeMs: number;
  readonly #now: () => number;
  readonly #entries = new Map<string, Entry>();
  readonly #segments: Segment[] = [];
  #fd: number | undefined;
  #dirty = false;
  #timer: NodeJS.Timeout | undefined;
  #seq = 0;
  /** Records waiting for this event-loop turn's grouped write (appendGrouped). */
  #group: { records: PredictionRecord[]; done: Promise<void>; settle(err?: unknown): void } | undefined;

  constructor(dir: string, opts: FileStoreOptions = {}) {
    this.location = dir;
    this.#maxBytes = opts.maxBytes ?? DEFAULT_LOG_MAX_BYTES;
    this.#maxAgeMs = opts.maxAgeMs ?? DEFAULT_LOG_MAX_AGE_MS;
    this.#now = opts.now ?? Date.now;
    try {
      makeDirsSync(dir);
      this.#load();
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      throw new ModelopsError(
        `cannot open the prediction log ${dir}: ${code}; pass --prediction-log DIR (a writable folder)`,
        2,
        { cause: err },
      );
    }
    const syncMs = opts.syncMs ?? 1000;
    this.#timer = setInterval(() => this.#sync(), syncMs);
    this.#timer.unref();
  }

  /** Reads every segment back; a torn last line (the process died mid-write) is skipped. */
  #load(): void {
    const names = readdirSync(this.location)
      .filter((n) => SEGMENT_RE.test(n))
      .sort();
    for (const name of names) {
      const file = path.join(this.location, name);
      const text = readFileSync(file, "utf8");
      const segment: Segment = { file, bytes: Buffer.byteLength(text), newest: 0, ids: [] };
      this.#segments.push(segment);
      this.#seq = Math.max(this.#seq, Number(SEGMENT_RE.exec(name)![1]));
      for (const line of text.split("\n")) {
        if (line === "") continue;
        let rec: { p?: PredictionRecord; o?: Outcome };
        try {
          rec = JSON.parse(line);
        } catch {
          continue;
        }
        if (rec.p) {
          this.#entries.set(rec.p.id, { prediction: rec.p, segment });
          segment.ids.push(rec.p.id);
          segment.newest = Math.max(segment.newest, rec.p.time);
        } else if (rec.o) {
          const entry = this.#entries.get(rec.o.id);
          if (entry && !entry.outcome) entry.outcome = rec.o;
          segment.newest = Math.max(segment.newest, rec.o.time);
        }
      }
    }
    this.#evict();
  }

  append(records: PredictionRecord[]): void {
    let text = "";
    for (const p of records) text += `${JSON.stringify({ p })}\n`;
    const segment = this.#write(text);
    for (const p of records) {
      const old = this.#entries.get(p.id);
      // A reused id names its newest prediction; the older one can no longer be joined.
      if (old) this.#entries.delete(p.id);
      this.#entries.set(p.id, { prediction: p, segment });
      segment.ids.push(p.id);
      segment.newest = Math.max(segment.newest, p.time);
    }
  }

  /**
   * The records of every request answered in this turn of the event loop (a batch's requests, and without
   * batching the requests read in the same poll) go out in one write(2) when the turn's I/O is done
   * (setImmediate) instead of one each; each caller's promise resolves once that write has returned, so an
   * answer still never names an unlogged prediction.
   */
  appendGrouped(records: PredictionRecord[]): Promise<void> {
    let group = this.#group;
    if (!group) {
      let settle!: (err?: unknown) => void;
      const done = new Promise<void>((resolve, reject) => {
        settle = (err) => (err === undefined ? resolve() : reject(err));
      });
      group = this.#group = { records: [], done, settle };
      setImmediate(() => this.#commitGroup());
    }
    for (const r of records) group.records.push(r);
    return group.done;
  }

  #commitGroup(): void {
    const group = this.#group;
    if (!group) return; // close() wrote it already
    this.#group = undefined;
    try {
      this.append(group.records);
      group.settle();
    } catch (err) {
      group.settle(err);
    }
  }

  async find(model: string, ids: string[]): Promise<Map<string, PredictionRecord>> {
    const out = new Map<string, PredictionRecord>();
    for (const id of ids) {
      const e = this.#entries.get(id);
      if (e && e.prediction.model === model) out.set(id, e.prediction);
    }
    return out;
  }

  async recordOutcomes(model: string, outcomes: Outcome[]): Promise<Map<string, OutcomeRefusal>> {
    const refused = new Map<string, OutcomeRefusal>();
    const accepted: Array<[Entry, Outcome]> = [];
    const seen = new Set<string>();
    for (const o of outcomes) {
      const e = this.#entries.get(o.id);
      if (!e || e.prediction.model !== model) refused.set(o.id, "unknown");
      else if (e.outcome || seen.has(o.id)) refused.set(o.id, "duplicate");
      else {
        seen.add(o.id);
        accepted.push([e, o]);
      }
    }
    if (accepted.length === 0) return refused;
    let text = "";
    for (const [, o] of accepted) text += `${JSON.stringify({ o })}\n`;
    const segment = this.#write(text);
    for (const [e, o] of accepted) {
      e.outcome = o;
      segment.newest = Math.max(segment.newest, o.time);
    }
    return refused;
  }

  async joined(model: string, since: number): Promise<JoinedRecord[]> {
    const out: JoinedRecord[] = [];
    for (const e of this.#entries.values()) {
      if (e.outcome && e.prediction.model === model && e.prediction.time >= since) {
        out.push({ prediction: e.prediction, outcome: e.outcome });
      }
    }
    return out;
  }

  async predictions(model: string, since: number): Promise<PredictionRecord[]> {
    const out: PredictionRecord[] = [];
    for (const e of this.#entries.values()) {
      if (e.prediction.model === model && e.prediction.time >= since) out.push(e.prediction);
    }
    return out;
  }

  async models(): Promise<string[]> {
    const names = new Set<string>();
    for (const e of this.#entries.values()) names.add(e.prediction.model);
    return [...names].sort();
  }

  async close(): Promise<void> {
    if (this.#group) this.#commitGroup(); // answers waiting for this turn's write get it before the file closes
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    this.#sync();
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = undefined;
  }

  /** One write(2) of whole lines to the current segment, rotating and evicting first when it is full. */
  #write(text: string): Segment {
    const now = this.#now();
    let segment = this.#segments.at(-1);
    const rotateBytes = Math.max(4096, Math.floor(this.#maxBytes / 10));
    const rotateAge = this.#maxAgeMs / 10;
    const first = segment ? Number(SEGMENT_RE.exec(path.basename(segment.file))![1]) : 0;
    if (
      this.#fd === undefined ||
      !segment ||
      segment.bytes >= rotateBytes ||
      now - Math.floor(first / 1000) > rotateAge
    ) {
      segment = this.#rotate(now);
    }
    const bytes = Buffer.from(text);
    writeSync(this.#fd!, bytes);
    segment.bytes += bytes.length;
    this.#dirty = true;
    return segment;
  }

  /** A new segment named after the time it starts (ms * 1000 + a sequence, so names sort and never clash). */
  #rotate(now: number): Segment {
    if (this.#fd !== undefined) {
      this.#sync();
      closeSync(this.#fd);
    }
    this.#seq = Math.max(this.#seq + 1, now * 1000);
    const file = path.join(this.location, `segment-${String(this.#seq).padStart(16, "0")}.jsonl`);
    this.#fd = openSync(file, "a");
    const segment: Segment = { file, bytes: fstatSync(this.#fd).size, newest: now, ids: [] };
    this.#segments.push(segment);
    this.#evict();
    return segment;
  }

  /** Deletes the oldest segments beyond the size bound or the age bound (never the one being written). */
  #evict(): void {
    const now = this.#now();
    let total = this.#segments.reduce((s, g) => s + g.bytes, 0);
    while (this.#segments.length > 1) {
      const oldest = this.#segments[0]!;
      if (total <= this.#maxBytes && now - oldest.newest <= this.#maxAgeMs) break;
      this.#segments.shift();
      total -= oldest.bytes;
      for (const id of oldest.ids) {
        if (this.#entries.get(id)?.segment === oldest) this.#entries.delete(id);
      }
      rmSync(oldest.file, { force: true });
    }
  }

  #sync(): void {
    if (!this.#dirty || this.#fd === undefined) return;
    this.#dirty = false;
    fdatasyncSync(this.#fd);
  }
}
