// `modelops diff BASE.json CAND.json`: compare two metrics files and apply the model's gates.
// Exit 0 every gate passed, 1 a gate failed (the table is printed first), 2 bad input.
import { access } from "node:fs/promises";
import { type Command, Option } from "commander";
import type { Gate } from "../../config/schema.ts";
import { ModelopsError } from "../../errors.ts";
import {
  type Comparison,
  compareMetrics,
  readMetricsFile,
  renderMarkdown,
  toJson,
} from "../../evaluate/diff.ts";
import { renderExplanations } from "../../evaluate/explain-report.ts";
import type { MetricsFile } from "../../evaluate/types.ts";

export interface DiffOptions {
  config?: string;
  model?: string;
  format?: "md" | "json";
  /** Take the gates from modelops.yaml at this git ref (the default branch), never the working tree's. */
  baseRef?: string;
}

export interface DiffResult {
  comparison: Comparison;
  /** What the command prints on stdout. */
  output: string;
  /** 0: every gate passed; 1: a gate failed. */
  exitCode: 0 | 1;
}

/** BASE values that mean "no baseline" (first release). */
export const NO_BASELINE = ["-", "none"];

async function fileExists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/** The work of `modelops diff`, without printing or exiting. Throws ModelopsError (exit 2) on bad input. */
export async function runDiff(base: string, cand: string, opts: DiffOptions = {}): Promise<DiffResult> {
  const format = opts.format ?? "md";
  const baseline = NO_BASELINE.includes(base) ? null : await readMetricsFile(base);
  const candidate = await readMetricsFile(cand);

  let gates: Partial<Record<string, Gate>> = {};
  let configNote: string | undefined;
  const configFile = opts.config ?? ((await fileExists("modelops.yaml")) ? "modelops.yaml" : undefined);
  if (opts.baseRef !== undefined) {
    const judged = await gatesAtRef(
      opts.baseRef,
      opts.config ?? "modelops.yaml",
      opts.model ?? candidate.model,
    );
    gates = judged.gates;
    configNote = `Gates from ${judged.source}.`;
  } else if (configFile !== undefined) {
    const { getModel, loadConfig } = await import("../../config/index.ts");
    const loaded = await loadConfig(configFile);
    gates = getModel(loaded, opts.model ?? candidate.model).config.gates;
  } else {
    configNote = "No modelops.yaml here (pass -c FILE): metrics compared without gates.";
  }

  const comparison = compareMetrics(baseline, candidate, gates);
  if (opts.model !== undefined) comparison.model = opts.model;
  if (configNote && opts.baseRef !== undefined) comparison.notes = [...comparison.notes, configNote];
  else if (configNote)
    comparison.notes = [...comparison.notes.filter((n) => !n.startsWith("No gates")), configNote];
  return {
    comparison,
    output:
      format === "json" ? toJson(comparison) : renderMarkdown(comparison) + explanations(baseline, candidate),
    exitCode: comparison.passed ? 0 : 1,
  };
}

/** The explanations section under the table, when the candidate's evaluation has something to explain. */
function explanations(baseline: MetricsFile | null, candidate: MetricsFile): string {
  if (candidate.importance === undefined && candidate.perClass === undefined) return "";
  const { summary, body } = renderExplanations(baseline, candidate);
  return `\n## ${summary}\n\n${body}\n`;
}

/**
 * The gates of `model` in modelops.yaml at `ref` (a pull request is judged by the default branch's policy,
 * as the bot judges it): the model there, else the defaults (no gates); a config there that does not load
 * is one line (exit 2), never a fallback to the working tree.
 */
async function gatesAtRef(
  ref: string,
  configFile: string,
  model: string,
): Promise<{ gates: Partial<Record<string, Gate>>; source: string }> {
  const { basename, dirname, join, resolve } = await import("node:path");
  const { git } = await import("../../gitops/git.ts");
  const { baseConfigAt } = await import("../../gitops/release.ts");
  const { policyFromBase } = await import("../../promotion/index.ts");
  const file = resolve(configFile);
  const repoDir = await git(dirname(file), ["rev-parse", "--show-toplevel"]).catch(() => {
    throw new ModelopsError(`--base-ref ${ref}: ${dirname(file)} is not inside a git repository`);
  });
  const sha = await git(repoDir, ["rev-parse", "--verify", "-q", `${ref}^{commit}`]).catch(() => {
    throw new ModelopsError(
      `--base-ref ${ref}: not a commit in this repository (fetch it first, e.g. git fetch origin ${ref.replace(/^origin\//, "")})`,
    );
  });
  // The config's path in the repository (git's own view, so symlinked folders do not matter).
  const path = `${await git(dirname(file), ["rev-parse", "--show-prefix"])}${basename(file)}`;
  const base = await baseConfigAt(repoDir, sha, join(repoDir, path), `${path} at ${ref}`);
  const judged = policyFromBase(base, model);
  if (judged.policy.error) throw new ModelopsError(judged.policy.error);
  return { gates: judged.gates, source: judged.policy.source };
}

/** The one line a failed diff leaves on stderr (the table on stdout says the rest). */
export function failureLine(c: Comparison): string {
  const failed = c.gates.filter((g) => !g.passed);
  return `${c.model}: ${failed.length} of ${c.gates.length} gate${c.gates.length === 1 ? "" : "s"} failed: ${failed.flatMap((g) => g.reasons).join("; ")}`;
}

export function register(program: Command): void {
  program
    .command("diff")
    .description(
      "compare a candidate's metrics.json with a baseline's and apply the gates (exit 1 when one fails)",
    )
    .argument("<base>", 'baseline metrics.json (production); "-" or "none" when there is none yet')
    .argument("<cand>", "candidate metrics.json")
    .option("-c, --config <file>", "modelops.yaml whose gates apply (default: ./modelops.yaml when present)")
    .option("-m, --model <name>", "model whose gates apply (default: the candidate's model)")
    .option(
      "--base-ref <ref>",
      "take the gates from modelops.yaml at this git ref (the default branch, e.g. origin/main), not the working tree's",
    )
    .addOption(new Option("--format <format>", "output format").choices(["md", "json"]).default("md"))
    .action(async (base: string, cand: string, opts: DiffOptions) => {
      const result = await runDiff(base, cand, opts);
      process.stdout.write(result.output);
      if (result.exitCode !== 0) {
        // main() turns this into exit code 1 after the table is out.
        throw new ModelopsError(failureLine(result.comparison), 1);
      }
    });
}
