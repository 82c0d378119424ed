// modelops.yaml as fetched from a pull request is untrusted input: it is parsed with a size cap and off the
// event loop, in a worker thread (piscina), with a time limit after which that thread is terminated. So a
// config bomb (a 60,000-key mapping: the yaml library's duplicate-key check is quadratic) costs one thread
// a few seconds, and the bot's HTTP edge and other jobs keep running. The parser is the engine's own
// (pipelines/config parseConfig); both limits give one ConfigError line naming the file and the limit.
import { Piscina } from "piscina";
import { ConfigError, type LoadedConfig } from "../pipelines/config/index.ts";
import type { ParseReply, ParseRequest } from "./config-worker-task.ts";

export const configLimits = {
  /** Bytes of modelops.yaml the bot parses; a real one is a few KB. */
  maxBytes: 1024 * 1024,
  /**
   * Parse time after which the worker is terminated. A real file parses in milliseconds; 20,000 keys take
   * about 18 s (60,000: over a minute), so the limit leaves room for a loaded machine and stops the bombs.
   */
  timeoutMs: 5000,
};

/**
 * Parses in flight, so a test can tell by order, not by time, that the event loop kept answering while a
 * file was being parsed (a parse on the loop would let nothing else run until it ended).
 */
export const configParsing = { inFlight: 0 };

let pool: Piscina | undefined;
let warm: Promise<unknown> | undefined;
let users = 0;

/**
 * The pool with a thread that has loaded the parser: a thread's start (tsx, the config modules) must not
 * count against a file's time limit. A thread terminated at the limit is replaced and warmed again.
 */
async function warmPool(): Promise<Piscina> {
  pool ??= new Piscina({
    filename: new URL("./config-worker-entry.js", import.meta.url).href,
    minThreads: 1,
    maxThreads: 2,
    idleTimeout: 60_000,
  });
  const p = pool;
  warm ??= p.run({ text: "version: 1\n", file: "warm-up", baseDir: "/" } satisfies ParseRequest);
  await warm.catch(() => undefined);
  return p;
}

/** A bot that parses configs holds the pool (and warms it); the last one to let go destroys its threads. */
export function holdConfigPool(): () => Promise<void> {
  users += 1;
  warmPool().catch(() => undefined);
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    users -= 1;
    if (users === 0 && pool) {
      const p = pool;
      pool = undefined;
      warm = undefined;
      await p.destroy();
    }
  };
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

function refuse(file: string, message: string): ConfigError {
  return new ConfigError([{ file, line: 0, column: 0, path: "", message }]);
}

/** parseConfig(text, file, baseDir) in a worker thread, within configLimits; throws ConfigError. */
export async function parseConfigBounded(text: string, file: string, baseDir: string): Promise<LoadedConfig> {
  const bytes = Buffer.byteLength(text);
  if (bytes > configLimits.maxBytes) {
    throw refuse(
      file,
      `is ${megabytes(bytes)}, over the bot's ${megabytes(configLimits.maxBytes)} limit for a config file; keep data out of modelops.yaml`,
    );
  }
  const workers = await warmPool();
  const request: ParseRequest = { text, file, baseDir };
  const signal = AbortSignal.timeout(configLimits.timeoutMs);
  let reply: ParseReply;
  configParsing.inFlight += 1;
  try {
    reply = await workers.run(request, { signal });
  } catch (error) {
    if (signal.aborted) {
      warm = undefined;
      throw refuse(
        file,
        `took over ${configLimits.timeoutMs / 1000} s to parse (the bot's limit); simplify the file (thousands of keys?)`,
      );
    }
    throw error;
  } finally {
    configParsing.inFlight -= 1;
  }
  if (!reply.ok) throw new ConfigError(reply.issues);
  return reply.loaded;
}
