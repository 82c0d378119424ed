// Runs `modelops diff` and `modelops registry` the way pipelines/cli/main.ts runs every command (its error
// reporting and exit codes), for the CLI tests: node --import tsx test/support/diff-registry.ts diff a.json b.json
import { Command } from "commander";
import * as diffCommand from "../../pipelines/cli/commands/diff.ts";
import * as registryCommand from "../../pipelines/cli/commands/registry.ts";
import { reportError } from "../../pipelines/cli/main.ts";

const program = new Command("modelops").configureOutput({
  outputError: (text, write) => write(`modelops: ${text}`),
});
diffCommand.register(program);
registryCommand.register(program);
const all = (c: Command): Command[] => [c, ...c.commands.flatMap(all)];
for (const c of all(program)) c.exitOverride();

let code = 0;
try {
  await program.parseAsync(process.argv);
} catch (error) {
  code = reportError(error, false, (line) => process.stderr.write(`${line}\n`));
}
await new Promise<void>((resolve) => process.stdout.write("", () => resolve()));
process.exit(code);
