// The server's view of the registry: a change signal to poll, each model's aliases (the labels it serves)
// and versions, and artifact verification. One small seam so other stores (GitHub releases, S3) can feed the
// server later without touching the swap logic.
import { Registry } from "../registry/index.ts";

export interface AliasTarget {
  version: number;
  digest: string;
}

export interface ModelTargets {
  /** Every alias of the model (production, canary, previous, ...) and the version it names. */
  aliases: Map<string, AliasTarget>;
  /** Every registered version's artifact digest, for pinned versions. */
  versions: Map<number, string>;
  /** The canary's traffic share a rollout in another process set in the registry, if any. */
  canaryPercent?: number;
}

export interface RegistrySource {
  readonly root: string;
  /** Changes whenever a version is added or an alias moves; cheap enough to read every poll. */
  signal(): Promise<string>;
  /** Every model of the registry with its aliases and versions. */
  targets(): Promise<Map<string, ModelTargets>>;
  /** Re-hashes the artifact; throws naming the file that does not match its sha256. */
  verify(digest: string): Promise<void>;
  artifactDir(digest: string): string;
}

/** Opens an existing registry (a missing one is a ModelopsError: the server never creates one). */
export async function openRegistrySource(root: string): Promise<RegistrySource> {
  const registry = await Registry.open(root, { create: false });
  return {
    root,
    signal: () => registry.revision(),
    async targets() {
      const out = new Map<string, ModelTargets>();
      for (const model of await registry.models()) {
        const record = await registry.get(model);
        const versions = new Map<number, string>();
        for (const v of record?.versions ?? []) versions.set(v.version, v.digest);
        const aliases = new Map<string, AliasTarget>();
        for (const [alias, version] of Object.entries(record?.aliases ?? {})) {
          const digest = versions.get(version);
          if (digest !== undefined) aliases.set(alias, { version, digest });
        }
        out.set(model, {
          aliases,
          versions,
          ...(record?.traffic && { canaryPercent: record.traffic.canaryPercent }),
        });
      }
      return out;
    },
    async verify(digest) {
      await registry.verifyArtifact(digest);
    },
    artifactDir: (digest) => registry.artifactDir(digest),
  };
}
