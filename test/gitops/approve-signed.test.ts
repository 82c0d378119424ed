// `modelops approve --sign-key` as a reviewer runs it: the approval is signed with their SSH key, and
// `modelops release` counts it only against the default branch's allowed-signers file.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "@jest/globals";
import { MODELOPS_CLI } from "../support/cli.ts";
import { makeRepo, WORKFLOW_RELEASER } from "../support/repo.ts";

const CLI = MODELOPS_CLI;
const modelops = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", timeout: 60_000 });

describe("modelops approve --sign-key", () => {
  test("a signed approval releases where signatures are required; a bad key is one line, exit 2", async () => {
    const keys = await mkdtemp(join(tmpdir(), "modelops-keys-"));
    const key = join(keys, "lead");
    execFileSync("ssh-keygen", ["-t", "ed25519", "-N", "", "-q", "-C", "lead", "-f", key]);
    const { dir, g, edit } = await makeRepo(undefined, WORKFLOW_RELEASER);
    await mkdir(join(dir, ".github"), { recursive: true });
    await writeFile(
      join(dir, ".github", "modelops-allowed-signers"),
      `lead ${(await readFile(`${key}.pub`, "utf8")).trim()}\n`,
    );
    await g("add", "-A");
    await g("commit", "-q", "-m", "signed approvals");
    await g("checkout", "-q", "-b", "epochs");
    await edit("epochs: 15", "epochs: 20");
    await g("commit", "-q", "-am", "more epochs");
    const head = await g("rev-parse", "HEAD");
    await g("checkout", "-q", "main");
    await g("merge", "-q", "--no-ff", "epochs", "-m", "Merge epochs");

    const bad = modelops(
      dir,
      "approve",
      "-m",
      "iris",
      "--reviewer",
      "lead",
      "--commit",
      head,
      "--sign-key",
      join(keys, "missing"),
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stderr).toMatch(/^modelops: error: cannot sign the approval with .*missing: /);

    const signed = modelops(
      dir,
      "approve",
      "-m",
      "iris",
      "--reviewer",
      "lead",
      "--commit",
      head,
      "--sign-key",
      key,
    );
    expect(signed.stdout.trim()).toBe(`iris: lead approved ${head.slice(0, 7)} (signed)`);
    const released = modelops(dir, "release");
    expect(released.stderr).toBe("");
    expect(released.stdout).toMatch(/^iris: released iris\/v1 /m);
  });
});
