// Machine-readable records the bot keeps on GitHub, as hidden HTML comments in text GitHub renders:
// - the check run `modelops/<model>` on a commit holds what was measured for it (only the app that created
//   a check run can change it, so this record cannot be edited by people);
// - each release `<model>/vN` holds the registry entry of that version (see registry.ts).
// JSON is written with <, > and & escaped, so user text (an override reason) cannot close the comment.
import type { MetricsFile } from "../pipelines/evaluate/types.ts";

export interface Override {
  by: string;
  reason: string;
  at: string;
}

/** What the check run of one model on one commit records. */
export interface CheckState {
  schema: "modelops/bot-check@1";
  model: string;
  /** The commit whose metrics were measured (the check run's head_sha). */
  sha: string;
  pr: number;
  run: { id: number; url: string; attempt: number };
  artifact: { id: number; name: string };
  candidate: MetricsFile;
  override?: Override;
}

const safeJson = (value: unknown) =>
  JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");

export function embed(kind: string, value: unknown): string {
  return `<!-- modelops:${kind} ${safeJson(value)} -->`;
}

/** The first record of `kind` in `text`, or null when there is none or it does not parse. */
export function extract<T>(kind: string, text: string | null | undefined): T | null {
  if (!text) return null;
  const start = text.indexOf(`<!-- modelops:${kind} `);
  if (start < 0) return null;
  const end = text.indexOf(" -->", start);
  if (end < 0) return null;
  try {
    return JSON.parse(text.slice(start + `<!-- modelops:${kind} `.length, end)) as T;
  } catch {
    return null;
  }
}

export function checkName(model: string): string {
  return `modelops/${model}`;
}
