// The fs registry as a ModelStore: the same interface the github store implements, on `.modelops/`.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, test } from "@jest/globals";
import type { ModelStore } from "../../pipelines/registry/model-store.ts";
import { openModelStore } from "../../pipelines/registry/open-store.ts";
import type { Registry } from "../../pipelines/registry/registry.ts";

let dir: string;
let reg: Registry;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "modelops-fsstore-"));
  reg = (await openModelStore(`fs:${path.join(dir, ".modelops")}`)) as Registry;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function version(n: number): Promise<number> {
  const run = path.join(dir, `run${n}`);
  await mkdir(path.join(run, "model"), { recursive: true });
  await writeFile(path.join(run, "model", "weights.bin"), Buffer.alloc(16, n));
  const put = await reg.putArtifact(run);
  return (await reg.createVersion("iris", { key: put.digest, digest: put.digest })).version;
}

test("materialize verifies every file and names the one that changed", async () => {
  const store: ModelStore = reg;
  const v = await version(1);
  const at = await store.materialize("iris", v);
  expect(await readFile(path.join(at, "model", "weights.bin"))).toEqual(Buffer.alloc(16, 1));
  await writeFile(path.join(at, "model", "weights.bin"), Buffer.alloc(16, 7));
  await expect(store.materialize("iris", v)).rejects.toThrow(
    /model\/weights\.bin was modified \(sha256 mismatch\)/,
  );
  await expect(store.materialize("iris", 9)).rejects.toThrow(/iris has no version 9 \(versions 1-1\)/);
});

test("aliases, traffic, rollback kinds and serving reports", async () => {
  await version(1);
  await version(2);
  await reg.setAlias("iris", "production", 1, { reason: "first", kind: "promote" });
  await reg.setAlias("iris", "production", 2, { reason: "second" });
  await reg.setTraffic("iris", 25, { reason: "canary" });
  expect(await reg.aliases("iris")).toEqual({ production: 2, previous: 1 });
  expect((await reg.traffic("iris"))?.canaryPercent).toBe(25);
  await reg.rollback("iris", { reason: "bad" });
  expect((await reg.history("iris")).map((e) => [e.alias, e.to, e.kind])).toEqual([
    ["production", 1, "promote"],
    ["production", 2, undefined],
    ["previous", 1, undefined],
    ["production", 1, "rollback"],
    ["previous", null, "rollback"],
  ]);
  await reg.reportServing("iris", "production", 1, {
    state: "success",
    replica: "host:1",
    description: "serving v1",
  });
  const status = JSON.parse(await readFile(path.join(reg.root, "status", "iris.json"), "utf8"));
  expect(status.production["host:1"]).toMatchObject({
    version: 1,
    state: "success",
    description: "serving v1",
  });
  expect(reg.problems()).toEqual([]);
});
