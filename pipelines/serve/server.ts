// The model server: one fastify instance, the TF Serving REST API over the registry's production versions,
// Prometheus metrics, hot swap by polling the registry. Protocols are plugins over the same Deployments
// (TF Serving today; Open Inference Protocol v2 next), so every protocol serves the same loaded versions.
import Fastify, { type FastifyError, type FastifyRequest } from "fastify";
import type { Backend } from "../config/schema.ts";
import { ModelopsError } from "../errors.ts";
import { initBackend } from "../train/backend.ts";
import { Deployments, PRODUCTION } from "./deployments.ts";
import { errorCode, HttpError } from "./http-error.ts";
import { createMetrics } from "./metrics.ts";
import { openRegistrySource } from "./registry-source.ts";
import { type RequestLabels, registerTfServing } from "./tfserving.ts";

export interface ServerOptions {
  /** Registry root (the fs store, `.modelops` by default in the CLI). */
  registry: string;
  /** Interface to listen on. Default 127.0.0.1 (local only); 0.0.0.0 for every interface. */
  host?: string;
  /** TCP port. Default 8501 (TF Serving's REST port); 0 picks a free one (see `url`). */
  port?: number;
  /** How often the registry's change signal is read, in milliseconds. Default 500. */
  pollMs?: number;
  /** tfjs compute backend. Default auto. */
  backend?: Backend;
  /** Largest request body accepted, in bytes; larger ones get a 413. Default 8 MiB. */
  bodyLimit?: number;
  /** Where progress and errors go, one line each. Default stderr. */
  log?: (line: string) => void;
}

export interface ModelServing {
  model: string;
  /** The served version; undefined while none is loaded. */
  version: number | undefined;
  label: string;
}

export interface ModelServer {
  /** Base URL, e.g. http://127.0.0.1:8501 (with the real port when started with port 0). */
  url: string;
  /** Stops polling, drains in-flight requests, then releases every model. */
  close(): Promise<void>;
  /** Version that new requests for `model` get now. */
  currentVersion(model: string): number | undefined;
  /** Every model of the registry and what is served for it. */
  models(): ModelServing[];
  /** The metrics text /metrics answers (Prometheus exposition format). */
  metrics(): Promise<string>;
}

export const DEFAULT_PORT = 8501;
export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_BODY_LIMIT = 8 * 1024 * 1024;

/**
 * Starts the model server: loads the production version of every model in the registry (verified and warmed),
 * listens, and from then on follows the registry. Models that cannot load are logged and answer 503; the
 * server itself only fails to start for a missing registry, a busy port or a backend that cannot load.
 */
export async function startServer(opts: ServerOptions): Promise<ModelServer> {
  const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const host = opts.host ?? DEFAULT_HOST;
  const port = opts.port ?? DEFAULT_PORT;
  const pollMs = opts.pollMs ?? 500;
  const bodyLimit = opts.bodyLimit ?? DEFAULT_BODY_LIMIT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ModelopsError(`port ${port} is not a TCP port; pass a number from 0 to 65535`);
  }
  if (!(pollMs > 0)) throw new ModelopsError(`pollMs ${pollMs} must be a positive number of milliseconds`);

  const source = await openRegistrySource(opts.registry);
  await initBackend(opts.backend ?? "auto");
  const metrics = createMetrics();
  let url = "";
  const deployments = new Deployments(source, metrics, {
    log,
    serving(model, version, previous) {
      if (!url) return; // the first versions are announced with the URL once listening
      const was = previous === undefined ? "" : ` (was v${previous})`;
      log(`serving ${model} v${version} (${PRODUCTION}) at ${url}${was}`);
    },
  });
  await deployments.sync();

  const app = Fastify({ bodyLimit, logger: false, return503OnClosing: true });
  // Every body is JSON whatever its Content-Type (curl -d sends form encoding; TF Serving does not care).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", { parseAs: "string" }, (_request, body, done) => {
    if (body === "") return done(null, undefined);
    try {
      done(null, JSON.parse(body as string));
    } catch (err) {
      done(new HttpError(400, `request body is not valid JSON (${(err as Error).message})`), undefined);
    }
  });

  const labels = new WeakMap<FastifyRequest, RequestLabels>();
  app.addHook("onResponse", async (request, reply) => {
    const l = labels.get(request);
    if (!l) return;
    const status = reply.statusCode;
    metrics.requests.inc({ model: l.model, version: l.version, status: String(status) });
    metrics.duration.observe({ model: l.model, version: l.version }, reply.elapsedTime / 1000);
    if (status >= 400) metrics.errors.inc({ model: l.model, version: l.version, code: errorCode(status) });
  });

  app.setErrorHandler((err: FastifyError | HttpError, _request, reply) => {
    let status = err.statusCode ?? 500;
    let message = err.message;
    if ((err as FastifyError).code === "FST_ERR_CTP_BODY_TOO_LARGE") {
      status = 413;
      message = `request body is larger than the server's limit of ${formatBytes(bodyLimit)}; send fewer instances per request`;
    } else if (status >= 500 && !(err instanceof HttpError)) {
      log(`error: ${err.message.split("\n")[0]}`);
      message = `internal error: ${err.message.split("\n")[0]}`;
    }
    reply.code(status).send({ error: message });
  });
  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send({
      error: `no endpoint ${request.method} ${request.url}; the server answers GET /v1/models/{model}, POST /v1/models/{model}:predict, GET /metrics`,
    });
  });

  app.get("/metrics", async (_request, reply) => {
    reply.type(metrics.registry.contentType);
    return metrics.registry.metrics();
  });
  registerTfServing(app, { deployments, labels });

  try {
    await app.listen({ host, port });
  } catch (err) {
    await deployments.close();
    const e = err as NodeJS.ErrnoException;
    const why =
      e.code === "EADDRINUSE" ? "the port is in use; stop the other server or pass --port" : e.message;
    throw new ModelopsError(`cannot listen on ${host}:${port}: ${why}`, 2, { cause: err });
  }
  const address = app.server.address();
  const boundPort = typeof address === "object" && address ? address.port : port;
  url = `http://${host.includes(":") ? `[${host}]` : host}:${boundPort}`;

  const names = deployments.names();
  if (names.length === 0)
    log(`no models in registry ${opts.registry} yet; serving them as they are promoted`);
  for (const dep of deployments.all()) {
    if (dep.production) log(`serving ${dep.name} v${dep.production.version} (${PRODUCTION}) at ${url}`);
  }
  deployments.startPolling(pollMs);

  let closing: Promise<void> | undefined;
  return {
    url,
    close() {
      closing ??= (async () => {
        await app.close();
        await deployments.close();
      })();
      return closing;
    },
    currentVersion: (model) => deployments.get(model)?.production?.version,
    models: () =>
      deployments.all().map((d) => ({ model: d.name, version: d.production?.version, label: PRODUCTION })),
    metrics: () => metrics.registry.metrics(),
  };
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}
