// The demo is the product's front door: run it as a user would (the real CLI, a fresh directory) and check
// what it shows them.

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "@jest/globals";
import { MODELOPS_CLI } from "../support/cli.ts";

const CLI = MODELOPS_CLI;

describe("modelops demo", () => {
  test("walks the whole lifecycle and shows every stage's figures", () => {
    const dir = mkdtempSync(join(tmpdir(), "modelops-demo-test-"));
    const run = spawnSync(process.execPath, [CLI, "demo", "--dir", dir], {
      encoding: "utf8",
      timeout: 120_000,
    });
    const out = run.stdout;
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.status).toBe(0);

    // A stage's line: its mark, then the stage name in the first column.
    const line = (stage: string) =>
      out.split("\n").find((l) => new RegExp(`^[✔✘] ${stage}( |$)`).test(l)) ?? "";
    // Both gates' results: the good PR passes, the bad one fails with its reasons.
    expect(line("report")).toMatch(/^✔ report\s+PR smaller-mlp: accuracy [\d.]+ -> [\d.]+ .*gates 3\/3 pass/);
    expect(line("blocked")).toMatch(/^✔ blocked\s+PR lr-10: check red .*accuracy [\d.]+ < min 0\.9/);
    expect(line("blocked")).toContain("production stays v2");
    // The v1 -> v2 switch under live traffic with zero failed requests, both versions answering.
    expect(line("switch")).toMatch(
      /v1 -> v2 under live traffic: \d+ requests, 0 failed, answered by v1: [1-9]\d*, v2: [1-9]\d*/,
    );
    expect(line("merge")).toMatch(
      /iris\/v2: released as the canary from the reviewed run \(no retraining\), approved by ml-lead/,
    );
    // The canary walks its three steps with the analysis against v1 and is promoted.
    expect(line("canary")).toMatch(
      /^✔ canary\s+v2 on the canary label: 25% \([1-9]\d* requests, 0% errors, p99 [\d.]+ ms\) -> 50% \(.*\) -> 100% \(.*\); analysis against v1 passed: promoted to production$/,
    );
    // The rollback: back to v1, no retraining, with its time (target: under 5 s).
    const rollback = /production v2 -> v1, served in ([\d.]+)s, no retraining/.exec(line("rollback"));
    expect(rollback).not.toBeNull();
    expect(Number(rollback?.[1])).toBeLessThan(5);
    expect(out).toMatch(/demo: every stage passed/);

    // The report folder: markdown with the comparison, HTML with the loss chart.
    const md = readFileSync(join(dir, "report", "report.md"), "utf8");
    expect(md).toContain("| metric |");
    // The smaller network's explanations: its importance beside v1's, and the per-class changes.
    expect(md).toMatch(/## PR smaller-mlp: Explanations: top feature `[a-z_]+`/);
    expect(md).toContain("| feature | importance, candidate | importance, production |");
    expect(md).toMatch(/rollback: [0-9a-f]{7} reverts [0-9a-f]{7}/);
    const html = readFileSync(join(dir, "report", "report.html"), "utf8");
    expect(html).toMatch(/<svg[^>]*>[\s\S]*<path d="M/);
    // The demo's git history is real: tags for both releases, and the revert commit.
    expect(existsSync(join(dir, "repo", ".git"))).toBe(true);
    const tags = spawnSync("git", ["tag", "--list"], { cwd: join(dir, "repo"), encoding: "utf8" }).stdout;
    expect(tags.split("\n")).toEqual(expect.arrayContaining(["iris/v1", "iris/v2", "iris-petal/v1"]));
  }, 180_000);
});
