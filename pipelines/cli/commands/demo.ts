// `modelops demo`: the offline lifecycle (pipelines/demo). `--github` runs the real bot against the GitHub
// stand-in; the bot is a shell above pipelines/, so that story is handed in by the composition root
// (bot/cli/main.ts) and the option exists only in a program that was given it.
import type { Command } from "commander";
import { ModelopsError } from "../../errors.ts";
import type { CommandModule } from "../main.ts";

/** Runs `modelops demo --github [--dir DIR]` (bot/cli/github-demo.ts). */
export type GitHubDemoCommand = (dir: string | undefined) => Promise<void>;

/** The `demo` command; `githubDemo` adds `--github`. */
export function demoCommand(githubDemo?: GitHubDemoCommand): CommandModule {
  return { register: (program) => register(program, githubDemo) };
}

function register(program: Command, githubDemo: GitHubDemoCommand | undefined): void {
  const command = program
    .command("demo")
    .description("the whole lifecycle offline on examples/iris, in a temporary git repository")
    .option("--dir <dir>", "where to build the demo repository and report (default: a temp dir)")
    .option("--port <port>", "port of the model server (default: any free port)", (v) =>
      Number.parseInt(v, 10),
    )
    .option("--keep-serving", "keep the model server running at the end");
  if (githubDemo)
    command.option(
      "--github",
      "the GitHub loop against a local GitHub stand-in: bot, releases, deployments, a server following them",
    );
  command.action(async (o: { dir?: string; port?: number; keepServing?: boolean; github?: boolean }) => {
    if (o.github && githubDemo) {
      if (o.port !== undefined || o.keepServing)
        throw new ModelopsError(
          "demo --github: --port and --keep-serving belong to the offline demo (the GitHub demo's server stops with it); drop them",
          2,
        );
      return githubDemo(o.dir);
    }
    const { runDemo } = await import("../../demo/demo.ts");
    const started = performance.now();
    const result = await runDemo({ dir: o.dir, port: o.port, keepServing: o.keepServing });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (!result.ok) {
      const failed = result.stages.filter((s) => !s.ok).map((s) => s.stage);
      throw new ModelopsError(
        `demo: stage(s) ${failed.join(", ")} did not do what they should (see ${result.reportDir}/report.md)`,
        1,
      );
    }
    console.log(`demo: every stage passed in ${seconds}s; repository and report in ${result.dir}`);
  });
}
