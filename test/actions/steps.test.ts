// Each action's run() as the runner starts it, on the iris example with a fast config: outputs, the job
// summary, annotations and failed steps as a workflow author sees them.
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "@jest/globals";
import { run as evaluate } from "../../actions/evaluate/main.ts";
import { run as root } from "../../actions/modelops/main.ts";
import { run as report } from "../../actions/report/main.ts";
import { run } from "../../actions/run/main.ts";
import { run as train } from "../../actions/train/main.ts";
import { FAST_IRIS, runStep, workspace } from "../support/action-harness.ts";

describe("a bad modelops.yaml", () => {
  test("fails the step with an annotation at the file and line of each problem", async () => {
    const ws = await workspace(
      FAST_IRIS.replace("learningRate: 0.05", "learningRate: -1").replace("epochs: 12", "epochs: many"),
    );
    const r = await runStep(run, { ws });
    expect(r.failed).toBe(true);
    const line = (FAST_IRIS.split("\n").findIndex((l) => l.includes("learningRate")) + 1).toString();
    expect(r.errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          new RegExp(
            `^::error title=modelops.yaml,file=modelops.yaml,line=${line},col=\\d+::models.iris.train.learningRate: `,
          ),
        ),
        expect.stringMatching(
          new RegExp(
            `^::error title=modelops.yaml,file=modelops.yaml,line=${line},.*::models.iris.train.epochs: `,
          ),
        ),
      ]),
    );
    expect(r.errors.at(-1)).toMatch(
      /^::error::2 problems in the modelops config \(annotated at their lines\); first: modelops.yaml:\d+:\d+: /,
    );
    expect(existsSync(join(ws, "runs"))).toBe(false);
  });

  test("a config in a subfolder is annotated by its path in the repository", async () => {
    const ws = await workspace();
    await writeFile(join(ws, "modelops.yaml"), FAST_IRIS.replace("task: classification", "task: clustering"));
    const { mkdir, rename } = await import("node:fs/promises");
    await mkdir(join(ws, "ml"));
    await rename(join(ws, "modelops.yaml"), join(ws, "ml", "modelops.yaml"));
    const r = await runStep(run, { ws, inputs: { config: "ml/modelops.yaml" } });
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toMatch(
      /^::error title=modelops.yaml,file=ml\/modelops.yaml,line=4,.*::models.iris.task: /,
    );
  });

  test("an unknown model is one failed line naming the models there are", async () => {
    const ws = await workspace();
    const r = await runStep(run, { ws, inputs: { model: "irs" } });
    expect(r.failed).toBe(true);
    expect(r.errors).toEqual(['::error::model "irs" not found in modelops.yaml (models: iris)']);
  });
});

describe("the run action", () => {
  test("trains, reports the metric table and curves, and a second run with unchanged inputs is a cache hit", async () => {
    const ws = await workspace();
    const first = await runStep(run, { ws });
    expect(first.failed).toBe(false);
    expect(first.outputs).toMatchObject({
      "output-dir": "runs/iris",
      "model-path": "runs/iris/model",
      "metrics-path": "runs/iris/metrics.json",
      "report-path": "runs/iris/report.md",
      gate: "pass",
      "cache-hit": "false",
    });
    expect(first.summary).toContain("| metric | production | candidate | Δ | Δ% | gate |");
    expect(first.summary).toContain("xychart-beta");
    expect(first.summary).toMatch(/Trained in [\d.]+s/);
    // The explanations: the real evaluation's permutation importance of iris's four features.
    expect(first.summary).toMatch(/### Explanations: top feature `petal_(length|width)`/);
    expect(first.summary).toContain("| feature | importance, candidate | importance, production |");
    const metrics = JSON.parse(await readFile(join(ws, "runs/iris/metrics.json"), "utf8"));
    expect(metrics.importance.features.map((f: { feature: string }) => f.feature).sort()).toEqual([
      "petal_length",
      "petal_width",
      "sepal_length",
      "sepal_width",
    ]);
    expect(metrics).toMatchObject({ schema: "modelops/metrics@1", model: "iris", key: first.outputs.key });
    expect(await readFile(join(ws, "runs/iris/report.md"), "utf8")).toContain("| accuracy ↑ |");

    const second = await runStep(run, { ws });
    expect(second.outputs["cache-hit"]).toBe("true");
    expect(second.outputs.key).toBe(first.outputs.key);
    expect(second.summary).toContain(
      "♻️ **Cache hit**: inputs unchanged, artifact restored from the artifact store; no training.",
    );
  });

  test("a gate that fails sets gate=fail, and fails the step only with fail-on-gate", async () => {
    const ws = await workspace(FAST_IRIS.replace("accuracy: { min: 0.5 }", "accuracy: { min: 1.01 }"));
    const lenient = await runStep(run, { ws });
    expect(lenient.failed).toBe(false);
    expect(lenient.outputs.gate).toBe("fail");
    const strict = await runStep(evaluate, { ws, inputs: { "fail-on-gate": "true" } });
    expect(strict.failed).toBe(true);
    expect(strict.outputs.gate).toBe("fail");
    expect(strict.errors.at(-1)).toMatch(/^::error::iris: gates failed: accuracy [\d.]+ < min 1.01/);
  });

  test("overrides make a trial: another input key, recorded in trial.json", async () => {
    const ws = await workspace();
    const base = await runStep(run, { ws, inputs: { "output-dir": "runs/base" } });
    const trial = await runStep(run, {
      ws,
      inputs: {
        "output-dir": "runs/t1",
        overrides: "train.learningRate=0.02\nmodel.dense=[4]",
        trial: "small",
      },
    });
    expect(trial.failed).toBe(false);
    expect(trial.outputs.key).not.toBe(base.outputs.key);
    expect(JSON.parse(await readFile(join(ws, "runs/t1/trial.json"), "utf8"))).toEqual({
      schema: "modelops/trial@1",
      model: "iris",
      trial: "small",
      overrides: { "train.learningRate": 0.02, "model.dense": [4] },
      key: trial.outputs.key,
    });
    const bad = await runStep(run, { ws, inputs: { overrides: "train.learningRate=fast" } });
    expect(bad.errors).toEqual([
      expect.stringMatching(
        /^::error::input "overrides": models.iris.train.learningRate: .*\(after train.learningRate\)$/,
      ),
    ]);
  });

  test("backend: tensorflow-gpu where no GPU backend loads fails the step with the reason", async () => {
    const ws = await workspace();
    const r = await runStep(train, { ws, inputs: { backend: "tensorflow-gpu" } });
    expect(r.failed).toBe(true);
    expect(r.errors.at(-1)).toMatch(
      /^::error::backend tensorflow-gpu is required \(input backend\) but did not load, wasm would have run: @tensorflow\/tfjs-node-gpu is not installed; GPU: .+ \(see docs\/actions.md#gpu-runners\)$/,
    );
    expect(existsSync(join(ws, "runs/iris/model"))).toBe(false);
  });
});

describe("the report action", () => {
  test("reports a finished run folder, and a leaderboard over a matrix's runs", async () => {
    const ws = await workspace();
    for (const [dir, lr, fold] of [
      ["a-0", 0.05, 1],
      ["a-1", 0.05, 2],
      ["b-0", 0.001, 1],
      ["b-1", 0.001, 2],
    ] as const) {
      const r = await runStep(run, {
        ws,
        inputs: {
          "output-dir": `trials/${dir}`,
          trial: `lr=${lr}`,
          overrides: `train.learningRate=${lr}\nsplit.seed=${fold}`,
        },
      });
      expect(r.failed).toBe(false);
    }
    const one = await runStep(report, { ws, inputs: { "output-dir": "trials/a-0" } });
    expect(one.outputs["report-path"]).toBe("trials/a-0/report.md");
    expect(one.summary).toContain("## modelops report: iris");
    const board = await runStep(report, { ws, inputs: { runs: "trials" } });
    expect(board.failed).toBe(false);
    expect(board.outputs["best-trial"]).toBe("lr=0.05");
    expect(board.outputs["best-dir"]).toMatch(/^trials\/a-[01]$/);
    expect(board.summary).toMatch(/\| 1 \| lr=0.05 \| 2 \| [\d.]+ \| [\d.]+ \| `trials\/a-[01]` \|/);
    expect(board.summary).toMatch(/\| 2 \| lr=0.001 \| 2 \|/);
  });

  test("without a run folder: one line saying which step to run first", async () => {
    const ws = await workspace();
    const r = await runStep(report, { ws });
    expect(r.errors).toEqual([
      "::error::runs/iris/metrics.json not found: run the evaluate (or run) action first, or download the run's artifact into runs/iris",
    ]);
  });
});

describe("the root action", () => {
  test("dispatches on command, and names the commands when it does not know one", async () => {
    const ws = await workspace();
    const r = await runStep(root, { ws, inputs: { command: "preprocess" } });
    expect(r.outputs["profile-path"]).toBe("runs/iris/profile.json");
    const bad = await runStep(root, { ws, inputs: { command: "deploy" } });
    expect(bad.errors).toEqual([
      '::error::input command is "deploy"; expected one of run, preprocess, train, evaluate, report, release',
    ]);
  });
});
