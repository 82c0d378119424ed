// A GitHub organisation with a model repository, the modelops app registered and installed on it, and the
// bot running against it: either as the real Probot HTTP server (`modelops bot`'s code path, configured from
// APP_ID / PRIVATE_KEY / WEBHOOK_SECRET / GHE_HOST like production) or, for handler unit tests, as a Probot
// instance receiving events in-process (Probot's documented `probot.receive` pattern).
import { generateKeyPairSync } from "node:crypto";
import { readFileSync } from "node:fs";
import Bottleneck from "bottleneck";
import { Probot, ProbotOctokit } from "probot";
import { parse as parseYaml } from "yaml";
import { modelopsApp, type RunningBot, startBot } from "../../bot/index.ts";
import type { QueueOptions } from "../../bot/queue.ts";
import { artifactZip } from "../../pipelines/demo/github-sim/artifact-zip.ts";
import { GitHubSim, type SimRepo } from "../../pipelines/demo/github-sim/index.ts";

const here = (p: string) => new URL(p, import.meta.url);

export const APP_ID = 4242;
export const SECRET = "webhook-secret-for-tests";

export interface AppManifest {
  default_events: string[];
  default_permissions: Record<string, string>;
}

export function appManifest(): AppManifest {
  return parseYaml(readFileSync(here("../../bot/app.yml"), "utf8")) as AppManifest;
}

/** The policy on main: gates on accuracy and latency, one approval from the ml-leads team. */
export const CONFIG = `version: 1
models:
  iris:
    task: classification
    data:
      target: species
      train: { format: csv, path: data/iris.csv }
    preprocess:
      - scale: { method: standard }
    model: { architecture: mlp, dense: [16, 16] }
    train: { learningRate: 0.02, epochs: 80, batchSize: 16, seed: 42 }
    gates:
      accuracy: { min: 0.9, maxDrop: 0.02 }
      latency_p95_ms: { max: 50 }
    promotion: { reviewers: { teams: [ml-leads] }, minApprovals: 1 }
`;

export const IRIS_CSV = readFileSync(here("../../examples/iris/data/iris.csv"), "utf8");

/**
 * The modelops workflow on main: the only workflow whose runs supply metrics (bot/settings.ts). Inline, so
 * the commit ids of the stories (and the example comment in docs/bot.md) do not move with the examples.
 */
export const WORKFLOW = `name: modelops
on: pull_request
jobs:
  train:
    runs-on: [self-hosted, gpu]
    steps:
      - uses: actions/checkout@v5
      - uses: modelops/modelops/actions/run@v1
`;

/** A real run folder of the engine (modelops run on examples/iris), the base of every artifact here. */
export const RUN = {
  metrics: JSON.parse(readFileSync(here("fixtures/iris-run/metrics.json"), "utf8")) as Record<
    string,
    unknown
  > & {
    metrics: Record<string, number>;
    key: string;
  },
  history: readFileSync(here("fixtures/iris-run/history.json")),
  profile: readFileSync(here("fixtures/iris-run/profile.json")),
  preprocessing: readFileSync(here("fixtures/iris-run/preprocessing.json")),
  model: {
    "model.json": readFileSync(here("fixtures/iris-run/model/model.json")),
    "weights.bin": readFileSync(here("fixtures/iris-run/model/weights.bin")),
    "preprocessing.json": readFileSync(here("fixtures/iris-run/model/preprocessing.json")),
  },
};

/**
 * The zipped run folder the actions upload (named as actions/lib/artifact.ts names it): artifact
 * `modelops-<model>-<first 12 hex digits of the key>`, metrics changed as given.
 */
export async function runArtifact(opts: {
  key: string;
  metrics?: Record<string, number>;
  model?: string;
  profile?: Buffer;
  /** Top-level fields of metrics.json to replace (perClass, importance, ...). */
  evaluation?: Record<string, unknown>;
}): Promise<{ name: string; zip: Buffer }> {
  const model = opts.model ?? "iris";
  const metrics = {
    ...RUN.metrics,
    ...opts.evaluation,
    model,
    key: opts.key,
    metrics: { ...RUN.metrics.metrics, ...opts.metrics },
  };
  const zip = await artifactZip({
    "metrics.json": `${JSON.stringify(metrics, null, 2)}\n`,
    "history.json": RUN.history,
    "profile.json": opts.profile ?? RUN.profile,
    "preprocessing.json": RUN.preprocessing,
    key: `${opts.key}\n`,
    "model/model.json": RUN.model["model.json"],
    "model/weights.bin": RUN.model["weights.bin"],
    "model/preprocessing.json": RUN.model["preprocessing.json"],
  });
  return { name: `modelops-${model}-${opts.key.slice(0, 12)}`, zip };
}

/** A 64-hex input key, distinct per label. */
export const key = (label: string) => Buffer.from(label.padEnd(32, "-")).toString("hex").slice(0, 64);

/**
 * Probot's Octokit with the retry and throttling plugins on, their waits shortened for tests (GitHub's
 * spacing of one write per second and one notification per three seconds would make a story take minutes).
 */
export const TestOctokit = ProbotOctokit.defaults((options: Record<string, unknown>) => {
  const throttle = (options.throttle ?? {}) as Record<string, unknown>;
  return {
    ...options,
    throttle: {
      ...throttle,
      retryAfterBaseValue: 20,
      fallbackSecondaryRateRetryAfter: 1,
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
    },
    retry: { retryAfterBaseValue: 20 },
  };
}) as typeof ProbotOctokit;

/** The queue's retries without the production waits: 5 tries, 10 ms then doubling. */
export const TEST_QUEUE: Partial<QueueOptions> = { attempts: 5, backoffMs: 10 };

/** The environment `modelops bot` is started with against the simulator (plus `extra`, e.g. REDIS_URL). */
export function botEnv(sim: GitHubSim, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    APP_ID: String(APP_ID),
    PRIVATE_KEY: appKeys().privateKey,
    WEBHOOK_SECRET: SECRET,
    GHE_HOST: sim.host,
    GHE_PROTOCOL: "http",
    LOG_LEVEL: (process.env.BOT_LOG_LEVEL ?? "silent") as NodeJS.ProcessEnv["LOG_LEVEL"],
    ...extra,
  };
}

export interface World {
  sim: GitHubSim;
  repo: SimRepo;
  bot?: RunningBot;
  probot?: Probot;
  privateKey: string;
  close(): Promise<void>;
}

let keys: { privateKey: string; publicKey: string } | undefined;
function appKeys() {
  keys ??= generateKeyPairSync("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
  });
  return keys;
}

/**
 * The organisation `acme` (team ml-leads: lead), the repository acme/models with modelops.yaml, iris.csv and
 * the modelops workflow on main, collaborators ada (write, the author of changes), lead (write), maint (maintain), boss (admin),
 * outsider (read), and the modelops app installed with exactly bot/app.yml's permissions and events.
 * `mode: "http"` runs the real server; `mode: "receive"` a Probot instance fed with probot.receive.
 */
export async function startWorld(
  opts: {
    mode?: "http" | "receive";
    config?: string;
    files?: Record<string, string>;
    /** Added to the bot's environment (REDIS_URL). */
    env?: Record<string, string>;
    queue?: Partial<QueueOptions>;
  } = {},
): Promise<World> {
  const { privateKey, publicKey } = appKeys();
  const sim = await GitHubSim.start();
  // The tests are the simulator's judge only while it validates: it must never silently stop.
  if (!sim.validating) throw new Error("the GitHub simulator is not validating against @octokit/openapi");
  const manifest = appManifest();
  const app = sim.app({
    id: APP_ID,
    slug: "modelops",
    publicKey,
    webhookSecret: SECRET,
    permissions: manifest.default_permissions,
    events: manifest.default_events,
  });
  sim.org("acme", { "ml-leads": ["lead"] });
  const repo = sim.repo("acme/models", {
    files: {
      "modelops.yaml": opts.config ?? CONFIG,
      "data/iris.csv": IRIS_CSV,
      ".github/workflows/modelops.yml": WORKFLOW,
      ...opts.files,
    },
    collaborators: { ada: "write", lead: "write", maint: "maintain", boss: "admin", outsider: "read" },
  });
  if ((opts.mode ?? "http") === "http") {
    const bot = await startBot({
      env: botEnv(sim, opts.env),
      port: 0,
      Octokit: TestOctokit,
      queue: { ...TEST_QUEUE, ...opts.queue },
    });
    // The bot answers 202 and works after; each delivery's promise waits for that work.
    sim.install(app, "acme", bot.webhookUrl).settle = () => bot.idle();
    return {
      sim,
      repo,
      bot,
      privateKey,
      async close() {
        await bot.close();
        await sim.close();
      },
    };
  }
  const probot = new Probot({
    appId: APP_ID,
    privateKey,
    baseUrl: sim.urls.api,
    Octokit: TestOctokit,
    logLevel: (process.env.BOT_LOG_LEVEL as "info" | undefined) ?? "fatal",
  });
  await probot.load(modelopsApp({ appId: APP_ID, privateKey }));
  sim.install(app, "acme", async (event) => {
    await probot.receive(event as Parameters<Probot["receive"]>[0]);
  });
  return { sim, repo, probot, privateKey, close: () => sim.close() };
}
