// `modelops ui`: read-only pages over the registry store, on fastify. Safe by default:
// - it binds 127.0.0.1; a host beyond loopback needs a token (checkBind: one line, exit 2);
// - with a token, every request carries it (Authorization: Bearer, or the cookie `?token=` sets);
// - without one, only requests addressed to a loopback name are answered (a page on another site cannot
//   read it through DNS rebinding);
// - it only answers GET and HEAD (anything else is a 405) and holds a read-only store: it never writes.
import { createHash, timingSafeEqual } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import { ModelopsError } from "../errors.ts";
import type { RunCatalog } from "../runs/catalog.ts";
import { compareSpecs } from "../runs/compare.ts";
import type { ReadOnlyModelStore } from "../runs/read-store.ts";
import { escapeHtml } from "./html.ts";
import { readLive } from "./live.ts";
import {
  comparePage,
  messagePage,
  modelPage,
  modelsPage,
  type PageContext,
  runsPage,
  versionPage,
} from "./pages.ts";
import { linksFor, modelsView, modelView, repositoryWeb, runsView, versionView } from "./views.ts";

export const TOKEN_COOKIE = "modelops_ui_token";
const READ_METHODS = new Set(["GET", "HEAD"]);

export interface UiRoutesOptions {
  store: ReadOnlyModelStore;
  catalog: RunCatalog;
  /** When set, every request must carry it. */
  token?: string;
  /** A model server whose /metrics says what is live (served versions, requests, drift). */
  server?: string | (() => string);
  /** Without a token: answer only requests whose Host is a loopback name (default true). */
  loopbackOnly?: boolean;
  log?: (line: string) => void;
}

export interface UiServer {
  url: string;
  close(): Promise<void>;
}

/** Loopback names and addresses: 127.0.0.0/8, ::1, localhost. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h.endsWith(".localhost") || h === "::1" || /^127(\.\d{1,3}){3}$/.test(h);
}

/** Refuses (exit 2) a bind beyond loopback without a token, before anything listens. */
export function checkBind(host: string, token: string | undefined, tokenFlag = "--token"): void {
  if (!isLoopback(host) && !token) {
    throw new ModelopsError(
      `--host ${host} is reachable beyond this machine: refusing to start without a token (pass ${tokenFlag} T or set MODELOPS_UI_TOKEN, or bind 127.0.0.1)`,
      2,
    );
  }
  if (token !== undefined && token.length < 16) {
    throw new ModelopsError(`${tokenFlag} must be at least 16 characters (e.g. \`openssl rand -hex 16\`)`, 2);
  }
}

const ASSETS: Record<string, { file: () => string; type: string }> = {
  "chart.umd.min.js": {
    file: () =>
      path.join(path.dirname(createRequire(import.meta.url).resolve("chart.js")), "chart.umd.min.js"),
    type: "text/javascript; charset=utf-8",
  },
  "ui.js": {
    file: () => fileURLToPath(new URL("./assets/ui.js", import.meta.url)),
    type: "text/javascript; charset=utf-8",
  },
  "ui.css": {
    file: () => fileURLToPath(new URL("./assets/ui.css", import.meta.url)),
    type: "text/css; charset=utf-8",
  },
};

async function loadAssets(): Promise<Map<string, { body: Buffer; type: string }>> {
  const out = new Map<string, { body: Buffer; type: string }>();
  for (const [name, a] of Object.entries(ASSETS))
    out.set(name, { body: await readFile(a.file()), type: a.type });
  return out;
}

const digest = (s: string) => createHash("sha256").update(s).digest();
const sameToken = (given: string | undefined, token: string) =>
  given !== undefined && timingSafeEqual(digest(given), digest(token));

function cookie(request: FastifyRequest, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? "").split(";")) {
    const [k, ...rest] = part.trim().split("=");
    if (k === name) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}

function bearer(request: FastifyRequest): string | undefined {
  const m = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? "");
  return m?.[1];
}

function plain(reply: FastifyReply, status: number, text: string): FastifyReply {
  return reply
    .code(status)
    .type("text/html; charset=utf-8")
    .send(
      `<!doctype html><html lang="en"><meta charset="utf-8"><title>${status}</title><p>${escapeHtml(text)}</p></html>\n`,
    );
}

/**
 * The pages as a fastify plugin: `modelops ui` registers it at the root, `modelops serve --ui` under /ui.
 * The guards (methods, token, Host) are hooks of this plugin, so they cover exactly its routes.
 */
export async function uiRoutes(
  app: FastifyInstance,
  opts: UiRoutesOptions & { prefix?: string },
): Promise<void> {
  const base = opts.prefix ?? "";
  const assets = await loadAssets();
  const links = linksFor(opts.store.uri, await repositoryWeb(opts.store).catch(() => undefined));
  const ctx = (): PageContext => ({ base, storeUri: opts.store.uri, links, problems: opts.store.problems() });
  // Read every stored run once now (artifacts are immutable, the reader keeps what it read), so the first
  // runs page a user opens does not pay for it.
  void opts.catalog.list().catch(() => undefined);

  app.addHook("onRequest", requestGuard(opts, base));
  registerPages(app, opts, pageHandler(ctx, opts.log), ctx);
  registerApi(app, opts, assets);
}

/**
 * Every request: security headers, then read-only methods, then the token (query once, swapped for a
 * cookie; then cookie or bearer) or, without a token, a loopback Host.
 */
function requestGuard(opts: UiRoutesOptions, base: string) {
  const loopbackOnly = opts.loopbackOnly ?? true;
  return async (request: FastifyRequest, reply: FastifyReply) => {
    reply.header("X-Content-Type-Options", "nosniff");
    reply.header("Referrer-Policy", "no-referrer");
    reply.header("X-Frame-Options", "DENY");
    reply.header(
      "Content-Security-Policy",
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    );
    if (!READ_METHODS.has(request.method)) {
      reply.header("Allow", "GET, HEAD");
      return plain(reply, 405, "modelops ui is read-only: it answers GET and HEAD only");
    }
    if (opts.token === undefined) {
      const hostname = (request.headers.host ?? "").replace(/:\d+$/, "");
      if (loopbackOnly && !isLoopback(hostname)) {
        return plain(
          reply,
          403,
          "this UI answers requests to localhost only; start it with --token to serve other names",
        );
      }
      return;
    }
    const query = request.query as Record<string, unknown>;
    const fromQuery = typeof query.token === "string" ? query.token : undefined;
    if (fromQuery !== undefined && sameToken(fromQuery, opts.token)) {
      // Swap the token in the address for a cookie, so it does not stay in the history or get shared.
      const url = new URL(request.url, "http://ui.invalid");
      url.searchParams.delete("token");
      reply.header(
        "Set-Cookie",
        `${TOKEN_COOKIE}=${encodeURIComponent(opts.token)}; HttpOnly; SameSite=Strict; Path=${base || "/"}`,
      );
      return reply.redirect(`${url.pathname}${url.search}`, 303);
    }
    if (sameToken(bearer(request), opts.token) || sameToken(cookie(request, TOKEN_COOKIE), opts.token))
      return;
    return plain(
      reply,
      401,
      "this UI needs its token: open it with ?token=T once, or send Authorization: Bearer T",
    );
  };
}

type PageHandler = (
  handler: (request: FastifyRequest) => Promise<string>,
) => (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply>;

/** A route answering an HTML page: a ModelopsError is a 404 or 400 page, anything else a logged 500. */
function pageHandler(ctx: () => PageContext, log: UiRoutesOptions["log"]): PageHandler {
  const failure = (reply: FastifyReply, e: unknown) => {
    if (e instanceof ModelopsError) {
      return reply
        .code(e.exitCode === 1 ? 404 : 400)
        .type("text/html; charset=utf-8")
        .send(messagePage(ctx(), "Not found", e.message));
    }
    log?.(`error: ${e instanceof Error ? e.message : String(e)}`);
    return reply
      .code(500)
      .type("text/html; charset=utf-8")
      .send(messagePage(ctx(), "Error", "The page could not be rendered; see the server's log."));
  };
  return (handler) => async (request, reply) => {
    try {
      const body = await handler(request);
      return reply.type("text/html; charset=utf-8").header("Cache-Control", "no-store").send(body);
    } catch (e) {
      return failure(reply, e);
    }
  };
}

/** The `run` query values of a comparison: two or more. */
function runSpecs(request: FastifyRequest): string[] {
  const raw = (request.query as Record<string, unknown>).run;
  const specs = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map(String).filter(Boolean);
  if (specs.length < 2) throw new ModelopsError("select two or more runs to compare", 2);
  return specs;
}

function modelParam(request: FastifyRequest): string | undefined {
  const m = (request.query as Record<string, unknown>).model;
  return typeof m === "string" && m !== "" ? m : undefined;
}

/** The HTML pages: models, a model, a version, runs, a comparison of runs. */
function registerPages(
  app: FastifyInstance,
  opts: UiRoutesOptions,
  page: PageHandler,
  ctx: () => PageContext,
): void {
  app.get(
    "/",
    page(async () => {
      const [models, live] = await Promise.all([
        modelsView(opts.store),
        opts.server
          ? readLive(typeof opts.server === "string" ? opts.server : opts.server())
          : Promise.resolve(undefined),
      ]);
      return modelsPage(ctx(), models, live);
    }),
  );
  app.get(
    "/models/:model",
    page(async (r) => modelPage(ctx(), await modelView(opts.store, (r.params as { model: string }).model))),
  );
  app.get(
    "/models/:model/versions/:version",
    page(async (r) => {
      const { model, version } = r.params as { model: string; version: string };
      if (!/^\d+$/.test(version)) throw new ModelopsError(`version "${version}" is not a number`, 1);
      return versionPage(ctx(), await versionView(opts.store, opts.catalog, model, Number(version)));
    }),
  );
  app.get(
    "/runs",
    page(async (r) => {
      const raw = (r.query as Record<string, unknown>).page;
      const n = typeof raw === "string" && /^\d{1,6}$/.test(raw) ? Number(raw) : 1;
      return runsPage(ctx(), await runsView(opts.catalog, modelParam(r), { page: n }));
    }),
  );
  app.get(
    "/compare",
    page(async (r) => comparePage(ctx(), await compareSpecs(opts.catalog, runSpecs(r)))),
  );
}

/** The JSON endpoints the pages' scripts read, and the pages' static assets. */
function registerApi(
  app: FastifyInstance,
  opts: UiRoutesOptions,
  assets: Awaited<ReturnType<typeof loadAssets>>,
): void {
  app.get("/api/runs", async (r, reply) => {
    const model = modelParam(r);
    return reply.send(await opts.catalog.list(model === undefined ? {} : { model }));
  });
  app.get("/api/compare", async (r, reply) => {
    try {
      return reply.send(await compareSpecs(opts.catalog, runSpecs(r)));
    } catch (e) {
      if (e instanceof ModelopsError) return reply.code(400).send({ error: e.message });
      throw e;
    }
  });
  app.get("/assets/:name", async (r, reply) => {
    const asset = assets.get((r.params as { name: string }).name);
    if (!asset) return plain(reply, 404, "no such asset");
    return reply.type(asset.type).header("Cache-Control", "max-age=3600").send(asset.body);
  });
}

export interface StartUiOptions extends UiRoutesOptions {
  host?: string;
  port?: number;
}

/** Starts `modelops ui`; checkBind first, so a refused bind never listens. */
export async function startUi(opts: StartUiOptions): Promise<UiServer> {
  const host = opts.host ?? "127.0.0.1";
  checkBind(host, opts.token);
  const app = Fastify({ logger: false });
  app.setNotFoundHandler((_request, reply) => plain(reply, 404, "no such page"));
  // At the root, so the guards also cover addresses no route answers.
  await uiRoutes(app, opts);
  const url = await app.listen({ host, port: opts.port ?? 8502 });
  return { url, close: () => app.close() };
}
