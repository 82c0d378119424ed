// The model registry (MLflow-like): per model, immutable numbered versions, movable aliases (production,
// previous, canary, ...) and the full history of every alias move. One JSON file per model,
// `<root>/models/<model>.json`; an input-key index `<root>/keys/<key>.json` maps inputs to artifacts.
//
// Durability: every change is a read-modify-write inside a proper-lockfile lock on the model file, written
// with write-file-atomic (temp file + fsync + rename), so two processes never lose each other's updates and a
// reader (or a process killed mid-write) never leaves or sees half a file. A lock left by a killed process
// goes stale after `lockStaleMs` and is taken over. A file that cannot be read is never reset: every call
// that touches it fails with one line naming it.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import lockfile from "proper-lockfile";
import { MODEL_NAME_RE } from "../config/names.ts";
import { ModelopsError } from "../errors.ts";
import { makeDirs } from "../make-dirs.ts";
import { errCode, shown, sweep, writeAtomic } from "./fsutil.ts";
import { isKey, sha256Hex } from "./key.ts";
import type { ModelStore, ServingStatus, StoreProblem } from "./model-store.ts";
import type { AliasEvent, AliasMeta, NewVersion, RollbackResult, Traffic, Version } from "./records.ts";
import { type ArtifactManifest, ArtifactStore, type PutResult } from "./store.ts";

export const REGISTRY_MODEL_SCHEMA = "modelops/registry-model@1";
export const DEFAULT_REGISTRY_ROOT = ".modelops";

export interface ModelRecord {
  schema: typeof REGISTRY_MODEL_SCHEMA;
  model: string;
  versions: Version[];
  aliases: Record<string, number>;
  history: AliasEvent[];
  /**
   * Traffic set by a rollout running outside the model server (`modelops monitor canary`): the share of
   * requests on the `canary` label. Model servers following this registry apply it over their config.
   */
  traffic?: Traffic;
}

export interface KeyEntry {
  digest: string;
  model: string;
  createdAt: string;
}

export interface RegistryOptions {
  /** Create the root when it does not exist (default true). Read-only tools pass false. */
  create?: boolean;
  /** A lock whose holder stopped refreshing it for this long is taken over (min 2000, default 5000). */
  lockStaleMs?: number;
  /** Give up waiting for a lock after this long (default max(30 s, 3 x lockStaleMs)). */
  lockWaitMs?: number;
}

const ALIAS_RE = /^[a-z][a-z0-9_-]{0,62}$/;
const DIGEST_RE = /^[0-9a-f]{64}$/;
const LEFTOVER_RE = /\.json\.(\d+|lock)$/;
const LEFTOVER_MAX_AGE_MS = 10 * 60 * 1000;

/** In-process queue per locked file, so callers in one process wait their turn instead of polling the lock. */
const queues = new Map<string, Promise<unknown>>();

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class Registry implements ModelStore {
  readonly modelsDir: string;
  readonly keysDir: string;
  private readonly staleMs: number;
  private readonly waitMs: number;

  private constructor(
    readonly root: string,
    readonly store: ArtifactStore,
    opts: RegistryOptions,
  ) {
    this.modelsDir = path.join(root, "models");
    this.keysDir = path.join(root, "keys");
    this.staleMs = Math.max(2000, opts.lockStaleMs ?? 5000);
    this.waitMs = opts.lockWaitMs ?? Math.max(30_000, 3 * this.staleMs);
  }

  static async open(root: string = DEFAULT_REGISTRY_ROOT, opts: RegistryOptions = {}): Promise<Registry> {
    const abs = path.resolve(root);
    if (opts.create === false) {
      try {
        await readdir(abs);
      } catch (e) {
        if (errCode(e) === "ENOENT") {
          throw new ModelopsError(
            `registry ${shown(abs)} not found; run \`modelops run\` first or pass --registry PATH`,
          );
        }
        throw e;
      }
    }
    const store = await ArtifactStore.open(abs);
    const reg = new Registry(abs, store, opts);
    await makeDirs(reg.modelsDir);
    await makeDirs(reg.keysDir);
    // temp files of write-file-atomic and lock folders left by killed writers
    for (const d of [reg.modelsDir, reg.keysDir]) await sweep(d, LEFTOVER_MAX_AGE_MS, LEFTOVER_RE);
    return reg;
  }

  get uri(): string {
    return `fs:${this.root}`;
  }

  // ---- reading -------------------------------------------------------------------------------------------

  async models(): Promise<string[]> {
    const names = await readdir(this.modelsDir);
    return names
      .filter((n) => n.endsWith(".json"))
      .map((n) => n.slice(0, -".json".length))
      .filter((n) => MODEL_NAME_RE.test(n))
      .sort();
  }

  /** The model's whole record, or undefined when the registry has never seen it. */
  async get(model: string): Promise<ModelRecord | undefined> {
    return (await this.readRecord(model)).record;
  }

  async listVersions(model: string): Promise<Version[]> {
    return (await this.get(model))?.versions ?? [];
  }

  async getVersion(model: string, version: number): Promise<Version | undefined> {
    return (await this.listVersions(model)).find((v) => v.version === version);
  }

  /** The newest version built from `key`, so a caller can reuse it instead of registering a duplicate. */
  async findVersionByKey(model: string, key: string): Promise<Version | undefined> {
    const versions = await this.listVersions(model);
    for (let i = versions.length - 1; i >= 0; i--) if (versions[i]!.key === key) return versions[i];
    return undefined;
  }

  async resolveAlias(model: string, alias: string): Promise<Version | undefined> {
    const rec = await this.get(model);
    const n = rec?.aliases[alias];
    return n === undefined ? undefined : rec!.versions.find((v) => v.version === n);
  }

  async history(model: string): Promise<AliasEvent[]> {
    return (await this.get(model))?.history ?? [];
  }

  async aliases(model: string): Promise<Record<string, number>> {
    return { ...((await this.get(model))?.aliases ?? {}) };
  }

  async traffic(model: string): Promise<Traffic | undefined> {
    return (await this.get(model))?.traffic;
  }

  /** The fs store has no signed records to skip: a corrupt file fails loudly instead. */
  problems(): StoreProblem[] {
    return [];
  }

  /** The artifact folder of `version`, every file verified against its manifest first. */
  async materialize(model: string, version: number): Promise<string> {
    const v = await this.getVersion(model, version);
    if (!v) {
      const n = (await this.listVersions(model)).length;
      throw new ModelopsError(
        `${model} has no version ${version} (${n === 0 ? "no versions yet" : `versions 1-${n}`}) in ${shown(this.root)}`,
        1,
      );
    }
    await this.store.verifyArtifact(v.digest);
    return this.store.artifactDir(v.digest);
  }

  /**
   * Records what a server does with a version (`status/<model>.json`, newest status per alias and replica),
   * the local counterpart of a GitHub deployment status; `modelops registry show` can read it.
   */
  async reportServing(model: string, alias: string, version: number, status: ServingStatus): Promise<void> {
    checkAlias(alias);
    const dir = path.join(this.root, "status");
    await makeDirs(dir);
    const file = path.join(dir, `${checkModel(model)}.json`);
    await this.withLock(file, async () => {
      let all: Record<string, Record<string, unknown>> = {};
      try {
        all = JSON.parse(await readFile(file, "utf8")) as typeof all;
      } catch {
        // absent or unreadable: a status file is a report, rebuilt by the next one
      }
      all[alias] = {
        ...(all[alias] ?? {}),
        [status.replica]: { version, ...status, at: new Date().toISOString() },
      };
      await writeAtomic(file, `${JSON.stringify(all, null, 2)}\n`);
    });
  }

  /**
   * A cheap change signal for pollers (the model server): a hash of the model file, or of every model file
   * when `model` is left out. It changes whenever a version is added or an alias moves.
   */
  async revision(model?: string): Promise<string> {
    const names = model === undefined ? await this.models() : [checkModel(model)];
    const parts: string[] = [];
    for (const name of names) {
      try {
        parts.push(`${name}:${sha256Hex(await readFile(this.modelFile(name)))}`);
      } catch (e) {
        if (errCode(e) !== "ENOENT") throw e;
        parts.push(`${name}:absent`);
      }
    }
    return sha256Hex(parts.join("\n"));
  }

  // ---- writing -------------------------------------------------------------------------------------------

  async createVersion(model: string, input: NewVersion): Promise<Version> {
    if (!isKey(input.key)) throw new ModelopsError(`version key "${input.key}" is not a sha256 input key`);
    if (!DIGEST_RE.test(input.digest)) {
      throw new ModelopsError(`version digest "${input.digest}" is not a sha256 artifact digest`);
    }
    return this.mutate(model, (rec) => {
      // A version is minted only for a new artifact: the same inputs and artifact are that version again.
      const known = rec.versions.findLast((v) => v.key === input.key && v.digest === input.digest);
      if (known) return known;
      const version: Version = {
        version: rec.versions.reduce((m, v) => Math.max(m, v.version), 0) + 1,
        key: input.key,
        digest: input.digest,
        createdAt: new Date().toISOString(),
        ...(input.commit !== undefined && { commit: input.commit }),
        ...(input.tag !== undefined && { tag: input.tag }),
        ...(input.metrics !== undefined && { metrics: input.metrics }),
        ...(input.source !== undefined && { source: input.source }),
        ...(input.pr !== undefined && { pr: input.pr }),
        ...(input.measured !== undefined && { measured: input.measured }),
        ...(input.approvers !== undefined && { approvers: input.approvers }),
        ...(input.override !== undefined && { override: input.override }),
      };
      rec.versions.push(version);
      return version;
    });
  }

  /**
   * Point `alias` at `version`. Moving `production` also moves `previous` to the old production. Returns the
   * history events recorded (none when the alias already points there).
   */
  async setAlias(model: string, alias: string, version: number, meta: AliasMeta): Promise<AliasEvent[]> {
    checkAlias(alias);
    return this.mutate(model, (rec) => {
      requireVersion(rec, version);
      const from = rec.aliases[alias] ?? null;
      if (from === version) return [];
      const events = [move(rec, alias, version, meta)];
      if (alias === "production" && from !== null && (rec.aliases.previous ?? null) !== from) {
        events.push(move(rec, "previous", from, meta));
      }
      return events;
    });
  }

  /**
   * Sets (or, with undefined, clears) the share of the model's traffic on its `canary` label, for model
   * servers in other processes. Not an alias move, so not in the history: the rollout records its outcome.
   */
  async setTraffic(model: string, canaryPercent: number | undefined, meta: AliasMeta): Promise<void> {
    if (canaryPercent !== undefined && !(canaryPercent >= 0 && canaryPercent <= 100)) {
      throw new ModelopsError(`canary traffic ${canaryPercent}% is not between 0 and 100`);
    }
    await this.mutate(model, (rec) => {
      if (canaryPercent === undefined) delete rec.traffic;
      else
        rec.traffic = {
          canaryPercent,
          at: new Date().toISOString(),
          reason: meta.reason,
          ...(meta.actor !== undefined && { actor: meta.actor }),
        };
    });
  }

  /** Remove an alias (e.g. `canary` after a rollout); recorded in history with `to: null`. */
  async deleteAlias(model: string, alias: string, meta: AliasMeta): Promise<AliasEvent[]> {
    checkAlias(alias);
    return this.mutate(model, (rec) =>
      rec.aliases[alias] === undefined ? [] : [move(rec, alias, null, meta)],
    );
  }

  promote(model: string, version: number, meta: AliasMeta): Promise<AliasEvent[]> {
    return this.setAlias(model, "production", version, meta);
  }

  /**
   * production -> previous. `previous` then walks one step further back (to the production that preceded
   * it), so a second rollback never redeploys the version just rolled back from; to undo a rollback,
   * promote that version again.
   */
  async rollback(model: string, meta: AliasMeta): Promise<RollbackResult> {
    return this.mutate(model, (rec) => {
      const from = rec.aliases.production;
      if (from === undefined) {
        throw new ModelopsError(`${model} has no production version, so there is nothing to roll back`, 1);
      }
      const to = rec.aliases.previous;
      if (to === undefined) {
        throw new ModelopsError(
          `${model} has no previous version to roll back to (production is v${from}); promote a version instead`,
          1,
        );
      }
      requireVersion(rec, to);
      let earlier: number | null = null;
      for (let i = rec.history.length - 1; i >= 0; i--) {
        const e = rec.history[i]!;
        if (e.alias === "production" && e.to === to) {
          earlier = e.from;
          break;
        }
      }
      if (earlier === from || earlier === to || !rec.versions.some((v) => v.version === earlier))
        earlier = null;
      const m: AliasMeta = { ...meta, kind: meta.kind ?? "rollback" };
      const events = [move(rec, "production", to, m), move(rec, "previous", earlier, m)];
      return { from, to, events };
    });
  }

  // ---- artifacts (the store under the same root) --------------------------------------------------------

  artifactDir(digest: string): string {
    return this.store.artifactDir(digest);
  }

  hasArtifact(digest: string): Promise<boolean> {
    return this.store.has(digest);
  }

  putArtifact(srcDir: string, opts: { include?: string[] } = {}): Promise<PutResult> {
    return this.store.putArtifact(srcDir, opts);
  }

  verifyArtifact(digest: string): Promise<ArtifactManifest> {
    return this.store.verifyArtifact(digest);
  }

  // ---- input keys ----------------------------------------------------------------------------------------

  async lookupKey(key: string): Promise<KeyEntry | undefined> {
    const file = this.keyFile(key);
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (e) {
      if (errCode(e) === "ENOENT") return undefined;
      throw e;
    }
    try {
      const entry = JSON.parse(text) as KeyEntry;
      if (typeof entry?.digest !== "string" || typeof entry.model !== "string")
        throw new Error("missing digest");
      return entry;
    } catch (e) {
      throw new ModelopsError(
        `${shown(file)}: corrupt key index entry (${(e as Error).message}); delete it and the next run rebuilds it`,
      );
    }
  }

  /** Map `key` to `digest` (the newest record wins: it is written after a miss or a missing artifact). */
  async recordKey(key: string, digest: string, model: string): Promise<KeyEntry> {
    checkModel(model);
    if (!DIGEST_RE.test(digest)) throw new ModelopsError(`artifact digest "${digest}" is not a sha256`);
    const file = this.keyFile(key);
    return this.withLock(file, async () => {
      const old = await this.lookupKey(key).catch(() => undefined);
      if (old && old.digest === digest && old.model === model) return old;
      const entry: KeyEntry = { digest, model, createdAt: new Date().toISOString() };
      await writeAtomic(file, `${JSON.stringify(entry, null, 2)}\n`);
      return entry;
    });
  }

  // ---- internals -----------------------------------------------------------------------------------------

  modelFile(model: string): string {
    return path.join(this.modelsDir, `${checkModel(model)}.json`);
  }

  private keyFile(key: string): string {
    if (!isKey(key)) throw new ModelopsError(`"${key}" is not an input key (64 lowercase hex characters)`);
    return path.join(this.keysDir, `${key}.json`);
  }

  private async readRecord(
    model: string,
  ): Promise<{ text: string | undefined; record: ModelRecord | undefined }> {
    const file = this.modelFile(model);
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (e) {
      if (errCode(e) === "ENOENT") return { text: undefined, record: undefined };
      throw new ModelopsError(`${shown(file)}: cannot read registry file (${(e as Error).message})`);
    }
    return { text, record: parseRecord(text, file, model) };
  }

  /** Read-modify-write of one model file under its lock. `fn` mutates the record or throws (nothing written). */
  private mutate<T>(model: string, fn: (rec: ModelRecord) => T): Promise<T> {
    const file = this.modelFile(model);
    return this.withLock(file, async (lost) => {
      for (let attempt = 0; ; attempt++) {
        const { text, record } = await this.readRecord(model);
        const rec: ModelRecord = record ?? {
          schema: REGISTRY_MODEL_SCHEMA,
          model,
          versions: [],
          aliases: {},
          history: [],
        };
        const result = fn(rec);
        const next = `${JSON.stringify(rec, null, 2)}\n`;
        if (next === text) return result;
        // Belt and braces: if the lock was taken over while we held it (a stalled process), another writer
        // may have changed the file since we read it; start again rather than overwrite its update.
        const now = await readFile(file, "utf8").catch((e) =>
          errCode(e) === "ENOENT" ? undefined : Promise.reject(e),
        );
        if (lost()) {
          throw new ModelopsError(
            `${shown(file)}: lost its lock (this process stalled for over ${this.staleMs} ms and another took it over); nothing was written, try again`,
          );
        }
        if (now !== text) {
          if (attempt < 5) continue;
          throw new ModelopsError(
            `${shown(file)} kept changing under its lock; another process holds it too long, try again`,
          );
        }
        await writeAtomic(file, next);
        return result;
      }
    });
  }

  private withLock<T>(file: string, fn: (lost: () => boolean) => Promise<T>): Promise<T> {
    const prev = queues.get(file) ?? Promise.resolve();
    const run = prev.catch(() => undefined).then(() => this.lockAndRun(file, fn));
    const tail = run.catch(() => undefined);
    queues.set(file, tail);
    void tail.then(() => {
      if (queues.get(file) === tail) queues.delete(file);
    });
    return run;
  }

  private async lockAndRun<T>(file: string, fn: (lost: () => boolean) => Promise<T>): Promise<T> {
    let compromised = false;
    const deadline = Date.now() + this.waitMs;
    let delay = 5;
    let release: () => Promise<void>;
    for (;;) {
      try {
        release = await lockfile.lock(file, {
          realpath: false,
          stale: this.staleMs,
          retries: 0,
          onCompromised: () => {
            compromised = true;
          },
        });
        break;
      } catch (e) {
        if (errCode(e) !== "ELOCKED") throw e;
        if (Date.now() > deadline) {
          throw new ModelopsError(
            `${shown(file)} is locked by another modelops process (${shown(`${file}.lock`)}); wait for it to finish, or delete that folder if no modelops process is running`,
          );
        }
        await sleep(delay * (0.5 + Math.random()));
        delay = Math.min(delay * 1.5, 100);
      }
    }
    try {
      return await fn(() => compromised);
    } finally {
      await release().catch(() => undefined);
    }
  }
}

function checkModel(model: string): string {
  if (!MODEL_NAME_RE.test(model)) {
    throw new ModelopsError(
      `model name "${model}" is invalid: use lowercase letters, digits, . _ - (as in modelops.yaml)`,
    );
  }
  return model;
}

function checkAlias(alias: string): void {
  if (!ALIAS_RE.test(alias)) {
    throw new ModelopsError(
      `alias "${alias}" is invalid: use lowercase letters, digits, _ - (e.g. production)`,
    );
  }
}

function requireVersion(rec: ModelRecord, version: number): void {
  if (!rec.versions.some((v) => v.version === version)) {
    const n = rec.versions.length;
    throw new ModelopsError(
      `${rec.model} has no version ${version} (${n === 0 ? "no versions yet" : `versions 1-${n}`}); see \`modelops registry show ${rec.model}\``,
    );
  }
}

function move(rec: ModelRecord, alias: string, to: number | null, meta: AliasMeta): AliasEvent {
  const from = rec.aliases[alias] ?? null;
  if (to === null) delete rec.aliases[alias];
  else rec.aliases[alias] = to;
  const event: AliasEvent = {
    at: new Date().toISOString(),
    alias,
    from,
    to,
    reason: meta.reason,
    ...(meta.actor !== undefined && { actor: meta.actor }),
    ...(meta.commit !== undefined && { commit: meta.commit }),
    ...(meta.kind !== undefined && { kind: meta.kind }),
  };
  rec.history.push(event);
  return event;
}

function parseRecord(text: string, file: string, model: string): ModelRecord {
  const fail = (why: string): never => {
    throw new ModelopsError(
      `${shown(file)}: corrupt registry file (${why}); restore it from a backup — modelops will not overwrite it`,
    );
  };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return fail((e as Error).message);
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return fail("not a JSON object");
  const r = raw as Partial<ModelRecord>;
  if (!Array.isArray(r.versions)) return fail('"versions" is not a list');
  if (typeof r.aliases !== "object" || r.aliases === null || Array.isArray(r.aliases)) {
    return fail('"aliases" is not an object');
  }
  if (!Array.isArray(r.history)) return fail('"history" is not a list');
  r.versions.forEach((v, i) => {
    if (typeof v?.version !== "number" || typeof v.key !== "string" || typeof v.digest !== "string") {
      fail(`versions[${i}] lacks version, key or digest`);
    }
  });
  for (const [alias, n] of Object.entries(r.aliases)) {
    if (typeof n !== "number") fail(`alias "${alias}" is not a version number`);
  }
  if (r.traffic !== undefined && typeof r.traffic?.canaryPercent !== "number") {
    fail('"traffic.canaryPercent" is not a number');
  }
  return {
    schema: REGISTRY_MODEL_SCHEMA,
    model: typeof r.model === "string" ? r.model : model,
    versions: r.versions,
    aliases: r.aliases as Record<string, number>,
    history: r.history,
    ...(r.traffic && { traffic: r.traffic }),
  };
}
