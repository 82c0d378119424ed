// An error the server answers as `{"error": message}` with an HTTP status. The gRPC-style `code` is what
// `modelops_request_errors_total{code}` counts (TF Serving and KServe speak the same canonical codes).

export type ErrorCode =
  | "INVALID_ARGUMENT"
  | "NOT_FOUND"
  | "METHOD_NOT_ALLOWED"
  | "RESOURCE_EXHAUSTED"
  | "DEADLINE_EXCEEDED"
  | "UNAVAILABLE"
  | "INTERNAL";

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: "INVALID_ARGUMENT",
  404: "NOT_FOUND",
  405: "METHOD_NOT_ALLOWED",
  408: "DEADLINE_EXCEEDED",
  413: "RESOURCE_EXHAUSTED",
  415: "INVALID_ARGUMENT",
  429: "RESOURCE_EXHAUSTED",
  503: "UNAVAILABLE",
  504: "DEADLINE_EXCEEDED",
};

export function errorCode(status: number): ErrorCode {
  return CODE_BY_STATUS[status] ?? (status >= 500 ? "INTERNAL" : "INVALID_ARGUMENT");
}

// An absolute path (POSIX or Windows) inside a message, not a URL's: up to a space, quote, bracket or a
// trailing colon.
const ABSOLUTE_PATH = /(?<![\w.~:/-])(?:\/|[A-Za-z]:\\)[^\s'"`()<>,;]*[^\s'"`()<>,;:.]/g;

/**
 * A server-side reason as a client may read it: an absolute path becomes its part inside the registry
 * (`objects/<digest>/model/preprocessing.json`), or its file name when it is outside the objects; the
 * machine's layout (home, temp folders, mount points) stays in the server's own log.
 */
export function forClients(message: string): string {
  return message.replace(ABSOLUTE_PATH, (path) => {
    const parts = path.split(/[\\/]/);
    const objects = parts.lastIndexOf("objects");
    return objects >= 0 && objects < parts.length - 1 ? parts.slice(objects).join("/") : (parts.at(-1) ?? "");
  });
}

export class HttpError extends Error {
  override name = "HttpError";
  constructor(
    readonly statusCode: number,
    message: string,
    /** Seconds a client should wait before retrying (429, 503): sent as Retry-After. */
    readonly retryAfter?: number,
  ) {
    // 5xx reasons come from the server's side (a refused artifact, a store error): no absolute paths.
    super(statusCode >= 500 ? forClients(message) : message);
  }
}
