// `modelops monitor rules|dashboard|drift|status`: Prometheus rules and a Grafana dashboard from the
// config's SLOs, production drift and a terminal status from a running model server and Prometheus.
import { writeFile } from "node:fs/promises";
import { type Command, InvalidArgumentError } from "commander";
import { loadConfig } from "../../config/index.ts";

function duration(value: string): string {
  if (!/^\d+(ms|s|m|h|d)$/.test(value)) throw new InvalidArgumentError("expected a duration such as 5m");
  return value;
}

/** The registry beside `configFile` (or `explicit`); a missing one is a one-line error, never created. */
async function existingRegistry(configFile: string, explicit: string | undefined) {
  const { existsSync } = await import("node:fs");
  const { registryRootFor } = await import("../context.ts");
  const { Registry } = await import("../../registry/index.ts");
  const { ModelopsError } = await import("../../errors.ts");
  const root = registryRootFor(configFile, explicit);
  if (!existsSync(root)) throw new ModelopsError(`no registry at ${root}; pass --registry DIR`, 2);
  return Registry.open(root, { create: false });
}

async function output(text: string, file: string | undefined): Promise<void> {
  if (file) await writeFile(file, text);
  else process.stdout.write(text);
}

export function register(program: Command): void {
  const monitor = program
    .command("monitor")
    .description("alert rules, dashboards, production drift and live status of served models");
  registerRules(monitor);
  registerDashboard(monitor);
  registerDrift(monitor);
  registerPerformance(monitor);
  registerCanary(monitor);
  registerAb(monitor);
  registerStatus(monitor);
}

function registerRules(monitor: Command): void {
  monitor
    .command("rules")
    .description(
      "Prometheus recording and alerting rules for each model's SLOs (error rate, latency, drift, anomaly)",
    )
    .option("-c, --config <file>", "modelops.yaml to read", "modelops.yaml")
    .option("--window <duration>", "rate window of the recording rules", duration, "5m")
    .option(
      "--for <duration>",
      "how long a condition holds before its alert fires (default 5m; drift 15m, anomaly 2m)",
      duration,
    )
    .option("-o, --output <file>", "write the rules file here instead of stdout")
    .action(async (o: { config: string; window: string; for?: string; output?: string }) => {
      const { allSlos } = await import("../../monitor/slo.ts");
      const { renderRules } = await import("../../monitor/rules.ts");
      const loaded = await loadConfig(o.config);
      const text = renderRules(allSlos(loaded.config), { window: o.window, ...(o.for && { for: o.for }) });
      await output(text, o.output);
    });
}

function registerDashboard(monitor: Command): void {
  monitor
    .command("dashboard")
    .description("a Grafana dashboard (JSON, importable as is; the Prometheus datasource is a variable)")
    .option("--title <title>", "dashboard title", "modelops")
    .option("--uid <uid>", "dashboard uid", "modelops")
    .option("-o, --output <file>", "write the JSON here instead of stdout")
    .action(async (o: { title: string; uid: string; output?: string }) => {
      const { renderDashboard } = await import("../../monitor/dashboard.ts");
      await output(`${JSON.stringify(renderDashboard({ title: o.title, uid: o.uid }), null, 2)}\n`, o.output);
    });
}

function registerDrift(monitor: Command): void {
  monitor
    .command("drift")
    .description("production drift per feature, read from a running model server's /metrics")
    .option("--server <url>", "model server", "http://127.0.0.1:8501")
    .option("-m, --model <name>", "only this model")
    .option("--json", "print JSON")
    .action(async (o: { server: string; model?: string; json?: boolean }) => {
      const { readServerDrift, renderServerDrift } = await import("../../monitor/drift-status.ts");
      const drift = await readServerDrift(o.server, o.model);
      process.stdout.write(o.json ? `${JSON.stringify(drift, null, 2)}\n` : renderServerDrift(drift));
      const drifted = drift.filter((d) => d.detected).map((d) => d.model);
      if (drifted.length > 0) {
        const { ModelopsError } = await import("../../errors.ts");
        throw new ModelopsError(
          `input drift in production: ${drifted.join(", ")} (live window against the training profile)`,
          1,
        );
      }
    });
}

function registerPerformance(monitor: Command): void {
  monitor
    .command("performance")
    .description("online accuracy / F1 macro (MAE / RMSE) per version and window, from the prediction log")
    .option("--log <where>", "the prediction log the servers write", ".modelops/predictions")
    .option("-m, --model <name>", "only this model")
    .option("--json", "print JSON")
    .action(async (o: { log: string; model?: string; json?: boolean }) => {
      const { existsSync } = await import("node:fs");
      const { ModelopsError } = await import("../../errors.ts");
      if (!/^[a-z]+:\/\//.test(o.log) && !existsSync(o.log)) {
        throw new ModelopsError(`no prediction log at ${o.log}; pass --log DIR (serve --prediction-log)`, 2);
      }
      const { openPredictionStore } = await import("../../serve/prediction-store.ts");
      const { onlinePerformance, renderPerformance } = await import("../../serve/online-performance.ts");
      const store = await openPredictionStore(o.log);
      try {
        const now = Date.now();
        const models = o.model ? [o.model] : await store.models();
        const report = [];
        for (const model of models) {
          report.push({ model, versions: onlinePerformance(await store.joined(model, 0), now) });
        }
        process.stdout.write(
          o.json
            ? `${JSON.stringify(report, null, 2)}\n`
            : report.map((r) => renderPerformance(r.model, r.versions)).join("") ||
                "no predictions in the log yet\n",
        );
      } finally {
        await store.close();
      }
    });
}

interface CanaryOptions {
  config: string;
  model?: string;
  registry?: string;
  prometheus?: string;
  server: string;
  steps?: string;
  interval?: string;
  failureLimit?: number;
  settle: string;
  github?: string;
  revert: boolean;
  json?: boolean;
}

function registerCanary(monitor: Command): void {
  monitor
    .command("canary")
    .description(
      "run a canary rollout against model servers that follow the registry: step the canary's traffic, analyse each step, promote or abort (and revert)",
    )
    .option(
      "-c, --config <file>",
      "modelops.yaml (deploy.canary: steps, interval, analysis, failureLimit)",
      "modelops.yaml",
    )
    .option("-m, --model <name>", "model in modelops.yaml (optional when there is only one)")
    .option(
      "--registry <uri>",
      "registry: a folder (default: .modelops beside modelops.yaml) or github:OWNER/REPO (writes signed with MODELOPS_SIGNING_KEY)",
    )
    .option("--prometheus <url>", "measure each step from this Prometheus (it scrapes the servers)")
    .option(
      "--server <url>",
      "without Prometheus: measure each step from this server's /metrics",
      "http://127.0.0.1:8501",
    )
    .option("--steps <list>", "override deploy.canary.steps, such as 10,50,100")
    .option("--interval <duration>", "override deploy.canary.interval, such as 60s")
    .option("--failure-limit <n>", "override deploy.canary.failureLimit", (v) => Number(v))
    .option(
      "--settle <duration>",
      "wait after each traffic move for the servers to apply it (their poll interval: 30s on github:)",
      "1s",
    )
    .option(
      "--github <owner/repo>",
      "GitHub mode: on abort, have the modelops bot open a revert pull request (needs GITHUB_TOKEN)",
    )
    .option("--no-revert", "on abort, leave git as it is")
    .option("--json", "print the analysis as JSON")
    .action(async (o: CanaryOptions) => {
      const { getModel } = await import("../../config/index.ts");
      const { ModelopsError } = await import("../../errors.ts");
      const { modelSlo, parseDuration } = await import("../../monitor/slo.ts");
      const { PrometheusClient, PrometheusSource } = await import("../../monitor/prometheus.ts");
      const { ScrapeSource } = await import("../../monitor/scrape.ts");
      const { renderAnalysis } = await import("../../monitor/canary.ts");
      const { runRollout } = await import("../../monitor/rollout.ts");
      const loaded = await loadConfig(o.config);
      const { name, config } = getModel(loaded, o.model);
      const slo = modelSlo(name, config);
      const { steps, intervalMs, failureLimit } = await canarySchedule(o, name, slo);
      // the traffic share and the alias moves go through the store every server follows
      const registry = await storeFor(loaded.file, o.registry);
      const revert = await revertModeOf(o, loaded.file);
      const source = o.prometheus
        ? new PrometheusSource(new PrometheusClient(o.prometheus))
        : new ScrapeSource(o.server);
      const log = (line: string) => process.stderr.write(`${line}\n`);
      log(
        `canary rollout of ${name}: steps ${steps.join(", ")}% every ${o.interval ?? config.deploy.canary?.interval}, failure limit ${failureLimit}, measured from ${o.prometheus ?? `${o.server}/metrics`}`,
      );
      const result = await runRollout({
        model: name,
        registry,
        source,
        steps,
        intervalMs,
        conditions: slo.conditions,
        failureLimit,
        revert,
        settleMs: parseDuration(o.settle),
        log,
      });
      process.stdout.write(o.json ? `${JSON.stringify(result, null, 2)}\n` : renderAnalysis(result));
      if (result.gitops) log(result.gitops);
      if (result.outcome === "aborted") throw new ModelopsError(result.reason, 1);
    });
}

function registerAb(monitor: Command): void {
  monitor
    .command("ab")
    .description(
      "run an A/B test to its verdict: look at the sequential test on the prediction log every interval; a candidate win promotes it, a loss or no difference aborts (and reverts)",
    )
    .option(
      "-c, --config <file>",
      "modelops.yaml (deploy.ab: alpha, minSamples, maxSamples, promote)",
      "modelops.yaml",
    )
    .option("-m, --model <name>", "model in modelops.yaml (optional when there is only one)")
    .option(
      "--registry <uri>",
      "registry: a folder (default: .modelops beside modelops.yaml) or github:OWNER/REPO (writes signed with MODELOPS_SIGNING_KEY)",
    )
    .option(
      "--log <where>",
      "the prediction log the servers write (default: monitor.store, else predictions/ in the registry folder)",
    )
    .option("--interval <duration>", "time between looks at the test", "60s")
    .option(
      "--github <owner/repo>",
      "GitHub mode: on abort, have the modelops bot open a revert pull request (needs GITHUB_TOKEN)",
    )
    .option("--no-revert", "on abort, leave git as it is")
    .option("--json", "print the verdict as JSON")
    .action((o: AbCommandOptions) => runAbCommand(o));
}

interface AbCommandOptions {
  config: string;
  model?: string;
  registry?: string;
  log?: string;
  interval: string;
  github?: string;
  revert: boolean;
  json?: boolean;
}

/** `monitor ab`: the A/B loop to its verdict; exit 1 when the candidate is aborted. */
async function runAbCommand(o: AbCommandOptions): Promise<void> {
  const { existsSync } = await import("node:fs");
  const { getModel } = await import("../../config/index.ts");
  const { ModelopsError } = await import("../../errors.ts");
  const { parseDuration } = await import("../../monitor/slo.ts");
  const { renderAbVerdict, runAbRollout } = await import("../../monitor/ab-rollout.ts");
  const { GitHubStore } = await import("../../registry/github-store.ts");
  const { configuredStore, openPredictionStore } = await import("../../serve/prediction-store.ts");
  const { registryRootFor } = await import("../context.ts");
  const loaded = await loadConfig(o.config);
  const { name, config } = getModel(loaded, o.model);
  const registry = await storeFor(loaded.file, o.registry);
  const where =
    o.log ??
    configuredStore(loaded.config.models, loaded.file) ??
    (o.registry?.startsWith("github:")
      ? undefined
      : `${registryRootFor(loaded.file, o.registry)}/predictions`);
  if (!where) {
    throw new ModelopsError(
      "a github registry has no default prediction log: pass --log (the servers' --prediction-log, e.g. postgres://...) or set monitor.store",
      2,
    );
  }
  if (!/^[a-z]+:\/\//.test(where) && !existsSync(where)) {
    throw new ModelopsError(`no prediction log at ${where}; pass --log DIR (serve --prediction-log)`, 2);
  }
  const ab = config.deploy.ab;
  const say = (line: string) => process.stderr.write(`${line}\n`);
  // A file log is read afresh at every look (the servers append to it from their own processes); a
  // shared PostgreSQL log answers live, so one connection serves every look.
  const shared = /^postgres(ql)?:\/\//.test(where) ? await openPredictionStore(where) : undefined;
  const result = await runAbRollout({
    model: name,
    registry,
    log: shared ?? (() => openPredictionStore(where)),
    settings: { ...(ab ?? {}) },
    intervalMs: parseDuration(o.interval),
    revert: await revertModeOf(o, loaded.file),
    ...(registry instanceof GitHubStore && { pullRequests: registry }),
    say,
  }).finally(() => shared?.close());
  process.stdout.write(o.json ? `${JSON.stringify(result, null, 2)}\n` : renderAbVerdict(result));
  if (result.gitops) say(result.gitops);
  if (result.pullRequest) say(result.pullRequest);
  if (result.outcome === "aborted") throw new ModelopsError(result.reason, 1);
}

function registerStatus(monitor: Command): void {
  monitor
    .command("status")
    .description(
      "per model: versions and traffic, request rate, error rate, p99, drift, last canary analysis",
    )
    .option("-c, --config <file>", "modelops.yaml (its folder holds the registry)", "modelops.yaml")
    .option(
      "--registry <uri>",
      "registry: a folder or github:OWNER/REPO (default: .modelops beside modelops.yaml)",
    )
    .option("--prometheus <url>", "Prometheus that scrapes the model servers", "http://127.0.0.1:9090")
    .option("--minutes <n>", "sparkline span in minutes", (v) => Number(v), 15)
    .option("--json", "print JSON")
    .action(
      async (o: {
        config: string;
        registry?: string;
        prometheus: string;
        minutes: number;
        json?: boolean;
      }) => {
        const { PrometheusClient } = await import("../../monitor/prometheus.ts");
        const { collectStatus, renderStatus } = await import("../../monitor/status.ts");
        const registry = await storeFor(o.config, o.registry);
        const status = await collectStatus({
          registry,
          client: new PrometheusClient(o.prometheus),
          minutes: o.minutes,
        });
        process.stdout.write(o.json ? `${JSON.stringify(status, null, 2)}\n` : renderStatus(status));
      },
    );
}

/** A github: URI opens the GitHub store; anything else is the registry folder, which must exist. */
async function storeFor(configFile: string, uri: string | undefined) {
  return uri?.startsWith("github:")
    ? await (await import("../../registry/open-store.ts")).openModelStore(uri)
    : await existingRegistry(configFile, uri);
}

/** The canary's steps, interval and failure limit: deploy.canary, each overridable by a flag. */
async function canarySchedule(
  o: { steps?: string; interval?: string; failureLimit?: number },
  name: string,
  slo: import("../../monitor/slo.ts").ModelSlo,
): Promise<{ steps: number[]; intervalMs: number; failureLimit: number }> {
  const { ModelopsError } = await import("../../errors.ts");
  const { parseDuration } = await import("../../monitor/slo.ts");
  const steps = o.steps
    ? o.steps.split(",").map((s) => {
        const n = Number(s.trim());
        if (!(n >= 0 && n <= 100))
          throw new ModelopsError(`--steps ${o.steps}: each step is a percent from 0 to 100`, 2);
        return n;
      })
    : slo.canary?.steps;
  const intervalMs = o.interval ? parseDuration(o.interval) : slo.canary?.intervalMs;
  if (!steps || intervalMs === undefined) {
    throw new ModelopsError(
      `models.${name}.deploy.canary: no steps and interval to roll out with; set deploy.strategy: canary and deploy.canary, or pass --steps and --interval`,
      2,
    );
  }
  const failureLimit = o.failureLimit ?? slo.canary?.failureLimit ?? 0;
  if (!Number.isInteger(failureLimit) || failureLimit < 0) {
    throw new ModelopsError(`--failure-limit ${o.failureLimit}: expected a whole number from 0`, 2);
  }
  return { steps, intervalMs, failureLimit };
}

/** On abort: a revert pull request by the bot (--github), a local git revert, or nothing (--no-revert). */
async function revertModeOf(
  o: { github?: string; revert: boolean },
  configFile: string,
): Promise<import("../../monitor/rollout.ts").RevertMode> {
  const { dirname, resolve } = await import("node:path");
  const { ModelopsError } = await import("../../errors.ts");
  if (o.github) {
    const token = process.env.GITHUB_TOKEN;
    if (!token) {
      throw new ModelopsError(
        "--github needs GITHUB_TOKEN in the environment (a token that may write the repository's contents)",
        2,
      );
    }
    return {
      kind: "github",
      repository: o.github,
      token,
      apiUrl: process.env.GITHUB_API_URL ?? "https://api.github.com",
    };
  }
  return o.revert ? { kind: "local", repoDir: dirname(resolve(configFile)) } : { kind: "none" };
}
