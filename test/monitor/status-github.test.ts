// `modelops monitor status --registry github:OWNER/REPO` reads the versions and aliases through the github
// store (releases and deployments in the GitHub simulator), as the fs store's status does. Prometheus here
// is an HTTP stand-in with no samples yet (a fresh install): the store is what is under test.
import { execFile } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { type RegistryWorld, startRegistryWorld } from "../../pipelines/demo/github-sim/registry-world.ts";
import type { ModelStatus } from "../../pipelines/monitor/status.ts";
import { MODELOPS_CLI } from "../support/cli.ts";

const CLI = MODELOPS_CLI;

let w: RegistryWorld;
let prometheus: Server;
let prometheusUrl: string;

beforeAll(async () => {
  w = await startRegistryWorld();
  await w.publish("iris", { "model/model.json": "{}", "metrics.json": '{"v":1}' });
  await w.publish("iris", { "model/model.json": "{}", "metrics.json": '{"v":2}' });
  await w.publish("iris", { "model/model.json": "{}", "metrics.json": '{"v":3}' }, { alias: "canary" });
  prometheus = createServer((req, res) => {
    const resultType = req.url?.startsWith("/api/v1/query_range") ? "matrix" : "vector";
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ status: "success", data: { resultType, result: [] } }));
  });
  await new Promise<void>((r) => prometheus.listen(0, "127.0.0.1", r));
  prometheusUrl = `http://127.0.0.1:${(prometheus.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((r) => prometheus.close(r));
  await w.close();
});

function modelops(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: w.dir, env: { ...process.env, ...w.readerEnv, NODE_OPTIONS: "", HOME: w.dir } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

test("monitor status on a github store shows the versions its deployments name", async () => {
  const args = ["monitor", "status", "--registry", "github:acme/models", "--prometheus", prometheusUrl];
  const json = await modelops(...args, "--json");
  expect(json.stderr).toBe("");
  expect(json.code).toBe(0);
  const [iris] = JSON.parse(json.stdout) as ModelStatus[];
  expect(iris?.model).toBe("iris");
  expect(iris?.labels.map((l) => [l.label, l.version])).toEqual(
    expect.arrayContaining([
      ["production", 2],
      ["canary", 3],
    ]),
  );
  const text = await modelops(...args);
  expect(text.code).toBe(0);
  expect(text.stdout).toMatch(/^ {2}production +v2/m);
  expect(text.stdout).toMatch(/^ {2}canary +v3/m);
  expect(w.sim.violations).toEqual([]);
  expect(w.sim.responseViolations).toEqual([]);
});
