// The JSON Schema of modelops.yaml, generated from the zod schema, so editors validate and complete the file
// (for instance with `# yaml-language-server: $schema=https://modelops.dev/schema/modelops.schema.json`).
import { writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { z } from "zod";
import { makeDirs } from "../make-dirs.ts";
import { packagePath } from "../package-root.ts";
import { configSchema } from "./schema.ts";

export const SCHEMA_ID = "https://modelops.dev/schema/modelops.schema.json";

/** Where the committed copy lives in this package (`npm run schema` rewrites it). */
export const SCHEMA_FILE: string = packagePath("schema", "modelops.schema.json");

export function configJsonSchema(): Record<string, unknown> {
  const { $schema: _draft, ...generated } = z.toJSONSchema(configSchema, { io: "input" }) as Record<
    string,
    unknown
  >;
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: SCHEMA_ID,
    title: "modelops.yaml",
    description:
      "Configuration of modelops: the models of a repository, their data, training, gates and deployment.",
    ...generated,
  };
}

/** The schema as committed: 2-space JSON with a trailing newline. */
export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}

export async function writeConfigJsonSchema(file: string = SCHEMA_FILE): Promise<string> {
  await makeDirs(dirname(file));
  await writeFile(file, configJsonSchemaText());
  return file;
}
