// `modelops monitor canary` in its own process against a model server it cannot call: the traffic share
// goes through the registry (the server follows it), each step is measured from the server's /metrics. A
// healthy canary walks both steps and becomes production; a canary that fails its clients is aborted once
// its failures pass the configured failureLimit (not before), traffic returns to stable, the registry says
// why and the release merge is reverted in the config's git repository.
import { execFileSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "@jest/globals";
import type { FittedTransform } from "../../pipelines/data/types.ts";
import { type ModelServer, startServer } from "../../pipelines/serve/index.ts";
import { IRIS, IRIS_ROWS, TestRegistry, until } from "../serve/fixture.ts";
import { GIT_ENV } from "../support/repo.ts";
import { runCli } from "./cli.ts";

/** A release that needs an input the clients do not send: every answer a 400. */
const IRIS_NEW_INPUT: FittedTransform = {
  ...IRIS,
  features: [
    ...IRIS.features,
    { name: "sepal_ratio", scale: { method: "standard", shift: 1.9, divide: 0.4 } },
  ],
};

const CONFIG = `version: 1
models:
  iris:
    task: classification
    data:
      target: species
      train: { format: csv, path: data/iris.csv }
    model: { architecture: mlp, dense: [6] }
    deploy:
      strategy: canary
      canary:
        steps: [50, 100]
        interval: 1s
        analysis: { errorRate: { max: 0.05 } }
        failureLimit: 1
`;

let reg: TestRegistry;
let server: ModelServer;
let config: string;
let running = true;
let load: Promise<void>;
const g = (...args: string[]) =>
  execFileSync("git", args, {
    cwd: reg.dir,
    encoding: "utf8",
    env: { ...process.env, ...GIT_ENV },
  }).trim();

beforeAll(async () => {
  reg = await TestRegistry.create();
  config = path.join(reg.dir, "modelops.yaml");
  await writeFile(config, CONFIG);
  await writeFile(path.join(reg.dir, ".gitignore"), ".modelops/\nrun-*/\n");
  g("init", "-q", "-b", "main");
  g("add", ".");
  g("commit", "-q", "-m", "iris");
  await reg.addVersion("iris", IRIS, 1, IRIS_ROWS);
  await reg.addVersion("iris", IRIS, 2, IRIS_ROWS);
  await reg.promote("iris", 1);
  server = await startServer({
    registry: reg.root,
    config,
    port: 0,
    pollMs: 50,
    backend: "cpu",
    log: () => {},
  });
  load = (async () => {
    for (let i = 0; running; i++) {
      await Promise.all(
        Array.from({ length: 4 }, () =>
          fetch(`${server.url}/v1/models/iris:predict`, {
            method: "POST",
            body: JSON.stringify({ instances: [IRIS_ROWS[i % 3]] }),
          }).then((r) => r.arrayBuffer()),
        ),
      );
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
});

afterAll(async () => {
  running = false;
  await load;
  await server?.close();
  await reg?.remove();
});

const canary = (...extra: string[]) =>
  runCli(["monitor", "canary", "--config", config, "--server", server.url, "--settle", "300ms", ...extra]);

test("a healthy canary walks both steps through the registry and becomes production", async () => {
  await reg.registry.setAlias("iris", "canary", 2, { reason: "release iris/v2 as a canary" });
  await until("the server to load the canary", () => server.currentVersion("iris", "canary") === 2);
  const run = canary();
  // While it runs, the server applies the registry's share: the canary answers requests.
  await until("the server to split traffic", () => server.policy("iris")?.canaryPercent === 50, 10_000);
  expect(server.policy("iris")?.strategy).toBe("canary");
  const { code, stdout, stderr } = await run;
  expect({ code, stderr }).toMatchObject({ code: 0 });
  expect(stderr).toContain("step 1/2 (50%): successful");
  expect(stdout).toContain("### Canary analysis: iris v2 against v1 — promoted");
  expect((await reg.registry.resolveAlias("iris", "production"))?.version).toBe(2);
  expect(await reg.registry.resolveAlias("iris", "canary")).toBeUndefined();
  expect((await reg.registry.get("iris"))?.traffic).toBeUndefined();
  await until("the server to serve v2", () => server.currentVersion("iris") === 2);
});

test("a failing canary is aborted past the failure limit, traffic goes back, the release merge is reverted", async () => {
  // The release of v3: a merge in the config's repository, recorded on the version.
  g("checkout", "-q", "-b", "new-input");
  await writeFile(path.join(reg.dir, "features.txt"), "sepal_ratio\n");
  g("add", "features.txt");
  g("commit", "-q", "-m", "add sepal_ratio");
  g("checkout", "-q", "main");
  g("merge", "-q", "--no-ff", "new-input", "-m", "Merge new-input");
  const merge = g("rev-parse", "HEAD");
  await reg.addVersion("iris", IRIS_NEW_INPUT, 3, [{ ...IRIS_ROWS[0], sepal_ratio: 1.5 }], merge);
  await reg.registry.setAlias("iris", "canary", 3, { reason: "release iris/v3 as a canary", commit: merge });
  await until("the server to load the canary", () => server.currentVersion("iris", "canary") === 3);

  const { code, stdout, stderr } = await canary();
  expect(code).toBe(1);
  // failureLimit 1: the first failed step is tolerated, the second aborts (at 100% stable has no traffic).
  expect(stderr).toContain("step 1/2 (50%): failed");
  expect(stderr).toContain("step 2/2 (100%): failed");
  expect(stderr).toMatch(
    /canary analysis of iris v3 failed at step 2\/2 \(100%\): errorRate 100% \(max 5%; stable no data\); 2 failed measurements > failure limit 1/,
  );
  expect(stdout).toContain("— aborted");
  expect(await reg.registry.resolveAlias("iris", "canary")).toBeUndefined();
  expect((await reg.registry.resolveAlias("iris", "production"))?.version).toBe(2);
  expect((await reg.registry.history("iris")).at(-1)).toMatchObject({ alias: "canary", from: 3, to: null });
  expect((await reg.registry.get("iris"))?.traffic).toBeUndefined();
  await until("the server to drop the canary", () => server.currentVersion("iris", "canary") === undefined);
  // git agrees: HEAD reverts the release merge.
  expect(stderr).toContain(`reverted ${merge.slice(0, 7)} in ${reg.dir}`);
  expect(g("log", "-1", "--format=%B")).toContain(`This reverts commit ${merge}.`);
  expect(() => g("cat-file", "-e", "HEAD:features.txt")).toThrow();
});

test("bad input is one line, exit 2", async () => {
  const noCanary = await canary("--steps", "10,500");
  expect(noCanary.code).toBe(2);
  expect(noCanary.stderr.trim()).toBe(
    "modelops: error: --steps 10,500: each step is a percent from 0 to 100",
  );
  const noToken = await runCli(["monitor", "canary", "--config", config, "--github", "acme/models"], reg.dir);
  expect(noToken.code).toBe(2);
  expect(noToken.stderr.trim().split("\n")).toHaveLength(1);
});
