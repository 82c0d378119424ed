// The prediction log in PostgreSQL: one log several replicas share, so an outcome posted to any replica
// joins a prediction another one made. A record is committed when its INSERT (autocommit) has returned,
// before the answer goes out. Bounded like the file store: rows older than maxAgeMs, and the oldest beyond
// maxRows, are deleted once a minute.
import pg from "pg";
import type {
  JoinedRecord,
  Outcome,
  OutcomeRefusal,
  PredictionRecord,
  PredictionStore,
} from "./prediction-log.ts";
import { DEFAULT_LOG_MAX_AGE_MS } from "./prediction-log.ts";

export interface PgStoreOptions {
  maxAgeMs?: number;
  /** Most predictions kept. Default 1,000,000. */
  maxRows?: number;
  pruneMs?: number;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS modelops_predictions (
  model text NOT NULL, id text NOT NULL, version integer NOT NULL, label text NOT NULL,
  time bigint NOT NULL, class text, probabilities double precision[], value double precision,
  PRIMARY KEY (model, id));
CREATE INDEX IF NOT EXISTS modelops_predictions_time ON modelops_predictions (model, time);
CREATE TABLE IF NOT EXISTS modelops_outcomes (
  model text NOT NULL, id text NOT NULL, time bigint NOT NULL, label text, value double precision,
  PRIMARY KEY (model, id),
  FOREIGN KEY (model, id) REFERENCES modelops_predictions (model, id) ON DELETE CASCADE);`;

/** The URL without its password, for log lines. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, "//$1:***@");
}

export class PgPredictionStore implements PredictionStore {
  readonly location: string;
  readonly #pool: pg.Pool;
  readonly #timer: NodeJS.Timeout;

  private constructor(
    url: string,
    pool: pg.Pool,
    private readonly opts: Required<PgStoreOptions>,
  ) {
    this.location = redact(url);
    this.#pool = pool;
    this.#timer = setInterval(() => void this.prune().catch(() => {}), opts.pruneMs);
    this.#timer.unref();
  }

  static async open(url: string, opts: PgStoreOptions = {}): Promise<PgPredictionStore> {
    const pool = new pg.Pool({ connectionString: url, max: 8 });
    pool.on("error", () => {}); // an idle client's connection dropped: the next query reconnects
    // Replicas starting together: one creates the tables, the others wait on the lock.
    const client = await pool.connect();
    try {
      await client.query("SELECT pg_advisory_lock(716316)");
      await client.query(SCHEMA);
      await client.query("SELECT pg_advisory_unlock(716316)");
    } finally {
      client.release();
    }
    return new PgPredictionStore(url, pool, {
      maxAgeMs: opts.maxAgeMs ?? DEFAULT_LOG_MAX_AGE_MS,
      maxRows: opts.maxRows ?? 1_000_000,
      pruneMs: opts.pruneMs ?? 60_000,
    });
  }

  async append(records: PredictionRecord[]): Promise<void> {
    // A reused id names its newest prediction and drops the older one's outcome, as in the file store.
    const { rows } = await this.#pool.query(
      `INSERT INTO modelops_predictions (model, id, version, label, time, class, probabilities, value)
       SELECT m, i, v, l, t, c, p::double precision[], val
       FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::bigint[], $6::text[], $7::text[], $8::float8[])
         AS n(m, i, v, l, t, c, p, val)
       ON CONFLICT (model, id) DO UPDATE SET version = EXCLUDED.version, label = EXCLUDED.label,
         time = EXCLUDED.time, class = EXCLUDED.class, probabilities = EXCLUDED.probabilities, value = EXCLUDED.value
       RETURNING id, (xmax <> 0) AS replaced`,
      [
        records.map((r) => r.model),
        records.map((r) => r.id),
        records.map((r) => r.version),
        records.map((r) => r.label),
        records.map((r) => r.time),
        records.map((r) => r.class ?? null),
        records.map((r) => (r.probabilities ? `{${r.probabilities.join(",")}}` : null)),
        records.map((r) => r.value ?? null),
      ],
    );
    const replaced = rows.filter((r) => r.replaced).map((r) => r.id as string);
    if (replaced.length > 0) {
      await this.#pool.query("DELETE FROM modelops_outcomes WHERE model = $1 AND id = ANY($2::text[])", [
        records[0]!.model,
        replaced,
      ]);
    }
  }

  async find(model: string, ids: string[]): Promise<Map<string, PredictionRecord>> {
    const { rows } = await this.#pool.query(
      "SELECT * FROM modelops_predictions WHERE model = $1 AND id = ANY($2::text[])",
      [model, ids],
    );
    return new Map(rows.map((r) => [r.id as string, toRecord(r)]));
  }

  async recordOutcomes(model: string, outcomes: Outcome[]): Promise<Map<string, OutcomeRefusal>> {
    const refused = new Map<string, OutcomeRefusal>();
    if (outcomes.length === 0) return refused;
    const ids = outcomes.map((o) => o.id);
    // One statement: only ids with a prediction and no outcome yet are inserted (the first wins a race).
    const { rows } = await this.#pool.query(
      `INSERT INTO modelops_outcomes (model, id, time, label, value)
       SELECT $1, n.id, n.time, n.label, n.value
       FROM unnest($2::text[], $3::bigint[], $4::text[], $5::float8[]) AS n(id, time, label, value)
       WHERE EXISTS (SELECT 1 FROM modelops_predictions p WHERE p.model = $1 AND p.id = n.id)
       ON CONFLICT (model, id) DO NOTHING RETURNING id`,
      [
        model,
        ids,
        outcomes.map((o) => o.time),
        outcomes.map((o) => o.label ?? null),
        outcomes.map((o) => o.value ?? null),
      ],
    );
    const inserted = new Set(rows.map((r) => r.id as string));
    const missing = ids.filter((id) => !inserted.has(id));
    if (missing.length === 0) return refused;
    const known = await this.find(model, missing);
    for (const id of missing) refused.set(id, known.has(id) ? "duplicate" : "unknown");
    return refused;
  }

  async joined(model: string, since: number): Promise<JoinedRecord[]> {
    const { rows } = await this.#pool.query(
      `SELECT p.*, o.time AS o_time, o.label AS o_label, o.value AS o_value
       FROM modelops_predictions p JOIN modelops_outcomes o ON o.model = p.model AND o.id = p.id
       WHERE p.model = $1 AND p.time >= $2`,
      [model, since],
    );
    return rows.map((r) => ({
      prediction: toRecord(r),
      outcome: {
        id: r.id,
        time: Number(r.o_time),
        ...(r.o_label !== null && { label: r.o_label }),
        ...(r.o_value !== null && { value: r.o_value }),
      },
    }));
  }

  async predictions(model: string, since: number): Promise<PredictionRecord[]> {
    const { rows } = await this.#pool.query(
      "SELECT * FROM modelops_predictions WHERE model = $1 AND time >= $2",
      [model, since],
    );
    return rows.map(toRecord);
  }

  async models(): Promise<string[]> {
    const { rows } = await this.#pool.query("SELECT DISTINCT model FROM modelops_predictions ORDER BY model");
    return rows.map((r) => r.model as string);
  }

  /** Deletes predictions (and their outcomes) beyond the age and row bounds. */
  async prune(now = Date.now()): Promise<void> {
    await this.#pool.query("DELETE FROM modelops_predictions WHERE time < $1", [now - this.opts.maxAgeMs]);
    await this.#pool.query(
      `DELETE FROM modelops_predictions WHERE time < (
         SELECT time FROM modelops_predictions ORDER BY time DESC OFFSET $1 LIMIT 1)`,
      [this.opts.maxRows],
    );
  }

  async close(): Promise<void> {
    clearInterval(this.#timer);
    await this.#pool.end();
  }
}

function toRecord(r: Record<string, unknown>): PredictionRecord {
  const rec: PredictionRecord = {
    id: r.id as string,
    model: r.model as string,
    version: r.version as number,
    label: r.label as string,
    time: Number(r.time),
  };
  if (r.class !== null) rec.class = r.class as string;
  if (r.probabilities !== null) rec.probabilities = r.probabilities as number[];
  if (r.value !== null) rec.value = r.value as number;
  return rec;
}
