// modelops tune: hyperparameter search from tune.search. Without options every trial runs here, then the
// reducer; `--trial N` runs one trial alone (one per runner in an Actions matrix: `--list --json` prints the
// trial numbers), and `--reduce` combines the trial-N.json files gathered in the run folder into tune.json.
import type { Command } from "commander";
import { type ModelOptions, resolveModel, withModelOptions } from "../context.ts";

export function register(program: Command): void {
  withModelOptions(
    program
      .command("tune")
      .description(
        "hyperparameter search (tune.search): all trials, one trial (--trial N) or the reducer (--reduce)",
      ),
  )
    .option("--trial <n>", "run this trial alone (1-based) and write trials/trial-<n>.json in the run folder")
    .option("--reduce", "pick the best of the trial results in the run folder and write tune.json")
    .option("--list", "print the trials (numbers and values) without running any")
    .option("--json", "print results as JSON")
    .action(
      async (
        options: ModelOptions & { trial?: string; reduce?: boolean; list?: boolean; json?: boolean },
      ) => {
        const { listTrials, reduceSearch, runTrial } = await import("../../run/tune-run.ts");
        const { ModelopsError } = await import("../../errors.ts");
        const { ref, outDir } = await resolveModel(options);
        const log = (line: string) => console.error(line);
        if (options.list) {
          const trials = listTrials(ref);
          if (options.json) console.log(JSON.stringify(trials.map((t) => t.trial)));
          else for (const t of trials) console.log(`trial ${t.trial}: ${JSON.stringify(t.params)}`);
          return;
        }
        if (options.trial !== undefined) {
          const n = Number(options.trial);
          if (!Number.isInteger(n) || n < 1)
            throw new ModelopsError(`--trial ${options.trial}: expected a trial number, 1 or more`);
          const result = await runTrial(ref, outDir, n, log);
          console.log(
            options.json
              ? JSON.stringify(result)
              : `${ref.name} trial ${n}: ${result.objective.metric} ${Number(result.objective.value.toPrecision(4))} on ${result.objective.on} with ${JSON.stringify(result.params)}; wrote ${outDir}/trials/trial-${n}.json`,
          );
          return;
        }
        if (!options.reduce) {
          for (const t of listTrials(ref)) {
            const r = await runTrial(ref, outDir, t.trial, log);
            log(
              `trial ${t.trial}: ${r.objective.metric} ${Number(r.objective.value.toPrecision(4))} with ${JSON.stringify(t.params)}`,
            );
          }
        }
        const summary = await reduceSearch(ref, outDir);
        if (options.json) {
          console.log(JSON.stringify(summary, null, 2));
          return;
        }
        const { best } = summary;
        console.log(
          `${ref.name}: best trial ${best.trial} of ${summary.trials.length}: ${best.objective.metric} ${Number(best.objective.value.toPrecision(4))} with ${JSON.stringify(best.params)}${summary.missing.length ? ` (no result for trials ${summary.missing.join(", ")})` : ""}; wrote ${outDir}/tune.json`,
        );
      },
    );
}
