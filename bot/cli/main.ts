// The composition root of the `modelops` executable: the engine's commands (pipelines/cli/commands) and the
// ones over the GitHub App (`modelops bot`, `demo --github`), in the order `--help` lists them. It lives in
// bot/ because it is the one place that may see both floors: pipelines/ never imports bot/. Add a command by
// adding its module here.
import { demoCommand } from "../../pipelines/cli/commands/demo.ts";
import { type CommandEntry, type CommandModule, main } from "../../pipelines/cli/main.ts";
import { ModelopsError } from "../../pipelines/errors.ts";

/** `modelops demo --github`: the GitHub demo, loaded only when asked for (it starts probot). */
async function githubDemo(dir: string | undefined): Promise<void> {
  const { runGitHubDemo } = await import("./github-demo.ts");
  const started = performance.now();
  const result = await runGitHubDemo({ dir });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (!result.ok) {
    const failed = result.stages.filter((s) => !s.ok).map((s) => s.stage);
    throw new ModelopsError(
      `demo --github: stage(s) ${failed.join(", ")} did not do what they should (see ${result.reportDir}/report.md)`,
      1,
    );
  }
  console.log(`demo --github: every stage passed in ${seconds}s; report in ${result.reportDir}`);
}

const lazy = (names: string[], load: () => Promise<CommandModule>): CommandEntry => ({ names, load });

/**
 * Every command of the `modelops` executable, in the order `--help` lists them; each module loads only when
 * its command runs (pipelines/cli/main.ts `commandsFor`), so the list names the commands each one registers.
 */
export const COMMANDS: readonly CommandEntry[] = [
  demoCommand(githubDemo),
  lazy(["init"], () => import("../../pipelines/cli/commands/init.ts")),
  lazy(["validate"], () => import("../../pipelines/cli/commands/validate.ts")),
  lazy(["preprocess", "train", "evaluate", "run"], () => import("../../pipelines/cli/commands/pipeline.ts")),
  lazy(["tune"], () => import("../../pipelines/cli/commands/tune.ts")),
  lazy(["data"], () => import("../../pipelines/cli/commands/data.ts")),
  lazy(["diff"], () => import("../../pipelines/cli/commands/diff.ts")),
  lazy(["approve", "release"], () => import("../../pipelines/cli/commands/release.ts")),
  lazy(["registry"], () => import("../../pipelines/cli/commands/registry.ts")),
  lazy(["runs"], () => import("../../pipelines/cli/commands/runs.ts")),
  lazy(["ui"], () => import("../../pipelines/cli/commands/ui.ts")),
  lazy(["serve"], () => import("../../pipelines/cli/commands/serve.ts")),
  lazy(["deploy"], () => import("../../pipelines/cli/commands/deploy.ts")),
  lazy(["monitor"], () => import("../../pipelines/cli/commands/monitor.ts")),
  lazy(["bot"], () => import("./bot-command.ts")),
  lazy(["schema"], () => import("../../pipelines/cli/commands/schema.ts")),
  { ...lazy(["completion"], () => import("../../pipelines/cli/commands/completion.ts")), wholeProgram: true },
];

/** Runs `modelops` on `argv` (process.argv shape) and exits with the command's exit code. */
export function runModelops(argv: string[] = process.argv): Promise<void> {
  return main(COMMANDS, argv);
}
