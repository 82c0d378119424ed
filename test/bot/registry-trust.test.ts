// What someone with write access can do to the registry of record, through GitHub's REST API, and what the
// bot does about it: a forged release (a made-up record on a new tag, with a deployment to production), an
// edited release record, and a swapped asset whose digest was edited in the body too. Each is ignored
// (production stays the version the bot signed) and a merge is not released over it, the pull request
// saying why.
import { afterEach, beforeEach, expect, test } from "@jest/globals";
import { keyPair } from "../../pipelines/demo/github-sim/registry-world.ts";
import { extractRecord } from "../../pipelines/registry/github-store.ts";
import { sha256Hex } from "../../pipelines/registry/key.ts";
import { IRIS_CSV, key, runArtifact, startWorld, type World } from "../support/bot-harness.ts";
import { storeView } from "../support/registry-view.ts";

let w: World;
let rest: (method: string, path: string, body?: unknown) => Promise<Record<string, unknown>>;
beforeEach(async () => {
  w = await startWorld({ mode: "receive" });
  // Another integration of the organisation with write access to contents and deployments.
  const intruder = w.sim.app({
    id: 666,
    slug: "intruder",
    publicKey: keyPair("intruder-app", "rsa").publicKey,
    webhookSecret: "x",
    permissions: { contents: "write", deployments: "write", metadata: "read" },
    events: [],
  });
  const token = w.sim.installationToken(w.sim.install(intruder, "acme", async () => undefined));
  rest = async (method, path, body) => {
    const res = await fetch(`${w.sim.urls.api}${path}`, {
      method,
      headers: { authorization: `token ${token}`, "content-type": "application/json" },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as Record<string, unknown>;
  };
});
afterEach(async () => {
  expect(w.sim.violations).toEqual([]);
  expect(w.sim.responseViolations).toEqual([]);
  await w.close();
});

async function ship(branch: string, data: string, accuracy = 0.95) {
  const { pr } = await w.repo.openPullRequest({
    author: "ada",
    branch,
    title: branch,
    files: { "data/iris.csv": data },
  });
  await w.repo.completeWorkflowRun(pr, {
    artifacts: [await runArtifact({ key: key(branch), metrics: { accuracy } })],
  });
  await w.repo.review(pr, "lead", "APPROVED");
  await w.repo.merge(pr, "lead");
  return pr;
}

const v1Release = () => w.repo.state.releases.find((r) => r.tagName === "iris/v1");
const sticky = (pr: Parameters<World["repo"]["botComments"]>[0]) =>
  w.repo
    .botComments(pr)
    .map((c) => c.body)
    .join("\n");

test("a forged release and a forged production deployment are ignored; the next merge is not released over them", async () => {
  await ship("v1", `${IRIS_CSV}\n`);
  const real = extractRecord(v1Release()?.body) as Record<string, unknown>;
  // A made-up v9: v1's record with the approvers and metrics the forger wants, unsigned.
  const { signature: _s, ...unsigned } = real;
  await rest("POST", "/repos/acme/models/git/refs", {
    ref: "refs/tags/iris/v9",
    sha: w.repo.defaultHead.sha,
  });
  await rest("POST", "/repos/acme/models/releases", {
    tag_name: "iris/v9",
    body: `## iris v9\n\n<!-- modelops:release ${JSON.stringify({ ...unsigned, version: 9, approvers: ["boss"] })} -->`,
  });
  const [d] = w.repo.state.deployments;
  await rest("POST", "/repos/acme/models/deployments", {
    ref: "iris/v9",
    environment: "iris/production",
    task: "deploy:modelops",
    auto_merge: false,
    required_contexts: [],
    payload: { ...(d?.payload as Record<string, unknown>), version: 9 },
  });

  const store = await storeView(w);
  expect((await store.listVersions("iris")).map((v) => v.version)).toEqual([1]);
  expect(await store.aliases("iris")).toEqual({ production: 1 });

  const pr = await ship("v2", `${IRIS_CSV}\n\n`);
  expect(w.repo.state.releases.map((r) => r.tagName)).toEqual(["iris/v1", "iris/v9"]);
  expect(sticky(pr)).toContain("### ⛔ Not released");
  expect(sticky(pr)).toContain(
    "the registry holds a record that does not verify (iris/v9: its record is unsigned)",
  );
  expect(await (await storeView(w)).aliases("iris")).toEqual({ production: 1 });
});

test("an edited release record is not a version: production is not read from it and nothing is released over it", async () => {
  await ship("v1", `${IRIS_CSV}\n`);
  const r = v1Release() as NonNullable<ReturnType<typeof v1Release>>;
  // Lower production's accuracy in its record, so that a worse model would pass `maxDrop`.
  await rest("PATCH", `/repos/acme/models/releases/${r.id}`, {
    body: (r.body ?? "").replace(/"accuracy":0\.9\d*/g, '"accuracy":0.5'),
  });
  expect(r.body).toContain('"accuracy":0.5');
  const store = await storeView(w);
  expect(await store.listVersions("iris")).toEqual([]);
  expect(store.problems()).toContainEqual({
    model: "iris",
    where: "iris/v1",
    why: "its record is edited after it was signed",
  });

  const pr = await ship("v2", `${IRIS_CSV}\n\n`, 0.91);
  expect(w.repo.state.releases.map((x) => x.tagName)).toEqual(["iris/v1"]);
  expect(sticky(pr)).toContain("(iris/v1: its record is edited after it was signed)");
});

test("a swapped asset whose digest was edited in the body too is refused", async () => {
  await ship("v1", `${IRIS_CSV}\n`);
  const r = v1Release() as NonNullable<ReturnType<typeof v1Release>>;
  const asset = r.assets.find((a) => a.name === "metrics.json") as (typeof r.assets)[number];
  const swapped = Buffer.from('{"schema":"modelops/metrics@1","metrics":{"accuracy":0.5}}');
  const old = sha256Hex(asset.data);
  asset.data = swapped;
  w.sim.blobs.set(`asset-${asset.id}`, { data: swapped, contentType: asset.contentType });
  await rest("PATCH", `/repos/acme/models/releases/${r.id}`, {
    body: (r.body ?? "").split(old).join(sha256Hex(swapped)),
  });

  const store = await storeView(w);
  expect(await store.aliases("iris")).toEqual({});
  await expect(store.materialize("iris", 1)).rejects.toThrow(
    /iris\/v1 is not a verified version \(its record is edited after it was signed\)/,
  );
  const pr = await ship("v2", `${IRIS_CSV}\n\n`);
  expect(sticky(pr)).toContain("(iris/v1: its record is edited after it was signed)");
});
