// preprocess, train, evaluate and run: the pipeline stages, each usable alone (as CI steps) or together.
import type { Command } from "commander";
import { Registry } from "../../registry/index.ts";
import { type ModelOptions, resolveModel, withModelOptions } from "../context.ts";
import { type TrainingProgress, trainingProgress } from "../progress.ts";

export function register(program: Command): void {
  withModelOptions(
    program.command("preprocess").description("read, clean, transform, split and profile the data"),
  )
    .option("--json", "print the result as JSON")
    .action(async (options: ModelOptions & { json?: boolean }) => {
      const { runPreprocess } = await import("../../run/run.ts");
      const { ref, outDir } = await resolveModel(options);
      const result = await runPreprocess(ref, outDir);
      const r = result.profile.rows;
      if (options.json) return printJson({ model: ref.name, outDir, rows: r });
      console.log(
        `${ref.name}: ${r.raw} rows (${r.dropped} dropped) -> train ${r.train}, validation ${r.validation}, test ${r.test}; wrote ${outDir}`,
      );
    });

  withModelOptions(program.command("train").description("fit the model (runs preprocess first when needed)"))
    .option("--json", "print the result as JSON")
    .action(async (options: ModelOptions & { json?: boolean }) => {
      const { runTrain } = await import("../../run/run.ts");
      const { ref, outDir } = await resolveModel(options);
      const progress = trainingProgress(ref.name);
      const { history, backend } = await runTrain(ref, outDir, callbacks(progress)).finally(progress.stop);
      const last = history.epochs.at(-1);
      if (options.json) {
        return printJson({
          model: ref.name,
          backend,
          epochs: history.epochs.length,
          seconds: history.seconds,
          stoppedEarly: history.stoppedEarly,
          bestEpoch: history.bestEpoch,
          finalLoss: last?.loss,
          modelDir: `${outDir}/model`,
        });
      }
      console.log(
        `${ref.name}: ${history.epochs.length} epochs on ${backend} in ${history.seconds.toFixed(1)}s` +
          `${history.stoppedEarly ? ` (early stop, best epoch ${history.bestEpoch})` : ""}, final loss ${last?.loss?.toFixed(4)}; wrote ${outDir}/model`,
      );
    });

  withModelOptions(program.command("evaluate").description("metrics on the held-out test split"))
    .option("--json", "print metrics.json")
    .action(async (options: ModelOptions & { json?: boolean }) => {
      const { runEvaluate } = await import("../../run/run.ts");
      const { ref, outDir } = await resolveModel(options);
      const metrics = await runEvaluate(ref, outDir);
      if (options.json) return printJson(metrics);
      console.log(`${ref.name}: ${formatMetrics(metrics.metrics)}; wrote ${outDir}/metrics.json`);
    });

  withModelOptions(
    program
      .command("run")
      .description("preprocess + train + evaluate, from the cache when the inputs are known"),
  )
    .option("--force", "train even when the input key is already in the store")
    .option("--json", "print the result as JSON")
    .action(async (options: ModelOptions & { force?: boolean; json?: boolean }) => {
      const { runModel } = await import("../../run/run.ts");
      const { ref, outDir, registryRoot } = await resolveModel(options);
      const registry = await Registry.open(registryRoot);
      const progress = trainingProgress(ref.name);
      const result = await runModel(ref, {
        outDir,
        registry,
        force: options.force,
        ...callbacks(progress),
      }).finally(progress.stop);
      if (options.json) return printJson({ model: ref.name, ...result });
      console.log(
        `${ref.name}: key ${result.key.slice(0, 12)} ${result.cached ? "cache hit, no training" : "trained"} in ${result.seconds}s; ${formatMetrics(result.metrics.metrics)}; wrote ${outDir}`,
      );
    });
}

/** The progress's callbacks in the shape runTrain and runModel take. */
function callbacks(progress: TrainingProgress) {
  return {
    log: progress.log,
    onEpoch: progress.onEpoch,
    ...(progress.onBatch ? { onBatch: progress.onBatch } : {}),
  };
}

function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function formatMetrics(metrics: Record<string, number | undefined>): string {
  return Object.entries(metrics)
    .map(([k, v]) => `${k} ${v === undefined ? "-" : Number(v.toPrecision(4))}`)
    .join(", ");
}
