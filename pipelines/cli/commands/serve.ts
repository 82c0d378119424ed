// `modelops serve`: the model server in the foreground until SIGINT/SIGTERM, which drain in-flight requests.
import { existsSync } from "node:fs";
import { type Command, InvalidArgumentError, Option } from "commander";
import { BACKENDS, type Backend } from "../../config/schema.ts";
import type { BatchingOptions, ModelServer, PolicyOverrides, Strategy } from "../../serve/index.ts";
import { stopSignal } from "../../stop-signal.ts";
import { integer } from "../option-parsers.ts";

export interface ServeOptions {
  predictionLog?: string;
  registry: string;
  port: number;
  host: string;
  /** Poll interval in ms; default by store (see defaultPollMs). */
  pollInterval?: number;
  /** The old spelling of --poll-interval (milliseconds). */
  poll?: number;
  cache?: string;
  storeTimeout?: number;
  trustedKey?: string[];
  replicaId?: string;
  publicUrl?: string;
  backend: Backend;
  config?: string;
  label?: string;
  strategy?: Strategy;
  canaryPercent?: number;
  shadowPercent?: number;
  maxBatchSize?: number;
  batchTimeoutMicros?: number;
  maxEnqueuedBatches?: number;
  bodyLimit?: number;
  requestTimeout?: number;
  drainDelay?: number;
  prometheus?: string;
  ui?: boolean;
  uiToken?: string;
}

function percent(what: string) {
  return (value: string): number => {
    const n = Number(value);
    if (value.trim() === "" || !Number.isFinite(n) || n < 0 || n > 100) {
      throw new InvalidArgumentError(`${what} must be a number from 0 to 100`);
    }
    return n;
  };
}

/** "30s", "500ms", "2m", or a number of milliseconds. */
export function duration(what: string, minMs: number, maxMs: number) {
  return (value: string): number => {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m)?\s*$/.exec(value);
    const ms = m ? Number(m[1]) * ({ ms: 1, s: 1000, m: 60_000 }[m[2] ?? "ms"] ?? 1) : Number.NaN;
    if (!(ms >= minMs && ms <= maxMs)) {
      throw new InvalidArgumentError(
        `${what} must be a duration from ${minMs} ms to ${maxMs / 60_000} m, e.g. 30s, 500ms or 2m`,
      );
    }
    return Math.round(ms);
  };
}

function repeatable(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function backend(value: string): Backend {
  if (!(BACKENDS as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`expected one of ${BACKENDS.join(", ")}`);
  }
  return value as Backend;
}

function strategy(value: string): Strategy {
  if (!["direct", "canary", "shadow", "ab"].includes(value)) {
    throw new InvalidArgumentError("expected one of direct, canary, shadow, ab");
  }
  return value as Strategy;
}

/** Where the registry is, where the server listens, how often it polls. */
function storeOptions(command: Command): Command {
  return command
    .option(
      "--registry <uri>",
      "the registry to follow: a folder (fs:PATH or PATH) or github:OWNER/REPO (token: GITHUB_TOKEN or GitHub App credentials; GITHUB_API_URL for Enterprise)",
      ".modelops",
    )
    .option("--port <port>", "TCP port (0 picks a free one)", integer("--port", 0, 65535), 8501)
    .option("--host <host>", "interface to listen on (0.0.0.0 for all)", "127.0.0.1")
    .option(
      "--poll-interval <duration>",
      "how often to look for registry (and config) changes (default 30s for github:, 500ms for a folder)",
      duration("--poll-interval", 10, 3_600_000),
    )
    .addOption(
      new Option("--poll <ms>", "the old spelling of --poll-interval, in milliseconds")
        .argParser(integer("--poll", 10, 3_600_000))
        .hideHelp(),
    );
}

/** github: stores: the artifact cache, request timeout, trusted keys, the replica in deployment statuses. */
function githubOptions(command: Command): Command {
  return command
    .option(
      "--cache <dir>",
      "github: where downloaded artifacts are kept, verified, by digest (default: MODELOPS_CACHE or ~/.cache/modelops)",
    )
    .option(
      "--store-timeout <duration>",
      "github: give up on a request to GitHub after this long and try again at the next poll (default 30s)",
      duration("--store-timeout", 100, 600_000),
    )
    .option(
      "--trusted-key <file>",
      "github: a public key whose signed records count, repeatable (also MODELOPS_TRUSTED_KEYS)",
      repeatable,
    )
    .option(
      "--replica-id <id>",
      "this server in the store's deployment statuses (default: MODELOPS_REPLICA_ID, POD_NAME or host:port)",
    )
    .option(
      "--public-url <url>",
      "where clients reach this server, reported as the deployment's environment_url (default: the listening URL)",
    );
}

/** Compute backend, config, default label and the traffic policy overrides. */
function trafficOptions(command: Command): Command {
  return command
    .option("--backend <name>", `compute backend: ${BACKENDS.join(", ")}`, backend, "auto" as Backend)
    .option(
      "-c, --config <file>",
      "modelops.yaml with each model's deploy: policy (default: ./modelops.yaml when it exists)",
    )
    .option("--label <alias>", "label answering requests that name no version or label", "production")
    .option(
      "--prometheus <url>",
      "a Prometheus that scrapes this server: anomaly detection on each version's p99 latency, error rate and prediction mix",
    )
    .option(
      "--strategy <name>",
      "override deploy.strategy for every model: direct, canary, shadow, ab",
      strategy,
    )
    .option(
      "--canary-percent <n>",
      "share of traffic on the canary label (strategy canary)",
      percent("--canary-percent"),
    )
    .option(
      "--shadow-percent <n>",
      "share of traffic mirrored to the canary label (strategy shadow)",
      percent("--shadow-percent"),
    );
}

/** Dynamic batching. */
function batchingOptions(command: Command): Command {
  return command
    .option(
      "--max-batch-size <n>",
      "dynamic batching: most rows per model call; 1 turns it off",
      integer("--max-batch-size", 1, 4096),
    )
    .option(
      "--batch-timeout-micros <n>",
      "dynamic batching: how long a batch waits to fill (0: merge what arrived together)",
      integer("--batch-timeout-micros", 0, 1_000_000),
    )
    .option(
      "--max-enqueued-batches <n>",
      "dynamic batching: queue bound in batches (full: 429 + Retry-After)",
      integer("--max-enqueued-batches", 1, 100_000),
    );
}

/** Request limits and the drain on SIGTERM. */
function limitOptions(command: Command): Command {
  return command
    .option(
      "--body-limit <bytes>",
      "largest request body (413 beyond)",
      integer("--body-limit", 1024, 1024 ** 3),
    )
    .option(
      "--request-timeout <ms>",
      "longest time to receive a request (408 beyond)",
      integer("--request-timeout", 1, 3_600_000),
    )
    .option(
      "--drain-delay <ms>",
      "on SIGTERM, answer not-ready this long before closing the listener",
      integer("--drain-delay", 0, 600_000),
    );
}

/** The /ui pages and the prediction log. */
function extraOptions(command: Command): Command {
  return command
    .option("--ui", "also serve the read-only registry pages (modelops ui) under /ui")
    .option(
      "--ui-token <token>",
      "token the /ui pages require (needed with --host beyond loopback; default $MODELOPS_UI_TOKEN)",
    )
    .option(
      "--prediction-log <where>",
      "prediction log feedback joins: a folder, or none (default: predictions/ in an fs registry)",
    );
}

/** The option groups of `modelops serve`, in the order --help lists them. */
const OPTION_GROUPS = [
  storeOptions,
  githubOptions,
  trafficOptions,
  batchingOptions,
  limitOptions,
  extraOptions,
];

export function register(program: Command): void {
  let command = program
    .command("serve")
    .description(
      "serve every labelled version of every model in the registry (TF Serving REST, Open Inference Protocol v2, /metrics)",
    );
  for (const addOptions of OPTION_GROUPS) command = addOptions(command);
  command.action(async (opts: ServeOptions) => {
    await serve(opts);
  });
}

/** Progress lines go to stdout, `error: ...` lines to stderr. */
function printLine(line: string): void {
  if (line.startsWith("error:")) console.error(line);
  else console.log(line);
}

export function overridesOf(opts: ServeOptions): PolicyOverrides {
  const o: PolicyOverrides = {};
  if (opts.strategy !== undefined) o.strategy = opts.strategy;
  if (opts.canaryPercent !== undefined) o.canaryPercent = opts.canaryPercent;
  if (opts.shadowPercent !== undefined) o.shadowPercent = opts.shadowPercent;
  const b: Partial<BatchingOptions> = {};
  if (opts.maxBatchSize !== undefined) b.maxBatchSize = opts.maxBatchSize;
  if (opts.batchTimeoutMicros !== undefined) b.batchTimeoutMicros = opts.batchTimeoutMicros;
  if (opts.maxEnqueuedBatches !== undefined) b.maxEnqueuedBatches = opts.maxEnqueuedBatches;
  if (opts.maxBatchSize === 1) o.batching = false;
  else if (Object.keys(b).length > 0) o.batching = b;
  return o;
}

/** Starts the server and resolves once a signal has closed it. */
export async function serve(opts: ServeOptions, log: (line: string) => void = printLine): Promise<void> {
  const stopping = stopSignal();
  const { startServer } = await import("../../serve/index.ts");
  // The compute backend's WebAssembly compiles off the main thread while the store and the config are read;
  // startServer awaits the same (cached) start, and reports its failure.
  (await import("../../train/backend.ts")).initBackend(opts.backend).catch(() => {});
  const { openStore } = await import("../../serve/registry-source.ts");
  const store = await openStore(opts.registry, {
    ...(opts.cache !== undefined && { cache: opts.cache }),
    ...(opts.trustedKey !== undefined && { trustedKeys: opts.trustedKey }),
    ...(opts.storeTimeout !== undefined && { requestTimeoutMs: opts.storeTimeout }),
  });
  const config = opts.config ?? (existsSync("modelops.yaml") ? "modelops.yaml" : undefined);
  // Models with monitor.drift: live input windows against their training profiles, gauges on /metrics.
  // With --prometheus: anomaly detection on the signals Prometheus records for this server.
  if (opts.prometheus && !config) {
    const { ModelopsError } = await import("../../errors.ts");
    throw new ModelopsError(
      "--prometheus needs a modelops.yaml (--config): it says which models to watch",
      2,
    );
  }
  // Read and validated once, here: monitoring, the prediction log and the traffic policy share it.
  const loadedConfig = config ? await (await import("../../config/index.ts")).loadConfig(config) : undefined;
  const monitoring = loadedConfig
    ? await (await import("../../monitor/attach.ts")).serverMonitoring({
        registry: store,
        config: loadedConfig,
        ...(opts.prometheus && { prometheus: opts.prometheus }),
        log,
      })
    : undefined;
  const pollMs = opts.pollInterval ?? opts.poll;
  // The prediction log: --prediction-log, else the config's monitor.store, else the server's default.
  let predictionLog = opts.predictionLog;
  if (predictionLog === undefined && config && loadedConfig) {
    const { configuredStore } = await import("../../serve/prediction-store.ts");
    predictionLog = configuredStore(loadedConfig.config.models, config);
  }
  const extraRoutes = opts.ui ? await (await import("../../ui/mount.ts")).uiMount(opts) : undefined;
  const server: ModelServer = await startServer({
    ...(extraRoutes && { extraRoutes }),
    registry: store,
    host: opts.host,
    port: opts.port,
    ...(pollMs !== undefined && { pollMs }),
    ...(opts.replicaId !== undefined && { replicaId: opts.replicaId }),
    ...(opts.publicUrl !== undefined && { publicUrl: opts.publicUrl }),
    backend: opts.backend,
    ...(config !== undefined && { config }),
    ...(loadedConfig !== undefined && { loadedConfig }),
    ...(opts.label !== undefined && { label: opts.label }),
    overrides: overridesOf(opts),
    ...(opts.bodyLimit !== undefined && { bodyLimit: opts.bodyLimit }),
    ...(opts.requestTimeout !== undefined && { requestTimeoutMs: opts.requestTimeout }),
    ...(opts.drainDelay !== undefined && { drainDelayMs: opts.drainDelay }),
    ...(predictionLog !== undefined && {
      predictionLog: predictionLog === "none" ? false : predictionLog,
    }),
    ...(monitoring && {
      observeInputs: monitoring.observeInputs,
      registerMetrics: monitoring.registerMetrics,
    }),
    log,
  });
  const signal = await stopping;
  log(`${signal}: finishing in-flight requests and stopping`);
  monitoring?.stop();
  await server.close().catch((err: unknown) => {
    log(`error while stopping: ${err instanceof Error ? err.message : String(err)}`);
  });
}
