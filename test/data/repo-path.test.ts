// A data file of a pull request must be inside the repository: a symbolic link committed in its place that
// leads out (to a key of the runner's, to /dev/zero) is refused with one line before a byte is read.
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { readImageFolder } from "../../pipelines/data/images/folder.ts";
import { repoPath } from "../../pipelines/data/repo-path.ts";
import { MODELOPS_CLI } from "../support/cli.ts";

let root: string;
let repo: string;
let secret: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "modelops-repo-path-"));
  repo = path.join(root, "repo");
  await mkdir(path.join(repo, "data"), { recursive: true });
  secret = path.join(root, "runner-key");
  await writeFile(secret, "-----BEGIN OPENSSH PRIVATE KEY-----,x\n1,2\n");
  await writeFile(path.join(repo, "data", "real.csv"), "a,y\n1,0\n");
  await symlink(path.join(repo, "data", "real.csv"), path.join(repo, "data", "inside.csv"));
  await symlink(secret, path.join(repo, "data", "train.csv"));
  await symlink("/dev/zero", path.join(repo, "data", "zero.csv"));
});
afterAll(() => rm(root, { recursive: true, force: true }));

test("a file, or a link to a file inside the repository, is read where it is", async () => {
  expect(await repoPath(repo, "data/real.csv", "file")).toBe(path.join(repo, "data", "real.csv"));
  expect(await repoPath(repo, "data/inside.csv", "file")).toBe(path.join(repo, "data", "inside.csv"));
  expect(await repoPath(repo, "data", "folder")).toBe(path.join(repo, "data"));
});

test.each([
  [
    "data/train.csv",
    "file",
    /^data\/train\.csv: is a link to .*runner-key, outside the folder of modelops\.yaml;/,
  ],
  [
    "data/zero.csv",
    "file",
    /^data\/zero\.csv: is a link to \/dev\/zero, outside the folder of modelops\.yaml;/,
  ],
  ["data", "file", /^data: is not a regular file;/],
  ["data/real.csv", "folder", /^data\/real\.csv: is not a folder;/],
] as const)("%s as a %s is refused in one line", async (rel, kind, message) => {
  await expect(repoPath(repo, rel, kind)).rejects.toThrow(message);
});

test("a pull request's data file linked to a file of the runner: `modelops run` exits 2, nothing of it printed", async () => {
  await writeFile(
    path.join(repo, "modelops.yaml"),
    "version: 1\nmodels:\n  m:\n    task: classification\n    data: { target: y, train: { format: csv, path: data/train.csv } }\n    model: { architecture: mlp }\n",
  );
  const run = spawnSync(process.execPath, [MODELOPS_CLI, "run"], {
    cwd: repo,
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(run.status).toBe(2);
  expect(run.stderr.trim()).toMatch(/^modelops: error: data\/train\.csv: is a link to .*outside the folder/);
  expect(run.stdout + run.stderr).not.toContain("OPENSSH");
});

test("an image in a class folder linked out of it is refused, naming the image", async () => {
  const images = path.join(repo, "images");
  await mkdir(path.join(images, "a"), { recursive: true });
  await mkdir(path.join(images, "b"), { recursive: true });
  await symlink(secret, path.join(images, "a", "0.png"));
  await writeFile(path.join(images, "b", "0.png"), "not read");
  await expect(readImageFolder(images, { label: "images", channels: 1 })).rejects.toThrow(
    /^images\/a\/0\.png: is a link to .*runner-key, outside the folder/,
  );
});
