// The server's view of the registry: an adapter over a ModelStore (fs, github, later S3/OCI), so the swap
// logic never knows which store it follows. It reads a cheap change signal every poll, and only when it moved
// each model's aliases (the labels it serves), versions and canary share; artifacts come as a local folder
// verified file by file (the github store downloads them into its cache first).
import type { ModelStore, ServingStatus, StoreProblem } from "../registry/model-store.ts";
import { openModelStore } from "../registry/open-store.ts";

export interface AliasTarget {
  version: number;
  digest: string;
}

export interface ModelTargets {
  /** Every alias of the model (production, canary, previous, ...) and the version it names. */
  aliases: Map<string, AliasTarget>;
  /** Every registered version's artifact digest, for pinned versions. */
  versions: Map<number, string>;
  /** The canary's traffic share a rollout set through the store (every replica applies it), if any. */
  canaryPercent?: number;
}

export interface RegistrySource {
  /** What the user passed, normalised (`fs:/abs/.modelops`, `github:owner/repo`). */
  readonly uri: string;
  /** Changes whenever a version is added or an alias moves; cheap enough to read every poll. */
  signal(): Promise<string>;
  /** Every model of the registry with its aliases and versions. */
  targets(): Promise<Map<string, ModelTargets>>;
  /** A local folder with the version's artifact, every file verified; throws naming the file that does not match. */
  materialize(model: string, version: number): Promise<string>;
  /** Tells the store what this replica does with the version an alias names (github: a deployment status). */
  report(model: string, alias: string, version: number, status: ServingStatus): Promise<void>;
  /** Records the store skipped (unsigned, edited), each with its reason. */
  problems(): StoreProblem[];
}

/** The adapter over one store. */
export function registrySource(store: ModelStore): RegistrySource {
  return {
    uri: store.uri,
    signal: () => store.revision(),
    async targets() {
      const out = new Map<string, ModelTargets>();
      for (const model of await store.models()) {
        const [versionList, aliasMap, traffic] = await Promise.all([
          store.listVersions(model),
          store.aliases(model),
          store.traffic(model),
        ]);
        const versions = new Map<number, string>();
        for (const v of versionList) versions.set(v.version, v.digest);
        const aliases = new Map<string, AliasTarget>();
        for (const [alias, version] of Object.entries(aliasMap)) {
          const digest = versions.get(version);
          if (digest !== undefined) aliases.set(alias, { version, digest });
        }
        out.set(model, { aliases, versions, ...(traffic && { canaryPercent: traffic.canaryPercent }) });
      }
      return out;
    },
    materialize: (model, version) => store.materialize(model, version),
    report: (model, alias, version, status) => store.reportServing(model, alias, version, status),
    problems: () => store.problems(),
  };
}

export interface OpenStoreOptions {
  /** github: the local artifact cache (default MODELOPS_CACHE, else ~/.cache/modelops/github/OWNER/REPO). */
  cache?: string;
  /** github: files of the public keys whose signed records count (besides MODELOPS_TRUSTED_KEYS). */
  trustedKeys?: string[];
  /** github: give up on a request after this long (default 30 s), so a GitHub that hangs cannot stall polling. */
  requestTimeoutMs?: number;
  env?: NodeJS.ProcessEnv;
}

/**
 * Opens an existing store by URI for reading (openModelStore): a missing fs registry is a ModelopsError,
 * the server never creates one; github: needs a token and trusted keys (one line says which is missing).
 */
export async function openStore(uri: string, opts: OpenStoreOptions = {}): Promise<ModelStore> {
  const env = opts.env ?? process.env;
  const cache = opts.cache ?? (env.MODELOPS_CACHE || undefined);
  return openModelStore(uri, {
    create: false,
    env,
    ...(cache !== undefined && { cacheDir: cache }),
    ...(opts.trustedKeys !== undefined && { trustedKeyFiles: opts.trustedKeys }),
    ...(opts.requestTimeoutMs !== undefined && { requestTimeoutMs: opts.requestTimeoutMs }),
  });
}
