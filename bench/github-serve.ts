// Following the github store (issue 13): what a model server replica costs GitHub, and how soon a revert is
// served. Against the GitHub simulator (pipelines/demo/github-sim), which counts every request it receives.
//   - API requests per replica-hour at the default poll interval: N polls of the server's own poll loop
//     (Deployments.sync + its deployment-status reports over the github store), counted by the simulator and
//     split into 304s (conditional requests GitHub does not count against the rate limit) and the rest; idle,
//     and with one release in the hour; scaled to 3600 s / interval. Same-run reference: the same polls
//     without conditional requests (a fresh store each poll, so no ETag to send).
//   - time from the revert (the rollback deployment written) to v1 answering, on a real `modelops serve`
//     child process, at the default interval and at 1 s; the reverts land evenly over the poll cycle (a push
//     comes at any moment); same-run reference: the fs store at 1 s.
//   node --import tsx bench/github-serve.ts [--polls 200] [--trials 5] [--intervals 30000,1000]
import { type ChildProcess, spawn } from "node:child_process";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type RegistryWorld, startRegistryWorld } from "../pipelines/demo/github-sim/registry-world.ts";
import type { GitHubStore } from "../pipelines/registry/github-store.ts";
import { Registry, sha256Hex } from "../pipelines/registry/index.ts";
import { Deployments } from "../pipelines/serve/deployments.ts";
import { createMetrics } from "../pipelines/serve/metrics.ts";
import { DEFAULT_POLICY } from "../pipelines/serve/policy.ts";
import { registrySource } from "../pipelines/serve/registry-source.ts";
import { ServingReporter } from "../pipelines/serve/reporter.ts";
import { DEFAULT_GITHUB_POLL_MS } from "../pipelines/serve/server.ts";
import { initBackend } from "../pipelines/train/backend.ts";
import { IRIS, IRIS_ROWS, runFiles, writeRun } from "../test/serve/fixture.ts";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : fallback;
};
const POLLS = Number(opt("polls", "200"));
const TRIALS = Number(opt("trials", "5"));
const INTERVALS = opt("intervals", `${DEFAULT_GITHUB_POLL_MS},1000`).split(",").map(Number);

const files = new Map<number, Record<string, Buffer>>();

/**
 * A revert lands at any moment of the server's poll cycle, not right after a poll: trial t of n waits
 * (t + 0.5) / n of the interval after the server last changed, so the trials cover the cycle evenly and their
 * mean is the expected latency of a push at a random moment.
 */
const phase = (t: number) => (t + 0.5) / TRIALS;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function release(writer: GitHubStore, w: RegistryWorld, seed: number): Promise<number> {
  const v = await writer.createVersion("iris", {
    key: sha256Hex(`iris inputs ${seed}`),
    digest: "",
    commit: w.repo.defaultHead.sha,
    files: new Map(Object.entries(files.get(seed)!)),
  });
  await writer.setAlias("iris", "production", v.version, { reason: `release v${v.version}` });
  return v.version;
}

/** What the simulator received since `from`: all requests, and those it answered 304. */
function counted(w: RegistryWorld, from: { requests: number; notModified: number }) {
  return {
    requests: w.sim.requests.length - from.requests,
    notModified: w.sim.notModified - from.notModified,
  };
}
const mark = (w: RegistryWorld) => ({ requests: w.sim.requests.length, notModified: w.sim.notModified });

async function requestCost(): Promise<void> {
  const w = await startRegistryWorld();
  try {
    const writer = await w.store({ writer: true });
    await release(writer, w, 1);
    const source = registrySource(await w.store());
    const reporter = new ServingReporter(source, () => {});
    reporter.start("http://replica-a:8501", "replica-a");
    const d = new Deployments(
      source,
      createMetrics(function* () {}),
      {
        log: () => {},
        serving: () => {},
        status: (model, alias, version, state, description) =>
          reporter.report(model, alias, version, state, description),
      },
      { defaultLabel: "production", policyFor: () => ({ ...DEFAULT_POLICY }) },
    );
    const poll = async () => {
      await d.sync();
      await reporter.flush();
    };
    // the first read (v1 loaded and reported), then polls until the store is quiet again (the reports
    // themselves change the deployments list once)
    await poll();
    for (let i = 0; i < 5; i++) await poll();
    let m = mark(w);
    for (let i = 0; i < POLLS; i++) await poll();
    const idle = counted(w, m);
    await release(writer, w, 2);
    m = mark(w);
    for (let i = 0; i < POLLS; i++) await poll();
    const withRelease = counted(w, m);
    await d.close();
    // reference: the same polls with no ETag to send (a fresh store each poll)
    m = mark(w);
    for (let i = 0; i < POLLS; i++) await (await w.store()).revision();
    const unconditional = counted(w, m);

    const perHour = (n: number, ms: number) => (n / POLLS) * (3_600_000 / ms);
    const releaseExtra = {
      requests: withRelease.requests - idle.requests,
      notModified: withRelease.notModified - idle.notModified,
    };
    console.log(`simulator counts, ${POLLS} polls each:`);
    console.log(`  idle:        ${idle.requests} requests, ${idle.notModified} of them 304`);
    console.log(
      `  one release: ${withRelease.requests} requests, ${withRelease.notModified} of them 304 (the release: +${releaseExtra.requests}, ${releaseExtra.requests - releaseExtra.notModified} counted)`,
    );
    console.log(
      `  reference, no If-None-Match: ${unconditional.requests} requests, ${unconditional.notModified} of them 304`,
    );
    for (const ms of INTERVALS) {
      const idleAll = perHour(idle.requests, ms);
      const idleCounted = perHour(idle.requests - idle.notModified, ms);
      const refCounted = perHour(unconditional.requests - unconditional.notModified, ms);
      console.log(
        `per replica-hour at ${ms / 1000} s: idle ${idleAll.toFixed(0)} requests (${idleCounted.toFixed(0)} count against the rate limit); with one release ${(idleAll + releaseExtra.requests).toFixed(0)} (${(idleCounted + releaseExtra.requests - releaseExtra.notModified).toFixed(0)} counted); without conditional requests ${refCounted.toFixed(0)} counted`,
      );
    }
  } finally {
    await w.close();
  }
}

interface Child {
  child: ChildProcess;
  url: string;
  output(): string;
}

async function startServer(
  registry: string,
  env: NodeJS.ProcessEnv,
  pollMs: number,
  cache: string,
): Promise<Child> {
  const child = spawn(
    process.execPath,
    [
      path.join(repo, "bot/cli/modelops.js"),
      "serve",
      "--registry",
      registry,
      "--port",
      "0",
      "--backend",
      "cpu",
      "--poll-interval",
      `${pollMs}ms`,
      "--cache",
      cache,
    ],
    { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout!.on("data", (d: Buffer) => {
    output += d.toString();
  });
  child.stderr!.on("data", (d: Buffer) => {
    output += d.toString();
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    const url = /serving iris v\d+ \(production\) at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
    if (url) return { child, url, output: () => output };
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function served(url: string): Promise<number> {
  const res = await fetch(`${url}/v1/models/iris:predict`, {
    method: "POST",
    body: JSON.stringify({ instances: IRIS_ROWS }),
  });
  await res.arrayBuffer();
  return Number(res.headers.get("x-model-version"));
}

async function waitServed(url: string, version: number): Promise<number> {
  const t0 = performance.now();
  while ((await served(url)) !== version) await new Promise((r) => setTimeout(r, 10));
  return performance.now() - t0;
}

const stop = async (c: Child) => {
  const exited = new Promise((r) => c.child.once("exit", r));
  c.child.kill("SIGTERM");
  await exited;
};

const summary = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  return `mean ${sec(mean)}, min ${sec(s[0]!)}, max ${sec(s.at(-1)!)} (${s.length} trials over the poll cycle)`;
};

/** Revert -> v1 answering: rollback written, then predictions polled every 10 ms until v1 answers. */
async function revertTime(pollMs: number): Promise<string> {
  const w = await startRegistryWorld();
  try {
    const writer = await w.store({ writer: true });
    await release(writer, w, 1);
    await release(writer, w, 2);
    const server = await startServer("github:acme/models", w.readerEnv, pollMs, path.join(w.dir, "cache"));
    const times: number[] = [];
    try {
      await waitServed(server.url, 2);
      for (let t = 0; t < TRIALS; t++) {
        await sleep(phase(t) * pollMs);
        const t0 = performance.now();
        await writer.setAlias("iris", "production", 1, { reason: "Revert" });
        const written = performance.now() - t0;
        times.push(written + (await waitServed(server.url, 1)));
        await writer.setAlias("iris", "production", 2, { reason: "release again" });
        await waitServed(server.url, 2);
      }
    } finally {
      await stop(server);
    }
    return summary(times);
  } finally {
    await w.close();
  }
}

async function revertTimeFs(pollMs: number): Promise<string> {
  const w = await startRegistryWorld(); // only for its scratch folder
  try {
    const root = path.join(w.dir, "fs-registry", ".modelops");
    const registry = await Registry.open(root);
    for (const seed of [1, 2]) {
      const { run } = await writeRun(path.join(w.dir, `fs-${seed}`), IRIS, seed, IRIS_ROWS);
      const put = await registry.putArtifact(run);
      const v = await registry.createVersion("iris", { key: sha256Hex(`iris ${seed}`), digest: put.digest });
      await registry.promote("iris", v.version, { reason: "bench" });
    }
    const server = await startServer(root, {}, pollMs, path.join(w.dir, "cache"));
    const times: number[] = [];
    try {
      await waitServed(server.url, 2);
      for (let t = 0; t < TRIALS; t++) {
        await sleep(phase(t) * pollMs);
        const t0 = performance.now();
        await registry.setAlias("iris", "production", 1, { reason: "Revert" });
        times.push(performance.now() - t0 + (await waitServed(server.url, 1)));
        await registry.setAlias("iris", "production", 2, { reason: "again" });
        await waitServed(server.url, 2);
      }
    } finally {
      await stop(server);
    }
    return summary(times);
  } finally {
    await w.close();
  }
}

async function main(): Promise<void> {
  console.log(
    `machine: ${cpus().length} x ${cpus()[0]?.model ?? "?"}, node ${process.version}, load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  await initBackend("cpu");
  const scratch = await startRegistryWorld();
  for (const seed of [1, 2]) {
    const { run } = await writeRun(path.join(scratch.dir, `runs-${seed}`), IRIS, seed, IRIS_ROWS);
    files.set(seed, await runFiles(run));
  }
  await scratch.close();
  await requestCost();
  for (const ms of INTERVALS)
    console.log(`revert -> v1 served, github store, poll ${ms / 1000} s: ${await revertTime(ms)}`);
  console.log(`revert -> v1 served, fs store (reference), poll 1 s: ${await revertTimeFs(1000)}`);
}

await main();
