// The story of issue 13 on the server's side: two real `modelops serve --registry github:acme/models`
// processes follow the github store on the GitHub simulator (every request checked against GitHub's OpenAPI
// description). A release is served by both and each reports a `success` deployment status; the revert (a
// deployment of v1, no new version) is served again by both; a tampered asset is refused with the file named
// and v1 kept; GitHub failing (500, 503, 429 with Retry-After, requests that hang) changes nothing clients
// see, and the servers catch up after; a 25% canary splits the same way on both, and an abort sends both
// back to stable. The release writer's side is driven through the store directly (createVersion, setAlias,
// rollback: the calls the bot makes); the canary by the monitor's rollout writing through the same store.
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { type RegistryWorld, startRegistryWorld } from "../../pipelines/demo/github-sim/registry-world.ts";
import { runRollout } from "../../pipelines/monitor/rollout.ts";
import { ScrapeSource } from "../../pipelines/monitor/scrape.ts";
import type { GitHubStore } from "../../pipelines/registry/github-store.ts";
import { sha256Hex } from "../../pipelines/registry/key.ts";
import { initBackend } from "../../pipelines/train/backend.ts";
import { IRIS, IRIS_ROWS, runFiles, until, writeRun } from "../serve/fixture.ts";
import { MODELOPS_CLI } from "../support/cli.ts";

const CLI = MODELOPS_CLI;
const WAIT = 60_000;
const TEST_MS = 150_000;

let w: RegistryWorld;
let writer: GitHubStore;
/** By seed: each run's files and its own predictions for IRIS_ROWS. */
const expected = new Map<number, number[][]>();
const files = new Map<number, Record<string, Buffer>>();
/** By version: the predictions the version must give. */
const predictions = new Map<number, number[][]>();

interface Replica {
  id: string;
  url: string;
  child: ChildProcess;
  output(): string;
}
const replicas: Replica[] = [];

/** Mints a version from the run built with `seed` (the release writer's createVersion). */
async function release(seed: number, alias: string | null = "production"): Promise<number> {
  const v = await writer.createVersion("iris", {
    key: sha256Hex(`iris inputs ${seed}`),
    digest: "",
    commit: w.repo.defaultHead.sha,
    files: new Map(Object.entries(files.get(seed)!)),
  });
  predictions.set(v.version, expected.get(seed)!);
  if (alias)
    await writer.setAlias("iris", alias, v.version, {
      reason: `release v${v.version}`,
      actor: "modelops[bot]",
    });
  return v.version;
}

async function startReplica(id: string): Promise<Replica> {
  const child = spawn(
    process.execPath,
    [
      CLI,
      "serve",
      "--registry",
      "github:acme/models",
      "--port",
      "0",
      "--backend",
      "cpu",
      "--poll-interval",
      "200ms",
      "--cache",
      path.join(w.dir, `cache-${id}`),
      "--replica-id",
      id,
      // a request GitHub leaves hanging is given up after a second (30 s by default)
      "--store-timeout",
      "1s",
    ],
    { cwd: w.dir, env: { ...process.env, ...w.readerEnv }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout!.on("data", (d: Buffer) => {
    output += d.toString();
  });
  child.stderr!.on("data", (d: Buffer) => {
    output += d.toString();
  });
  let url: string | undefined;
  await until(
    `${id} to serve v1`,
    () => {
      url = /serving iris v1 \(production\) at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (child.exitCode !== null) throw new Error(`${id} exited ${child.exitCode}: ${output}`);
      return url !== undefined;
    },
    WAIT,
  );
  return { id, url: url!, child, output: () => output };
}

/** The version that answers a prediction on `r` (checked against that version's own predictions). */
async function answering(r: Replica, requestId?: string): Promise<number> {
  const res = await fetch(`${r.url}/v1/models/iris:predict`, {
    method: "POST",
    headers: requestId ? { "x-request-id": requestId } : {},
    body: JSON.stringify({ instances: IRIS_ROWS }),
  });
  const body = (await res.json()) as { predictions: number[][] };
  if (res.status !== 200) throw new Error(`${r.id} answered ${res.status}: ${JSON.stringify(body)}`);
  const version = Number(res.headers.get("x-model-version"));
  const want = predictions.get(version)!;
  expect(body.predictions.every((row, i) => row.every((p, k) => Math.abs(p - want[i]![k]!) < 1e-5))).toBe(
    true,
  );
  return version;
}

const everyReplicaServes = (version: number) =>
  until(
    `every replica to serve v${version}`,
    async () => {
      for (const r of replicas) if ((await answering(r)) !== version) return false;
      return true;
    },
    WAIT,
  );

/** The statuses of the newest alias move of `iris/<alias>` to `version` (not a traffic record). */
function statuses(version: number, alias = "production") {
  const d = w.repo.state.deployments
    .filter(
      (x) =>
        x.environment === `iris/${alias}` &&
        x.ref === `iris/v${version}` &&
        (x.payload as { kind?: string }).kind !== "traffic",
    )
    .at(-1);
  return d?.statuses ?? [];
}

const succeeded = (version: number, r: Replica, alias = "production") =>
  statuses(version, alias).some(
    (s) => s.state === "success" && s.description.startsWith(`${r.id}:`) && s.environmentUrl === r.url,
  );

beforeAll(async () => {
  await initBackend("cpu"); // the runs are built on cpu (and tfjs's "install tfjs-node" hint stays quiet)
  w = await startRegistryWorld();
  for (const seed of [1, 2, 3, 4]) {
    const { run, expected: e } = await writeRun(path.join(w.dir, `runs-${seed}`), IRIS, seed, IRIS_ROWS);
    files.set(seed, await runFiles(run));
    expected.set(seed, e);
  }
  writer = await w.store({ writer: true });
  expect(await release(1)).toBe(1);
  replicas.push(await startReplica("replica-a"), await startReplica("replica-b"));
}, 180_000);

afterAll(async () => {
  for (const r of replicas) {
    const exited = new Promise((resolve) => r.child.once("exit", resolve));
    r.child.kill("SIGTERM");
    await exited;
  }
  expect(w?.sim.violations).toEqual([]);
  expect(w?.sim.responseViolations).toEqual([]);
  await w?.close();
});

describe("a release and its revert", () => {
  test(
    "both replicas serve v1 and say so on v1's production deployment",
    async () => {
      for (const r of replicas) expect(await answering(r)).toBe(1);
      await until("v1 success from both", () => replicas.every((r) => succeeded(1, r)), WAIT);
    },
    TEST_MS,
  );

  test(
    "the release of v2 is served by both replicas, each with a success status on the v2 deployment",
    async () => {
      expect(await release(2)).toBe(2);
      await everyReplicaServes(2);
      await until("v2 success from both", () => replicas.every((r) => succeeded(2, r)), WAIT);
      const states = statuses(2)
        .filter((s) => s.description.startsWith("replica-a:"))
        .map((s) => s.state);
      expect(states).toEqual(["in_progress", "success"]);
    },
    TEST_MS,
  );

  test(
    "the revert: production back to v1 (a deployment of v1, no new version) is served again by both",
    async () => {
      const releases = w.repo.state.releases.length;
      await writer.rollback("iris", {
        reason: 'Revert "release iris v2"',
        actor: "ada",
        commit: w.repo.defaultHead.sha,
      });
      await everyReplicaServes(1);
      await until("success on the rollback deployment", () => replicas.every((r) => succeeded(1, r)), WAIT);
      expect(w.repo.state.releases.length).toBe(releases);
      expect((await writer.listVersions("iris")).map((v) => v.version)).toEqual([1, 2]);
    },
    TEST_MS,
  );
});

describe("a tampered asset", () => {
  test(
    "bytes changed after the release: refused by both, v1 kept, the failure status names the file",
    async () => {
      const v3 = await release(3, null);
      const asset = w.repo.state.releases
        .find((r) => r.tagName === `iris/v${v3}`)!
        .assets.find((a) => a.name === "iris-model.zip")!;
      // someone with write access replaces the asset's bytes (the release and its signed record unchanged)
      const forged = Buffer.concat([asset.data.subarray(0, asset.data.length - 8), Buffer.alloc(8, 0xff)]);
      w.sim.blobs.set(`asset-${asset.id}`, { data: forged, contentType: asset.contentType });
      await writer.setAlias("iris", "production", v3, { reason: "release v3" });
      await until(
        "failure from both",
        () =>
          replicas.every((r) =>
            statuses(v3).some((s) => s.state === "failure" && s.description.startsWith(`${r.id}:`)),
          ),
        WAIT,
      );
      const failure = statuses(v3).find((s) => s.state === "failure")!;
      expect(failure.description).toContain("iris-model.zip");
      for (const r of replicas) {
        expect(await answering(r)).toBe(1);
        expect(r.output()).toContain(`error: refused iris v${v3} (production)`);
      }
      // production goes back to v1 (what the servers kept serving all along)
      await writer.setAlias("iris", "production", 1, { reason: "v3's asset is damaged" });
    },
    TEST_MS,
  );
});

describe("GitHub failing", () => {
  const failed = (status: number) => w.sim.requests.filter((r) => r.status === status).length;

  test(
    "500, 503 and 429 with Retry-After: both keep answering with v1, and catch up after",
    async () => {
      const before = { 500: failed(500), 503: failed(503), 429: failed(429) };
      w.sim.failNext("*", 500, 3);
      w.sim.failNext("*", 503, 3);
      w.sim.failNext("*", 429, 2);
      await until("the faults to be served", () => w.sim.faultsLeft() === 0, WAIT);
      expect([failed(500) - before[500], failed(503) - before[503], failed(429) - before[429]]).toEqual([
        3, 3, 2,
      ]);
      for (const r of replicas) {
        expect(await answering(r)).toBe(1);
        expect((await fetch(`${r.url}/v2/health/ready`)).status).toBe(200);
      }
      await writer.setAlias("iris", "production", 2, { reason: "after the outage" });
      await everyReplicaServes(2);
      for (const r of replicas) expect(r.output()).toContain("registry github:acme/models answers again");
    },
    TEST_MS,
  );

  test(
    "requests that time out: both give up on them, keep answering, and catch up once GitHub answers again",
    async () => {
      w.sim.failNext("*", "hang", 4);
      // the replicas' polls meet the four silences (each given up after --store-timeout 1s)
      await until("four requests left hanging", () => w.sim.faultsLeft() === 0, WAIT);
      for (const r of replicas) expect(await answering(r)).toBe(2);
      // GitHub answers again by itself (the hangs are used up); nobody resets anything
      await writer.setAlias("iris", "production", 1, { reason: "after the timeouts" });
      await everyReplicaServes(1);
    },
    TEST_MS,
  );
});

describe("a canary across replicas", () => {
  test(
    "a rollout through the store: 25% on the canary on both replicas, the same ids on the same side; its abort sends both to stable",
    async () => {
      const v4 = await release(4, "canary");
      const n = 400;
      let sides: number[][] = [];
      /** The step's interval: every replica applies the share, then each answers n requests with ids. */
      const duringTheStep = async () => {
        for (const r of replicas) {
          await until(
            `${r.id} to apply the share`,
            () => r.output().includes("iris: canary traffic 25% (registry)"),
            WAIT,
          );
          await until(
            `${r.id} to load the canary`,
            () =>
              statuses(v4, "canary").some(
                (s) => s.state === "success" && s.description.startsWith(`${r.id}:`),
              ),
            WAIT,
          );
        }
        sides = await Promise.all(
          replicas.map(async (r) => {
            const out: number[] = [];
            for (let i = 0; i < n; i += 50) {
              out.push(
                ...(await Promise.all(Array.from({ length: 50 }, (_, k) => answering(r, `user-${i + k}`)))),
              );
            }
            return out;
          }),
        );
      };
      const INTERVAL_MS = 2;
      const result = await runRollout({
        model: "iris",
        registry: writer,
        source: new ScrapeSource(replicas[0]!.url),
        steps: [25],
        intervalMs: INTERVAL_MS,
        // no canary can answer this fast: the analysis fails and the rollout aborts
        conditions: [{ metric: "latencyP99Ms", max: 0.000_001 }],
        failureLimit: 0,
        revert: { kind: "none" },
        settleMs: 1,
        sleep: async (ms) => {
          if (ms === INTERVAL_MS) await duringTheStep();
        },
      });
      const sd = Math.sqrt(n * 0.25 * 0.75);
      for (const side of sides) {
        const canary = side.filter((v) => v === v4).length;
        expect(Math.abs(canary - n * 0.25)).toBeLessThanOrEqual(4.5 * sd);
        expect(side.every((v) => v === v4 || v === 1)).toBe(true);
      }
      // the same request id lands on the same side on every replica
      expect(sides[1]).toEqual(sides[0]);

      expect(result.outcome).toBe("aborted");
      expect(result.reason).toContain(`canary analysis of iris v${v4} failed at step 1/1 (25%)`);
      const aliases = await writer.aliases("iris");
      expect(aliases.production).toBe(1);
      expect(aliases.canary).toBeUndefined();
      expect(await writer.traffic("iris")).toBeUndefined();
      for (const r of replicas) {
        await until(
          `${r.id} to send everything to stable`,
          async () => {
            const answers = await Promise.all(
              Array.from({ length: 40 }, (_, k) => answering(r, `user-${k}`)),
            );
            return answers.every((v) => v === 1);
          },
          WAIT,
        );
      }
    },
    TEST_MS,
  );
});
