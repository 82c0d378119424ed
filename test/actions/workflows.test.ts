// The workflows users get: `modelops init`'s and the examples'. They must parse, use only inputs the actions
// declare (read from the action.yml files), and grant least-privilege permissions.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, test } from "@jest/globals";
import { parse } from "yaml";
import { checkData, loadConfig } from "../../pipelines/config/index.ts";
import {
  ACTION_REPOSITORY,
  initProject,
  renderWorkflow,
  WORKFLOW_FILE,
} from "../../pipelines/scaffold/index.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: Record<string, string>;
  "runs-on": string | string[];
  steps: Step[];
  if?: string;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

/** The inputs an action declares, by the `uses:` that names it (ours only). */
async function declaredInputs(uses: string): Promise<string[] | undefined> {
  const m = new RegExp(`^${ACTION_REPOSITORY}(?:/actions/([a-z]+))?@`).exec(uses);
  if (!m) return undefined;
  const file = m[1] ? join(ROOT, "actions", m[1], "action.yml") : join(ROOT, "action.yml");
  return Object.keys((parse(await readFile(file, "utf8")) as { inputs: object }).inputs);
}

/** Every problem with a workflow's use of our actions and its permissions. */
async function review(text: string): Promise<string[]> {
  const wf = parse(text) as Workflow;
  const problems: string[] = [];
  if (wf.permissions === undefined) problems.push("no top-level permissions:");
  else if (Object.keys(wf.permissions).length > 0) problems.push("top-level permissions grant something");
  for (const [name, job] of Object.entries(wf.jobs)) {
    if (!job.permissions) problems.push(`job ${name}: no permissions:`);
    for (const [scope, level] of Object.entries(job.permissions ?? {})) {
      if (level === "write" && !(name === "release" && scope === "contents")) {
        problems.push(`job ${name}: ${scope}: write`);
      }
    }
    for (const step of job.steps) {
      if (!step.uses) continue;
      const inputs = await declaredInputs(step.uses);
      if (!inputs) continue;
      for (const key of Object.keys(step.with ?? {})) {
        if (!inputs.includes(key)) problems.push(`job ${name}: ${step.uses} has no input "${key}"`);
      }
    }
  }
  return problems;
}

const ourSteps = (wf: Workflow) =>
  Object.values(wf.jobs).flatMap((j) => j.steps.filter((s) => s.uses?.startsWith(ACTION_REPOSITORY)));

describe("modelops init", () => {
  test("writes modelops.yaml, its data, .gitignore lines and the workflow into an empty repository", async () => {
    const dir = await mkdtemp(join(tmpdir(), "modelops-init-"));
    const result = await initProject(dir, { defaultBranch: "trunk" });
    expect(result.files).toEqual([
      { path: "modelops.yaml", action: "wrote" },
      { path: "data/iris.csv", action: "wrote" },
      { path: ".gitignore", action: "wrote" },
      { path: WORKFLOW_FILE, action: "wrote" },
    ]);
    const loaded = await loadConfig(join(dir, "modelops.yaml"));
    expect(await checkData(loaded, "iris")).toEqual([]);
    const text = await readFile(join(dir, WORKFLOW_FILE), "utf8");
    expect(await review(text)).toEqual([]);
    const wf = parse(text) as Workflow;
    expect(Object.keys(wf.on)).toEqual(["pull_request", "pull_request_target", "push"]);
    expect(wf.on.push).toEqual({ branches: ["trunk"] });
    expect(wf.jobs.train!["runs-on"]).toEqual(["self-hosted", "gpu"]);
    expect(wf.jobs.train!.permissions).toEqual({ contents: "read", "pull-requests": "read" });
    expect(wf.jobs.release!.permissions).toEqual({ contents: "write", "pull-requests": "read" });
    expect(wf.jobs.train!.if).toContain("github.event.label.name == 'safe-to-train'");
    expect(ourSteps(wf).map((s) => s.uses)).toEqual([
      `${ACTION_REPOSITORY}/actions/run@v1`,
      `${ACTION_REPOSITORY}/actions/release@v1`,
    ]);
    expect(ourSteps(wf)[0]!.with).toMatchObject({ backend: "tensorflow-gpu", "safe-label": "safe-to-train" });
    expect(await readFile(join(dir, ".gitignore"), "utf8")).toBe("runs/\n.modelops/\n");
  });

  test("keeps the user's files, fills in the matrix from their models, and overwrites the workflow only with force", async () => {
    const dir = await mkdtemp(join(tmpdir(), "modelops-init-"));
    await writeFile(join(dir, ".gitignore"), "node_modules\nruns\n");
    const mine = (await readFile(join(ROOT, "examples/iris/modelops.yaml"), "utf8")).replace(
      "# yaml-language-server: $schema=../../schema/modelops.schema.json\n",
      "",
    );
    await writeFile(join(dir, "modelops.yaml"), mine);
    const first = await initProject(dir, { runsOn: ["ubuntu-latest"], defaultBranch: "main" });
    expect(first.models).toEqual(["iris", "iris-petal"]);
    expect(first.files).toEqual([
      { path: "modelops.yaml", action: "kept" },
      { path: ".gitignore", action: "updated" },
      { path: WORKFLOW_FILE, action: "wrote" },
    ]);
    expect(existsSync(join(dir, "data"))).toBe(false);
    expect(await readFile(join(dir, ".gitignore"), "utf8")).toBe("node_modules\nruns\n.modelops/\n");
    const wf = parse(await readFile(join(dir, WORKFLOW_FILE), "utf8")) as {
      jobs: { train: { strategy: { matrix: { model: string[] } }; steps: Step[] } };
    };
    expect(wf.jobs.train.strategy.matrix.model).toEqual(["iris", "iris-petal"]);
    expect(wf.jobs.train.steps[1]!.with!.backend).toBe("auto");

    await writeFile(join(dir, WORKFLOW_FILE), "# mine\n");
    const again = await initProject(dir, { defaultBranch: "main" });
    expect(again.files.find((f) => f.path === WORKFLOW_FILE)).toEqual({
      path: WORKFLOW_FILE,
      action: "kept",
    });
    expect(await readFile(join(dir, WORKFLOW_FILE), "utf8")).toBe("# mine\n");
    const forced = await initProject(dir, { defaultBranch: "main", force: true });
    expect(forced.files.find((f) => f.path === WORKFLOW_FILE)).toEqual({
      path: WORKFLOW_FILE,
      action: "overwrote",
    });
  });

  test("the command prints what it wrote; a broken modelops.yaml is reported, not scaffolded over", async () => {
    const dir = await mkdtemp(join(tmpdir(), "modelops-init-"));
    const cli = (args: string[]) =>
      promisify(execFile)(process.execPath, [join(ROOT, "pipelines/cli/modelops.js"), ...args], { cwd: dir });
    const { stdout } = await cli(["init", "--runs-on", "self-hosted, linux, cuda", "--branch", "main"]);
    expect(stdout).toContain(`wrote     ${WORKFLOW_FILE}`);
    expect(await readFile(join(dir, WORKFLOW_FILE), "utf8")).toContain("runs-on: [self-hosted, linux, cuda]");
    await writeFile(join(dir, "modelops.yaml"), "version: 1\nmodels: {}\n");
    const broken = await cli(["init", "--force"]).catch((e: { code: number; stderr: string }) => e);
    expect(broken).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^modelops.yaml:2:\d+: models: define at least one model/),
    });
  });
});

describe("the example workflows", () => {
  test("examples/iris holds the workflow init writes for its models", async () => {
    const text = await readFile(join(ROOT, "examples/iris/.github/workflows/modelops.yml"), "utf8");
    expect(text).toBe(
      renderWorkflow({ models: ["iris", "iris-petal"], config: "modelops.yaml", defaultBranch: "main" }),
    );
  });

  test("every example workflow parses, uses only declared inputs and sets least-privilege permissions", async () => {
    const dir = join(ROOT, "examples/iris/.github/workflows");
    const files = (await readdir(dir)).filter((f) => f.endsWith(".yml"));
    expect(files).toEqual(["modelops-search.yml", "modelops.yml"]);
    for (const f of files)
      expect({ file: f, problems: await review(await readFile(join(dir, f), "utf8")) }).toEqual({
        file: f,
        problems: [],
      });
  });

  test("the search fans trials and folds out in a matrix and reduces them with the report action's leaderboard", async () => {
    const wf = parse(
      await readFile(join(ROOT, "examples/iris/.github/workflows/modelops-search.yml"), "utf8"),
    ) as {
      jobs: Record<string, Job & { needs?: string; strategy?: { matrix: Record<string, unknown[]> } }>;
    };
    expect(Object.keys(wf.jobs.trial!.strategy!.matrix)).toEqual(["fold", "trial"]);
    expect(wf.jobs.trial!.strategy!.matrix.fold!.length * wf.jobs.trial!.strategy!.matrix.trial!.length).toBe(
      12,
    );
    expect(wf.jobs.reduce!.needs).toBe("trial");
    expect(ourSteps(wf as unknown as Workflow).map((s) => [s.uses, Object.keys(s.with ?? {})])).toEqual([
      [`${ACTION_REPOSITORY}/actions/run@v1`, ["model", "config", "trial", "overrides", "backend"]],
      [`${ACTION_REPOSITORY}/actions/report@v1`, ["model", "config", "runs"]],
    ]);
  });
});
