// The UI's reading side without a browser: a registry built with the fs store from the fixture run, the
// runs reader's checks, the timeline's kinds and the escaping of everything the store holds.
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { Registry } from "../../pipelines/registry/index.ts";
import { RunCatalog } from "../../pipelines/runs/catalog.ts";
import { compareSpecs } from "../../pipelines/runs/compare.ts";
import { openReadOnlyStore } from "../../pipelines/runs/read-store.ts";
import { RunReader } from "../../pipelines/runs/reader.ts";
import { html } from "../../pipelines/ui/html.ts";
import { modelPage, type PageContext, runsPage } from "../../pipelines/ui/pages.ts";
import { timelineOf } from "../../pipelines/ui/timeline.ts";
import { modelView, runsView } from "../../pipelines/ui/views.ts";

const FIXTURE = new URL("../support/fixtures/iris-run/", import.meta.url).pathname;
const KEY_A = "a".repeat(64);
const KEY_B = "b".repeat(64);
const HOSTILE = `<img src=x onerror="alert(1)"> & "quotes"`;

let root: string;
let digestA: string;
const ctx: PageContext = { base: "", storeUri: "fs:/tmp/x", links: {}, problems: [] };

async function storeRun(reg: Registry, dir: string, key: string, edit?: (dir: string) => Promise<void>) {
  const src = join(dir, key.slice(0, 4));
  await cp(FIXTURE, src, { recursive: true });
  await writeFile(join(src, "key"), `${key}\n`);
  await edit?.(src);
  const { digest } = await reg.putArtifact(src);
  await reg.recordKey(key, digest, "iris");
  return digest;
}

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), "modelops-ui-pages-"));
  root = join(dir, ".modelops");
  const reg = await Registry.open(root);
  digestA = await storeRun(reg, dir, KEY_A, (src) =>
    writeFile(
      join(src, "params.json"),
      JSON.stringify({
        schema: "modelops/params@1",
        model: "iris",
        params: { train: { learningRate: 0.02 } },
      }),
    ),
  );
  await storeRun(reg, dir, KEY_B, (src) =>
    writeFile(
      join(src, "params.json"),
      JSON.stringify({
        schema: "modelops/params@1",
        model: "iris",
        params: { train: { learningRate: 0.5 } },
      }),
    ),
  );
  await reg.createVersion("iris", { key: KEY_A, digest: digestA, commit: "c".repeat(40) });
  await reg.setAlias("iris", "production", 1, {
    reason: HOSTILE,
    actor: "<b>mallory</b>",
    commit: "c".repeat(40),
  });
});

afterAll(async () => {
  if (root) await rm(join(root, ".."), { recursive: true, force: true });
});

describe("pages escape what the store holds", () => {
  test("the html tag escapes every interpolated value", () => {
    expect(html`<p title="${HOSTILE}">${HOSTILE}</p>`.text).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &quot;quotes&quot;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &quot;quotes&quot;</p>',
    );
  });

  test("a reason and an actor with markup show as text on the model page", async () => {
    const store = await openReadOnlyStore(root);
    const page = modelPage(ctx, await modelView(store, "iris"));
    expect(page).not.toContain("<img");
    expect(page).not.toContain("<b>mallory");
    expect(page).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(page).toContain("&lt;b&gt;mallory&lt;/b&gt;");
  });

  test("a JSON block cannot close its script element", async () => {
    const store = await openReadOnlyStore(root);
    const catalog = new RunCatalog(store, new RunReader(root));
    const { comparePage } = await import("../../pipelines/ui/pages.ts");
    const c = await compareSpecs(catalog, [KEY_A.slice(0, 8), KEY_B.slice(0, 8)]);
    c.params.push({ name: "</script><script>alert(1)</script>", values: [null, null], differs: false });
    const page = comparePage(ctx, c);
    expect(page.match(/<\/script>/g)?.length).toBe(page.match(/<script/g)?.length);
  });
});

describe("the runs reader", () => {
  test("lists released and unreleased runs with their params, and compares them", async () => {
    const store = await openReadOnlyStore(root);
    const catalog = new RunCatalog(store, new RunReader(root));
    const view = await runsView(catalog, "iris");
    expect(view.runs.map((r) => [r.id, r.versions, r.aliases])).toEqual(
      expect.arrayContaining([
        [KEY_A.slice(0, 12), [1], ["production"]],
        [KEY_B.slice(0, 12), [], []],
      ]),
    );
    expect(view.varyingParams).toEqual({ iris: ["train.learningRate"] });
    const c = await compareSpecs(catalog, ["iris/v1", KEY_B.slice(0, 6)]);
    expect(c.params.filter((p) => p.differs)).toEqual([
      { name: "train.learningRate", values: [0.02, 0.5], differs: true },
    ]);
    expect(c.metrics.find((m) => m.name === "accuracy")).toMatchObject({ deltas: [0, 0], best: null });
    expect(c.curves[0]!.series.loss?.length).toBeGreaterThan(0);
    expect(runsPage(ctx, view)).toContain('data-run="aaaaaaaaaaaa"');
  });

  test("the runs page is paged, newest first, keeping the model filter", async () => {
    const store = await openReadOnlyStore(root);
    const catalog = new RunCatalog(store, new RunReader(root));
    const first = await runsView(catalog, "iris", { page: 1, perPage: 1 });
    const second = await runsView(catalog, "iris", { page: 2, perPage: 1 });
    expect([first.total, first.pages, first.runs.length]).toEqual([2, 2, 1]);
    expect([...first.runs, ...second.runs].map((r) => r.key).sort()).toEqual([KEY_A, KEY_B]);
    expect(runsPage(ctx, first)).toContain('href="/runs?model=iris&amp;page=2" rel="next"');
    expect(runsPage(ctx, second)).toContain('href="/runs?model=iris&amp;page=1" rel="prev"');
    expect((await runsView(catalog, "iris", { page: 99, perPage: 1 })).page).toBe(2);
  });

  test("an ambiguous or unknown run is one clear error", async () => {
    const catalog = new RunCatalog(undefined, new RunReader(root));
    await expect(catalog.resolve("cccccc")).rejects.toThrow(
      "run cccccc: no stored run has a key starting with it",
    );
    await expect(catalog.resolve("x/y")).rejects.toThrow(/name a run by its key/);
  });

  test("a metrics.json edited in the store is reported, not shown", async () => {
    const reader = new RunReader(root);
    await writeFile(
      join(root, "objects", digestA, "metrics.json"),
      JSON.stringify({ schema: "modelops/metrics@1", metrics: { accuracy: 1 } }),
    );
    const run = await reader.read(KEY_A);
    expect(run?.metrics).toEqual({});
    expect(run?.problem).toMatch(/metrics\.json does not match its sha256/);
  });
});

describe("modelops serve --ui", () => {
  test("mounts the pages under /ui, linking within /ui, and refuses a public host without --ui-token", async () => {
    const { default: Fastify } = await import("fastify");
    const { uiMount } = await import("../../pipelines/ui/mount.ts");
    const app = Fastify();
    await (await uiMount({ registry: root, host: "127.0.0.1" }))(app);
    const url = await app.listen({ host: "127.0.0.1", port: 0 });
    const res = await fetch(`${url}/ui/`);
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).toContain('href="/ui/models/iris"');
    expect(body).toContain('src="/ui/assets/chart.umd.min.js"');
    expect((await fetch(`${url}/ui/assets/chart.umd.min.js`)).status).toBe(200);
    await app.close();
    await expect(uiMount({ registry: root, host: "0.0.0.0" })).rejects.toThrow(
      /--host 0\.0\.0\.0 is reachable beyond this machine: refusing to start without a token \(pass --ui-token T/,
    );
  });
});

describe("the timeline", () => {
  const at = "2026-01-01T00:00:00.000Z";
  test("reads releases, canaries, promotions, rollbacks and aborts from the moves", () => {
    const kinds = timelineOf([
      { at, alias: "production", from: null, to: 1, reason: "release iris/v1" },
      { at, alias: "canary", from: null, to: 2, reason: "release iris/v2 as a canary" },
      {
        at,
        alias: "canary",
        from: 2,
        to: null,
        reason: "canary analysis of iris v2 failed at step 1/3 (25%)",
      },
      { at, alias: "canary", from: null, to: 3, reason: "release iris/v3 as a canary" },
      { at, alias: "production", from: 1, to: 3, reason: "canary analysis of iris v3 passed" },
      { at, alias: "previous", from: null, to: 1, reason: "canary analysis of iris v3 passed" },
      { at, alias: "canary", from: 3, to: null, reason: "promoted to production: canary analysis passed" },
      {
        at,
        alias: "production",
        from: 3,
        to: 1,
        reason: "rollback: abc1234 reverts def5678",
        commit: "a".repeat(40),
      },
    ]).map((e) => e.kind);
    expect(kinds).toEqual(["release", "canary", "abort", "canary", "promote", "canary-promoted", "rollback"]);
  });

  test("an aborted canary shows on the model page with its reason", () => {
    const reason = "canary analysis of iris v2 failed at step 1/3 (25%): error rate 0.2 > 0.01";
    const page = modelPage(ctx, {
      model: "iris",
      versions: [],
      aliases: { production: 1 },
      metricNames: [],
      series: [],
      timeline: timelineOf([{ at, alias: "canary", from: 2, to: null, reason, kind: "abort" }]),
    });
    const item = /<li class="event kind-abort" data-kind="abort">([\s\S]*?)<\/li>/.exec(page)?.[1] ?? "";
    expect(item).toContain("canary aborted");
    expect(item).toContain(`reason: ${reason.replace(">", "&gt;")}`);
  });
});
