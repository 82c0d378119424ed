// The registry's one interface (MLflow's AbstractStore is the anchor): every reader and writer of versions
// and aliases (CLI, actions, bot, model server, monitor, UI) talks to a ModelStore and never knows which
// store it has. A store is chosen by URI (openModelStore in ./open-store.ts):
//   fs:PATH (or a bare path)   the embedded default, `.modelops/` beside modelops.yaml (./registry.ts)
//   github:OWNER/REPO          the registry of record on GitHub: releases are versions, deployments are
//                              alias moves (./github-store.ts)
// Later stores (s3:, oci:) implement the same interface; the semantics below hold in every store.
//
// Semantics, the same in every store (docs/ARCHITECTURE.md "Registry"):
// - A version is immutable and numbered 1, 2, 3, ... per model; it is minted only for a new artifact
//   (createVersion with a key the model already has returns that version).
// - An alias (production, canary, previous, any name) names one version; every move is recorded in the
//   model's alias history (who, when, why, which commit). A rollback is an alias move, never a new version.
// - Artifacts are verified by sha256 (every file against the version's manifest) before they are served.
// - A record that fails verification (unsigned, edited, unknown signer) is not a version: readers skip it and
//   say so through `problems()`; it never becomes production.
import type { AliasEvent, AliasMeta, NewVersion, RollbackResult, Traffic, Version } from "./records.ts";

export type { AliasEvent, AliasMeta, NewVersion, RollbackResult, Traffic, Version };

/** What a model server reports about a version it was asked to serve (github: a deployment status). */
export interface ServingStatus {
  state: "in_progress" | "success" | "failure";
  /** Which server process: stable across restarts of one replica where possible (pod name, host:port). */
  replica: string;
  /** Where the replica answers (environment_url on GitHub). */
  url?: string;
  /** One line: "serving v2", or why it refused ("model/weights.bin does not match its sha256"). */
  description: string;
}

/** A record a store skipped, and why (an unsigned or edited release, an asset whose digest does not match). */
export interface StoreProblem {
  model?: string;
  /** e.g. "iris/v3" or a deployment id. */
  where: string;
  why: string;
}

export interface ModelStore {
  /** `fs:/abs/path/.modelops` or `github:owner/repo`: what the user passed, normalised. */
  readonly uri: string;

  models(): Promise<string[]>;
  /** Verified versions, oldest first. */
  listVersions(model: string): Promise<Version[]>;
  getVersion(model: string, version: number): Promise<Version | undefined>;
  /** The newest version built from `key` (reuse it instead of minting a duplicate). */
  findVersionByKey(model: string, key: string): Promise<Version | undefined>;
  resolveAlias(model: string, alias: string): Promise<Version | undefined>;
  /** Every alias of the model and the version it names. */
  aliases(model: string): Promise<Record<string, number>>;
  /** Every alias move of the model, oldest first. */
  history(model: string): Promise<AliasEvent[]>;
  /** The canary's traffic share set through the store (a rollout spanning replicas), if any. */
  traffic(model: string): Promise<Traffic | undefined>;
  /** A cheap change signal for pollers: it changes whenever a version is added or an alias moves. */
  revision(model?: string): Promise<string>;
  /** Records skipped by the last reads, each with its reason. */
  problems(): StoreProblem[];

  /** Mints the next version for a new artifact; an existing key returns its version unchanged. */
  createVersion(model: string, input: NewVersion): Promise<Version>;
  setAlias(model: string, alias: string, version: number, meta: AliasMeta): Promise<AliasEvent[]>;
  deleteAlias(model: string, alias: string, meta: AliasMeta): Promise<AliasEvent[]>;
  setTraffic(model: string, canaryPercent: number | undefined, meta: AliasMeta): Promise<void>;
  /** production -> previous, as an alias move. */
  rollback(model: string, meta: AliasMeta): Promise<RollbackResult>;

  /**
   * A local folder holding the version's artifact, every file verified against its sha256 (fs: the object
   * in place; github: downloaded into the local content-addressed cache first). Throws naming the file that
   * does not match.
   */
  materialize(model: string, version: number): Promise<string>;
  /** A server says what it does with the version an alias names (fs: recorded locally; github: a status). */
  reportServing(model: string, alias: string, version: number, status: ServingStatus): Promise<void>;
}
