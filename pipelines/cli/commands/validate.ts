// `modelops validate`: the config against its schema and cross-field rules, and the data files it names;
// with --data, the data itself against each model's committed data schema (anomalies: exit 1).
import type { Command } from "commander";

interface ValidateOptions {
  config: string;
  model?: string;
  /** undefined: headers only; true: also every row against data.schema; false: no data at all. */
  data?: boolean;
  json?: boolean;
}

export function register(program: Command): void {
  program
    .command("validate")
    .description(
      "check modelops.yaml (and the header of the data files it names); exit 2 on any problem. With --data, check the data against each model's data.schema: exit 1 on anomalies",
    )
    .option("-c, --config <file>", "modelops.yaml to check", "modelops.yaml")
    .option("-m, --model <name>", "check only this model's data")
    .option("--data", "read the data and check it against data.schema (types, required, ranges, domains)")
    .option("--no-data", "do not look at the data files")
    .option(
      "--json",
      'print {"ok", "config", "models", "issues"} as JSON (problems still exit 2, anomalies 1)',
    )
    .action(async (options: ValidateOptions) => {
      if (!options.json) {
        await validate(options);
        return;
      }
      // The same checks; what they found goes to stdout as JSON too, and the exit code stays the answer.
      const { ConfigError } = await import("../../config/index.ts");
      const { ModelopsError } = await import("../../errors.ts");
      const print = (value: object) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
      try {
        print({ ok: true, ...(await validate(options)), issues: [] });
      } catch (error) {
        if (error instanceof ConfigError) print({ ok: false, config: options.config, issues: error.issues });
        else if (error instanceof ModelopsError)
          print({ ok: false, config: options.config, issues: [], error: error.message });
        throw error;
      }
    });
}

/** Checks the config (and data); returns what it checked. Prints the OK line unless quiet (--json). */
async function validate(options: ValidateOptions): Promise<{ config: string; models: string[] }> {
  const { checkData, ConfigError, getModel, loadConfig, modelNames } = await import("../../config/index.ts");
  const loaded = await loadConfig(options.config);
  const names = options.model ? [getModel(loaded, options.model).name] : modelNames(loaded);
  if (options.data !== false) {
    const issues = (await Promise.all(names.map((name) => checkData(loaded, name)))).flat();
    if (issues.length) throw new ConfigError(issues);
  }
  const all = modelNames(loaded);
  const what = options.model
    ? `model ${options.model}`
    : `${all.length} model${all.length === 1 ? "" : "s"}: ${all.join(", ")}`;
  if (options.data === true) {
    const { validateModelData } = await import("./validate-data.ts");
    // with --json, stdout is the JSON document: the per-file lines go to stderr
    const anomalies = await validateModelData(loaded, names, options.json ? console.error : console.log);
    if (anomalies > 0) {
      const { ModelopsError } = await import("../../errors.ts");
      throw new ModelopsError(
        `${loaded.displayFile}: ${anomalies} data anomal${anomalies === 1 ? "y" : "ies"} (listed above); fix the data or update the data schema`,
        1,
      );
    }
  }
  if (!options.json) console.log(`${loaded.displayFile}: OK (${what})`);
  return { config: loaded.displayFile, models: names };
}
