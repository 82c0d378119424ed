// The github store (`github:OWNER/REPO`): the registry of record on GitHub (docs/ARCHITECTURE.md, "The github
// store"). Version N of model M is release `M/vN` on tag `M/vN`: its body carries the signed record
// (`modelops/release@2`: key, artifact digest and manifest, each asset's sha256, approvals, ...) and its
// assets are the artifact's files (`M-model.zip` for everything below a folder, top-level files by name).
// An alias move is a deployment to environment `M/<alias>` whose payload is a signed alias record
// (`modelops/alias@1`); an environment's signed deployments, oldest first, are the alias's history, and
// deployment statuses say what servers really serve.
//
// Trust: only records signed by a trusted key count. A release anyone with write access made or edited, a
// deployment with a made-up payload, an asset whose bytes changed: each is skipped (problems()) or refused
// (materialize throws naming the file), and never becomes production.
//
// Cost: the two lists every read needs (releases, deployments) are fetched with If-None-Match; a 304 costs
// no rate limit and the cached list is used, so an idle poller spends almost nothing.
import { readFile, rm, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import path from "node:path";
import { MODEL_NAME_RE } from "../config/names.ts";
import { ModelopsError } from "../errors.ts";
import { makeDirs } from "../make-dirs.ts";
import { hashFile } from "./fsutil.ts";
import { canonicalJson, sha256Hex } from "./key.ts";
import type { ModelStore, ServingStatus, StoreProblem } from "./model-store.ts";
import type {
  AliasEvent,
  AliasKind,
  AliasMeta,
  NewVersion,
  Override,
  RollbackResult,
  Traffic,
  Version,
} from "./records.ts";
import { type Signed, type Signer, TrustedKeys } from "./signing.ts";
import {
  ARTIFACT_SCHEMA,
  type ArtifactManifest,
  ArtifactStore,
  listFiles,
  MANIFEST_FILE,
  type ManifestEntry,
  manifestDigest,
} from "./store.ts";
import { TAG_RE, tagOf } from "./tag.ts";
import { readZip, writeZip } from "./zip.ts";

export const RELEASE_RECORD_SCHEMA = "modelops/release@2";
export const ALIAS_RECORD_SCHEMA = "modelops/alias@1";
/** The deployment task of alias moves, so the store tells its deployments from other tools'. */
export const DEPLOY_TASK = "deploy:modelops";

export interface AssetRecord {
  name: string;
  size: number;
  sha256: string;
}

/** What release `M/vN`'s body carries, signed. Writers may add fields (NewVersion.extra); all are signed. */
export interface ReleaseRecord {
  schema: typeof RELEASE_RECORD_SCHEMA;
  model: string;
  version: number;
  key: string;
  /** sha256 of the manifest: the same digest the fs store files the artifact under. */
  digest: string;
  manifest: ArtifactManifest;
  assets: AssetRecord[];
  commit: string;
  pr?: number;
  measured?: string;
  approvers: string[];
  override?: Override;
  metrics?: Record<string, number>;
  source?: string;
  at: string;
  [extra: string]: unknown;
}

export interface AliasRecord {
  schema: typeof ALIAS_RECORD_SCHEMA;
  model: string;
  alias: string;
  /** The version the alias names after the move; null: the alias was removed. */
  version: number | null;
  from: number | null;
  digest: string | null;
  /** A move's kind, or "traffic": the canary's share changed (not an alias move, not in the history). */
  kind: AliasKind | "traffic";
  reason: string;
  actor?: string;
  commit?: string;
  at: string;
  /** kind "traffic": the canary's share, null when cleared. */
  canaryPercent?: number | null;
  /**
   * sha256 of the canonical JSON of the environment's previous signed record (null for the first): the
   * records form a chain, so a signed payload copied into a new deployment (a replay) is out of sequence.
   */
  parent: string | null;
}

/** The parts of a release the store uses (the REST API's release object has many more). */
export interface ReleaseData {
  id: number;
  tag_name: string;
  html_url: string;
  body?: string | null;
  draft?: boolean;
  upload_url: string;
  assets: Array<{ id: number; name: string; size?: number; browser_download_url?: string }>;
}

interface DeploymentData {
  id: number;
  ref: string;
  sha: string;
  task: string;
  environment: string;
  payload: unknown;
  created_at: string;
}

/** A verified version and where it lives. */
export interface ReleaseEntry {
  version: Version;
  record: Signed<ReleaseRecord>;
  release: ReleaseData;
}

export interface AliasDeployment {
  id: number;
  record: Signed<AliasRecord>;
}

interface RequestResult {
  status: number;
  data: unknown;
  headers: Record<string, string | number | undefined>;
}

/** What the store needs of an Octokit: `request` (@octokit/rest and Probot's octokit both have it). */
export interface GitHubClient {
  request(route: string, params?: Record<string, unknown>): Promise<RequestResult>;
}

export interface GitHubStoreOptions {
  owner: string;
  repo: string;
  /** Public keys whose records count (the signer's own key is added). */
  trust?: TrustedKeys;
  /** Signs what this store writes (the App's key, a workflow's key); without one the store is read-only. */
  signer?: Signer;
  /** The local content-addressed cache materialize() downloads into (default ~/.cache/modelops/github/O/R). */
  cacheDir?: string;
}

const ALIAS_RE = /^[a-z][a-z0-9_-]{0,62}$/;
const STATUS_DESCRIPTION_MAX = 140;

export const environmentOf = (model: string, alias: string) => `${model}/${alias}`;

// Records ride in release bodies as hidden HTML comments; <, > and & are escaped so no text closes them.
const safeJson = (value: unknown) =>
  JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");

export function embedRecord(value: unknown): string {
  return `<!-- modelops:release ${safeJson(value)} -->`;
}

export function extractRecord(text: string | null | undefined): unknown {
  if (!text) return undefined;
  const marker = "<!-- modelops:release ";
  const start = text.indexOf(marker);
  if (start < 0) return undefined;
  const end = text.indexOf(" -->", start);
  if (end < 0) return null;
  try {
    return JSON.parse(text.slice(start + marker.length, end));
  } catch {
    return null;
  }
}

/** The manifest (and so the digest) of artifact files given in memory, as the fs store computes it. */
export function manifestOfFiles(files: Map<string, Uint8Array>): ArtifactManifest {
  const entries: ManifestEntry[] = [...files]
    .filter(([p]) => p !== MANIFEST_FILE)
    .map(([p, data]) => ({ path: p, sha256: sha256Hex(data), size: data.length }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { schema: ARTIFACT_SCHEMA, files: entries };
}

/** Files of an artifact as release assets: top-level files by name, everything in folders in `M-model.zip`. */
export async function assetsOfFiles(
  model: string,
  files: Map<string, Uint8Array>,
): Promise<Array<{ name: string; data: Buffer }>> {
  const nested = [...files].filter(([p]) => p.includes("/")).sort(([a], [b]) => (a < b ? -1 : 1));
  const out: Array<{ name: string; data: Buffer }> = [];
  if (nested.length) {
    out.push({
      name: modelZipName(model),
      data: await writeZip(nested.map(([name, data]) => ({ name, data: Buffer.from(data) }))),
    });
  }
  for (const [p, data] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!p.includes("/") && p !== MANIFEST_FILE) out.push({ name: p, data: Buffer.from(data) });
  }
  return out;
}

export const modelZipName = (model: string) => `${model}-model.zip`;

const status = (e: unknown) => (e as { status?: number }).status;

/** An error GitHub answered with, one line, with Retry-After where GitHub gave one (403/429). */
export class GitHubUnavailable extends ModelopsError {
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly retryAfterSeconds: number | undefined,
  ) {
    super(message, 1);
  }
}

function unavailable(e: unknown, what: string): Error {
  if (e instanceof ModelopsError) return e;
  const s = status(e);
  const headers = ((e as { response?: { headers?: Record<string, string> } }).response?.headers ??
    {}) as Record<string, string>;
  const retry = Number(headers["retry-after"]);
  const reset = Number(headers["x-ratelimit-reset"]);
  const retryAfter =
    Number.isFinite(retry) && retry > 0
      ? retry
      : (s === 403 || s === 429) && Number.isFinite(reset) && headers["x-ratelimit-remaining"] === "0"
        ? Math.max(1, reset - Math.floor(Date.now() / 1000))
        : undefined;
  const why = s ? `GitHub answered ${s}` : (e as Error).message;
  return new GitHubUnavailable(
    `${what}: ${why}${retryAfter ? ` (retry after ${retryAfter} s)` : ""}`,
    s,
    retryAfter,
  );
}

export class GitHubStore implements ModelStore {
  readonly uri: string;
  readonly trust: TrustedKeys;
  private readonly signer: Signer | undefined;
  private readonly cacheDir: string;
  private cache?: Promise<ArtifactStore>;
  private readonly lists = new Map<string, { etag: string; items: unknown[] }>();
  private lastProblems: StoreProblem[] = [];

  constructor(
    private readonly client: GitHubClient,
    private readonly opts: GitHubStoreOptions,
  ) {
    this.uri = `github:${opts.owner}/${opts.repo}`;
    this.signer = opts.signer;
    this.trust = opts.trust ?? new TrustedKeys();
    if (opts.signer) this.trust.add(opts.signer);
    this.cacheDir =
      opts.cacheDir ?? path.join(homedir(), ".cache", "modelops", "github", opts.owner, opts.repo);
  }

  private get repoParams() {
    return { owner: this.opts.owner, repo: this.opts.repo };
  }

  // ---- reading -------------------------------------------------------------------------------------------

  async models(): Promise<string[]> {
    const { releases } = await this.read();
    return [...new Set(releases.map((e) => e.record.model))].sort();
  }

  async listVersions(model: string): Promise<Version[]> {
    return (await this.entries(model)).map((e) => e.version);
  }

  async getVersion(model: string, version: number): Promise<Version | undefined> {
    return (await this.entries(model)).find((e) => e.version.version === version)?.version;
  }

  async findVersionByKey(model: string, key: string): Promise<Version | undefined> {
    return (await this.entries(model)).findLast((e) => e.version.key === key)?.version;
  }

  async resolveAlias(model: string, alias: string): Promise<Version | undefined> {
    const n = (await this.aliases(model))[alias];
    return n === undefined ? undefined : this.getVersion(model, n);
  }

  async aliases(model: string): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const d of await this.aliasDeployments(model)) {
      if (d.record.kind === "traffic") continue;
      if (d.record.version === null) delete out[d.record.alias];
      else out[d.record.alias] = d.record.version;
    }
    return out;
  }

  async history(model: string): Promise<AliasEvent[]> {
    return (await this.aliasDeployments(model))
      .filter((d) => d.record.kind !== "traffic")
      .map(({ record: r }) => ({
        at: r.at,
        alias: r.alias,
        from: r.from,
        to: r.version,
        reason: r.reason,
        ...(r.actor !== undefined && { actor: r.actor }),
        ...(r.commit !== undefined && { commit: r.commit }),
        kind: r.kind as AliasKind,
      }));
  }

  async traffic(model: string): Promise<Traffic | undefined> {
    const last = (await this.aliasDeployments(model)).filter((d) => d.record.kind === "traffic").at(-1);
    const r = last?.record;
    if (!r || typeof r.canaryPercent !== "number") return undefined;
    return { canaryPercent: r.canaryPercent, at: r.at, reason: r.reason, ...(r.actor && { actor: r.actor }) };
  }

  /**
   * Changes whenever a release or a deployment is added (or GitHub's first page of either changes): two
   * conditional requests, each a free 304 while nothing changed.
   */
  async revision(_model?: string): Promise<string> {
    const parts: string[] = [];
    for (const route of ["GET /repos/{owner}/{repo}/releases", "GET /repos/{owner}/{repo}/deployments"]) {
      await this.list(route);
      parts.push(`${route}:${this.lists.get(route)?.etag ?? ""}`);
    }
    return sha256Hex(parts.join("\n"));
  }

  problems(): StoreProblem[] {
    return [...this.lastProblems];
  }

  /** Verified versions of `model` with their releases and signed records, oldest first (the bot uses these). */
  async entries(model: string): Promise<ReleaseEntry[]> {
    return (await this.read()).releases.filter((e) => e.record.model === model);
  }

  /** Signed alias records of `model`, oldest first (traffic records included). */
  async aliasDeployments(model: string): Promise<AliasDeployment[]> {
    return (await this.read()).deployments.filter((d) => d.record.model === model);
  }

  // ---- writing -------------------------------------------------------------------------------------------

  /**
   * Mints `M/vN` for a new artifact: tag `M/vN` on `input.commit` (the tag is the lock: when another writer
   * took N first, N+1 is tried), the release with the signed record, then the assets. A version with the
   * same key and digest is that version again (its missing assets are uploaded), so a redelivered or
   * restarted release makes no duplicate; a tag left by a writer killed before its release is adopted.
   */
  async createVersion(
    model: string,
    input: NewVersion,
    opts: { notes?: (version: number, assets: AssetRecord[]) => string } = {},
  ): Promise<Version> {
    return (await this.createEntry(model, input, opts)).version;
  }

  async createEntry(
    model: string,
    input: NewVersion,
    opts: { notes?: (version: number, assets: AssetRecord[]) => string } = {},
  ): Promise<ReleaseEntry> {
    const signer = this.requireSigner();
    const { commit, files, manifest, digest } = await this.checkedArtifact(model, input);
    const assets = await assetsOfFiles(model, files);
    const assetRecords = assets.map((a) => ({
      name: a.name,
      size: a.data.length,
      sha256: sha256Hex(a.data),
    }));
    for (let attempt = 0; attempt < 8; attempt++) {
      const entries = await this.entries(model);
      const existing = entries.find((e) => e.record.key === input.key && e.record.digest === digest);
      if (existing) {
        await this.uploadMissing(existing.release, assets);
        return existing;
      }
      const version = Math.max(0, ...entries.map((e) => e.version.version)) + 1 + attempt;
      const tag = tagOf(model, version);
      if (!(await this.takeTag(tag, commit))) continue;
      const record = signer.sign<ReleaseRecord>(
        releaseRecord({ model, version, input, commit, digest, manifest, assets: assetRecords }),
      );
      const notes = opts.notes?.(version, assetRecords) ?? `## \`${model}\` v${version}`;
      const release = await this.postRelease(
        tag,
        commit,
        `${model} v${version}`,
        `${notes}\n\n${embedRecord(record)}\n`,
      );
      // Another writer adopted the same tag for the same artifact first: read again and find it.
      if (!release) continue;
      await this.uploadMissing(release, assets);
      this.lists.delete("GET /repos/{owner}/{repo}/releases");
      return { version: versionOf(record, release), record, release };
    }
    throw new ModelopsError(`${this.uri}: could not find a free version tag for ${model} after 8 tries`);
  }

  /** A new version's commit (a full sha) and artifact files, with their manifest and its digest (checked). */
  private async checkedArtifact(
    model: string,
    input: NewVersion,
  ): Promise<{ commit: string; files: Map<string, Uint8Array>; manifest: ArtifactManifest; digest: string }> {
    checkModel(model);
    if (!input.commit || !/^[0-9a-f]{40}$/.test(input.commit)) {
      throw new ModelopsError(
        `${this.uri}: a version needs the full sha of the commit it is released from (got ${JSON.stringify(input.commit)})`,
      );
    }
    const files = input.files ?? (input.artifactDir ? await readArtifactDir(input.artifactDir) : undefined);
    if (!files || files.size === 0) {
      throw new ModelopsError(`${this.uri}: ${model}'s new version has no artifact files to upload`);
    }
    const manifest = manifestOfFiles(files);
    const digest = manifestDigest(manifest);
    // An empty digest lets the store compute it from the files (API kept for callers that pass "").
    if (input.digest && input.digest !== digest) {
      throw new ModelopsError(
        `${this.uri}: ${model}'s artifact files hash to ${digest.slice(0, 12)}, not the digest given (${input.digest.slice(0, 12)}); store the artifact again`,
      );
    }
    return { commit: input.commit, files, manifest, digest };
  }

  /** Creates the release of a tag just taken; undefined when another writer's release holds the tag (422). */
  private async postRelease(
    tag: string,
    commit: string,
    name: string,
    body: string,
  ): Promise<ReleaseData | undefined> {
    try {
      return (
        await this.client.request("POST /repos/{owner}/{repo}/releases", {
          ...this.repoParams,
          tag_name: tag,
          target_commitish: commit,
          name,
          body,
          make_latest: "false",
        })
      ).data as ReleaseData;
    } catch (e) {
      if (status(e) === 422) return undefined;
      throw unavailable(e, `${this.uri}: creating release ${tag}`);
    }
  }

  async setAlias(model: string, alias: string, version: number, meta: AliasMeta): Promise<AliasEvent[]> {
    checkAlias(alias);
    this.requireSigner();
    const target = await this.requireVersion(model, version);
    const aliases = await this.aliases(model);
    const from = aliases[alias] ?? null;
    if (from === version) return [];
    const events = [await this.move(model, alias, from, target.version, meta)];
    if (alias === "production" && from !== null && (aliases.previous ?? null) !== from) {
      events.push(await this.move(model, "previous", aliases.previous ?? null, from, meta));
    }
    return events;
  }

  async deleteAlias(model: string, alias: string, meta: AliasMeta): Promise<AliasEvent[]> {
    checkAlias(alias);
    this.requireSigner();
    const from = (await this.aliases(model))[alias];
    if (from === undefined) return [];
    return [await this.move(model, alias, from, null, meta)];
  }

  async setTraffic(model: string, canaryPercent: number | undefined, meta: AliasMeta): Promise<void> {
    this.requireSigner();
    if (canaryPercent !== undefined && !(canaryPercent >= 0 && canaryPercent <= 100)) {
      throw new ModelopsError(`canary traffic ${canaryPercent}% is not between 0 and 100`);
    }
    const aliases = await this.aliases(model);
    const on = aliases.canary ?? aliases.production;
    if (on === undefined) {
      throw new ModelopsError(`${model} has no canary or production version to set a traffic share for`);
    }
    const v = await this.requireVersion(model, on);
    await this.deploy(model, "canary", v, {
      from: aliases.canary ?? null,
      version: aliases.canary ?? null,
      kind: "traffic",
      canaryPercent: canaryPercent ?? null,
      meta,
    });
  }

  /** production -> previous, and previous one step further back (the fs store's rule), as two deployments. */
  async rollback(model: string, meta: AliasMeta): Promise<RollbackResult> {
    this.requireSigner();
    const aliases = await this.aliases(model);
    const from = aliases.production;
    if (from === undefined) {
      throw new ModelopsError(`${model} has no production version, so there is nothing to roll back`, 1);
    }
    const to = aliases.previous;
    if (to === undefined) {
      throw new ModelopsError(
        `${model} has no previous version to roll back to (production is v${from}); promote a version instead`,
        1,
      );
    }
    await this.requireVersion(model, to);
    const history = await this.history(model);
    let earlier: number | null = null;
    for (let i = history.length - 1; i >= 0; i--) {
      const e = history[i] as AliasEvent;
      if (e.alias === "production" && e.to === to) {
        earlier = e.from;
        break;
      }
    }
    const versions = new Set((await this.entries(model)).map((e) => e.version.version));
    if (earlier === from || earlier === to || earlier === null || !versions.has(earlier)) earlier = null;
    const m: AliasMeta = { ...meta, kind: meta.kind ?? "rollback" };
    const events = [await this.move(model, "production", from, to, m)];
    events.push(await this.move(model, "previous", to, earlier, m));
    return { from, to, events };
  }

  /**
   * The artifact of `version` in the local cache, downloaded when absent: every asset checked against the
   * sha256 in the signed record, every file against the record's manifest. Throws naming what does not match.
   */
  async materialize(model: string, version: number): Promise<string> {
    const entry = (await this.entries(model)).find((e) => e.version.version === version);
    if (!entry) {
      const problem = this.lastProblems.find((p) => p.where === tagOf(model, version));
      throw new ModelopsError(
        `${this.uri}: ${tagOf(model, version)} is not a verified version${problem ? ` (${problem.why})` : ""}`,
        1,
      );
    }
    const store = await this.artifactCache();
    const digest = entry.record.digest;
    if (await store.has(digest)) {
      try {
        await store.verifyArtifact(digest);
        return store.artifactDir(digest);
      } catch {
        // a damaged cache entry: download it again
        await rm(store.artifactDir(digest), { recursive: true, force: true });
      }
    }
    const tag = tagOf(model, version);
    const tmp = path.join(store.tmpDir, `fetch-${process.pid}-${digest.slice(0, 12)}-${Date.now()}`);
    try {
      await makeDirs(tmp);
      for (const asset of entry.record.assets) {
        const bytes = await this.downloadAsset(entry, asset);
        if (asset.name === modelZipName(model)) {
          for (const [name, data] of await readZip(bytes, `${tag} asset ${asset.name}`)) {
            await writeInside(tmp, name, data, `${tag} asset ${asset.name}`);
          }
        } else {
          await writeInside(tmp, asset.name, bytes, tag);
        }
      }
      await checkAgainstManifest(tmp, entry.record.manifest, tag);
      const put = await store.putArtifact(tmp);
      if (put.digest !== digest) {
        throw new ModelopsError(`${tag}: the downloaded artifact does not match its signed digest`, 1);
      }
      return put.dir;
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  }

  /** A deployment status on the newest signed deployment of `M/alias` that names `version`. */
  async reportServing(model: string, alias: string, version: number, s: ServingStatus): Promise<void> {
    const deployment = (await this.aliasDeployments(model))
      .filter((d) => d.record.alias === alias && d.record.kind !== "traffic" && d.record.version === version)
      .at(-1);
    if (!deployment) return;
    const description = `${s.replica}: ${s.description}`;
    try {
      await this.client.request("POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", {
        ...this.repoParams,
        deployment_id: deployment.id,
        state: s.state,
        description:
          description.length > STATUS_DESCRIPTION_MAX
            ? `${description.slice(0, STATUS_DESCRIPTION_MAX - 1)}…`
            : description,
        ...(s.url && { environment_url: s.url }),
        // Several replicas report on one deployment: one replica's success must not retire the others'.
        auto_inactive: false,
      });
    } catch (e) {
      throw unavailable(e, `${this.uri}: reporting ${environmentOf(model, alias)} status`);
    }
  }

  /**
   * A comment on a pull request of the store's repository (the A/B verdict on the release's PR); returns its
   * URL. The token needs pull_requests: write, which reading and moving versions do not.
   */
  async commentOnPullRequest(pr: number, body: string): Promise<string> {
    try {
      const { data } = await this.client.request(
        "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
        {
          ...this.repoParams,
          issue_number: pr,
          body,
        },
      );
      return (data as { html_url: string }).html_url;
    } catch (e) {
      throw unavailable(e, `${this.uri}: commenting on pull request #${pr}`);
    }
  }

  /** The newest status of each replica on the deployment behind `M/alias` (what servers really serve). */
  async servingStatuses(
    model: string,
    alias: string,
  ): Promise<Array<{ state: string; description: string; environmentUrl?: string; at: string }>> {
    const deployment = (await this.aliasDeployments(model))
      .filter((d) => d.record.alias === alias && d.record.kind !== "traffic")
      .at(-1);
    if (!deployment) return [];
    const { data } = await this.client
      .request("GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", {
        ...this.repoParams,
        deployment_id: deployment.id,
        per_page: 100,
      })
      .catch((e) => {
        throw unavailable(e, `${this.uri}: reading ${environmentOf(model, alias)} statuses`);
      });
    return (
      data as Array<{ state: string; description: string; environment_url?: string; created_at: string }>
    ).map((x) => ({
      state: x.state,
      description: x.description,
      ...(x.environment_url && { environmentUrl: x.environment_url }),
      at: x.created_at,
    }));
  }

  // ---- internals -----------------------------------------------------------------------------------------

  private requireSigner(): Signer {
    if (!this.signer) {
      throw new ModelopsError(
        `${this.uri} is read-only here: writing needs a signing key (MODELOPS_SIGNING_KEY, or the GitHub App's PRIVATE_KEY)`,
      );
    }
    return this.signer;
  }

  private async requireVersion(model: string, version: number): Promise<Version> {
    const v = await this.getVersion(model, version);
    if (!v) {
      const n = (await this.listVersions(model)).map((x) => x.version);
      throw new ModelopsError(
        `${model} has no verified version ${version} in ${this.uri} (${n.length ? `versions: ${n.join(", ")}` : "no versions yet"})`,
      );
    }
    return v;
  }

  private async move(
    model: string,
    alias: string,
    from: number | null,
    to: number | null,
    meta: AliasMeta,
  ): Promise<AliasEvent> {
    const ref = to ?? from;
    if (ref === null) throw new ModelopsError(`${model}: nothing to move ${alias} from or to`);
    const v = await this.requireVersion(model, ref);
    const kind: AliasKind = meta.kind ?? "promote";
    const record = await this.deploy(model, alias, v, { from, version: to, kind, meta });
    return {
      at: record.at,
      alias,
      from,
      to,
      reason: meta.reason,
      ...(meta.actor !== undefined && { actor: meta.actor }),
      ...(meta.commit !== undefined && { commit: meta.commit }),
      kind,
    };
  }

  /** A deployment of tag `M/vN` (`on`) to environment `M/alias` carrying the signed alias record. */
  private async deploy(
    model: string,
    alias: string,
    on: Version,
    move: {
      from: number | null;
      version: number | null;
      kind: AliasRecord["kind"];
      canaryPercent?: number | null;
      meta: AliasMeta;
    },
  ): Promise<Signed<AliasRecord>> {
    const signer = this.requireSigner();
    const target = move.version === null ? undefined : await this.requireVersion(model, move.version);
    const parent = (await this.read()).heads.get(environmentOf(model, alias)) ?? null;
    const record = signer.sign<AliasRecord>({
      schema: ALIAS_RECORD_SCHEMA,
      parent,
      model,
      alias,
      version: move.version,
      from: move.from,
      digest: target?.digest ?? null,
      kind: move.kind,
      reason: move.meta.reason,
      ...(move.meta.actor !== undefined && { actor: move.meta.actor }),
      ...(move.meta.commit !== undefined && { commit: move.meta.commit }),
      at: new Date().toISOString(),
      ...(move.kind === "traffic" && { canaryPercent: move.canaryPercent ?? null }),
    });
    const what =
      move.kind === "traffic" ? `canary ${move.canaryPercent ?? "cleared"}%` : `v${move.version ?? "none"}`;
    try {
      await this.client.request("POST /repos/{owner}/{repo}/deployments", {
        ...this.repoParams,
        ref: tagOf(model, on.version),
        task: DEPLOY_TASK,
        environment: environmentOf(model, alias),
        payload: record,
        description: `${alias} -> ${what}: ${move.meta.reason}`.slice(0, STATUS_DESCRIPTION_MAX),
        // The tag is what is deployed: no merge of the default branch into it, no status checks to wait for.
        auto_merge: false,
        required_contexts: [],
        transient_environment: false,
        production_environment: alias === "production",
      });
    } catch (e) {
      throw unavailable(e, `${this.uri}: moving ${environmentOf(model, alias)}`);
    }
    this.lists.delete("GET /repos/{owner}/{repo}/deployments");
    return record;
  }

  /** Creates tag ref `tag` on `commit`; true when this writer holds it (new, or left by an unfinished release). */
  private async takeTag(tag: string, commit: string): Promise<boolean> {
    try {
      await this.client.request("POST /repos/{owner}/{repo}/git/refs", {
        ...this.repoParams,
        ref: `refs/tags/${tag}`,
        sha: commit,
      });
      return true;
    } catch (e) {
      if (status(e) !== 422) throw unavailable(e, `${this.uri}: creating tag ${tag}`);
    }
    // The tag exists. A writer killed between the tag and its release left it on the same commit: finish it.
    try {
      const { data } = await this.client.request("GET /repos/{owner}/{repo}/git/ref/{ref}", {
        ...this.repoParams,
        ref: `tags/${tag}`,
      });
      const sha = (data as { object?: { sha?: string } }).object?.sha;
      const releases = (await this.list("GET /repos/{owner}/{repo}/releases")) as ReleaseData[];
      return sha === commit && !releases.some((r) => r.tag_name === tag);
    } catch (e) {
      if (status(e) === 404) return false;
      throw unavailable(e, `${this.uri}: reading tag ${tag}`);
    }
  }

  private async uploadMissing(
    release: ReleaseData,
    assets: Array<{ name: string; data: Buffer }>,
  ): Promise<void> {
    const present = new Set(release.assets.map((a) => a.name));
    const baseUrl = release.upload_url.replace(/\/repos\/.*$/, "");
    for (const asset of assets) {
      if (present.has(asset.name)) continue;
      try {
        await this.client.request("POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}", {
          ...this.repoParams,
          release_id: release.id,
          name: asset.name,
          data: asset.data,
          headers: { "content-type": "application/octet-stream", "content-length": asset.data.length },
          baseUrl,
        });
      } catch (e) {
        // Uploaded by a concurrent writer of the same version.
        if (status(e) === 422) continue;
        throw unavailable(e, `${this.uri}: uploading ${release.tag_name} asset ${asset.name}`);
      }
    }
    this.lists.delete("GET /repos/{owner}/{repo}/releases");
  }

  private async downloadAsset(entry: ReleaseEntry, asset: AssetRecord): Promise<Buffer> {
    const tag = entry.release.tag_name;
    const found = entry.release.assets.find((a) => a.name === asset.name);
    if (!found) throw new ModelopsError(`${tag}: asset ${asset.name} is missing from the release`, 1);
    let bytes: Buffer;
    try {
      const { data } = await this.client.request("GET /repos/{owner}/{repo}/releases/assets/{asset_id}", {
        ...this.repoParams,
        asset_id: found.id,
        headers: { accept: "application/octet-stream" },
      });
      bytes = toBuffer(data);
    } catch (e) {
      throw unavailable(e, `${this.uri}: downloading ${tag} asset ${asset.name}`);
    }
    if (bytes.length !== asset.size || sha256Hex(bytes) !== asset.sha256) {
      throw new ModelopsError(
        `${tag}: asset ${asset.name} does not match its signed sha256 (${asset.sha256.slice(0, 12)}…); it was replaced after the release`,
        1,
      );
    }
    return bytes;
  }

  private artifactCache(): Promise<ArtifactStore> {
    this.cache ??= ArtifactStore.open(this.cacheDir);
    return this.cache;
  }

  /** A list endpoint, every page, revalidated with If-None-Match on its first page (304: the cached list). */
  private async list(route: string): Promise<unknown[]> {
    const cached = this.lists.get(route);
    let first: RequestResult;
    try {
      first = await this.client.request(route, {
        ...this.repoParams,
        per_page: 100,
        ...(cached && { headers: { "if-none-match": cached.etag } }),
      });
    } catch (e) {
      if (status(e) === 304 && cached) return cached.items;
      throw unavailable(e, `${this.uri}: listing ${route.split("/").at(-1)}`);
    }
    const items = [...(first.data as unknown[])];
    let link = String(first.headers.link ?? "");
    for (let page = 2; /rel="next"/.test(link) && page <= 100; page++) {
      const next = await this.client
        .request(route, { ...this.repoParams, per_page: 100, page })
        .catch((e: unknown) => {
          throw unavailable(e, `${this.uri}: listing ${route.split("/").at(-1)}`);
        });
      items.push(...(next.data as unknown[]));
      link = String(next.headers.link ?? "");
    }
    const etag = first.headers.etag;
    if (typeof etag === "string") this.lists.set(route, { etag, items });
    return items;
  }

  /** Both lists, verified: the versions and alias records that count, and what was skipped and why. */
  private async read(): Promise<{
    releases: ReleaseEntry[];
    deployments: AliasDeployment[];
    /** Per environment, the hash of its newest in-sequence signed record (the next record's parent). */
    heads: Map<string, string>;
  }> {
    const problems: StoreProblem[] = [];
    const releases = this.verifyReleases(
      (await this.list("GET /repos/{owner}/{repo}/releases")) as ReleaseData[],
      problems,
    );
    const heads = new Map<string, string>();
    const deployments = this.verifyDeployments(
      (await this.list("GET /repos/{owner}/{repo}/deployments")) as DeploymentData[],
      releases,
      problems,
      heads,
    );
    this.lastProblems = problems;
    return { releases, deployments, heads };
  }

  private verifyReleases(list: ReleaseData[], problems: StoreProblem[]): ReleaseEntry[] {
    const out: ReleaseEntry[] = [];
    for (const release of list) {
      if (release.draft) continue;
      const raw = extractRecord(release.body);
      const tagged = TAG_RE.exec(release.tag_name);
      if (raw === undefined && !tagged) continue; // not a modelops release
      const where = release.tag_name;
      const skip = (why: string) => problems.push({ ...(tagged && { model: tagged[1] }), where, why });
      if (raw === undefined || raw === null) {
        skip(raw === null ? "its record does not parse" : "it carries no modelops record");
        continue;
      }
      const r = raw as Partial<ReleaseRecord>;
      if (r.schema !== RELEASE_RECORD_SCHEMA) {
        skip(`its record is ${String(r.schema ?? "unversioned")}, not ${RELEASE_RECORD_SCHEMA} (unsigned)`);
        continue;
      }
      const verdict = this.trust.verify(raw);
      if (!verdict.ok) {
        skip(`its record is ${verdict.why}`);
        continue;
      }
      const rec = raw as Signed<ReleaseRecord>;
      if (typeof rec.model !== "string" || release.tag_name !== tagOf(rec.model, rec.version)) {
        skip(`its signed record is for ${tagOf(rec.model, rec.version)}, not this tag`);
        continue;
      }
      if (!rec.manifest || manifestDigest(rec.manifest) !== rec.digest) {
        skip("its signed manifest does not match its digest");
        continue;
      }
      out.push({ version: versionOf(rec, release), record: rec, release });
    }
    return out.sort((a, b) => a.version.version - b.version.version);
  }

  private verifyDeployments(
    list: DeploymentData[],
    releases: ReleaseEntry[],
    problems: StoreProblem[],
    heads: Map<string, string>,
  ): AliasDeployment[] {
    const out: AliasDeployment[] = [];
    for (const d of [...list].sort((a, b) => a.id - b.id)) {
      let payload = d.payload;
      if (typeof payload === "string") {
        try {
          payload = payload ? JSON.parse(payload) : undefined;
        } catch {
          payload = undefined;
        }
      }
      const r = payload as Partial<AliasRecord> | undefined;
      const ours = d.task === DEPLOY_TASK || r?.schema === ALIAS_RECORD_SCHEMA;
      if (!ours) continue;
      const where = `deployment ${d.id} (${d.environment})`;
      const skip = (why: string) => problems.push({ ...(r?.model && { model: r.model }), where, why });
      if (r?.schema !== ALIAS_RECORD_SCHEMA) {
        skip("it carries no modelops alias record");
        continue;
      }
      const verdict = this.trust.verify(r);
      if (!verdict.ok) {
        skip(`its alias record is ${verdict.why}`);
        continue;
      }
      const rec = r as Signed<AliasRecord>;
      if (d.environment !== environmentOf(rec.model, rec.alias)) {
        skip(`its signed record is for ${environmentOf(rec.model, rec.alias)}, not this environment`);
        continue;
      }
      if ((rec.parent ?? null) !== (heads.get(d.environment) ?? null)) {
        skip("its signed record is out of sequence (a copy of an earlier move, or a racing writer's)");
        continue;
      }
      heads.set(d.environment, sha256Hex(canonicalJson(rec)));
      if (rec.version !== null && rec.kind !== "traffic") {
        const v = releases.find((e) => e.record.model === rec.model && e.version.version === rec.version);
        if (!v || v.record.digest !== rec.digest) {
          skip(`it names ${tagOf(rec.model, rec.version)}, which is not a verified version with that digest`);
          continue;
        }
      }
      out.push({ id: d.id, record: rec });
    }
    return out;
  }
}

/** The record a release carries (signed by the caller): the version's inputs, artifact and provenance. */
function releaseRecord(r: {
  model: string;
  version: number;
  input: NewVersion;
  commit: string;
  digest: string;
  manifest: ArtifactManifest;
  assets: AssetRecord[];
}): ReleaseRecord {
  const { input } = r;
  return {
    ...(input.extra ?? {}),
    schema: RELEASE_RECORD_SCHEMA,
    model: r.model,
    version: r.version,
    key: input.key,
    digest: r.digest,
    manifest: r.manifest,
    assets: r.assets,
    commit: r.commit,
    ...(input.pr !== undefined && { pr: input.pr }),
    ...(input.measured !== undefined && { measured: input.measured }),
    approvers: input.approvers ?? [],
    ...(input.override !== undefined && { override: input.override }),
    ...(input.metrics !== undefined && { metrics: input.metrics }),
    ...(input.source !== undefined && { source: input.source }),
    at: new Date().toISOString(),
  };
}

function versionOf(rec: ReleaseRecord, release: ReleaseData): Version {
  return {
    version: rec.version,
    key: rec.key,
    digest: rec.digest,
    createdAt: rec.at,
    commit: rec.commit,
    tag: release.tag_name,
    ...(rec.metrics && { metrics: rec.metrics }),
    source: release.html_url,
    ...(rec.pr !== undefined && { pr: rec.pr }),
    ...(rec.measured !== undefined && { measured: rec.measured }),
    approvers: rec.approvers ?? [],
    ...(rec.override && { override: rec.override }),
    signer: (rec as Signed<ReleaseRecord>).signature?.keyId,
  };
}

function checkModel(model: string): void {
  if (!MODEL_NAME_RE.test(model)) {
    throw new ModelopsError(
      `model name "${model}" is invalid: use lowercase letters, digits, . _ - (as in modelops.yaml)`,
    );
  }
}

function checkAlias(alias: string): void {
  if (!ALIAS_RE.test(alias)) {
    throw new ModelopsError(
      `alias "${alias}" is invalid: use lowercase letters, digits, _ - (e.g. production)`,
    );
  }
}

/** Writes `name` under `root`, refusing names that would land outside it (a zip's `../` entries). */
async function writeInside(root: string, name: string, data: Buffer, where: string): Promise<void> {
  const rel = name.replace(/\\/g, "/");
  if (
    !rel ||
    rel.startsWith("/") ||
    rel.split("/").some((p) => p === ".." || p === "") ||
    rel === MANIFEST_FILE
  ) {
    throw new ModelopsError(`${where}: refusing file name ${JSON.stringify(name)}`, 1);
  }
  const file = path.join(root, ...rel.split("/"));
  await makeDirs(path.dirname(file));
  await writeFile(file, data);
}

/** Every file of the downloaded artifact against the signed manifest: names the first that differs. */
async function checkAgainstManifest(dir: string, manifest: ArtifactManifest, tag: string): Promise<void> {
  const listed = new Set(manifest.files.map((f) => f.path));
  for (const f of manifest.files) {
    let h: { sha256: string; size: number };
    try {
      h = await hashFile(path.join(dir, ...f.path.split("/")));
    } catch {
      throw new ModelopsError(`${tag}: ${f.path} is missing from the release's assets`, 1);
    }
    if (h.sha256 !== f.sha256 || h.size !== f.size) {
      throw new ModelopsError(`${tag}: ${f.path} does not match its sha256 in the signed record`, 1);
    }
  }
  for (const rel of await listFiles(dir)) {
    if (!listed.has(rel)) throw new ModelopsError(`${tag}: ${rel} is not in the signed manifest`, 1);
  }
}

async function readArtifactDir(dir: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const rel of await listFiles(dir)) files.set(rel, await readFile(path.join(dir, ...rel.split("/"))));
  return files;
}

function toBuffer(data: unknown): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (typeof data === "string") return Buffer.from(data);
  throw new Error(`unexpected download body (${typeof data})`);
}
