// The fingerprint of a model's inputs as git holds them: sha256 of the canonical JSON of the model's config
// without the policy sections (gates, promotion, deploy, monitor: the ones the input key leaves out) and the
// git blob ids of its data files. Equal fingerprints train the same artifact, so comparing two commits'
// fingerprints says, without reading data, whether they hold the same inputs. The bot computes it from the
// trees GitHub serves, `modelops release` from the local repository (an evil merge check).
import { posix } from "node:path";
import type { ModelConfig } from "../config/schema.ts";
import { canonicalJson, KEY_EXCLUDED_SECTIONS, sha256Hex } from "../registry/key.ts";
import { git } from "./git.ts";

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

/**
 * The fingerprint of model `name` with `config`, whose modelops.yaml lies in `configDir` (repository-relative,
 * "" for the root), in a tree whose blobs are `blobs` (path -> git blob id).
 */
export function inputsFingerprint(
  name: string,
  config: ModelConfig,
  configDir: string,
  blobs: Map<string, string>,
): string {
  const dir = configDir === "." ? "" : configDir;
  const doc = {
    schema: FINGERPRINT_SCHEMA,
    model: name,
    params: paramsOf(config),
    data: dataBlobs(config.data, dir, blobs),
  };
  return sha256Hex(canonicalJson(doc));
}

/** path -> blob id of every file in commit `rev` of the local repository. */
export async function blobsAt(repoDir: string, rev: string): Promise<Map<string, string>> {
  const out = await git(repoDir, ["ls-tree", "-r", "-z", "--full-tree", rev]);
  const blobs = new Map<string, string>();
  for (const entry of out.split("\0")) {
    const m = /^\d+ blob ([0-9a-f]+)\t(.+)$/s.exec(entry);
    if (m) blobs.set(m[2] as string, m[1] as string);
  }
  return blobs;
}
