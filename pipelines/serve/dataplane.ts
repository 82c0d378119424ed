// The data plane: prediction requests (POST /v1/models/...:predict|classify|regress and
// POST /v2/models/.../infer) are answered straight on node:http, in front of fastify, which keeps the control
// plane (status, metadata, health, /metrics). A prediction is a few microseconds of our work; fastify's
// per-request machinery (request/reply objects, hooks, content-type parsing, serialisation) cost more than the
// prediction itself in the profile, so this path does only what a prediction needs: bounded body read,
// limited JSON parse, route, batch, hand-written JSON answer, metrics. Errors are the same `{"error"}` bodies.
//
// Hot-path note: the CLI runs through tsx, whose esbuild transform keeps function names by wrapping every
// named closure in a defineProperty call; per-request state therefore lives in a class, and the callbacks
// created per request are anonymous.
import type { IncomingMessage, ServerResponse } from "node:http";
import { HttpError } from "./http-error.ts";
import { type RequestLabels, UNKNOWN_MODEL } from "./inference.ts";
import { type JsonLimits, parseJsonBody } from "./limits.ts";
import type { ServeMetrics } from "./metrics.ts";
import { type Answered, feedback, type ProtocolContext, postV1 } from "./tfserving.ts";
import { inferV2 } from "./v2.ts";

export interface DataPlaneOptions {
  bodyLimit: number;
  limits: JsonLimits;
  log(line: string): void;
  /** True once the server is closing: answers still go out, each with `Connection: close`. */
  closing(): boolean;
}

const V2_INFER = /^\/v2\/models\/([^/]+)(?:\/versions\/([^/]+))?\/infer$/;
const V2_FEEDBACK = /^\/v2\/models\/([^/]+)\/feedback$/;
/** `version` of a v2 request that posts feedback rather than inferring. */
const FEEDBACK = "\0feedback";
const MODEL_OF_V1 = /^[^/:]*/;
const JSON_TYPE = "application/json; charset=utf-8";

/** Returns a request listener that answers prediction requests and returns false for everything else. */
export function createDataPlane(
  ctx: ProtocolContext,
  opts: DataPlaneOptions,
): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    if (req.method !== "POST") return false;
    let url = req.url ?? "";
    const q = url.indexOf("?");
    if (q >= 0) url = url.slice(0, q);
    if (url.startsWith("/v1/models/")) {
      new Prediction(ctx, opts, req, res, url.slice("/v1/models/".length), undefined, undefined).read();
      return true;
    }
    const m = V2_INFER.exec(url);
    if (m) {
      new Prediction(ctx, opts, req, res, undefined, m[1]!, m[2]).read();
      return true;
    }
    const f = V2_FEEDBACK.exec(url);
    if (!f) return false;
    new Prediction(ctx, opts, req, res, undefined, f[1]!, FEEDBACK).read();
    return true;
  };
}

/** One prediction request: read the body, answer it, count it. */
class Prediction {
  readonly started = performance.now();
  readonly labels: RequestLabels;
  chunks: Buffer[] = [];
  /** The client's X-Request-Id: the prediction's id, and its side of a split unless a key is given. */
  requestId: string | undefined;
  /** The client's X-Modelops-Key (a user, a session): keeps it on one side of an A/B or canary split. */
  splitKey: string | undefined;
  size = 0;
  refused = false;
  /** v1: what follows /v1/models/ (undefined for v2). */
  readonly rest: string | undefined;
  readonly model: string | undefined;
  readonly version: string | undefined;

  constructor(
    readonly ctx: ProtocolContext,
    readonly opts: DataPlaneOptions,
    readonly req: IncomingMessage,
    readonly res: ServerResponse,
    rest: string | undefined,
    model: string | undefined,
    version: string | undefined,
  ) {
    this.rest = rest === undefined ? undefined : safeDecode(rest);
    this.model = model === undefined ? undefined : safeDecode(model);
    this.version = version === undefined || version === FEEDBACK ? version : (safeDecode(version) ?? "?");
    const name = this.rest !== undefined ? MODEL_OF_V1.exec(this.rest)![0] : this.model;
    this.labels = {
      model: name !== undefined && ctx.deployments.get(name) ? name : UNKNOWN_MODEL,
      version: "",
      label: "",
    };
  }

  read(): void {
    const { req, opts } = this;
    // req.headers builds an object of every header on first use; the two this path needs are read directly.
    let declared = Number.NaN;
    const raw = req.rawHeaders;
    for (let i = 0; i < raw.length; i += 2) {
      const name = raw[i]!;
      if (name.length === 14 && name.toLowerCase() === "content-length") declared = Number(raw[i + 1]);
      else if (name.length === 12 && name.toLowerCase() === "x-request-id") this.requestId = raw[i + 1];
      else if (name.length === 14 && name.toLowerCase() === "x-modelops-key") this.splitKey = raw[i + 1];
    }
    if (declared > opts.bodyLimit) {
      this.res.shouldKeepAlive = false;
      this.fail(tooLarge(opts.bodyLimit));
      req.resume();
      return;
    }
    req.on("data", (chunk: Buffer) => this.data(chunk));
    req.on("end", () => this.end());
    req.on("error", () => {
      // the client went away mid-request: nothing to answer
    });
  }

  data(chunk: Buffer): void {
    if (this.refused) return;
    this.size += chunk.length;
    if (this.size > this.opts.bodyLimit) {
      // A body without Content-Length that grows past the limit: answer and stop reading it.
      this.refused = true;
      this.res.shouldKeepAlive = false;
      this.req.pause();
      // Close once the 413 has reached the socket, so the client reads it rather than a reset.
      this.res.once("finish", () => this.req.destroy());
      this.fail(tooLarge(this.opts.bodyLimit));
      return;
    }
    this.chunks.push(chunk);
  }

  end(): void {
    if (this.refused) return;
    const { chunks } = this;
    const text = chunks.length === 1 ? chunks[0]!.toString() : Buffer.concat(chunks, this.size).toString();
    this.chunks = [];
    let pending: Promise<Answered>;
    try {
      const body = text === "" ? undefined : parseJsonBody(text, this.opts.limits);
      const { requestId } = this;
      if (this.rest !== undefined) {
        pending = postV1(this.ctx, this.rest, body, requestId, this.labels, this.splitKey);
      } else if (this.model !== undefined && this.version === FEEDBACK) {
        pending = feedback(this.ctx, this.model, body);
      } else if (this.model !== undefined) {
        pending = inferV2(this.ctx, this.model, this.version, body, requestId, this.labels, this.splitKey);
      } else {
        throw badEscape();
      }
    } catch (err) {
      this.fail(err);
      return;
    }
    pending.then(
      (answered) => this.answer(answered.status ?? 200, answered.body, answered, undefined),
      (err) => this.fail(err),
    );
  }

  answer(status: number, body: string, answered: Answered | undefined, retryAfter: number | undefined): void {
    const headers: string[] = ["content-type", JSON_TYPE, "content-length", String(Buffer.byteLength(body))];
    if (answered?.version !== undefined) {
      // Which version answered: clients and the demo use it to watch a rollout or a rollback.
      headers.push("x-model-version", String(answered.version));
      if (answered.label) headers.push("x-model-label", answered.label);
    }
    // The id the prediction is logged under: feedback names it.
    if (answered?.id !== undefined) headers.push("x-request-id", answered.id);
    if (retryAfter !== undefined) headers.push("retry-after", String(retryAfter));
    if (this.opts.closing()) headers.push("connection", "close");
    this.res.writeHead(status, headers);
    this.res.end(body);
    // Feedback is not a prediction: it stays out of the request rates a canary is judged by.
    if (this.version !== FEEDBACK) {
      record(this.ctx.metrics, this.labels, status, (performance.now() - this.started) / 1000);
    }
  }

  fail(err: unknown): void {
    if (this.res.headersSent) return;
    if (err instanceof HttpError) {
      this.answer(err.statusCode, JSON.stringify({ error: err.message }), undefined, err.retryAfter);
      return;
    }
    const message = (err instanceof Error ? err.message : String(err)).split("\n")[0];
    this.opts.log(`error: ${message}`);
    this.answer(500, JSON.stringify({ error: `internal error: ${message}` }), undefined, undefined);
  }
}

function tooLarge(limit: number): HttpError {
  return new HttpError(
    413,
    `request body is larger than the server's limit of ${formatBytes(limit)}; send fewer instances per request`,
  );
}

/** A %-decoded URL segment; undefined when its escapes are malformed. */
function safeDecode(s: string): string | undefined {
  if (!s.includes("%")) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

function badEscape(): HttpError {
  return new HttpError(
    400,
    "the URL has a malformed %-escape; encode the model name with encodeURIComponent",
  );
}

function record(metrics: ServeMetrics, l: RequestLabels, status: number, seconds: number): void {
  metrics.requests.series(l.model, l.version, l.label).request(status, seconds);
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}
