// The composition root of the `modelops` executable: the engine's commands (pipelines/cli/commands) and the
// ones over the GitHub App (`modelops bot`, `demo --github`), in the order `--help` lists them. It lives in
// bot/ because it is the one place that may see both floors: pipelines/ never imports bot/. Add a command by
// adding its module here.
import * as completionCommand from "../../pipelines/cli/commands/completion.ts";
import * as dataCommand from "../../pipelines/cli/commands/data.ts";
import { demoCommand } from "../../pipelines/cli/commands/demo.ts";
import * as deployCommand from "../../pipelines/cli/commands/deploy.ts";
import * as diffCommand from "../../pipelines/cli/commands/diff.ts";
import * as initCommand from "../../pipelines/cli/commands/init.ts";
import * as monitorCommand from "../../pipelines/cli/commands/monitor.ts";
import * as pipelineCommands from "../../pipelines/cli/commands/pipeline.ts";
import * as registryCommand from "../../pipelines/cli/commands/registry.ts";
import * as releaseCommands from "../../pipelines/cli/commands/release.ts";
import * as runsCommand from "../../pipelines/cli/commands/runs.ts";
import * as schemaCommand from "../../pipelines/cli/commands/schema.ts";
import * as serveCommand from "../../pipelines/cli/commands/serve.ts";
import * as tuneCommand from "../../pipelines/cli/commands/tune.ts";
import * as uiCommand from "../../pipelines/cli/commands/ui.ts";
import * as validateCommand from "../../pipelines/cli/commands/validate.ts";
import { type CommandModule, main } from "../../pipelines/cli/main.ts";
import { ModelopsError } from "../../pipelines/errors.ts";
import * as botCommand from "./bot-command.ts";

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

/** Every command of the `modelops` executable, in the order `--help` lists them. */
export const COMMANDS: readonly CommandModule[] = [
  demoCommand(githubDemo),
  initCommand,
  validateCommand,
  pipelineCommands,
  tuneCommand,
  dataCommand,
  diffCommand,
  releaseCommands,
  registryCommand,
  runsCommand,
  uiCommand,
  serveCommand,
  deployCommand,
  monitorCommand,
  botCommand,
  schemaCommand,
  completionCommand,
];

/** Runs `modelops` on `argv` (process.argv shape) and exits with the command's exit code. */
export function runModelops(argv: string[] = process.argv): Promise<void> {
  return main(COMMANDS, argv);
}
