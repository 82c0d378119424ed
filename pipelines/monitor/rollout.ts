// A canary rollout run from outside the model server (`modelops monitor canary`), as an Argo Rollouts
// controller runs beside the pods: the traffic share goes through the registry (every `modelops serve` that
// follows it applies the share within its poll interval), each step is measured from Prometheus or from the
// server's /metrics, and an abort is made true in git: a local revert commit of the release merge, or
// (GitHub mode) a repository_dispatch that has the modelops bot open the revert pull request.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ModelopsError } from "../errors.ts";
import { git } from "../gitops/git.ts";
import type { ModelStore } from "../registry/model-store.ts";
import { tagOf } from "../registry/tag.ts";
import {
  type CanaryResult,
  renderAnalysis,
  runCanary,
  type StepResult,
  type TrafficRouter,
} from "./canary.ts";
import type { MetricsSource } from "./prometheus.ts";
import { dispatchCanaryAborted, revertCommit } from "./revert.ts";
import type { Condition } from "./slo.ts";

/** What a rollout reads and writes in the registry: any store (fs, github), through the one interface. */
export type RolloutStore = Pick<
  ModelStore,
  "getVersion" | "resolveAlias" | "setAlias" | "deleteAlias" | "setTraffic"
>;

/**
 * Moves traffic by writing the canary's share into the store: every server following it (each replica on
 * GitHub) applies the share within its poll interval, so a rollout spans every replica.
 */
export class RegistryTrafficRouter implements TrafficRouter {
  constructor(
    private readonly registry: RolloutStore,
    private readonly actor = "modelops-monitor",
  ) {}

  async setCanaryWeight(model: string, percent: number | undefined): Promise<void> {
    await this.registry.setTraffic(model, percent, {
      reason: percent === undefined ? "rollout over" : `canary step: ${percent}% of traffic`,
      actor: this.actor,
    });
  }
}

export type RevertMode =
  | { kind: "none" }
  /** Commit the revert in the git work tree at `repoDir` (the checked-out branch). */
  | { kind: "local"; repoDir: string }
  /** Ask the bot for a revert pull request (repository_dispatch to `repository`). */
  | { kind: "github"; repository: string; token: string; apiUrl: string };

export interface RolloutOptions {
  model: string;
  registry: RolloutStore;
  source: MetricsSource;
  steps: number[];
  intervalMs: number;
  conditions: Condition[];
  failureLimit: number;
  revert: RevertMode;
  /** How long the servers take to pick up a registry change (their poll interval); waited after each move. */
  settleMs?: number;
  log?: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
  fetch?: typeof fetch;
}

export interface RolloutResult extends CanaryResult {
  /** What was done to make git agree after an abort (or why nothing was). */
  gitops?: string;
}

export async function runRollout(opts: RolloutOptions): Promise<RolloutResult> {
  const log = opts.log ?? (() => {});
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const router = new RegistryTrafficRouter(opts.registry);
  const settleMs = opts.settleMs ?? 1000;
  const settled: TrafficRouter = {
    async setCanaryWeight(model, percent) {
      await router.setCanaryWeight(model, percent);
      // The step's window starts once the servers apply the share, not when it is written.
      if (percent !== undefined) await sleep(settleMs);
    },
  };
  let gitops: string | undefined;
  const result = await runCanary({
    model: opts.model,
    registry: opts.registry,
    source: opts.source,
    router: settled,
    steps: opts.steps,
    intervalMs: opts.intervalMs,
    conditions: opts.conditions,
    failureLimit: opts.failureLimit,
    sleep,
    onStep: (s) => log(describeStep(s, opts.steps.length)),
    revert: async (reason, r) => {
      const out = await makeGitAgree(opts, reason, {
        canary: r.canary,
        stable: r.stable,
        analysis: renderAnalysis(r),
      });
      gitops = out.note;
      return out.commit;
    },
  });
  return { ...result, ...(gitops && { gitops }) };
}

function describeStep(s: StepResult, of: number): string {
  const ms = (v: number | undefined) => (v === undefined ? "-" : `${+v.toPrecision(3)} ms`);
  const pct = (v: number | undefined) => (v === undefined ? "-" : `${+(v * 100).toPrecision(3)}%`);
  return `step ${s.step}/${of} (${s.percent}%): ${s.phase}; canary ${s.canary.requests} requests, errors ${pct(s.canary.errorRate)}, p99 ${ms(s.canary.latencyP99Ms)}; stable errors ${pct(s.stable.errorRate)}, p99 ${ms(s.stable.latencyP99Ms)}`;
}

/** Where a rollout's abort is made true in git, and what was aborted (a canary, an A/B candidate). */
export interface GitAgreement {
  model: string;
  registry: Pick<ModelStore, "getVersion">;
  revert: RevertMode;
  fetch?: typeof fetch;
}

/** After an abort: revert the aborted version's release commit (locally, or by asking the bot for a PR). */
export async function makeGitAgree(
  opts: GitAgreement,
  reason: string,
  result: { canary: number; stable: number; analysis: string },
): Promise<{ commit?: string; note: string }> {
  const version = await opts.registry.getVersion(opts.model, result.canary);
  const mode = opts.revert;
  if (mode.kind === "none") return { note: "git left as it is (--no-revert)" };
  if (mode.kind === "github") {
    await dispatchCanaryAborted({
      apiUrl: mode.apiUrl,
      token: mode.token,
      repository: mode.repository,
      payload: {
        model: opts.model,
        version: result.canary,
        stable: result.stable,
        reason,
        analysis: result.analysis,
      },
      ...(opts.fetch && { fetch: opts.fetch }),
    });
    return {
      note: `asked the modelops bot on ${mode.repository} for a revert pull request of ${tagOf(opts.model, result.canary)}`,
    };
  }
  const commit = version?.commit;
  if (!commit) return { note: `v${result.canary} records no release commit: nothing to revert in git` };
  if (!existsSync(join(mode.repoDir, ".git"))) {
    return { note: `${mode.repoDir} is not a git work tree: revert ${commit.slice(0, 7)} by hand` };
  }
  try {
    await git(mode.repoDir, ["cat-file", "-e", `${commit}^{commit}`]);
  } catch {
    return { note: `${commit.slice(0, 7)} is not in ${mode.repoDir}: revert it where the release was made` };
  }
  try {
    const sha = await revertCommit(mode.repoDir, commit, `${reason}\n\n${result.analysis}`);
    return { commit: sha, note: `reverted ${commit.slice(0, 7)} in ${mode.repoDir} as ${sha.slice(0, 7)}` };
  } catch (err) {
    // A conflicting revert leaves the work tree as git left it; undo that so nothing half-done remains.
    await git(mode.repoDir, ["revert", "--abort"]).catch(() =>
      git(mode.repoDir, ["reset", "--merge"]).catch(() => {}),
    );
    throw new ModelopsError(
      `the canary was aborted and traffic is back on stable, but reverting ${commit.slice(0, 7)} failed (${(err as Error).message.split("\n")[0]}); revert it by hand`,
      1,
    );
  }
}
