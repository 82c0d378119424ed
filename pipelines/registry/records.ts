// The records every store keeps, whatever its backing (fs, github, later S3 or OCI): versions, alias events,
// traffic. Apart from both the interface (model-store.ts) and the fs store (registry.ts), so neither imports the other back.

export interface Version {
  /** 1, 2, 3, ... contiguous per model; never reused, never changed. */
  version: number;
  /** Input key of the run that built it. */
  key: string;
  /** Artifact digest in the store. */
  digest: string;
  createdAt: string;
  commit?: string;
  /** Release tag, e.g. `fashion/v3`. */
  tag?: string;
  metrics?: Record<string, number>;
  /** Where it came from: a PR, a workflow run URL, a folder. */
  source?: string;
  /** The pull request it was released from, the commit measured there, and who approved it. */
  pr?: number;
  measured?: string;
  approvers?: string[];
  override?: Override;
  /** Key id of the writer's signature (stores with signed records: github). */
  signer?: string;
}

export interface Override {
  by: string;
  reason: string;
  at: string;
}

/** Why an alias moved: a release, a rollback (revert or `modelops rollback`), a canary step or an abort. */
export type AliasKind = "promote" | "rollback" | "canary" | "abort";

export interface AliasEvent {
  at: string;
  alias: string;
  from: number | null;
  to: number | null;
  reason: string;
  actor?: string;
  commit?: string;
  kind?: AliasKind;
}

export interface Traffic {
  /** Percent of the model's requests on its `canary` label (0-100). */
  canaryPercent: number;
  at: string;
  reason: string;
  actor?: string;
}

export interface AliasMeta {
  reason: string;
  actor?: string;
  commit?: string;
  kind?: AliasKind;
}

/** What a writer gives a store for a new version: the version's fields less those the store assigns. */
export interface NewVersion extends Omit<Version, "version" | "createdAt" | "signer"> {
  /**
   * The artifact's files, for a store that keeps its own copy (github: uploaded as release assets): a local
   * folder (an fs object) or the files in memory. They must hash to `digest`. The fs store ignores them.
   */
  artifactDir?: string;
  files?: Map<string, Uint8Array>;
  /** Store-specific fields written into the signed record (the bot: fingerprint, workflow run, metrics file). */
  extra?: Record<string, unknown>;
}

export interface RollbackResult {
  from: number;
  to: number;
  events: AliasEvent[];
}
