// The modelops GitHub App (Probot 14): small feature handlers composed here, each in its own file.
//   reportBot     workflow_run completed (check_run / check_suite re-run): sticky comment + check run
//   promotionBot  reviews and pushes: the approvals rule judged again on the measured commit
//   commandsBot   /modelops retrain | explain | override <reason> | help
//   releaseBot    push to the default branch merging an approved change: release <model>/vN
//   rollbackBot   push restoring an earlier version's inputs (a revert): release pointing at that artifact
//   canaryBot     repository_dispatch modelops-canary-aborted: a revert pull request of the canary's release
// `modelops bot` runs it as a Probot HTTP server configured from APP_ID, PRIVATE_KEY (or PRIVATE_KEY_PATH),
// WEBHOOK_SECRET and GHE_HOST/GHE_PROTOCOL, as Probot reads them; PORT/HOST choose where it listens;
// REDIS_URL makes replicas share the queue, the delivery memory and the locks; ADMIN_TOKEN turns on the
// dead-letter endpoints (bot/admin.ts; GET /metrics is always there).
// The HTTP edge is ours, not Probot's middleware: a body over GitHub's 25 MB cap is refused before it is
// buffered, a signed delivery is answered 202 as soon as it is queued (GitHub waits 10 s at most), and the
// handlers run from the queue (bot/queue.ts) with retries, each job through `probot.receive`.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createProbot, type Probot, type ProbotOctokit } from "probot";
import { adminRoutes, MIN_ADMIN_TOKEN } from "./admin.ts";
import { canaryBot } from "./canary.ts";
import { commandsBot } from "./commands.ts";
import { holdConfigPool } from "./config-worker.ts";
import { createQueue } from "./create-queue.ts";
import type { BotOptions } from "./github.ts";
import { withCoordination } from "./locks.ts";
import { promotionBot } from "./promotion.ts";
import {
  DELIVERY_ID,
  type DeadLetter,
  type Delivery,
  type DeliveryQueue,
  type QueueOptions,
} from "./queue.ts";
import { appKeyFromEnv, configureRegistry } from "./registry.ts";
import { releaseBot } from "./release.ts";
import { reportBot } from "./report.ts";
import { rollbackBot } from "./rollback.ts";

export type { BotOptions } from "./github.ts";

/** The app: every feature handler, in the order they are documented. */
export function modelopsApp(opts: BotOptions): (app: Probot) => void {
  configureRegistry(opts);
  return (app) => {
    reportBot(app, opts);
    promotionBot(app, opts);
    commandsBot(app, opts);
    releaseBot(app, opts);
    rollbackBot(app, opts);
    canaryBot(app, opts);
  };
}

export interface RunningBot {
  server: Server;
  /** http://host:port */
  url: string;
  /** The webhook endpoint GitHub posts to. */
  webhookUrl: string;
  /** Resolves once no delivery is queued, running or waiting for a retry (in every replica on the Redis). */
  idle(): Promise<void>;
  /** Deliveries that failed every attempt. */
  deadLetters(): Promise<DeadLetter[]>;
  /** Queues a dead letter again (what POST /admin/dead-letters/<id>/redrive does); false if there is none. */
  redrive(id: string): Promise<boolean>;
  /** Stops listening, then waits for the jobs in flight. */
  close(): Promise<void>;
}

export interface StartOptions {
  env?: NodeJS.ProcessEnv;
  port?: number;
  host?: string;
  /** An Octokit class for the app (tests tune retry and throttling timings). */
  Octokit?: typeof ProbotOctokit;
  /** Retry, concurrency and lease settings of the queue (tests shorten the waits). */
  queue?: Partial<QueueOptions>;
}

/** GitHub caps webhook payloads at 25 MB; anything larger is not from GitHub. */
export const MAX_WEBHOOK_BYTES = 25 * 1024 * 1024;

/** What is missing from the environment for the app to run, one line each. */
export function missingEnv(env: NodeJS.ProcessEnv): string[] {
  const missing: string[] = [];
  if (!env.APP_ID || !/^\d+$/.test(env.APP_ID)) missing.push("APP_ID (the GitHub App's numeric id)");
  if (!env.PRIVATE_KEY && !env.PRIVATE_KEY_PATH)
    missing.push("PRIVATE_KEY or PRIVATE_KEY_PATH (the app's private key)");
  if (!env.WEBHOOK_SECRET) missing.push("WEBHOOK_SECRET (the secret set in the app's webhook settings)");
  if (env.REDIS_URL && !/^rediss?:\/\//.test(env.REDIS_URL))
    missing.push("a REDIS_URL of the form redis://[user:password@]host:port[/db] (rediss:// for TLS)");
  // Empty is unset (the rendered Secret's template leaves it empty: the admin endpoints off).
  if (env.ADMIN_TOKEN && env.ADMIN_TOKEN.length < MIN_ADMIN_TOKEN)
    missing.push(`an ADMIN_TOKEN of at least ${MIN_ADMIN_TOKEN} characters (openssl rand -hex 32)`);
  return missing;
}

/** Starts the app's HTTP server (webhooks at WEBHOOK_PATH, default /api/github/webhooks; GET /healthz). */
export async function startBot(opts: StartOptions = {}): Promise<RunningBot> {
  const env = opts.env ?? process.env;
  // REDIS_URL is ours (the queue), not Probot's: Probot would also cluster its request throttling through
  // it, with a connection nobody closes and cluster state a killed replica leaves behind, stalling the
  // other replicas' writes until it times out. Each replica throttles its own requests instead.
  const probot = createProbot({
    env: { ...env, REDIS_URL: "" },
    overrides: opts.Octokit ? { Octokit: opts.Octokit } : {},
  });
  await probot.load(modelopsApp({ appId: Number(env.APP_ID), privateKey: appKeyFromEnv(env), env }));
  const webhooksPath = env.WEBHOOK_PATH || "/api/github/webhooks";
  const releaseConfigPool = holdConfigPool();
  const queue = await createQueue({
    ...opts.queue,
    redisUrl: env.REDIS_URL || undefined,
    log: probot.log.child({ name: "queue" }),
    handle: (delivery, coordination) =>
      withCoordination(coordination, () => probot.receive(delivery as Parameters<Probot["receive"]>[0])),
  });
  const admin = adminRoutes({
    token: env.ADMIN_TOKEN || undefined,
    queue,
    log: probot.log.child({ name: "admin" }),
    answer,
  });
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    if (req.method === "GET" && path === "/healthz") {
      res.writeHead(200, { "content-type": "text/plain" }).end("ok\n");
      return;
    }
    if (admin(req, res, path)) return;
    if (req.method === "POST" && path === webhooksPath) {
      receiveWebhook(req, res, probot, queue).catch((error: unknown) => {
        probot.log.error({ error: String(error) }, "webhook intake failed");
        if (!res.headersSent)
          answer(res, 503, { error: "could not queue the delivery; GitHub may redeliver it" });
      });
      return;
    }
    answer(res, 404, { error: "not found" });
  });
  const port = opts.port ?? (env.PORT ? Number(env.PORT) : 3000);
  const host = opts.host ?? env.HOST ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  }).catch(async (error: unknown) => {
    await queue.close();
    throw error;
  });
  const address = server.address() as AddressInfo;
  const url = `http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`;
  return {
    server,
    url,
    webhookUrl: `${url}${webhooksPath}`,
    idle: () => queue.idle(),
    deadLetters: () => queue.deadLetters(),
    redrive: (id) => queue.redrive(id),
    async close() {
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      await queue.close();
      await releaseConfigPool();
    },
  };
}

function answer(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(`${JSON.stringify(body)}\n`);
}

/**
 * Size, headers, signature, then the queue. Nothing is buffered past MAX_WEBHOOK_BYTES: a declared length
 * over it is refused unread, a streamed body is counted and refused when it crosses it.
 */
async function receiveWebhook(
  req: IncomingMessage,
  res: ServerResponse,
  probot: Probot,
  queue: DeliveryQueue,
): Promise<void> {
  const body = await readCapped(req, MAX_WEBHOOK_BYTES);
  if (body === null) {
    const tooLarge = `webhook body over ${MAX_WEBHOOK_BYTES / 1024 / 1024} MB (GitHub's cap); refused`;
    answer(res, 413, { error: tooLarge });
    lingerThenClose(req);
    return;
  }
  const id = header(req, "x-github-delivery");
  const name = header(req, "x-github-event");
  const signature = header(req, "x-hub-signature-256");
  const missing = [
    ...(name ? [] : ["x-github-event"]),
    ...(signature ? [] : ["x-hub-signature-256"]),
    ...(id ? [] : ["x-github-delivery"]),
  ];
  if (missing.length > 0) {
    answer(res, 400, { error: `Required headers missing: ${missing.join(", ")}` });
    return;
  }
  const text = body.toString("utf8");
  if (!(await probot.webhooks.verify(text, signature as string))) {
    answer(res, 400, { error: "signature does not match event payload and secret" });
    return;
  }
  if (!DELIVERY_ID.test(id as string)) {
    answer(res, 400, {
      error: "x-github-delivery must be letters, digits and dashes (a GitHub delivery id)",
    });
    return;
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    answer(res, 400, { error: "webhook body is not JSON" });
    return;
  }
  const outcome = await queue.accept({ id, name, payload } as Delivery);
  answer(res, outcome === "duplicate" ? 200 : 202, { delivery: id, [outcome]: true });
}

const LINGER_MS = 2000;

/**
 * After a refusal, reads and drops what the sender still sends, for a moment, then closes: closing a socket
 * with unread input makes the kernel reset it, which can destroy the answer before the sender reads it.
 * Nothing is kept, and the sender gets LINGER_MS at most. The answer must not say `connection: close`: Node
 * destroys such a socket as soon as the answer is written, unread input and all.
 */
function lingerThenClose(req: IncomingMessage): void {
  req.resume();
  const timer = setTimeout(() => req.socket.destroy(), LINGER_MS);
  timer.unref();
  req.socket.once("close", () => clearTimeout(timer));
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The body, or null when it is (or declares to be) over `cap` bytes; at most `cap` bytes are held. */
function readCapped(req: IncomingMessage, cap: number): Promise<Buffer | null> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > cap) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > cap) {
        req.off("data", onData);
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => resolve(Buffer.concat(chunks, size)));
    req.once("error", reject);
  });
}
