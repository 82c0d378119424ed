// The model registry on GitHub: the repository's releases are the registry of record. Release
// `<model>/vN` (tag of the same name on the released commit) is version N of that model; its body carries a
// hidden `modelops:release` record (schema modelops/release@1) with the input key, the fingerprint of the
// inputs, the metrics, the artifact's files with their sha256 digests, approvers and any override. The
// `production` alias is the newest version of the model; a rollback is a new version whose record points at
// an earlier version's artifact (`artifactOf`), and the version it replaced is marked `rolledBackBy`.
import { createHash } from "node:crypto";
import type { MetricsFile } from "../pipelines/evaluate/types.ts";
import { type Octokit, type Release, type RepoRef, toBuffer } from "./github.ts";
import { embed, extract, type Override } from "./state.ts";

export const RELEASE_SCHEMA = "modelops/release@1";

export interface AssetRecord {
  name: string;
  size: number;
  sha256: string;
}

export interface ReleaseRecord {
  schema: typeof RELEASE_SCHEMA;
  model: string;
  version: number;
  kind: "release" | "rollback";
  /** The input key of the artifact this version serves (from its metrics.json). */
  key?: string;
  /** Fingerprint of the model's inputs in git at `commit` (see fingerprint.ts). */
  fingerprint: string;
  /** The default-branch commit this version was released from (a merge, or a revert). */
  commit: string;
  pr?: number;
  /** The pull request's head commit whose metrics were measured and approved. */
  measured?: string;
  run?: { id: number; url: string };
  /** The version whose artifact this version serves: itself for a release, an earlier one for a rollback. */
  artifactOf: number;
  /** The version whose artifact production served before this one. */
  previous?: number;
  /** Releases this version reverts (rollbacks). */
  reverts?: Array<{ version: number; commit: string }>;
  metrics: MetricsFile;
  /** The model's config (without gates, promotion, deploy, monitor) at release: the params of the artifact. */
  params?: Record<string, unknown>;
  assets: AssetRecord[];
  approvers: string[];
  override?: Override;
  /** Set on a version that a later rollback replaced. */
  rolledBackBy?: number;
  at: string;
}

export interface RegistryEntry {
  release: Release;
  record: ReleaseRecord;
}

export const tagOf = (model: string, version: number) => `${model}/v${version}`;

/** Every modelops release of the repository, newest version first, grouped by model on demand. */
export async function listRegistry(octokit: Octokit, repo: RepoRef): Promise<RegistryEntry[]> {
  const releases = await octokit.paginate(octokit.rest.repos.listReleases, { ...repo, per_page: 100 });
  const out: RegistryEntry[] = [];
  for (const release of releases) {
    if (release.draft) continue;
    const record = extract<ReleaseRecord>("release", release.body);
    if (!record || record.schema !== RELEASE_SCHEMA) continue;
    if (release.tag_name !== tagOf(record.model, record.version)) continue;
    out.push({ release, record });
  }
  return out.sort((a, b) => b.record.version - a.record.version);
}

export function versionsOf(all: RegistryEntry[], model: string): RegistryEntry[] {
  return all.filter((e) => e.record.model === model);
}

export interface Production {
  /** The newest version: what the `production` alias names. */
  current: RegistryEntry;
  /** The version whose artifact it serves (the same entry unless `current` is a rollback). */
  served: RegistryEntry;
}

export function productionOf(entries: RegistryEntry[]): Production | null {
  const current = entries[0];
  if (!current) return null;
  const served = entries.find((e) => e.record.version === current.record.artifactOf) ?? current;
  return { current, served };
}

export const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");

/** Downloads a release asset and checks it against the digest the registry recorded. */
export async function downloadAsset(
  octokit: Octokit,
  repo: RepoRef,
  entry: RegistryEntry,
  name: string,
): Promise<Buffer | null> {
  const asset = entry.release.assets.find((a) => a.name === name);
  const recorded = entry.record.assets.find((a) => a.name === name);
  if (!asset || !recorded) return null;
  const { data } = await octokit.rest.repos.getReleaseAsset({
    ...repo,
    asset_id: asset.id,
    headers: { accept: "application/octet-stream" },
  });
  const bytes = toBuffer(data);
  if (sha256(bytes) !== recorded.sha256) {
    throw new Error(
      `release ${entry.release.tag_name}: asset ${name} does not match its recorded sha256 (${recorded.sha256.slice(0, 12)}…)`,
    );
  }
  return bytes;
}

export interface NewVersion {
  model: string;
  commit: string;
  record: Omit<ReleaseRecord, "version" | "assets" | "schema" | "artifactOf"> & { artifactOf?: number };
  assets: Array<{ name: string; data: Buffer }>;
  /** The release notes for version N (the record is appended by this function). */
  notes(version: number, assets: AssetRecord[]): string;
}

/**
 * Creates the next version: tag `<model>/vN` on `commit` (the tag is the lock: when another process took N
 * first, N+1 is tried), the release with its record, then the assets. Idempotent: when a version of the
 * model already records this commit and kind, that version is completed (missing assets) and returned.
 */
export async function createVersion(octokit: Octokit, repo: RepoRef, v: NewVersion): Promise<RegistryEntry> {
  const assets: AssetRecord[] = v.assets.map((a) => ({
    name: a.name,
    size: a.data.length,
    sha256: sha256(a.data),
  }));
  for (let attempt = 0; attempt < 5; attempt++) {
    const entries = versionsOf(await listRegistry(octokit, repo), v.model);
    const existing = entries.find((e) => e.record.commit === v.commit && e.record.kind === v.record.kind);
    if (existing) {
      await uploadMissing(octokit, repo, existing, v.assets);
      return existing;
    }
    const version = (entries[0]?.record.version ?? 0) + 1 + attempt;
    const tag = tagOf(v.model, version);
    try {
      await octokit.rest.git.createRef({ ...repo, ref: `refs/tags/${tag}`, sha: v.commit });
    } catch (error) {
      if ((error as { status?: number }).status === 422) continue;
      throw error;
    }
    const record: ReleaseRecord = {
      ...v.record,
      schema: RELEASE_SCHEMA,
      version,
      artifactOf: v.record.artifactOf ?? version,
      assets,
    };
    const { data: release } = await octokit.rest.repos.createRelease({
      ...repo,
      tag_name: tag,
      target_commitish: v.commit,
      name: `${v.model} v${version}`,
      body: `${v.notes(version, assets)}\n${embed("release", record)}\n`,
      make_latest: "false",
    });
    const entry = { release: release as Release, record };
    await uploadMissing(octokit, repo, entry, v.assets);
    return entry;
  }
  throw new Error(`could not find a free version tag for ${v.model} after 5 tries`);
}

async function uploadMissing(
  octokit: Octokit,
  repo: RepoRef,
  entry: RegistryEntry,
  assets: NewVersion["assets"],
): Promise<void> {
  const present = new Set(entry.release.assets.map((a) => a.name));
  const base = entry.release.upload_url.replace(/\/repos\/.*$/, "");
  for (const asset of assets) {
    if (present.has(asset.name)) continue;
    await octokit.rest.repos.uploadReleaseAsset({
      ...repo,
      release_id: entry.release.id,
      name: asset.name,
      // Octokit sends a Buffer as the raw body; its types only know strings.
      data: asset.data as unknown as string,
      // GitHub's description of this operation takes application/octet-stream only.
      headers: { "content-type": "application/octet-stream", "content-length": asset.data.length },
      baseUrl: base,
    });
  }
}

/** Marks `entry` as replaced by rollback version `by` (a banner in its notes and `rolledBackBy`). */
export async function markRolledBack(
  octokit: Octokit,
  repo: RepoRef,
  entry: RegistryEntry,
  by: { version: number; url: string; commit: string },
): Promise<void> {
  if (entry.record.rolledBackBy === by.version) return;
  const record: ReleaseRecord = { ...entry.record, rolledBackBy: by.version };
  const body = (entry.release.body ?? "").replace(
    /<!-- modelops:release [\s\S]*? -->/,
    embed("release", record),
  );
  const banner = `> [!WARNING]\n> Rolled back by [${tagOf(record.model, by.version)}](${by.url}) (revert ${by.commit.slice(0, 7)}).\n\n`;
  await octokit.rest.repos.updateRelease({
    ...repo,
    release_id: entry.release.id,
    body: body.startsWith("> [!WARNING]") ? body : `${banner}${body}`,
  });
}
