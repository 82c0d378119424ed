// Traffic policy from modelops.yaml: labels (production, canary, previous), pinned versions, a canary share
// that is sticky per request id, shadow mirroring with its own metrics, and a config change taking effect
// without a restart. Shares are measured over many requests and checked within a tolerance.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { type ModelServer, startServer } from "../../pipelines/serve/index.ts";
import { IRIS, IRIS_ROWS, parseMetrics, post, TestRegistry, until } from "./fixture.ts";

let reg: TestRegistry;
let server: ModelServer;
let configFile: string;
const lines: string[] = [];

const config = (deploy: string) => `version: 1
models:
  iris:
    task: classification
    data:
      target: species
      train: { format: csv, path: data/iris.csv }
    model: { architecture: mlp, dense: [6] }
    deploy: ${deploy}
`;

beforeAll(async () => {
  reg = await TestRegistry.create();
  for (const seed of [1, 2, 3]) await reg.addVersion("iris", IRIS, seed, IRIS_ROWS);
  await reg.promote("iris", 1);
  await reg.registry.setAlias("iris", "canary", 2, { reason: "test" });
  configFile = path.join(reg.dir, "modelops.yaml");
  await writeFile(
    configFile,
    config("{ strategy: canary, canary: { steps: [20, 50, 100], interval: 60s }, pinned: [3] }"),
  );
  server = await startServer({
    registry: reg.root,
    config: configFile,
    port: 0,
    pollMs: 50,
    backend: "cpu",
    log: (l) => lines.push(l),
  });
});

afterAll(async () => {
  await server?.close();
  await reg?.remove();
});

/** Sends `n` predictions (50 at a time) and counts the answering versions and labels. */
async function split(
  n: number,
  id: (i: number) => string | undefined,
): Promise<{ byVersion: Record<string, number>; byLabel: Record<string, number>; versions: string[] }> {
  const byVersion: Record<string, number> = {};
  const byLabel: Record<string, number> = {};
  const versions: string[] = new Array(n);
  for (let start = 0; start < n; start += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, n - start) }, async (_, k) => {
        const i = start + k;
        const requestId = id(i);
        const res = await fetch(`${server.url}/v1/models/iris:predict`, {
          method: "POST",
          headers: requestId === undefined ? {} : { "x-request-id": requestId },
          body: JSON.stringify({ instances: [IRIS_ROWS[0]] }),
        });
        expect(res.status).toBe(200);
        await res.arrayBuffer();
        const v = res.headers.get("x-model-version")!;
        const label = res.headers.get("x-model-label")!;
        versions[i] = v;
        byVersion[v] = (byVersion[v] ?? 0) + 1;
        byLabel[label] = (byLabel[label] ?? 0) + 1;
      }),
    );
  }
  return { byVersion, byLabel, versions };
}

/** Within 4.5 standard deviations of a binomial share: fails by chance about once in 150,000 runs. */
function expectShare(count: number, n: number, percent: number): void {
  const p = percent / 100;
  const sd = Math.sqrt(n * p * (1 - p));
  expect(Math.abs(count - n * p)).toBeLessThanOrEqual(4.5 * sd);
}

describe("labels and pinned versions", () => {
  test("production, canary and a pinned version are all loaded and addressable", async () => {
    expect(lines).toContain(`serving iris v1 (production) at ${server.url}`);
    expect(lines).toContain(`serving iris v2 (canary) at ${server.url}`);
    expect(lines).toContain("iris: canary 20%, batching up to 64 rows, 0 µs");
    const answers = [];
    for (const path of ["labels/production", "labels/canary", "versions/1", "versions/2", "versions/3"]) {
      const res = await fetch(`${server.url}/v1/models/iris/${path}:predict`, {
        method: "POST",
        body: JSON.stringify({ instances: IRIS_ROWS }),
      });
      expect(res.status).toBe(200);
      answers.push([path, res.headers.get("x-model-version"), res.headers.get("x-model-label")]);
    }
    expect(answers).toEqual([
      ["labels/production", "1", "production"],
      ["labels/canary", "2", "canary"],
      ["versions/1", "1", null],
      ["versions/2", "2", null],
      ["versions/3", "3", null],
    ]);
    expect(server.models()).toEqual([
      { model: "iris", version: 1, label: "production" },
      { model: "iris", version: 2, label: "canary" },
    ]);
  });
});

describe("canary", () => {
  test("20% of requests go to the canary label, each request id always to the same side", async () => {
    const n = 1000;
    const first = await split(n, (i) => `client-${i}`);
    expectShare(first.byVersion["2"] ?? 0, n, 20);
    expect(first.byLabel).toEqual({ production: first.byVersion["1"], canary: first.byVersion["2"] });
    // sticky: the same ids again land exactly where they landed before
    const again = await split(n, (i) => `client-${i}`);
    expect(again.versions).toEqual(first.versions);
  });

  test("without a request id the split is random, at the same share", async () => {
    const n = 1000;
    const { byVersion } = await split(n, () => undefined);
    expectShare(byVersion["2"] ?? 0, n, 20);
  });

  test("the v2 protocol splits too, keyed by the request's id", async () => {
    const n = 400;
    let canary = 0;
    for (let i = 0; i < n; i += 50) {
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, k) =>
          post(`${server.url}/v2/models/iris/infer`, {
            id: `v2-${i + k}`,
            inputs: [{ name: "input", shape: [1, 4], datatype: "FP32", data: [5.1, 3.5, 1.4, 0.2] }],
          }),
        ),
      );
      for (const a of answers) if (a.body.model_version === "2") canary++;
    }
    expectShare(canary, n, 20);
  });

  test("a config change to 50% applies without a restart; ids already on the canary stay there", async () => {
    const n = 1000;
    const before = await split(n, (i) => `client-${i}`);
    await writeFile(
      configFile,
      config("{ strategy: canary, canary: { steps: [50, 100], interval: 60s }, pinned: [3] }"),
    );
    await until("the new policy", () =>
      lines.includes("iris: canary 50%, batching up to 64 rows, 0 µs (config changed)"),
    );
    expect(server.policy("iris")?.canaryPercent).toBe(50);
    const after = await split(n, (i) => `client-${i}`);
    expectShare(after.byVersion["2"] ?? 0, n, 50);
    for (let i = 0; i < n; i++) if (before.versions[i] === "2") expect(after.versions[i]).toBe("2");
  });

  test("a config that does not validate is logged and the running policy kept", async () => {
    await writeFile(configFile, config("{ strategy: sideways }"));
    await until("the error line", () => lines.some((l) => l.includes("changed but cannot be used")));
    expect(lines.find((l) => l.includes("changed but cannot be used"))).toMatch(
      /^error: .*modelops\.yaml changed but cannot be used: .*strategy.*; keeping the previous traffic policy$/,
    );
    expect(server.policy("iris")?.strategy).toBe("canary");
  });

  test("removing the canary alias sends everything to production", async () => {
    await reg.registry.deleteAlias("iris", "canary", { reason: "test" });
    await until("the canary label to go", () => server.currentVersion("iris", "canary") === undefined);
    expect(lines).toContain("iris: label canary removed from the registry (it served v2)");
    const { byVersion } = await split(200, (i) => `client-${i}`);
    expect(byVersion).toEqual({ "1": 200 });
    const gone = await post(`${server.url}/v1/models/iris/labels/canary:predict`, { instances: IRIS_ROWS });
    expect(gone.status).toBe(404);
  });
});

describe("shadow", () => {
  test("production answers every request; half are mirrored to the canary and measured there", async () => {
    await reg.registry.setAlias("iris", "canary", 3, { reason: "test" });
    await writeFile(configFile, config("{ strategy: shadow, shadow: { percent: 50 } }"));
    await until("shadow policy and canary v3", () => {
      return server.policy("iris")?.strategy === "shadow" && server.currentVersion("iris", "canary") === 3;
    });
    const before = parseMetrics(await server.metrics());
    const count = (samples: typeof before, name: string, labels: Record<string, string>) =>
      samples
        .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
        .reduce((a, s) => a + s.value, 0);
    const n = 1000;
    const { byVersion } = await split(n, (i) => `shadow-${i}`);
    expect(byVersion).toEqual({ "1": n });
    await until("every mirrored request to finish", async () => {
      const s = parseMetrics(await server.metrics());
      const done = count(s, "modelops_shadow_requests_total", { model: "iris", version: "3" });
      const agreed = count(s, "modelops_shadow_agreement_total", { model: "iris", version: "3" });
      return done > 0 && agreed === done;
    });
    const after = parseMetrics(await server.metrics());
    const mirrored =
      count(after, "modelops_shadow_requests_total", { model: "iris", version: "3", outcome: "ok" }) -
      count(before, "modelops_shadow_requests_total", { model: "iris", version: "3", outcome: "ok" });
    expectShare(mirrored, n, 50);
    expect(count(after, "modelops_shadow_requests_total", { outcome: "error" })).toBe(0);
    expect(count(after, "modelops_shadow_duration_seconds_count", { model: "iris", version: "3" })).toBe(
      count(after, "modelops_shadow_requests_total", { model: "iris", version: "3", outcome: "ok" }),
    );
    // the live request counter only counts what clients got: all from production
    expect(
      count(after, "modelops_requests_total", { model: "iris", version: "3", label: "production" }),
    ).toBe(0);
  });
});
