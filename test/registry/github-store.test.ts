// The github store against the simulated GitHub (every request and reply checked against GitHub's OpenAPI
// description): versions are signed releases, aliases are signed deployments, artifacts are verified file
// by file, and what anyone with write access forges or edits is skipped, never served.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "@jest/globals";
import {
  keyPair,
  type RegistryWorld,
  startRegistryWorld,
} from "../../pipelines/demo/github-sim/registry-world.ts";
import { ModelopsError } from "../../pipelines/errors.ts";
import {
  embedRecord,
  extractRecord,
  GitHubUnavailable,
  modelZipName,
} from "../../pipelines/registry/github-store.ts";
import { sha256Hex } from "../../pipelines/registry/key.ts";
import { apiBaseUrl, openModelStore, parseStoreUri } from "../../pipelines/registry/open-store.ts";
import { Registry } from "../../pipelines/registry/registry.ts";
import { signerFromPem } from "../../pipelines/registry/signing.ts";

let w: RegistryWorld;
beforeEach(async () => {
  w = await startRegistryWorld();
});
afterEach(async () => {
  expect(w.sim.violations).toEqual([]);
  expect(w.sim.responseViolations).toEqual([]);
  await w.close();
});

const ARTIFACT_V1 = {
  "model/model.json": '{"format":"layers-model"}',
  "model/weights.bin": Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]),
  "metrics.json": '{"accuracy":0.93}',
};
const ARTIFACT_V2 = { ...ARTIFACT_V1, "model/weights.bin": Buffer.from([9, 9, 9, 9]) };

const release = (tag: string) => w.repo.state.releases.find((r) => r.tagName === tag);

async function failure(p: Promise<unknown>): Promise<Error> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!(e instanceof Error)) throw new Error("expected a failure");
  return e;
}

describe("versions and aliases", () => {
  test("a version is a signed release with its files as assets; production is a deployment", async () => {
    const v1 = await w.publish("iris", ARTIFACT_V1);
    expect(v1).toMatchObject({ version: 1, tag: "iris/v1" });
    expect(
      release("iris/v1")
        ?.assets.map((a) => a.name)
        .sort(),
    ).toEqual(["iris-model.zip", "metrics.json"]);
    expect(w.repo.state.deployments.map((d) => [d.environment, d.ref])).toEqual([
      ["iris/production", "iris/v1"],
    ]);

    const reader = await w.store();
    expect(await reader.models()).toEqual(["iris"]);
    expect((await reader.listVersions("iris")).map((v) => v.version)).toEqual([1]);
    expect(await reader.aliases("iris")).toEqual({ production: 1 });
    expect((await reader.resolveAlias("iris", "production"))?.digest).toBe(v1.digest);
    expect(reader.problems()).toEqual([]);

    const dir = await reader.materialize("iris", 1);
    expect(await readFile(path.join(dir, "model", "weights.bin"))).toEqual(ARTIFACT_V1["model/weights.bin"]);
    // The same digest the fs store files the artifact under.
    expect(path.basename(dir)).toBe(v1.digest);
  });

  test("the same key and artifact is the same version: no second release, tag or upload", async () => {
    const key = sha256Hex("iris inputs");
    await w.publish("iris", ARTIFACT_V1, { key, alias: null });
    const before = w.sim.snapshot();
    const again = await w.publish("iris", ARTIFACT_V1, { key, alias: null });
    expect(again.version).toBe(1);
    expect(w.sim.snapshot()).toBe(before);
  });

  test("a tag left by a writer killed before its release is adopted, not skipped", async () => {
    w.repo.state.tags.set("refs/tags/iris/v1", w.repo.defaultHead.sha);
    const v = await w.publish("iris", ARTIFACT_V1, { alias: null });
    expect(v.version).toBe(1);
    expect(w.repo.state.releases.map((r) => r.tagName)).toEqual(["iris/v1"]);
  });

  test("moving production moves previous; a rollback is two deployments, never a new version", async () => {
    await w.publish("iris", ARTIFACT_V1);
    await w.publish("iris", ARTIFACT_V2);
    const store = await w.store({ writer: true });
    expect(await store.aliases("iris")).toEqual({ production: 2, previous: 1 });
    const result = await store.rollback("iris", { reason: "revert abc", actor: "ada", commit: "abc" });
    expect(result).toMatchObject({ from: 2, to: 1 });
    expect(await store.aliases("iris")).toEqual({ production: 1 });
    expect(w.repo.state.releases).toHaveLength(2);
    const history = await (await w.store()).history("iris");
    expect(history.map((e) => [e.alias, e.from, e.to, e.kind])).toEqual([
      ["production", null, 1, "promote"],
      ["production", 1, 2, "promote"],
      ["previous", null, 1, "promote"],
      ["production", 2, 1, "rollback"],
      ["previous", 1, null, "rollback"],
    ]);
    expect(history.at(-2)).toMatchObject({ reason: "revert abc", actor: "ada", commit: "abc" });
  });

  test("the canary's traffic share travels through the store", async () => {
    await w.publish("iris", ARTIFACT_V1);
    await w.publish("iris", ARTIFACT_V2, { alias: "canary" });
    const store = await w.store({ writer: true });
    await store.setTraffic("iris", 25, { reason: "canary step 1" });
    const reader = await w.store();
    expect(await reader.traffic("iris")).toMatchObject({ canaryPercent: 25, reason: "canary step 1" });
    expect(await reader.aliases("iris")).toEqual({ production: 1, canary: 2 });
    await store.setTraffic("iris", undefined, { reason: "done" });
    expect(await reader.traffic("iris")).toBeUndefined();
    expect((await reader.history("iris")).map((e) => e.alias)).toEqual(["production", "canary"]);
  });

  test("a server's report is a deployment status on the alias's deployment", async () => {
    await w.publish("iris", ARTIFACT_V1);
    const reader = await w.store();
    await reader.reportServing("iris", "production", 1, {
      state: "success",
      replica: "pod-a",
      url: "http://pod-a:8080",
      description: "serving v1",
    });
    const [deployment] = w.repo.state.deployments;
    expect(deployment?.statuses.map((s) => [s.state, s.description, s.environmentUrl])).toEqual([
      ["success", "pod-a: serving v1", "http://pod-a:8080"],
    ]);
    expect(await reader.servingStatuses("iris", "production")).toEqual([
      expect.objectContaining({ state: "success", description: "pod-a: serving v1" }),
    ]);
  });
});

describe("trust: what anyone with write access can do to releases is ignored", () => {
  test("a forged release (a made-up record on a new tag) is not a version", async () => {
    await w.publish("iris", ARTIFACT_V1);
    const real = extractRecord(release("iris/v1")?.body) as Record<string, unknown>;
    // Unsigned, and signed with the forger's own key: neither counts.
    const forger = signerFromPem(keyPair("forger").privateKey);
    for (const [n, record] of [
      [8, { ...real, version: 8, approvers: ["boss"], signature: undefined }],
      [9, forger.sign({ ...real, version: 9, approvers: ["boss"] })],
    ] as const) {
      w.repo.state.tags.set(`refs/tags/iris/v${n}`, w.repo.defaultHead.sha);
      w.repo.state.releases.push({
        ...(release("iris/v1") as NonNullable<ReturnType<typeof release>>),
        id: w.sim.nextId(),
        tagName: `iris/v${n}`,
        body: `forged\n${embedRecord(record)}`,
      });
    }
    const reader = await w.store();
    expect((await reader.listVersions("iris")).map((v) => v.version)).toEqual([1]);
    expect(reader.problems()).toEqual([
      { model: "iris", where: "iris/v9", why: expect.stringMatching(/untrusted key/) },
      { model: "iris", where: "iris/v8", why: "its record is unsigned" },
    ]);
    await expect(reader.materialize("iris", 9)).rejects.toThrow(
      /iris\/v9 is not a verified version \(.*untrusted/,
    );
  });

  test("an edited release record (approvers changed) is not a version", async () => {
    await w.publish("iris", ARTIFACT_V1);
    const r = release("iris/v1") as NonNullable<ReturnType<typeof release>>;
    r.body = (r.body ?? "").replace('"approvers":[]', '"approvers":["boss"]');
    const reader = await w.store();
    expect(await reader.listVersions("iris")).toEqual([]);
    expect(await reader.aliases("iris")).toEqual({});
    expect(reader.problems().map((p) => [p.where, p.why])).toEqual([
      ["iris/v1", "its record is edited after it was signed"],
      [
        expect.stringMatching(/^deployment \d+ \(iris\/production\)$/),
        expect.stringMatching(/not a verified version/),
      ],
    ]);
  });

  test("a swapped asset with its digest edited in the body is refused (the record no longer verifies)", async () => {
    await w.publish("iris", ARTIFACT_V1);
    const r = release("iris/v1") as NonNullable<ReturnType<typeof release>>;
    const asset = r.assets.find((a) => a.name === "metrics.json") as (typeof r.assets)[number];
    const forged = Buffer.from('{"accuracy":0.99}');
    const oldSha = sha256Hex(asset.data);
    asset.data = forged;
    w.sim.blobs.set(`asset-${asset.id}`, { data: forged, contentType: asset.contentType });
    r.body = (r.body ?? "").split(oldSha).join(sha256Hex(forged));
    const reader = await w.store();
    expect(await reader.listVersions("iris")).toEqual([]);
    await expect(reader.materialize("iris", 1)).rejects.toThrow(/edited after it was signed/);
  });

  test("a swapped asset (bytes changed, record untouched) is refused naming the asset", async () => {
    await w.publish("iris", ARTIFACT_V1);
    const r = release("iris/v1") as NonNullable<ReturnType<typeof release>>;
    const asset = r.assets.find((a) => a.name === modelZipName("iris")) as (typeof r.assets)[number];
    const bytes = Buffer.from(asset.data);
    bytes[bytes.length - 30] = (bytes[bytes.length - 30] ?? 0) ^ 0xff;
    w.sim.blobs.set(`asset-${asset.id}`, { data: bytes, contentType: asset.contentType });
    const reader = await w.store();
    const e = await failure(reader.materialize("iris", 1));
    expect(e).toBeInstanceOf(ModelopsError);
    expect(e.message).toMatch(/^iris\/v1: asset iris-model\.zip does not match its signed sha256/);
  });

  test("a deployment with a made-up alias record does not move the alias", async () => {
    await w.publish("iris", ARTIFACT_V1);
    await w.publish("iris", ARTIFACT_V2, { alias: null });
    const [d] = w.repo.state.deployments;
    const forged = { ...(d?.payload as Record<string, unknown>), version: 2 };
    w.repo.state.deployments.push({
      ...(d as NonNullable<typeof d>),
      id: w.sim.nextId(),
      payload: forged,
      statuses: [],
    });
    const reader = await w.store();
    expect(await reader.aliases("iris")).toEqual({ production: 1 });
    expect(reader.problems()).toEqual([
      expect.objectContaining({ why: "its alias record is edited after it was signed" }),
    ]);
  });
});

test("a signed alias move copied into a new deployment (a replay) does not move the alias", async () => {
  await w.publish("iris", ARTIFACT_V1);
  await w.publish("iris", ARTIFACT_V2);
  const writer = await w.store({ writer: true });
  await writer.rollback("iris", { reason: "v2 is bad" });
  expect(await writer.aliases("iris")).toEqual({ production: 1 });
  // Replay the signed record that once moved production to v2.
  const toV2 = w.repo.state.deployments.find(
    (d) => d.environment === "iris/production" && d.ref === "iris/v2",
  ) as NonNullable<(typeof w.repo.state.deployments)[number]>;
  w.repo.state.deployments.push({ ...toV2, id: w.sim.nextId(), statuses: [] });
  const reader = await w.store();
  expect(await reader.aliases("iris")).toEqual({ production: 1 });
  expect(reader.problems()).toEqual([
    expect.objectContaining({ why: expect.stringMatching(/^its signed record is out of sequence/) }),
  ]);
  // The writer goes on from the real head of the chain.
  await writer.setAlias("iris", "canary", 2, { reason: "try again" });
  expect(await (await w.store()).aliases("iris")).toEqual({ production: 1, canary: 2 });
});

describe("polling and GitHub's bad days", () => {
  test("revision() costs two 304s while nothing changes, and changes when an alias moves", async () => {
    await w.publish("iris", ARTIFACT_V1);
    await w.publish("iris", ARTIFACT_V2, { alias: null });
    const reader = await w.store();
    const first = await reader.revision();
    const before = w.sim.notModified;
    expect(await reader.revision()).toBe(first);
    expect(await reader.listVersions("iris")).toHaveLength(2);
    expect(w.sim.notModified - before).toBe(4);
    const writer = await w.store({ writer: true });
    await writer.setAlias("iris", "production", 2, { reason: "promote" });
    expect(await reader.revision()).not.toBe(first);
    expect(await reader.aliases("iris")).toEqual({ production: 2, previous: 1 });
  });

  test("503 and 429 surface as GitHubUnavailable with Retry-After; the next call works", async () => {
    await w.publish("iris", ARTIFACT_V1);
    const reader = await w.store();
    w.sim.failNext("repos/list-releases", 503);
    const down = await failure(reader.listVersions("iris"));
    expect(down).toBeInstanceOf(GitHubUnavailable);
    expect(down.message).toMatch(/GitHub answered 503/);
    w.sim.failNext("repos/list-deployments", 429);
    const limited = (await failure(reader.aliases("iris"))) as GitHubUnavailable;
    expect(limited.retryAfterSeconds).toBe(1);
    expect(await reader.aliases("iris")).toEqual({ production: 1 });
  });

  test("a request GitHub never answers is abandoned after the timeout", async () => {
    await w.publish("iris", ARTIFACT_V1);
    const reader = await w.store({ requestTimeoutMs: 300 });
    w.sim.failNext("*", "hang");
    const e = await failure(reader.revision());
    expect(e).toBeInstanceOf(GitHubUnavailable);
    w.sim.clearFaults();
    expect(await reader.aliases("iris")).toEqual({ production: 1 });
  });
});

describe("openModelStore", () => {
  test("chooses the store by URI; a bad URI is one line", async () => {
    expect(parseStoreUri("github:acme/models")).toEqual({ kind: "github", owner: "acme", repo: "models" });
    expect(parseStoreUri("fs:/tmp/x")).toEqual({ kind: "fs", root: "/tmp/x" });
    expect(parseStoreUri(undefined)).toEqual({ kind: "fs", root: ".modelops" });
    expect(() => parseStoreUri("github:acme")).toThrow(
      'registry "github:acme": expected github:OWNER/REPO (for example github:acme/models)',
    );
    expect(() => parseStoreUri("s3://bucket/x")).toThrow(/unknown store "s3:"/);
    const fs = await openModelStore(`fs:${w.dir}/reg`);
    expect(fs).toBeInstanceOf(Registry);
    expect(fs.uri).toBe(`fs:${w.dir}/reg`);
    const gh = await openModelStore("github:acme/models", { env: w.readerEnv, cacheDir: `${w.dir}/c` });
    expect(gh.uri).toBe("github:acme/models");
  });

  test("the API base: GITHUB_API_URL, else GitHub Enterprise's GHE_HOST, else api.github.com", () => {
    expect(apiBaseUrl({ GITHUB_API_URL: "https://ghe.example/api/v3/" })).toBe("https://ghe.example/api/v3");
    expect(apiBaseUrl({ GHE_HOST: "ghe.example" })).toBe("https://ghe.example/api/v3");
    expect(apiBaseUrl({ GHE_HOST: "ghe:8080", GHE_PROTOCOL: "http" })).toBe("http://ghe:8080/api/v3");
    expect(apiBaseUrl({})).toBe("https://api.github.com");
  });

  test("GitHub App credentials: the installation on the repository is found as the App", async () => {
    await w.publish("iris", ARTIFACT_V1);
    const env = {
      APP_ID: "5151",
      PRIVATE_KEY: keyPair("store-app", "rsa").privateKey,
      GITHUB_API_URL: w.sim.urls.api,
      MODELOPS_TRUSTED_KEYS: w.signing.publicKey,
    };
    const store = await openModelStore("github:acme/models", { env, cacheDir: `${w.dir}/app` });
    expect(await store.aliases("iris")).toEqual({ production: 1 });
    await expect(openModelStore("github:someone/else", { env, cacheDir: `${w.dir}/app` })).rejects.toThrow(
      /^github:someone\/else: GitHub App 5151 is not installed on it \(404\)/,
    );
  });

  test("without credentials or trusted keys it says what to set", async () => {
    await expect(
      openModelStore("github:acme/models", { env: { MODELOPS_TRUSTED_KEYS: w.signing.publicKey } }),
    ).rejects.toThrow(/no credentials; set GITHUB_TOKEN/);
    await expect(
      openModelStore("github:acme/models", { env: { GITHUB_TOKEN: "x", GITHUB_API_URL: w.sim.urls.api } }),
    ).rejects.toThrow(/no trusted signing keys/);
  });

  test("a read-only store refuses to write, saying which key it needs", async () => {
    const reader = await w.store();
    await expect(reader.setAlias("iris", "production", 1, { reason: "x" })).rejects.toThrow(
      /read-only here: writing needs a signing key/,
    );
  });
});
