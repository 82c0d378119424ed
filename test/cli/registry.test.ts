import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, test } from "@jest/globals";
import {
  listModels,
  moveAlias,
  promoteVersion,
  rollbackModel,
  showHistory,
  showModel,
} from "../../pipelines/cli/commands/registry.ts";
import { ModelopsError } from "../../pipelines/errors.ts";
import { Registry, sha256Hex } from "../../pipelines/registry/index.ts";

const REPO = join(import.meta.dirname, "../..");
const HARNESS = join(import.meta.dirname, "../support/diff-registry.ts");
const TSX = pathToFileURL(join(REPO, "node_modules/tsx/dist/loader.mjs")).href;

let dir: string;
let root: string;
let reg: Registry;

/** A registry with iris v1..v3 (real artifacts), v1 then v2 promoted. */
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "modelops-cli-registry-"));
  root = join(dir, ".modelops");
  reg = await Registry.open(root);
  for (let i = 1; i <= 3; i++) {
    const run = join(dir, `run${i}`);
    await mkdir(join(run, "model"), { recursive: true });
    await writeFile(join(run, "model", "model.json"), `{"v":${i}}`);
    const { digest } = await reg.putArtifact(run);
    await reg.createVersion("iris", {
      key: sha256Hex(`k${i}`),
      digest,
      commit: `c0ffee${i}0000000`,
      tag: `iris/v${i}`,
      metrics: { accuracy: 0.9 + i / 100 },
    });
  }
  await reg.promote("iris", 1, { reason: "first release", actor: "alice" });
  await reg.promote("iris", 2, { reason: "better", actor: "bob", commit: "abcdef0123" });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const opts = () => ({ registry: root });

function modelops(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", TSX, HARNESS, ...args], {
    cwd: dir,
    env: { ...process.env, NODE_OPTIONS: "" },
    encoding: "utf8",
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function failure(p: Promise<unknown>): Promise<ModelopsError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ModelopsError);
  expect((e as Error).message).not.toContain("\n");
  return e as ModelopsError;
}

describe("registry commands", () => {
  test("ls: one line per model with its aliases", async () => {
    const out = await listModels(opts());
    const [head, line] = out.trimEnd().split("\n");
    expect(head).toMatch(/^MODEL\s+VERSIONS\s+PRODUCTION\s+PREVIOUS\s+OTHER ALIASES\s+LATEST$/);
    expect(line).toMatch(/^iris\s+3\s+v2\s+v1\s+-\s+v3 \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/);
    expect(JSON.parse(await listModels({ ...opts(), json: true }))).toEqual([
      {
        model: "iris",
        versions: 3,
        aliases: { production: 2, previous: 1 },
        latest: expect.objectContaining({ version: 3 }),
      },
    ]);
  });

  test("show: the versions newest first, or one version by number, vN or alias", async () => {
    const out = await showModel("iris", undefined, opts());
    expect(out.split("\n")[0]).toBe("iris: 3 versions; production v2, previous v1");
    expect(out).toMatch(
      /\nv3\s+-\s+\S+ \S+\s+c0ffee3\s+iris\/v3\s+[0-9a-f]{12}\s+[0-9a-f]{12}\s+accuracy=0\.93\n/,
    );
    expect(out).toMatch(/\nv2\s+production\s/);
    const one = await showModel("iris", "production", opts());
    expect(one).toMatch(/^model\s+iris\nversion\s+v2\naliases\s+production\n/);
    expect(one).toMatch(new RegExp(`\nkey +${sha256Hex("k2")}\n`));
    expect(await showModel("iris", "v2", opts())).toBe(one);
    expect(JSON.parse(await showModel("iris", "1", { ...opts(), json: true }))).toMatchObject({
      model: "iris",
      version: 1,
      aliases: ["previous"],
    });
    expect((await failure(showModel("iris", "9", opts()))).message).toContain(
      "iris has no version 9 (versions 1-3",
    );
    expect((await failure(showModel("nope", undefined, opts()))).message).toBe(
      `model "nope" is not in the registry ${root} (models: iris)`,
    );
  });

  test("history: every alias move with actor, commit and reason", async () => {
    const lines = (await showHistory("iris", opts())).trimEnd().split("\n");
    expect(lines[0]).toMatch(/^AT\s+ALIAS\s+FROM\s+TO\s+ACTOR\s+COMMIT\s+REASON$/);
    expect(lines.slice(1).map((l) => l.split(/\s{2,}/).slice(1))).toEqual([
      ["production", "-", "v1", "alice", "-", "first release"],
      ["production", "v1", "v2", "bob", "abcdef0", "better"],
      ["previous", "-", "v1", "bob", "abcdef0", "better"],
    ]);
  });

  test("promote then rollback, with reasons recorded", async () => {
    expect(await promoteVersion("iris", "3", { ...opts(), reason: "v3 wins", actor: "carol" })).toBe(
      "iris: production v2 -> v3 (previous v2)\n",
    );
    expect(await promoteVersion("iris", "v3", { ...opts(), actor: "carol" })).toBe(
      "iris: production is already v3\n",
    );
    expect(await rollbackModel("iris", { ...opts(), reason: "v3 broke", actor: "carol" })).toBe(
      "iris: rolled back production v3 -> v2 (previous v1)\n",
    );
    const h = await reg.history("iris");
    expect(h.at(-2)).toMatchObject({
      alias: "production",
      from: 3,
      to: 2,
      reason: "v3 broke",
      actor: "carol",
    });
  });

  test("alias: set a canary, show it with the rollout's traffic share, remove it; bad input is one line", async () => {
    expect(await moveAlias("iris", "canary", "3", { ...opts(), reason: "try v3", actor: "carol" })).toBe(
      "iris: canary set to v3\n",
    );
    expect(await moveAlias("iris", "canary", "v3", opts())).toBe("iris: canary is already v3\n");
    await reg.setTraffic("iris", 20, { reason: "canary step: 20% of traffic", actor: "modelops-monitor" });
    expect((await showModel("iris", undefined, opts())).split("\n")[0]).toMatch(
      /^iris: 3 versions; production v2, previous v1, canary v3; canary traffic 20% \(canary step: 20% of traffic, .+\)$/,
    );
    expect(await moveAlias("iris", "canary", undefined, { ...opts(), delete: true, actor: "carol" })).toBe(
      "iris: canary v3 removed\n",
    );
    expect((await reg.history("iris")).at(-1)).toMatchObject({
      alias: "canary",
      from: 3,
      to: null,
      actor: "carol",
    });
    expect((await failure(moveAlias("iris", "canary", undefined, opts()))).message).toBe(
      "registry alias iris canary: name a version (number, vN or alias), or pass --delete",
    );
    expect(
      (await failure(moveAlias("iris", "production", undefined, { ...opts(), delete: true }))).message,
    ).toBe("iris: production cannot be removed; use registry rollback or promote");
    expect((await failure(moveAlias("iris", "canary", "9", opts()))).message).toMatch(
      /^iris has no version 9/,
    );
  });

  test("promote refuses a version whose artifact was tampered with", async () => {
    const v3 = (await reg.getVersion("iris", 3))!;
    await writeFile(join(reg.artifactDir(v3.digest), "model", "model.json"), '{"v":9}');
    const e = await failure(promoteVersion("iris", "3", opts()));
    expect(e.message).toContain("model/model.json was modified");
    expect((await reg.resolveAlias("iris", "production"))?.version).toBe(2);
  });

  test("as a command: --registry, --json, exit codes", () => {
    const ls = modelops("registry", "ls", "--registry", root, "--json");
    expect([ls.code, ls.stderr]).toEqual([0, ""]);
    expect(JSON.parse(ls.stdout)[0].aliases).toEqual({ production: 2, previous: 1 });

    const promote = modelops(
      "registry",
      "promote",
      "iris",
      "3",
      "--registry",
      root,
      "--reason",
      "from the CLI",
    );
    expect([promote.code, promote.stdout, promote.stderr]).toEqual([
      0,
      "iris: production v2 -> v3 (previous v2)\n",
      "",
    ]);

    const rollback = modelops("registry", "rollback", "iris", "--registry", root, "--json");
    expect(rollback.code).toBe(0);
    expect(JSON.parse(rollback.stdout)).toMatchObject({ model: "iris", from: 3, to: 2 });

    const missing = modelops("registry", "ls", "--registry", "elsewhere");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      "modelops: error: registry elsewhere not found; run `modelops run` first or pass --registry PATH\n",
    );
  });
});
