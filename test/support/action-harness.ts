// Runs an action's run() in this process the way the runner would start it: INPUT_* variables, an event
// payload file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. Collects what the step printed (annotations are
// workflow commands on stdout), its outputs and whether it failed.
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { EventContext, EventPayload } from "../../actions/lib/context.ts";
import type { ActionDeps } from "../../actions/lib/step.ts";

const IRIS_CSV_PATH = fileURLToPath(new URL("../../examples/iris/data/iris.csv", import.meta.url));

/** examples/iris's first model with few epochs and small latency samples, so a step trains in a second. */
export const FAST_IRIS = `version: 1
models:
  iris:
    task: classification
    data:
      target: species
      train: { format: csv, path: data/iris.csv }
    preprocess:
      - dropMissing: {}
      - scale: { method: standard }
    split: { validation: 0.15, test: 0.2, stratify: true, seed: 42 }
    model: { architecture: mlp, dense: [8], activation: relu }
    train: { optimizer: adam, learningRate: 0.05, epochs: 12, batchSize: 16, seed: 42 }
    evaluate: { metrics: [accuracy, f1_macro, log_loss, latency_p95_ms], latencySamples: 10 }
    gates:
      accuracy: { min: 0.5 }
`;

export async function workspace(config = FAST_IRIS): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "modelops-action-"));
  await cp(IRIS_CSV_PATH, join(dir, "data", "iris.csv"));
  await writeFile(join(dir, "modelops.yaml"), config);
  return dir;
}

export interface StepResult {
  failed: boolean;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  /** `::error file=...,line=...::message` lines. */
  errors: string[];
}

/** One summary file per process: @actions/core resolves GITHUB_STEP_SUMMARY once and keeps it. */
let summaryFile: string | undefined;

export async function runStep(
  run: (deps: Partial<ActionDeps> & { fetch?: typeof fetch }) => Promise<void>,
  opts: {
    ws: string;
    inputs?: Record<string, string>;
    event?: { name: string; payload: EventPayload };
    deps?: Partial<ActionDeps>;
    ref?: string;
    apiUrl?: string;
  },
): Promise<StepResult> {
  const scratch = await mkdtemp(join(tmpdir(), "modelops-step-"));
  summaryFile ??= join(await mkdtemp(join(tmpdir(), "modelops-summary-")), "summary.md");
  await writeFile(summaryFile, "");
  const outputFile = join(scratch, "output");
  await writeFile(outputFile, "");
  const saved = { ...process.env };
  for (const k of Object.keys(process.env)) if (k.startsWith("INPUT_")) delete process.env[k];
  for (const [k, v] of Object.entries({ upload: "false", cache: "false", ...opts.inputs })) {
    process.env[`INPUT_${k.replace(/ /g, "_").toUpperCase()}`] = v;
  }
  process.env.GITHUB_OUTPUT = outputFile;
  process.env.GITHUB_STEP_SUMMARY = summaryFile;
  const context: EventContext = {
    eventName: opts.event?.name ?? "push",
    payload: opts.event?.payload ?? { repository: { full_name: "acme/models", default_branch: "main" } },
    repository: "acme/models",
    sha: "0".repeat(40),
    ref: opts.ref ?? "refs/heads/main",
    actor: "ada",
    workspace: opts.ws,
    apiUrl: opts.apiUrl ?? "http://127.0.0.1:9",
  };
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString());
    return true;
  }) as typeof process.stdout.write;
  try {
    await run({ context, ...opts.deps });
  } finally {
    process.stdout.write = write;
    process.env = saved;
  }
  const failed = process.exitCode === 1;
  process.exitCode = undefined;
  const stdout = chunks.join("");
  return {
    failed,
    stdout,
    outputs: parseOutputs(await readFile(outputFile, "utf8")),
    summary: await readFile(summaryFile, "utf8"),
    errors: stdout.split("\n").filter((l) => l.startsWith("::error")),
  };
}

/** GITHUB_OUTPUT's `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join("\n");
  }
  return out;
}

export const SHA_A = "a".repeat(40);
export const SHA_B = "b".repeat(40);

/** A pull_request(_target) event as GitHub sends it, reduced to what the actions read. */
export function prEvent(opts: {
  name?: "pull_request" | "pull_request_target";
  action?: string;
  fork?: boolean;
  sha?: string;
  labels?: string[];
  label?: string;
  sender?: string;
}): { name: string; payload: EventPayload } {
  const base = "acme/models";
  return {
    name: opts.name ?? "pull_request",
    payload: {
      action: opts.action ?? "opened",
      ...(opts.label && { label: { name: opts.label } }),
      sender: { login: opts.sender ?? "mallory" },
      repository: { full_name: base, default_branch: "main" },
      pull_request: {
        number: 7,
        head: {
          sha: opts.sha ?? SHA_A,
          ref: "patch-1",
          repo: { full_name: opts.fork ? "mallory/models" : base },
        },
        base: { sha: SHA_B, ref: "main", repo: { full_name: base } },
        labels: (opts.labels ?? []).map((name) => ({ name })),
      },
    },
  };
}
