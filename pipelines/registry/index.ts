// Public face of the registry: input keys, the content-addressed artifact store and the model registry.

export { GitHubStore, GitHubUnavailable } from "./github-store.ts";
export {
  canonicalJson,
  inputKey,
  isKey,
  KEY_EXCLUDED_SECTIONS,
  KEY_SCHEMA,
  type KeyInputs,
  sha256Hex,
} from "./key.ts";
export type { ModelStore, ServingStatus, StoreProblem } from "./model-store.ts";
export { openModelStore, parseStoreUri } from "./open-store.ts";
export type { AliasEvent, AliasMeta, NewVersion, RollbackResult, Version } from "./records.ts";
export {
  DEFAULT_REGISTRY_ROOT,
  type KeyEntry,
  type ModelRecord,
  REGISTRY_MODEL_SCHEMA,
  Registry,
  type RegistryOptions,
} from "./registry.ts";
export { notTheReleaser, parseReleaser, type Releaser, releaserOf } from "./releaser.ts";
export { decideRollback, type RollbackDecision, type RollbackFacts, retiredAsBad } from "./rollback-rule.ts";
export { type Signer, signerFromPem, TrustedKeys, trustedKeysFrom } from "./signing.ts";
export {
  ARTIFACT_SCHEMA,
  type ArtifactManifest,
  ArtifactStore,
  MANIFEST_FILE,
  type ManifestEntry,
  manifestDigest,
  type PutResult,
} from "./store.ts";
export { TAG_RE, tagOf } from "./tag.ts";
