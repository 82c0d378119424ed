import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { IRIS, IRIS_ROWS, parseMetrics, post, TestRegistry, until } from "./fixture.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../..");
const DRIVER = path.join(here, "cli-driver.ts");
let reg: TestRegistry;

beforeAll(async () => {
  reg = await TestRegistry.create();
  const v = await reg.addVersion("iris", IRIS, 5, IRIS_ROWS);
  await reg.promote("iris", v.version);
});

afterAll(async () => {
  await reg?.remove();
});

test("modelops serve prints what it serves, answers, and stops cleanly on SIGTERM", async () => {
  const child = spawn(
    path.join(repo, "node_modules/.bin/tsx"),
    [DRIVER, "serve", "--registry", reg.root, "--port", "0", "--backend", "cpu"],
    { cwd: reg.dir, stdio: ["ignore", "pipe", "pipe"] },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  try {
    const deadline = Date.now() + 30_000;
    let url: string | undefined;
    while (!url) {
      url = /serving iris v1 \(production\) at (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1];
      if (Date.now() > deadline) throw new Error(`no serving line; stdout: ${stdout} stderr: ${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const res = await post(`${url}/v1/models/iris:predict`, { instances: IRIS_ROWS });
    expect(res.status).toBe(200);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(stdout).toContain("SIGTERM: finishing in-flight requests and stopping");
    expect(stderr).toBe("");
  } finally {
    child.kill("SIGKILL");
  }
});

test("modelops serve with a registry that does not exist fails with one line", async () => {
  const child = spawn(
    path.join(repo, "node_modules/.bin/tsx"),
    [DRIVER, "serve", "--registry", "nowhere", "--port", "0"],
    {
      cwd: reg.dir,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
  expect(code).toBe(2);
  expect(stderr.trim()).toBe("registry nowhere not found; run `modelops run` first or pass --registry PATH");
});

test("SIGTERM drains: readiness turns 503 first, requests already queued are answered, then exit 0", async () => {
  const child = spawn(
    path.join(repo, "node_modules/.bin/tsx"),
    [
      DRIVER,
      "serve",
      "--registry",
      reg.root,
      "--port",
      "0",
      "--backend",
      "cpu",
      "--batch-timeout-micros",
      "1000000",
      "--drain-delay",
      "5000",
    ],
    { cwd: reg.dir, stdio: ["ignore", "pipe", "pipe"] },
  );
  let stdout = "";
  child.stdout.on("data", (d: Buffer) => {
    stdout += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  try {
    const deadline = Date.now() + 30_000;
    let url: string | undefined;
    while (!url) {
      url = /serving iris v1 \(production\) at (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1];
      if (Date.now() > deadline) throw new Error(`no serving line; stdout: ${stdout}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    expect((await fetch(`${url}/v2/health/ready`)).status).toBe(200);
    // five requests wait in the batching queue (1 s) while the signal arrives
    let answered = 0;
    const inFlight = Array.from({ length: 5 }, () =>
      post(`${url}/v1/models/iris:predict`, { instances: IRIS_ROWS }).finally(() => answered++),
    );
    const queued = async () =>
      parseMetrics(await (await fetch(`${url}/metrics`)).text()).find(
        (m) => m.name === "modelops_queue_depth" && m.labels.model === "iris",
      )?.value;
    // (On a machine so slow that the batch ran already, the requests are answered all the same.)
    await until("the requests to be queued", async () => (await queued()) === 15 || answered === 5);
    child.kill("SIGTERM");
    // Readiness turns 503 once the signal is handled and stays so for the 5 s drain delay.
    await until("the signal to be handled", () => stdout.includes("SIGTERM: finishing in-flight requests"));
    const ready = await fetch(`${url}/v2/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ ready: false, reason: "shutting down" });
    const answers = await Promise.all(inFlight);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    expect(await exited).toBe(0);
  } finally {
    child.kill("SIGKILL");
  }
});
