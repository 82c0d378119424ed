// A real Prometheus (Debian's package) on loopback for the monitoring tests: config and TSDB in a temp dir,
// a free port, ready when /-/ready answers 200. Failing to start is an error with Prometheus's own words.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

export const PROMETHEUS = "/usr/bin/prometheus";
export const PROMTOOL = "/usr/bin/promtool";

const exec = promisify(execFile);

/** Runs promtool; resolves to its output, rejects with its output when it exits non-zero. */
export async function promtool(args: string[], opts: { cwd?: string; input?: string } = {}): Promise<string> {
  if (opts.input !== undefined) {
    return new Promise((resolve, reject) => {
      const child = spawn(PROMTOOL, args, { cwd: opts.cwd });
      let out = "";
      child.stdout.on("data", (d) => (out += d));
      child.stderr.on("data", (d) => (out += d));
      child.on("error", (e) =>
        reject(new Error(`cannot run ${PROMTOOL}: ${e.message} (apt-get install prometheus)`)),
      );
      child.on("close", (code) =>
        code === 0 ? resolve(out) : reject(new Error(`promtool ${args.join(" ")}: ${out}`)),
      );
      child.stdin.end(opts.input);
    });
  }
  try {
    const { stdout, stderr } = await exec(PROMTOOL, args, { cwd: opts.cwd });
    return stdout + stderr;
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`promtool ${args.join(" ")}: ${e.stdout ?? ""}${e.stderr ?? e.message}`);
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface RunningPrometheus {
  url: string;
  dir: string;
  stop(): Promise<void>;
}

/** Starts Prometheus scraping `targets` (host:port) every `scrapeMs`, with `rules` (file text) loaded. */
export async function startPrometheus(opts: {
  targets: string[];
  scrapeMs?: number;
  rules?: string;
}): Promise<RunningPrometheus> {
  const dir = await mkdtemp(path.join(tmpdir(), "modelops-prom-"));
  const scrape = `${opts.scrapeMs ?? 500}ms`;
  const config = [
    "global:",
    `  scrape_interval: ${scrape}`,
    `  evaluation_interval: ${scrape}`,
    ...(opts.rules ? ["rule_files: [rules.yml]"] : []),
    "scrape_configs:",
    "  - job_name: modelops",
    `    scrape_interval: ${scrape}`,
    `    scrape_timeout: ${scrape}`,
    `    static_configs: [{ targets: [${opts.targets.map((t) => `"${t}"`).join(", ")}] }]`,
    "",
  ].join("\n");
  await writeFile(path.join(dir, "prometheus.yml"), config);
  if (opts.rules) await writeFile(path.join(dir, "rules.yml"), opts.rules);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let log = "";
  let exited: string | undefined;
  const child: ChildProcess = spawn(
    PROMETHEUS,
    [
      `--config.file=${path.join(dir, "prometheus.yml")}`,
      `--storage.tsdb.path=${path.join(dir, "data")}`,
      `--web.listen-address=127.0.0.1:${port}`,
      "--web.enable-lifecycle",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  child.stdout!.on("data", (d) => (log = (log + d).slice(-4000)));
  child.stderr!.on("data", (d) => (log = (log + d).slice(-4000)));
  child.on("error", (e) => (exited = `cannot run ${PROMETHEUS}: ${e.message} (apt-get install prometheus)`));
  child.on("exit", (code, signal) => (exited ??= `exited with ${code ?? signal}`));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const done = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await done;
    }
    await rm(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited) {
      await stop();
      throw new Error(`Prometheus did not start: ${exited}\n${log}`);
    }
    const ready = await fetch(`${url}/-/ready`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) return { url, dir, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`Prometheus at ${url} not ready after 30 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
