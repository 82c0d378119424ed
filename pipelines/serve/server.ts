// The model server: one fastify instance serving TF Serving REST and the Open Inference Protocol v2 over the
// same loaded versions, Prometheus metrics, hot swap by polling the registry, traffic policy from
// modelops.yaml (re-read when it changes), request limits, and a graceful drain on close.
import { createServer } from "node:http";
import { hostname } from "node:os";
import path from "node:path";
import Fastify, { type FastifyError, type FastifyInstance } from "fastify";
import type { LoadedConfig } from "../config/index.ts";
import type { Backend } from "../config/schema.ts";
import { ModelopsError } from "../errors.ts";
import { checkInferenceSettings } from "../onnx/backend.ts";
import { initBackend } from "../train/backend.ts";
import { ConfigPolicies } from "./config-policies.ts";
import { createDataPlane, formatBytes } from "./dataplane.ts";
import { Deployments, PRODUCTION } from "./deployments.ts";
import { HttpError } from "./http-error.ts";
import { DEFAULT_BODY_LIMIT, DEFAULT_JSON_LIMITS, type JsonLimits, parseJsonBody } from "./limits.ts";

export { DEFAULT_BODY_LIMIT };

import type { ModelStore } from "../registry/model-store.ts";
import { parseStoreUri } from "../registry/open-store.ts";
import { createMetrics } from "./metrics.ts";
import { registerOnlineMetrics } from "./online-metrics.ts";
import {
  applyOverrides,
  DEFAULT_POLICY,
  describePolicy,
  type ModelPolicy,
  type PolicyOverrides,
} from "./policy.ts";
import { openPredictionStore, type PredictionStore } from "./prediction-store.ts";
import { openStore, registrySource } from "./registry-source.ts";
import { ServingReporter } from "./reporter.ts";
import { lazySchemaCompilers } from "./schema-compilers.ts";
import { registerTfServing } from "./tfserving.ts";
import { registerV2 } from "./v2.ts";

export interface ServerOptions {
  /**
   * The registry the server follows: a store opened by the caller, or its URI (`fs:PATH` or a bare path,
   * `.modelops` by default in the CLI; `github:OWNER/REPO`).
   */
  registry: string | ModelStore;
  /** This server process in the store's serving reports. Default MODELOPS_REPLICA_ID, POD_NAME, or host:port. */
  replicaId?: string;
  /** Where clients reach this replica (a deployment status's environment_url). Default the listening URL. */
  publicUrl?: string;
  /** Interface to listen on. Default 127.0.0.1 (local only); 0.0.0.0 for every interface. */
  host?: string;
  /** TCP port. Default 8501 (TF Serving's REST port); 0 picks a free one (see `url`). */
  port?: number;
  /**
   * How often the registry's change signal (and the config file) is read, in milliseconds. Default 500 for
   * a local store, DEFAULT_GITHUB_POLL_MS for github (see docs/serving.md for the rate-limit arithmetic).
   */
  pollMs?: number;
  /** tfjs compute backend. Default auto. */
  backend?: Backend;
  /** modelops.yaml whose `deploy:` sections set each model's traffic policy; re-read when it changes. */
  config?: string;
  /** The config already read from `config` (modelops serve reads it once); used while the file is unchanged. */
  loadedConfig?: LoadedConfig;
  /** Command-line settings that win over the config for every model. */
  overrides?: PolicyOverrides;
  /** The label that answers requests naming no version or label. Default production. */
  label?: string;
  /** Largest request body accepted, in bytes; larger ones get a 413. Default 8 MiB. */
  bodyLimit?: number;
  /** Nesting and array-size limits of request bodies. */
  jsonLimits?: Partial<JsonLimits>;
  /** Longest time to receive a whole request, in milliseconds (slow clients get 408). Default 30 s. */
  requestTimeoutMs?: number;
  /** Longest wait in a batching queue before a 503. Default 10 s. */
  queueTimeoutMs?: number;
  /** On close: how long /v2/health/ready answers 503 before the listener stops, so balancers move away. */
  drainDelayMs?: number;
  /** Where progress and errors go, one line each. Default stderr. */
  log?: (line: string) => void;
  /** Adds metric families to this server's /metrics (monitoring's drift and anomaly gauges). */
  registerMetrics?: (registry: import("prom-client").Registry) => void;
  /**
   * The prediction log feedback joins: a folder (the embedded store), `postgres://...` (shared by replicas),
   * an open store, or false for none. Default `predictions/` inside an fs registry; none for other registries.
   */
  predictionLog?: string | PredictionStore | false;
  /** Called with the raw rows of each answered prediction (monitoring's live feature window). */
  observeInputs?: (model: string, rows: unknown[]) => void;
  /** Registers more routes before the server listens (`modelops serve --ui`: the UI's pages under /ui). */
  extraRoutes?: (app: import("fastify").FastifyInstance) => Promise<void>;
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
  /** Marks the server not ready, waits drainDelayMs, stops listening, finishes in-flight requests, then releases every model. */
  close(): Promise<void>;
  /** Version that `label` (default: the default label) of `model` serves now. */
  currentVersion(model: string, label?: string): number | undefined;
  /** Every label of every model and the version it serves. */
  models(): ModelServing[];
  /** The policy a model is served with now. */
  policy(model: string): ModelPolicy | undefined;
  /** The metrics text /metrics answers (Prometheus exposition format). */
  metrics(): Promise<string>;
  /**
   * Sets the share of a model's traffic on its `canary` label now (a canary rollout's step; 0 sends all
   * traffic to the stable label), over the config and the command line; undefined returns to them.
   */
  setCanaryPercent(model: string, percent: number | undefined): Promise<void>;
}

export const DEFAULT_PORT = 8501;
export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
/** Poll interval on a local store: reading it is a file hash. */
export const DEFAULT_LOCAL_POLL_MS = 500;
/**
 * Poll interval on the github store: a poll is one or two conditional requests, free when GitHub answers 304
 * and at most a few hundred requests per replica-hour otherwise, well inside a token's 5,000 per hour.
 */
export const DEFAULT_GITHUB_POLL_MS = 30_000;

/** The poll interval a store gets when none is given. */
export function defaultPollMs(uri: string): number {
  return uri.startsWith("github:") ? DEFAULT_GITHUB_POLL_MS : DEFAULT_LOCAL_POLL_MS;
}

/**
 * Starts the model server: loads every labelled (and pinned) version of every model in the registry
 * (verified and warmed), listens, and from then on follows the registry. Models that cannot load are logged
 * and answer 503; the server itself only fails to start for a missing registry or config, a busy port or a
 * backend that cannot load.
 */
export async function startServer(opts: ServerOptions): Promise<ModelServer> {
  const settings = serverSettings(opts);
  checkInferenceSettings();
  await initBackend(opts.backend ?? "auto");
  const store = typeof opts.registry === "string" ? await openStore(opts.registry) : opts.registry;
  const source = registrySource(store);
  const reporter = new ServingReporter(source, settings.log);
  const configPolicy = new ConfigPolicies(opts.config, settings.log, opts.loadedConfig);
  await configPolicy.load(true);
  const canaryPercent = new Map<string, number>();
  const policyFor = policyResolver(opts, settings.defaultLabel, configPolicy, canaryPercent);
  let url = "";
  const { deployments, metrics } = createDeployments(opts, settings, source, reporter, policyFor, () => url);
  await deployments.sync();

  const predictions = await openLog(opts.predictionLog, store.uri, settings.log);
  if (predictions) {
    registerOnlineMetrics(
      metrics.registry,
      predictions,
      () => deployments.names(),
      (m, v) => deployments.get(m)?.state.versions.get(v)?.calibration,
    );
  }
  const state = { draining: false };
  const ctx = { deployments, metrics, predictions };
  const app = createApp(settings, ctx, () => state.draining);
  registerRoutes(app, ctx, store.uri, settings.defaultLabel, () => state.draining);
  await opts.extraRoutes?.(app);
  const boundPort = await listen(app, settings, deployments);
  url = `http://${settings.host.includes(":") ? `[${settings.host}]` : settings.host}:${boundPort}`;

  reporter.start(opts.publicUrl ?? url, opts.replicaId ?? defaultReplicaId(boundPort));
  announce(deployments, store.uri, url, settings, opts.config !== undefined);
  deployments.startPolling(opts.pollMs ?? defaultPollMs(store.uri), async () => {
    void reporter.flush(); // reports the store could not take before
    if (await configPolicy.load(false)) {
      await deployments.updatePolicies();
      for (const dep of deployments.all())
        settings.log(`${dep.name}: ${describePolicy(dep.policy)} (config changed)`);
    }
  });
  return serverHandle(opts, url, { app, deployments, metrics, predictions, reporter, state, canaryPercent });
}

/** The options with their defaults filled in. */
interface Settings {
  host: string;
  port: number;
  bodyLimit: number;
  limits: JsonLimits;
  defaultLabel: string;
  requestTimeout: number;
  log: (line: string) => void;
}

function serverSettings(opts: ServerOptions): Settings {
  return {
    host: opts.host ?? DEFAULT_HOST,
    port: opts.port ?? DEFAULT_PORT,
    bodyLimit: opts.bodyLimit ?? DEFAULT_BODY_LIMIT,
    limits: { ...DEFAULT_JSON_LIMITS, ...opts.jsonLimits },
    defaultLabel: opts.label ?? PRODUCTION,
    requestTimeout: opts.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    log: opts.log ?? ((line: string) => process.stderr.write(`${line}\n`)),
  };
}

/**
 * Traffic policy per model: the config's deploy section, then the command-line overrides. A canary share set
 * at run time (a rollout in this process, then one in another through the registry) wins over both and
 * splits traffic whatever the configured strategy, except on a pool pinned to `--strategy direct` (a pool
 * behind a gateway that splits traffic itself, which follows the same share). A label other than
 * production serves that label directly.
 */
function policyResolver(
  opts: ServerOptions,
  defaultLabel: string,
  configPolicy: ConfigPolicies,
  canaryPercent: Map<string, number>,
): (model: string, registryPercent?: number) => ModelPolicy {
  return (model, registryPercent) => {
    const p = { ...applyOverrides(configPolicy.get(model), opts.overrides) };
    const runtime = canaryPercent.get(model) ?? registryPercent;
    if (runtime !== undefined && opts.overrides?.strategy !== "direct") {
      p.canaryPercent = runtime;
      p.strategy = "canary";
    }
    return defaultLabel === PRODUCTION ? p : { ...p, strategy: "direct" };
  };
}

/** The metrics registry and the deployments that follow the registry, announcing swaps once listening. */
function createDeployments(
  opts: ServerOptions,
  settings: Settings,
  source: ReturnType<typeof registrySource>,
  reporter: ServingReporter,
  policyFor: (model: string, registryPercent?: number) => ModelPolicy,
  url: () => string,
): { deployments: Deployments; metrics: ReturnType<typeof createMetrics> } {
  const { log, defaultLabel } = settings;
  let deployments!: Deployments;
  const metrics = createMetrics(function* () {
    for (const [loaded, label] of deployments.loadedWithLabels())
      yield [loaded.name, String(loaded.version), label, loaded.queueDepth];
  });
  // prom-client's gauges named *_total (the per-type nodejs_active_* gauges carry the same counts) fail
  // `promtool check metrics`; the exposition must pass it.
  for (const name of [
    "nodejs_active_handles_total",
    "nodejs_active_requests_total",
    "nodejs_active_resources_total",
  ]) {
    metrics.registry.removeSingleMetric(name);
  }
  opts.registerMetrics?.(metrics.registry);
  if (opts.observeInputs) metrics.inputs = opts.observeInputs;
  deployments = new Deployments(
    source,
    metrics,
    {
      log,
      serving(model, label, version, previous) {
        if (!url()) return; // the first versions are announced with the URL once listening
        const was = previous === undefined ? "" : ` (was v${previous})`;
        log(`serving ${model} v${version} (${label}) at ${url()}${was}`);
      },
      status: (model, alias, version, state, description) =>
        reporter.report(model, alias, version, state, description),
      aliases: (model, aliases) => reporter.aliases(model, aliases),
    },
    {
      defaultLabel,
      policyFor,
      ...(opts.queueTimeoutMs !== undefined && { queueTimeoutMs: opts.queueTimeoutMs }),
    },
  );
  return { deployments, metrics };
}

type ServeContext = {
  deployments: Deployments;
  metrics: ReturnType<typeof createMetrics>;
  predictions: PredictionStore | undefined;
};

/** The fastify instance: predictions through the data plane, JSON bodies within the limits, one-line errors. */
function createApp(settings: Settings, ctx: ServeContext, draining: () => boolean) {
  const { bodyLimit, limits, log, requestTimeout } = settings;
  const dataPlane = createDataPlane(ctx, { bodyLimit, limits, log, closing: draining });
  const app = Fastify({
    bodyLimit,
    logger: false,
    return503OnClosing: true,
    // Model names may be long; beyond this the URL is refused before routing.
    routerOptions: { maxParamLength: 200 },
    schemaController: lazySchemaCompilers(),
    // Predictions go to the data plane first; fastify gets the rest (status, metadata, health, /metrics).
    serverFactory: (handler) => {
      // Slow clients: the whole request must arrive within requestTimeout (checked this often).
      const connectionsCheckingInterval = Math.max(10, Math.min(1000, Math.floor(requestTimeout / 2)));
      const server = createServer({ connectionsCheckingInterval }, (req, res) => {
        if (!dataPlane(req, res)) handler(req, res);
      });
      server.requestTimeout = requestTimeout;
      server.headersTimeout = Math.min(60_000, requestTimeout);
      server.keepAliveTimeout = 72_000;
      return server;
    },
  });
  // Every body is JSON whatever its Content-Type (curl -d sends form encoding; TF Serving does not care).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", { parseAs: "string" }, (_request, body, done) => {
    if (body === "") return done(null, undefined);
    try {
      done(null, parseJsonBody(body as string, limits));
    } catch (err) {
      done(err as HttpError, undefined);
    }
  });
  app.setErrorHandler((err: FastifyError | HttpError, _request, reply) => {
    let status = err.statusCode ?? 500;
    let message = err.message;
    const code = (err as FastifyError).code;
    if (code === "FST_ERR_CTP_BODY_TOO_LARGE") {
      status = 413;
      message = `request body is larger than the server's limit of ${formatBytes(bodyLimit)}; send fewer instances per request`;
    } else if (err instanceof HttpError) {
      if (err.retryAfter !== undefined) reply.header("retry-after", String(err.retryAfter));
    } else if (status >= 500) {
      log(`error: ${err.message.split("\n")[0]}`);
      message = `internal error: ${err.message.split("\n")[0]}`;
    } else {
      // fastify's own 4xx (bad Content-Length, malformed URL, ...): keep its one-line message
      message = `${message.split("\n")[0]}`;
    }
    reply.code(status).type("application/json; charset=utf-8").send({ error: message });
  });
  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send({
      error: `no endpoint ${request.method} ${request.url}; the server answers GET /v1/models/{model}, POST /v1/models/{model}:predict, POST /v2/models/{model}/infer, GET /v2/health/ready, GET /metrics`,
    });
  });
  return app;
}

/** /metrics, TF Serving REST and the v2 protocol, with readiness: the registry read and every default label loaded. */
function registerRoutes(
  app: FastifyInstance,
  ctx: ServeContext,
  storeUri: string,
  defaultLabel: string,
  draining: () => boolean,
): void {
  const { deployments, metrics } = ctx;
  app.get("/metrics", async (_request, reply) => {
    reply.type(metrics.registry.contentType);
    return metrics.registry.metrics();
  });
  registerTfServing(app, ctx);
  registerV2(app, {
    ...ctx,
    ready() {
      if (draining()) return { ready: false, reason: "shutting down" };
      if (!deployments.read) {
        const why = deployments.lastError ?? `reading ${storeUri}`;
        return { ready: false, reason: `the registry has not been read yet (${why})` };
      }
      for (const dep of deployments.all()) {
        if (dep.targets.has(defaultLabel) && !dep.production) {
          return { ready: false, reason: `${dep.name} has no ${defaultLabel} version loaded yet` };
        }
      }
      return { ready: true };
    },
  });
}

/** Listens; returns the bound port. A busy port is one line (exit 2), after releasing the loaded models. */
async function listen(app: FastifyInstance, settings: Settings, deployments: Deployments): Promise<number> {
  const { host, port } = settings;
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
  return typeof address === "object" && address ? address.port : port;
}

/** One line per served label (the default label first) and per model's non-default policy. */
function announce(
  deployments: Deployments,
  storeUri: string,
  url: string,
  settings: Settings,
  hasConfig: boolean,
): void {
  const { log, defaultLabel } = settings;
  if (deployments.names().length === 0 && deployments.read)
    log(`no models in registry ${storeUri} yet; serving them as they are promoted`);
  for (const dep of deployments.all()) {
    const labels = [...dep.state.labels].sort(([a], [b]) =>
      a === defaultLabel ? -1 : b === defaultLabel ? 1 : a.localeCompare(b),
    );
    for (const [label, loaded] of labels) log(`serving ${dep.name} v${loaded.version} (${label}) at ${url}`);
    if (dep.policy.strategy !== DEFAULT_POLICY.strategy || hasConfig) {
      log(`${dep.name}: ${describePolicy(dep.policy)}`);
    }
  }
}

/** The running server's handle: queries, the run-time canary share, and the graceful close. */
function serverHandle(
  opts: ServerOptions,
  url: string,
  parts: ServeContext & {
    app: FastifyInstance;
    reporter: ServingReporter;
    state: { draining: boolean };
    canaryPercent: Map<string, number>;
  },
): ModelServer {
  const { app, deployments, metrics, predictions, reporter, state, canaryPercent } = parts;
  const defaultLabel = opts.label ?? PRODUCTION;
  let closing: Promise<void> | undefined;
  return {
    url,
    close() {
      closing ??= (async () => {
        state.draining = true;
        if (opts.drainDelayMs) await new Promise((r) => setTimeout(r, opts.drainDelayMs));
        await app.close();
        await deployments.close();
        await predictions?.close();
        await reporter.settle(2000);
      })();
      return closing;
    },
    currentVersion: (model, label) => {
      const dep = deployments.get(model);
      return dep?.state.labels.get(label ?? dep.defaultLabel)?.version;
    },
    models: () =>
      deployments.all().flatMap((d): ModelServing[] => {
        const labels = [...d.state.labels].map(([label, l]) => ({
          model: d.name,
          version: l.version,
          label,
        }));
        return labels.length > 0 ? labels : [{ model: d.name, version: undefined, label: defaultLabel }];
      }),
    policy: (model) => deployments.get(model)?.policy,
    metrics: () => metrics.registry.metrics(),
    async setCanaryPercent(model, percent) {
      if (percent === undefined) canaryPercent.delete(model);
      else canaryPercent.set(model, Math.max(0, Math.min(100, percent)));
      await deployments.updatePolicies();
    },
  };
}

/** The prediction log the options name, or the default one beside an fs registry. */
async function openLog(
  given: ServerOptions["predictionLog"],
  registryUri: string,
  log: (line: string) => void,
): Promise<PredictionStore | undefined> {
  if (given === false) return undefined;
  if (given !== undefined && typeof given !== "string") return given;
  let where = given;
  if (where === undefined) {
    const parsed = parseStoreUri(registryUri);
    if (parsed.kind !== "fs") {
      log("no prediction log (pass --prediction-log DIR or postgres://...); feedback is refused");
      return undefined;
    }
    where = path.join(parsed.root, "predictions");
  }
  return openPredictionStore(where);
}

/** A replica's name in the store's reports: stable across restarts where the platform gives one. */
export function defaultReplicaId(port: number, env: NodeJS.ProcessEnv = process.env): string {
  return env.MODELOPS_REPLICA_ID || env.POD_NAME || `${hostname()}:${port}`;
}
