// `modelops serve --ui`: the UI's pages under /ui of the model server, with the same guards as `modelops
// ui` (a host beyond loopback needs a token; GET and HEAD only; a read-only store).
import type { FastifyInstance } from "fastify";
import { openCatalog } from "../runs/open.ts";
import { checkBind, uiRoutes } from "./server.ts";

export const UI_PREFIX = "/ui";

export async function uiMount(opts: {
  registry: string;
  host: string;
  uiToken?: string;
}): Promise<(app: FastifyInstance) => Promise<void>> {
  const token = opts.uiToken ?? (process.env.MODELOPS_UI_TOKEN || undefined);
  checkBind(opts.host, token, "--ui-token");
  const catalog = await openCatalog(opts.registry);
  return async (app) => {
    // The live column reads this very server's /metrics once it listens.
    const self = () => {
      const a = app.server.address();
      return typeof a === "object" && a
        ? `http://${a.family === "IPv6" ? `[${a.address}]` : a.address}:${a.port}`
        : "";
    };
    await app.register(
      async (scope) =>
        uiRoutes(scope, {
          store: catalog.store!,
          catalog,
          prefix: UI_PREFIX,
          server: self,
          ...(token !== undefined && { token }),
        }),
      { prefix: UI_PREFIX },
    );
  };
}
