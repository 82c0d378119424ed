// Folders the commands create for a user's path (--prediction-log, -o, the registry): made with their
// parents, and a path Node's own recursive mkdir loops on forever (a new name under /proc) is an error.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { makeDirs, makeDirsSync } from "../../pipelines/make-dirs.ts";
import { Registry } from "../../pipelines/registry/index.ts";
import { MODELOPS_CLI } from "../support/cli.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "modelops-dirs-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

test.each([
  ["async", makeDirs],
  ["sync", makeDirsSync],
])("%s: makes a folder and its parents; an existing one is fine", async (kind, make) => {
  const deep = path.join(dir, kind, "a", "b", "c");
  await make(deep);
  expect(statSync(deep).isDirectory()).toBe(true);
  await make(deep);
  await make(dir);
});

test.each([
  ["async", makeDirs],
  ["sync", makeDirsSync],
])("%s: a file in the way is an error with its code", async (kind, make) => {
  const file = path.join(dir, `${kind}-file`);
  await writeFile(file, "x");
  await expect(async () => make(path.join(file, "sub"))).rejects.toMatchObject({ code: "ENOTDIR" });
  await expect(async () => make(file)).rejects.toMatchObject({ code: "ENOTDIR" });
});

const proc = existsSync("/proc/self") ? test : test.skip; // Linux: where Node's recursive mkdir loops

proc.each([
  ["async", makeDirs],
  ["sync", makeDirsSync],
])("%s: a new name under /proc is ENOENT, not an endless retry", async (_, make) => {
  await expect(async () => make("/proc/modelops-nope/x")).rejects.toMatchObject({ code: "ENOENT" });
});

proc("`modelops serve --prediction-log /proc/...` stops with one line instead of spinning", async () => {
  await Registry.open(path.join(dir, "reg"));
  const run = spawnSync(
    process.execPath,
    [
      MODELOPS_CLI,
      "serve",
      "--registry",
      path.join(dir, "reg"),
      "--port",
      "0",
      "--prediction-log",
      "/proc/nope",
    ],
    { encoding: "utf8", timeout: 30_000, killSignal: "SIGKILL" }, // it ignored SIGTERM while spinning
  );
  expect(run.signal).toBeNull(); // the old code never returned; the timeout would have killed it
  expect(run.status).toBe(2);
  expect(run.stderr.trim()).toMatch(/^modelops: error: cannot open the prediction log \/proc\/nope: ENOENT;/);
});
