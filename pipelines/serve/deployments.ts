// What the server serves: for each model in the registry, the version its `production` alias points at,
// kept in step with the registry by polling a cheap change signal. A move of the alias loads, verifies and
// warms the new version before one atomic pointer swap; the old version stays alive until the requests
// holding it finish (LoadedModel's reference count).
import { type LoadedModel, loadVersion } from "./loaded-model.ts";
import type { ServeMetrics } from "./metrics.ts";
import type { AliasTarget, RegistrySource } from "./registry-source.ts";

/** The alias served today; canary and previous slots come with the canary issue. */
export const PRODUCTION = "production";

/** A failed load is tried again after this long even when the registry does not change. */
const RETRY_FAILED_MS = 30_000;

export interface Refusal {
  version: number;
  digest: string;
  message: string;
  at: number;
}

export interface Deployment {
  readonly name: string;
  /** The version new requests get; undefined until one loads. */
  production: LoadedModel | undefined;
  /** What the alias points at now (may differ from `production` while it loads or after a refusal). */
  target: AliasTarget | undefined;
  /** The last version that could not be served, and why. Cleared by a successful load. */
  refused: Refusal | undefined;
}

export interface DeploymentEvents {
  /** A version became the served one (first load or swap). */
  serving(model: string, version: number, previous: number | undefined): void;
  log(line: string): void;
}

export class Deployments {
  readonly #models = new Map<string, Deployment>();
  #signal: string | undefined;
  #lastError: string | undefined;
  #closed = false;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;

  constructor(
    private readonly source: RegistrySource,
    private readonly metrics: ServeMetrics,
    private readonly events: DeploymentEvents,
  ) {}

  get(model: string): Deployment | undefined {
    return this.#models.get(model);
  }

  names(): string[] {
    return [...this.#models.keys()].sort();
  }

  all(): Deployment[] {
    return this.names().map((n) => this.#models.get(n)!);
  }

  /** Polls every `pollMs` until close(); polls never overlap. */
  startPolling(pollMs: number): void {
    const tick = () => {
      if (this.#closed) return;
      this.#running = this.sync().finally(() => {
        this.#running = undefined;
        if (!this.#closed) {
          this.#timer = setTimeout(tick, pollMs);
          this.#timer.unref();
        }
      });
    };
    this.#timer = setTimeout(tick, pollMs);
    this.#timer.unref();
  }

  /** Reads the registry when its change signal moved and brings every model to its production version. */
  async sync(): Promise<void> {
    let signal: string;
    let targets: Map<string, AliasTarget | undefined>;
    try {
      signal = await this.source.signal();
      if (signal === this.#signal && !this.#retryDue()) return;
      targets = await this.source.productions();
      this.#lastError = undefined;
    } catch (err) {
      const message = `error: cannot read registry ${this.source.root}: ${errorMessage(err)}; still serving what is loaded`;
      if (message !== this.#lastError) this.events.log(message);
      this.#lastError = message;
      return;
    }
    for (const [name, target] of targets) {
      if (this.#closed) return;
      let dep = this.#models.get(name);
      if (!dep) {
        dep = { name, production: undefined, target: undefined, refused: undefined };
        this.#models.set(name, dep);
        if (!target) {
          this.events.log(
            `${name} has no ${PRODUCTION} version yet; its predictions answer 503 until one is promoted`,
          );
        }
      }
      await this.#bring(dep, target);
    }
    this.#signal = signal;
  }

  #retryDue(): boolean {
    const now = Date.now();
    for (const dep of this.#models.values()) {
      if (
        dep.refused &&
        dep.target?.digest === dep.refused.digest &&
        now - dep.refused.at >= RETRY_FAILED_MS
      ) {
        return true;
      }
    }
    return false;
  }

  async #bring(dep: Deployment, target: AliasTarget | undefined): Promise<void> {
    dep.target = target;
    // An alias that disappears keeps the loaded version serving: taking a model down is not a registry edit.
    if (!target) return;
    const current = dep.production;
    if (current && current.digest === target.digest && current.version === target.version) {
      dep.refused = undefined; // the alias came back to what is served (a rollback after a refusal)
      return;
    }
    const refused = dep.refused;
    if (
      refused &&
      refused.digest === target.digest &&
      refused.version === target.version &&
      Date.now() - refused.at < RETRY_FAILED_MS
    ) {
      return;
    }
    let next: LoadedModel;
    try {
      await this.source.verify(target.digest);
      next = await loadVersion(
        dep.name,
        target.version,
        target.digest,
        this.source.artifactDir(target.digest),
      );
    } catch (err) {
      const message = errorMessage(err);
      const same = refused?.digest === target.digest && refused.message === message;
      dep.refused = { version: target.version, digest: target.digest, message, at: Date.now() };
      if (!same) {
        const still = current ? `still serving v${current.version}` : "nothing is served for it";
        this.events.log(
          `error: refused ${dep.name} v${target.version} (${PRODUCTION}): ${message}; ${still}`,
        );
      }
      return;
    }
    if (this.#closed) {
      next.retire();
      return;
    }
    // The swap: one assignment. Requests that already hold `current` finish on it; it is disposed after them.
    dep.production = next;
    dep.refused = undefined;
    this.metrics.modelVersion.set({ model: dep.name }, next.version);
    current?.retire();
    this.events.serving(dep.name, next.version, current?.version);
  }

  /** Stops polling, waits for a load in progress, and releases every model once its requests finish. */
  async close(): Promise<void> {
    this.#closed = true;
    if (this.#timer) clearTimeout(this.#timer);
    await this.#running;
    for (const dep of this.#models.values()) {
      dep.production?.retire();
      dep.production = undefined;
    }
  }
}

function errorMessage(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split("\n")[0]!;
}
