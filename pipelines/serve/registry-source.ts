// The server's view of the registry: a change signal to poll, the version each model's production alias
// names, and artifact verification. One small seam so other stores (GitHub releases, S3) can feed the
// server later without touching the swap logic.
import { Registry } from "../registry/index.ts";
import { PRODUCTION } from "./deployments.ts";

export interface AliasTarget {
  version: number;
  digest: string;
}

export interface RegistrySource {
  readonly root: string;
  /** Changes whenever a version is added or an alias moves; cheap enough to read every poll. */
  signal(): Promise<string>;
  /** Every model of the registry and the version its production alias names (undefined: none). */
  productions(): Promise<Map<string, AliasTarget | undefined>>;
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
    async productions() {
      const out = new Map<string, AliasTarget | undefined>();
      for (const model of await registry.models()) {
        const v = await registry.resolveAlias(model, PRODUCTION);
        out.set(model, v ? { version: v.version, digest: v.digest } : undefined);
      }
      return out;
    },
    async verify(digest) {
      await registry.verifyArtifact(digest);
    },
    artifactDir: (digest) => registry.artifactDir(digest),
  };
}
