// Every run a registry knows, released or not: the runs stored by input key (fs run store) joined with the
// versions of the model store built from them, plus the versions whose run is not stored locally (a github
// store read from another machine). The UI's runs page and `modelops runs` both read this.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ModelopsError } from "../errors.ts";
import type { Version } from "../registry/model-store.ts";
import type { TrainingHistory } from "../train/history.ts";
import { flattenParams, PARAMS_FILE, type ParamsFile } from "./params.ts";
import type { ReadOnlyModelStore } from "./read-store.ts";
import type { RunReader, StoredRun } from "./reader.ts";

/** A row of the runs catalog: the stored run's record (its task aside), joined with the store's versions. */
export interface RunRow extends Omit<StoredRun, "task"> {
  /** Versions of the store built from this run (usually one; none: never released). */
  versions: number[];
  /** Aliases naming those versions now. */
  aliases: string[];
  /** run: in the local run store; store: only a version record of the model store. */
  source: "run" | "store";
}

export interface RunFilter {
  model?: string;
}

type VersionWithParams = Version & { params?: Record<string, unknown> };

export class RunCatalog {
  constructor(
    readonly store: ReadOnlyModelStore | undefined,
    readonly reader: RunReader | undefined,
  ) {}

  /** Newest first; `filter.model` keeps one model's runs. */
  async list(filter: RunFilter = {}): Promise<RunRow[]> {
    const stored = (await this.reader?.list()) ?? [];
    const released = await this.releasedVersions();
    const rows: RunRow[] = [];
    const seen = new Set<string>();
    for (const run of stored) {
      const own = released.get(`${run.model}\n${run.key}`);
      seen.add(`${run.model}\n${run.key}`);
      rows.push(fromStored(run, own));
    }
    for (const [id, own] of released) {
      if (!seen.has(id)) rows.push(fromVersions(own));
    }
    return rows
      .filter((r) => filter.model === undefined || r.model === filter.model)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.key.localeCompare(b.key));
  }

  /**
   * A run by `MODEL/vN` (the run behind a version) or by a prefix of its input key (6 characters or more,
   * unique among the runs).
   */
  async resolve(spec: string, rows?: RunRow[]): Promise<RunRow> {
    const all = rows ?? (await this.list());
    const version = /^([^/\s]+)\/v?(\d+)$/.exec(spec);
    if (version) {
      const [, model, n] = version;
      const hit = all.find((r) => r.model === model && r.versions.includes(Number(n)));
      if (!hit) throw new ModelopsError(`run ${spec}: ${model} has no version ${n} in this registry`);
      return hit;
    }
    if (!/^[0-9a-f]{6,64}$/.test(spec)) {
      throw new ModelopsError(
        `run "${spec}": name a run by its key (6 or more hex characters, see \`modelops runs ls\`) or MODEL/vN`,
      );
    }
    const hits = all.filter((r) => r.key.startsWith(spec));
    if (hits.length === 0) throw new ModelopsError(`run ${spec}: no stored run has a key starting with it`);
    if (hits.length > 1) {
      throw new ModelopsError(
        `run ${spec}: ${hits.length} runs have keys starting with it (${hits
          .slice(0, 3)
          .map((r) => r.id)
          .join(", ")}); give more characters`,
      );
    }
    return hits[0]!;
  }

  /**
   * The row with the params of its artifact when only the store has it (a github version read on another
   * machine: its params.json arrives with the artifact, downloaded into the local cache once).
   */
  async withParams(row: RunRow): Promise<RunRow> {
    if (row.source === "run" || row.paramsRecorded || !this.store || row.versions[0] === undefined)
      return row;
    const dir = await this.store.materialize(row.model, row.versions[0]).catch(() => undefined);
    if (!dir) return row;
    const file = await readFile(path.join(dir, PARAMS_FILE), "utf8").catch(() => undefined);
    if (file === undefined) return row;
    return { ...row, params: flattenParams((JSON.parse(file) as ParamsFile).params), paramsRecorded: true };
  }

  /** The run's training curves: from the run store, or from the version's artifact. */
  async history(row: RunRow): Promise<TrainingHistory | undefined> {
    if (row.source === "run" && this.reader) return this.reader.history(row.digest);
    const version = row.versions[0];
    if (!this.store || version === undefined) return undefined;
    const dir = await this.store.materialize(row.model, version).catch(() => undefined);
    if (!dir) return undefined;
    return readFile(path.join(dir, "history.json"), "utf8")
      .then((t) => JSON.parse(t) as TrainingHistory)
      .catch(() => undefined);
  }

  /** model + key -> the versions built from that key and the aliases naming them. */
  private async releasedVersions(): Promise<
    Map<string, { versions: VersionWithParams[]; aliases: string[]; model: string }>
  > {
    const out = new Map<string, { versions: VersionWithParams[]; aliases: string[]; model: string }>();
    if (!this.store) return out;
    for (const model of await this.store.models()) {
      const [versions, aliases] = await Promise.all([
        this.store.listVersions(model),
        this.store.aliases(model),
      ]);
      for (const v of versions) {
        const id = `${model}\n${v.key}`;
        const entry = out.get(id) ?? { versions: [], aliases: [], model };
        entry.versions.push(v);
        for (const [alias, n] of Object.entries(aliases)) if (n === v.version) entry.aliases.push(alias);
        out.set(id, entry);
      }
    }
    return out;
  }
}

function fromStored(run: StoredRun, own?: { versions: VersionWithParams[]; aliases: string[] }): RunRow {
  const { id, key, model, digest, createdAt, metrics, params, paramsRecorded } = run;
  const released = own?.versions.find((v) => v.params);
  return {
    id,
    key,
    model,
    digest,
    createdAt,
    metrics,
    // A version's signed params win over a run stored before params.json existed.
    params: !paramsRecorded && released?.params ? flattenParams(released.params) : params,
    paramsRecorded: paramsRecorded || released !== undefined,
    versions: own?.versions.map((v) => v.version) ?? [],
    aliases: own?.aliases.sort() ?? [],
    source: "run",
    ...(run.backend !== undefined && { backend: run.backend }),
    ...(run.problem !== undefined && { problem: run.problem }),
  };
}

function fromVersions(own: { versions: VersionWithParams[]; aliases: string[]; model: string }): RunRow {
  const first = own.versions[0]!;
  return {
    id: first.key.slice(0, 12),
    key: first.key,
    model: own.model,
    digest: first.digest,
    createdAt: first.createdAt,
    metrics: first.metrics ?? {},
    params: first.params ? flattenParams(first.params) : {},
    paramsRecorded: first.params !== undefined,
    versions: own.versions.map((v) => v.version),
    aliases: own.aliases.sort(),
    source: "store",
  };
}
