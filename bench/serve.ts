// The model server under load, against a bare node:http server measured in the same run (issue 6):
//   - req/s, p50 and p99 at 50 connections, one iris row per request, for the modelops server with dynamic
//     batching, without it, and the bare reference; rounds interleaved (bare, batched, unbatched, ...) so a
//     noisy machine shifts all three alike; medians reported, and each server's CPU time per request.
//   - failed requests while production is swapped 20 times under that load.
//   node --import tsx bench/serve.ts [--seconds 5] [--rounds 3] [--connections 50] [--swaps 20] [--backend auto]
//                                    [--pin]
// Each server runs in its own process (`modelops serve`, the command users run); autocannon runs here.
// --pin puts this process (autocannon) on CPU 0 and every server on CPU 1 (taskset), for both alike.
// BENCH_CPU_PROF=DIR writes a V8 CPU profile of each server process into DIR; each server's engine line is printed.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import type { FittedTransform } from "../pipelines/data/types.ts";
import { Registry, sha256Hex } from "../pipelines/registry/index.ts";
import { initBackend } from "../pipelines/train/backend.ts";
import { saveModel } from "../pipelines/train/model-io.ts";
import * as tf from "../pipelines/train/tf.ts";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : fallback;
};
const SECONDS = Number(opt("seconds", "5"));
const ROUNDS = Number(opt("rounds", "3"));
const CONNECTIONS = Number(opt("connections", "50"));
const SWAPS = Number(opt("swaps", "20"));
const BACKEND = opt("backend", "auto");
const PIN = args.includes("--pin");

const IRIS: FittedTransform = {
  schema: "modelops/preprocessing@1",
  task: "classification",
  features: [
    { name: "sepal_length", scale: { method: "standard", shift: 5.84, divide: 0.83 } },
    { name: "sepal_width", scale: { method: "standard", shift: 3.05, divide: 0.43 } },
    { name: "petal_length", scale: { method: "standard", shift: 3.76, divide: 1.76 } },
    { name: "petal_width", scale: { method: "standard", shift: 1.2, divide: 0.76 } },
  ],
  target: { name: "species", classes: ["setosa", "versicolor", "virginica"] },
};
const BODY = JSON.stringify({
  instances: [{ sepal_length: 6.1, sepal_width: 2.8, petal_length: 4.7, petal_width: 1.2 }],
});

/** The iris MLP of examples/iris (4 -> 16 -> 16 -> 3), seeded, stored and registered as version `seed`. */
async function addVersion(registry: Registry, dir: string, seed: number): Promise<number> {
  const model = tf.sequential();
  model.add(
    tf.layers.dense({
      inputShape: [4],
      units: 16,
      activation: "relu",
      kernelInitializer: tf.initializers.heNormal({ seed }),
    }),
  );
  model.add(
    tf.layers.dense({ units: 16, activation: "relu", kernelInitializer: tf.initializers.heNormal({ seed }) }),
  );
  model.add(
    tf.layers.dense({
      units: 3,
      activation: "softmax",
      kernelInitializer: tf.initializers.glorotUniform({ seed }),
    }),
  );
  const run = path.join(dir, `run-${seed}`);
  await saveModel(model, path.join(run, "model"));
  model.dispose();
  await writeFile(path.join(run, "model", "preprocessing.json"), JSON.stringify(IRIS));
  await writeFile(path.join(run, "metrics.json"), "{}");
  const put = await registry.putArtifact(run);
  const v = await registry.createVersion("iris", { key: sha256Hex(`bench/${seed}`), digest: put.digest });
  return v.version;
}

interface Proc {
  child: ChildProcess;
  url: string;
  lines: string[];
  stop(): Promise<void>;
}

/** Starts a server process and waits for the URL it prints. */
function start(argv: string[]): Promise<Proc> {
  const prof = process.env.BENCH_CPU_PROF ? ["--cpu-prof", "--cpu-prof-dir", process.env.BENCH_CPU_PROF] : [];
  const node = [process.execPath, ...prof, "--import", "tsx", ...argv];
  const [cmd, ...rest] = PIN ? ["taskset", "-c", "1", ...node] : node;
  const child = spawn(cmd!, rest, { cwd: repo, stdio: ["ignore", "pipe", "pipe"] });
  const lines: string[] = [];
  let err = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL from ${argv.join(" ")}: ${err}`)), 60_000);
    child.stderr!.on("data", (d: Buffer) => {
      err += d.toString();
    });
    child.stdout!.on("data", (d: Buffer) => {
      for (const line of d.toString().split("\n")) {
        if (!line) continue;
        lines.push(line);
        const url = / at (http:\/\/127\.0\.0\.1:\d+)/.exec(line)?.[1];
        if (url) {
          clearTimeout(timer);
          resolve({
            child,
            url,
            lines,
            stop: () =>
              new Promise<void>((r) => {
                child.once("exit", () => r());
                child.kill("SIGTERM");
              }),
          });
        }
      }
    });
    child.on("exit", (code) => reject(new Error(`${argv.join(" ")} exited ${code}: ${err}`)));
  });
}

/** CPU seconds (user + system) a process has used, from /proc (Linux). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

interface Load {
  rps: number;
  p50: number;
  p99: number;
  total: number;
  failed: number;
  cpuUsPerRequest: number;
}

async function load(proc: Proc, url: string, seconds: number): Promise<Load> {
  const base = {
    url,
    connections: CONNECTIONS,
    method: "POST" as const,
    body: BODY,
    headers: { "content-type": "application/json" },
  };
  await autocannon({ ...base, duration: 1 }); // warm-up: connections, JIT, first batches
  const cpu0 = cpuSeconds(proc.child.pid!);
  const r = await autocannon({ ...base, duration: seconds });
  const cpu = cpuSeconds(proc.child.pid!) - cpu0;
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    total: r.requests.total,
    failed: r.non2xx + r.errors + r.timeouts,
    cpuUsPerRequest: (cpu * 1e6) / Math.max(1, r.requests.total),
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function main(): Promise<void> {
  if (PIN) spawnSync("taskset", ["-cp", "0", String(process.pid)], { stdio: "ignore" });
  await initBackend("cpu");
  const dir = await mkdtemp(path.join(tmpdir(), "modelops-bench-serve-"));
  const root = path.join(dir, ".modelops");
  const registry = await Registry.open(root);
  const versions = [await addVersion(registry, dir, 1), await addVersion(registry, dir, 2)];
  versions.push(await addVersion(registry, dir, 3));
  await registry.promote("iris", versions[0]!, { reason: "bench" });

  const cli = "bot/cli/modelops.js";
  const serveArgs = [cli, "serve", "--registry", root, "--port", "0", "--backend", BACKEND, "--poll", "50"];
  const targets = {
    bare: () => start(["bench/serve-bare.ts"]),
    batched: () => start(serveArgs),
    unbatched: () => start([...serveArgs, "--max-batch-size", "1"]),
  };
  const predictUrl = (p: Proc, name: string) => (name === "bare" ? p.url : `${p.url}/v1/models/iris:predict`);
  const results: Record<string, Load[]> = { bare: [], batched: [], unbatched: [] };
  const load0 = loadavg()[0]!;
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, startIt] of Object.entries(targets)) {
      const proc = await startIt();
      try {
        const r = await load(proc, predictUrl(proc, name), SECONDS);
        results[name]!.push(r);
        const engine = proc.lines.filter((l) => /inference on|serving on/.test(l)).join("; ");
        if (engine) console.error(`round ${round + 1} ${name}: ${engine}`);
        console.error(
          `round ${round + 1} ${name.padEnd(9)} ${r.rps.toFixed(0).padStart(6)} req/s p50 ${r.p50} ms p99 ${r.p99} ms, ${r.cpuUsPerRequest.toFixed(1)} µs CPU/request, ${r.failed} failed`,
        );
      } finally {
        await proc.stop();
      }
    }
  }

  // 20 hot swaps under the same load: production moves v1 -> v2 -> v3 -> v1 ..., each a new load (the previous
  // label keeps one version warm, so cycling three versions makes every swap load, warm and dispose one).
  const server = await targets.batched();
  let swapFailures = 0;
  let swapRequests = 0;
  let swapSeconds = 0;
  try {
    const started = performance.now();
    const running = autocannon({
      url: `${server.url}/v1/models/iris:predict`,
      connections: CONNECTIONS,
      method: "POST",
      body: BODY,
      headers: { "content-type": "application/json" },
      duration: 600,
    }) as unknown as Promise<autocannon.Result> & { stop(): void };
    await new Promise((r) => setTimeout(r, 1000));
    let current = versions[0]!;
    for (let i = 0; i < SWAPS; i++) {
      const next = versions[(versions.indexOf(current) + 1) % versions.length]!;
      await registry.promote("iris", next, { reason: `bench swap ${i + 1}` });
      const deadline = Date.now() + 30_000;
      while (
        !server.lines.some(
          (l) => l.startsWith(`serving iris v${next} (production)`) && l.includes(`(was v${current})`),
        )
      ) {
        if (Date.now() > deadline)
          throw new Error(`swap ${i + 1} to v${next} not seen: ${server.lines.slice(-3)}`);
        await new Promise((r) => setTimeout(r, 10));
      }
      server.lines.length = 0;
      current = next;
      await new Promise((r) => setTimeout(r, 200));
    }
    await new Promise((r) => setTimeout(r, 500));
    running.stop();
    const r = await running;
    swapSeconds = (performance.now() - started) / 1000;
    swapFailures = r.non2xx + r.errors + r.timeouts;
    swapRequests = r.requests.total;
  } finally {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }

  const summary = (name: string) => {
    const rs = results[name]!;
    return {
      rps: Math.round(median(rs.map((r) => r.rps))),
      p50_ms: median(rs.map((r) => r.p50)),
      p99_ms: median(rs.map((r) => r.p99)),
      cpu_us_per_request: Number(median(rs.map((r) => r.cpuUsPerRequest)).toFixed(1)),
      failed: rs.reduce((a, r) => a + r.failed, 0),
    };
  };
  const bare = summary("bare");
  const batched = summary("batched");
  const unbatched = summary("unbatched");
  const ratio = (name: string) =>
    Number(median(results[name]!.map((r, i) => r.rps / results.bare![i]!.rps)).toFixed(2));
  console.log(
    JSON.stringify(
      {
        bench: "serve",
        machine: `${cpus().length} x ${cpus()[0]?.model ?? "?"}, Node ${process.version}, load average ${load0.toFixed(1)} -> ${loadavg()[0]!.toFixed(1)}${PIN ? ", autocannon on CPU 0, servers on CPU 1" : ""}`,
        backend: BACKEND,
        connections: CONNECTIONS,
        seconds: SECONDS,
        rounds: ROUNDS,
        bare,
        batched: { ...batched, ratio_to_bare: ratio("batched") },
        unbatched: { ...unbatched, ratio_to_bare: ratio("unbatched") },
        swaps: {
          swaps: SWAPS,
          requests: swapRequests,
          failed: swapFailures,
          seconds: Number(swapSeconds.toFixed(1)),
        },
      },
      null,
      2,
    ),
  );
}

await main();
