// Two replicas sharing one prediction log in a real PostgreSQL server (a private cluster per test file).
import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { type ModelServer, startServer } from "../../pipelines/serve/index.ts";
import { type PostgresCluster, startPostgres } from "../support/postgres.ts";
import { IRIS, IRIS_ROWS, parseMetrics, post, TestRegistry } from "./fixture.ts";

let reg: TestRegistry;
let pg: PostgresCluster;
let a: ModelServer;
let b: ModelServer;

beforeAll(async () => {
  pg = await startPostgres();
  reg = await TestRegistry.create();
  await reg.promote("iris", (await reg.addVersion("iris", IRIS, 7, IRIS_ROWS)).version);
  const replica = () =>
    startServer({
      registry: reg.root,
      port: 0,
      pollMs: 50,
      backend: "cpu",
      predictionLog: pg.url,
      log: () => {},
    });
  [a, b] = await Promise.all([replica(), replica()]);
}, 60_000);

afterAll(async () => {
  await a?.close();
  await b?.close();
  await reg?.remove();
  await pg?.stop();
});

async function predict(server: ModelServer, id: string): Promise<string> {
  const res = await fetch(`${server.url}/v1/models/iris:predict`, {
    method: "POST",
    headers: { "x-request-id": id },
    body: JSON.stringify({ instances: [IRIS_ROWS[1]] }),
  });
  const probs = ((await res.json()) as { predictions: number[][] }).predictions[0]!;
  return IRIS.target.classes![probs.indexOf(Math.max(...probs))]!;
}

test("feedback posted to one replica joins predictions the other made", async () => {
  const answered = [await predict(a, "shared-1"), await predict(a, "shared-2")];
  const wrong = IRIS.target.classes!.find((c) => c !== answered[1])!;
  const fb = await post(`${b.url}/v2/models/iris/feedback`, {
    feedback: [
      { id: "shared-1", label: answered[0] },
      { id: "shared-2", label: wrong },
    ],
  });
  expect(fb.status).toBe(200);
  for (const server of [a, b]) {
    const accuracy = parseMetrics(await server.metrics()).find(
      (s) => s.name === "modelops_online_accuracy" && s.labels.window === "all",
    );
    expect(accuracy?.value).toBe(0.5);
  }
});

test("an outcome recorded through one replica is a duplicate on the other; an unknown id is refused", async () => {
  await predict(b, "shared-3");
  expect(
    (await post(`${b.url}/v1/models/iris:feedback`, { feedback: [{ id: "shared-3", label: "setosa" }] }))
      .status,
  ).toBe(200);
  const again = await post(`${a.url}/v1/models/iris:feedback`, {
    feedback: [
      { id: "shared-3", label: "virginica" },
      { id: "made-up", label: "setosa" },
    ],
  });
  expect(again.status).toBe(400);
  expect((again.body.results as Array<{ status: number }>).map((r) => r.status)).toEqual([409, 404]);
});
