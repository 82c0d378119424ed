// Inputs as the actions declare them in action.yml. The runner fills in declared defaults; a test that
// calls run() directly does not, so every reader here applies the same default itself.
import * as core from "@actions/core";
import { BACKENDS, type Backend } from "../../pipelines/config/index.ts";
import { ModelopsError } from "../../pipelines/errors.ts";

export const SAFE_LABEL = "safe-to-train";

export function text(name: string, fallback = ""): string {
  const value = core.getInput(name).trim();
  return value === "" ? fallback : value;
}

export function flag(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim();
  if (value === "") return fallback;
  if (/^(true|yes|on|1)$/i.test(value)) return true;
  if (/^(false|no|off|0)$/i.test(value)) return false;
  throw new ModelopsError(`input "${name}" is ${JSON.stringify(value)}; expected true or false`);
}

export function backend(name = "backend"): Backend {
  const value = text(name, "auto");
  if (!(BACKENDS as readonly string[]).includes(value)) {
    throw new ModelopsError(
      `input "${name}" is ${JSON.stringify(value)}; expected one of ${BACKENDS.join(", ")}`,
    );
  }
  return value as Backend;
}

/** Multiline `key.path=value` lines (blank lines and # comments ignored). */
export function lines(name: string): string[] {
  return core
    .getInput(name)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
}

/** The inputs every model step shares. */
export interface ModelInputs {
  config: string;
  model?: string;
  outputDir?: string;
  registry?: string;
  overrides: string[];
  trial?: string;
}

/** model, config, output-dir and overrides; registry and trial for the steps that declare them. */
export function modelInputs(extra: { registry?: boolean; trial?: boolean } = {}): ModelInputs {
  const model = text("model");
  const outputDir = text("output-dir");
  const registry = extra.registry ? text("registry") : "";
  const trial = extra.trial ? text("trial") : "";
  return {
    config: text("config", "modelops.yaml"),
    ...(model && { model }),
    ...(outputDir && { outputDir }),
    ...(registry && { registry }),
    overrides: lines("overrides"),
    ...(trial && { trial }),
  };
}

/** Fork-safety inputs: who may be asked, and the label that allows a run. */
export function trustInputs(): { token: string; label: string } {
  return { token: text("token"), label: text("safe-label", SAFE_LABEL) };
}

/** Cache inputs: whether to use the Actions cache and the key override. */
export function cacheInputs(): { enabled: boolean; key?: string } {
  const key = text("cache-key");
  return { enabled: flag("cache", true), ...(key && { key }) };
}

/** The inputs every measuring Action (run, evaluate) reads beside the model's: trust, cache, report. */
export function measuringInputs() {
  return {
    trust: trustInputs(),
    cache: cacheInputs(),
    upload: flag("upload", true),
    failOnGate: flag("fail-on-gate", false),
    baselineFile: text("baseline"),
  };
}
