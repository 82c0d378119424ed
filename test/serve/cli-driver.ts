// Runs `modelops serve` the way the CLI registers it, for cli.test.ts (the real main.ts belongs to the CLI):
// user errors print their one line and exit with their code.
import { Command } from "commander";
import { register } from "../../pipelines/cli/commands/serve.ts";
import { ModelopsError } from "../../pipelines/errors.ts";

const program = new Command("modelops");
register(program);
program.parseAsync(process.argv).catch((err: unknown) => {
  if (!(err instanceof ModelopsError)) throw err;
  console.error(err.message);
  process.exitCode = err.exitCode;
});
