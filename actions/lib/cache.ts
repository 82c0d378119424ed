// The Actions cache as a second artifact store: a run's artifact files are saved under a key derived from
// the input key, so an unchanged model on a fresh runner is restored instead of trained. What comes back is
// checked (the `key` file must name the input key) before anything uses it.
import { readFile } from "node:fs/promises";
import { isAbsolute, join, relative, sep } from "node:path";
import * as cache from "@actions/cache";
import * as core from "@actions/core";
import { ARTIFACT_FILES } from "../../pipelines/run/run.ts";

export interface CacheService {
  /** The key that matched, or undefined on a miss. */
  restore(paths: string[], key: string, lookupOnly?: boolean): Promise<string | undefined>;
  save(paths: string[], key: string): Promise<void>;
}

/**
 * @actions/cache, with its failures turned into warnings: a cache that is down (or absent, as on GitHub
 * Enterprise without it) costs a training run, never the step.
 */
export const actionsCache: CacheService = {
  async restore(paths, key, lookupOnly = false) {
    try {
      return await cache.restoreCache(paths, key, [], { lookupOnly });
    } catch (error) {
      core.warning(`Actions cache not available (${message(error)}); continuing without it`);
      return undefined;
    }
  },
  async save(paths, key) {
    try {
      await cache.saveCache(paths, key);
    } catch (error) {
      core.warning(`could not save the Actions cache ${key} (${message(error)})`);
    }
  },
};

/** `modelops-<model>-<input key>` unless the step names its own key. */
export function cacheKeyFor(model: string, inputKey: string, override?: string): string {
  return override ?? `modelops-${model}-${inputKey}`;
}

/**
 * The artifact's files under the run folder. @actions/cache resolves paths against the working directory
 * (the workspace, on a runner) and versions an entry by the paths as given, so relative paths let every
 * runner share an entry whatever its work folder is.
 */
export function cachePaths(outDir: string): string[] {
  // Outside the working directory (a local run with its workspace elsewhere) only an absolute path will do.
  const rel = relative(process.cwd(), outDir);
  const base = rel.startsWith("..") || isAbsolute(rel) ? outDir : rel;
  return ARTIFACT_FILES.map((f) => (base === "" ? f : join(base, f)).split(sep).join("/"));
}

/** True when the run folder's `key` file names `inputKey` (what a restore must prove before it is used). */
export async function holdsKey(outDir: string, inputKey: string): Promise<boolean> {
  const text = await readFile(join(outDir, "key"), "utf8").catch(() => "");
  return text.trim() === inputKey;
}

function message(error: unknown): string {
  return ((error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "").slice(0, 200);
}

export interface CacheOutcome {
  hit: boolean;
  /** Where the artifact came from on a hit. */
  source?: "artifact store" | "Actions cache";
  cacheKey?: string;
}

/**
 * Restores the run folder's artifact files for `inputKey` from the Actions cache. A restore only counts when
 * the restored `key` file names the same input key.
 */
export async function restoreRunFiles(
  service: CacheService,
  opts: { outDir: string; inputKey: string; cacheKey: string },
): Promise<boolean> {
  const matched = await service.restore(cachePaths(opts.outDir), opts.cacheKey);
  if (!matched) return false;
  if (await holdsKey(opts.outDir, opts.inputKey)) return true;
  core.warning(
    `the Actions cache entry ${matched} does not hold the artifact of input key ${opts.inputKey.slice(0, 12)} (is cache-key shared by different inputs?); training instead`,
  );
  return false;
}

/** Saves the run folder's artifact files unless an entry with this key exists already. */
export async function saveRunFiles(
  service: CacheService,
  opts: { outDir: string; cacheKey: string },
): Promise<boolean> {
  const paths = cachePaths(opts.outDir);
  if (await service.restore(paths, opts.cacheKey, true)) return false;
  await service.save(paths, opts.cacheKey);
  return true;
}
