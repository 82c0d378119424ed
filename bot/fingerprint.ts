// The fingerprint of a model's inputs as git holds them (pipelines/gitops/fingerprint.ts, shared with
// `modelops release`), computed from the git tree GitHub serves. Two commits with the same
// fingerprint train the same artifact, so comparing fingerprints tells the bot, without downloading data,
// whether a push changed a model's inputs, restored an earlier version's (a revert), or left them alone.
import { posix } from "node:path";
import { inputsFingerprint, paramsOf } from "../pipelines/gitops/fingerprint.ts";
import type { Octokit, RepoRef } from "./github.ts";
import { configAt } from "./settings.ts";

export { FINGERPRINT_SCHEMA, paramsOf } from "../pipelines/gitops/fingerprint.ts";

export interface Fingerprints {
  ref: string;
  /** model -> fingerprint; absent when the config at ref does not define the model. */
  models: Map<string, string>;
  /** model -> params (config without the policy sections). */
  params: Map<string, Record<string, unknown>>;
  /** The config could not be read at ref (missing or invalid): the reason. */
  error?: string;
}

export async function fingerprintsAt(
  octokit: Octokit,
  repo: RepoRef,
  configPath: string,
  ref: string,
): Promise<Fingerprints> {
  const cfg = await configAt(octokit, repo, configPath, ref);
  const out: Fingerprints = { ref, models: new Map(), params: new Map() };
  if (!cfg.ok) return { ...out, error: cfg.error };
  const { data: tree } = await octokit.rest.git.getTree({ ...repo, tree_sha: ref, recursive: "true" });
  const blobs = new Map<string, string>();
  for (const entry of tree.tree)
    if (entry.type === "blob" && entry.path && entry.sha) blobs.set(entry.path, entry.sha);
  const dir = posix.dirname(configPath);
  for (const [name, config] of Object.entries(cfg.loaded.config.models)) {
    out.models.set(name, inputsFingerprint(name, config, dir, blobs));
    out.params.set(name, paramsOf(config));
  }
  return out;
}
