// The modelops GitHub App (Probot 14): small feature handlers composed here, each in its own file.
//   reportBot     workflow_run completed (check_run / check_suite re-run): sticky comment + check run
//   promotionBot  reviews and pushes: the approvals rule judged again on the measured commit
//   commandsBot   /modelops retrain | explain | override <reason> | help
//   releaseBot    push to the default branch merging an approved change: release <model>/vN
//   rollbackBot   push restoring an earlier version's inputs (a revert): release pointing at that artifact
//   canaryBot     repository_dispatch modelops-canary-aborted: a revert pull request of the canary's release
// `modelops bot` runs it as a Probot HTTP server configured from APP_ID, PRIVATE_KEY (or PRIVATE_KEY_PATH),
// WEBHOOK_SECRET and GHE_HOST/GHE_PROTOCOL, as Probot reads them; PORT/HOST choose where it listens.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createNodeMiddleware, createProbot, type Probot, type ProbotOctokit } from "probot";
import { canaryBot } from "./canary.ts";
import { commandsBot } from "./commands.ts";
import type { BotOptions } from "./github.ts";
import { promotionBot } from "./promotion.ts";
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
  close(): Promise<void>;
}

export interface StartOptions {
  env?: NodeJS.ProcessEnv;
  port?: number;
  host?: string;
  /** An Octokit class for the app (tests tune retry and throttling timings). */
  Octokit?: typeof ProbotOctokit;
}

/** What is missing from the environment for the app to run, one line each. */
export function missingEnv(env: NodeJS.ProcessEnv): string[] {
  const missing: string[] = [];
  if (!env.APP_ID || !/^\d+$/.test(env.APP_ID)) missing.push("APP_ID (the GitHub App's numeric id)");
  if (!env.PRIVATE_KEY && !env.PRIVATE_KEY_PATH)
    missing.push("PRIVATE_KEY or PRIVATE_KEY_PATH (the app's private key)");
  if (!env.WEBHOOK_SECRET) missing.push("WEBHOOK_SECRET (the secret set in the app's webhook settings)");
  return missing;
}

/** Starts the app's HTTP server (webhooks at WEBHOOK_PATH, default /api/github/webhooks; GET /healthz). */
export async function startBot(opts: StartOptions = {}): Promise<RunningBot> {
  const env = opts.env ?? process.env;
  const probot = createProbot({ env, overrides: opts.Octokit ? { Octokit: opts.Octokit } : {} });
  const webhooksPath = env.WEBHOOK_PATH || "/api/github/webhooks";
  const app = modelopsApp({ appId: Number(env.APP_ID), privateKey: appKeyFromEnv(env), env });
  const middleware = await createNodeMiddleware(app, {
    probot,
    webhooksPath,
  });
  const server = createServer((req, res) => {
    if (req.method === "GET" && req.url === "/healthz") {
      res.writeHead(200, { "content-type": "text/plain" }).end("ok\n");
      return;
    }
    middleware(req, res, () => {
      res.writeHead(404, { "content-type": "application/json" }).end('{"error":"not found"}');
    });
  });
  const port = opts.port ?? (env.PORT ? Number(env.PORT) : 3000);
  const host = opts.host ?? env.HOST ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const url = `http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`;
  return {
    server,
    url,
    webhookUrl: `${url}${webhooksPath}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
