// A run's params: the model's config without the policy sections the input key leaves out (gates,
// promotion, deploy, monitor), as `modelops run` stores them in the artifact's params.json. Flattened to
// dotted paths (`train.learningRate`), so two runs compare key by key.
import type { ModelConfig } from "../config/schema.ts";
import { KEY_EXCLUDED_SECTIONS } from "../registry/key.ts";

export const PARAMS_FILE = "params.json";
export const PARAMS_SCHEMA = "modelops/params@1";

export interface ParamsFile {
  schema: typeof PARAMS_SCHEMA;
  model: string;
  params: Record<string, unknown>;
}

/** What params.json holds for a model's config. */
export function paramsFile(model: string, config: ModelConfig): ParamsFile {
  const params: Record<string, unknown> = { ...(config as unknown as Record<string, unknown>) };
  for (const section of KEY_EXCLUDED_SECTIONS) delete params[section];
  return { schema: PARAMS_SCHEMA, model, params };
}

export type FlatParams = Record<string, string | number | boolean | null>;

/**
 * `{ a: { b: 1 }, c: [1, 2] }` -> `{ "a.b": 1, c: "[1,2]" }`: objects by dotted path, arrays of scalars as
 * one JSON value (a layer list reads as one param), arrays of objects by index.
 */
export function flattenParams(value: unknown, prefix = "", out: FlatParams = {}): FlatParams {
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== "object")) out[prefix] = JSON.stringify(value);
    else for (const [i, v] of value.entries()) flattenParams(v, `${prefix}[${i}]`, out);
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) flattenParams(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (value === undefined) {
    // JSON has no undefined: leave the key out, as JSON.stringify does
  } else {
    out[prefix] = value as string | number | boolean | null;
  }
  return out;
}
