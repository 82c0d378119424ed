// What this replica really serves, told to the store (github: deployment statuses on the deployment an alias
// follows): in_progress when a version starts loading, success once it answers, failure with the reason it
// was refused. Reports are sent in order in the background and never hold up or break serving: one the
// store cannot take now (GitHub down) waits and is sent again after the next poll.
import type { ServingStatus } from "../registry/model-store.ts";
import type { RegistrySource } from "./registry-source.ts";

export type ServingState = ServingStatus["state"];

interface Report {
  model: string;
  alias: string;
  version: number;
  state: ServingState;
  description: string;
}

/** Reports waiting beyond this are dropped oldest first (a store down for hours must not grow memory). */
const MAX_PENDING = 200;

export class ServingReporter {
  readonly #queue: Report[] = [];
  /** model/alias -> the last report queued for it, so an unchanged state is not reported again. */
  readonly #last = new Map<string, string>();
  #where: { url: string; replica: string } | undefined;
  #sending: Promise<void> | undefined;
  #lastError: string | undefined;

  constructor(
    private readonly source: RegistrySource,
    private readonly log: (line: string) => void,
  ) {}

  /** Starts sending (the URL and the replica id are known once the server listens). */
  start(url: string, replica: string): void {
    this.#where = { url, replica };
    void this.flush();
  }

  report(model: string, alias: string, version: number, state: ServingState, description: string): void {
    const key = `${model}\u0000${alias}`;
    const said = `${version}\u0000${state}\u0000${description}`;
    if (this.#last.get(key) === said) return;
    this.#last.set(key, said);
    this.#queue.push({ model, alias, version, state, description });
    if (this.#queue.length > MAX_PENDING) this.#queue.shift();
    void this.flush();
  }

  /**
   * The aliases the model has now: an alias that went away is forgotten, so when it comes back (a new canary
   * of the same version) its new deployment gets its own reports.
   */
  aliases(model: string, aliases: Iterable<string>): void {
    const keep = new Set([...aliases].map((a) => `${model}\u0000${a}`));
    for (const key of this.#last.keys())
      if (key.startsWith(`${model}\u0000`) && !keep.has(key)) this.#last.delete(key);
  }

  /** Sends what waits, in order; stops at the first report the store refuses (tried again next flush). */
  flush(): Promise<void> {
    const where = this.#where;
    if (!where || this.#queue.length === 0) return this.#sending ?? Promise.resolve();
    this.#sending ??= (async () => {
      while (this.#queue.length > 0) {
        const r = this.#queue[0]!;
        try {
          await this.source.report(r.model, r.alias, r.version, {
            state: r.state,
            replica: where.replica,
            url: where.url,
            description: r.description,
          });
          this.#queue.shift();
          this.#lastError = undefined;
        } catch (err) {
          const why = (err instanceof Error ? err.message : String(err)).split("\n")[0];
          const message = `error: cannot report ${r.model} v${r.version} (${r.alias}) ${r.state} to ${this.source.uri}: ${why}; serving goes on, the report is sent again later`;
          if (message !== this.#lastError) this.log(message);
          this.#lastError = message;
          // A refusal that waiting does not cure (no permission, a deployment that is gone) is dropped.
          if (!isTransient(err)) this.#queue.shift();
          return;
        }
      }
    })().finally(() => {
      this.#sending = undefined;
    });
    return this.#sending;
  }

  /** Waits for the report being sent, at most `ms` (a store that hangs must not hold up shutdown). */
  async settle(ms: number): Promise<void> {
    await Promise.race([this.flush(), new Promise((r) => setTimeout(r, ms).unref())]);
  }
}

/**
 * A store failure that waiting cures: the store is down, slow or rate-limiting (HTTP 5xx, 408, 429, a 403
 * carrying Retry-After, a network error or timeout), as opposed to a record or artifact that is bad, or a
 * refusal that stays (401, 404: a token without access, an asset that is gone).
 */
export function isTransient(err: unknown): boolean {
  if (typeof err !== "object" || err === null) return false;
  const e = err as {
    transient?: unknown;
    status?: unknown;
    code?: unknown;
    name?: unknown;
    cause?: unknown;
  };
  if (typeof e.transient === "boolean") return e.transient;
  if (retryAfterMs(err) !== undefined) return true;
  if (typeof e.status === "number") return e.status >= 500 || e.status === 408 || e.status === 429;
  // the github store's GitHubUnavailable without a status: GitHub never answered (network, timeout)
  if ("retryAfterSeconds" in e) return true;
  if (e.name === "TimeoutError" || e.name === "AbortError") return true;
  if (
    typeof e.code === "string" &&
    /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ENOTFOUND|EPIPE|UND_ERR_\w+)$/.test(e.code)
  )
    return true;
  return e.cause !== undefined && e.cause !== err && isTransient(e.cause);
}

/** How long the store asked us to wait (Retry-After on a 403/429), when it said. */
export function retryAfterMs(err: unknown): number | undefined {
  if (typeof err !== "object" || err === null) return undefined;
  const e = err as { retryAfterMs?: unknown; retryAfterSeconds?: unknown; cause?: unknown };
  if (typeof e.retryAfterMs === "number" && e.retryAfterMs >= 0) return e.retryAfterMs;
  if (typeof e.retryAfterSeconds === "number" && e.retryAfterSeconds >= 0) return e.retryAfterSeconds * 1000;
  return e.cause !== undefined && e.cause !== err ? retryAfterMs(e.cause) : undefined;
}
