// Read-only view of the runs an fs registry stores by input key: `keys/<key>.json` names an artifact
// `objects/<digest>/` (metrics.json, history.json, profile.json, params.json, model/). Runs that were never
// released live only here. Nothing is written: no lock, no temp file, no sweep.
//
// A file is shown only when it matches the sha256 its artifact's manifest lists (and the manifest matches
// the digest), so an edited metrics.json in the store is reported, not displayed. Artifacts are immutable,
// so what was read is cached by digest: a page over 1,000 runs rereads only the small key files.
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { isKey, sha256Hex } from "../registry/key.ts";
import { type ArtifactManifest, MANIFEST_FILE, manifestDigest } from "../registry/store.ts";
import type { TrainingHistory } from "../train/history.ts";
import { type FlatParams, flattenParams, PARAMS_FILE, type ParamsFile } from "./params.ts";

export interface StoredRun {
  /** The input key's first 12 characters: what the CLI and the pages call the run. */
  id: string;
  key: string;
  model: string;
  digest: string;
  createdAt: string;
  metrics: Record<string, number>;
  params: FlatParams;
  /** false: the artifact predates params.json; `params` holds what the artifact itself shows. */
  paramsRecorded: boolean;
  task?: string;
  backend?: string;
  /** Why the run's files could not be read or did not match their manifest. */
  problem?: string;
}

interface ArtifactFacts {
  metrics: Record<string, number>;
  params: FlatParams;
  paramsRecorded: boolean;
  task?: string;
  backend?: string;
  problem?: string;
}

const JSON_NAME = /^([0-9a-f]{64})\.json$/;

export class RunReader {
  private readonly facts = new Map<string, ArtifactFacts>();
  private listed: { mtime: number; runs: StoredRun[] } | undefined;

  constructor(readonly root: string) {}

  /** Every run the store holds by key, newest first. A missing registry holds no runs. */
  async list(): Promise<StoredRun[]> {
    const keysDir = path.join(this.root, "keys");
    // A key file is only ever replaced by a rename into keys/, which changes the folder's mtime: while it
    // stays the same, the runs read last time are still the runs.
    const mtime = await stat(keysDir).then(
      (s) => s.mtimeMs,
      () => undefined,
    );
    if (mtime !== undefined && this.listed?.mtime === mtime) return this.listed.runs;
    const names = await readdir(keysDir).catch((e: NodeJS.ErrnoException) =>
      e.code === "ENOENT" ? [] : Promise.reject(e),
    );
    const runs = (
      await Promise.all(
        names.map((n) => JSON_NAME.exec(n)?.[1]).flatMap((key) => (key ? [this.read(key)] : [])),
      )
    )
      .filter((r): r is StoredRun => r !== undefined)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.key.localeCompare(b.key));
    if (mtime !== undefined) this.listed = { mtime, runs };
    return runs;
  }

  /** One run by its full input key (undefined when the store does not hold it). */
  async read(key: string): Promise<StoredRun | undefined> {
    if (!isKey(key)) return undefined;
    const file = path.join(this.root, "keys", `${key}.json`);
    let entry: { digest?: unknown; model?: unknown; createdAt?: unknown };
    try {
      entry = JSON.parse(await readFile(file, "utf8"));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      return broken(key, "?", "", `keys/${key}.json is not valid JSON`);
    }
    const digest = typeof entry.digest === "string" ? entry.digest : "";
    const model = typeof entry.model === "string" ? entry.model : "?";
    const createdAt = typeof entry.createdAt === "string" ? entry.createdAt : "";
    if (!/^[0-9a-f]{64}$/.test(digest)) return broken(key, model, createdAt, "its key entry names no digest");
    const facts = await this.artifactFacts(digest);
    return { id: key.slice(0, 12), key, model, digest, createdAt, ...facts };
  }

  /** The run's training curves, checked against the manifest (undefined when it has none). */
  async history(digest: string): Promise<TrainingHistory | undefined> {
    const manifest = await this.manifest(digest).catch(() => undefined);
    if (!manifest) return undefined;
    return (await this.verifiedJson<TrainingHistory>(digest, manifest, "history.json").catch(() => undefined))
      ?.value;
  }

  /** A folder holding the artifact's files (for the version page when the store is fs). */
  artifactDir(digest: string): string {
    return path.join(this.root, "objects", digest);
  }

  private async artifactFacts(digest: string): Promise<ArtifactFacts> {
    const cached = this.facts.get(digest);
    if (cached) return cached;
    const facts = await this.readFacts(digest).catch(
      (e: Error): ArtifactFacts => ({ metrics: {}, params: {}, paramsRecorded: false, problem: e.message }),
    );
    this.facts.set(digest, facts);
    return facts;
  }

  private async readFacts(digest: string): Promise<ArtifactFacts> {
    const manifest = await this.manifest(digest);
    const metrics = await this.verifiedJson<{
      metrics?: Record<string, unknown>;
      task?: string;
      backend?: string;
    }>(digest, manifest, "metrics.json");
    const params = await this.verifiedJson<ParamsFile>(digest, manifest, PARAMS_FILE);
    const numeric: Record<string, number> = {};
    for (const [k, v] of Object.entries(metrics?.value.metrics ?? {}))
      if (typeof v === "number") numeric[k] = v;
    // history.json is the largest file: its epoch count comes from the manifest-listed file only when
    // the run predates params.json and the params are read from the artifact instead.
    const derived = params
      ? undefined
      : derivedParams(
          (await this.verifiedJson<ModelJson>(digest, manifest, "model/model.json"))?.value,
          (await this.verifiedJson<TrainingHistory>(digest, manifest, "history.json"))?.value,
        );
    return {
      metrics: numeric,
      params: params ? flattenParams(params.value.params) : derived!,
      paramsRecorded: params !== undefined,
      ...(metrics?.value.task !== undefined && { task: metrics.value.task }),
      ...(metrics?.value.backend !== undefined && { backend: metrics.value.backend }),
    };
  }

  private async manifest(digest: string): Promise<ArtifactManifest> {
    const text = await readFile(path.join(this.artifactDir(digest), MANIFEST_FILE), "utf8").catch(() => {
      throw new Error(
        `artifact ${digest.slice(0, 12)} is missing from objects/ (run it again to rebuild it)`,
      );
    });
    const manifest = JSON.parse(text) as ArtifactManifest;
    if (!Array.isArray(manifest?.files) || manifestDigest(manifest) !== digest) {
      throw new Error(`artifact ${digest.slice(0, 12)}: manifest.json does not match its digest`);
    }
    return manifest;
  }

  /** A JSON file of the artifact, or undefined when the manifest does not list it; throws on a mismatch. */
  private async verifiedJson<T>(
    digest: string,
    manifest: ArtifactManifest,
    rel: string,
  ): Promise<{ value: T } | undefined> {
    const entry = manifest.files.find((f) => f.path === rel);
    if (!entry) return undefined;
    const bytes = await readFile(path.join(this.artifactDir(digest), ...rel.split("/")));
    if (sha256Hex(bytes) !== entry.sha256) {
      throw new Error(
        `artifact ${digest.slice(0, 12)}: ${rel} does not match its sha256 (edited in the store?)`,
      );
    }
    return { value: JSON.parse(bytes.toString("utf8")) as T };
  }
}

function broken(key: string, model: string, createdAt: string, problem: string): StoredRun {
  return {
    id: key.slice(0, 12),
    key,
    model,
    digest: "",
    createdAt,
    metrics: {},
    params: {},
    paramsRecorded: false,
    problem,
  };
}

interface ModelJson {
  modelTopology?: { config?: { layers?: Array<{ class_name?: string; config?: Record<string, unknown> }> } };
}

/** Runs stored before params.json: the layers the saved model has and the epochs it trained. */
function derivedParams(model: ModelJson | undefined, history: TrainingHistory | undefined): FlatParams {
  const out: FlatParams = {};
  const layers = model?.modelTopology?.config?.layers;
  if (layers?.length) {
    out["artifact.layers"] = layers
      .map((l) => {
        const c = l.config ?? {};
        const args = [c.units, c.filters, c.rate, c.activation].filter(
          (x) => x !== undefined && x !== "linear",
        );
        return `${l.class_name ?? "?"}${args.length ? `(${args.join(",")})` : ""}`;
      })
      .join(" ");
  }
  if (history) out["artifact.epochs"] = history.epochs.length;
  return out;
}
