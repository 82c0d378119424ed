// An error the server answers as `{"error": message}` with an HTTP status. The gRPC-style `code` is what
// `modelops_request_errors_total{code}` counts (TF Serving and KServe speak the same canonical codes).

export type ErrorCode =
  | "INVALID_ARGUMENT"
  | "NOT_FOUND"
  | "METHOD_NOT_ALLOWED"
  | "RESOURCE_EXHAUSTED"
  | "UNAVAILABLE"
  | "INTERNAL";

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: "INVALID_ARGUMENT",
  404: "NOT_FOUND",
  405: "METHOD_NOT_ALLOWED",
  413: "RESOURCE_EXHAUSTED",
  503: "UNAVAILABLE",
};

export function errorCode(status: number): ErrorCode {
  return CODE_BY_STATUS[status] ?? (status >= 500 ? "INTERNAL" : "INVALID_ARGUMENT");
}

export class HttpError extends Error {
  override name = "HttpError";
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}
