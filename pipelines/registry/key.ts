// Input keys: an artifact is addressed by what went into it (DESIGN.md, "Artifacts are addressed by their
// inputs"). Same inputs -> same key -> the store already holds the artifact, no retraining; a `git revert`
// restores old inputs and therefore the old key, so a rollback is a lookup.
import { createHash } from "node:crypto";
import type { ModelConfig } from "../config/schema.ts";

/**
 * Sections of a model's config that do not change what training produces. They are left out of the key, so
 * tightening a gate, changing reviewers or the deploy strategy re-uses the trained artifact instead of
 * training again (everything else, `evaluate` included, is part of the key).
 */
export const KEY_EXCLUDED_SECTIONS = ["gates", "promotion", "deploy", "monitor"] as const;

export interface KeyInputs {
  model: string;
  /** The parsed config (defaults applied), so spelling out a default does not change the key. */
  config: ModelConfig;
  /**
   * sha256 of each data file, by its path relative to modelops.yaml. The key covers path AND content: the
   * path is already part of the config, so a renamed file changes the key even when its bytes are the same,
   * and the same path with new bytes changes it too. `\` and a leading `./` are normalised, so the same
   * repository gives the same key on Windows and Linux.
   */
  dataDigests: Record<string, string>;
  modelopsVersion: string;
  seed: number;
}

/** The schema of the hashed document; bump it when the key's recipe changes, so old keys cannot collide. */
export const KEY_SCHEMA = "modelops/key@1";

/**
 * JSON with object keys sorted recursively and no whitespace. Properties whose value is `undefined` are
 * dropped (as JSON.stringify does); arrays keep their order. Non-finite numbers are refused: they would
 * silently become `null`.
 */
export function canonicalJson(value: unknown): string {
  return serialise(value, "$");
}

function serialise(value: unknown, at: string): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "number":
      if (!Number.isFinite(value))
        throw new TypeError(`canonicalJson: ${at} is ${value}, not a finite number`);
      return JSON.stringify(value);
    case "string":
    case "boolean":
      return JSON.stringify(value);
    case "object": {
      if (Array.isArray(value)) {
        return `[${value.map((v, i) => (v === undefined ? "null" : serialise(v, `${at}[${i}]`))).join(",")}]`;
      }
      const obj = value as Record<string, unknown>;
      const parts: string[] = [];
      for (const k of Object.keys(obj).sort()) {
        const v = obj[k];
        if (v === undefined || typeof v === "function" || typeof v === "symbol") continue;
        parts.push(`${JSON.stringify(k)}:${serialise(v, `${at}.${k}`)}`);
      }
      return `{${parts.join(",")}}`;
    }
    default:
      throw new TypeError(`canonicalJson: ${at} is a ${typeof value}, which JSON cannot hold`);
  }
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

export function normaliseDataPath(p: string): string {
  let out = p.replace(/\\/g, "/");
  while (out.startsWith("./")) out = out.slice(2);
  return out;
}

/** sha256 hex of the canonical JSON of the inputs that determine a trained artifact. */
export function inputKey(inputs: KeyInputs): string {
  const config: Record<string, unknown> = { ...(inputs.config as unknown as Record<string, unknown>) };
  for (const section of KEY_EXCLUDED_SECTIONS) delete config[section];
  const dataDigests: Record<string, string> = {};
  for (const [path, digest] of Object.entries(inputs.dataDigests)) {
    const p = normaliseDataPath(path);
    if (p in dataDigests && dataDigests[p] !== digest) {
      throw new TypeError(`inputKey: data path ${path} appears twice with different digests`);
    }
    dataDigests[p] = digest.toLowerCase();
  }
  return sha256Hex(
    canonicalJson({
      schema: KEY_SCHEMA,
      model: inputs.model,
      config,
      dataDigests,
      modelopsVersion: inputs.modelopsVersion,
      seed: inputs.seed,
    }),
  );
}

const KEY_RE = /^[0-9a-f]{64}$/;
export function isKey(s: string): boolean {
  return KEY_RE.test(s);
}
