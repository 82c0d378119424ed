// The workflows users get: `modelops init`'s and the examples'. They must parse, use only inputs the actions
// declare (read from the action.yml files), and grant least-privilege permissions.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, test } from "@jest/globals";
import { parse } from "yaml";
import { checkData, loadConfig } from "../../pipelines/config/index.ts";
import { releaserFromSettings } from "../../pipelines/gitops/releaser.ts";
import {
  ACTION_REPOSITORY,
  ACTIONLINT_FILE,
  customLabels,
  DEFAULT_RUNS_ON,
  initProject,
  renderActionlintConfig,
  renderWorkflow,
  SETTINGS_FILE,
  WORKFLOW_FILE,
} from "../../pipelines/scaffold/index.ts";
import { actionlint } from "../support/actionlint.ts";
import { MODELOPS_CLI } from "../support/cli.ts";

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
      // The release job writes the github store: releases (contents) and production moves (deployments).
      if (level === "write" && !(name === "release" && ["contents", "deployments"].includes(scope))) {
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
  test("writes modelops.yaml, its data, .gitignore lines, the settings and the workflow into an empty repository", async () => {
    const dir = await mkdtemp(join(tmpdir(), "modelops-init-"));
    const result = await initProject(dir, { defaultBranch: "trunk" });
    expect(result.files).toEqual([
      { path: "modelops.yaml", action: "wrote" },
      { path: "data/iris.csv", action: "wrote" },
      { path: ".gitignore", action: "wrote" },
      { path: SETTINGS_FILE, action: "wrote" },
      { path: WORKFLOW_FILE, action: "wrote" },
      { path: ACTIONLINT_FILE, action: "wrote" },
    ]);
    const loaded = await loadConfig(join(dir, "modelops.yaml"));
    expect(await checkData(loaded, "iris")).toEqual([]);
    // The default writer is the bot: the settings say so, and the workflow has no release job.
    expect(result.releaser).toBe("bot");
    const settings = await readFile(join(dir, SETTINGS_FILE), "utf8");
    expect(releaserFromSettings(settings, SETTINGS_FILE).releaser).toBe("bot");
    const text = await readFile(join(dir, WORKFLOW_FILE), "utf8");
    expect(await review(text)).toEqual([]);
    const wf = parse(text) as Workflow;
    expect(Object.keys(wf.on)).toEqual(["pull_request", "pull_request_target"]);
    expect(Object.keys(wf.jobs)).toEqual(["train"]);
    expect(wf.jobs.train!["runs-on"]).toEqual(["self-hosted", "gpu"]);
    expect(wf.jobs.train!.permissions).toEqual({ contents: "read", "pull-requests": "read" });
    expect(wf.jobs.train!.if).toContain("github.event.label.name == 'safe-to-train'");
    expect(ourSteps(wf).map((s) => s.uses)).toEqual([`${ACTION_REPOSITORY}/actions/run@v1`]);
    expect(ourSteps(wf)[0]!.with).toMatchObject({ backend: "tensorflow-gpu", "safe-label": "safe-to-train" });
    expect(await readFile(join(dir, ".gitignore"), "utf8")).toBe("runs/\n.modelops/\n");
  });

  test("with --releaser workflow: releaser: workflow, and a release job on pushes to the default branch with what it needs", async () => {
    const dir = await mkdtemp(join(tmpdir(), "modelops-init-"));
    const result = await initProject(dir, { defaultBranch: "trunk", releaser: "workflow" });
    expect(result.releaser).toBe("workflow");
    const settings = await readFile(join(dir, SETTINGS_FILE), "utf8");
    expect(releaserFromSettings(settings, SETTINGS_FILE)).toEqual({
      releaser: "workflow",
      source: `releaser: workflow in ${SETTINGS_FILE}`,
    });
    const text = await readFile(join(dir, WORKFLOW_FILE), "utf8");
    expect(await review(text)).toEqual([]);
    const wf = parse(text) as Workflow;
    expect(Object.keys(wf.on)).toEqual(["pull_request", "pull_request_target", "push"]);
    expect(wf.on.push).toEqual({ branches: ["trunk"] });
    expect(wf.jobs.release!.if).toBe("github.event_name == 'push'");
    expect(wf.jobs.release!.permissions).toEqual({
      contents: "write",
      deployments: "write",
      "pull-requests": "read",
    });
    expect(ourSteps(wf).at(-1)?.with).toMatchObject({
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the workflow expression init writes.
      "signing-key": "${{ secrets.MODELOPS_SIGNING_KEY }}",
    });
    expect(wf.jobs.release!.steps[0]).toMatchObject({
      uses: "actions/checkout@v5",
      with: { "fetch-depth": 0 },
    });
    expect(ourSteps(wf).map((s) => s.uses)).toEqual([
      `${ACTION_REPOSITORY}/actions/run@v1`,
      `${ACTION_REPOSITORY}/actions/release@v1`,
    ]);
  });

  test("an existing .github/modelops.yml is kept and shapes the workflow; a --releaser that contradicts it is one line", async () => {
    const dir = await mkdtemp(join(tmpdir(), "modelops-init-"));
    const { mkdir } = await import("node:fs/promises");
    await mkdir(join(dir, ".github"), { recursive: true });
    await writeFile(join(dir, SETTINGS_FILE), "config: modelops.yaml\nreleaser: workflow\n");
    const kept = await initProject(dir, { defaultBranch: "main" });
    expect(kept.files).toContainEqual({ path: SETTINGS_FILE, action: "kept" });
    expect(kept.releaser).toBe("workflow");
    expect(Object.keys((parse(await readFile(join(dir, WORKFLOW_FILE), "utf8")) as Workflow).jobs)).toEqual([
      "train",
      "release",
    ]);
    await expect(initProject(dir, { defaultBranch: "main", releaser: "bot", force: true })).rejects.toThrow(
      `--releaser bot, but ${SETTINGS_FILE} names releaser: workflow; edit it there, then run modelops init --force to rewrite the workflow`,
    );
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
      { path: SETTINGS_FILE, action: "wrote" },
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
      promisify(execFile)(process.execPath, [MODELOPS_CLI, ...args], { cwd: dir });
    const { stdout } = await cli(["init", "--runs-on", "self-hosted, linux, cuda", "--branch", "main"]);
    expect(stdout).toContain(`wrote     ${WORKFLOW_FILE}`);
    expect(stdout).toContain("releases: the modelops App (releaser: bot)");
    expect(await readFile(join(dir, WORKFLOW_FILE), "utf8")).toContain("runs-on: [self-hosted, linux, cuda]");
    await writeFile(join(dir, "modelops.yaml"), "version: 1\nmodels: {}\n");
    const broken = await cli(["init", "--force"]).catch((e: { code: number; stderr: string }) => e);
    expect(broken).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^modelops.yaml:2:\d+: models: define at least one model/),
    });
  });
});

describe("actionlint", () => {
  test("reports nothing on the workflow init writes, because init declares its self-hosted labels", async () => {
    const dir = await mkdtemp(join(tmpdir(), "modelops-init-"));
    await initProject(dir, { defaultBranch: "main" });
    expect(await readFile(join(dir, ACTIONLINT_FILE), "utf8")).toContain("  labels:\n    - gpu\n");
    expect(await actionlint(join(dir, WORKFLOW_FILE))).toEqual([]);
    // Without the config, actionlint reports the gpu label: the check above is the config's doing.
    await writeFile(join(dir, ACTIONLINT_FILE), "{}\n");
    // (one finding per job that runs on the gpu runner)
    const findings = await actionlint(join(dir, WORKFLOW_FILE));
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f).toMatch(/modelops\.yml:\d+:\d+: label "gpu" is unknown\..* \[runner-label\]$/);
    }
  });

  test("custom labels from --runs-on are declared, and added to a config the repository has", async () => {
    const dir = await mkdtemp(join(tmpdir(), "modelops-init-"));
    await mkdir(join(dir, ".github"), { recursive: true });
    await writeFile(
      join(dir, ACTIONLINT_FILE),
      "# ours\nself-hosted-runner:\n  labels:\n    - big-disk\nconfig-variables: [ENVIRONMENT]\n",
    );
    const result = await initProject(dir, {
      runsOn: ["self-hosted", "linux", "cuda-12"],
      defaultBranch: "main",
    });
    expect(result.files.at(-1)).toEqual({ path: ACTIONLINT_FILE, action: "updated" });
    expect(await readFile(join(dir, ACTIONLINT_FILE), "utf8")).toBe(
      "# ours\nself-hosted-runner:\n  labels:\n    - big-disk\n    - cuda-12\nconfig-variables: [ENVIRONMENT, MODELOPS_REGISTRY]\n",
    );
    expect(await actionlint(join(dir, WORKFLOW_FILE))).toEqual([]);
    const again = await initProject(dir, { runsOn: ["self-hosted", "cuda-12"], defaultBranch: "main" });
    expect(again.files.at(-1)).toEqual({ path: ACTIONLINT_FILE, action: "kept" });
    // GitHub-hosted labels need no declaration: no config is written for them.
    const hosted = await mkdtemp(join(tmpdir(), "modelops-init-"));
    const plain = await initProject(hosted, { runsOn: ["ubuntu-latest"], defaultBranch: "main" });
    expect(plain.files.map((f) => f.path)).not.toContain(ACTIONLINT_FILE);
    expect(await actionlint(join(hosted, WORKFLOW_FILE))).toEqual([]);
  });

  test("reports nothing on every workflow the project ships", async () => {
    const shipped: string[] = [];
    for (const base of [
      ROOT,
      ...(await readdir(join(ROOT, "examples"))).map((e) => join(ROOT, "examples", e)),
    ]) {
      const dir = join(base, ".github", "workflows");
      if (!existsSync(dir)) continue;
      for (const f of await readdir(dir)) if (/\.ya?ml$/.test(f)) shipped.push(join(dir, f));
    }
    expect(shipped.map((f) => f.slice(ROOT.length))).toEqual([
      "examples/iris/.github/workflows/modelops-search.yml",
      "examples/iris/.github/workflows/modelops.yml",
    ]);
    for (const f of shipped) expect(await actionlint(f)).toEqual([]);
    expect(await readFile(join(ROOT, "examples/iris", ACTIONLINT_FILE), "utf8")).toBe(
      renderActionlintConfig(customLabels(DEFAULT_RUNS_ON)),
    );
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
