// What each page shows, computed from the read side of the registry (pages.ts only turns it into HTML).
// The CLI's `modelops runs` reads the same catalog and comparison, so a page and `--json` agree.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { type DriftReport, driftBetweenProfiles } from "../data/drift.ts";
import type { DataProfile } from "../data/types.ts";
import { ModelopsError } from "../errors.ts";
import type { MetricsFile } from "../evaluate/types.ts";
import type { Traffic, Version } from "../registry/model-store.ts";
import { tagOf } from "../registry/tag.ts";
import type { RunCatalog, RunRow } from "../runs/catalog.ts";
import { type FlatParams, flattenParams, PARAMS_FILE, type ParamsFile } from "../runs/params.ts";
import type { ReadOnlyModelStore } from "../runs/read-store.ts";
import type { TrainingHistory } from "../train/history.ts";
import { type TimelineEntry, timelineOf } from "./timeline.ts";

/** Links into GitHub when the store is github:OWNER/REPO (none for the fs store). */
export interface Links {
  release?(model: string, version: number): string;
  commit?(sha: string): string;
  pull?(n: number): string;
}

/**
 * `web`: the repository's web address when known (a github version's release page starts with it, which
 * also covers GitHub Enterprise); otherwise github.com/OWNER/REPO.
 */
export function linksFor(uri: string, web?: string): Links {
  const m = /^github:([^/]+)\/([^/]+)$/.exec(uri);
  if (!m) return {};
  const base = web ?? `https://github.com/${encodeURIComponent(m[1]!)}/${encodeURIComponent(m[2]!)}`;
  return {
    release: (model, n) => `${base}/releases/tag/${encodeURIComponent(tagOf(model, n))}`,
    commit: (sha) => `${base}/commit/${encodeURIComponent(sha)}`,
    pull: (n) => `${base}/pull/${n}`,
  };
}

/** A store may carry the params in its version record; most keep them in the artifact's params.json. */
export type RichVersion = Version & { params?: Record<string, unknown> };

/** The repository's web address from a version's release page (`https://HOST/OWNER/REPO/releases/tag/...`). */
export async function repositoryWeb(store: ReadOnlyModelStore): Promise<string | undefined> {
  if (!store.uri.startsWith("github:")) return undefined;
  for (const model of await store.models()) {
    const source = (await store.listVersions(model)).find((v) => v.source?.includes("/releases/"))?.source;
    const m = source ? /^(https?:\/\/.+?)\/releases\//.exec(source) : null;
    if (m) return m[1];
  }
  return undefined;
}

export interface ModelSummary {
  model: string;
  versions: number;
  aliases: Record<string, number>;
  production?: number;
  canary?: number;
  traffic?: Traffic;
  lastRelease?: { version: number; at: string; tag?: string };
  lastMove?: TimelineEntry;
}

export async function modelsView(store: ReadOnlyModelStore): Promise<ModelSummary[]> {
  const names = await store.models();
  return Promise.all(
    names.map(async (model) => {
      const [versions, aliases, history, traffic] = await Promise.all([
        store.listVersions(model),
        store.aliases(model),
        store.history(model),
        store.traffic(model),
      ]);
      const last = versions.at(-1);
      const lastMove = timelineOf(history).at(-1);
      return {
        model,
        versions: versions.length,
        aliases,
        ...(aliases.production !== undefined && { production: aliases.production }),
        ...(aliases.canary !== undefined && { canary: aliases.canary }),
        ...(traffic && { traffic }),
        ...(last && {
          lastRelease: { version: last.version, at: last.createdAt, ...(last.tag && { tag: last.tag }) },
        }),
        ...(lastMove && { lastMove }),
      };
    }),
  );
}

export interface ModelView {
  model: string;
  versions: Array<RichVersion & { aliases: string[] }>;
  aliases: Record<string, number>;
  traffic?: Traffic;
  metricNames: string[];
  /** One chart per metric: the value of every version (null: the version has no such metric). */
  series: Array<{ metric: string; versions: number[]; values: Array<number | null> }>;
  timeline: TimelineEntry[];
}

export async function modelView(store: ReadOnlyModelStore, model: string): Promise<ModelView> {
  const [versions, aliases, history, traffic] = await Promise.all([
    store.listVersions(model),
    store.aliases(model),
    store.history(model),
    store.traffic(model),
  ]);
  if (versions.length === 0 && history.length === 0) await requireModel(store, model);
  const metricNames = [...new Set(versions.flatMap((v) => Object.keys(v.metrics ?? {})))].sort();
  return {
    model,
    versions: versions.map((v) => ({
      ...(v as RichVersion),
      aliases: Object.entries(aliases)
        .filter(([, n]) => n === v.version)
        .map(([a]) => a)
        .sort(),
    })),
    aliases,
    ...(traffic && { traffic }),
    metricNames,
    series: metricNames.map((metric) => ({
      metric,
      versions: versions.map((v) => v.version),
      values: versions.map((v) => (Number.isFinite(v.metrics?.[metric]) ? v.metrics![metric]! : null)),
    })),
    timeline: timelineOf(history),
  };
}

export interface VersionView {
  model: string;
  version: RichVersion;
  aliases: string[];
  params: FlatParams;
  metricsFile?: MetricsFile;
  history?: TrainingHistory;
  profile?: DataProfile;
  /** This version's training data against the version before it. */
  drift?: { against: number; report: DriftReport };
  card?: string;
  /** Why the artifact could not be read (the page still shows the record). */
  problem?: string;
}

export async function versionView(
  store: ReadOnlyModelStore,
  catalog: RunCatalog | undefined,
  model: string,
  n: number,
): Promise<VersionView> {
  const version = (await store.getVersion(model, n)) as RichVersion | undefined;
  if (!version) {
    await requireModel(store, model);
    throw new ModelopsError(`${model} has no version ${n}`, 1);
  }
  const aliases = Object.entries(await store.aliases(model))
    .filter(([, x]) => x === n)
    .map(([a]) => a)
    .sort();
  const view: VersionView = { model, version, aliases, params: {} };
  const artifact = await readArtifact(store, model, n).catch((e: Error) => {
    view.problem = e.message;
    return undefined;
  });
  if (artifact) Object.assign(view, artifact);
  if (version.params) view.params = flattenParams(version.params);
  else if (artifact?.params) view.params = artifact.params;
  else if (catalog) {
    const run = (await catalog.list({ model })).find((r) => r.key === version.key);
    if (run) view.params = run.params;
  }
  const previous = (await store.listVersions(model)).filter((v) => v.version < n).at(-1);
  if (view.profile && previous) {
    const before = await readArtifact(store, model, previous.version).catch(() => undefined);
    if (before?.profile) {
      view.drift = { against: previous.version, report: driftBetweenProfiles(before.profile, view.profile) };
    }
  }
  return view;
}

export interface RunsView {
  models: string[];
  model?: string;
  /** This page's runs (every run when no page was asked for). */
  runs: RunRow[];
  /** Runs over all pages. */
  total: number;
  /** 1-based; with `pages` and `perPage` when the list is paged. */
  page: number;
  pages: number;
  perPage: number;
  /** Per model, the params whose value differs between its listed runs: what tells its runs apart. */
  varyingParams: Record<string, string[]>;
  /** The metrics shown as columns (the most common first, at most 4). */
  metrics: string[];
}

/** Runs a page of the UI lists; the CLI lists them all. */
export const RUNS_PER_PAGE = 100;

export async function runsView(
  catalog: RunCatalog,
  model?: string,
  paging?: { page: number; perPage?: number },
): Promise<RunsView> {
  const all = await catalog.list();
  const runs = model === undefined ? all : all.filter((r) => r.model === model);
  const perPage = paging ? (paging.perPage ?? RUNS_PER_PAGE) : Math.max(1, runs.length);
  const pages = Math.max(1, Math.ceil(runs.length / perPage));
  const page = Math.min(Math.max(1, paging?.page ?? 1), pages);
  const varyingParams: Record<string, string[]> = {};
  for (const name of new Set(runs.map((r) => r.model))) {
    const own = runs.filter((r) => r.model === name);
    const paramNames = [...new Set(own.flatMap((r) => Object.keys(r.params)))].sort();
    varyingParams[name] = paramNames
      .filter((p) => new Set(own.map((r) => JSON.stringify(r.params[p] ?? null))).size > 1)
      .slice(0, 8);
  }
  const counts = new Map<string, number>();
  for (const r of runs) for (const k of Object.keys(r.metrics)) counts.set(k, (counts.get(k) ?? 0) + 1);
  const preferred = ["accuracy", "f1_macro", "r2", "rmse", "log_loss", "mae"];
  const metrics = [...counts.keys()]
    .sort(
      (a, b) =>
        rank(a, preferred) - rank(b, preferred) || counts.get(b)! - counts.get(a)! || a.localeCompare(b),
    )
    .slice(0, 4);
  return {
    models: [...new Set(all.map((r) => r.model))].sort(),
    ...(model !== undefined && { model }),
    runs: runs.slice((page - 1) * perPage, page * perPage),
    total: runs.length,
    page,
    pages,
    perPage,
    varyingParams,
    metrics,
  };
}

const rank = (x: string, order: string[]) => (order.includes(x) ? order.indexOf(x) : order.length);

async function requireModel(store: ReadOnlyModelStore, model: string): Promise<void> {
  const names = await store.models();
  if (!names.includes(model)) {
    throw new ModelopsError(
      `model ${JSON.stringify(model)} is not in the registry (${names.length ? `models: ${names.join(", ")}` : "no models yet"})`,
      1,
    );
  }
}

async function readArtifact(
  store: ReadOnlyModelStore,
  model: string,
  n: number,
): Promise<Pick<VersionView, "metricsFile" | "history" | "profile" | "card"> & { params?: FlatParams }> {
  const dir = await store.materialize(model, n);
  const read = async <T>(name: string, parse: (t: string) => T): Promise<T | undefined> =>
    readFile(path.join(dir, name), "utf8").then(parse, () => undefined);
  const [metricsFile, history, profile, card, params] = await Promise.all([
    read("metrics.json", (t) => JSON.parse(t) as MetricsFile),
    read("history.json", (t) => JSON.parse(t) as TrainingHistory),
    read("profile.json", (t) => JSON.parse(t) as DataProfile),
    read("card.md", (t) => t),
    read(PARAMS_FILE, (t) => flattenParams((JSON.parse(t) as ParamsFile).params)),
  ]);
  return {
    ...(metricsFile && { metricsFile }),
    ...(history && { history }),
    ...(profile && { profile }),
    ...(card !== undefined && { card }),
    ...(params && { params }),
  };
}
