// `modelops demo`: the whole lifecycle, offline, in a throwaway git repository built from examples/iris.
// Every stage prints one line with its figures; the demo fails (exit 1) when any stage did not do what it
// should, so it doubles as an end-to-end test of the engine.
import { cp, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { getModel, loadConfig } from "../config/index.ts";
import { type DataProfile, renderDataSection } from "../data/index.ts";
import { ModelopsError } from "../errors.ts";
import { type compareMetrics, renderMarkdown } from "../evaluate/index.ts";
import { recordApproval } from "../gitops/approvals.ts";
import { git } from "../gitops/git.ts";
import { checkPromotion, loadConfigAt, type ReleaseOutcome, releaseHead } from "../gitops/release.ts";
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

export async function runDemo(opts: DemoOptions = {}): Promise<DemoResult> {
  const print = opts.print ?? ((line: string) => console.log(line));
  const dir = resolve(opts.dir ?? (await mkdtemp(join(tmpdir(), "modelops-demo-"))));
  const repo = join(dir, "repo");
  const registryRoot = join(repo, ".modelops");
  const runsDir = join(dir, "runs");
  const reportDir = join(dir, "report");
  const stages: StageLine[] = [];
  const curves: Curve[] = [];
  const sections: Array<{ heading: string; markdown: string }> = [];
  const stage = (name: string, ok: boolean, text: string) => {
    stages.push({ stage: name, ok, text });
    print(`${ok ? "✔" : "✘"} ${name.padEnd(10)} ${text}`);
  };
  const g = (...args: string[]) => git(repo, args, { ...AUTHOR, ...COMMITTER });
  // The policy (gates, reviewers) a change is judged by is the one on main, never the change's own.
  const checkArgs = async () => ({
    registry,
    registryRoot,
    model: MODEL,
    policy: getModel(await loadConfigAt(repo, "main", configFile), MODEL).config,
    author: AUTHOR.GIT_AUTHOR_NAME,
  });

  // 1. A repository with the iris example on main.
  await mkdir(repo, { recursive: true });
  await cp(EXAMPLE_DIR, repo, { recursive: true });
  await writeFile(join(repo, ".gitignore"), ".modelops/\n");
  await g("init", "-q", "-b", "main");
  await g("add", "-A");
  await g("commit", "-q", "-m", "Add the iris models");
  const configFile = join(repo, "modelops.yaml");
  const registry = await Registry.open(registryRoot);
  stage("repo", true, `git repository with examples/iris at ${repo}`);

  // 2. v1: approve the first commit, release it, serve it.
  const first = await g("rev-parse", "HEAD");
  for (const model of ["iris", "iris-petal"])
    await recordApproval(registryRoot, { model, commit: first, reviewer: REVIEWER });
  const v1 = await release(repo, configFile, registry, registryRoot, runsDir);
  stage(
    "release",
    v1.every((o) => o.action === "released"),
    v1.map((o) => `${o.tag ?? o.model}: ${o.action}, ${metricText(o)} (trained in ${o.seconds}s)`).join("; "),
  );
  curves.push(await curve(registry, MODEL, 1, "v1 (main)"));

  // Monitoring: the live inputs' window against the training profile, gauges on /metrics.
  const drift = new ProductionDrift({ window: 500, minRows: 50 });
  drift.watch(MODEL, await servedProfile(registry, MODEL));
  const server = await startServer({
    registry: registryRoot,
    port: opts.port ?? 0,
    pollMs: 100,
    log: () => {},
    observeInputs: (model, rows) => drift.observe(model, rows),
    registerMetrics: (r) => {
      drift.register(r);
      new AnomalyMonitor().register(r);
    },
  });
  let serverOpen = true;
  try {
    const first = await predict(server.url);
    stage(
      "serve",
      first.version === "1",
      `${server.url}/v1/models/${MODEL}:predict answers v${first.version}: ${first.label}`,
    );

    // 3. A pull request that changes the config: a smaller network.
    await g("checkout", "-q", "-b", "smaller-mlp");
    await editConfig(configFile, (text) =>
      text.replace(
        "model: { architecture: mlp, dense: [16, 16], activation: relu }",
        "model: { architecture: mlp, dense: [8], activation: relu }",
      ),
    );
    await g("commit", "-q", "-am", "iris: one hidden layer of 8");
    const prHead = await g("rev-parse", "HEAD");
    const pr = await runBranch(repo, configFile, registry, runsDir, "smaller-mlp");
    const prCheck = await checkPromotion({ ...(await checkArgs()), candidate: pr.metrics, commit: prHead });
    const prGates = prCheck.comparison.gates;
    stage(
      "report",
      prCheck.comparison.passed,
      `PR smaller-mlp: ${comparisonText(prCheck.comparison)}; gates ${prGates.filter((x) => x.passed).length}/${prGates.length} pass; waiting for approval`,
    );
    sections.push({
      heading: "PR smaller-mlp: candidate vs production",
      markdown: renderMarkdown(prCheck.comparison),
    });
    sections.push({
      heading: "PR smaller-mlp: data",
      markdown: renderDataSection(
        await productionProfile(registry, MODEL),
        await readJson<DataProfile>(join(pr.outDir, "profile.json")),
      ),
    });
    curves.push(
      curveOf(await readJson<TrainingHistory>(join(pr.outDir, "history.json")), "v2 candidate (smaller-mlp)"),
    );

    // 4. The reviewer approves the exact commit that was measured.
    await recordApproval(registryRoot, { model: MODEL, commit: prHead, reviewer: REVIEWER });
    const approved = await checkPromotion({ ...(await checkArgs()), candidate: pr.metrics, commit: prHead });
    stage(
      "approve",
      approved.passed,
      `${REVIEWER} approved ${prHead.slice(0, 7)}: check ${approved.passed ? "green" : `still red: ${approved.reasons.join("; ")}`}`,
    );

    // 5. Main rolls iris out by canary from now on: a deploy policy change, no new inputs, nothing released.
    await g("checkout", "-q", "main");
    await editConfig(configFile, (text) =>
      text.replace(
        "    promotion: { reviewers: { users: [ml-lead] }, minApprovals: 1 }\n",
        "    promotion: { reviewers: { users: [ml-lead] }, minApprovals: 1 }\n" +
          "    deploy:\n" +
          "      strategy: canary\n" +
          "      canary: { steps: [25, 50, 100], interval: 1s, analysis: { errorRate: { max: 0.01 }, latencyP99Ms: { max: 1000 } } }\n",
      ),
    );
    await g("commit", "-q", "-am", "iris: roll out by canary with analysis");

    // 6. Merge under live traffic: v2 is released from the reviewed artifact as the canary, walks the
    // canary steps with its analysis against v1 (measured from the server's /metrics) and is promoted.
    const traffic = startTraffic({ url: server.url, model: MODEL, instances: [SAMPLE], concurrency: 4 });
    await sleep(300);
    await g("merge", "-q", "--no-ff", "smaller-mlp", "-m", "Merge pull request #1 from smaller-mlp");
    const v2 = (await release(repo, configFile, registry, registryRoot, runsDir)).find(
      (o) => o.model === MODEL,
    );
    stage(
      "merge",
      v2?.action === "released" && v2.trained === false,
      `${v2?.tag ?? "iris"}: ${v2?.action} as the canary from the reviewed run (${v2?.trained ? "retrained" : "no retraining"}), approved by ${v2?.check?.approvals.approvers.join(", ")}`,
    );
    const loadedCanary = await waitForVersion(server, MODEL, 2, "canary");
    const slo = modelSlo(MODEL, getModel(await loadConfig(configFile), MODEL).config);
    const rollout = await runCanary({
      model: MODEL,
      registry,
      source: new ScrapeSource(server.url),
      router: { setCanaryWeight: (model, percent) => server.setCanaryPercent(model, percent) },
      steps: slo.canary?.steps ?? [100],
      intervalMs: slo.canary?.intervalMs ?? 1000,
      conditions: slo.conditions,
      failureLimit: slo.canary?.failureLimit ?? 0,
      actor: "modelops demo",
    });
    const swapped = await waitForVersion(server, MODEL, 2);
    await sleep(300);
    const load = await traffic.stop();
    const canaryShare = (s: (typeof rollout.steps)[number]) =>
      `${s.percent}% (${s.canary.requests} requests, ${+((s.canary.errorRate ?? 0) * 100).toFixed(2)}% errors, p99 ${s.canary.latencyP99Ms === undefined ? "-" : `${+s.canary.latencyP99Ms.toPrecision(2)} ms`})`;
    stage(
      "canary",
      loadedCanary && rollout.outcome === "promoted",
      `v2 on the canary label: ${rollout.steps.map(canaryShare).join(" -> ")}; analysis against v1 ${rollout.outcome === "promoted" ? "passed: promoted to production" : `failed: ${rollout.reason}`}`,
    );
    sections.push({ heading: "Canary analysis of iris v2", markdown: renderAnalysis(rollout) });
    stage(
      "switch",
      swapped && load.failed === 0 && (load.byVersion["1"] ?? 0) > 0 && (load.byVersion["2"] ?? 0) > 0,
      `v1 -> v2 under live traffic: ${load.requests} requests, ${load.failed} failed, answered by v1: ${load.byVersion["1"] ?? 0}, v2: ${load.byVersion["2"] ?? 0}`,
    );

    // 7. Monitoring: what Prometheus would scrape.
    const metricsText = await (await fetch(`${server.url}/metrics`)).text();
    const served = sumSamples(metricsText, "modelops_requests_total", MODEL);
    const monitoring = monitoringSummary((await loadConfig(configFile)).config, metricsText, drift, MODEL);
    stage(
      "monitor",
      served >= load.requests - load.failed && monitoring.ok,
      `/metrics: modelops_requests_total{model="${MODEL}"} = ${served}; ${monitoring.text}`,
    );

    // 8. A bad change: learning rate 10. Its gates fail, so it is never merged or released.
    await g("checkout", "-q", "-b", "lr-10");
    await editConfig(configFile, (text) => text.replace("learningRate: 0.02", "learningRate: 10"));
    await g("commit", "-q", "-am", "iris: learning rate 10");
    const badHead = await g("rev-parse", "HEAD");
    const bad = await runBranch(repo, configFile, registry, runsDir, "lr-10");
    await recordApproval(registryRoot, { model: MODEL, commit: badHead, reviewer: REVIEWER });
    const badCheck = await checkPromotion({
      ...(await checkArgs()),
      candidate: bad.metrics,
      commit: badHead,
    });
    const stillV2 = (await registry.resolveAlias(MODEL, "production"))?.version === 2;
    stage(
      "blocked",
      !badCheck.passed && !badCheck.comparison.passed && stillV2,
      `PR lr-10: check red even with an approval: ${badCheck.reasons.slice(0, 2).join("; ")}; production stays v2`,
    );
    sections.push({
      heading: "PR lr-10: candidate vs production (blocked)",
      markdown: renderMarkdown(badCheck.comparison),
    });
    curves.push(
      curveOf(await readJson<TrainingHistory>(join(bad.outDir, "history.json")), "lr-10 (blocked)"),
    );
    await g("checkout", "-q", "main");

    // 9. git revert of the v2 merge: production goes back to v1, from the store, no training.
    const merge = await g("rev-parse", "HEAD");
    await g("revert", "--no-edit", "-m", "1", merge);
    const started = performance.now();
    const back = (await release(repo, configFile, registry, registryRoot, runsDir)).find(
      (o) => o.model === MODEL,
    );
    const servedV1 = await waitForVersion(server, MODEL, 1);
    const rollbackSeconds = Math.round(performance.now() - started) / 1000;
    const after = await predict(server.url);
    stage(
      "rollback",
      back?.action === "rolled-back" && back.trained === false && servedV1 && after.version === "1",
      `git revert ${merge.slice(0, 7)} -> production ${back?.previous ? `v${back.previous}` : "?"} -> v${back?.version}, served in ${rollbackSeconds.toFixed(2)}s, no retraining`,
    );

    const history = await registry.history(MODEL);
    sections.push({
      heading: "Alias history of iris",
      markdown: history
        .map((h) => `- ${h.at} ${h.alias}: ${h.from ?? "-"} -> ${h.to ?? "-"} (${h.reason})`)
        .join("\n"),
    });
    await writeReport(reportDir, {
      title: "modelops demo: the iris model's lifecycle",
      stages,
      sections,
      curves,
    });
    const ok = stages.every((s) => s.ok);
    print(`${ok ? "✔" : "✘"} report     ${join(reportDir, "report.md")} and report.html`);
    if (opts.keepServing) {
      print(`serving at ${server.url} (Ctrl-C to stop)`);
      serverOpen = false;
      await waitForSignal();
      await server.close();
    }
    return { ok, dir, reportDir, stages, rollbackSeconds, switchFailures: load.failed };
  } finally {
    if (serverOpen) await server.close();
  }
}

async function release(
  repo: string,
  configFile: string,
  registry: Registry,
  registryRoot: string,
  runsDir: string,
): Promise<ReleaseOutcome[]> {
  const config = await loadConfig(configFile);
  return releaseHead({ repoDir: repo, config, registry, registryRoot, runsDir, actor: "demo" });
}

/** What the PR workflow does on a branch: run the pipeline (the artifact lands in the store by its key). */
async function runBranch(
  repo: string,
  configFile: string,
  registry: Registry,
  runsDir: string,
  branch: string,
) {
  const loaded = await loadConfig(configFile);
  const ref: ModelRef = { configDir: repo, name: MODEL, config: getModel(loaded, MODEL).config };
  return runModel(ref, { outDir: join(runsDir, branch), registry });
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

function waitForSignal(): Promise<void> {
  return new Promise((r) => {
    process.once("SIGINT", () => r());
    process.once("SIGTERM", () => r());
  });
}
