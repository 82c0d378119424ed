// `modelops schema`: the JSON Schema of modelops.yaml, for editors (`npm run schema` refreshes the copy in
// schema/modelops.schema.json).
import type { Command } from "commander";

export function register(program: Command): void {
  program
    .command("schema")
    .description("print the JSON Schema of modelops.yaml")
    .option("--write", "write it to schema/modelops.schema.json of this package instead")
    .action(async (options: { write?: boolean }) => {
      const { configJsonSchemaText, writeConfigJsonSchema } = await import("../../config/json-schema.ts");
      if (options.write) {
        const file = await writeConfigJsonSchema();
        console.log(`wrote ${file}`);
      } else {
        process.stdout.write(configJsonSchemaText());
      }
    });
}
