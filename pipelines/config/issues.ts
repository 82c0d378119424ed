// One problem in modelops.yaml (or in the data it points at), and the error that carries all of them.
import { ModelopsError } from "../errors.ts";

export interface ConfigIssue {
  /** The config file as the user named it (relative when they gave a relative path). */
  file: string;
  /** 1-based line; 0 when the problem concerns the whole file (not found, unreadable). */
  line: number;
  /** 1-based column; 0 together with line 0. */
  column: number;
  /** Key path of the offending value, e.g. `models.iris.train.learningRate`; "" for the document itself. */
  path: string;
  /** What is wrong and, where it helps, how to fix it. One line. */
  message: string;
}

/** `file:line:col: path: message`, the way compilers print problems (line/col and path left out when unknown). */
export function formatIssue(issue: ConfigIssue): string {
  const where = issue.line > 0 ? `${issue.file}:${issue.line}:${issue.column}` : issue.file;
  return issue.path ? `${where}: ${issue.path}: ${issue.message}` : `${where}: ${issue.message}`;
}

/** Orders issues by position so the output reads top to bottom, and drops exact repeats. */
export function sortIssues(issues: ConfigIssue[]): ConfigIssue[] {
  const seen = new Set<string>();
  return [...issues]
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .filter((issue) => {
      const line = formatIssue(issue);
      if (seen.has(line)) return false;
      seen.add(line);
      return true;
    });
}

/** How many problems the message prints: one broken bracket can make hundreds, and the first ones explain the rest. */
export const MAX_PRINTED_ISSUES = 10;

function summarise(sorted: ConfigIssue[]): string {
  const shown = sorted.slice(0, MAX_PRINTED_ISSUES).map(formatIssue);
  const rest = sorted.length - shown.length;
  if (rest > 0) {
    const file = sorted[0]?.file ?? "";
    shown.push(
      `${file}: and ${rest} more problem${rest === 1 ? "" : "s"} (fix these first; "modelops validate" lists the rest once they are gone)`,
    );
  }
  return shown.join("\n");
}

/**
 * Every problem found in a config file (`issues`); the message, which the CLI prints line by line before
 * exiting 2, holds the first MAX_PRINTED_ISSUES and a count of the rest.
 */
export class ConfigError extends ModelopsError {
  override name = "ConfigError";
  readonly issues: ConfigIssue[];
  constructor(issues: ConfigIssue[], options?: { cause?: unknown }) {
    const sorted = sortIssues(issues);
    super(summarise(sorted), 2, options);
    this.issues = sorted;
  }
}

/** `models.iris.preprocess[0].scale`; keys that are not plain words are quoted: `models["iris.v2"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (typeof seg === "string" && /^[A-Za-z0-9_][A-Za-z0-9_-]*$/.test(seg))
      out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(String(seg))}]`;
  }
  return out;
}
