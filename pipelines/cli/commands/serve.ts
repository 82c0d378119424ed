// `modelops serve`: the model server in the foreground until SIGINT/SIGTERM, which drain in-flight requests.
import { type Command, InvalidArgumentError } from "commander";
import { BACKENDS, type Backend } from "../../config/schema.ts";
import { DEFAULT_HOST, DEFAULT_PORT, type ModelServer, startServer } from "../../serve/index.ts";

export interface ServeOptions {
  registry: string;
  port: number;
  host: string;
  poll: number;
  backend: Backend;
}

function integer(what: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || n < min || n > max) {
      throw new InvalidArgumentError(`${what} must be a whole number from ${min} to ${max}`);
    }
    return n;
  };
}

function backend(value: string): Backend {
  if (!(BACKENDS as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`expected one of ${BACKENDS.join(", ")}`);
  }
  return value as Backend;
}

export function register(program: Command): void {
  program
    .command("serve")
    .description("serve the production version of every model in the registry (TF Serving REST, /metrics)")
    .option("--registry <path>", "registry root", ".modelops")
    .option("--port <port>", "TCP port (0 picks a free one)", integer("--port", 0, 65535), DEFAULT_PORT)
    .option("--host <host>", "interface to listen on (0.0.0.0 for all)", DEFAULT_HOST)
    .option(
      "--poll <ms>",
      "how often to look for a new production version",
      integer("--poll", 10, 3_600_000),
      500,
    )
    .option("--backend <name>", `compute backend: ${BACKENDS.join(", ")}`, backend, "auto" as Backend)
    .action(async (opts: ServeOptions) => {
      await serve(opts);
    });
}

/** Progress lines go to stdout, `error: ...` lines to stderr. */
function printLine(line: string): void {
  if (line.startsWith("error:")) console.error(line);
  else console.log(line);
}

/** Starts the server and resolves once a signal has closed it. */
export async function serve(opts: ServeOptions, log: (line: string) => void = printLine): Promise<void> {
  const server: ModelServer = await startServer({
    registry: opts.registry,
    host: opts.host,
    port: opts.port,
    pollMs: opts.poll,
    backend: opts.backend,
    log,
  });
  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      log(`${signal}: finishing in-flight requests and stopping`);
      server.close().then(resolve, (err: unknown) => {
        log(`error while stopping: ${err instanceof Error ? err.message : String(err)}`);
        resolve();
      });
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}
