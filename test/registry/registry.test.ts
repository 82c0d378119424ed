import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "@jest/globals";
import { ModelopsError } from "../../pipelines/errors.ts";
import { Registry, sha256Hex } from "../../pipelines/registry/index.ts";

let dir: string;
let reg: Registry;
const key = (s: string) => sha256Hex(`key ${s}`);
const digest = (s: string) => sha256Hex(`digest ${s}`);
const meta = (reason: string) => ({ reason, actor: "ml-lead", commit: "abc1234" });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "modelops-registry-"));
  reg = await Registry.open(join(dir, ".modelops"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function failure(p: Promise<unknown>): Promise<ModelopsError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ModelopsError);
  expect((e as Error).message).not.toContain("\n");
  return e as ModelopsError;
}

async function versions(model: string, n: number) {
  for (let i = 1; i <= n; i++)
    await reg.createVersion(model, { key: key(`${model}${i}`), digest: digest(`${i}`) });
}

describe("versions", () => {
  test("are numbered 1, 2, 3 per model and keep what they were given", async () => {
    const v1 = await reg.createVersion("iris", {
      key: key("a"),
      digest: digest("a"),
      commit: "abc",
      tag: "iris/v1",
      metrics: { accuracy: 0.93 },
      source: "pr#1",
    });
    expect(v1).toEqual({
      version: 1,
      key: key("a"),
      digest: digest("a"),
      createdAt: expect.any(String),
      commit: "abc",
      tag: "iris/v1",
      metrics: { accuracy: 0.93 },
      source: "pr#1",
    });
    expect((await reg.createVersion("iris", { key: key("b"), digest: digest("b") })).version).toBe(2);
    expect((await reg.createVersion("petal", { key: key("c"), digest: digest("c") })).version).toBe(1);
    expect((await reg.listVersions("iris")).map((v) => v.version)).toEqual([1, 2]);
    expect(await reg.getVersion("iris", 1)).toEqual(v1);
    expect(await reg.getVersion("iris", 9)).toBeUndefined();
    expect(await reg.models()).toEqual(["iris", "petal"]);
    expect(await reg.listVersions("unknown")).toEqual([]);
  });

  test("a version is minted only for a new artifact: the same key and digest is that version again", async () => {
    await reg.createVersion("iris", { key: key("a"), digest: digest("a") });
    await reg.createVersion("iris", { key: key("b"), digest: digest("b") });
    expect((await reg.createVersion("iris", { key: key("a"), digest: digest("a") })).version).toBe(1);
    expect((await reg.listVersions("iris")).map((v) => v.version)).toEqual([1, 2]);
    // The same inputs that built a different artifact (a non-deterministic run) are a new version.
    await reg.createVersion("iris", { key: key("a"), digest: digest("a2") });
    expect((await reg.findVersionByKey("iris", key("a")))?.version).toBe(3);
    expect((await reg.findVersionByKey("iris", key("b")))?.version).toBe(2);
    expect(await reg.findVersionByKey("iris", key("zzz"))).toBeUndefined();
  });

  test("bad names, keys and digests are refused before anything is written", async () => {
    expect(
      (await failure(reg.createVersion("../etc", { key: key("a"), digest: digest("a") }))).message,
    ).toContain('model name "../etc" is invalid');
    await failure(reg.createVersion("iris", { key: "nope", digest: digest("a") }));
    await failure(reg.createVersion("iris", { key: key("a"), digest: "nope" }));
    expect(await reg.models()).toEqual([]);
  });
});

describe("aliases", () => {
  test("promoting moves production and keeps the old production as previous, all in history", async () => {
    await versions("iris", 3);
    expect(await reg.promote("iris", 1, meta("first release"))).toEqual([
      {
        at: expect.any(String),
        alias: "production",
        from: null,
        to: 1,
        reason: "first release",
        actor: "ml-lead",
        commit: "abc1234",
      },
    ]);
    expect(await reg.resolveAlias("iris", "previous")).toBeUndefined();
    await reg.promote("iris", 2, meta("v2 is better"));
    await reg.setAlias("iris", "production", 3, meta("v3"));
    expect((await reg.resolveAlias("iris", "production"))?.version).toBe(3);
    expect((await reg.resolveAlias("iris", "previous"))?.version).toBe(2);
    const h = await reg.history("iris");
    expect(h.map((e) => [e.alias, e.from, e.to, e.reason])).toEqual([
      ["production", null, 1, "first release"],
      ["production", 1, 2, "v2 is better"],
      ["previous", null, 1, "v2 is better"],
      ["production", 2, 3, "v3"],
      ["previous", 1, 2, "v3"],
    ]);
    for (const e of h) expect(Date.parse(e.at)).not.toBeNaN();
  });

  test("setting an alias to where it already points records nothing", async () => {
    await versions("iris", 1);
    await reg.promote("iris", 1, meta("r"));
    expect(await reg.promote("iris", 1, meta("again"))).toEqual([]);
    expect(await reg.history("iris")).toHaveLength(1);
  });

  test("other aliases move on their own and can be removed", async () => {
    await versions("iris", 2);
    await reg.setAlias("iris", "canary", 2, meta("try v2"));
    expect((await reg.resolveAlias("iris", "canary"))?.version).toBe(2);
    expect(await reg.resolveAlias("iris", "previous")).toBeUndefined();
    await reg.deleteAlias("iris", "canary", meta("done"));
    expect(await reg.resolveAlias("iris", "canary")).toBeUndefined();
    expect((await reg.history("iris")).map((e) => [e.alias, e.from, e.to])).toEqual([
      ["canary", null, 2],
      ["canary", 2, null],
    ]);
  });

  test("an alias to a version that does not exist is refused", async () => {
    await versions("iris", 2);
    expect((await failure(reg.promote("iris", 7, meta("x")))).message).toContain(
      "iris has no version 7 (versions 1-2)",
    );
    await failure(reg.setAlias("iris", "Bad Alias", 1, meta("x")));
    expect(await reg.history("iris")).toEqual([]);
  });
});

describe("rollback", () => {
  test("moves production back to previous; previous walks one step further back", async () => {
    await versions("iris", 3);
    await reg.promote("iris", 1, meta("v1"));
    await reg.promote("iris", 2, meta("v2"));
    await reg.promote("iris", 3, meta("v3"));
    const r = await reg.rollback("iris", meta("v3 is broken"));
    expect([r.from, r.to]).toEqual([3, 2]);
    expect((await reg.resolveAlias("iris", "production"))?.version).toBe(2);
    expect((await reg.resolveAlias("iris", "previous"))?.version).toBe(1);
    const r2 = await reg.rollback("iris", meta("v2 too"));
    expect([r2.from, r2.to]).toEqual([2, 1]);
    expect(await reg.resolveAlias("iris", "previous")).toBeUndefined();
    expect((await failure(reg.rollback("iris", meta("again")))).message).toContain(
      "iris has no previous version to roll back to (production is v1)",
    );
    expect((await reg.history("iris")).slice(-4).map((e) => [e.alias, e.from, e.to, e.reason])).toEqual([
      ["production", 3, 2, "v3 is broken"],
      ["previous", 2, 1, "v3 is broken"],
      ["production", 2, 1, "v2 too"],
      ["previous", 1, null, "v2 too"],
    ]);
  });

  test("without production there is nothing to roll back", async () => {
    await versions("iris", 1);
    const e = await failure(reg.rollback("iris", meta("x")));
    expect(e.message).toContain("iris has no production version");
    expect(e.exitCode).toBe(1);
  });
});

describe("input keys", () => {
  test("lookupKey finds what recordKey stored; unknown keys are undefined", async () => {
    expect(await reg.lookupKey(key("a"))).toBeUndefined();
    await reg.recordKey(key("a"), digest("a"), "iris");
    expect(await reg.lookupKey(key("a"))).toEqual({
      digest: digest("a"),
      model: "iris",
      createdAt: expect.any(String),
    });
    await reg.recordKey(key("a"), digest("b"), "iris");
    expect((await reg.lookupKey(key("a")))?.digest).toBe(digest("b"));
    await failure(reg.lookupKey("../../x"));
  });

  test("the artifact stored for a key is reached through the registry", async () => {
    const src = join(dir, "run");
    await mkdir(join(src, "model"), { recursive: true });
    await writeFile(join(src, "model", "model.json"), "{}");
    const put = await reg.putArtifact(src);
    await reg.recordKey(key("run"), put.digest, "iris");
    const hit = await reg.lookupKey(key("run"));
    expect(await reg.hasArtifact(hit!.digest)).toBe(true);
    await reg.verifyArtifact(hit!.digest);
    expect(await readFile(join(reg.artifactDir(hit!.digest), "model", "model.json"), "utf8")).toBe("{}");
  });
});

describe("durability", () => {
  test("a corrupt model file fails with one line naming it and is left untouched", async () => {
    await versions("iris", 2);
    const file = reg.modelFile("iris");
    await writeFile(file, '{"versions": [ {"version": 1,');
    const e = await failure(reg.listVersions("iris"));
    expect(e.message).toMatch(/models\/iris\.json: corrupt registry file \(.*\); restore it from a backup/);
    await failure(reg.createVersion("iris", { key: key("x"), digest: digest("x") }));
    await failure(reg.promote("iris", 1, meta("x")));
    expect(await readFile(file, "utf8")).toBe('{"versions": [ {"version": 1,');
  });

  test("a model file of the wrong shape is refused too", async () => {
    await writeFile(reg.modelFile("iris"), JSON.stringify({ versions: {}, aliases: {}, history: [] }));
    expect((await failure(reg.get("iris"))).message).toContain('"versions" is not a list');
  });

  test("revision changes when a version is added or an alias moves, not on reads", async () => {
    const r0 = await reg.revision("iris");
    await versions("iris", 2);
    const r1 = await reg.revision("iris");
    expect(r1).not.toBe(r0);
    await reg.listVersions("iris");
    expect(await reg.revision("iris")).toBe(r1);
    const all = await reg.revision();
    await reg.promote("iris", 1, meta("x"));
    expect(await reg.revision("iris")).not.toBe(r1);
    expect(await reg.revision()).not.toBe(all);
  });

  test("many concurrent writers in one process lose nothing", async () => {
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        reg.createVersion("iris", { key: key(`${i}`), digest: digest(`${i}`) }),
      ),
    );
    const vs = await reg.listVersions("iris");
    expect(vs.map((v) => v.version)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(new Set(vs.map((v) => v.key)).size).toBe(30);
  });

  test("opening a missing registry read-only is a clear error and creates nothing", async () => {
    const e = await failure(Registry.open(join(dir, "nope"), { create: false }));
    expect(e.message).toContain("not found");
    await expect(readFile(join(dir, "nope"))).rejects.toThrow();
  });
});
