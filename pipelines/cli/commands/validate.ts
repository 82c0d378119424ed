// `modelops validate`: the config against its schema and cross-field rules, and the data files it names.
import type { Command } from "commander";

interface ValidateOptions {
  config: string;
  model?: string;
  data: boolean;
}

export function register(program: Command): void {
  program
    .command("validate")
    .description("check modelops.yaml (and the header of the data files it names); exit 2 on any problem")
    .option("-c, --config <file>", "modelops.yaml to check", "modelops.yaml")
    .option("-m, --model <name>", "check only this model's data")
    .option("--no-data", "do not look at the data files")
    .action(async (options: ValidateOptions) => {
      const { checkData, ConfigError, getModel, loadConfig, modelNames } = await import(
        "../../config/index.ts"
      );
      const loaded = await loadConfig(options.config);
      const names = options.model ? [getModel(loaded, options.model).name] : modelNames(loaded);
      if (options.data) {
        const issues = (await Promise.all(names.map((name) => checkData(loaded, name)))).flat();
        if (issues.length) throw new ConfigError(issues);
      }
      const all = modelNames(loaded);
      const what = options.model
        ? `model ${options.model}`
        : `${all.length} model${all.length === 1 ? "" : "s"}: ${all.join(", ")}`;
      console.log(`${loaded.displayFile}: OK (${what})`);
    });
}
