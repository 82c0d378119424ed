// `modelops demo`: the whole lifecycle, offline, in a throwaway git repository built from examples/iris.
// Every stage prints one line with its figures; the demo fails (exit 1) when any stage did not do what it
// should, so it doubles as an end-to-end test of the engine.
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { getModel, loadConfig } from "../config/index.ts";
import { type DataProfile, renderDataSection } from "../data/index.ts";
import { ModelopsError } from "../errors.ts";
import { renderExplanations } from "../evaluate/explain-report.ts";
import { type compareMetrics, type MetricsFile, renderMarkdown } from "../evaluate/index.ts";
import { recordApproval } from "../gitops/approvals.ts";
import { git } from "../gitops/git.ts";
import { checkPromotion, loadConfigAt, type ReleaseOutcome, releaseHead } from "../gitops/release.ts";
import { makeDirs } from "../make-dirs.ts";
import {
  AnomalyMonitor,
  modelSlo,
  monitoringSummary,
  ProductionDrift,
  renderAnalysis,
  runCanary,
  ScrapeSource,
  servedProfile,
} from "../monitor/index.ts";
import { packagePath } from "../package-root.ts";
import { Registry } from "../registry/index.ts";
import { type ModelRef, readJson, runModel } from "../run/run.ts";
import { startServer } from "../serve/index.ts";
import { stopSignal } from "../stop-signal.ts";
import type { TrainingHistory } from "../train/history.ts";
import { type Curve, type StageLine, writeReport } from "./report.ts";
import { startTraffic } from "./traffic.ts";

const EXAMPLE_DIR = packagePath("examples", "iris");
const MODEL = "iris";
const AUTHOR = { GIT_AUTHOR_NAME: "Ada", GIT_AUTHOR_EMAIL: "ada@example.com" };
const COMMITTER = { GIT_COMMITTER_NAME: "modelops demo", GIT_COMMITTER_EMAIL: "demo@modelops.invalid" };
const REVIEWER = "ml-lead";
const SAMPLE = { sepal_length: 6.1, sepal_width: 2.8, petal_length: 4.7, petal_width: 1.2 };

export interface DemoOptions {
  dir?: string;
  keepServing?: boolean;
  port?: number;
  print?: (line: string) => void;
}

export interface DemoResult {
  ok: boolean;
  dir: string;
  reportDir: string;
  stages: StageLine[];
  rollbackSeconds: number;
  switchFailures: number;
}

/** What every stage of the demo works on, and what it leaves for the report. */
interface Demo {
  opts: DemoOptions;
  print: (line: string) => void;
  dir: string;
  repo: string;
  configFile: string;
  registryRoot: string;
  registry: Registry;
  runsDir: string;
  reportDir: string;
  stages: StageLine[];
  curves: Curve[];
  sections: Array<{ heading: string; markdown: string }>;
}

type DemoServer = Awaited<ReturnType<typeof startServer>>;
type Load = Awaited<ReturnType<ReturnType<typeof startTraffic>["stop"]>>;

export async function runDemo(opts: DemoOptions = {}): Promise<DemoResult> {
  const demo = await setUpRepo(opts);
  await releaseFirstVersion(demo);
  const drift = new ProductionDrift({ window: 500, minRows: 50 });
  const server = await serveFirstVersion(demo, drift);
  let serverOpen = true;
  try {
    const pr = await openPullRequest(demo);
    await approvePullRequest(demo, pr);
    await adoptCanaryOnMain(demo);
    const load = await mergeUnderTraffic(demo, server);
    await reportMonitoring(demo, server, drift, load);
    await blockBadChange(demo);
    const rollbackSeconds = await revertMerge(demo, server);
    const ok = await finishReport(demo);
    if (opts.keepServing) {
      demo.print(`serving at ${server.url} (Ctrl-C to stop)`);
      serverOpen = false;
      await stopSignal();
      await server.close();
    }
    return {
      ok,
      dir: demo.dir,
      reportDir: demo.reportDir,
      stages: demo.stages,
      rollbackSeconds,
      switchFailures: load.failed,
    };
  } finally {
    if (serverOpen) await server.close();
  }
}

function stage(demo: Demo, name: string, ok: boolean, text: string): void {
  demo.stages.push({ stage: name, ok, text });
  demo.print(`${ok ? "✔" : "✘"} ${name.padEnd(10)} ${text}`);
}

function g(demo: Demo, ...args: string[]): Promise<string> {
  return git(demo.repo, args, { ...AUTHOR, ...COMMITTER });
}

/** The facts a promotion check needs: the policy (gates, reviewers) is main's, never the change's own. */
async function checkArgs(demo: Demo) {
  return {
    registry: demo.registry,
    registryRoot: demo.registryRoot,
    model: MODEL,
    policy: getModel(await loadConfigAt(demo.repo, "main", demo.configFile), MODEL).config,
    author: AUTHOR.GIT_AUTHOR_NAME,
  };
}

/** 1. A repository with the iris example on main. */
async function setUpRepo(opts: DemoOptions): Promise<Demo> {
  const dir = resolve(opts.dir ?? (await mkdtemp(join(tmpdir(), "modelops-demo-"))));
  const repo = join(dir, "repo");
  const registryRoot = join(repo, ".modelops");
  await makeDirs(repo);
  await cp(EXAMPLE_DIR, repo, { recursive: true });
  await writeFile(join(repo, ".gitignore"), ".modelops/\n");
  const run = (...args: string[]) => git(repo, args, { ...AUTHOR, ...COMMITTER });
  await run("init", "-q", "-b", "main");
  await run("add", "-A");
  await run("commit", "-q", "-m", "Add the iris models");
  const demo: Demo = {
    opts,
    print: opts.print ?? ((line: string) => console.log(line)),
    dir,
    repo,
    configFile: join(repo, "modelops.yaml"),
    registryRoot,
    registry: await Registry.open(registryRoot),
    runsDir: join(dir, "runs"),
    reportDir: join(dir, "report"),
    stages: [],
    curves: [],
    sections: [],
  };
  stage(demo, "repo", true, `git repository with examples/iris at ${repo}`);
  return demo;
}

/** 2. v1: approve the first commit and release it. */
async function releaseFirstVersion(demo: Demo): Promise<void> {
  const first = await g(demo, "rev-parse", "HEAD");
  for (const model of ["iris", "iris-petal"])
    await recordApproval(demo.registryRoot, { model, commit: first, reviewer: REVIEWER });
  const v1 = await release(demo);
  stage(
    demo,
    "release",
    v1.every((o) => o.action === "released"),
    v1.map((o) => `${o.tag ?? o.model}: ${o.action}, ${metricText(o)} (trained in ${o.seconds}s)`).join("; "),
  );
  demo.curves.push(await curve(demo.registry, MODEL, 1, "v1 (main)"));
}

/** Serve v1, with monitoring: the live inputs' window against the training profile, gauges on /metrics. */
async function serveFirstVersion(demo: Demo, drift: ProductionDrift): Promise<DemoServer> {
  drift.watch(MODEL, await servedProfile(demo.registry, MODEL));
  const server = await startServer({
    registry: demo.registryRoot,
    port: demo.opts.port ?? 0,
    pollMs: 100,
    log: () => {},
    observeInputs: (model, rows) => drift.observe(model, rows),
    registerMetrics: (r) => {
      drift.register(r);
      new AnomalyMonitor().register(r);
    },
  });
  try {
    const first = await predict(server.url);
    stage(
      demo,
      "serve",
      first.version === "1",
      `${server.url}/v1/models/${MODEL}:predict answers v${first.version}: ${first.label}`,
    );
  } catch (error) {
    await server.close();
    throw error;
  }
  return server;
}

/** 3. A pull request that changes the config: a smaller network. */
async function openPullRequest(demo: Demo): Promise<{ head: string; metrics: MetricsFile }> {
  await g(demo, "checkout", "-q", "-b", "smaller-mlp");
  await editConfig(demo.configFile, (text) =>
    text.replace(
      "model: { architecture: mlp, dense: [16, 16], activation: relu }",
      "model: { architecture: mlp, dense: [8], activation: relu }",
    ),
  );
  await g(demo, "commit", "-q", "-am", "iris: one hidden layer of 8");
  const head = await g(demo, "rev-parse", "HEAD");
  const pr = await runBranch(demo, "smaller-mlp");
  const check = await checkPromotion({ ...(await checkArgs(demo)), candidate: pr.metrics, commit: head });
  const gates = check.comparison.gates;
  stage(
    demo,
    "report",
    check.comparison.passed,
    `PR smaller-mlp: ${comparisonText(check.comparison)}; gates ${gates.filter((x) => x.passed).length}/${gates.length} pass; waiting for approval`,
  );
  demo.sections.push({
    heading: "PR smaller-mlp: candidate vs production",
    markdown: renderMarkdown(check.comparison),
  });
  const explained = renderExplanations(await productionEvaluation(demo.registry, MODEL), pr.metrics);
  demo.sections.push({ heading: `PR smaller-mlp: ${explained.summary}`, markdown: explained.body });
  demo.sections.push({
    heading: "PR smaller-mlp: data",
    markdown: renderDataSection(
      await productionProfile(demo.registry, MODEL),
      await readJson<DataProfile>(join(pr.outDir, "profile.json")),
    ),
  });
  demo.curves.push(
    curveOf(await readJson<TrainingHistory>(join(pr.outDir, "history.json")), "v2 candidate (smaller-mlp)"),
  );
  return { head, metrics: pr.metrics };
}

/** 4. The reviewer approves the exact commit that was measured. */
async function approvePullRequest(demo: Demo, pr: { head: string; metrics: MetricsFile }): Promise<void> {
  await recordApproval(demo.registryRoot, { model: MODEL, commit: pr.head, reviewer: REVIEWER });
  const approved = await checkPromotion({
    ...(await checkArgs(demo)),
    candidate: pr.metrics,
    commit: pr.head,
  });
  stage(
    demo,
    "approve",
    approved.passed,
    `${REVIEWER} approved ${pr.head.slice(0, 7)}: check ${approved.passed ? "green" : `still red: ${approved.reasons.join("; ")}`}`,
  );
}

/** 5. Main rolls iris out by canary from now on: a deploy policy change, no new inputs, nothing released. */
async function adoptCanaryOnMain(demo: Demo): Promise<void> {
  await g(demo, "checkout", "-q", "main");
  await editConfig(demo.configFile, (text) =>
    text.replace(
      "    promotion: { reviewers: { users: [ml-lead] }, minApprovals: 1 }\n",
      "    promotion: { reviewers: { users: [ml-lead] }, minApprovals: 1 }\n" +
        "    deploy:\n" +
        "      strategy: canary\n" +
        "      canary: { steps: [25, 50, 100], interval: 1s, analysis: { errorRate: { max: 0.01 }, latencyP99Ms: { max: 1000 } } }\n",
    ),
  );
  await g(demo, "commit", "-q", "-am", "iris: roll out by canary with analysis");
}

/**
 * 6. Merge under live traffic: v2 is released from the reviewed artifact as the canary, walks the canary
 * steps with its analysis against v1 (measured from the server's /metrics) and is promoted.
 */
async function mergeUnderTraffic(demo: Demo, server: DemoServer): Promise<Load> {
  const traffic = startTraffic({ url: server.url, model: MODEL, instances: [SAMPLE], concurrency: 4 });
  await sleep(300);
  await g(demo, "merge", "-q", "--no-ff", "smaller-mlp", "-m", "Merge pull request #1 from smaller-mlp");
  const v2 = (await release(demo)).find((o) => o.model === MODEL);
  stage(
    demo,
    "merge",
    v2?.action === "released" && v2.trained === false,
    `${v2?.tag ?? "iris"}: ${v2?.action} as the canary from the reviewed run (${v2?.trained ? "retrained" : "no retraining"}), approved by ${v2?.check?.approvals.approvers.join(", ")}`,
  );
  const loadedCanary = await waitForVersion(server, MODEL, 2, "canary");
  const rollout = await rollOutCanary(demo, server);
  const swapped = await waitForVersion(server, MODEL, 2);
  await sleep(300);
  const load = await traffic.stop();
  const canaryShare = (s: (typeof rollout.steps)[number]) =>
    `${s.percent}% (${s.canary.requests} requests, ${+((s.canary.errorRate ?? 0) * 100).toFixed(2)}% errors, p99 ${s.canary.latencyP99Ms === undefined ? "-" : `${+s.canary.latencyP99Ms.toPrecision(2)} ms`})`;
  stage(
    demo,
    "canary",
    loadedCanary && rollout.outcome === "promoted",
    `v2 on the canary label: ${rollout.steps.map(canaryShare).join(" -> ")}; analysis against v1 ${rollout.outcome === "promoted" ? "passed: promoted to production" : `failed: ${rollout.reason}`}`,
  );
  demo.sections.push({ heading: "Canary analysis of iris v2", markdown: renderAnalysis(rollout) });
  stage(
    demo,
    "switch",
    swapped && load.failed === 0 && (load.byVersion["1"] ?? 0) > 0 && (load.byVersion["2"] ?? 0) > 0,
    `v1 -> v2 under live traffic: ${load.requests} requests, ${load.failed} failed, answered by v1: ${load.byVersion["1"] ?? 0}, v2: ${load.byVersion["2"] ?? 0}`,
  );
  return load;
}

/** The canary steps of main's deploy policy, analysed from the server's own /metrics. */
async function rollOutCanary(demo: Demo, server: DemoServer) {
  const slo = modelSlo(MODEL, getModel(await loadConfig(demo.configFile), MODEL).config);
  return runCanary({
    model: MODEL,
    registry: demo.registry,
    source: new ScrapeSource(server.url),
    router: { setCanaryWeight: (model, percent) => server.setCanaryPercent(model, percent) },
    steps: slo.canary?.steps ?? [100],
    intervalMs: slo.canary?.intervalMs ?? 1000,
    conditions: slo.conditions,
    failureLimit: slo.canary?.failureLimit ?? 0,
    actor: "modelops demo",
  });
}

/** 7. Monitoring: what Prometheus would scrape. */
async function reportMonitoring(
  demo: Demo,
  server: DemoServer,
  drift: ProductionDrift,
  load: Load,
): Promise<void> {
  const metricsText = await (await fetch(`${server.url}/metrics`)).text();
  const served = sumSamples(metricsText, "modelops_requests_total", MODEL);
  const monitoring = monitoringSummary((await loadConfig(demo.configFile)).config, metricsText, drift, MODEL);
  stage(
    demo,
    "monitor",
    served >= load.requests - load.failed && monitoring.ok,
    `/metrics: modelops_requests_total{model="${MODEL}"} = ${served}; ${monitoring.text}`,
  );
}

/** 8. A bad change: learning rate 10. Its gates fail, so it is never merged or released. */
async function blockBadChange(demo: Demo): Promise<void> {
  await g(demo, "checkout", "-q", "-b", "lr-10");
  await editConfig(demo.configFile, (text) => text.replace("learningRate: 0.02", "learningRate: 10"));
  await g(demo, "commit", "-q", "-am", "iris: learning rate 10");
  const badHead = await g(demo, "rev-parse", "HEAD");
  const bad = await runBranch(demo, "lr-10");
  await recordApproval(demo.registryRoot, { model: MODEL, commit: badHead, reviewer: REVIEWER });
  const badCheck = await checkPromotion({
    ...(await checkArgs(demo)),
    candidate: bad.metrics,
    commit: badHead,
  });
  const stillV2 = (await demo.registry.resolveAlias(MODEL, "production"))?.version === 2;
  stage(
    demo,
    "blocked",
    !badCheck.passed && !badCheck.comparison.passed && stillV2,
    `PR lr-10: check red even with an approval: ${badCheck.reasons.slice(0, 2).join("; ")}; production stays v2`,
  );
  demo.sections.push({
    heading: "PR lr-10: candidate vs production (blocked)",
    markdown: renderMarkdown(badCheck.comparison),
  });
  demo.curves.push(
    curveOf(await readJson<TrainingHistory>(join(bad.outDir, "history.json")), "lr-10 (blocked)"),
  );
  await g(demo, "checkout", "-q", "main");
}

/** 9. git revert of the v2 merge: production goes back to v1, from the store, no training. */
async function revertMerge(demo: Demo, server: DemoServer): Promise<number> {
  const merge = await g(demo, "rev-parse", "HEAD");
  await g(demo, "revert", "--no-edit", "-m", "1", merge);
  const started = performance.now();
  const back = (await release(demo)).find((o) => o.model === MODEL);
  const servedV1 = await waitForVersion(server, MODEL, 1);
  const rollbackSeconds = Math.round(performance.now() - started) / 1000;
  const after = await predict(server.url);
  stage(
    demo,
    "rollback",
    back?.action === "rolled-back" && back.trained === false && servedV1 && after.version === "1",
    `git revert ${merge.slice(0, 7)} -> production ${back?.previous ? `v${back.previous}` : "?"} -> v${back?.version}, served in ${rollbackSeconds.toFixed(2)}s, no retraining`,
  );
  return rollbackSeconds;
}

/** The alias history, then report.md and report.html; true when every stage did what it should. */
async function finishReport(demo: Demo): Promise<boolean> {
  const history = await demo.registry.history(MODEL);
  demo.sections.push({
    heading: "Alias history of iris",
    markdown: history
      .map((h) => `- ${h.at} ${h.alias}: ${h.from ?? "-"} -> ${h.to ?? "-"} (${h.reason})`)
      .join("\n"),
  });
  await writeReport(demo.reportDir, {
    title: "modelops demo: the iris model's lifecycle",
    stages: demo.stages,
    sections: demo.sections,
    curves: demo.curves,
  });
  const ok = demo.stages.every((s) => s.ok);
  demo.print(`${ok ? "✔" : "✘"} report     ${join(demo.reportDir, "report.md")} and report.html`);
  return ok;
}

function release(demo: Demo): Promise<ReleaseOutcome[]> {
  const { repo, configFile, registry, registryRoot, runsDir } = demo;
  return loadConfig(configFile).then((config) =>
    releaseHead({ repoDir: repo, config, registry, registryRoot, runsDir, actor: "demo" }),
  );
}

/** What the PR workflow does on a branch: run the pipeline (the artifact lands in the store by its key). */
async function runBranch(demo: Demo, branch: string) {
  const loaded = await loadConfig(demo.configFile);
  const ref: ModelRef = { configDir: demo.repo, name: MODEL, config: getModel(loaded, MODEL).config };
  return runModel(ref, { outDir: join(demo.runsDir, branch), registry: demo.registry });
}

async function editConfig(file: string, edit: (text: string) => string): Promise<void> {
  const before = await readFile(file, "utf8");
  const after = edit(before);
  if (after === before)
    throw new ModelopsError(`demo: could not edit ${file} (examples/iris/modelops.yaml changed?)`);
  await writeFile(file, after);
}

async function predict(url: string): Promise<{ version: string; label: string }> {
  const res = await fetch(`${url}/v1/models/${MODEL}:predict`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ instances: [SAMPLE] }),
  });
  const body = (await res.json()) as { predictions: number[][] };
  const probs = body.predictions[0] ?? [];
  const classes = ["setosa", "versicolor", "virginica"];
  const best = probs.indexOf(Math.max(...probs));
  return {
    version: res.headers.get("x-model-version") ?? "?",
    label: `${classes[best]} (p=${probs[best]?.toFixed(2)})`,
  };
}

async function waitForVersion(
  server: { currentVersion(model: string, label?: string): number | undefined },
  model: string,
  version: number,
  label?: string,
  timeoutMs = 10_000,
): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server.currentVersion(model, label) === version) return true;
    await sleep(20);
  }
  return false;
}

/** The training-data profile of the version production serves (null before the first release). */
/** The evaluation (metrics.json) of the version production serves (null before the first release). */
async function productionEvaluation(registry: Registry, model: string): Promise<MetricsFile | null> {
  const v = await registry.resolveAlias(model, "production");
  if (!v) return null;
  return readJson<MetricsFile>(join(registry.artifactDir(v.digest), "metrics.json")).catch(() => null);
}

async function productionProfile(registry: Registry, model: string): Promise<DataProfile | null> {
  const v = await registry.resolveAlias(model, "production");
  if (!v) return null;
  return readJson<DataProfile>(join(registry.artifactDir(v.digest), "profile.json")).catch(() => null);
}

async function curve(registry: Registry, model: string, version: number, name: string): Promise<Curve> {
  const v = await registry.getVersion(model, version);
  if (!v) return { name, values: [] };
  return curveOf(await readJson<TrainingHistory>(join(registry.artifactDir(v.digest), "history.json")), name);
}

function curveOf(history: TrainingHistory, name: string): Curve {
  return { name, values: history.epochs.map((e) => e.val_loss ?? e.loss ?? Number.NaN) };
}

function metricText(o: ReleaseOutcome): string {
  const rows = o.check?.comparison.rows ?? [];
  return rows
    .filter((r) => ["accuracy", "f1_macro", "r2", "rmse"].includes(r.metric))
    .map((r) => `${r.metric} ${r.candidate?.toFixed(3)}`)
    .join(", ");
}

function comparisonText(c: ReturnType<typeof compareMetrics>): string {
  const row = c.rows.find((r) => r.metric === "accuracy");
  if (!row) return "no accuracy";
  const delta =
    row.delta === null || row.delta === undefined
      ? ""
      : ` (${row.delta >= 0 ? "+" : ""}${row.delta.toFixed(3)})`;
  return `accuracy ${row.baseline?.toFixed(3)} -> ${row.candidate?.toFixed(3)}${delta}`;
}

function sumSamples(exposition: string, metric: string, model: string): number {
  let total = 0;
  for (const line of exposition.split("\n")) {
    if (line.startsWith(`${metric}{`) && line.includes(`model="${model}"`))
      total += Number(line.split(" ").at(-1));
  }
  return total;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
