// Fastify's schema compilers, loaded on first use: a route that declares schemas is still validated and
// serialised by fastify's defaults (ajv, fast-json-stringify), as without the lazy option.
import { expect, test } from "@jest/globals";
import Fastify from "fastify";
import { lazySchemaCompilers } from "../../pipelines/serve/schema-compilers.ts";

test("a route with a body and a reply schema is validated and serialised as by default", async () => {
  const app = Fastify({ schemaController: lazySchemaCompilers() });
  app.post(
    "/echo",
    {
      schema: {
        body: { type: "object", required: ["n"], properties: { n: { type: "integer" } } },
        response: { 200: { type: "object", properties: { n: { type: "integer" } } } },
      },
    },
    async (request) => ({ n: (request.body as { n: number }).n, dropped: "not in the reply schema" }),
  );
  try {
    const url = `${await app.listen({ host: "127.0.0.1", port: 0 })}/echo`;
    const post = (body: unknown) =>
      fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    const bad = await post({ n: "x" });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toMatch(/body\/n must be integer/);
    const good = await post({ n: 3 });
    expect(good.status).toBe(200);
    expect(await good.json()).toEqual({ n: 3 });
  } finally {
    await app.close();
  }
});
