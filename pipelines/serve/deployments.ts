// What the server serves: for each model in the registry, every alias (production, canary, previous, ...) as
// a label, plus pinned versions, kept in step with the registry by polling a cheap change signal. A move of
// an alias loads, verifies and warms the new version before one atomic swap of the model's state; requests
// that hold the old version finish on it, and it is disposed after them (LoadedModel's reference count).
import type { BatchingOptions } from "./batcher.ts";
import { HttpError } from "./http-error.ts";
import { type LoadedModel, loadVersion } from "./loaded-model.ts";
import type { ServeMetrics } from "./metrics.ts";
import { DEFAULT_POLICY, type ModelPolicy, trafficBucket } from "./policy.ts";
import type { AliasTarget, ModelTargets, RegistrySource } from "./registry-source.ts";
import { isTransient, retryAfterMs, type ServingState } from "./reporter.ts";

export const PRODUCTION = "production";
export const CANARY = "canary";

/** A failed load is tried again after this long even when the registry does not change. */
const RETRY_FAILED_MS = 30_000;
/** The longest wait between polls while the store keeps failing (unless it asks for longer: Retry-After). */
const MAX_BACKOFF_MS = 120_000;
/**
 * How long after a load (or the server's start) a version's deferred onnxruntime trial waits: long enough
 * for the readiness probe in flight to be answered before onnxruntime's native load holds the event loop.
 */
const ENGINE_TRIAL_DELAY_MS = 500;

export interface Refusal {
  version: number;
  digest: string;
  message: string;
  at: number;
}

/** What a model serves at one moment. Replaced as a whole on every change, never edited in place. */
export interface ServedState {
  /** Label -> the version it serves. */
  readonly labels: ReadonlyMap<string, LoadedModel>;
  /** Every loaded version (labelled or pinned). */
  readonly versions: ReadonlyMap<number, LoadedModel>;
}

const EMPTY: ServedState = { labels: new Map(), versions: new Map() };

export class Deployment {
  state: ServedState = EMPTY;
  /** What the registry's aliases name now (may differ from `state` while loading or after a refusal). */
  targets = new Map<string, AliasTarget>();
  /** Versions that could not be served, and why. Cleared by a successful load. */
  readonly refused = new Map<number, Refusal>();
  readonly loading = new Set<number>();
  /** Pinned versions the registry does not have (logged once). */
  readonly missingPinned = new Set<number>();
  policy: ModelPolicy = DEFAULT_POLICY;
  /** The canary share the registry sets (a rollout in another process), if any. */
  canaryPercent: number | undefined;

  constructor(
    readonly name: string,
    /** The label that answers requests naming no version or label. */
    readonly defaultLabel: string,
  ) {}

  /** The version the default label serves now. */
  get production(): LoadedModel | undefined {
    return this.state.labels.get(this.defaultLabel);
  }
}

/** Where one request goes. */
export interface Route {
  loaded: LoadedModel;
  /** The label that answers, or "" when the client named a version. */
  label: string;
  /** The version a copy of the request is mirrored to (strategy shadow). */
  shadow?: LoadedModel;
}

export interface DeploymentEvents {
  /** A label now serves `version` (first load or swap); `previous` is what it served before. */
  serving(model: string, label: string, version: number, previous: number | undefined): void;
  /** What this replica does with the version an alias names: loading it, serving it, or refusing it. */
  status?(model: string, alias: string, version: number, state: ServingState, description: string): void;
  /** The aliases the model has in the store now (after each read). */
  aliases?(model: string, aliases: string[]): void;
  log(line: string): void;
}

export interface DeploymentsOptions {
  defaultLabel: string;
  /** The policy of a model; `canaryPercent`: the canary share the registry sets, if any. */
  policyFor(model: string, canaryPercent?: number): ModelPolicy;
  queueTimeoutMs?: number;
}

export class Deployments {
  readonly #models = new Map<string, Deployment>();
  #signal: string | undefined;
  #lastError: string | undefined;
  #lastWhat: string | undefined;
  /** Polls in a row that could not read the store (or fetch an artifact): the backoff's exponent. */
  #failures = 0;
  /** How long the store asked to be left alone after the last failure (Retry-After). */
  #retryAfterMs: number | undefined;
  /** The store was read once at least (until then the server is not ready). */
  #read = false;
  readonly #problemsSeen = new Set<string>();
  #closed = false;
  #timer: NodeJS.Timeout | undefined;
  #chain: Promise<void> = Promise.resolve();
  /** Loaded versions whose onnxruntime trial is still to run (LoadedModel.settleEngine), oldest first. */
  readonly #untried: Array<[Deployment, LoadedModel]> = [];
  /** Trials run once the server polls (it is listening and ready), ENGINE_TRIAL_DELAY_MS after a load. */
  #trialsOn = false;
  #trialTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly source: RegistrySource,
    private readonly metrics: ServeMetrics,
    private readonly events: DeploymentEvents,
    private readonly opts: DeploymentsOptions,
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

  /** Every loaded version of every model (the queue-depth metric). */
  *loaded(): Iterable<LoadedModel> {
    for (const dep of this.#models.values()) yield* dep.state.versions.values();
  }

  /** Every loaded version with the labels it serves now ("production", "canary,production", or "pinned"). */
  *loadedWithLabels(): Iterable<[LoadedModel, string]> {
    for (const dep of this.#models.values()) {
      for (const loaded of dep.state.versions.values()) yield [loaded, servedAs(dep, loaded.version)];
    }
  }

  /** Whether the store has been read at least once. */
  get read(): boolean {
    return this.#read;
  }

  /** Why the last read of the store failed, while it keeps failing. */
  get lastError(): string | undefined {
    return this.#lastWhat;
  }

  /**
   * Polls every `pollMs` until close(); polls never overlap. While the store fails, the wait doubles from
   * one poll to the next (up to MAX_BACKOFF_MS, or longer when the store said Retry-After), so a replica
   * never hammers a GitHub that is down or rate-limiting it; the first good read returns to `pollMs`.
   */
  startPolling(pollMs: number, alsoEachPoll?: () => Promise<void>): void {
    this.#trialsOn = true;
    this.#scheduleTrials();
    const tick = () => {
      if (this.#closed) return;
      const run = async () => {
        await alsoEachPoll?.();
        await this.sync();
      };
      run().finally(() => {
        if (!this.#closed) {
          this.#timer = setTimeout(tick, this.nextPollDelay(pollMs));
          this.#timer.unref();
        }
      });
    };
    this.#timer = setTimeout(tick, pollMs);
    this.#timer.unref();
  }

  /** The wait before the next poll: `pollMs`, or the backoff after failed polls. */
  nextPollDelay(pollMs: number): number {
    if (this.#failures === 0) return pollMs;
    const backoff = Math.min(pollMs * 2 ** this.#failures, Math.max(pollMs, MAX_BACKOFF_MS));
    // +-10% jitter, so replicas that failed together do not come back in lockstep
    const jittered = backoff * (0.9 + 0.2 * Math.random());
    return Math.max(jittered, this.#retryAfterMs ?? 0);
  }

  /** Reads the registry when its change signal moved and brings every model to what its aliases name. */
  sync(force = false): Promise<void> {
    const next = this.#chain.then(() => this.#sync(force));
    this.#chain = next.catch(() => {});
    return next;
  }

  async #sync(force: boolean): Promise<void> {
    if (this.#closed) return;
    let signal: string;
    let targets: Map<string, ModelTargets>;
    try {
      signal = await this.source.signal();
      if (!force && signal === this.#signal && !this.#retryDue()) {
        this.#recovered();
        return;
      }
      targets = await this.source.targets();
    } catch (err) {
      this.#failed(err, `cannot read registry ${this.source.uri}: ${errorMessage(err)}`);
      return;
    }
    this.#logProblems();
    let unavailable: unknown;
    for (const [name, target] of targets) {
      if (this.#closed) return;
      let dep = this.#models.get(name);
      if (!dep) {
        dep = new Deployment(name, this.opts.defaultLabel);
        dep.canaryPercent = target.canaryPercent;
        dep.policy = this.opts.policyFor(name, dep.canaryPercent);
        this.#models.set(name, dep);
        if (!target.aliases.has(this.opts.defaultLabel)) {
          this.events.log(
            `${name} has no ${this.opts.defaultLabel} version yet; its predictions answer 503 until one is promoted`,
          );
        }
      } else if (dep.canaryPercent !== target.canaryPercent) {
        dep.canaryPercent = target.canaryPercent;
        dep.policy = this.opts.policyFor(name, dep.canaryPercent);
        this.events.log(
          `${name}: canary traffic ${dep.canaryPercent === undefined ? "back to the config" : `${dep.canaryPercent}%`} (registry)`,
        );
      }
      unavailable ??= await this.#bring(dep, target);
    }
    if (unavailable !== undefined) {
      // An artifact could not be fetched (the store went down mid-read): keep the old signal, so the next
      // poll tries again even if nothing changes in the store.
      this.#failed(
        unavailable,
        `cannot fetch an artifact from ${this.source.uri}: ${errorMessage(unavailable)}`,
      );
      return;
    }
    this.#signal = signal;
    this.#read = true;
    this.#recovered();
  }

  #failed(err: unknown, what: string): void {
    this.#failures++;
    this.#retryAfterMs = retryAfterMs(err);
    this.#lastWhat = what;
    const message = `error: ${what}; still serving what is loaded, trying again`;
    if (message !== this.#lastError) this.events.log(message);
    this.#lastError = message;
  }

  #recovered(): void {
    if (this.#failures > 0 && this.#lastError) {
      this.events.log(`registry ${this.source.uri} answers again`);
    }
    this.#failures = 0;
    this.#retryAfterMs = undefined;
    this.#lastError = undefined;
    this.#lastWhat = undefined;
  }

  /** Records the store skipped (unsigned, edited, unknown signer): one line each, once. */
  #logProblems(): void {
    for (const p of this.source.problems()) {
      const line = `error: ${this.source.uri}: skipped ${p.where}: ${p.why}`;
      if (this.#problemsSeen.has(line)) continue;
      this.#problemsSeen.add(line);
      this.events.log(line);
    }
  }

  /** Applies a new policy to every model (a changed modelops.yaml); loads newly pinned versions. */
  async updatePolicies(): Promise<void> {
    for (const dep of this.#models.values()) {
      dep.policy = this.opts.policyFor(dep.name, dep.canaryPercent);
      for (const loaded of dep.state.versions.values()) this.#configure(dep, loaded);
    }
    await this.sync(true);
  }

  #configure(dep: Deployment, loaded: LoadedModel): void {
    loaded.configure(this.#loadOptions(dep, loaded.version));
  }

  #loadOptions(dep: Deployment, version: number) {
    const batchSize = this.metrics.batchSize;
    // A batch serves every label of its version; the label set is read per batch (labels move on swaps).
    return {
      batching: dep.policy.batching as BatchingOptions | undefined,
      onBatch: (rows: number) =>
        batchSize.observe({ model: dep.name, version: String(version), label: servedAs(dep, version) }, rows),
      ...(this.opts.queueTimeoutMs !== undefined && { queueTimeoutMs: this.opts.queueTimeoutMs }),
      deferOnnx: true,
      log: (line: string) => this.events.log(line),
    };
  }

  #retryDue(): boolean {
    const now = Date.now();
    for (const dep of this.#models.values()) {
      for (const r of dep.refused.values()) if (now - r.at >= RETRY_FAILED_MS) return true;
    }
    return false;
  }

  /** Loads what the targets name and swaps; returns the error of an artifact the store could not deliver now. */
  async #bring(dep: Deployment, target: ModelTargets): Promise<unknown> {
    dep.targets = target.aliases;
    const current = dep.state;
    const wanted = this.#wantedVersions(dep, target);
    const loadedNow = new Map<number, LoadedModel>();
    let unavailable: unknown;
    for (const [version, digest] of wanted) {
      const loaded = await this.#loadIfNeeded(dep, target, current, version, digest).catch((err) => {
        // The store is down or rate-limiting: not a verdict on the version; tried again next poll.
        unavailable ??= err;
        return undefined;
      });
      if (loaded) loadedNow.set(version, loaded);
    }
    if (this.#closed) {
      for (const l of loadedNow.values()) l.retire();
      return unavailable;
    }
    this.#swap(dep, target, current, wanted, loadedNow);
    this.#reportStatuses(dep, target);
    this.#scheduleTrials();
    return unavailable;
  }

  /** The versions wanted in memory: every alias's, and the pinned ones the registry has. */
  #wantedVersions(dep: Deployment, target: ModelTargets): Map<number, string> {
    const wanted = new Map<number, string>();
    for (const t of target.aliases.values()) wanted.set(t.version, t.digest);
    for (const v of dep.policy.pinned) {
      const digest = target.versions.get(v);
      if (digest !== undefined) wanted.set(v, digest);
      else if (!dep.missingPinned.has(v)) {
        dep.missingPinned.add(v);
        this.events.log(
          `error: ${dep.name} v${v} is pinned in the config but the registry has no such version`,
        );
      }
    }
    for (const v of dep.refused.keys()) if (!wanted.has(v)) dep.refused.delete(v);
    return wanted;
  }

  /**
   * Loads `version` unless it is in memory already or was refused recently; a refusal is recorded and
   * logged. Rejects with a transient store error (retried at the next poll); resolves undefined otherwise.
   */
  async #loadIfNeeded(
    dep: Deployment,
    target: ModelTargets,
    current: ServedState,
    version: number,
    digest: string,
  ): Promise<LoadedModel | undefined> {
    const have = current.versions.get(version);
    if (have && have.digest === digest) return undefined;
    const refused = dep.refused.get(version);
    if (refused && refused.digest === digest && Date.now() - refused.at < RETRY_FAILED_MS) return undefined;
    const labels = [...target.aliases].filter(([, t]) => t.version === version).map(([l]) => l);
    dep.loading.add(version);
    for (const l of labels) this.events.status?.(dep.name, l, version, "in_progress", `loading v${version}`);
    try {
      const dir = await this.source.materialize(dep.name, version);
      const loaded = await loadVersion(dep.name, version, digest, dir, this.#loadOptions(dep, version));
      this.#logEngine(dep, loaded);
      if (loaded.trial) this.#untried.push([dep, loaded]);
      dep.refused.delete(version);
      return loaded;
    } catch (err) {
      if (isTransient(err)) throw err;
      const message = errorMessage(err);
      const same = refused?.digest === digest && refused.message === message;
      dep.refused.set(version, { version, digest, message, at: Date.now() });
      if (!same) {
        const what = labels.length > 0 ? labels.join(", ") : "pinned";
        const still = labels.map((l) => current.labels.get(l)).find((l): l is LoadedModel => l !== undefined);
        const tail = still ? `still serving v${still.version}` : "nothing is served for it";
        this.events.log(`error: refused ${dep.name} v${version} (${what}): ${message}; ${tail}`);
      }
      return undefined;
    } finally {
      dep.loading.delete(version);
    }
  }

  /** The swap to what the targets name (a label whose version did not load keeps its old one), then metrics and events. */
  #swap(
    dep: Deployment,
    target: ModelTargets,
    current: ServedState,
    wanted: Map<number, string>,
    loadedNow: Map<number, LoadedModel>,
  ): void {
    const pick = (version: number, digest: string): LoadedModel | undefined => {
      const fresh = loadedNow.get(version);
      if (fresh) return fresh;
      const have = current.versions.get(version);
      return have && have.digest === digest ? have : undefined;
    };
    const labels = new Map<string, LoadedModel>();
    const versions = new Map<number, LoadedModel>();
    for (const [label, t] of target.aliases) {
      // A label whose new version cannot load keeps serving the version it served.
      const loaded = pick(t.version, t.digest) ?? current.labels.get(label);
      if (loaded) labels.set(label, loaded);
    }
    // An alias that disappears keeps `production` serving: taking a model down is not a registry edit.
    const prod = current.labels.get(dep.defaultLabel);
    if (!labels.has(dep.defaultLabel) && prod) labels.set(dep.defaultLabel, prod);
    for (const loaded of labels.values()) versions.set(loaded.version, loaded);
    for (const v of dep.policy.pinned) {
      const digest = wanted.get(v);
      const loaded = digest === undefined ? undefined : pick(v, digest);
      if (loaded) versions.set(v, loaded);
    }

    // The swap: one assignment. Requests that picked from the old state finish on what they picked.
    dep.state = { labels, versions };
    const kept = new Set(versions.values());
    for (const old of current.versions.values()) if (!kept.has(old)) old.retire();
    for (const fresh of loadedNow.values()) if (!kept.has(fresh)) fresh.retire();
    this.#announceLabels(dep, current, labels);
  }

  /** The version metric and a serving event per label that moved; a log line per label that went away. */
  #announceLabels(dep: Deployment, before: ServedState, labels: Map<string, LoadedModel>): void {
    for (const [label, loaded] of labels) {
      const was = before.labels.get(label);
      if (was === loaded) continue;
      this.metrics.modelVersion.set({ model: dep.name, label }, loaded.version);
      this.events.serving(dep.name, label, loaded.version, was?.version);
    }
    for (const [label, was] of before.labels) {
      if (labels.has(label)) continue;
      this.metrics.modelVersion.remove({ model: dep.name, label });
      this.events.log(`${dep.name}: label ${label} removed from the registry (it served v${was.version})`);
    }
  }

  /** For every alias: this replica serves the version it names, or refused it (and why). */
  #reportStatuses(dep: Deployment, target: ModelTargets): void {
    this.events.aliases?.(dep.name, [...target.aliases.keys()]);
    if (!this.events.status) return;
    for (const [alias, t] of target.aliases) {
      const served = dep.state.labels.get(alias);
      if (served?.version === t.version && served.digest === t.digest) {
        this.events.status(dep.name, alias, t.version, "success", `serving v${t.version}`);
        continue;
      }
      const refused = dep.refused.get(t.version);
      if (refused && refused.digest === t.digest) {
        const still = served ? `; still serving v${served.version}` : "";
        this.events.status(dep.name, alias, t.version, "failure", `refused: ${refused.message}${still}`);
      }
    }
  }

  /**
   * The version a request goes to: the version or label it names, else the default label, with the traffic
   * policy applied (canary share, shadow mirror). Throws the 404/503 a client should see.
   */
  route(dep: Deployment, version: number | undefined, label: string | undefined, requestId?: string): Route {
    const state = dep.state;
    if (version !== undefined) {
      const loaded = state.versions.get(version);
      if (loaded) return { loaded, label: "" };
      throw this.#missingVersion(dep, version);
    }
    if (label !== undefined) {
      const loaded = state.labels.get(label);
      if (loaded) return { loaded, label };
      throw this.#missingLabel(dep, label);
    }
    const base = state.labels.get(dep.defaultLabel);
    if (!base) throw notLoaded(dep, dep.defaultLabel);
    const policy = dep.policy;
    if (policy.strategy === "direct") return { loaded: base, label: dep.defaultLabel };
    const canary = state.labels.get(CANARY);
    if (!canary || canary === base || dep.defaultLabel === CANARY) {
      return { loaded: base, label: dep.defaultLabel };
    }
    // ab splits like a canary; only what decides it differs (online accuracy, pipelines/monitor/ab.ts).
    if (policy.strategy === "canary" || policy.strategy === "ab") {
      return trafficBucket(requestId) < policy.canaryPercent
        ? { loaded: canary, label: CANARY }
        : { loaded: base, label: dep.defaultLabel };
    }
    return trafficBucket(requestId) < policy.shadowPercent
      ? { loaded: base, label: dep.defaultLabel, shadow: canary }
      : { loaded: base, label: dep.defaultLabel };
  }

  #missingVersion(dep: Deployment, version: number): HttpError {
    const refused = dep.refused.get(version);
    if (refused) {
      return new HttpError(
        503,
        `model "${dep.name}" version ${version} cannot be served: ${refused.message}`,
      );
    }
    if (dep.loading.has(version)) {
      return new HttpError(503, `model "${dep.name}" version ${version} is loading; retry shortly`, 1);
    }
    return new HttpError(
      404,
      `model "${dep.name}" has no version ${version} loaded; available: ${available(dep)}`,
    );
  }

  #missingLabel(dep: Deployment, label: string): HttpError {
    if (dep.targets.has(label)) return notLoaded(dep, label);
    return new HttpError(404, `model "${dep.name}" has no label "${label}"; available: ${available(dep)}`);
  }

  /**
   * Runs the deferred onnxruntime trials a moment from now, one version after another, in the chain that
   * loads do (so a trial never overlaps a load or a close). The delay lets the readiness probe that is
   * waiting be answered first: onnxruntime's native load holds the event loop for a few hundred ms.
   */
  #scheduleTrials(): void {
    if (!this.#trialsOn || this.#closed || this.#trialTimer || this.#untried.length === 0) return;
    this.#trialTimer = setTimeout(() => {
      this.#trialTimer = undefined;
      const next = this.#chain.then(() => this.#runTrials());
      this.#chain = next.catch(() => {});
    }, ENGINE_TRIAL_DELAY_MS);
    this.#trialTimer.unref();
  }

  async #runTrials(): Promise<void> {
    while (!this.#closed && this.#untried.length > 0) {
      const [dep, loaded] = this.#untried.shift()!;
      const choice = await loaded.settleEngine();
      if (choice) this.#logEngine(dep, loaded);
      // Requests that arrived during the trial are answered before the next version's.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  #logEngine(dep: Deployment, loaded: LoadedModel): void {
    const { backend, reason } = loaded.inference;
    this.events.log(
      loaded.trial
        ? `${dep.name} v${loaded.version}: serving on ${backend} until onnxruntime is measured (after ready)`
        : `${dep.name} v${loaded.version}: inference on ${backend} (${reason})`,
    );
  }

  /** Stops polling, waits for a load in progress, and releases every model once its requests finish. */
  async close(): Promise<void> {
    this.#closed = true;
    if (this.#timer) clearTimeout(this.#timer);
    if (this.#trialTimer) clearTimeout(this.#trialTimer);
    await this.#chain;
    for (const dep of this.#models.values()) {
      const state = dep.state;
      dep.state = EMPTY;
      for (const loaded of state.versions.values()) loaded.retire();
    }
  }
}

/** The labels `version` serves, sorted and comma-joined; "pinned" when it serves none (kept by deploy.pinned). */
export function servedAs(dep: Deployment, version: number): string {
  const labels: string[] = [];
  for (const [label, loaded] of dep.state.labels) if (loaded.version === version) labels.push(label);
  return labels.length > 0 ? labels.sort().join(",") : "pinned";
}

/** "1 (previous), 2 (production)": what a client may ask for. */
export function available(dep: Deployment): string {
  const byVersion = new Map<number, string[]>();
  for (const v of dep.state.versions.keys()) byVersion.set(v, []);
  for (const [label, loaded] of dep.state.labels) byVersion.get(loaded.version)?.push(label);
  if (byVersion.size === 0) return "no version is loaded";
  return [...byVersion]
    .sort(([a], [b]) => a - b)
    .map(([v, labels]) => (labels.length > 0 ? `${v} (${labels.sort().join(", ")})` : String(v)))
    .join(", ");
}

export function notLoaded(dep: Deployment, label: string): HttpError {
  const target = dep.targets.get(label);
  if (target) {
    const refused = dep.refused.get(target.version);
    if (refused) {
      return new HttpError(
        503,
        `model "${dep.name}" has no ${label} version loaded: v${refused.version} was refused (${refused.message})`,
      );
    }
    return new HttpError(
      503,
      `model "${dep.name}" v${target.version} (${label}) is loading; retry shortly`,
      1,
    );
  }
  return new HttpError(
    503,
    `model "${dep.name}" has no ${label} version; promote one (modelops registry promote) and retry`,
  );
}

function errorMessage(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split("\n")[0]!;
}
