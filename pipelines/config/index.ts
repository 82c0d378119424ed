// The public face of pipelines/config: the modelops.yaml schema, its loader and its JSON Schema.
export { ConfigError, type ConfigIssue, formatIssue } from "./issues.ts";
export { configJsonSchema, configJsonSchemaText, SCHEMA_FILE, writeConfigJsonSchema } from "./json-schema.ts";
export {
  checkData,
  DEFAULT_CONFIG_FILE,
  getModel,
  type LoadedConfig,
  loadConfig,
  modelNames,
  parseConfig,
} from "./load.ts";
export * from "./schema.ts";
