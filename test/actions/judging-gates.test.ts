// On a pull request the steps' `gate` output and report judge the candidate by the DEFAULT branch's gates,
// as the bot does, never by the pull request's own modelops.yaml: a change that loosens its gate still
// fails it. Read through the contents API (the GitHub simulator, validating every request against GitHub's
// OpenAPI description), else from origin/<default branch> in the checkout; unreadable: the gate fails.
import { generateKeyPairSync } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "@jest/globals";
import { run as evaluate } from "../../actions/evaluate/main.ts";
import { run as report } from "../../actions/report/main.ts";
import { run } from "../../actions/run/main.ts";
import { GitHubSim } from "../../pipelines/demo/github-sim/index.ts";
import { git } from "../../pipelines/gitops/git.ts";
import { FAST_IRIS, prEvent, runStep, workspace } from "../support/action-harness.ts";
import { GIT_ENV } from "../support/repo.ts";

/** The default branch's policy: a gate no model passes. */
const STRICT = FAST_IRIS.replace("accuracy: { min: 0.5 }", "accuracy: { min: 1.01 }");

let sim: GitHubSim;
let token: string;

beforeEach(async () => {
  sim = await GitHubSim.start();
  const { publicKey } = generateKeyPairSync("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
  });
  const app = sim.app({
    id: 15368,
    slug: "github-actions",
    publicKey,
    webhookSecret: "unused",
    permissions: { contents: "read", pull_requests: "read", metadata: "read" },
    events: [],
  });
  sim.org("acme", {});
  token = sim.installationToken(sim.install(app, "acme", async () => {}));
});
afterEach(async () => {
  expect(sim.violations).toEqual([]);
  expect(sim.responseViolations).toEqual([]);
  await sim.close();
});

const pr = prEvent({ fork: false });

/** acme/models on the simulator, its main holding `files`. */
const mainHolds = (files: Record<string, string>) =>
  sim.repo("acme/models", { files, collaborators: { ada: "write" } });

describe("gates on a pull request come from the default branch", () => {
  test("run, evaluate and report: the PR's own loose gate passes, main's fails, and the gate output says fail", async () => {
    mainHolds({ "modelops.yaml": STRICT });
    // The pull request's checkout holds FAST_IRIS (accuracy min 0.5, which the model passes).
    const ws = await workspace();
    const steps = [
      ["run", run],
      ["evaluate", evaluate],
      ["report", report],
    ] as const;
    for (const [name, step] of steps) {
      const r = await runStep(step, { ws, event: pr, apiUrl: sim.urls.api, inputs: { token } });
      expect({ name, errors: r.errors, gate: r.outputs.gate }).toEqual({ name, errors: [], gate: "fail" });
      expect(r.summary).toContain("Gates (modelops.yaml on main (the default branch)): **fail**.");
      expect(r.summary).toMatch(/accuracy.*min 1\.01/);
    }
    const failing = await runStep(report, {
      ws,
      event: pr,
      apiUrl: sim.urls.api,
      inputs: { token, "fail-on-gate": "true" },
    });
    expect(failing.errors.at(-1)).toMatch(/^::error::iris: gates failed: accuracy [\d.]+ < min 1.01/);
  });

  test("on a push the checked-out commit's gates apply (it is the default branch)", async () => {
    mainHolds({ "modelops.yaml": STRICT });
    const ws = await workspace();
    const r = await runStep(run, { ws, apiUrl: sim.urls.api, inputs: { token } });
    expect(r.outputs.gate).toBe("pass");
    expect(r.summary).toContain(
      "Gates (modelops.yaml of the checked-out commit (not a pull request)): **pass**.",
    );
  });

  test("a model main does not define yet is judged by the defaults: no gates", async () => {
    const ws = await workspace();
    mainHolds({ "modelops.yaml": STRICT.replace("  iris:", "  other:") });
    const fresh = await runStep(run, { ws, event: pr, apiUrl: sim.urls.api, inputs: { token } });
    expect(fresh.outputs.gate).toBe("none");
    expect(fresh.summary).toContain(
      "Gates (the defaults (modelops.yaml on main (the default branch) does not define `iris` yet: no gates, one authorised approval)): **none**.",
    );
  });

  test("a config on main that does not load fails the gate, with the reason as a warning", async () => {
    const ws = await workspace();
    expect((await runStep(run, { ws })).outputs.gate).toBe("pass"); // a push: the run folder to report on
    mainHolds({ "modelops.yaml": STRICT.replace("epochs: 12", "epochs: many") });
    const broken = await runStep(report, { ws, event: pr, apiUrl: sim.urls.api, inputs: { token } });
    expect(broken.outputs.gate).toBe("fail");
    const warnings = broken.stdout.split("\n").filter((l) => l.startsWith("::warning"));
    expect(warnings).toEqual([
      expect.stringMatching(
        /^::warning::iris: modelops.yaml on main \(the default branch\) cannot be read \(.*models\.iris\.train\.epochs.*\); fix it on the default branch first$/,
      ),
    ]);
  });

  test("without a token: origin/main of the checkout, else the gate fails and says how to fix it", async () => {
    mainHolds({ "modelops.yaml": STRICT });
    const ws = await workspace();
    expect((await runStep(run, { ws })).outputs.gate).toBe("pass"); // a push: the run folder to report on
    const none = await runStep(report, { ws, event: pr, inputs: { token: "" } });
    expect(none.outputs.gate).toBe("fail");
    expect(none.summary).toContain(
      `Gates (modelops.yaml on main (the default branch)): **fail**: the default branch's gates could not be read (no token; no origin/main in the checkout); pass token: $\{{ github.token }} (contents: read) or check out with fetch-depth: 0.`,
    );
    // A checkout with history: main as origin has it, the pull request's loosened gate in the work tree.
    const g = (...args: string[]) => git(ws, args, GIT_ENV);
    await g("init", "-q", "-b", "main");
    await writeFile(join(ws, "modelops.yaml"), STRICT);
    await g("add", "modelops.yaml", "data");
    await g("commit", "-q", "-m", "main");
    await g("update-ref", "refs/remotes/origin/main", "HEAD");
    await writeFile(join(ws, "modelops.yaml"), FAST_IRIS);
    const local = await runStep(report, { ws, event: pr, inputs: { token: "" } });
    expect(local.outputs.gate).toBe("fail");
    expect(local.summary).toContain("Gates (modelops.yaml on main (the default branch)): **fail**.");
  });
});
