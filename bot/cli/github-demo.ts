// `modelops demo --github`: the GitHub loop with nobody's hands on it, against a local GitHub stand-in (the
// simulator in ./github-sim) and the real bot server: pull request -> the workflow's results (a real
// `modelops run` of examples/iris) -> the bot's sticky report and check -> an authorised approval -> merge ->
// release (signed) and a production deployment -> a real `modelops serve --registry github:acme/models`
// child process serves it -> revert merged -> v1 served again, nothing trained, no version minted.
import { type ChildProcess, spawn } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { parseDocument, parse as parseYaml } from "yaml";
import { getModel, loadConfig } from "../../pipelines/config/index.ts";
import { GitHubSim, type SimRepo } from "../../pipelines/demo/github-sim/index.ts";
import { type StageLine, writeReport } from "../../pipelines/demo/report.ts";
import { makeDirs } from "../../pipelines/make-dirs.ts";
import { packagePath } from "../../pipelines/package-root.ts";
import { Registry } from "../../pipelines/registry/index.ts";
import { signerFromPem } from "../../pipelines/registry/signing.ts";
import { writeZip } from "../../pipelines/registry/zip.ts";
import { type ModelRef, runModel } from "../../pipelines/run/run.ts";
import { type RunningBot, startBot } from "../index.ts";

// The CLI the server child runs: the compiled one in an installed package, the tsx entry in a checkout.
const CLI = import.meta.url.endsWith(".js")
  ? packagePath("lib", "bot", "cli", "bin.js")
  : packagePath("bot", "cli", "modelops.js");
const MODEL = "iris";
const REPO = "acme/models";
const AUTHOR = "ada";
const REVIEWER = "lead";
const SAMPLE = { sepal_length: 6.1, sepal_width: 2.8, petal_length: 4.7, petal_width: 1.2 };
const WAIT_MS = 120_000;
const WORKFLOW = `name: modelops
on: pull_request
jobs:
  train:
    runs-on: [self-hosted, gpu]
    steps:
      - uses: actions/checkout@v5
      - uses: modelops/modelops/actions/run@v1
`;

export interface GitHubDemoOptions {
  dir?: string;
  print?: (line: string) => void;
  /** How often the model server polls the store (the demo's default keeps the revert quick). */
  pollInterval?: string;
}

export interface GitHubDemoResult {
  ok: boolean;
  dir: string;
  reportDir: string;
  stages: StageLine[];
  validating: boolean;
}

/** The iris model of examples/iris alone, its promotion given to the ml-leads team of the stand-in org. */
async function repoConfig(): Promise<string> {
  const doc = parseDocument(await readFile(packagePath("examples", "iris", "modelops.yaml"), "utf8"));
  const models = doc.get("models") as { items: Array<{ key: { value: string } }> };
  for (const item of [...models.items])
    if (item.key.value !== MODEL) doc.deleteIn(["models", item.key.value]);
  doc.setIn(
    ["models", MODEL, "promotion"],
    doc.createNode({ reviewers: { teams: ["ml-leads"] }, minApprovals: 1 }),
  );
  return doc.toString();
}

/** What every step of the demo shares: the stand-in, its repository, the bot, and the stage lines so far. */
interface GitHubDemo {
  dir: string;
  print: (line: string) => void;
  stages: StageLine[];
  sim: GitHubSim;
  repo: SimRepo;
  bot: RunningBot;
  config: string;
  csv: string;
  /** The PR workflows' run store (the runner's registry). */
  runs: Registry;
  /** How a reader (the model server) reaches the stand-in and whom it trusts. */
  readerEnv: Record<string, string>;
  /** The last sticky comment, quoted in the demo's report (the explanations section among the rest). */
  lastComment: string;
}

/** The model server child following the stand-in's releases and deployments. */
interface Follower {
  child: ChildProcess;
  url: string;
}

export async function runGitHubDemo(opts: GitHubDemoOptions = {}): Promise<GitHubDemoResult> {
  const print = opts.print ?? ((line: string) => console.log(line));
  const dir = resolve(opts.dir ?? (await mkdtemp(join(tmpdir(), "modelops-demo-github-"))));
  await makeDirs(dir);
  const demo = await startStandIn(dir, print);
  let server: Follower | undefined;
  const serverLog = { output: "" };
  try {
    await ship(demo, "more-rows", `${demo.csv}\n`);
    const v1 = releaseLine(demo.repo, 1);
    stage(demo, "release", v1.ok, v1.text);
    server = await serveFromGitHub(demo, opts.pollInterval ?? "500ms", serverLog);
    const merged = await deployV2(demo, server.url);
    await revertToV1(demo, server.url, merged);
    checkTraffic(demo);
  } catch (error) {
    stage(demo, "failed", false, (error as Error).message.split("\n")[0] ?? "");
  } finally {
    await stopAll(demo, server?.child, serverLog.output);
  }
  return finishReport(demo);
}

function stage(demo: GitHubDemo, name: string, ok: boolean, text: string): void {
  demo.stages.push({ stage: name, ok, text });
  demo.print(`${ok ? "✔" : "✘"} ${name.padEnd(10)} ${text}`);
}

/** The stand-in GitHub with acme/models (examples/iris), the modelops App installed, and the bot serving it. */
async function startStandIn(dir: string, print: (line: string) => void): Promise<GitHubDemo> {
  const sim = await GitHubSim.start();
  print(
    sim.validating
      ? "GitHub stand-in: every request and reply validated against GitHub's OpenAPI description (@octokit/openapi)"
      : "GitHub stand-in: running without OpenAPI validation (@octokit/openapi, a 385 MB devDependency, is not installed)",
  );
  const config = await repoConfig();
  const csv = await readFile(packagePath("examples", "iris", "data", "iris.csv"), "utf8");
  const { privateKey, publicKey } = generateKeyPairSync("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
  });
  const manifest = parseYaml(await readFile(packagePath("bot", "app.yml"), "utf8")) as {
    default_events: string[];
    default_permissions: Record<string, string>;
  };
  const secret = "modelops-demo-webhook-secret";
  const app = sim.app({
    id: 4242,
    slug: "modelops",
    publicKey,
    webhookSecret: secret,
    permissions: manifest.default_permissions,
    events: manifest.default_events,
  });
  sim.org("acme", { "ml-leads": [REVIEWER] });
  const repo = sim.repo(REPO, {
    files: { "modelops.yaml": config, "data/iris.csv": csv, ".github/workflows/modelops.yml": WORKFLOW },
    collaborators: { [AUTHOR]: "write", [REVIEWER]: "write" },
  });
  const bot = await startDemoBot(sim, privateKey, secret);
  const installation = sim.install(app, "acme", bot.webhookUrl);
  // The bot answers 202 and works from its queue: each stage waits until it has handled what it was sent.
  installation.settle = () => bot.idle();
  const readerEnv = {
    GITHUB_TOKEN: sim.installationToken(installation),
    GITHUB_API_URL: sim.urls.api,
    MODELOPS_TRUSTED_KEYS: signerFromPem(privateKey).publicKeyPem,
  };
  const runs = await Registry.open(join(dir, "runs", ".modelops"));
  const demo: GitHubDemo = {
    dir,
    print,
    stages: [],
    sim,
    repo,
    bot,
    config,
    csv,
    runs,
    readerEnv,
    lastComment: "",
  };
  stage(
    demo,
    "github",
    true,
    `stand-in at ${sim.urls.api}: ${REPO} with examples/iris, the modelops app installed, the bot at ${bot.webhookUrl}`,
  );
  return demo;
}

/** The real bot server, talking to the stand-in as GitHub Enterprise. */
function startDemoBot(sim: GitHubSim, privateKey: string, secret: string): Promise<RunningBot> {
  return demoOctokit().then((Octokit) =>
    startBot({
      env: {
        APP_ID: "4242",
        PRIVATE_KEY: privateKey,
        WEBHOOK_SECRET: secret,
        GHE_HOST: sim.host,
        GHE_PROTOCOL: "http",
        LOG_LEVEL: "silent",
      },
      port: 0,
      Octokit,
    }),
  );
}

/** One pull request changing the data: workflow run, the bot's report, an authorised approval, the merge. */
async function ship(demo: GitHubDemo, branch: string, data: string) {
  const { repo } = demo;
  const { pr } = await repo.openPullRequest({
    author: AUTHOR,
    branch,
    title: `iris: ${branch}`,
    files: { "data/iris.csv": data },
  });
  stage(demo, "pr", true, `#${pr.number} ${pr.title} by ${AUTHOR} (head ${pr.headSha.slice(0, 7)})`);
  const run = await workflowRun(demo.dir, demo.runs, branch, demo.config, data);
  await repo.completeWorkflowRun(pr, { artifacts: [run.artifact] });
  stage(
    demo,
    "workflow",
    true,
    `modelops run ${run.cached ? "(stored run)" : `trained in ${run.seconds}s`}: accuracy ${run.accuracy.toFixed(3)}, artifact ${run.artifact.name}`,
  );
  const before = repo.check(pr.headSha, `modelops/${MODEL}`);
  const comments = repo.botComments(pr);
  demo.lastComment = comments[0]?.body ?? demo.lastComment;
  stage(
    demo,
    "report",
    comments.length === 1 && before?.conclusion !== "success",
    `${comments.length} sticky comment (${comments[0]?.body.length ?? 0} chars); check modelops/${MODEL}: ${before?.conclusion ?? before?.status ?? "none"} (${before?.output?.title ?? ""})`,
  );
  await repo.review(pr, REVIEWER, "APPROVED");
  const after = repo.check(pr.headSha, `modelops/${MODEL}`);
  stage(
    demo,
    "approval",
    after?.conclusion === "success",
    `${REVIEWER} (ml-leads) approved; check ${after?.conclusion ?? "none"}`,
  );
  const mergedAt = performance.now();
  const merged = await repo.merge(pr, REVIEWER);
  return { pr, merged, mergedAt };
}

/** A real `modelops serve --registry github:acme/models` child, once it serves v1 and reports success. */
async function serveFromGitHub(
  demo: GitHubDemo,
  pollInterval: string,
  log: { output: string },
): Promise<Follower> {
  const child = spawn(
    process.execPath,
    [
      CLI,
      "serve",
      "--registry",
      `github:${REPO}`,
      "--port",
      "0",
      "--backend",
      "cpu",
      "--poll-interval",
      pollInterval,
      "--cache",
      join(demo.dir, "cache"),
      "--replica-id",
      "replica-a",
    ],
    {
      cwd: demo.dir,
      env: { ...process.env, ...demo.readerEnv, NODE_OPTIONS: "" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const collect = (d: Buffer) => {
    log.output += d.toString();
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const url = await until("the server to serve v1", () => {
    if (child.exitCode !== null) throw new Error(`modelops serve exited ${child.exitCode}: ${log.output}`);
    return /serving iris v1 \(production\) at (http:\/\/127\.0\.0\.1:\d+)/.exec(log.output)?.[1];
  });
  const first = await predict(url);
  await until("the replica's success status on v1", () => (succeeded(demo.repo, 1) ? true : undefined));
  stage(
    demo,
    "serve",
    first === 1,
    `modelops serve --registry github:${REPO} (child process) at ${url} answers v${first}; ${statusText(demo.repo, 1)}`,
  );
  return { child, url };
}

/** The second pull request, released as v2 and followed by the server; returns its merge. */
async function deployV2(demo: GitHubDemo, url: string) {
  const { merged, mergedAt } = await ship(demo, "even-more-rows", `${demo.csv}\n\n`);
  const v2 = releaseLine(demo.repo, 2);
  stage(demo, "release", v2.ok, v2.text);
  await until("v2 served", async () => ((await predict(url)) === 2 ? true : undefined));
  await until("the replica's success status on v2", () => (succeeded(demo.repo, 2) ? true : undefined));
  stage(
    demo,
    "deploy",
    true,
    `the server serves v2 ${seconds(mergedAt)}s after the merge (bot release included); ${statusText(demo.repo, 2)}`,
  );
  return merged;
}

/** `git revert` of v2's merge: v1 served again, nothing trained, no version minted. */
async function revertToV1(demo: GitHubDemo, url: string, merged: { commit: { sha: string } }): Promise<void> {
  const { repo } = demo;
  const trainedRuns = repo.state.runs.length;
  const releases = repo.state.releases.length;
  const revertStart = performance.now();
  const revert = await repo.revert(merged.commit.sha, REVIEWER);
  await until("v1 served after the revert", async () => ((await predict(url)) === 1 ? true : undefined));
  const servedIn = seconds(revertStart);
  await until("the replica's success status on the rollback", () => (succeeded(repo, 1) ? true : undefined));
  const noTraining = repo.state.runs.length === trainedRuns;
  const noVersion = repo.state.releases.length === releases;
  stage(
    demo,
    "revert",
    noTraining && noVersion,
    `revert ${revert.commit.sha.slice(0, 7)} pushed; v1 served again in ${servedIn}s; ${noTraining ? "nothing trained" : "a workflow ran"}, ${noVersion ? `no version minted (releases: ${repo.state.releases.map((r) => r.tagName).join(", ")})` : "a version was minted"}; ${statusText(repo, 1)}`,
  );
}

/** What the stand-in saw: requests, webhooks, and every request or reply that broke GitHub's contract. */
function checkTraffic(demo: GitHubDemo): void {
  const { sim } = demo;
  const violations = [...sim.violations, ...sim.responseViolations];
  stage(
    demo,
    "github",
    violations.length === 0,
    `${sim.requests.length} API requests (${sim.notModified} answered 304), ${sim.deliveries.length} webhooks, ${violations.length} violations${sim.validating ? "" : " (routing and auth only: no OpenAPI validation)"}${violations[0] ? `: ${violations[0]}` : ""}`,
  );
}

/** Stops the server child (SIGTERM, waiting for its exit), keeps its log, then the bot and the stand-in. */
async function stopAll(demo: GitHubDemo, server: ChildProcess | undefined, output: string): Promise<void> {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server.once("exit", r));
    server.kill("SIGTERM");
    await exited;
  }
  await writeFile(join(demo.dir, "serve.log"), output);
  await demo.bot.close();
  await demo.sim.close();
}

async function finishReport(demo: GitHubDemo): Promise<GitHubDemoResult> {
  const reportDir = join(demo.dir, "report");
  const ok = demo.stages.every((s) => s.ok);
  const sections = demo.lastComment
    ? [{ heading: "The bot's comment on the last pull request", markdown: demo.lastComment }]
    : [];
  await writeReport(reportDir, {
    title: "modelops demo --github",
    stages: demo.stages,
    curves: [],
    sections,
  });
  return { ok, dir: demo.dir, reportDir, stages: demo.stages, validating: demo.sim.validating };
}

/** What the PR workflow does: `modelops run` on the branch's tree, its run folder zipped as the actions upload it. */
async function workflowRun(dir: string, runs: Registry, branch: string, config: string, data: string) {
  const work = join(dir, "checkouts", branch);
  await makeDirs(join(work, "data"));
  await writeFile(join(work, "modelops.yaml"), config);
  await writeFile(join(work, "data/iris.csv"), data);
  const loaded = await loadConfig(join(work, "modelops.yaml"));
  const ref: ModelRef = { configDir: work, name: MODEL, config: getModel(loaded, MODEL).config };
  const result = await runModel(ref, { outDir: join(dir, "runs", branch), registry: runs });
  const files: Array<{ name: string; data: Buffer }> = [];
  for (const file of await readdir(result.outDir, { recursive: true, withFileTypes: true })) {
    if (!file.isFile()) continue;
    const full = join(file.parentPath, file.name);
    const name = relative(result.outDir, full);
    if (name.startsWith("data/")) continue; // the split data stays on the runner, as the actions do
    files.push({ name, data: await readFile(full) });
  }
  return {
    cached: result.cached,
    seconds: result.seconds,
    accuracy: result.metrics.metrics.accuracy ?? Number.NaN,
    artifact: { name: `modelops-${MODEL}-${result.key.slice(0, 12)}`, zip: await writeZip(files) },
  };
}

function releaseLine(repo: SimRepo, version: number): { ok: boolean; text: string } {
  const tag = `${MODEL}/v${version}`;
  const release = repo.state.releases.find((r) => r.tagName === tag);
  const signed = release?.body?.includes("<!-- modelops:release") && release.body?.includes('"signature"');
  const deployment = repo.state.deployments.filter((d) => d.environment === `${MODEL}/production`).at(-1);
  const ok = Boolean(release && signed && deployment?.ref === tag);
  return {
    ok,
    text: `merged; ${release ? `release ${tag} (${release.assets.length} assets, ${signed ? "signed" : "UNSIGNED"})` : `no release ${tag}`}; deployment ${deployment ? `#${deployment.id} ${deployment.environment} -> ${deployment.ref}` : "none"}`,
  };
}

const newest = (repo: SimRepo, version: number) =>
  repo.state.deployments
    .filter((d) => d.environment === `${MODEL}/production` && d.ref === `${MODEL}/v${version}`)
    .at(-1);

function succeeded(repo: SimRepo, version: number): boolean {
  return (
    newest(repo, version)?.statuses.some(
      (s) => s.state === "success" && s.description.startsWith("replica-a:"),
    ) ?? false
  );
}

function statusText(repo: SimRepo, version: number): string {
  const d = newest(repo, version);
  if (!d) return "no deployment";
  return `deployment #${d.id} statuses: ${d.statuses.map((s) => s.state).join(" -> ") || "none"}`;
}

async function predict(url: string): Promise<number> {
  const res = await fetch(`${url}/v1/models/${MODEL}:predict`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ instances: [SAMPLE] }),
  });
  if (res.status !== 200) throw new Error(`the server answered ${res.status}: ${await res.text()}`);
  return Number(res.headers.get("x-model-version"));
}

/** Polls `check` until it returns a value (event-driven waits; the deadline only guards a hang). */
async function until<T>(what: string, check: () => T | undefined | Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`demo: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

/**
 * Probot's Octokit with GitHub's write spacing (one write a second) shortened: the stand-in has no secondary
 * rate limit, and the demo would otherwise wait a minute for pacing alone.
 */
async function demoOctokit() {
  const { ProbotOctokit } = await import("probot");
  const { default: Bottleneck } = await import("bottleneck");
  return ProbotOctokit.defaults((options: Record<string, unknown>) => ({
    ...options,
    throttle: {
      ...((options.throttle ?? {}) as Record<string, unknown>),
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
    },
  })) as typeof ProbotOctokit;
}
