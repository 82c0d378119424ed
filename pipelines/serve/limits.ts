// Request hardening: the body is parsed with V8's JSON.parse (iterative, so deep nesting cannot overflow the
// stack), then one walk checks nesting depth and array/object sizes before any protocol code sees it. The
// walk recurses at most `maxDepth` levels: a hostile body is refused before it costs more than its parse.
import { HttpError } from "./http-error.ts";

export interface JsonLimits {
  /** Deepest nesting of arrays and objects; the top-level value is depth 1. */
  maxDepth: number;
  /** Most elements in one array (and keys in one object). */
  maxArrayLength: number;
}

export const DEFAULT_JSON_LIMITS: JsonLimits = { maxDepth: 32, maxArrayLength: 65_536 };

/** Largest request body accepted by default, in bytes; larger ones get a 413. */
export const DEFAULT_BODY_LIMIT = 8 * 1024 * 1024;

class LimitError {
  readonly path: string[] = [];
  constructor(readonly what: "depth" | "array" | "object") {}
}

/** Parses a request body; a 400 names what is wrong and where (`$.instances[3]`). */
export function parseJsonBody(text: string, limits: JsonLimits): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new HttpError(400, `request body is not valid JSON (${(err as Error).message})`);
  }
  if (value !== null && typeof value === "object") {
    try {
      walk(value, 1, limits);
    } catch (err) {
      if (!(err instanceof LimitError)) throw err;
      const where = `$${err.path.reverse().join("")}`;
      if (err.what === "depth") {
        throw new HttpError(
          400,
          `request body nests deeper than ${limits.maxDepth} levels at ${where}; send rows of plain values`,
        );
      }
      throw new HttpError(
        400,
        `request body has ${err.what === "array" ? "an array" : "an object"} larger than ${limits.maxArrayLength} elements at ${where}; split the request into smaller ones`,
      );
    }
  }
  return value;
}

function walk(value: object, depth: number, limits: JsonLimits): void {
  if (depth > limits.maxDepth) throw new LimitError("depth");
  if (Array.isArray(value)) {
    if (value.length > limits.maxArrayLength) throw new LimitError("array");
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item !== null && typeof item === "object") {
        try {
          walk(item, depth + 1, limits);
        } catch (err) {
          if (err instanceof LimitError) err.path.push(`[${i}]`);
          throw err;
        }
      }
    }
    return;
  }
  let keys = 0;
  for (const key in value) {
    if (++keys > limits.maxArrayLength) throw new LimitError("object");
    const item: unknown = (value as Record<string, unknown>)[key];
    if (item !== null && typeof item === "object") {
      try {
        walk(item, depth + 1, limits);
      } catch (err) {
        if (err instanceof LimitError)
          err.path.push(/^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`);
        throw err;
      }
    }
  }
}
