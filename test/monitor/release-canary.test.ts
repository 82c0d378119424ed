// deploy.strategy canary through the local GitOps flow: a merge releases v2 as the `canary` (production
// stays v1; releasing again changes nothing); canary analysis on a real server (measured by scraping its
// /metrics) walks both steps and v2 becomes production. The next merge, v3, is aborted when a bound is
// broken: traffic back to v2, the registry says why, a revert commit of the release merge is made, and
// `modelops release` on that revert agrees (production stays v2, nothing trained).
import { join } from "node:path";
import { afterAll, expect, test } from "@jest/globals";
import { loadConfig } from "../../pipelines/config/index.ts";
import { recordApproval } from "../../pipelines/gitops/approvals.ts";
import { releaseHead } from "../../pipelines/gitops/release.ts";
import { runCanary } from "../../pipelines/monitor/canary.ts";
import { revertCommit } from "../../pipelines/monitor/revert.ts";
import { ScrapeSource } from "../../pipelines/monitor/scrape.ts";
import { modelSlo } from "../../pipelines/monitor/slo.ts";
import { Registry } from "../../pipelines/registry/index.ts";
import { type ModelServer, startServer } from "../../pipelines/serve/index.ts";
import { until } from "../serve/fixture.ts";
import { makeRepo, SMALL_IRIS_CONFIG } from "../support/repo.ts";

const CONFIG = `${SMALL_IRIS_CONFIG}    deploy:
      strategy: canary
      canary: { steps: [50, 100], interval: 400ms, analysis: { errorRate: { max: 0.01 } } }
`;

let server: ModelServer | undefined;
let stopLoad: (() => Promise<void>) | undefined;
afterAll(async () => {
  await stopLoad?.();
  await server?.close();
});

test("release as a canary: a healthy canary becomes production, a failing one is aborted and reverted", async () => {
  const { dir, g, edit } = await makeRepo(CONFIG);
  const registryRoot = join(dir, ".modelops");
  const registry = await Registry.open(registryRoot);
  const release = async () =>
    releaseHead({
      repoDir: dir,
      config: await loadConfig(join(dir, "modelops.yaml")),
      registry,
      registryRoot,
      runsDir: join(dir, "runs"),
    });
  await recordApproval(registryRoot, {
    model: "iris",
    commit: await g("rev-parse", "HEAD"),
    reviewer: "lead",
  });
  expect((await release())[0]).toMatchObject({ action: "released", version: 1 });
  expect((await registry.resolveAlias("iris", "production"))?.version).toBe(1);

  // The PR: more epochs, approved, merged -> v2 on the canary label, production stays v1.
  await g("checkout", "-q", "-b", "more-epochs");
  await edit("epochs: 15", "epochs: 20");
  await g("commit", "-q", "-am", "more epochs");
  await recordApproval(registryRoot, {
    model: "iris",
    commit: await g("rev-parse", "HEAD"),
    reviewer: "lead",
  });
  await g("checkout", "-q", "main");
  await g("merge", "-q", "--no-ff", "more-epochs", "-m", "Merge more-epochs");
  expect((await release())[0]).toMatchObject({ action: "released", version: 2, previous: 1 });
  expect((await registry.resolveAlias("iris", "production"))?.version).toBe(1);
  expect((await registry.resolveAlias("iris", "canary"))?.version).toBe(2);
  expect((await registry.history("iris")).at(-1)?.reason).toMatch(/^release iris\/v2 .* as a canary$/);
  expect((await release())[0]).toMatchObject({ action: "unchanged", version: 2 });

  server = await startServer({
    registry: registryRoot,
    config: join(dir, "modelops.yaml"),
    port: 0,
    pollMs: 50,
    backend: "cpu",
    log: () => {},
  });
  await until("the canary to load", () => server!.currentVersion("iris", "canary") === 2);
  let running = true;
  const loop = (async () => {
    const row = { sepal_length: 6.1, sepal_width: 2.8, petal_length: 4.7, petal_width: 1.2 };
    while (running) {
      await Promise.all(
        Array.from({ length: 4 }, () =>
          fetch(`${server!.url}/v1/models/iris:predict`, {
            method: "POST",
            body: JSON.stringify({ instances: [row] }),
          }).then((r) => r.arrayBuffer()),
        ),
      );
    }
  })();
  stopLoad = async () => {
    running = false;
    await loop;
  };
  const slo = modelSlo("iris", (await loadConfig(join(dir, "modelops.yaml"))).config.models.iris!);
  const router = { setCanaryWeight: (m: string, p: number | undefined) => server!.setCanaryPercent(m, p) };

  // v2 is healthy: it walks both steps and becomes production.
  const promoted = await runCanary({
    model: "iris",
    registry,
    source: new ScrapeSource(server.url),
    router,
    steps: slo.canary!.steps,
    intervalMs: slo.canary!.intervalMs,
    conditions: slo.conditions,
  });
  expect(promoted.outcome).toBe("promoted");
  expect(promoted.steps.map((s) => [s.percent, s.phase])).toEqual([
    [50, "successful"],
    [100, "successful"],
  ]);
  expect((await registry.resolveAlias("iris", "production"))?.version).toBe(2);
  expect((await release())[0]).toMatchObject({ action: "unchanged", version: 2 });
  await until("the server to serve v2", () => server!.currentVersion("iris") === 2);

  // The next PR, v3, merged as the canary; analysed against a bound it cannot meet (p99 under a
  // microsecond): aborted at the first step.
  await g("checkout", "-q", "-b", "even-more-epochs");
  await edit("epochs: 20", "epochs: 25");
  await g("commit", "-q", "-am", "even more epochs");
  await recordApproval(registryRoot, {
    model: "iris",
    commit: await g("rev-parse", "HEAD"),
    reviewer: "lead",
  });
  await g("checkout", "-q", "main");
  await g("merge", "-q", "--no-ff", "even-more-epochs", "-m", "Merge even-more-epochs");
  const merge = await g("rev-parse", "HEAD");
  expect((await release())[0]).toMatchObject({ action: "released", version: 3, previous: 2 });
  await until("the canary v3 to load", () => server!.currentVersion("iris", "canary") === 3);
  const aborted = await runCanary({
    model: "iris",
    registry,
    source: new ScrapeSource(server.url),
    router,
    steps: slo.canary!.steps,
    intervalMs: slo.canary!.intervalMs,
    conditions: [...slo.conditions, { metric: "latencyP99Ms", max: 0.001 }],
    revert: (reason) => revertCommit(dir, merge, reason),
  });
  expect(aborted.outcome).toBe("aborted");
  expect(aborted.steps.map((s) => s.percent)).toEqual([50]);
  expect(aborted.steps[0]!.canary.requests).toBeGreaterThan(0);
  expect(aborted.steps[0]!.canary.errorRate).toBe(0);
  expect(aborted.reason).toMatch(
    /failed at step 1\/2 \(50%\): latencyP99Ms [\d.]+ ms \(max 0\.001 ms; stable [\d.]+ ms\)/,
  );
  expect(await registry.resolveAlias("iris", "canary")).toBeUndefined();
  expect((await registry.history("iris")).at(-1)).toMatchObject({
    alias: "canary",
    from: 3,
    to: null,
    reason: aborted.reason,
  });
  await until("the server to drop the canary", () => server!.currentVersion("iris", "canary") === undefined);
  // git agrees: the revert commit is HEAD, and releasing it changes nothing (production is v2 already).
  expect(aborted.revertCommit).toBe(await g("rev-parse", "HEAD"));
  expect(await g("show", "HEAD:modelops.yaml")).toContain("epochs: 20");
  expect((await release())[0]).toMatchObject({ action: "unchanged", version: 2, trained: false });
  expect((await registry.resolveAlias("iris", "production"))?.version).toBe(2);
});
