import { readFile } from "node:fs/promises";
import { describe, expect, test } from "@jest/globals";
import { configJsonSchema, configJsonSchemaText, SCHEMA_FILE } from "../../pipelines/config/index.ts";

type JsonObject = Record<string, unknown>;
const obj = (v: unknown): JsonObject => v as JsonObject;

describe("JSON Schema of modelops.yaml", () => {
  test("the committed schema/modelops.schema.json is up to date", async () => {
    const committed = await readFile(SCHEMA_FILE, "utf8").catch(() => "");
    // When this fails, run `npm run schema` and commit schema/modelops.schema.json.
    expect({ file: "schema/modelops.schema.json (run `npm run schema`)", text: committed }).toEqual({
      file: "schema/modelops.schema.json (run `npm run schema`)",
      text: configJsonSchemaText(),
    });
  });

  test("names itself and its draft", () => {
    const schema = configJsonSchema();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe("https://modelops.dev/schema/modelops.schema.json");
    expect(schema.title).toBe("modelops.yaml");
  });

  test("documents the top-level keys and every key of a model", () => {
    const schema = configJsonSchema();
    const top = obj(schema.properties);
    expect(Object.keys(top).sort()).toEqual(["models", "version"]);
    for (const [key, value] of Object.entries(top)) {
      expect({ key, description: typeof obj(value).description }).toEqual({ key, description: "string" });
    }
    const model = obj(obj(top.models).additionalProperties);
    for (const [key, value] of Object.entries(obj(model.properties))) {
      expect({ key, description: typeof obj(value).description }).toEqual({ key, description: "string" });
    }
  });

  test("rejects unknown keys in a model and in its sections", () => {
    const model = obj(obj(obj(configJsonSchema().properties).models).additionalProperties);
    expect(model.additionalProperties).toBe(false);
    expect(model.required).toEqual(expect.arrayContaining(["task", "data", "model"]));
    const props = obj(model.properties);
    for (const section of ["data", "split", "train", "evaluate", "promotion", "deploy"]) {
      expect({ section, additionalProperties: obj(props[section]).additionalProperties }).toEqual({
        section,
        additionalProperties: false,
      });
    }
  });
});
