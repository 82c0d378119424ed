// `modelops validate --data`: each model's data files against its committed data schema.
import { resolve } from "node:path";
import { getModel, type LoadedConfig } from "../../config/index.ts";
import { readSchema, readSource, validateTable } from "../../data/index.ts";

/** Prints every anomaly (one line each, file:line first) and returns how many there were. */
export async function validateModelData(
  loaded: LoadedConfig,
  names: string[],
  log: (line: string) => void = console.log,
): Promise<number> {
  let count = 0;
  for (const name of names) {
    const { config } = getModel(loaded, name);
    if (!config.data.schema) {
      log(
        `${name}: no data.schema to validate against (create one with "modelops data schema -m ${name} -o data/schema.yaml" and set data.schema)`,
      );
      continue;
    }
    const schema = await readSchema(resolve(loaded.dir, config.data.schema), config.data.schema);
    const sources = [
      ["data.train.path", config.data.train],
      ["data.test.path", config.data.test],
    ] as const;
    for (const [key, source] of sources) {
      if (!source) continue;
      const { table } = await readSource(loaded.dir, source, key);
      const anomalies = validateTable(schema, table);
      for (const a of anomalies) {
        console.error(`${a.where ?? source.path}: ${name}: ${a.kind}: ${a.message}`);
      }
      if (!anomalies.length) {
        log(`${name}: ${source.path}: ${table.rowCount} rows match ${config.data.schema}`);
      }
      count += anomalies.length;
    }
  }
  return count;
}
