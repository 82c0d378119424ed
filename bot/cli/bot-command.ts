// `modelops bot`: the GitHub App (bot/) as a Probot HTTP server, configured the way Probot reads its
// environment: APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH, WEBHOOK_SECRET, GHE_HOST (+ GHE_PROTOCOL) for GitHub
// Enterprise, LOG_LEVEL, WEBHOOK_PATH; PORT and HOST (or --port/--host) choose where it listens; REDIS_URL
// makes replicas share the delivery queue and the locks (without it the queue lives in this process). Runs
// until SIGINT/SIGTERM, then finishes the deliveries in flight. The App (bot/index.ts) is imported only when the
// command runs, so `modelops --help` does not load probot.
import { createPrivateKey } from "node:crypto";
import { getPrivateKey } from "@probot/get-private-key";
import { type Command, InvalidArgumentError } from "commander";
import { ModelopsError } from "../../pipelines/errors.ts";
import { stopSignal } from "../../pipelines/stop-signal.ts";

export interface BotCommandOptions {
  port?: number;
  host?: string;
}

function port(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n > 65535) throw new InvalidArgumentError("--port must be 0 to 65535");
  return n;
}

export function register(program: Command): void {
  program
    .command("bot")
    .description(
      "run the modelops GitHub App (Probot: APP_ID, PRIVATE_KEY, WEBHOOK_SECRET, GHE_HOST; REDIS_URL for replicas)",
    )
    .option("--port <port>", "TCP port (default: $PORT or 3000; 0 picks a free one)", port)
    .option("--host <host>", "interface to listen on (default: $HOST or 127.0.0.1)")
    .action(async (opts: BotCommandOptions) => {
      await runBot(opts);
    });
}

/** Where the queue lives, without REDIS_URL's credentials. */
function queueLine(env: NodeJS.ProcessEnv): string {
  if (!env.REDIS_URL) return "queue in this process";
  const url = new URL(env.REDIS_URL);
  return `queue on Redis ${url.host}${url.pathname.length > 1 ? url.pathname : ""}, shared by replicas`;
}

export async function runBot(opts: BotCommandOptions, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const stopping = stopSignal();
  const { missingEnv, startBot } = await import("../index.ts");
  const missing = missingEnv(env);
  if (missing.length > 0) {
    throw new ModelopsError(
      `missing ${missing.join(", ")}; set them in the environment (see docs/bot.md, "Install the app")`,
    );
  }
  checkPrivateKey(env);
  const bot = await startBot({ env, port: opts.port, host: opts.host }).catch((error: unknown) => {
    const e = error as NodeJS.ErrnoException;
    if (e.code === "EADDRINUSE") {
      throw new ModelopsError(
        `port ${opts.port ?? env.PORT ?? 3000} is in use; choose another with --port or PORT`,
      );
    }
    throw error;
  });
  const api = env.GHE_HOST
    ? `${env.GHE_PROTOCOL || "https"}://${env.GHE_HOST}/api/v3`
    : "https://api.github.com";
  console.log(
    `modelops bot: app ${env.APP_ID} listening on ${bot.url} (webhooks at ${bot.webhookUrl}; GitHub API ${api}; ${queueLine(env)})`,
  );
  const signal = await stopping;
  console.log(`modelops bot: ${signal}, stopping`);
  await bot.close().catch(() => undefined);
}

/**
 * The App's private key, read as Probot reads it (PRIVATE_KEY, base64 or with \\n escapes, else the file at
 * PRIVATE_KEY_PATH), must be an RSA private key: GitHub signs App tokens with RS256. Checked before the server
 * starts, so a pasted-wrong key is one line at start, not a failure on the first webhook.
 */
export function checkPrivateKey(env: NodeJS.ProcessEnv): void {
  const source = env.PRIVATE_KEY ? "PRIVATE_KEY" : `PRIVATE_KEY_PATH ${env.PRIVATE_KEY_PATH}`;
  const fix =
    "use the .pem file that the App's settings page generates (Private keys > Generate a private key), whole";
  let pem: string | null;
  try {
    pem = getPrivateKey({ env });
  } catch {
    throw new ModelopsError(
      env.PRIVATE_KEY
        ? `PRIVATE_KEY is not a PEM private key (no BEGIN/END PRIVATE KEY lines, as text or base64); ${fix}`
        : `${source}: no such file; ${fix}`,
    );
  }
  if (!pem) throw new ModelopsError(`${source}: empty; ${fix}`);
  let type: string | undefined;
  try {
    type = createPrivateKey(pem).asymmetricKeyType;
  } catch (error) {
    const why = (error as Error).message.replace(/^error:[0-9A-F]+:/, "");
    throw new ModelopsError(`${source}: the PEM does not decode as a private key (${why}); ${fix}`);
  }
  if (type !== "rsa")
    throw new ModelopsError(`${source}: a ${type} key; GitHub Apps sign with RSA keys; ${fix}`);
}
