// The web UI end to end: the demo's registry (iris and iris-petal, a canary, a blocked run, a rollback by
// git revert) built once by the real CLI, `modelops ui` over it, and headless Chromium reading the pages as
// a user does (clicks, keys, the charts Chart.js drew).
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import type { Browser, Page } from "playwright-core";
import { RunCatalog } from "../../pipelines/runs/catalog.ts";
import { openReadOnlyStore } from "../../pipelines/runs/read-store.ts";
import { RunReader } from "../../pipelines/runs/reader.ts";
import { startUi, type UiServer } from "../../pipelines/ui/server.ts";
import { MODELOPS_CLI } from "../support/cli.ts";
import { launchChromium } from "./browser.ts";

// The page's globals, as the callbacks that run in the browser see them (the project has no DOM lib).
interface ChartLike {
  data: { labels: unknown[]; datasets: Array<{ data: unknown[] }> };
}
declare const window: { Chart: { getChart(canvas: unknown): ChartLike | undefined } };
declare const document: { activeElement: { textContent: string | null; id: string } | null; body: unknown };
declare function getComputedStyle(element: unknown): { backgroundColor: string };

const run = promisify(execFile);
const CLI = MODELOPS_CLI;
const cli = (args: string[]) => run(process.execPath, [CLI, ...args], { encoding: "utf8", timeout: 120_000 });

let dir: string;
let registry: string;
let server: UiServer;
let browser: Browser;
let page: Page;

async function treeOf(root: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    out.push(join(entry.parentPath, entry.name));
  }
  return out.sort();
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "modelops-ui-test-"));
  await cli(["demo", "--dir", dir]);
  registry = join(dir, "repo", ".modelops");
  const store = await openReadOnlyStore(registry);
  server = await startUi({ store, catalog: new RunCatalog(store, new RunReader(registry)), port: 0 });
  browser = await launchChromium();
  page = await browser.newPage();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true, maxRetries: 3 });
});

describe("modelops ui over the demo's registry", () => {
  test("the models page lists iris and iris-petal with their production versions", async () => {
    await page.goto(`${server.url}/`);
    const rows = await page.locator("tr[data-model]").evaluateAll((trs) =>
      trs.map((tr) => ({
        model: tr.getAttribute("data-model"),
        cells: [...tr.children].map((c) => c.textContent?.trim()),
      })),
    );
    expect(rows.map((r) => r.model)).toEqual(["iris", "iris-petal"]);
    // iris was rolled back to v1; iris-petal has its only version in production.
    expect(rows[0]!.cells[2]).toBe("v1");
    expect(rows[1]!.cells[2]).toBe("v1");
    expect(rows[0]!.cells[5]).toMatch(/^rolled back production v2 → v1/);
  });

  test("each metric's chart shows every version of the model", async () => {
    await page.goto(`${server.url}/models/iris`);
    const charts = await page.locator("canvas[data-metric]").evaluateAll((canvases) =>
      canvases.map((c) => {
        const chart = window.Chart.getChart(c);
        return {
          metric: c.getAttribute("data-metric"),
          name: c.getAttribute("aria-label"),
          labels: chart?.data.labels,
          values: chart?.data.datasets[0]?.data ?? [],
        };
      }),
    );
    expect(charts.map((c) => c.metric)).toEqual(expect.arrayContaining(["accuracy", "f1_macro", "log_loss"]));
    const versions = await page
      .locator("#versions-table tbody tr")
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-version")));
    expect(versions).toEqual(["2", "1"]);
    for (const chart of charts) {
      expect(chart.labels).toEqual(["v1", "v2"]);
      expect(chart.values).toHaveLength(2);
      expect(chart.values.every((x: unknown) => typeof x === "number")).toBe(true);
      expect(chart.name).toContain("across versions v1, v2");
    }
  });

  test("the alias history shows the rollback with its revert commit", async () => {
    const revert = (
      await run("git", ["log", "-1", "--format=%H", "--grep=^Revert"], {
        cwd: join(dir, "repo"),
        encoding: "utf8",
      })
    ).stdout.trim();
    expect(revert).toMatch(/^[0-9a-f]{40}$/);
    await page.goto(`${server.url}/models/iris`);
    const rollback = page.locator('ol.timeline li[data-kind="rollback"]');
    await expect(rollback.count()).resolves.toBe(1);
    const text = (await rollback.textContent())?.replace(/\s+/g, " ");
    expect(text).toContain("rolled back production v2 → v1");
    expect(text).toContain(`revert commit ${revert.slice(0, 7)}`);
    expect(await rollback.locator(`[title="${revert}"]`).count()).toBe(1);
    // The release, the canary that was promoted, in order (newest first).
    const kinds = await page
      .locator("ol.timeline li")
      .evaluateAll((lis) => lis.map((li) => li.getAttribute("data-kind")));
    expect(kinds).toEqual(["rollback", "canary-promoted", "promote", "canary", "release"]);
  });

  test("ticking two runs with the keyboard and comparing them shows the params diff", async () => {
    await page.goto(`${server.url}/runs?model=iris`);
    const runs = await page
      .locator("#runs-table tbody tr")
      .evaluateAll((trs) =>
        trs.map((tr) => ({ id: tr.getAttribute("data-run"), released: tr.children[4]?.textContent?.trim() })),
      );
    // Three iris runs: v1, v2 and the blocked learning-rate-10 run that was never released.
    expect(runs).toHaveLength(3);
    const blocked = runs.find((r) => r.released === "not released")!;
    const v2 = runs.find((r) => r.released?.startsWith("v2"))!;
    expect(await page.locator("#compare-button").isDisabled()).toBe(true);
    await page.focus(`#pick-${v2.id}`);
    await page.keyboard.press("Space");
    await page.focus(`#pick-${blocked.id}`);
    await page.keyboard.press("Space");
    await page.focus("#compare-button");
    await expect(page.locator("#compare-button").textContent()).resolves.toBe("Compare 2 runs");
    await Promise.all([page.waitForURL(/\/compare\?/), page.keyboard.press("Enter")]);
    const diff = await page
      .locator("#params-diff tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim())));
    // Columns in the runs page's order (newest first): the blocked run, then v2.
    const columns = await page
      .locator("#params-diff thead th[data-run]")
      .evaluateAll((ths) => ths.map((th) => th.getAttribute("data-run")));
    expect(columns).toEqual([blocked.id, v2.id]);
    expect(diff).toEqual([["train.learningRate", "10", "0.02"]]);
    const curves = await page.locator("canvas[data-series]").evaluateAll((cs) =>
      cs.map((c) => ({
        series: c.getAttribute("data-series"),
        lines: window.Chart.getChart(c)?.data.datasets.length,
      })),
    );
    expect(curves).toEqual(expect.arrayContaining([{ series: "loss", lines: 2 }]));
  });

  test("`modelops runs compare A B --json` parses and matches the compare page", async () => {
    const { stdout } = await cli(["runs", "compare", "iris/v1", "iris/v2", "--json", "--registry", registry]);
    const fromCli = JSON.parse(stdout);
    await page.goto(`${server.url}/compare?run=iris/v1&run=iris/v2`);
    const embedded = JSON.parse((await page.locator("#comparison").textContent()) ?? "null");
    expect(embedded).toEqual(fromCli);
    // And the tables say what the JSON says.
    const shown = await page
      .locator("#params-diff tbody tr")
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-param")));
    expect(shown).toEqual(
      fromCli.params.filter((p: { differs: boolean }) => p.differs).map((p: { name: string }) => p.name),
    );
    expect(shown).toContain("model.dense");
    const dense = await page.locator('#params-diff tr[data-param="model.dense"] td').allTextContents();
    expect(dense).toEqual(fromCli.params.find((p: { name: string }) => p.name === "model.dense").values);
    const accuracy = await page.locator('#metrics-diff tr[data-metric="accuracy"] td').allTextContents();
    const metric = fromCli.metrics.find((m: { name: string }) => m.name === "accuracy");
    expect(accuracy[0]).toBe(String(Number(metric.values[0].toPrecision(4))));
  });

  test("a version's page shows its card, per-class metrics, confusion matrix, profile and drift", async () => {
    await page.goto(`${server.url}/models/iris/versions/2`);
    await expect(page.locator("h1").textContent()).resolves.toBe("iris v2");
    const classes = await page.locator("#per-class tbody th").allTextContents();
    expect(classes).toEqual(["setosa", "versicolor", "virginica"]);
    const matrix = await page
      .locator("#confusion tbody tr")
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll("td")].reduce((s, td) => s + Number(td.textContent), 0)),
      );
    expect(matrix.reduce((a, b) => a + b, 0)).toBe(30); // the test split's rows
    expect(await page.locator("#profile tbody tr").count()).toBe(5);
    await expect(page.locator("#drift-h").textContent()).resolves.toBe("Drift against v1");
    await Promise.all([
      page.waitForURL(/\/compare\?/),
      page.getByRole("link", { name: "Compare with v1" }).click(),
    ]);
    await expect(
      page.locator('#params-diff tr[data-param="model.dense"] td').allTextContents(),
    ).resolves.toEqual(["[16,16]", "[8]"]);
  });

  test("the skip link and the pages work from the keyboard, and dark mode follows the system", async () => {
    await page.goto(`${server.url}/`);
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Skip to content");
    await page.keyboard.press("Enter");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("main");
    const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: "dark" });
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: "light" });
    expect(light).toBe("rgb(255, 255, 255)");
    expect(dark).toBe("rgb(13, 17, 23)");
  });

  test("it never writes: POST is a 405 and the registry's files are unchanged", async () => {
    const before = await treeOf(registry);
    const modelFile = await readFile(join(registry, "models", "iris.json"), "utf8");
    for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
      const res = await fetch(`${server.url}/models/iris`, { method });
      expect(res.status).toBe(405);
      expect(res.headers.get("allow")).toBe("GET, HEAD");
    }
    expect((await fetch(`${server.url}/no/such/page`, { method: "POST" })).status).toBe(405);
    expect((await fetch(`${server.url}/models/iris`, { method: "HEAD" })).status).toBe(200);
    expect(await treeOf(registry)).toEqual(before);
    expect(await readFile(join(registry, "models", "iris.json"), "utf8")).toBe(modelFile);
  });

  test("without a token it answers only requests addressed to localhost (no DNS rebinding)", async () => {
    // fetch does not let a caller set Host; a browser on a rebound name sends it like this.
    const answer = (host: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(`${server.url}/`, { headers: { host } }, (res) => {
          let body = "";
          res.setEncoding("utf8");
          res.on("data", (c: string) => {
            body += c;
          });
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on("error", reject);
        req.end();
      });
    const rebound = await answer("attacker.example:80");
    expect(rebound.status).toBe(403);
    expect(rebound.body).not.toContain("iris");
    expect((await answer(`localhost:${new URL(server.url).port}`)).status).toBe(200);
  });
});

describe("modelops ui --server: live state from a model server", () => {
  test("the models page says what the server serves, its requests and drift; a dead server is named", async () => {
    const { startServer } = await import("../../pipelines/serve/index.ts");
    const model = await startServer({ registry, port: 0, pollMs: 60_000, log: () => {} });
    const store = await openReadOnlyStore(registry);
    const catalog = new RunCatalog(store, new RunReader(registry));
    const live = await startUi({ store, catalog, port: 0, server: model.url });
    try {
      const answer = await fetch(`${model.url}/v1/models/iris:predict`, {
        method: "POST",
        body: JSON.stringify({
          instances: [{ sepal_length: 6.1, sepal_width: 2.8, petal_length: 4.7, petal_width: 1.2 }],
        }),
      });
      expect(answer.status).toBe(200);
      await page.goto(`${live.url}/`);
      const cell = (await page.locator('td[data-live="iris"]').textContent())?.replace(/\s+/g, " ");
      expect(cell).toMatch(/^serving previous v2, production v1; 1 requests/);
    } finally {
      await live.close();
      await model.close();
    }
    const dead = await startUi({ store, catalog, port: 0, server: model.url });
    try {
      await page.goto(`${dead.url}/`);
      await expect(page.locator('tr[data-model="iris"] td').last().textContent()).resolves.toBe(
        "server unreachable",
      );
      await expect(page.locator("main p.problem").textContent()).resolves.toMatch(
        new RegExp(`^The model server ${model.url} did not answer: `),
      );
    } finally {
      await dead.close();
    }
  });
});

describe("modelops runs", () => {
  const failure = (args: string[]) =>
    cli([...args, "--registry", registry]).then(
      () => ({ code: 0, stderr: "" }),
      (e: { code: number; stderr: string }) => e,
    );

  test("ls lists every stored run of a model, released or not, with the params that tell them apart", async () => {
    const { stdout } = await cli(["runs", "ls", "-m", "iris", "--registry", registry]);
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toMatch(
      /^RUN\s+MODEL\s+CREATED\s+RELEASED\s+ACCURACY.*model\.dense\s+train\.learningRate$/,
    );
    expect(lines).toHaveLength(4);
    // The RELEASED column: v1, v2, and "-" for the blocked run.
    const released = lines.slice(1).map((l) => l.split(/\s{2,}/)[3]);
    expect(released.sort()).toEqual(["-", "v1 (production)", "v2 (previous)"]);
    const json = JSON.parse(
      (await cli(["runs", "ls", "-m", "iris", "--json", "--registry", registry])).stdout,
    );
    expect(json.map((r: { versions: number[] }) => r.versions)).toEqual(
      expect.arrayContaining([[], [1], [2]]),
    );
  });

  test("a bad run name or a single run to compare is one line and exit 2", async () => {
    const one = await failure(["runs", "compare", "iris/v1"]);
    expect(one.code).toBe(2);
    expect(one.stderr.trim()).toBe(
      "modelops: error: runs compare needs two or more runs (key prefixes or MODEL/vN)",
    );
    const unknown = await failure(["runs", "show", "iris/v9"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim()).toBe(
      "modelops: error: run iris/v9: iris has no version 9 in this registry",
    );
  });
});

describe("modelops ui guards", () => {
  test("binding beyond loopback without a token is refused with one line and exit 2", async () => {
    const refused = await cli(["ui", "--host", "0.0.0.0", "--port", "0", "--registry", registry]).then(
      () => ({ code: 0, stderr: "" }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(
        /^modelops: error: --host 0\.0\.0\.0 is reachable beyond this machine: refusing to start without a token/,
      ),
    ]);
  });

  test("with a token, every request needs it; ?token= once sets a cookie and drops it from the address", async () => {
    const token = "0123456789abcdef0123";
    const store = await openReadOnlyStore(registry);
    const guarded = await startUi({
      store,
      catalog: new RunCatalog(store, new RunReader(registry)),
      port: 0,
      token,
    });
    try {
      expect((await fetch(`${guarded.url}/`)).status).toBe(401);
      expect((await fetch(`${guarded.url}/?token=wrong-token-wrong-token`)).status).toBe(401);
      expect((await fetch(`${guarded.url}/assets/ui.js`)).status).toBe(401);
      expect((await fetch(`${guarded.url}/`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(
        200,
      );
      const context = await browser.newContext();
      const tab = await context.newPage();
      await tab.goto(`${guarded.url}/runs?model=iris&token=${token}`);
      expect(new URL(tab.url()).search).toBe("?model=iris");
      expect(await tab.locator("#runs-table tbody tr").count()).toBe(3);
      await tab.goto(`${guarded.url}/models/iris`);
      await expect(tab.locator("h1").textContent()).resolves.toBe("iris");
      await context.close();
    } finally {
      await guarded.close();
    }
  });
});
