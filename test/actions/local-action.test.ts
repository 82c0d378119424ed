// Each action run by GitHub's own local runner for actions, @github/local-action (its CLI, as a user runs
// it: `npx local-action run <action dir> main.ts <.env>`), on the iris example with inputs from a .env
// file. local-action stands in the toolkit (core, cache, artifact, github) for its own implementations:
// outputs are printed as ::set-output, the summary goes to GITHUB_STEP_SUMMARY, artifacts and caches to
// local folders.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, test } from "@jest/globals";
import { recordApproval } from "../../pipelines/gitops/approvals.ts";
import { workspace } from "../support/action-harness.ts";
import { makeRepo, WORKFLOW_RELEASER } from "../support/repo.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

interface LocalRun {
  /** The step's scratch folder: .env, event.json, summary.md, artifacts/. */
  dir: string;
  stdout: string;
  outputs: Record<string, string>;
  errors: string[];
  summary: string;
  artifacts: string[];
}

let scratch: string;
let steps = 0;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "modelops-local-action-"));
  await mkdir(join(scratch, "cache"));
});

/** Writes the .env file and runs `npx local-action run <actionDir> main.ts <.env>` from the repository root. */
async function localAction(
  action: string,
  ws: string,
  inputs: Record<string, string>,
  event: { name: string; payload: object; ref?: string } = {
    name: "push",
    payload: { repository: { full_name: "acme/models", default_branch: "main" } },
  },
): Promise<LocalRun> {
  const dir = join(scratch, `step-${++steps}`);
  await mkdir(join(dir, "artifacts"), { recursive: true });
  await writeFile(join(dir, "event.json"), JSON.stringify(event.payload));
  const env: Record<string, string> = {
    GITHUB_WORKSPACE: ws,
    GITHUB_REPOSITORY: "acme/models",
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: join(dir, "event.json"),
    GITHUB_REF: event.ref ?? "refs/heads/main",
    GITHUB_SHA: "0".repeat(40),
    GITHUB_ACTOR: "ada",
    GITHUB_STEP_SUMMARY: join(dir, "summary.md"),
    LOCAL_ACTION_WORKSPACE: ws,
    LOCAL_ACTION_ARTIFACT_PATH: join(dir, "artifacts"),
    LOCAL_ACTION_CACHE_PATH: join(scratch, "cache"),
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  const dotenv = join(dir, ".env");
  await writeFile(
    dotenv,
    Object.entries(env)
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
      .join("\n"),
  );
  // The root action's folder is the repository root; its entry point is actions/modelops/main.ts.
  const [actionDir, entry] = action === "." ? [".", "actions/modelops/main.ts"] : [action, "main.ts"];
  const { stdout } = await promisify(execFile)("npx", ["local-action", "run", actionDir, entry, dotenv], {
    cwd: ROOT,
    // Only what npm needs: nothing of an outer workflow (GITHUB_*, ACTIONS_*) may leak into the step.
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? tmpdir(),
      NO_COLOR: "1",
      FORCE_COLOR: "0",
    },
    maxBuffer: 32 << 20,
    timeout: 120_000,
  }).catch((error: Error & { stdout?: string; stderr?: string }) => {
    const output = `${error.stdout ?? ""}${error.stderr ?? ""}`.split("\n").filter((l) => !/[│─]/.test(l));
    throw new Error(
      `local-action ${action} failed: ${error.message.split("\n")[0]}\n${output.slice(-25).join("\n")}`,
    );
  });
  const outputs: Record<string, string> = {};
  for (const m of stdout.matchAll(/^::set-output name=([^:]+)::(.*)$/gm)) outputs[m[1]!] = m[2]!;
  return {
    dir,
    stdout,
    outputs,
    errors: stdout.split("\n").filter((l) => l.startsWith("::error")),
    summary: existsSync(env.GITHUB_STEP_SUMMARY!) ? await readFile(env.GITHUB_STEP_SUMMARY!, "utf8") : "",
    artifacts: await readdir(join(dir, "artifacts")),
  };
}

/** The names inside a zip archive (stored uncompressed in its central directory). */
async function zipHas(file: string, name: string): Promise<boolean> {
  return (await readFile(file)).includes(Buffer.from(name));
}

describe("actions through @github/local-action on examples/iris", () => {
  // Each local-action start spends seconds in npm (it runs `npm ls` to find the toolkit) and tsx; the steps
  // run one after another, since side by side they only compete for the same cores.
  test("run: outputs, summary, the run folder as artifact, the cache; then the root action's cache hit on a fresh runner", async () => {
    const ws = await workspace();
    const r = await localAction("actions/run", ws, { model: "iris", config: "modelops.yaml" });
    expect(r.errors).toEqual([]);
    const key = r.outputs.key!;
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(r.outputs).toMatchObject({
      "output-dir": "runs/iris",
      "metrics-path": "runs/iris/metrics.json",
      "model-path": "runs/iris/model",
      "report-path": "runs/iris/report.md",
      gate: "pass",
      "cache-hit": "false",
      "artifact-name": `modelops-iris-${key.slice(0, 12)}`,
    });
    expect(r.summary).toContain("| metric | production | candidate | Δ | Δ% | gate |");
    expect(r.summary).toContain(`Saved to the Actions cache as \`modelops-iris-${key}\``);
    expect(r.artifacts).toEqual([`modelops-iris-${key.slice(0, 12)}.zip`]);
    const zip = join(r.dir, "artifacts", r.artifacts[0]!);
    for (const f of [
      "metrics.json",
      "model/model.json",
      "model/weights.bin",
      "history.json",
      "profile.json",
      "report.md",
      "key",
    ]) {
      expect(await zipHas(zip, f)).toBe(true);
    }
    expect(await zipHas(zip, "data/train.json")).toBe(false);
    expect((await readdir(join(scratch, "cache"))).some((f) => f.startsWith(`modelops-iris-${key}`))).toBe(
      true,
    );

    // A fresh runner: no run folder, no registry. Unchanged inputs come back from the Actions cache (this time
    // through the root action).
    await rm(join(ws, "runs"), { recursive: true, force: true });
    await rm(join(ws, ".modelops"), { recursive: true, force: true });
    const again = await localAction(".", ws, { command: "run", model: "iris" });
    expect(again.errors).toEqual([]);
    expect(again.outputs).toMatchObject({ key, "cache-hit": "true" });
    expect(again.summary).toContain(
      `♻️ **Cache hit**: inputs unchanged, artifact restored from the Actions cache (\`modelops-iris-${key}\`); no training.`,
    );
  }, 180_000);

  test("preprocess, train, evaluate and report as separate steps", async () => {
    const ws = await workspace();
    const dir = { "output-dir": "runs/split", cache: "false" };
    const pre = await localAction("actions/preprocess", ws, dir);
    expect(pre.errors).toEqual([]);
    const key = pre.outputs.key!;
    expect(pre.outputs).toEqual({
      key,
      "output-dir": "runs/split",
      "profile-path": "runs/split/profile.json",
    });
    expect(pre.summary).toContain("| rows read | dropped | train | validation | test |");

    const fit = await localAction("actions/train", ws, dir);
    expect(fit.errors).toEqual([]);
    expect(fit.outputs).toMatchObject({
      key,
      "model-path": "runs/split/model",
      "cache-hit": "false",
      backend: "wasm",
    });
    expect(fit.summary).toContain("xychart-beta");
    expect(existsSync(join(ws, "runs/split/model/model.json"))).toBe(true);

    const ev = await localAction("actions/evaluate", ws, dir);
    expect(ev.errors).toEqual([]);
    expect(ev.outputs).toMatchObject({ key, "metrics-path": "runs/split/metrics.json", gate: "pass" });
    expect(ev.artifacts).toEqual([`modelops-iris-${key.slice(0, 12)}.zip`]);

    const rep = await localAction("actions/report", ws, { "output-dir": "runs/split" });
    expect(rep.errors).toEqual([]);
    expect(rep.outputs).toMatchObject({ key, "report-path": "runs/split/report.md", gate: "pass" });
    expect(rep.summary).toContain("## modelops report: iris");
  }, 180_000);

  test("release: on a push to main, releases iris/v1 once its commit is approved", async () => {
    const { dir, g } = await makeRepo(undefined, WORKFLOW_RELEASER);
    await recordApproval(join(dir, ".modelops"), {
      model: "iris",
      commit: await g("rev-parse", "HEAD"),
      reviewer: "lead",
    });
    const r = await localAction("actions/release", dir, { "push-tags": "false" });
    expect(r.errors).toEqual([]);
    expect(r.outputs.tags).toBe("iris/v1");
    expect(r.summary).toContain("| iris | released | v1 | iris/v1 |");
  }, 180_000);
});
