// The server follows a ModelStore through the one interface and says what it serves: a status per alias
// (in_progress on load, success with the URL and the replica id, failure naming the file that does not
// match), the last good version kept while the store is down or an artifact is bad, and a backoff between
// failed polls (longer when the store says Retry-After). The store is the real fs store; `FlakyStore` only
// records the reports and makes the store fail the way GitHub does when asked to.
import { readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import type { ModelStore, ServingStatus } from "../../pipelines/registry/model-store.ts";
import { Deployments } from "../../pipelines/serve/deployments.ts";
import { type ModelServer, startServer } from "../../pipelines/serve/index.ts";
import { createMetrics } from "../../pipelines/serve/metrics.ts";
import { DEFAULT_POLICY } from "../../pipelines/serve/policy.ts";
import { openStore, registrySource } from "../../pipelines/serve/registry-source.ts";
import { IRIS, IRIS_ROWS, TestRegistry, type TestVersion, until } from "./fixture.ts";

interface Report extends ServingStatus {
  model: string;
  alias: string;
  version: number;
}

/** GitHub's way of failing: an HTTP status, and Retry-After on a rate limit. */
class StoreHttpError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterMs?: number,
  ) {
    super(`GitHub answered ${status}`);
  }
}

type Flaky = ModelStore & { reports: Report[]; down?: Error };

/** The real store, with its serving reports recorded and a switch that makes every read fail. */
function flaky(store: ModelStore): Flaky {
  const state: { reports: Report[]; down?: Error } = { reports: [] };
  const overrides: Partial<ModelStore> = {};
  for (const name of ["revision", "models", "materialize"] as const) {
    const real = store[name].bind(store) as (...a: unknown[]) => Promise<unknown>;
    (overrides as Record<string, unknown>)[name] = async (...a: unknown[]) => {
      if (state.down) throw state.down;
      return real(...a);
    };
  }
  overrides.reportServing = async (model, alias, version, status) => {
    if (state.down) throw state.down;
    state.reports.push({ model, alias, version, ...status });
  };
  return new Proxy(store, {
    get(target, prop) {
      if (prop === "reports") return state.reports;
      if (prop === "down") return state.down;
      if (prop in overrides) return overrides[prop as keyof ModelStore];
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
    set(_target, prop, value) {
      if (prop === "down") state.down = value;
      else (overrides as Record<string | symbol, unknown>)[prop] = value;
      return true;
    },
  }) as Flaky;
}

let reg: TestRegistry;
let store: Flaky;
let server: ModelServer;
const v: TestVersion[] = [];
const lines: string[] = [];

beforeAll(async () => {
  reg = await TestRegistry.create();
  for (const seed of [1, 2, 3]) v.push(await reg.addVersion("iris", IRIS, seed, IRIS_ROWS));
  await reg.promote("iris", 1);
  store = flaky(await openStore(reg.root));
  server = await startServer({
    registry: store,
    port: 0,
    pollMs: 20,
    backend: "cpu",
    replicaId: "replica-a",
    log: (l) => lines.push(l),
  });
});

afterAll(async () => {
  await server?.close();
  await reg?.remove();
});

const reportsOf = (version: number, alias = "production") =>
  store.reports.filter((r) => r.version === version && r.alias === alias).map((r) => r.state);

async function answering(): Promise<string | null> {
  const res = await fetch(`${server.url}/v1/models/iris:predict`, {
    method: "POST",
    body: JSON.stringify({ instances: IRIS_ROWS }),
  });
  expect(res.status).toBe(200);
  await res.arrayBuffer();
  return res.headers.get("x-model-version");
}

describe("serving reports", () => {
  test("loading v1 reports in_progress, then success with the server's URL and the replica id", async () => {
    await until("v1's success report", () => reportsOf(1).includes("success"));
    expect(reportsOf(1)).toEqual(["in_progress", "success"]);
    const success = store.reports.find((r) => r.version === 1 && r.state === "success")!;
    expect(success).toMatchObject({
      model: "iris",
      replica: "replica-a",
      url: server.url,
      description: "serving v1",
    });
  });

  test("a promotion: v2 reported for production, v1 for previous (already loaded: no second load)", async () => {
    await reg.promote("iris", 2);
    await until("v2 served", () => server.currentVersion("iris") === 2);
    await until("v2's success report", () => reportsOf(2).includes("success"));
    expect(reportsOf(2)).toEqual(["in_progress", "success"]);
    await until("previous reported", () => reportsOf(1, "previous").includes("success"));
    expect(await answering()).toBe("2");
  });

  test("a tampered artifact is refused: failure names the file, v2 keeps answering", async () => {
    const dir = path.join(reg.registry.artifactDir(v[2]!.digest), "model");
    const weights = (await readdir(dir)).find((f) => f.endsWith(".bin"))!;
    await writeFile(path.join(dir, weights), Buffer.alloc(64, 7));
    await reg.promote("iris", 3);
    await until("v3's failure report", () => reportsOf(3).includes("failure"));
    const failure = store.reports.find((r) => r.version === 3 && r.state === "failure")!;
    expect(failure.description).toContain(`model/${weights}`);
    expect(failure.description).toContain("still serving v2");
    expect(server.currentVersion("iris")).toBe(2);
    expect(await answering()).toBe("2");
    expect(lines.some((l) => l.startsWith("error: refused iris v3 (production)"))).toBe(true);
  });
});

describe("serving reports, again", () => {
  test("an alias that comes back (a second canary of the same version) is reported again, on its new move", async () => {
    const canaryReports = () => reportsOf(2, "canary").filter((r) => r === "success").length;
    await reg.registry.setAlias("iris", "canary", 2, { reason: "canary" });
    await until("the canary reported", () => canaryReports() === 1);
    await reg.registry.deleteAlias("iris", "canary", { reason: "aborted" });
    await until("the canary label gone", () => !server.models().some((m) => m.label === "canary"));
    await reg.registry.setAlias("iris", "canary", 2, { reason: "canary, again" });
    await until("the second canary reported", () => canaryReports() === 2);
    await reg.registry.deleteAlias("iris", "canary", { reason: "done" });
  });
});

describe("the store down", () => {
  test("GitHub answering 503: the last good version keeps answering, and the server catches up after", async () => {
    await reg.promote("iris", 2); // back from the refused v3
    await until(
      "v2 production again",
      async () => (await store.resolveAlias("iris", "production"))?.version === 2,
    );
    store.down = new StoreHttpError(503);
    const before = lines.length;
    await until("the outage logged", () =>
      lines.slice(before).some((l) => l.includes("GitHub answered 503; still serving what is loaded")),
    );
    // a rollback made while the store cannot be read (by the bot, on GitHub) waits for it
    await reg.registry.setAlias("iris", "production", 1, { reason: "revert" });
    expect(await answering()).toBe("2");
    expect((await fetch(`${server.url}/v2/health/ready`)).status).toBe(200);
    // one line for the whole outage, however many polls failed
    expect(lines.slice(before).filter((l) => l.includes("GitHub answered 503")).length).toBe(1);
    store.down = undefined;
    await until("v1 served after the outage", () => server.currentVersion("iris") === 1, 60_000);
    expect(await answering()).toBe("1");
    expect(lines).toContain(`registry ${store.uri} answers again`);
    await until("v1's success report after the outage", () =>
      store.reports.some((r) => r.version === 1 && r.alias === "production" && r.state === "success"),
    );
  });
});

describe("a server that starts while the store is down", () => {
  test("is not ready (503 with the reason) until it has read the store once, then serves", async () => {
    const down = flaky(await openStore(reg.root));
    down.down = new StoreHttpError(503);
    const late = await startServer({ registry: down, port: 0, pollMs: 20, backend: "cpu", log: () => {} });
    try {
      const ready = await fetch(`${late.url}/v2/health/ready`);
      expect(ready.status).toBe(503);
      expect(((await ready.json()) as { reason: string }).reason).toBe(
        `the registry has not been read yet (cannot read registry ${down.uri}: GitHub answered 503)`,
      );
      down.down = undefined;
      await until(
        "ready once the store answers",
        async () => (await fetch(`${late.url}/v2/health/ready`)).status === 200,
      );
      expect(late.currentVersion("iris")).toBeDefined();
    } finally {
      await late.close();
    }
  });
});

describe("backoff between failed polls", () => {
  function deployments(source: ReturnType<typeof registrySource>) {
    return new Deployments(
      source,
      createMetrics(function* () {}),
      { log: () => {}, serving: () => {} },
      { defaultLabel: "production", policyFor: () => ({ ...DEFAULT_POLICY }) },
    );
  }

  test("each failed poll doubles the wait, up to two minutes; the first good read returns to the interval", async () => {
    const flakyStore = flaky(await openStore(reg.root));
    const d = deployments(registrySource(flakyStore));
    expect(d.nextPollDelay(100)).toBe(100);
    flakyStore.down = new StoreHttpError(502);
    for (let failures = 1; failures <= 14; failures++) {
      await d.sync();
      const expected = Math.min(100 * 2 ** failures, 120_000);
      expect(d.nextPollDelay(100)).toBeGreaterThanOrEqual(expected * 0.9);
      expect(d.nextPollDelay(100)).toBeLessThanOrEqual(expected * 1.1);
    }
    flakyStore.down = undefined;
    await d.sync();
    expect(d.nextPollDelay(100)).toBe(100);
    await d.close();
  });

  test("a rate limit's Retry-After is honoured even when it is longer than the backoff", async () => {
    const flakyStore = flaky(await openStore(reg.root));
    const d = deployments(registrySource(flakyStore));
    flakyStore.down = new StoreHttpError(429, 90_000);
    await d.sync();
    expect(d.nextPollDelay(100)).toBeGreaterThanOrEqual(90_000);
    await d.close();
  });

  test("an artifact the store cannot deliver now (503) is not refused: it is fetched again after the backoff", async () => {
    const flakyStore = flaky(await openStore(reg.root));
    const d = deployments(registrySource(flakyStore));
    await d.sync();
    // a transient failure while fetching an artifact is no verdict on the version
    flakyStore.materialize = async () => {
      throw new StoreHttpError(503);
    };
    await reg.registry.setAlias("iris", "canary", 3, { reason: "test" });
    await d.sync();
    expect(d.get("iris")?.refused.has(3)).toBe(false);
    expect(d.nextPollDelay(100)).toBeGreaterThanOrEqual(180);
    await reg.registry.deleteAlias("iris", "canary", { reason: "test" });
    await d.close();
  });
});
