// `modelops ui`: read-only pages over the registry (models, versions, runs, compare) until SIGINT/SIGTERM.
import { type Command, InvalidArgumentError } from "commander";
import { stopSignal } from "../../stop-signal.ts";

export interface UiCliOptions {
  registry: string;
  runs?: string;
  host: string;
  port: number;
  token?: string;
  server?: string;
}

function port(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n > 65535)
    throw new InvalidArgumentError("--port must be a whole number from 0 to 65535");
  return n;
}

export function register(program: Command): void {
  program
    .command("ui")
    .description(
      "read-only web pages over the registry: models, versions, alias history, runs and their comparison",
    )
    .option("--registry <uri>", "registry store: a folder / fs:PATH, or github:OWNER/REPO", ".modelops")
    .option(
      "--runs <path>",
      "fs registry whose stored runs to list (default: the registry, when it is a folder)",
    )
    .option("--host <host>", "interface to listen on; beyond loopback it needs --token", "127.0.0.1")
    .option("--port <port>", "TCP port (0 picks a free one)", port, 8502)
    .option("--token <token>", "require this token on every request (default: $MODELOPS_UI_TOKEN)")
    .option("--server <url>", "a model server (modelops serve) whose /metrics shows what is live")
    .action(async (opts: UiCliOptions) => {
      await ui(opts);
    });
}

export async function ui(opts: UiCliOptions, log: (line: string) => void = console.log): Promise<void> {
  const stopping = stopSignal();
  const { checkBind, startUi } = await import("../../ui/server.ts");
  const token = opts.token ?? (process.env.MODELOPS_UI_TOKEN || undefined);
  checkBind(opts.host, token); // before opening anything: a refused bind is one line and exit 2
  const { openCatalog } = await import("../../runs/open.ts");
  const catalog = await openCatalog(opts.registry, opts.runs);
  const server = await startUi({
    store: catalog.store!,
    catalog,
    host: opts.host,
    port: opts.port,
    ...(token !== undefined && { token }),
    ...(opts.server !== undefined && { server: opts.server }),
    log: (line) => console.error(line),
  });
  log(
    `modelops ui: ${server.url}/ over ${catalog.store!.uri}${token ? " (token required)" : ""}; Ctrl-C to stop`,
  );
  await stopping;
  await server.close().catch(() => undefined);
}
