// Hardening: body size, JSON nesting and array limits, slow and broken clients. Each bad request is a 4xx
// with a clear message (or a closed connection, for a client that never finishes), and the server keeps
// answering.
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { type ModelServer, startServer } from "../../pipelines/serve/index.ts";
import { IRIS, IRIS_ARRAYS, IRIS_ROWS, post, TestRegistry } from "./fixture.ts";

let reg: TestRegistry;
let server: ModelServer;
let port: number;

beforeAll(async () => {
  reg = await TestRegistry.create();
  const v = await reg.addVersion("iris", IRIS, 7, IRIS_ROWS);
  await reg.promote("iris", v.version);
  server = await startServer({
    registry: reg.root,
    port: 0,
    backend: "cpu",
    log: () => {},
    bodyLimit: 64 * 1024,
    jsonLimits: { maxDepth: 8, maxArrayLength: 1000 },
    requestTimeoutMs: 400,
  });
  port = Number(new URL(server.url).port);
});

afterAll(async () => {
  await server?.close();
  await reg?.remove();
});

const PREDICT = () => `${server.url}/v1/models/iris:predict`;

/**
 * Writes raw bytes on a fresh connection and collects what the server sends until the connection closes;
 * `closedBy` says who closed it: the server, or this client after `waitMs` (a client giving up).
 */
function exchange(
  bytes: string | Buffer,
  opts: { end?: boolean; waitMs?: number } = {},
): Promise<{ text: string; closedBy: "server" | "client" }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let text = "";
    let closedBy: "server" | "client" = "server";
    socket.on("data", (d) => {
      text += d.toString();
    });
    const timer = setTimeout(() => {
      closedBy = "client";
      socket.destroy();
    }, opts.waitMs ?? 30_000); // an upper bound only: a loaded machine may be slow to answer
    socket.on("close", () => {
      clearTimeout(timer);
      resolve({ text, closedBy });
    });
    socket.on("error", reject);
    socket.write(bytes);
    if (opts.end !== false) socket.end();
  });
}

/** exchange(), the server's bytes only. */
async function raw(bytes: string | Buffer, opts: { end?: boolean; waitMs?: number } = {}): Promise<string> {
  return (await exchange(bytes, opts)).text;
}

describe("limits", () => {
  test("a body over the limit is a 413, with or without Content-Length", async () => {
    const big = JSON.stringify({ instances: new Array(8000).fill(IRIS_ARRAYS[0]) });
    expect(big.length).toBeGreaterThan(64 * 1024);
    const declared = await post(PREDICT(), big, true);
    expect(declared.status).toBe(413);
    expect(declared.body.error).toBe(
      "request body is larger than the server's limit of 64 KiB; send fewer instances per request",
    );
    // chunked: no Content-Length, the server counts while reading
    const chunked = await raw(
      `POST /v1/models/iris:predict HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n${big.length.toString(16)}\r\n${big}\r\n0\r\n\r\n`,
    );
    expect(chunked).toMatch(/^HTTP\/1\.1 413 /);
    expect(chunked).toContain("64 KiB");
  });

  test("the v2 infer endpoint has the same limits", async () => {
    const data = new Array(20_000).fill(1.5);
    const big = await post(`${server.url}/v2/models/iris/infer`, {
      inputs: [{ name: "input", shape: [5000, 4], datatype: "FP32", data }],
    });
    expect(big.status).toBe(413);
    expect(big.body.error).toContain("64 KiB");
    const long = await post(`${server.url}/v2/models/iris/infer`, {
      inputs: [{ name: "input", shape: [300, 4], datatype: "FP32", data: new Array(1200).fill(1) }],
    });
    expect(long.status).toBe(400);
    expect(long.body.error).toContain("an array larger than 1000 elements at $.inputs[0].data");
    const deep = await post(`${server.url}/v2/models/iris/infer`, {
      inputs: [{ name: "input", shape: [1, 4], datatype: "FP32", data: [[[[[[[[1, 2, 3, 4]]]]]]]] }],
    });
    expect(deep.status).toBe(400);
    expect(deep.body.error).toContain("nests deeper than 8 levels");
  });

  test("JSON nested deeper than the limit is a 400 naming where", async () => {
    const deep = await post(PREDICT(), { instances: [[[[[[[[[1]]]]]]]]] });
    expect(deep.status).toBe(400);
    expect(deep.body.error).toBe(
      "request body nests deeper than 8 levels at $.instances[0][0][0][0][0][0][0]; send rows of plain values",
    );
    // far deeper than any stack: still a 400, not a crash
    const abyss = await post(PREDICT(), `${"[".repeat(30_000)}${"]".repeat(30_000)}`, true);
    expect(abyss.status).toBe(400);
  });

  test("an array or object over the size limit is a 400", async () => {
    const rows = await post(PREDICT(), { instances: new Array(1001).fill(IRIS_ARRAYS[0]) });
    expect(rows.status).toBe(400);
    expect(rows.body.error).toBe(
      "request body has an array larger than 1000 elements at $.instances; split the request into smaller ones",
    );
    const keys = Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`k${i}`, i]));
    const wide = await post(PREDICT(), { instances: [keys] });
    expect(wide.status).toBe(400);
    expect(wide.body.error).toContain("an object larger than 1000 elements at $.instances[0]");
  });

  test("hostile bodies are 400s: __proto__ keys, invalid UTF-8, numbers out of range, empty", async () => {
    const proto = await post(PREDICT(), '{"instances": [{"__proto__": {"polluted": 1}}]}', true);
    expect(proto.status).toBe(400);
    expect(proto.body.error).toContain('unknown feature "__proto__"');
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
    const bytes = Buffer.concat([
      Buffer.from('{"instances": [["'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('"]]}'),
    ]);
    const utf = await fetch(PREDICT(), { method: "POST", body: bytes });
    expect(utf.status).toBe(400);
    const huge = await post(PREDICT(), '{"instances": [[1e999, 1, 1, 1]]}', true);
    expect(huge.status).toBe(400);
    expect(huge.body.error).toContain('feature "sepal_length"');
    const empty = await fetch(PREDICT(), { method: "POST" });
    expect(empty.status).toBe(400);
  });

  test("a client that never finishes its request gets 408 and its connection closed", async () => {
    // The client would wait 50 s: the server's 400 ms request timeout is what ends the exchange.
    const answer = await exchange(
      'POST /v1/models/iris:predict HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"instances":',
      { end: false, waitMs: 50_000 },
    );
    expect(answer.text).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer.closedBy).toBe("server");
  });

  test("garbage instead of HTTP, and a client that hangs up mid-body, leave the server answering", async () => {
    expect(await raw("HELLO\r\n\r\n")).toMatch(/^HTTP\/1\.1 400 /);
    await raw('POST /v1/models/iris:predict HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{"inst', {
      end: false,
      waitMs: 50,
    });
    const res = await post(PREDICT(), { instances: IRIS_ROWS });
    expect(res.status).toBe(200);
  });

  test("a malformed %-escape in the URL is a 400", async () => {
    const res = await post(`${server.url}/v1/models/ir%E0%A4%A:predict`, { instances: IRIS_ROWS });
    expect(res.status).toBe(400);
    expect(res.body.error).toContain("malformed %-escape");
  });
});
