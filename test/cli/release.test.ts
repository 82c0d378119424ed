// `modelops approve` and `modelops release` as a user runs them in a repository.

import { spawnSync } from "node:child_process";
import { describe, expect, test } from "@jest/globals";
import { MODELOPS_CLI } from "../support/cli.ts";
import { makeRepo, WORKFLOW_RELEASER } from "../support/repo.ts";

const CLI = MODELOPS_CLI;
const modelops = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", timeout: 60_000 });

describe("modelops release", () => {
  test("refuses without an approval (exit 1, says how to approve), releases after one", async () => {
    const { dir, g } = await makeRepo(undefined, WORKFLOW_RELEASER);
    const blocked = modelops(dir, "release");
    expect(blocked.status).toBe(1);
    expect(blocked.stdout).toMatch(/^iris: blocked/m);
    expect(blocked.stderr).toMatch(
      /iris: not released: 0\/1 authorised approvals of [0-9a-f]{7} \(record one with: modelops approve/,
    );

    const approve = modelops(dir, "approve", "-m", "iris", "--reviewer", "lead");
    expect(approve.status).toBe(0);
    expect(approve.stdout.trim()).toBe(`iris: lead approved ${(await g("rev-parse", "HEAD")).slice(0, 7)}`);

    const released = modelops(dir, "release");
    expect(released.status).toBe(0);
    expect(released.stdout).toMatch(
      /^iris: released iris\/v1 \(artifact of the reviewed run, no retraining/m,
    );
    expect(await g("tag", "--list")).toBe("iris/v1");

    const ls = modelops(dir, "registry", "show", "iris", "--json");
    expect(ls.status).toBe(0);
    expect(ls.stdout).toContain('"production"');
  });

  test("with the bot as the release writer (no releaser: set) it releases nothing, says so, exit 0", async () => {
    const { dir, g } = await makeRepo();
    expect(modelops(dir, "approve", "-m", "iris", "--reviewer", "lead").status).toBe(0);
    const r = modelops(dir, "release");
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(
      /^modelops release: nothing released, the modelops bot is the release writer \(the default \(no \.github\/modelops\.yml at [0-9a-f]{7}\)\); to release from the workflow instead, set releaser: workflow in \.github\/modelops\.yml on the default branch$/,
    );
    expect(await g("tag", "--list")).toBe("");
    const json = modelops(dir, "release", "--json");
    expect(JSON.parse(json.stdout)).toEqual([]);
    expect(json.stderr).toContain("the modelops bot is the release writer");
  });

  test("outside a git repository: one line, exit 2", async () => {
    const { dir } = await makeRepo();
    const { rmSync } = await import("node:fs");
    rmSync(`${dir}/.git`, { recursive: true, force: true });
    const r = modelops(dir, "release");
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/not inside a git repository/);
  });
});
