// Options shared by the commands that work on one model: where the config, the run folder and the
// registry are, resolved the same way everywhere.
import { dirname, join, resolve } from "node:path";
import type { Command } from "commander";
import { getModel, loadConfig } from "../config/index.ts";
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

export function registryRootFor(configFile: string, explicit?: string): string {
  return resolve(explicit ?? join(dirname(resolve(configFile)), ".modelops"));
}

/** One line per epoch on a TTY (rewritten in place), a line every 10% of the epochs in CI logs. */
export function epochProgress(label: string): (epoch: number, epochs: number, loss: number) => void {
  const started = performance.now();
  const tty = process.stderr.isTTY;
  return (epoch, epochs, loss) => {
    const seconds = (performance.now() - started) / 1000;
    const eta = epoch > 0 ? (seconds / epoch) * (epochs - epoch) : 0;
    const width = 20;
    const filled = Math.round((epoch / epochs) * width);
    const line = `${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] epoch ${epoch}/${epochs} loss ${loss.toFixed(4)} ETA ${eta.toFixed(0)}s`;
    if (tty) process.stderr.write(`\r${line}${epoch === epochs ? "\n" : ""}`);
    else if (epoch === epochs || epoch % Math.max(1, Math.round(epochs / 10)) === 0)
      process.stderr.write(`${line}\n`);
  };
}
