// Reads modelops.yaml: YAML with node positions, validated by the zod schema, every problem reported at once
// as `file:line:col: key.path: message`.
import { open, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { YAMLError } from "yaml";
import { ModelopsError } from "../errors.ts";
import {
  aliasNestingIssue,
  dataTooDeep,
  keyIssues,
  MAX_CONFIG_BYTES,
  nestingIssue,
  PROTO_KEY_MESSAGE,
  sizeIssue,
} from "./bounds.ts";
import { crossFieldIssues, dataIssues } from "./checks.ts";
import { ConfigError, type ConfigIssue, formatPath } from "./issues.ts";
import { locatorOf, parseYaml, rememberLocator, type YamlLocator } from "./locate.ts";
import { configSchema, type ModelConfig, type ModelopsConfig } from "./schema.ts";
import { mapZodIssue, type SchemaLike } from "./zod-issues.ts";

export interface LoadedConfig {
  /** Absolute path of the config file. */
  file: string;
  /** Absolute directory of the config file; data paths are relative to it. */
  dir: string;
  /** The file's text. */
  source: string;
  /** The validated config, defaults applied. */
  config: ModelopsConfig;
  /** The file as the user named it (relative when they gave a relative path); used in messages. */
  displayFile: string;
}

export const DEFAULT_CONFIG_FILE = "modelops.yaml";

const HINTS: Partial<Record<string, string>> = {
  TAB_AS_INDENT: "indent with spaces",
  MULTIPLE_DOCS: "modelops.yaml holds one document; remove the --- separator",
  BAD_INDENT: "check the indentation of this line against the lines above",
  BLOCK_AS_IMPLICIT_KEY:
    'put the nested mapping on its own indented lines, or quote a value that contains ": "',
};

function yamlIssue(file: string, locator: YamlLocator, error: YAMLError, warning: boolean): ConfigIssue {
  const offset = error.pos[0];
  const first = (error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?\s*$/, "").trim();
  let text = first.charAt(0).toLowerCase() + first.slice(1);
  let hint = HINTS[error.code];
  let pos = error.linePos?.[0]
    ? { line: error.linePos[0].line, column: error.linePos[0].col }
    : locator.position(offset);
  let path = locator.pathAt(offset);
  // An unclosed bracket or quote is reported where the parser gave up, but fixed where it was opened.
  const opener = /flow (map|sequence|collection)|closing/i.test(first) ? locator.openerAt(offset) : undefined;
  if (opener) {
    pos = opener.position;
    path = opener.path;
    hint = `opened here, still open at line ${locator.position(offset).line}`;
  }
  if (error.code === "DUPLICATE_KEY" && path.length) {
    text = `duplicate key ${JSON.stringify(String(path[path.length - 1]))}: a key may appear only once in a mapping`;
    hint = undefined;
  }
  const message = `${warning ? "YAML warning" : "YAML syntax error"}: ${text}${hint ? ` (${hint})` : ""}`;
  return { file, line: pos.line, column: pos.column, path: formatPath(path), message };
}

/**
 * Parses and validates the text of a config file without reading the disk (the bot reads modelops.yaml
 * from the default branch through the API). `file` names it in messages and is resolved against `baseDir`
 * (default: the working directory); data paths are relative to its directory. Throws ConfigError with every
 * problem found.
 */
export function parseConfig(source: string, file = DEFAULT_CONFIG_FILE, baseDir?: string): LoadedConfig {
  const absolute = resolve(baseDir ?? process.cwd(), file);
  // Bounds first: each of these would otherwise cost unbounded time or overflow the stack below.
  const tooBig = sizeIssue(file, Buffer.byteLength(source));
  if (tooBig) throw new ConfigError([tooBig]);
  const tooDeep = nestingIssue(file, source);
  if (tooDeep) throw new ConfigError([tooDeep]);
  const { doc, locator } = parseYaml(source);
  const issues: ConfigIssue[] = keyIssues(file, doc, locator);
  // A dropped `__proto__` key explains whatever else looks missing: report it alone.
  const protoKeys = issues.filter((i) => i.message.startsWith(PROTO_KEY_MESSAGE));
  if (protoKeys.length) throw new ConfigError(protoKeys);
  const syntaxAt = new Set<string>();
  for (const [error, warning] of [
    ...doc.errors.map((e) => [e, false] as const),
    ...doc.warnings.map((e) => [e, true] as const),
  ]) {
    // One broken spot often trips several parser rules (an unclosed quote, then its unclosed `{`): keep one.
    const issue = yamlIssue(file, locator, error, warning);
    const at = `${issue.line}:${issue.column}`;
    if (!syntaxAt.has(at)) issues.push(issue);
    syntaxAt.add(at);
  }
  const syntaxLines = new Set(doc.errors.map((e) => locator.position(e.pos[0]).line));
  const brokenPaths = doc.errors.map((e) => locator.pathAt(e.pos[0]));

  if (doc.contents === null) {
    if (!issues.length) {
      issues.push({
        file,
        line: 1,
        column: 1,
        path: "",
        message:
          'the file is empty; it needs "version: 1" and a "models:" mapping (run "modelops init" for a start)',
      });
    }
    throw new ConfigError(issues);
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (e) {
    issues.push({
      file,
      line: 1,
      column: 1,
      path: "",
      message: `cannot read the YAML: ${(e as Error).message}`,
    });
    throw new ConfigError(issues, { cause: e });
  }
  if (dataTooDeep(data)) throw new ConfigError([aliasNestingIssue(file)]);

  const ctx = { file, data, locator, schema: configSchema as unknown as SchemaLike, brokenPaths };
  const result = configSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues.flatMap((i) => mapZodIssue(ctx, i))) {
      // A syntax error explains whatever else is odd on its own line.
      if (!syntaxLines.has(issue.line)) issues.push(issue);
    }
  }
  issues.push(...crossFieldIssues(ctx, data));
  if (issues.length || !result.success) throw new ConfigError(issues);

  const loaded: LoadedConfig = {
    file: absolute,
    dir: dirname(absolute),
    source,
    config: result.data,
    displayFile: file,
  };
  rememberLocator(loaded, locator);
  return loaded;
}

/** Reads, parses and validates a config file. Throws ConfigError (exit code 2) listing every problem. */
export async function loadConfig(file: string = DEFAULT_CONFIG_FILE): Promise<LoadedConfig> {
  const absolute = resolve(file);
  let source: string;
  try {
    // Refuse an oversized file before reading it whole; a device or pipe (size 0 to stat: /dev/zero,
    // /dev/stdin) is read only up to the cap.
    const tooBig = sizeIssue(file, (await stat(absolute)).size);
    if (tooBig) throw new ConfigError([tooBig]);
    const bytes = await readAtMost(absolute, MAX_CONFIG_BYTES + 1);
    const overflow = sizeIssue(file, bytes.length, true);
    if (overflow) throw new ConfigError([overflow]);
    source = bytes.toString("utf8");
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const message =
      code === "ENOENT" || code === "ENOTDIR"
        ? 'file not found (run "modelops init" to create one, or pass -c PATH)'
        : code === "EISDIR"
          ? "is a directory, expected a YAML file (pass -c PATH/modelops.yaml)"
          : `cannot read: ${(e as Error).message}`;
    throw new ConfigError([{ file, line: 0, column: 0, path: "", message }], { cause: e });
  }
  return parseConfig(source.replace(/^\uFEFF/, ""), file);
}

/** The first `max` bytes of a file (all of it when shorter), without reading past them. */
async function readAtMost(file: string, max: number): Promise<Buffer> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(max);
    let length = 0;
    while (length < max) {
      const { bytesRead } = await handle.read(buffer, length, max - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/** The names of the models, in file order. */
export function modelNames(loaded: LoadedConfig): string[] {
  return Object.keys(loaded.config.models);
}

/**
 * The model called `name`, or the only model when `name` is absent. Throws ModelopsError (exit code 2)
 * naming the models when it is unknown or ambiguous.
 */
export function getModel(loaded: LoadedConfig, name?: string): { name: string; config: ModelConfig } {
  const names = modelNames(loaded);
  const file = loaded.displayFile;
  if (name === undefined || name === "") {
    const only = names[0];
    if (names.length === 1 && only !== undefined) return { name: only, config: loaded.config.models[only]! };
    throw new ModelopsError(
      `${file} defines ${names.length} models (${names.join(", ")}); choose one with -m MODEL`,
      2,
    );
  }
  const config = Object.hasOwn(loaded.config.models, name) ? loaded.config.models[name] : undefined;
  if (!config) {
    throw new ModelopsError(
      `model ${JSON.stringify(name)} not found in ${file} (models: ${names.join(", ")})`,
      2,
    );
  }
  return { name, config };
}

/**
 * Checks the data a model points at: the files exist (relative to the config's directory) and, for CSV,
 * the header names the target and the features. Reads only the first line. Issues point at `path:`.
 */
export async function checkData(loaded: LoadedConfig, modelName: string): Promise<ConfigIssue[]> {
  const { name, config } = getModel(loaded, modelName);
  const sources: Array<{ split: "train" | "test"; source: ModelConfig["data"]["train"] }> = [
    { split: "train", source: config.data.train },
  ];
  if (config.data.test) sources.push({ split: "test", source: config.data.test });
  const ctx = { file: loaded.displayFile, locator: locatorOf(loaded) };
  return dataIssues(ctx, loaded.dir, name, {
    target: config.data.target,
    features: config.data.features,
    sources,
  });
}
