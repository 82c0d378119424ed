// From the step's inputs to the model it works on: modelops.yaml (relative to the workspace), the model,
// trial overrides, the run folder and the registry. Paths in messages are shown relative to the workspace.
import { isAbsolute, join, relative, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { getModel, type LoadedConfig, loadConfig } from "../../pipelines/config/index.ts";
import { overrideConfig } from "../../pipelines/config/overrides.ts";
import { ModelopsError } from "../../pipelines/errors.ts";
import { registryRootFor } from "../../pipelines/registry/root.ts";
import type { ModelRef } from "../../pipelines/run/run.ts";
import type { ModelInputs } from "./inputs.ts";

export interface ResolvedModel {
  loaded: LoadedConfig;
  ref: ModelRef;
  /** Absolute run folder. */
  outDir: string;
  /** The run folder relative to the workspace (what the cache and the outputs name). */
  outRel: string;
  registryRoot: string;
  /** `key.path=value` overrides applied to the model's config (a trial of a search). */
  overrides: Record<string, unknown>;
}

export async function resolveModel(inputs: ModelInputs, workspace: string): Promise<ResolvedModel> {
  const loaded = await loadConfig(resolve(workspace, inputs.config));
  const { name, config } = getModel(loaded, inputs.model);
  const overrides = parseOverrides(inputs.overrides);
  const outDir = resolve(workspace, inputs.outputDir ?? join("runs", name));
  return {
    loaded,
    ref: { configDir: loaded.dir, name, config: applyOverrides(name, config, overrides) },
    outDir,
    outRel: shown(workspace, outDir),
    registryRoot: registryRootFor(loaded.file, inputs.registry && resolve(workspace, inputs.registry)),
    overrides,
  };
}

/** A path as a user of the workspace reads it: relative when inside, absolute otherwise. */
export function shown(workspace: string, path: string): string {
  const rel = relative(workspace, path);
  return rel === "" ? "." : rel.startsWith("..") || isAbsolute(rel) ? path : rel.split("\\").join("/");
}

/** `train.learningRate=0.01`, `model.dense=[32, 16]`: the value is read as YAML. */
export function parseOverrides(lines: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const line of lines) {
    const eq = line.indexOf("=");
    const path = eq > 0 ? line.slice(0, eq).trim() : "";
    if (!/^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)*$/.test(path)) {
      throw new ModelopsError(
        `input "overrides": ${JSON.stringify(line)} is not key.path=value (for example train.learningRate=0.01)`,
      );
    }
    out[path] = parseYaml(line.slice(eq + 1).trim());
  }
  return out;
}

/** The model's config with the overrides set, validated again by the modelops.yaml schema. */
export function applyOverrides(
  model: string,
  config: ModelRef["config"],
  overrides: Record<string, unknown>,
): ModelRef["config"] {
  if (Object.keys(overrides).length === 0) return config;
  const result = overrideConfig(config, overrides);
  if (result.ok) return result.config;
  const { problem } = result;
  throw new ModelopsError(
    problem.kind === "not-a-mapping"
      ? `input "overrides": ${problem.path}: models.${model}.${problem.key} is not a mapping`
      : `input "overrides": models.${model}.${problem.at}: ${problem.message} (after ${Object.keys(overrides).join(", ")})`,
  );
}
