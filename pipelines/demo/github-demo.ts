// `modelops demo --github`: the GitHub loop with nobody's hands on it, against a local GitHub stand-in (the
// simulator in ./github-sim) and the real bot server: pull request -> the workflow's results (a real
// `modelops run` of examples/iris) -> the bot's sticky report and check -> an authorised approval -> merge ->
// release (signed) and a production deployment -> a real `modelops serve --registry github:acme/models`
// child process serves it -> revert merged -> v1 served again, nothing trained, no version minted.
import { type ChildProcess, spawn } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { parseDocument, parse as parseYaml } from "yaml";
import { getModel, loadConfig } from "../config/index.ts";
import { packagePath } from "../package-root.ts";
import { Registry } from "../registry/index.ts";
import { signerFromPem } from "../registry/signing.ts";
import { writeZip } from "../registry/zip.ts";
import { type ModelRef, runModel } from "../run/run.ts";
import { GitHubSim, type SimRepo } from "./github-sim/index.ts";
import { type StageLine, writeReport } from "./report.ts";

// The CLI the server child runs: the compiled one in an installed package, the tsx entry in a checkout.
const CLI = import.meta.url.endsWith(".js")
  ? packagePath("lib", "pipelines", "cli", "bin.js")
  : packagePath("pipelines", "cli", "modelops.js");
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

export async function runGitHubDemo(opts: GitHubDemoOptions = {}): Promise<GitHubDemoResult> {
  const print = opts.print ?? ((line: string) => console.log(line));
  const dir = resolve(opts.dir ?? (await mkdtemp(join(tmpdir(), "modelops-demo-github-"))));
  const reportDir = join(dir, "report");
  await mkdir(dir, { recursive: true });
  const stages: StageLine[] = [];
  const stage = (name: string, ok: boolean, text: string) => {
    stages.push({ stage: name, ok, text });
    print(`${ok ? "✔" : "✘"} ${name.padEnd(10)} ${text}`);
  };

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
  const { startBot } = await import("../../bot/index.ts");
  const bot = await startBot({
    env: {
      APP_ID: "4242",
      PRIVATE_KEY: privateKey,
      WEBHOOK_SECRET: secret,
      GHE_HOST: sim.host,
      GHE_PROTOCOL: "http",
      LOG_LEVEL: "silent",
    },
    port: 0,
    Octokit: await demoOctokit(),
  });
  const installation = sim.install(app, "acme", bot.webhookUrl);
  // The bot answers 202 and works from its queue: each stage waits until it has handled what it was sent.
  installation.settle = () => bot.idle();
  const readerEnv = {
    GITHUB_TOKEN: sim.installationToken(installation),
    GITHUB_API_URL: sim.urls.api,
    MODELOPS_TRUSTED_KEYS: signerFromPem(privateKey).publicKeyPem,
  };
  stage(
    "github",
    true,
    `stand-in at ${sim.urls.api}: ${REPO} with examples/iris, the modelops app installed, the bot at ${bot.webhookUrl}`,
  );

  const runs = await Registry.open(join(dir, "runs", ".modelops"));
  let server: ChildProcess | undefined;
  let output = "";
  // The last sticky comment, quoted in the demo's report (the explanations section among the rest).
  let lastComment = "";
  try {
    // Two pull requests, each changing the data; the second one is the change that is reverted.
    const ship = async (branch: string, data: string) => {
      const { pr } = await repo.openPullRequest({
        author: AUTHOR,
        branch,
        title: `iris: ${branch}`,
        files: { "data/iris.csv": data },
      });
      stage("pr", true, `#${pr.number} ${pr.title} by ${AUTHOR} (head ${pr.headSha.slice(0, 7)})`);
      const run = await workflowRun(dir, runs, branch, config, data);
      await repo.completeWorkflowRun(pr, { artifacts: [run.artifact] });
      stage(
        "workflow",
        true,
        `modelops run ${run.cached ? "(stored run)" : `trained in ${run.seconds}s`}: accuracy ${run.accuracy.toFixed(3)}, artifact ${run.artifact.name}`,
      );
      const before = repo.check(pr.headSha, `modelops/${MODEL}`);
      const comments = repo.botComments(pr);
      lastComment = comments[0]?.body ?? lastComment;
      stage(
        "report",
        comments.length === 1 && before?.conclusion !== "success",
        `${comments.length} sticky comment (${comments[0]?.body.length ?? 0} chars); check modelops/${MODEL}: ${before?.conclusion ?? before?.status ?? "none"} (${before?.output?.title ?? ""})`,
      );
      await repo.review(pr, REVIEWER, "APPROVED");
      const after = repo.check(pr.headSha, `modelops/${MODEL}`);
      stage(
        "approval",
        after?.conclusion === "success",
        `${REVIEWER} (ml-leads) approved; check ${after?.conclusion ?? "none"}`,
      );
      const mergedAt = performance.now();
      const merged = await repo.merge(pr, REVIEWER);
      return { pr, merged, mergedAt };
    };

    await ship("more-rows", `${csv}\n`);
    const v1 = releaseLine(repo, 1);
    stage("release", v1.ok, v1.text);

    server = spawn(
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
        opts.pollInterval ?? "500ms",
        "--cache",
        join(dir, "cache"),
        "--replica-id",
        "replica-a",
      ],
      {
        cwd: dir,
        env: { ...process.env, ...readerEnv, NODE_OPTIONS: "" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    const collect = (d: Buffer) => {
      output += d.toString();
    };
    server.stdout?.on("data", collect);
    server.stderr?.on("data", collect);
    const url = await until("the server to serve v1", () => {
      if (server?.exitCode !== null) throw new Error(`modelops serve exited ${server?.exitCode}: ${output}`);
      return /serving iris v1 \(production\) at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
    });
    const first = await predict(url);
    await until("the replica's success status on v1", () => (succeeded(repo, 1) ? true : undefined));
    stage(
      "serve",
      first === 1,
      `modelops serve --registry github:${REPO} (child process) at ${url} answers v${first}; ${statusText(repo, 1)}`,
    );

    const { merged, mergedAt } = await ship("even-more-rows", `${csv}\n\n`);
    const v2 = releaseLine(repo, 2);
    stage("release", v2.ok, v2.text);
    await until("v2 served", async () => ((await predict(url)) === 2 ? true : undefined));
    await until("the replica's success status on v2", () => (succeeded(repo, 2) ? true : undefined));
    stage(
      "deploy",
      true,
      `the server serves v2 ${seconds(mergedAt)}s after the merge (bot release included); ${statusText(repo, 2)}`,
    );

    const trainedRuns = repo.state.runs.length;
    const releases = repo.state.releases.length;
    const revertStart = performance.now();
    const revert = await repo.revert(merged.commit.sha, REVIEWER);
    await until("v1 served after the revert", async () => ((await predict(url)) === 1 ? true : undefined));
    const servedIn = seconds(revertStart);
    await until("the replica's success status on the rollback", () =>
      succeeded(repo, 1) ? true : undefined,
    );
    const noTraining = repo.state.runs.length === trainedRuns;
    const noVersion = repo.state.releases.length === releases;
    stage(
      "revert",
      noTraining && noVersion,
      `revert ${revert.commit.sha.slice(0, 7)} pushed; v1 served again in ${servedIn}s; ${noTraining ? "nothing trained" : "a workflow ran"}, ${noVersion ? `no version minted (releases: ${repo.state.releases.map((r) => r.tagName).join(", ")})` : "a version was minted"}; ${statusText(repo, 1)}`,
    );
    const violations = [...sim.violations, ...sim.responseViolations];
    stage(
      "github",
      violations.length === 0,
      `${sim.requests.length} API requests (${sim.notModified} answered 304), ${sim.deliveries.length} webhooks, ${violations.length} violations${sim.validating ? "" : " (routing and auth only: no OpenAPI validation)"}${violations[0] ? `: ${violations[0]}` : ""}`,
    );
  } catch (error) {
    stage("failed", false, (error as Error).message.split("\n")[0] ?? "");
  } finally {
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server?.once("exit", r));
      server.kill("SIGTERM");
      await exited;
    }
    await writeFile(join(dir, "serve.log"), output);
    await bot.close();
    await sim.close();
  }
  const ok = stages.every((s) => s.ok);
  const sections = lastComment
    ? [{ heading: "The bot's comment on the last pull request", markdown: lastComment }]
    : [];
  await writeReport(reportDir, { title: "modelops demo --github", stages, curves: [], sections });
  return { ok, dir, reportDir, stages, validating: sim.validating };
}

/** What the PR workflow does: `modelops run` on the branch's tree, its run folder zipped as the actions upload it. */
async function workflowRun(dir: string, runs: Registry, branch: string, config: string, data: string) {
  const work = join(dir, "checkouts", branch);
  await mkdir(join(work, "data"), { recursive: true });
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
