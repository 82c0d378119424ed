// The model server's time from start to ready (issue 14): `modelops serve` on the demo's registry, from the
// spawn of the process to the first 200 from /v2/health/ready, for the compiled CLI (lib/, what the package
// installs) and the TypeScript sources through tsx (bot/cli/modelops.js, what a source checkout runs),
// beside a bare `node -e 0` start and exit measured in the same rounds. Rounds interleave the three, so a
// noisy machine shifts them alike; the first round warms the disk and tsx's cache and is not counted.
// --compare DIR adds another checkout's compiled server (DIR/lib, built there) to the same rounds, so a
// change is measured against the code before it under the same load; --no-tsx leaves the tsx start out.
//   npm run build && node --import tsx bench/serve-start.ts [--rounds 10] [--compare DIR] [--no-tsx]
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const COMPILED = path.join(repo, "lib/bot/cli/bin.js");
const SOURCE = path.join(repo, "bot/cli/modelops.js");
const args = process.argv.slice(2);
const ROUNDS = Number(args[args.indexOf("--rounds") + 1] ?? 10) || 10;
const compareDir = args.includes("--compare") ? args[args.indexOf("--compare") + 1] : undefined;
// The CLI's entry moved from lib/pipelines/cli/ to lib/bot/cli/ (issue 18): either layout compares.
const COMPARED =
  compareDir &&
  ["lib/bot/cli/bin.js", "lib/pipelines/cli/bin.js"]
    .map((p) => path.resolve(compareDir, p))
    .find((p) => existsSync(p));
if (compareDir && !COMPARED) {
  throw new Error(
    `--compare ${compareDir}: no lib/bot/cli/bin.js there; run npm run build in that checkout first`,
  );
}
const WITH_TSX = !args.includes("--no-tsx");

/** Milliseconds from spawn to exit of `node args`. */
function timeExit(nodeArgs: string[]): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, nodeArgs, { stdio: "ignore" });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", () => resolve(performance.now() - started));
  });
}

/** Milliseconds from spawn of `modelops serve` to its first ready answer; the server is stopped after. */
async function timeReady(cli: string, registry: string, cwd: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [cli, "serve", "--registry", registry, "--port", "0"], {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp" },
  });
  let out = "";
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const m = / at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on("exit", (code) => reject(new Error(`serve exited ${code}: ${out}`)));
  });
  while ((await fetch(`${url}/v2/health/ready`).catch(() => undefined))?.status !== 200) {
    await new Promise((r) => setImmediate(r));
  }
  const ms = performance.now() - started;
  child.kill("SIGTERM");
  await new Promise((r) => child.on("exit", r));
  return ms;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

if (!existsSync(COMPILED)) throw new Error(`${COMPILED} is missing: run npm run build first`);
if (COMPARED && !existsSync(COMPARED)) throw new Error(`${COMPARED} is missing: build that checkout first`);
const dir = await mkdtemp(path.join(tmpdir(), "modelops-serve-start-"));
try {
  // The demo's registry: iris and iris-petal, each with production and previous versions.
  await timeExit([COMPILED, "demo", "--dir", dir]);
  const repoDir = path.join(dir, "repo");
  const registry = path.join(repoDir, ".modelops");
  if (!existsSync(registry)) throw new Error(`the demo left no registry in ${registry}`);
  const times = {
    node: [] as number[],
    compiled: [] as number[],
    tsx: [] as number[],
    compared: [] as number[],
  };
  for (let round = 0; round <= ROUNDS; round++) {
    const node = await timeExit(["-e", "0"]);
    const compiled = await timeReady(COMPILED, registry, repoDir);
    const compared = COMPARED ? await timeReady(COMPARED, registry, repoDir) : 0;
    const tsx = WITH_TSX ? await timeReady(SOURCE, registry, repoDir) : 0;
    if (round === 0) continue;
    times.node.push(node);
    times.compiled.push(compiled);
    times.compared.push(compared);
    times.tsx.push(tsx);
  }
  const fmt = (xs: number[]) =>
    `median ${(median(xs) / 1000).toFixed(3)} s, min ${(Math.min(...xs) / 1000).toFixed(3)} s`;
  console.log(
    `machine: ${cpus().length} x ${cpus()[0]?.model ?? "?"}, load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}; node ${process.version}; ${ROUNDS} rounds`,
  );
  console.log(`node -e 0 (start and exit)          ${fmt(times.node)}`);
  console.log(`modelops serve, compiled (lib/)     ${fmt(times.compiled)}`);
  if (COMPARED) console.log(`modelops serve, compiled (${compareDir})  ${fmt(times.compared)}`);
  if (WITH_TSX) console.log(`modelops serve, tsx (source)        ${fmt(times.tsx)}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
