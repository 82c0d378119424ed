// Runs in a worker thread of bot/config-worker.ts: the engine's parser, its result as plain data.
import { ConfigError, type ConfigIssue, type LoadedConfig, parseConfig } from "../pipelines/config/index.ts";

export interface ParseRequest {
  text: string;
  file: string;
  baseDir: string;
}

export type ParseReply = { ok: true; loaded: LoadedConfig } | { ok: false; issues: ConfigIssue[] };

export default function parseTask(request: ParseRequest): ParseReply {
  try {
    return { ok: true, loaded: parseConfig(request.text, request.file, request.baseDir) };
  } catch (error) {
    if (error instanceof ConfigError) return { ok: false, issues: error.issues };
    throw error;
  }
}
