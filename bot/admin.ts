// The bot's operator endpoints, beside the webhook on the same server:
//   GET  /metrics                               Prometheus text: modelops_bot_dead_letters (no secrets in it)
//   GET  /admin/dead-letters                    the deliveries that failed every attempt, with their errors
//   POST /admin/dead-letters/<delivery>/redrive queue one again with fresh attempts, once the cause is fixed
// /admin/ needs `Authorization: Bearer $ADMIN_TOKEN` and is off (404) when ADMIN_TOKEN is not set: the
// payloads of dead letters are repository data, and a re-drive makes the bot write to GitHub.
import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { Gauge, Registry } from "prom-client";
import { DELIVERY_ID, type DeliveryQueue, type QueueLog } from "./queue.ts";

/** ADMIN_TOKEN's shortest accepted length: a guessable token would open the admin endpoints. */
export const MIN_ADMIN_TOKEN = 32;

type Answer = (res: ServerResponse, status: number, body: object) => void;

/** A request handler for /metrics and /admin/…; returns false for any other path. */
export function adminRoutes(opts: {
  token: string | undefined;
  queue: DeliveryQueue;
  log: QueueLog;
  answer: Answer;
}): (req: IncomingMessage, res: ServerResponse, path: string) => boolean {
  const { token, queue, log, answer } = opts;
  const registry = new Registry();
  new Gauge({
    name: "modelops_bot_dead_letters",
    help: "Deliveries that failed every attempt and wait for a re-drive (all replicas, with REDIS_URL)",
    registers: [registry],
    async collect() {
      this.set((await queue.deadLetters()).length);
    },
  });
  const redrive = /^\/admin\/dead-letters\/([^/]+)\/redrive$/;

  return (req, res, path) => {
    if (req.method === "GET" && path === "/metrics") {
      registry
        .metrics()
        .then((text) => res.writeHead(200, { "content-type": registry.contentType }).end(text))
        .catch(() => answer(res, 503, { error: "metrics unavailable (is Redis reachable?)" }));
      return true;
    }
    if (!path.startsWith("/admin/")) return false;
    if (!token) {
      answer(res, 404, { error: "not found" });
      return true;
    }
    if (!authorised(req, token)) {
      res.setHeader("www-authenticate", 'Bearer realm="modelops bot admin"');
      answer(res, 401, { error: "the admin endpoints need Authorization: Bearer <ADMIN_TOKEN>" });
      return true;
    }
    const redriven = redrive.exec(path)?.[1];
    const done = (work: Promise<void>) =>
      work.catch(() => answer(res, 503, { error: "the queue is unreachable (is Redis up?); try again" }));
    if (req.method === "GET" && path === "/admin/dead-letters") {
      done(queue.deadLetters().then((deadLetters) => answer(res, 200, { deadLetters })));
    } else if (req.method === "POST" && redriven !== undefined) {
      if (!DELIVERY_ID.test(redriven)) {
        answer(res, 400, { error: "a delivery id is letters, digits and dashes (a GitHub delivery id)" });
        return true;
      }
      done(
        queue.redrive(redriven).then((queued) => {
          if (!queued) {
            answer(res, 404, { error: `no dead letter ${redriven}; GET /admin/dead-letters lists them` });
            return;
          }
          log.info({ delivery: redriven }, `dead letter ${redriven} re-driven by an operator`);
          answer(res, 202, { delivery: redriven, requeued: true });
        }),
      );
    } else {
      answer(res, 404, { error: "not found" });
    }
    return true;
  };
}

/** Bearer token check in constant time (digests of equal length, so the length leaks nothing either). */
function authorised(req: IncomingMessage, token: string): boolean {
  const given = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1] ?? "";
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(given), digest(token));
}
