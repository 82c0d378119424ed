// What a client sees when a version cannot be served: the reason, without the server's file system layout.
import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { forClients } from "../../pipelines/serve/http-error.ts";
import { type ModelServer, startServer } from "../../pipelines/serve/index.ts";
import { get, IRIS, IRIS_ROWS, post, TestRegistry, until } from "./fixture.ts";

let reg: TestRegistry;
let server: ModelServer;
const lines: string[] = [];

beforeAll(async () => {
  reg = await TestRegistry.create();
  // A version whose artifact passes its sha256 check but whose preprocessing.json is not one: refused at load.
  const broken = await reg.addVersion(
    "iris",
    { ...IRIS, schema: "modelops/preprocessing@0" } as unknown as typeof IRIS,
    5,
    IRIS_ROWS,
  );
  await reg.promote("iris", broken.version);
  server = await startServer({
    registry: reg.root,
    port: 0,
    pollMs: 50,
    backend: "cpu",
    log: (l) => lines.push(l),
  });
  await until("the refusal to be logged", () => lines.some((l) => l.includes("refused iris v1")));
});

afterAll(async () => {
  await server?.close();
  await reg?.remove();
});

test("503 bodies and the version status name the file inside the registry, never an absolute path", async () => {
  const bodies = [
    (await post(`${server.url}/v1/models/iris:predict`, { instances: IRIS_ROWS })).body.error,
    (await post(`${server.url}/v1/models/iris/versions/1:predict`, { instances: IRIS_ROWS })).body.error,
    (
      await post(`${server.url}/v2/models/iris/infer`, {
        inputs: [{ name: "input", shape: [1, 4], datatype: "FP32", data: [1, 2, 3, 4] }],
      })
    ).body.error,
    JSON.stringify((await get(`${server.url}/v1/models/iris`)).body),
  ].map(String);
  for (const body of bodies) {
    expect(body).toMatch(
      /objects\/[0-9a-f]{64}\/model\/preprocessing\.json is not a modelops\/preprocessing@1 file/,
    );
    expect(body).not.toContain(reg.root);
    expect(body).not.toMatch(/(^|[\s'"(])\/[\w.-]+\//);
  }
  // The operator's log keeps the full path: it is the server's own machine.
  expect(lines.find((l) => l.includes("refused iris v1"))).toContain(reg.root);
});

test("forClients keeps URLs and relative paths, and shortens absolute paths", () => {
  expect(
    forClients(
      "cannot read /srv/models/.modelops/objects/ab12/model/model.json (from https://example.com/a/b); see C:\\data\\x.json and data/x.csv",
    ),
  ).toBe(
    "cannot read objects/ab12/model/model.json (from https://example.com/a/b); see x.json and data/x.csv",
  );
});
