// The bot's bounds under load, against the GitHub simulator (node --import tsx bench/bot-bounds.ts):
// /healthz latency while the bot handles pull requests carrying config bombs (the goal: within
// 100 ms throughout), beside the reference of parsing the same file on the event loop (what the bot did
// before); and the RSS growth of a bot process refusing a 100 MB forged webhook body (goal: under 50 MB).
import { request } from "node:http";
import { parseConfig } from "../pipelines/config/index.ts";
import { botEnv, key, runArtifact, startWorld } from "../test/support/bot-harness.ts";
import { startBotProcess } from "../test/support/bot-process.ts";

const MB = 1024 * 1024;

function configBomb(keys: number): string {
  const lines = ["version: 1", "models:"];
  for (let i = 0; i < keys; i++) lines.push(`  model${String(i).padStart(8, "0")}: { task: classification }`);
  return `${lines.join("\n")}\n`;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function probeWhile(url: string, work: Promise<unknown>): Promise<number[]> {
  let done = false;
  const settled = work.finally(() => {
    done = true;
  });
  const latencies: number[] = [];
  while (!done) {
    const start = performance.now();
    await (await fetch(`${url}/healthz`)).text();
    latencies.push(performance.now() - start);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await settled;
  return latencies;
}

function postHuge(url: string, megabytes: number): Promise<number | string> {
  const chunk = Buffer.alloc(MB, "x");
  return new Promise((resolve) => {
    const req = request(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-github-event": "push",
        "x-github-delivery": "forged",
        "x-hub-signature-256": `sha256=${"0".repeat(64)}`,
      },
    });
    req.on("response", (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", (error) => resolve((error as NodeJS.ErrnoException).code ?? error.message));
    let sent = 0;
    const write = () => {
      while (sent < megabytes) {
        sent += 1;
        if (!req.write(chunk)) return void req.once("drain", write);
      }
      req.end();
    };
    write();
  });
}

const w = await startWorld();
const url = w.bot?.url as string;
const rows: string[] = [];
// A plain pull request first, so the bot's first-delivery costs (app token, JIT) are not counted below.
{
  const { pr } = await w.repo.openPullRequest({
    author: "ada",
    branch: "warm",
    title: "Warm",
    files: { "w.txt": "1" },
  });
  await w.repo.completeWorkflowRun(pr, { artifacts: [await runArtifact({ key: key("warm") })] });
}
for (const [label, text] of [
  ["none changed (reference: the machine's noise)", null],
  ["1.1 MB, 60,000 keys (over the size cap)", configBomb(60_000).slice(0, 1.1 * MB)],
  ["0.6 MB, 20,000 keys (stopped at the 5 s limit)", configBomb(20_000)],
] as const) {
  const { pr } = await w.repo.openPullRequest({
    author: "ada",
    branch: `bench-${rows.length}`,
    title: label,
    files: text === null ? { [`plain-${rows.length}.txt`]: "1" } : { "modelops.yaml": text },
  });
  const artifact = await runArtifact({ key: key(`bench-${rows.length}`) });
  const start = performance.now();
  const handled = w.repo.completeWorkflowRun(pr, { artifacts: [artifact] });
  const latencies = await probeWhile(url, handled);
  const wall = performance.now() - start;
  let onLoop = "not parsed (over the cap)";
  if (text === null) onLoop = "—";
  else if (text.length <= MB) {
    const t = performance.now();
    try {
      parseConfig(text, "modelops.yaml", "/repository");
    } catch {}
    onLoop = ms(performance.now() - t);
  }
  rows.push(
    `| ${label} | ${latencies.length} | ${ms(quantile(latencies, 0.5))} | ${ms(quantile(latencies, 0.99))} | ${ms(Math.max(...latencies))} | ${(wall / 1000).toFixed(1)} s | ${onLoop} |`,
  );
}
console.log(
  "| modelops.yaml in the PR | /healthz probes | p50 | p99 | max | delivery handled in | parse on the event loop (reference, same run) |",
);
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const row of rows) console.log(row);

const bot = await startBotProcess(botEnv(w.sim));
const before = await bot.rss();
const status = await postHuge(bot.webhookUrl, 100);
const after = await bot.rss();
console.log(
  `\n100 MB forged body, chunked: ${status}; bot RSS ${(before / MB).toFixed(0)} MB -> ${(after / MB).toFixed(0)} MB (+${((after - before) / MB).toFixed(1)} MB)`,
);
await bot.kill();
await w.close();
