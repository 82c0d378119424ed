// Page load of `modelops ui` over a generated registry of 1,000 runs and 200 versions (one model with 200
// versions and their alias history; 800 more runs never released, over two models). Target: under 1 s.
//   npx tsx bench/ui.ts   (needs Debian's chromium: test/support/system-deps.sh)
// `modelops ui` reads every stored run once at start (timed apart); then, for each page: the server's
// answer (request to last byte, first request and median of 5), and the full
// load in headless Chromium (navigation to the load event, charts drawn). Reference, same run: the same
// HTML served as a static string by a bare fastify route and loaded by the same browser, i.e. what any
// page of that size costs before modelops reads a file.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import Fastify from "fastify";
import { chromium } from "playwright-core";
import { Registry } from "../pipelines/registry/index.ts";
import { openCatalog } from "../pipelines/runs/open.ts";
import { startUi } from "../pipelines/ui/server.ts";

const RUNS = 1000;
const VERSIONS = 200;
const MODELS = ["bench", "bench-b"];
const EPOCHS = 30;

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

async function generate(root: string): Promise<void> {
  const reg = await Registry.open(root);
  const random = rng(7);
  const work = join(root, "..", "work");
  for (let i = 0; i < RUNS; i++) {
    const model = i < VERSIONS ? MODELS[0]! : MODELS[i % 2]!;
    const key = (i + 1).toString(16).padStart(64, "0");
    const lr = [0.001, 0.003, 0.01, 0.03][i % 4]!;
    const dense = [[16], [32], [16, 16], [64, 32]][Math.floor(i / 4) % 4]!;
    const dir = join(work, String(i));
    await mkdir(dir, { recursive: true });
    const acc = 0.85 + 0.1 * random();
    const epochs = Array.from({ length: EPOCHS }, (_, e) => ({
      epoch: e + 1,
      loss: 1 / (e + 2) + 0.05 * random(),
      val_loss: 1.1 / (e + 2) + 0.08 * random(),
      accuracy: acc * (1 - Math.exp(-(e + 1) / 5)),
    }));
    await writeFile(join(dir, "key"), `${key}\n`);
    await writeFile(
      join(dir, "metrics.json"),
      JSON.stringify({
        schema: "modelops/metrics@1",
        model,
        task: "classification",
        key,
        backend: "wasm",
        metrics: {
          accuracy: acc,
          f1_macro: acc - 0.01,
          log_loss: 0.2 + 0.2 * random(),
          latency_p95_ms: 1 + random(),
        },
        rows: { train: 102, validation: 18, test: 30 },
        createdAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
      }),
    );
    await writeFile(
      join(dir, "history.json"),
      JSON.stringify({
        schema: "modelops/history@1",
        backend: "wasm",
        epochs,
        stoppedEarly: false,
        bestEpoch: EPOCHS,
        seconds: 1,
      }),
    );
    await writeFile(
      join(dir, "params.json"),
      JSON.stringify({
        schema: "modelops/params@1",
        model,
        params: {
          task: "classification",
          model: { architecture: "mlp", dense },
          train: { learningRate: lr, epochs: EPOCHS, seed: 42 },
        },
      }),
    );
    const { digest } = await reg.putArtifact(dir);
    await reg.recordKey(key, digest, model);
    if (i < VERSIONS) {
      const v = await reg.createVersion(model, {
        key,
        digest,
        commit: key.slice(24),
        metrics: { accuracy: acc, f1_macro: acc - 0.01 },
      });
      await reg.setAlias(model, "production", v.version, {
        reason: `release ${model}/v${v.version}`,
        actor: "bench",
        commit: key.slice(24),
      });
      if (v.version % 20 === 0)
        await reg.rollback(model, {
          reason: `rollback: revert of ${model}/v${v.version}`,
          actor: "bench",
          commit: key.slice(0, 40),
        });
    }
  }
  await rm(work, { recursive: true, force: true });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function serverTimes(url: string): Promise<{ first: number; median: number; bytes: number }> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 6; i++) {
    const t = performance.now();
    const body = await (await fetch(url)).text();
    times.push(performance.now() - t);
    bytes = body.length;
  }
  return { first: times[0]!, median: median(times.slice(1)), bytes };
}

async function main() {
  const dir = await mkdtemp(join(tmpdir(), "modelops-bench-ui-"));
  const root = join(dir, ".modelops");
  const genStart = performance.now();
  await generate(root);
  const genSeconds = (performance.now() - genStart) / 1000;
  const catalog = await openCatalog(root);
  // What `modelops ui` does at start: read every stored run once (then only keys/ changes are reread).
  const readStart = performance.now();
  await catalog.list();
  const readMs = performance.now() - readStart;
  const ui = await startUi({ store: catalog.store!, catalog, port: 0 });
  const pages = [
    ["runs (1,000 runs, first page of 10)", "/runs"],
    ["runs, last page", "/runs?page=10"],
    ["runs of one model (500 runs)", `/runs?model=${MODELS[1]}`],
    ["model (200 versions)", `/models/${MODELS[0]}`],
    ["models", "/"],
    ["compare (2 runs)", `/compare?run=${MODELS[0]}/v1&run=${MODELS[0]}/v2`],
  ] as const;
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  const page = await browser.newPage();
  const load = async (url: string) => {
    const times: number[] = [];
    for (let i = 0; i < 4; i++) {
      await page.goto(url, { waitUntil: "load" });
      times.push(
        await page.evaluate(() => {
          // biome-ignore lint/suspicious/noExplicitAny: the page's performance API
          const nav = (globalThis as any).performance.getEntriesByType("navigation")[0];
          return nav.loadEventEnd - nav.startTime;
        }),
      );
    }
    return { first: times[0]!, median: median(times.slice(1)) };
  };
  const rows: string[] = [];
  for (const [name, path] of pages) {
    const server = await serverTimes(`${ui.url}${path}`);
    const browserLoad = await load(`${ui.url}${path}`);
    // Reference: the same bytes as a static string from a bare fastify route.
    const html = await (await fetch(`${ui.url}${path}`)).text();
    const bare = Fastify();
    bare.get("/page", async (_r, reply) =>
      reply.type("text/html").send(html.replace(/<script src="[^"]*"><\/script>/g, "")),
    );
    const bareUrl = await bare.listen({ port: 0, host: "127.0.0.1" });
    const refServer = await serverTimes(`${bareUrl}/page`);
    const refLoad = await load(`${bareUrl}/page`);
    await bare.close();
    rows.push(
      `| ${name} | ${(server.bytes / 1024).toFixed(0)} KiB | ${server.first.toFixed(0)} ms | ${server.median.toFixed(0)} ms | ${browserLoad.first.toFixed(0)} ms | ${browserLoad.median.toFixed(0)} ms | ${refServer.median.toFixed(0)} ms / ${refLoad.median.toFixed(0)} ms |`,
    );
  }
  await browser.close();
  await ui.close();
  await rm(dir, { recursive: true, force: true });
  console.log(
    `registry: ${RUNS} runs, ${VERSIONS} versions of ${MODELS[0]} (generated in ${genSeconds.toFixed(1)} s); reading every run once at start: ${readMs.toFixed(0)} ms`,
  );
  console.log(
    `machine: ${cpus().length} x ${cpus()[0]?.model ?? "?"}, Node ${process.versions.node}, load ${loadavg()
      .map((x) => x.toFixed(1))
      .join(" ")}`,
  );
  console.log(
    "| page | HTML | server, first | server, median of 5 | Chromium load, first | Chromium load, median of 3 | reference: static HTML, server / Chromium |",
  );
  console.log("| --- | --- | --- | --- | --- | --- | --- |");
  for (const r of rows) console.log(r);
}

await main();
