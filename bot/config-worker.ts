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
  /** Parse time after which the worker is terminated; a real one parses in milliseconds. */
  timeoutMs: 5000,
};

let pool: Piscina | undefined;
let users = 0;

/** A bot that parses configs holds the pool; the last one to let go destroys its threads. */
export function holdConfigPool(): () => Promise<void> {
  users += 1;
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    users -= 1;
    if (users === 0 && pool) {
      const p = pool;
      pool = undefined;
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
  pool ??= new Piscina({
    filename: new URL("./config-worker-entry.js", import.meta.url).href,
    minThreads: 0,
    maxThreads: 2,
    idleTimeout: 60_000,
  });
  const request: ParseRequest = { text, file, baseDir };
  let reply: ParseReply;
  try {
    reply = await pool.run(request, { signal: AbortSignal.timeout(configLimits.timeoutMs) });
  } catch (error) {
    if ((error as Error).name === "AbortError" || (error as Error).name === "TimeoutError") {
      throw refuse(
        file,
        `took over ${configLimits.timeoutMs / 1000} s to parse (the bot's limit); simplify the file (thousands of keys?)`,
      );
    }
    throw error;
  }
  if (!reply.ok) throw new ConfigError(reply.issues);
  return reply.loaded;
}
