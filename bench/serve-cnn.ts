// The Fashion-MNIST CNN served (issue 19): one 28x28 image (784 pixel values, 0-255) per request at 16
// connections, `modelops serve` choosing its engine by measurement (onnxruntime on model.onnx for this CNN,
// see the log line it prints), `modelops serve` held to tfjs (MODELOPS_INFERENCE=tfjs, today's path), and a
// bare node:http server that JSON.parses the same body (bench/serve-bare.ts --parse); rounds interleaved.
//   node --import tsx bench/serve-cnn.ts [--seconds 5] [--rounds 3] [--connections 16]
//     [--only bare,measured,worker,tfjs] [--cpu-prof DIR]   (DIR: a V8 CPU profile of each server process)
//     [--load autocannon|wrk]   (wrk, a Debian package written in C, takes about a fifth of autocannon's CPU
//                                per request from the cores the servers share with it)
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { parse } from "yaml";
import { modelSchema } from "../pipelines/config/schema.ts";
import type { FittedTransform } from "../pipelines/data/types.ts";
import { exportOnnx } from "../pipelines/onnx/index.ts";
import { Registry, sha256Hex } from "../pipelines/registry/index.ts";
import { initBackend } from "../pipelines/train/backend.ts";
import { saveModel } from "../pipelines/train/model-io.ts";
import { buildNetwork } from "../pipelines/train/models/index.ts";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : fallback;
};
const SECONDS = Number(opt("seconds", "5"));
const ROUNDS = Number(opt("rounds", "3"));
const CONNECTIONS = Number(opt("connections", "16"));
const ONLY = opt("only", "bare,measured,worker,tfjs").split(",");
const CPU_PROF = opt("cpu-prof", "");
const LOAD = opt("load", "autocannon");
if (LOAD !== "autocannon" && LOAD !== "wrk") throw new Error(`--load ${LOAD}: use autocannon or wrk`);
const PIXELS = 784;
const TRANSFORM: FittedTransform = {
  schema: "modelops/preprocessing@1",
  task: "classification",
  features: Array.from({ length: PIXELS }, (_, i) => ({
    name: `pixel_${Math.floor(i / 28)}_${i % 28}`,
    scale: { method: "minmax" as const, shift: 0, divide: 255 },
  })),
  target: { name: "label", classes: Array.from({ length: 10 }, (_, i) => String(i)) },
};
const BODY = JSON.stringify({ instances: [Array.from({ length: PIXELS }, (_, i) => (i * 7919) % 256)] });

async function register(dir: string): Promise<string> {
  await initBackend("wasm");
  const yaml = parse(readFileSync(path.join(repo, "examples/fashion-mnist/modelops.yaml"), "utf8"));
  const config = Object.values(yaml.models as Record<string, Record<string, unknown>>)[0]!;
  const spec = modelSchema.parse({
    task: "classification",
    data: { target: "y", train: { format: "csv", path: "x.csv" } },
    model: config.model,
  }).model;
  const model = buildNetwork({
    spec,
    inputWidth: PIXELS,
    sampleShape: [28, 28, 1],
    task: "classification",
    numClasses: 10,
    seed: 42,
  });
  const run = path.join(dir, "run");
  await saveModel(model, path.join(run, "model"));
  const check = { x: Float32Array.from({ length: 64 * PIXELS }, (_, i) => ((i * 7919) % 256) / 255), n: 64 };
  await exportOnnx(model, path.join(run, "model"), check, (l) => console.error(l));
  model.dispose();
  await writeFile(path.join(run, "model", "preprocessing.json"), JSON.stringify(TRANSFORM));
  await writeFile(path.join(run, "metrics.json"), "{}");
  const root = path.join(dir, ".modelops");
  const registry = await Registry.open(root);
  const put = await registry.putArtifact(run);
  const v = await registry.createVersion("fashion", { key: sha256Hex("bench/cnn"), digest: put.digest });
  await registry.promote("fashion", v.version, { reason: "bench" });
  return root;
}

interface Proc {
  child: ChildProcess;
  url: string;
  lines: string[];
}
function start(argv: string[], env: Record<string, string> = {}): Promise<Proc> {
  const prof = CPU_PROF ? ["--cpu-prof", "--cpu-prof-dir", path.resolve(CPU_PROF)] : [];
  const child = spawn(process.execPath, [...prof, "--import", "tsx", ...argv], {
    cwd: repo,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env },
  });
  const lines: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL from ${argv.join(" ")}`)), 120_000);
    const onLine = (d: Buffer) => {
      for (const line of d.toString().split("\n").filter(Boolean)) {
        lines.push(line);
        const url = / at (http:\/\/127\.0\.0\.1:\d+)/.exec(line)?.[1];
        if (url) {
          clearTimeout(timer);
          resolve({ child, url, lines });
        }
      }
    };
    child.stdout!.on("data", onLine);
    child.stderr!.on("data", onLine);
    child.on("exit", (code) => reject(new Error(`${argv.join(" ")} exited ${code}: ${lines.join("\n")}`)));
  });
}
const stop = (p: Proc) =>
  new Promise<void>((r) => {
    p.child.removeAllListeners("exit");
    p.child.once("exit", () => r());
    p.child.kill("SIGTERM");
  });
const cpuSeconds = (pid: number) => {
  const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(f[11]) + Number(f[12])) / 100;
};

interface LoadResult {
  rps: number;
  total: number;
  p50: number;
  p99: number;
  failed: number;
}

async function autocannonLoad(url: string, seconds: number): Promise<LoadResult> {
  const r = await autocannon({
    url,
    connections: CONNECTIONS,
    method: "POST" as const,
    body: BODY,
    headers: { "content-type": "application/json" },
    duration: seconds,
  });
  const failed = r.non2xx + r.errors + r.timeouts;
  return { rps: r.requests.average, total: r.requests.total, p50: r.latency.p50, p99: r.latency.p99, failed };
}

/** wrk with one thread (its event loop in C), the same body and connections; latencies in ms. */
async function wrkLoad(url: string, seconds: number): Promise<LoadResult> {
  const script = path.join(dir, "post.lua");
  const lua = `wrk.method = "POST"\nwrk.body = '${BODY}'\nwrk.headers["Content-Type"] = "application/json"\n`;
  await writeFile(script, lua);
  const argv = ["-t1", `-c${CONNECTIONS}`, `-d${seconds}s`, "--latency", "-s", script, url];
  const out = await new Promise<string>((resolve, reject) =>
    execFile("wrk", argv, (err, stdout) => {
      if ((err as NodeJS.ErrnoException | null)?.code === "ENOENT") {
        reject(new Error("--load wrk: wrk is not installed (apt-get install wrk), or use --load autocannon"));
      } else if (err) reject(err);
      else resolve(stdout);
    }),
  );
  const ms = (label: string) => {
    const m = new RegExp(`^\\s*${label}%\\s+([\\d.]+)(us|ms|s)$`, "m").exec(out);
    if (!m) throw new Error(`wrk printed no ${label}% latency:\n${out}`);
    return Number(m[1]) * ({ us: 1e-3, ms: 1, s: 1e3 } as Record<string, number>)[m[2]!]!;
  };
  const num = (re: RegExp) => Number(re.exec(out)?.[1] ?? 0);
  const total = num(/(\d+) requests in/);
  const failed = num(/Non-2xx or 3xx responses: (\d+)/) + num(/Socket errors: connect (\d+)/);
  return { rps: num(/Requests\/sec:\s+([\d.]+)/), total, p50: ms("50"), p99: ms("99"), failed };
}

const generate = LOAD === "wrk" ? wrkLoad : autocannonLoad;

async function load(p: Proc, url: string) {
  await generate(url, 1);
  const cpu0 = cpuSeconds(p.child.pid!);
  const r = await generate(url, SECONDS);
  const metrics = url.includes("/v1/") ? await (await fetch(`${p.url}/metrics`)).text() : "";
  const sum = (name: string) =>
    [...metrics.matchAll(new RegExp(`^${name}\\{[^}]*\\} (\\S+)$`, "gm"))].reduce(
      (a, m) => a + Number(m[1]),
      0,
    );
  return {
    rps: r.rps,
    meanBatch: metrics ? sum("modelops_batch_size_sum") / Math.max(1, sum("modelops_batch_size_count")) : 1,
    p50: r.p50,
    p99: r.p99,
    failed: r.failed,
    cpuUsPerRequest: ((cpuSeconds(p.child.pid!) - cpu0) * 1e6) / Math.max(1, r.total),
  };
}

const dir = await mkdtemp(path.join(tmpdir(), "modelops-bench-serve-cnn-"));
const root = await register(dir);
const serveArgs = ["bot/cli/modelops.js", "serve", "--registry", root, "--port", "0", "--backend", "wasm"];
const allTargets: Record<string, () => Promise<Proc>> = {
  bare: () => start(["bench/serve-bare.ts", "--parse"]),
  measured: () => start(serveArgs),
  // the measured engine with onnxruntime's batches on a worker thread (MODELOPS_ONNX_WORKER=on)
  worker: () => start(serveArgs, { MODELOPS_ONNX_WORKER: "on" }),
  tfjs: () => start(serveArgs, { MODELOPS_INFERENCE: "tfjs" }),
};
const targets = Object.fromEntries(Object.entries(allTargets).filter(([k]) => ONLY.includes(k)));
const results: Record<string, Array<Awaited<ReturnType<typeof load>>>> = Object.fromEntries(
  Object.keys(targets).map((k) => [k, []]),
);
const choice: Record<string, string> = {};
const load0 = loadavg()[0]!;
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, startIt] of Object.entries(targets)) {
    const p = await startIt();
    try {
      if (name !== "bare") {
        const deadline = Date.now() + 60_000;
        while (!p.lines.some((l) => l.includes("inference on")) && Date.now() < deadline)
          await new Promise((r) => setTimeout(r, 50));
        choice[name] = p.lines.find((l) => l.includes("inference on")) ?? "?";
      }
      const r = await load(p, name === "bare" ? p.url : `${p.url}/v1/models/fashion:predict`);
      results[name]!.push(r);
      console.error(
        `round ${round + 1} ${name.padEnd(11)} ${r.rps.toFixed(0).padStart(6)} req/s p50 ${r.p50} ms p99 ${r.p99} ms, ${r.cpuUsPerRequest.toFixed(0)} µs CPU/request, batch ${r.meanBatch.toFixed(1)}, ${r.failed} failed`,
      );
    } finally {
      await stop(p);
    }
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const summary = Object.fromEntries(
  Object.entries(results)
    .filter(([, rs]) => rs.length > 0)
    .map(([k, rs]) => [
      k,
      {
        rps: Math.round(median(rs.map((r) => r.rps))),
        p50: median(rs.map((r) => r.p50)),
        p99: median(rs.map((r) => r.p99)),
        cpuUsPerRequest: Math.round(median(rs.map((r) => r.cpuUsPerRequest))),
        meanBatch: Number(median(rs.map((r) => r.meanBatch)).toFixed(1)),
        failed: rs.reduce((a, r) => a + r.failed, 0),
      },
    ]),
);
const ratio = (a?: number, b?: number) =>
  a === undefined || b === undefined ? undefined : Number((a / b).toFixed(3));
console.log(
  JSON.stringify({
    bench: "serve-cnn",
    connections: CONNECTIONS,
    load: LOAD,
    seconds: SECONDS,
    rounds: ROUNDS,
    machine: `${cpus().length} x ${cpus()[0]?.model ?? "?"}, Node ${process.version}, load average ${load0.toFixed(1)} -> ${loadavg()[0]!.toFixed(1)}`,
    ...summary,
    measured_vs_bare: ratio(summary.measured?.rps, summary.bare?.rps),
    worker_vs_bare: ratio(summary.worker?.rps, summary.bare?.rps),
    tfjs_vs_bare: ratio(summary.tfjs?.rps, summary.bare?.rps),
    choice,
  }),
);
await rm(dir, { recursive: true, force: true });
