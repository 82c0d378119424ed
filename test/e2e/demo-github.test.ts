// `modelops demo --github` as a user runs it (the real CLI, a fresh directory): the GitHub loop against the
// local stand-in, with the real bot and a real `modelops serve --registry github:...` child process.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "@jest/globals";
import { MODELOPS_CLI } from "../support/cli.ts";

const CLI = MODELOPS_CLI;

/** The CLI as a child process, never blocking this process's loop. */
function demo(
  dir: string,
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, "demo", "--github", "--dir", dir], {
      env: { ...process.env, NODE_OPTIONS: "", MODELOPS_GITHUB_SIM_SLIM: "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("modelops demo --github", () => {
  test("pull request -> report -> approval -> merge -> release -> served -> revert -> v1 served, each with its figures", async () => {
    const dir = mkdtempSync(join(tmpdir(), "modelops-demo-github-test-"));
    const run = await demo(dir);
    const out = run.stdout;
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.code).toBe(0);
    const lines = (stage: string) => out.split("\n").filter((l) => new RegExp(`^[✔✘] ${stage}( |$)`).test(l));

    // In the repository @octokit/openapi is installed: the stand-in must be validating, never silently not.
    expect(out.split("\n")[0]).toBe(
      "GitHub stand-in: every request and reply validated against GitHub's OpenAPI description (@octokit/openapi)",
    );
    expect(lines("pr")).toHaveLength(2);
    for (const l of lines("workflow"))
      expect(l).toMatch(
        /modelops run trained in [\d.]+s: accuracy 0\.\d{3}, artifact modelops-iris-[0-9a-f]{12}$/,
      );
    for (const l of lines("report"))
      expect(l).toMatch(
        /^✔ report\s+1 sticky comment \(\d+ chars\); check modelops\/iris: (action_required|failure)/,
      );
    for (const l of lines("approval")) expect(l).toMatch(/lead \(ml-leads\) approved; check success$/);
    expect(
      lines("release").map((l) =>
        /release (iris\/v\d) \(\d+ assets, signed\); deployment #\d+ iris\/production -> (iris\/v\d)/
          .exec(l)
          ?.slice(1),
      ),
    ).toEqual([
      ["iris/v1", "iris/v1"],
      ["iris/v2", "iris/v2"],
    ]);
    expect(lines("serve")[0]).toMatch(
      /child process\) at http:\/\/127\.0\.0\.1:\d+ answers v1; deployment #\d+ statuses: .*success/,
    );
    expect(lines("deploy")[0]).toMatch(
      /^✔ deploy\s+the server serves v2 [\d.]+s after the merge \(bot release included\); deployment #\d+ statuses: in_progress -> success/,
    );
    expect(lines("revert")[0]).toMatch(
      /^✔ revert\s+revert [0-9a-f]{7} pushed; v1 served again in [\d.]+s; nothing trained, no version minted \(releases: iris\/v1, iris\/v2\); deployment #\d+ statuses: .*success/,
    );
    expect(lines("github").at(-1)).toMatch(
      /^✔ github\s+\d+ API requests \(\d+ answered 304\), \d+ webhooks, 0 violations$/,
    );
    expect(out).toMatch(/demo --github: every stage passed in [\d.]+s/);

    const md = readFileSync(join(dir, "report", "report.md"), "utf8");
    expect(md).toContain("| ✅ | revert |");
    // The second pull request's comment: the real iris run's permutation importance beside v1's.
    expect(md).toMatch(/Explanations: top feature `petal_(length|width)`/);
    expect(md).toContain("| feature | importance, candidate | importance, production |");
  }, 300_000);

  test("where @octokit/openapi is not installed (the published package) it runs unvalidated and says so", async () => {
    const dir = mkdtempSync(join(tmpdir(), "modelops-demo-github-slim-"));
    const run = await demo(dir, { MODELOPS_GITHUB_SIM_SLIM: "1" });
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe(
      "GitHub stand-in: running without OpenAPI validation (@octokit/openapi, a 385 MB devDependency, is not installed)",
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^✔ revert\s+.*v1 served again in [\d.]+s; nothing trained, no version minted/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/0 violations \(routing and auth only: no OpenAPI validation\)$/),
    );
  }, 300_000);

  test("--keep-serving with --github is refused in one line", async () => {
    const run = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [CLI, "demo", "--github", "--keep-serving"], {
        env: { ...process.env, NODE_OPTIONS: "" },
        stdio: ["ignore", "ignore", "pipe"],
      });
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => {
        stderr += d.toString();
      });
      child.on("close", (code) => resolve({ code, stderr }));
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "modelops: error: demo --github: --port and --keep-serving belong to the offline demo (the GitHub demo's server stops with it); drop them\n",
    );
  });
});
