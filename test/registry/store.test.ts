import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "@jest/globals";
import { ModelopsError } from "../../pipelines/errors.ts";
import { ArtifactStore, MANIFEST_FILE } from "../../pipelines/registry/index.ts";

let dir: string;
let store: ArtifactStore;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "modelops-store-"));
  store = await ArtifactStore.open(join(dir, ".modelops"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function runDir(name: string, accuracy = 0.93): Promise<string> {
  const out = join(dir, name);
  await mkdir(join(out, "model"), { recursive: true });
  await writeFile(join(out, "model", "model.json"), JSON.stringify({ format: "layers-model" }));
  await writeFile(join(out, "model", "weights.bin"), Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]));
  await writeFile(join(out, "metrics.json"), JSON.stringify({ accuracy }));
  await writeFile(join(out, "history.json"), "{}");
  return out;
}

async function failure(p: Promise<unknown>): Promise<ModelopsError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ModelopsError);
  return e as ModelopsError;
}

describe("artifact store", () => {
  test("copies every file under objects/<digest>/ with a manifest of path, sha256 and size", async () => {
    const put = await store.putArtifact(await runDir("run1"));
    expect(put.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(put.reused).toBe(false);
    expect(put.dir).toBe(store.artifactDir(put.digest));
    const manifest = JSON.parse(await readFile(join(put.dir, MANIFEST_FILE), "utf8"));
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual([
      "history.json",
      "metrics.json",
      "model/model.json",
      "model/weights.bin",
    ]);
    expect(manifest.files[3]).toEqual({ path: "model/weights.bin", sha256: expect.any(String), size: 8 });
    expect(await readFile(join(put.dir, "model", "weights.bin"))).toEqual(
      Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]),
    );
    await expect(store.verifyArtifact(put.digest)).resolves.toEqual(manifest);
    // nothing is left behind in the temp folder
    expect(await readdir(store.tmpDir)).toEqual([]);
  });

  test("same content from another folder -> same digest, stored once", async () => {
    const a = await store.putArtifact(await runDir("run1"));
    const b = await store.putArtifact(await runDir("run2"));
    expect(b.digest).toBe(a.digest);
    expect(b.reused).toBe(true);
    expect(await readdir(store.objectsDir)).toEqual([a.digest]);
    // storing the artifact folder itself (manifest.json included) is also a no-op
    expect((await store.putArtifact(a.dir)).digest).toBe(a.digest);
  });

  test("different content -> different digest", async () => {
    const a = await store.putArtifact(await runDir("run1", 0.93));
    const b = await store.putArtifact(await runDir("run2", 0.94));
    expect(b.digest).not.toBe(a.digest);
  });

  test("include limits what is stored", async () => {
    const src = await runDir("run1");
    await mkdir(join(src, "data"));
    await writeFile(join(src, "data", "train.bin"), "big");
    const put = await store.putArtifact(src, { include: ["model", "metrics.json"] });
    expect(put.manifest.files.map((f) => f.path)).toEqual([
      "metrics.json",
      "model/model.json",
      "model/weights.bin",
    ]);
  });

  test("two concurrent puts of the same content both succeed with one object", async () => {
    const src = await runDir("run1");
    const [a, b] = await Promise.all([store.putArtifact(src), store.putArtifact(src)]);
    expect(a.digest).toBe(b.digest);
    expect(await readdir(store.objectsDir)).toHaveLength(1);
    await store.verifyArtifact(a.digest);
  });

  test("a modified file is detected and named", async () => {
    const { digest, dir: at } = await store.putArtifact(await runDir("run1"));
    await writeFile(join(at, "model", "weights.bin"), Buffer.from([1, 2, 3, 4, 5, 6, 7, 9]));
    const e = await failure(store.verifyArtifact(digest));
    expect(e.message).toContain("model/weights.bin was modified");
    expect(e.message).not.toContain("\n");
  });

  test("a truncated, missing or extra file is detected and named", async () => {
    const { digest, dir: at } = await store.putArtifact(await runDir("run1"));
    await appendFile(join(at, "metrics.json"), " ");
    expect((await failure(store.verifyArtifact(digest))).message).toMatch(
      /metrics\.json has \d+ bytes, expected/,
    );

    const second = await store.putArtifact(await runDir("run2", 0.5));
    await rm(join(second.dir, "history.json"));
    expect((await failure(store.verifyArtifact(second.digest))).message).toContain("history.json is missing");

    const third = await store.putArtifact(await runDir("run3", 0.6));
    await writeFile(join(third.dir, "model", "evil.js"), "x");
    expect((await failure(store.verifyArtifact(third.digest))).message).toContain(
      "unexpected file model/evil.js",
    );
  });

  test("a rewritten manifest no longer matches the digest", async () => {
    const { digest, dir: at } = await store.putArtifact(await runDir("run1"));
    const m = JSON.parse(await readFile(join(at, MANIFEST_FILE), "utf8"));
    m.files[0].size += 1;
    await writeFile(join(at, MANIFEST_FILE), JSON.stringify(m));
    expect((await failure(store.verifyArtifact(digest))).message).toContain(
      "manifest.json does not match the digest",
    );
  });

  test("an unknown digest or a bad one is a clear error", async () => {
    expect((await failure(store.verifyArtifact("0".repeat(64)))).message).toContain("is not in the store");
    expect(() => store.artifactDir("../../etc")).toThrow(ModelopsError);
  });

  test("an empty folder is refused", async () => {
    await mkdir(join(dir, "empty"));
    expect((await failure(store.putArtifact(join(dir, "empty")))).message).toContain("no files to store");
  });
});
