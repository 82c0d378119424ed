// `modelops completion bash|zsh|fish`: the shell completion script, generated from the command tree.
import { Argument, type Command } from "commander";

export function register(program: Command): void {
  program
    .command("completion")
    .description("print the shell completion script for bash, zsh or fish")
    .addArgument(new Argument("<shell>", "the shell").choices(["bash", "zsh", "fish"]))
    .addHelpText(
      "after",
      `
Load it in the shell's startup file:
  bash  (~/.bashrc)                 source <(modelops completion bash)
  zsh   (~/.zshrc, after compinit)  source <(modelops completion zsh)
  fish                              modelops completion fish > ~/.config/fish/completions/modelops.fish`,
    )
    .action(async (shell: "bash" | "zsh" | "fish") => {
      const { completionScript } = await import("../completion.ts");
      let root = program;
      while (root.parent) root = root.parent;
      process.stdout.write(completionScript(root, shell));
    });
}
