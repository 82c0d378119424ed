// The fingerprint of a model's inputs as git holds them: sha256 of the canonical JSON of the model's config
// (without the sections that do not change the trained artifact: gates, promotion, deploy, monitor, the
// same ones the input key leaves out) and the git blob ids of its data files. Two commits with the same
// fingerprint train the same artifact, so comparing fingerprints tells the bot, without downloading data,
// whether a push changed a model's inputs, restored an earlier version's (a revert), or left them alone.
import { posix } from "node:path";
import type { ModelConfig } from "../pipelines/config/schema.ts";
import { canonicalJson, KEY_EXCLUDED_SECTIONS, sha256Hex } from "../pipelines/registry/key.ts";
import type { Octokit, RepoRef } from "./github.ts";
import { configAt } from "./settings.ts";

export const FINGERPRINT_SCHEMA = "modelops/bot-fingerprint@1";

/** The model's config without the policy sections: what the trained artifact depends on. */
export function paramsOf(config: ModelConfig): Record<string, unknown> {
  const out: Record<string, unknown> = { ...config };
  for (const k of KEY_EXCLUDED_SECTIONS) delete out[k];
  return out;
}

/** Every string under `data` that names a file or folder of the tree, with the blob ids under it. */
function dataBlobs(data: unknown, dir: string, blobs: Map<string, string>): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  const visit = (node: unknown, key: string) => {
    if (typeof node === "string") {
      if (["target", "format", "delimiter", "features"].includes(key)) return;
      const path = posix.normalize(posix.join(dir, node));
      if (blobs.has(path)) out[path] = blobs.get(path) ?? null;
      else {
        const under = [...blobs.keys()].filter((p) => p.startsWith(`${path}/`));
        for (const p of under) out[p] = blobs.get(p) ?? null;
        if (under.length === 0 && /[./]/.test(node)) out[path] = null;
      }
    } else if (Array.isArray(node)) {
      for (const v of node) visit(v, key);
    } else if (node && typeof node === "object") {
      for (const [k, v] of Object.entries(node)) visit(v, k);
    }
  };
  visit(data, "data");
  return out;
}

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
  const dir = posix.dirname(configPath) === "." ? "" : posix.dirname(configPath);
  for (const [name, config] of Object.entries(cfg.loaded.config.models)) {
    const params = paramsOf(config);
    const doc = { schema: FINGERPRINT_SCHEMA, model: name, params, data: dataBlobs(config.data, dir, blobs) };
    out.models.set(name, sha256Hex(canonicalJson(doc)));
    out.params.set(name, params);
  }
  return out;
}
