// The A/B rollout loop (`modelops monitor ab`), the counterpart of the canary rollout: while production and
// the candidate (the `canary` label) split traffic by a request key, it looks at the sequential test every
// interval (outcomes joined to each arm's predictions since the candidate went on `canary`), and on a verdict
// acts through the registry: a candidate win promotes it, a production win or no difference aborts like a
// failed canary (the candidate removed, git reverted). The verdict is the reason of every alias move (the
// registry's history), a deployment status on the candidate's deployment, and a comment on the release's
// pull request where the store can write one.
import { ModelopsError } from "../errors.ts";
import type { ModelStore } from "../registry/model-store.ts";
import type { PredictionStore } from "../serve/prediction-log.ts";
import { AB_DEFAULTS, type AbSettings, type AbVerdict } from "./ab.ts";
import { type AbArms, concludeAbTest, describeVerdict, readAbTest } from "./ab-status.ts";
import { CANARY_LABEL, STABLE_LABEL } from "./canary.ts";
import { makeGitAgree, type RevertMode } from "./rollout.ts";

/** Writes a comment on a pull request (the github store); returns the comment's URL. */
export interface PullRequestCommenter {
  commentOnPullRequest(pr: number, body: string): Promise<string>;
}

export interface AbRolloutOptions {
  model: string;
  registry: ModelStore;
  /**
   * The prediction log the servers write. A function is called for every look and its store closed after
   * it: a file log written by another process is read afresh each time.
   */
  log: PredictionStore | (() => Promise<PredictionStore>);
  settings: AbSettings & { promote?: boolean };
  /** Time between looks. Every look is valid (mSPRT), so this only bounds how late a verdict is acted on. */
  intervalMs: number;
  revert: RevertMode;
  /** Where the verdict is commented (the release's pull request); absent: no comment. */
  pullRequests?: PullRequestCommenter;
  /** Who acts, in the history and the deployment status. Default modelops-monitor. */
  actor?: string;
  /** Stop without a verdict after this many looks (default: look until the test decides). */
  maxLooks?: number;
  onLook?: (verdict: AbVerdict, look: number) => void;
  say?: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
  fetch?: typeof fetch;
}

export interface AbRolloutResult extends AbArms {
  /** promoted: the candidate won and is production; kept: it won, promote is off; aborted: it did not win. */
  outcome: "promoted" | "kept" | "aborted" | "undecided";
  verdict: AbVerdict;
  reason: string;
  looks: number;
  /** What was done to make git agree after an abort. */
  gitops?: string;
  /** The verdict's comment on the release's pull request, or why there is none. */
  pullRequest?: string;
}

/** Runs the A/B test of the model's `canary` alias against `production` until it decides (or maxLooks). */
export async function runAbRollout(opts: AbRolloutOptions): Promise<AbRolloutResult> {
  const say = opts.say ?? (() => {});
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const actor = opts.actor ?? "modelops-monitor";
  const arms = await armsOf(opts.registry, opts.model);
  const settings = { ...AB_DEFAULTS, ...opts.settings };
  say(
    `A/B test of ${opts.model}: v${arms.candidate} (candidate) against v${arms.production} (production) since ${new Date(arms.since).toISOString()}; alpha ${settings.alpha}, at least ${settings.minSamples} outcomes per arm, at most ${settings.maxSamples}`,
  );
  let p = 1;
  let verdict: AbVerdict | undefined;
  let looks = 0;
  while (opts.maxLooks === undefined || looks < opts.maxLooks) {
    if (looks > 0) await sleep(opts.intervalMs);
    await stillRunning(opts.registry, arms);
    verdict = await look(opts.log, arms, settings, p);
    p = verdict.pValue;
    looks++;
    opts.onLook?.(verdict, looks);
    say(`look ${looks}: ${describeVerdict(arms, verdict)}${verdict.winner ? "" : " (running)"}`);
    if (verdict.winner !== undefined) break;
  }
  if (!verdict?.winner) {
    return {
      ...arms,
      outcome: "undecided",
      verdict: verdict ?? emptyVerdict(),
      reason: `A/B test of ${opts.model} undecided after ${looks} looks`,
      looks,
    };
  }
  const promote = opts.settings.promote ?? true;
  const reason = await concludeAbTest(opts.registry, arms, verdict, { promote, actor });
  const outcome = verdict.winner === "candidate" ? (promote ? "promoted" : "kept") : "aborted";
  const result: AbRolloutResult = { ...arms, outcome, verdict, reason, looks };
  await reportStatus(opts.registry, arms, verdict, outcome, actor, say);
  if (outcome === "aborted") {
    const git = await makeGitAgree(opts, reason, {
      canary: arms.candidate,
      stable: arms.production,
      analysis: renderAbVerdict(result),
    });
    result.gitops = git.note;
  }
  result.pullRequest = await commentVerdict(opts, result, say);
  return result;
}

/** The arms of the running test: production, the candidate on `canary`, and when it went there. */
export async function armsOf(registry: ModelStore, model: string): Promise<AbArms> {
  const aliases = await registry.aliases(model);
  const production = aliases[STABLE_LABEL];
  const candidate = aliases[CANARY_LABEL];
  if (production === undefined || candidate === undefined) {
    throw new ModelopsError(
      `${model}: an A/B test needs a production and a candidate (canary) version in ${registry.uri} (have production ${production ?? "none"}, canary ${candidate ?? "none"}); release one with deploy.strategy: ab or set it with modelops registry alias ${model} canary VERSION`,
      2,
    );
  }
  // The test counts predictions made since the candidate's latest move onto `canary`.
  const moved = (await registry.history(model)).filter((e) => e.alias === CANARY_LABEL && e.to === candidate);
  const since = moved.length > 0 ? Date.parse(moved.at(-1)!.at) : 0;
  return { model, production, candidate, since };
}

async function stillRunning(registry: ModelStore, arms: AbArms): Promise<void> {
  const aliases = await registry.aliases(arms.model);
  if (aliases[CANARY_LABEL] !== arms.candidate || aliases[STABLE_LABEL] !== arms.production) {
    throw new ModelopsError(
      `${arms.model}: the A/B test of v${arms.candidate} against v${arms.production} ended elsewhere (now production ${aliases[STABLE_LABEL] ?? "none"}, canary ${aliases[CANARY_LABEL] ?? "none"}); nothing done`,
      1,
    );
  }
}

async function look(
  log: AbRolloutOptions["log"],
  arms: AbArms,
  settings: AbSettings,
  previousP: number,
): Promise<AbVerdict> {
  if (typeof log !== "function") return readAbTest(log, arms, settings, previousP);
  const store = await log();
  try {
    return await readAbTest(store, arms, settings, previousP);
  } finally {
    await store.close();
  }
}

/** A deployment status on the candidate's deployment: success on production after a win, failure on canary. */
async function reportStatus(
  registry: ModelStore,
  arms: AbArms,
  v: AbVerdict,
  outcome: AbRolloutResult["outcome"],
  actor: string,
  say: (line: string) => void,
): Promise<void> {
  const alias = outcome === "promoted" ? STABLE_LABEL : CANARY_LABEL;
  const state = outcome === "aborted" ? "failure" : "success";
  try {
    await registry.reportServing(arms.model, alias, arms.candidate, {
      state,
      replica: actor,
      description: shortVerdict(arms, v),
    });
  } catch (err) {
    say(`cannot write the verdict as a deployment status: ${(err as Error).message.split("\n")[0]}`);
  }
}

/** The verdict in GitHub's 140 characters of a deployment status (with the replica's name before it). */
export function shortVerdict(arms: AbArms, v: AbVerdict): string {
  const pts = (x: number) => (100 * x).toFixed(2);
  const who =
    v.winner === "candidate"
      ? `v${arms.candidate} won`
      : v.winner === "production"
        ? `v${arms.production} won`
        : "no difference";
  return `A/B: ${who}, ${v.effect >= 0 ? "+" : ""}${pts(v.effect)} pts [${pts(v.interval[0])}, ${pts(v.interval[1])}], n=${v.samples.production}+${v.samples.candidate}`;
}

async function commentVerdict(
  opts: AbRolloutOptions,
  result: AbRolloutResult,
  say: (line: string) => void,
): Promise<string> {
  const version = await opts.registry.getVersion(opts.model, result.candidate);
  if (version?.pr === undefined) return `v${result.candidate} records no pull request: no comment`;
  if (!opts.pullRequests) return `${opts.registry.uri} cannot comment on pull requests: no comment`;
  try {
    return await opts.pullRequests.commentOnPullRequest(version.pr, renderAbVerdict(result));
  } catch (err) {
    const why = `cannot comment on pull request #${version.pr}: ${(err as Error).message.split("\n")[0]} (the token needs pull_requests: write)`;
    say(why);
    return why;
  }
}

/** The verdict as markdown: the release's pull request comment, the revert's body. */
export function renderAbVerdict(r: AbRolloutResult): string {
  const pct = (x: number) => `${(100 * x).toFixed(2)}`;
  const { verdict: v } = r;
  const acted = {
    promoted: `v${r.candidate} is production now (v${r.production} previous).`,
    kept: `v${r.candidate} won; deploy.ab.promote is off, so production stays v${r.production}.`,
    aborted: `v${r.candidate} is removed from traffic; production stays v${r.production}.`,
    undecided: "No verdict yet.",
  }[r.outcome];
  return [
    `<!-- modelops:ab:${r.model}:v${r.candidate} -->`,
    `### A/B test: ${r.model} v${r.candidate} against v${r.production} — ${r.outcome}`,
    "",
    r.reason,
    "",
    acted,
    "",
    "| | production | candidate |",
    "| --- | ---: | ---: |",
    `| version | v${r.production} | v${r.candidate} |`,
    `| outcomes | ${v.samples.production} | ${v.samples.candidate} |`,
    "",
    `Accuracy difference (candidate − production): **${pct(v.effect)} points**, always-valid interval [${pct(v.interval[0])}, ${pct(v.interval[1])}], p = ${v.pValue.toPrecision(3)} (mSPRT; ${r.looks} look${r.looks === 1 ? "" : "s"}).`,
    "",
  ].join("\n");
}

function emptyVerdict(): AbVerdict {
  return {
    winner: undefined,
    effect: 0,
    interval: [Number.NaN, Number.NaN],
    pValue: 1,
    samples: { production: 0, candidate: 0 },
  };
}
