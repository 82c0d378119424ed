// The bot's view of the registry of record: the github store (pipelines/registry/github-store.ts) over the
// installation's octokit. Versions are signed releases `<model>/vN`; `production` (and every alias) is the
// newest signed deployment to environment `<model>/production`; a rollback is a deployment of an earlier
// version, never a new version. The bot signs with its GitHub App key and trusts that key plus
// MODELOPS_TRUSTED_KEYS (a release workflow's key, when the workflow is the releaser): a release or
// deployment anyone else made or edited is skipped with a log line, never read as production.
import { readFileSync } from "node:fs";
import type { MetricsFile } from "../pipelines/evaluate/types.ts";
import {
  type AssetRecord,
  type GitHubClient,
  GitHubStore,
  type ReleaseData,
  type ReleaseRecord as StoreRecord,
} from "../pipelines/registry/github-store.ts";
import { sha256Hex } from "../pipelines/registry/key.ts";
import type { StoreProblem } from "../pipelines/registry/model-store.ts";
import { type Signer, signerFromPem, TrustedKeys, trustedKeysFrom } from "../pipelines/registry/signing.ts";
import { tagOf } from "../pipelines/registry/tag.ts";
import { type Octokit, type RepoRef, toBuffer } from "./github.ts";
import type { Override } from "./state.ts";

export type { AssetRecord };
export { tagOf };

/** A version as the bot reads it: the signed store record, its metrics file as `metrics`. */
export interface ReleaseRecord {
  model: string;
  version: number;
  key: string;
  digest: string;
  /** Fingerprint of the model's inputs in git at `commit` (see fingerprint.ts). */
  fingerprint?: string;
  /** The default-branch commit this version was released from (the merge). */
  commit: string;
  pr?: number;
  /** The pull request's head commit whose metrics were measured and approved. */
  measured?: string;
  run?: { id: number; url: string };
  metrics: MetricsFile;
  /** The model's config (without gates, promotion, deploy, monitor) at release: the params of the artifact. */
  params?: Record<string, unknown>;
  assets: AssetRecord[];
  approvers: string[];
  override?: Override;
  at: string;
}

export interface RegistryEntry {
  release: ReleaseData;
  record: ReleaseRecord;
  /** The aliases naming this version now (production, previous, canary, ...). */
  aliases: string[];
}

let signer: Signer | undefined;
let trust = new TrustedKeys();

/**
 * The app's signing key (its GitHub App private key) and the extra keys it trusts; modelopsApp calls this
 * once. Without a key the bot reads only (nothing it could sign would count).
 */
export function configureRegistry(opts: { privateKey?: string; env?: NodeJS.ProcessEnv }): void {
  signer = opts.privateKey ? signerFromPem(opts.privateKey, "the app's PRIVATE_KEY") : undefined;
  trust = trustedKeysFrom(opts.env ?? {}, { pems: signer ? [signer.publicKeyPem] : [] });
}

/** The App's private key as Probot reads it: PRIVATE_KEY (literal `\\n` allowed) or the file PRIVATE_KEY_PATH. */
export function appKeyFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  if (env.PRIVATE_KEY?.trim()) return env.PRIVATE_KEY.replace(/\\n/g, "\n");
  return env.PRIVATE_KEY_PATH ? readFileSync(env.PRIVATE_KEY_PATH, "utf8") : undefined;
}

/** The github store of `repo` through the installation's octokit, signing as the app. */
export function storeOf(octokit: Octokit, repo: RepoRef): GitHubStore {
  return new GitHubStore(octokit as unknown as GitHubClient, {
    owner: repo.owner,
    repo: repo.repo,
    trust,
    ...(signer && { signer }),
  });
}

/** Every verified version of the repository, newest first, with the aliases naming it. */
export async function listRegistry(
  octokit: Octokit,
  repo: RepoRef,
  log?: { warn(o: object, m: string): void },
): Promise<RegistryEntry[]> {
  const store = storeOf(octokit, repo);
  const out: RegistryEntry[] = [];
  for (const model of await store.models()) {
    const aliases = await store.aliases(model);
    for (const e of await store.entries(model)) {
      out.push({
        release: e.release,
        record: viewOf(e.record),
        aliases: Object.entries(aliases)
          .filter(([, n]) => n === e.version.version)
          .map(([a]) => a)
          .sort(),
      });
    }
  }
  reportProblems(store.problems(), log);
  return out.sort((a, b) => b.record.version - a.record.version);
}

/** A log line for each release or deployment the store skipped (forged, edited, unsigned). */
export function reportProblems(problems: StoreProblem[], log?: { warn(o: object, m: string): void }): void {
  for (const p of problems)
    log?.warn({ where: p.where, why: p.why }, "registry: ignored a record that does not verify");
}

function viewOf(r: StoreRecord): ReleaseRecord {
  const evaluation = r.evaluation as MetricsFile | undefined;
  return {
    model: r.model,
    version: r.version,
    key: r.key,
    digest: r.digest,
    ...(typeof r.fingerprint === "string" && { fingerprint: r.fingerprint }),
    commit: r.commit,
    ...(r.pr !== undefined && { pr: r.pr }),
    ...(r.measured !== undefined && { measured: r.measured }),
    ...(r.run !== undefined && { run: r.run as { id: number; url: string } }),
    metrics: evaluation ?? ({ metrics: r.metrics ?? {} } as unknown as MetricsFile),
    ...(r.params !== undefined && { params: r.params as Record<string, unknown> }),
    assets: r.assets,
    approvers: r.approvers ?? [],
    ...(r.override && { override: r.override }),
    at: r.at,
  };
}

export function versionsOf(all: RegistryEntry[], model: string): RegistryEntry[] {
  return all.filter((e) => e.record.model === model);
}

export interface Production {
  /** The version the `production` alias names. */
  current: RegistryEntry;
  /** The version whose artifact production serves: the same entry (a rollback moves the alias). */
  served: RegistryEntry;
}

export function productionOf(entries: RegistryEntry[]): Production | null {
  const current = entries.find((e) => e.aliases.includes("production"));
  return current ? { current, served: current } : null;
}

/** Downloads a release asset and checks it against the digest the signed record holds. */
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
  if (sha256Hex(bytes) !== recorded.sha256) {
    throw new Error(
      `release ${entry.release.tag_name}: asset ${name} does not match its signed sha256 (${recorded.sha256.slice(0, 12)}…)`,
    );
  }
  return bytes;
}
