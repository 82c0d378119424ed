// Options shared by the commands that work on one model: where the config, the run folder and the
// registry are, resolved the same way everywhere.
import { join, resolve } from "node:path";
import type { Command } from "commander";
import { getModel, loadConfig } from "../config/index.ts";
import { registryRootFor } from "../registry/root.ts";
import type { ModelRef } from "../run/run.ts";

export interface ModelOptions {
  config: string;
  model?: string;
  out?: string;
  registry?: string;
}

export function withModelOptions(cmd: Command, opts: { out?: boolean } = { out: true }): Command {
  cmd
    .option("-c, --config <file>", "modelops.yaml to read", "modelops.yaml")
    .option("-m, --model <name>", "model in modelops.yaml (optional when there is only one)")
    .option("--registry <dir>", "registry and artifact store (default: .modelops beside modelops.yaml)");
  if (opts.out) cmd.option("-o, --out <dir>", "run folder (default: runs/<model>)");
  return cmd;
}

export async function resolveModel(
  options: ModelOptions,
): Promise<{ ref: ModelRef; outDir: string; registryRoot: string }> {
  const loaded = await loadConfig(options.config);
  const { name, config } = getModel(loaded, options.model);
  return {
    ref: { configDir: loaded.dir, name, config },
    outDir: resolve(options.out ?? join("runs", name)),
    registryRoot: registryRootFor(loaded.file, options.registry),
  };
}

// The registry owns where it lives (pipelines/registry/root.ts); re-exported for the commands.
export { registryRootFor };
