// Bounds before work. A webhook body over GitHub's 25 MB cap is refused (413) before it is buffered:
// declared (content-length) or streamed (chunked, counted as it arrives); the bot's memory is measured in
// its own process, so the test's allocations do not count. A pull request's modelops.yaml is parsed with
// a size cap and in a worker thread with a time limit: a config bomb does not stop /healthz answering.
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { configLimits, configParsing, parseConfigBounded } from "../../bot/config-worker.ts";
import { MAX_WEBHOOK_BYTES } from "../../bot/index.ts";
import { botEnv, key, runArtifact, startWorld, type World } from "../support/bot-harness.ts";
import { type BotProcess, startBotProcess } from "../support/bot-process.ts";

const MB = 1024 * 1024;

/** POSTs `megabytes` of "x" in 1 MB writes (one buffer, reused); the answer's status, or the socket error. */
function postHuge(url: string, megabytes: number, declareLength: boolean): Promise<number | string> {
  const chunk = Buffer.alloc(MB, "x");
  return new Promise((resolve) => {
    const req = request(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-github-event": "push",
        "x-github-delivery": "forged-big-body",
        "x-hub-signature-256": `sha256=${"0".repeat(64)}`,
        ...(declareLength ? { "content-length": String(megabytes * MB) } : {}),
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

describe("webhook bodies over GitHub's 25 MB cap", () => {
  let w: World;
  let bot: BotProcess;
  beforeAll(async () => {
    w = await startWorld();
    bot = await startBotProcess(botEnv(w.sim));
  });
  afterAll(async () => {
    await bot?.kill();
    await w?.close();
  });

  test.each([
    ["declared in content-length", true],
    ["streamed without a length", false],
  ])("a 100 MB forged body %s is refused with 413 and the bot grows by under 50 MB", async (_, declared) => {
    const before = await bot.rss();
    const status = await postHuge(bot.webhookUrl, 100, declared);
    const after = await bot.rss();
    expect(status).toBe(413);
    expect(after - before).toBeLessThan(50 * MB);
    // Still serving.
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });

  test("a body under the cap is read and judged by its signature", async () => {
    const status = await postHuge(bot.webhookUrl, 2, true);
    // 2 MB of "x" with a made-up signature: read whole, then refused for the signature.
    expect(status).toBe(400);
    expect(MAX_WEBHOOK_BYTES).toBe(25 * MB);
  });
});

/** A modelops.yaml whose `models` mapping has `keys` entries (the yaml library checks duplicates in O(n²)). */
function configBomb(keys: number): string {
  const lines = ["version: 1", "models:"];
  for (let i = 0; i < keys; i++) lines.push(`  model${String(i).padStart(8, "0")}: { task: classification }`);
  return `${lines.join("\n")}\n`;
}

/**
 * Probes GET /healthz one after another until `work` settles: how many replies landed while a config parse
 * was in flight (running when the probe was sent and still running when its reply came).
 */
async function probeWhile(url: string, work: Promise<unknown>): Promise<{ duringParse: number }> {
  let done = false;
  const settled = work.finally(() => {
    done = true;
  });
  let replies = 0;
  let duringParse = 0;
  while (!done || replies < 3) {
    const parsingBefore = configParsing.inFlight > 0;
    const res = await fetch(`${url}/healthz`);
    await res.text();
    expect(res.status).toBe(200);
    replies += 1;
    const parsingAfter = configParsing.inFlight > 0;
    if (parsingBefore && parsingAfter) duringParse += 1;
  }
  await settled;
  return { duringParse };
}

describe("a config bomb in a pull request", () => {
  let w: World;
  const limits = { ...configLimits };
  beforeAll(async () => {
    w = await startWorld();
  });
  afterAll(async () => {
    Object.assign(configLimits, limits);
    await w?.close();
  });

  test("over the size cap (1.1 MB, 60,000 keys): one line naming the file and the cap", async () => {
    const bomb = configBomb(60_000).slice(0, 1.1 * MB);
    expect(Buffer.byteLength(bomb)).toBeGreaterThan(MB);
    await expect(parseConfigBounded(bomb, "modelops.yaml", "/repository")).rejects.toThrow(
      /^modelops\.yaml: is 1\.1 MB, over the bot's 1 MB limit for a config file; keep data out of modelops\.yaml$/,
    );
  });

  test("under the cap but slow to parse: the worker is stopped at the time limit, with one line", async () => {
    configLimits.timeoutMs = 1000;
    await expect(parseConfigBounded(configBomb(20_000), "modelops.yaml", "/repository")).rejects.toThrow(
      /^modelops\.yaml: took over 1 s to parse \(the bot's limit\); simplify the file \(thousands of keys\?\)$/,
    );
    configLimits.timeoutMs = limits.timeoutMs;
  });

  test.each([
    [
      "1.1 MB with 60,000 keys (refused by size, never parsed)",
      () => configBomb(60_000).slice(0, 1.1 * MB),
      false,
    ],
    ["20,000 keys (parsed in a worker, stopped at the time limit)", () => configBomb(20_000), true],
  ])(
    "/healthz answers throughout while the bot handles a pull request whose modelops.yaml has %s",
    async (label, bomb, parsed) => {
      // By order, not by time (the suite runs on loaded machines): a parse on the event loop would let no
      // /healthz reply land while it is in flight. The millisecond figures live in BENCHMARKS.md.
      configLimits.timeoutMs = 3000;
      const { pr } = await w.repo.openPullRequest({
        author: "ada",
        branch: `bomb-${label.length}`,
        title: "Bomb",
        files: { "modelops.yaml": bomb() },
      });
      const handled = w.repo.completeWorkflowRun(pr, {
        artifacts: [await runArtifact({ key: key(`bomb-${label.length}`) })],
      });
      const probes = await probeWhile(w.bot?.url as string, handled);
      configLimits.timeoutMs = limits.timeoutMs;
      // A refused file is never parsed; the default branch's small config still is, so only the parsed
      // case can show replies landing during a parse.
      if (parsed) expect(probes.duringParse).toBeGreaterThan(0);
      const { deliveries } = await handled;
      expect(deliveries[0]?.status).toBe(202);
      // The report still lands, judged by the default branch's policy.
      expect(w.repo.botComments(pr)).toHaveLength(1);
      expect(w.sim.violations).toEqual([]);
    },
  );
});
