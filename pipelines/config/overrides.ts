// Values set at dotted keys of a model's config (`train.learningRate`, `model.dense`), then validated again by
// the modelops.yaml schema: the one override mechanism, behind a tuning trial's config (pipelines/train/tune.ts
// `trialConfig`) and the Actions' `overrides` input (actions/lib/model.ts). Each caller words the problem for
// where its values came from.
import { type ModelConfig, modelSchema } from "./schema.ts";

/** Why the values do not make a model config: a key runs through a value that is not a mapping, or the schema's first issue. */
export type OverrideProblem =
  | { kind: "not-a-mapping"; path: string; key: string }
  | { kind: "invalid"; at: string; message: string };

export type OverrideResult = { ok: true; config: ModelConfig } | { ok: false; problem: OverrideProblem };

/** `config` with each value set at its dotted key (missing mappings are made), without the `drop` sections. */
export function overrideConfig(
  config: ModelConfig,
  values: Record<string, unknown>,
  drop: ReadonlyArray<keyof ModelConfig> = [],
): OverrideResult {
  const copy = structuredClone(config) as unknown as Record<string, unknown>;
  for (const [path, value] of Object.entries(values)) {
    const keys = path.split(".");
    let node = copy;
    for (const key of keys.slice(0, -1)) {
      const next = node[key];
      if (next === undefined) node[key] = {};
      else if (typeof next !== "object" || next === null || Array.isArray(next)) {
        return { ok: false, problem: { kind: "not-a-mapping", path, key } };
      }
      node = node[key] as Record<string, unknown>;
    }
    node[keys.at(-1)!] = value;
  }
  for (const section of drop) delete copy[section];
  const parsed = modelSchema.safeParse(copy);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, problem: { kind: "invalid", at: issue.path.join("."), message: issue.message } };
  }
  return { ok: true, config: parsed.data };
}
