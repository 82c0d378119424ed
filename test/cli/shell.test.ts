// The CLI in a shell, as users meet it: piped into a reader that stops early, given paths that do not work,
// given a private key that is not one, and completing its own commands in bash, zsh and fish.

import { spawnSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "@jest/globals";
import { PACKAGE_ROOT } from "../../pipelines/package-root.ts";
import { MODELOPS_CLI } from "../support/cli.ts";

const CLI = MODELOPS_CLI;
const IRIS_CONFIG = join(PACKAGE_ROOT, "examples/iris/modelops.yaml");
const IRIS_CSV = join(PACKAGE_ROOT, "examples/iris/data/iris.csv");
const env = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp" };
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "modelops-shell-"));
});

function modelops(args: string[], extraEnv: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: dir,
    env: { ...env, ...extraEnv },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs a script in a shell with modelops's completion loaded from `completion SHELL`. */
function inShell(shell: "bash" | "zsh" | "fish", script: string): string {
  const file = join(dir, `completion.${shell}`);
  const written = spawnSync(process.execPath, [CLI, "completion", shell], { encoding: "utf8", env });
  expect(written.status).toBe(0);
  spawnSync("tee", [file], { input: written.stdout });
  const r = spawnSync(shell, ["-c", script.replaceAll("FILE", file)], {
    cwd: PACKAGE_ROOT,
    encoding: "utf8",
    env: { ...env, TERM: "dumb" },
  });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return r.stdout;
}

describe("a closed pipe", () => {
  test("`modelops schema | head -1` prints the first line and nothing else: no EPIPE, exit 0", () => {
    // The schema is ~100 KB, more than a pipe holds, so the writer is still writing when head exits.
    const r = spawnSync("bash", ["-o", "pipefail", "-c", `"${process.execPath}" "${CLI}" schema | head -1`], {
      encoding: "utf8",
      env,
    });
    expect(r.stdout).toBe("{\n");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});

describe("bad paths are one line and exit 2", () => {
  test("monitor rules -o into a folder that does not exist", () => {
    const out = join(dir, "missing", "rules.yaml");
    expect(modelops(["monitor", "rules", "-c", IRIS_CONFIG, "-o", out])).toEqual({
      code: 2,
      stdout: "",
      stderr: `modelops: error: ${out}: no such file or folder (open); check the path; a file is written only into a folder that exists\n`,
    });
  });

  test("monitor dashboard -o naming a folder", () => {
    expect(modelops(["monitor", "dashboard", "-o", dir])).toEqual({
      code: 2,
      stdout: "",
      stderr: `modelops: error: ${dir}: is a folder, not a file (open); name a file inside the folder\n`,
    });
  });

  test("data profile of a file that is not there, and into a folder that is not there", () => {
    const missing = join(dir, "nope.csv");
    const read = modelops(["data", "profile", missing]);
    expect(read.code).toBe(2);
    expect(read.stderr.split("\n")).toEqual([expect.stringMatching(`^modelops: error: ${missing}: `), ""]);
    const out = join(dir, "missing", "profile.json");
    const written = modelops(["data", "profile", IRIS_CSV, "-o", out]);
    expect(written.code).toBe(2);
    expect(written.stderr.split("\n")).toEqual([expect.stringMatching(`^modelops: error: ${out}: `), ""]);
  });
});

describe("modelops bot with a private key that is not one", () => {
  const app = { APP_ID: "4242", WEBHOOK_SECRET: "shh" };
  const fix =
    "use the .pem file that the App's settings page generates (Private keys > Generate a private key), whole";

  test("text that is not PEM", () => {
    expect(modelops(["bot", "--port", "0"], { ...app, PRIVATE_KEY: "ghp_notakey" })).toEqual({
      code: 2,
      stdout: "",
      stderr: `modelops: error: PRIVATE_KEY is not a PEM private key (no BEGIN/END PRIVATE KEY lines, as text or base64); ${fix}\n`,
    });
  });

  test("PEM armour around something that is not a key", () => {
    const pem = "-----BEGIN RSA PRIVATE KEY-----\nbm90IGEga2V5\n-----END RSA PRIVATE KEY-----\n";
    const r = modelops(["bot", "--port", "0"], { ...app, PRIVATE_KEY: pem });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^modelops: error: PRIVATE_KEY: the PEM does not decode as a private key \(.+\); use /,
    );
    expect(r.stderr.split("\n")).toHaveLength(2);
  });

  test("a real key of the wrong kind, and a key file that is not there", async () => {
    const { privateKey } = generateKeyPairSync("ed25519", {
      privateKeyEncoding: { type: "pkcs8", format: "pem" },
      publicKeyEncoding: { type: "spki", format: "pem" },
    });
    expect(modelops(["bot", "--port", "0"], { ...app, PRIVATE_KEY: privateKey }).stderr).toBe(
      `modelops: error: PRIVATE_KEY: a ed25519 key; GitHub Apps sign with RSA keys; ${fix}\n`,
    );
    const path = join(dir, "app.pem");
    const missing = modelops(["bot", "--port", "0"], { ...app, PRIVATE_KEY_PATH: path });
    expect(missing).toEqual({
      code: 2,
      stdout: "",
      stderr: `modelops: error: PRIVATE_KEY_PATH ${path}: no such file; ${fix}\n`,
    });
    await writeFile(path, "not a key\n");
    expect(modelops(["bot", "--port", "0"], { ...app, PRIVATE_KEY_PATH: path }).code).toBe(2);
  });
});

describe("modelops completion", () => {
  test("bash completes commands, subcommands, options and option values from the command tree", () => {
    const out = inShell(
      "bash",
      `source FILE
       complete_at() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _modelops; echo "\${COMPREPLY[*]}"; }
       complete_at modelops reg
       complete_at modelops registry ""
       complete_at modelops -c x.yaml monitor rules --w
       complete_at modelops monitor rules -o schema/`,
    );
    expect(out.split("\n")).toEqual([
      "registry",
      "ls show history promote alias rollback public-key",
      "--window",
      "schema/modelops.schema.json",
      "",
    ]);
  });

  test("zsh: the same walk, registered with compdef", () => {
    const out = inShell(
      "zsh",
      `autoload -U compinit && compinit -u -D
       source FILE
       print -r -- $_comps[modelops]
       __modelops_key modelops -c x.yaml registry show ""
       print -r -- \${\${(f)__modelops_subcommands[modelops registry]}%%:*}`,
    );
    expect(out.split("\n")).toEqual([
      "_modelops",
      "modelops registry show",
      "ls show history promote alias rollback public-key",
      "",
    ]);
  });

  test("fish completes with descriptions", () => {
    const out = inShell(
      "fish",
      `source FILE; complete -C"modelops reg"; complete -C"modelops monitor rules --w"`,
    );
    expect(out.split("\n")).toEqual([
      expect.stringMatching(/^registry\tmodel versions/),
      "--window\trate window of the recording rules",
      "",
    ]);
  });

  test("an unknown shell is a usage error naming the choices", () => {
    const r = modelops(["completion", "powershell"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Allowed choices are bash, zsh, fish");
  });
});
