// The same pages over the github store: a simulated GitHub (every request checked against GitHub's
// OpenAPI description) holding signed releases and deployments, read by `modelops ui` with a reader's
// token and trusted key only, in headless Chromium.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import type { Browser, Page } from "playwright-core";
import { type RegistryWorld, startRegistryWorld } from "../../pipelines/demo/github-sim/registry-world.ts";
import { RunCatalog } from "../../pipelines/runs/catalog.ts";
import { compareSpecs } from "../../pipelines/runs/compare.ts";
import { startUi, type UiServer } from "../../pipelines/ui/server.ts";
import { launchChromium } from "./browser.ts";

interface ChartLike {
  data: { labels: unknown[] };
}
declare const window: { Chart: { getChart(canvas: unknown): ChartLike | undefined } };

const FIXTURE = new URL("../support/fixtures/iris-run/", import.meta.url).pathname;

let w: RegistryWorld;
let server: UiServer;
let browser: Browser;
let page: Page;
let rollbackCommit: string;

/** The fixture run's files, with its params and a changed accuracy. */
async function artifact(learningRate: number, accuracy: number): Promise<Record<string, string | Buffer>> {
  const files: Record<string, string | Buffer> = {};
  for (const entry of await readdir(FIXTURE, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const abs = join(entry.parentPath, entry.name);
    files[abs.slice(FIXTURE.length)] = await readFile(abs);
  }
  const metrics = JSON.parse(String(files["metrics.json"]));
  metrics.metrics.accuracy = accuracy;
  files["metrics.json"] = JSON.stringify(metrics);
  files["params.json"] = JSON.stringify({
    schema: "modelops/params@1",
    model: "iris",
    params: { model: { dense: [16, 16] }, train: { learningRate } },
  });
  return files;
}

beforeAll(async () => {
  w = await startRegistryWorld();
  const writer = await w.store({ writer: true });
  // As a release writer does: the artifact's files, and the metrics in the signed record.
  const publish = async (learningRate: number, accuracy: number, key: string) =>
    writer.createVersion("iris", {
      key: key.repeat(64),
      digest: "",
      commit: w.repo.defaultHead.sha,
      metrics: { accuracy, f1_macro: accuracy - 0.01 },
      files: new Map(
        Object.entries(await artifact(learningRate, accuracy)).map(([p, d]) => [p, Buffer.from(d)]),
      ),
    });
  const v1 = await publish(0.02, 0.93, "1");
  const v2 = await publish(0.05, 0.97, "2");
  await writer.setAlias("iris", "production", v1.version, { reason: "release iris/v1", kind: "promote" });
  await writer.setAlias("iris", "production", v2.version, { reason: "release iris/v2", kind: "promote" });
  rollbackCommit = w.repo.defaultHead.sha;
  await writer.rollback("iris", {
    reason: "revert of the v2 merge",
    commit: rollbackCommit,
    kind: "rollback",
  });
  const reader = await w.store();
  server = await startUi({ store: reader, catalog: new RunCatalog(reader, undefined), port: 0 });
  browser = await launchChromium();
  page = await browser.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (w) {
    expect(w.sim.violations).toEqual([]);
    expect(w.sim.responseViolations).toEqual([]);
    await w.close();
  }
});

describe("modelops ui over github:acme/models", () => {
  test("the models page lists the model with production after the rollback", async () => {
    await page.goto(`${server.url}/`);
    await expect(page.locator("tr[data-model]").getAttribute("data-model")).resolves.toBe("iris");
    await expect(page.locator('tr[data-model="iris"] td').nth(1).textContent()).resolves.toBe("v1");
    await expect(page.locator(".store").textContent()).resolves.toBe("github:acme/models");
  });

  test("the version charts, the timeline with the rollback and its commit, and links into GitHub", async () => {
    await page.goto(`${server.url}/models/iris`);
    const labels = await page
      .locator('canvas[data-metric="accuracy"]')
      .evaluate((c) => window.Chart.getChart(c)?.data.labels);
    expect(labels).toEqual(["v1", "v2"]);
    const rollback = page.locator('ol.timeline li[data-kind="rollback"]');
    expect((await rollback.textContent())?.replace(/\s+/g, " ")).toContain(
      `rolled back production v2 → v1 revert commit ${rollbackCommit.slice(0, 7)}`,
    );
    await expect(rollback.locator("a").last().getAttribute("href")).resolves.toBe(
      `${w.sim.urls.web}/acme/models/commit/${rollbackCommit}`,
    );
    const releaseLink = page.locator('tr[data-version="2"] a', { hasText: "release" });
    await expect(releaseLink.getAttribute("href")).resolves.toBe(
      `${w.sim.urls.web}/acme/models/releases/tag/${encodeURIComponent("iris/v2")}`,
    );
  });

  test("a version's page reads its artifact through the store (downloaded and verified)", async () => {
    await page.goto(`${server.url}/models/iris/versions/2`);
    await expect(page.locator("h1").textContent()).resolves.toBe("iris v2");
    await expect(page.locator("#profile tbody tr").count()).resolves.toBe(5);
    const params = await page.locator('section[aria-labelledby="params-h"] tbody tr').allTextContents();
    expect(params).toEqual(["model.dense[16,16]", "train.learningRate0.05"]);
  });

  test("the runs page lists the released versions, and comparing them shows the params diff", async () => {
    await page.goto(`${server.url}/runs`);
    const ids = await page
      .locator("#runs-table tbody tr")
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-run")));
    expect(ids).toHaveLength(2);
    await page.goto(`${server.url}/compare?run=iris/v1&run=iris/v2`);
    const diff = await page
      .locator("#params-diff tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim())));
    expect(diff).toEqual([["train.learningRate", "0.02", "0.05"]]);
    const reader = await w.store();
    const c = await compareSpecs(new RunCatalog(reader, undefined), ["iris/v1", "iris/v2"]);
    expect(JSON.parse((await page.locator("#comparison").textContent()) ?? "null")).toEqual(c);
  });
});
