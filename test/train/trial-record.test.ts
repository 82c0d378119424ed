// One modelops/trial@1 shape for the search's trial files and the run Action's trial.json, and one override
// mechanism behind a trial's config and the Action's overrides input: the cases as a table.
import { describe, expect, test } from "@jest/globals";
import { overrideConfig } from "../../pipelines/config/overrides.ts";
import { modelSchema } from "../../pipelines/config/schema.ts";
import { asSearchTrial, parseTrialRecord, trialValues } from "../../pipelines/train/tune.ts";

const searchTrial = {
  schema: "modelops/trial@1",
  model: "iris",
  trial: 2,
  params: { "train.learningRate": 0.02 },
  objective: { metric: "accuracy", value: null, on: "validation" },
  metrics: { accuracy: null, f1_macro: 0.5 },
  seconds: 1.5,
};
const namedRun = {
  schema: "modelops/trial@1",
  model: "iris",
  trial: "small",
  overrides: { "model.dense": [4] },
  key: "ab12",
};

describe("modelops/trial@1", () => {
  test.each([
    ["a search trial", true, searchTrial],
    ["a named run", true, namedRun],
    ["another schema", false, { ...namedRun, schema: "modelops/trial@2" }],
    ["an unknown key (a typo)", false, { ...namedRun, overides: {} }],
    ["no trial", false, { ...namedRun, trial: undefined }],
    ["trial 0", false, { ...searchTrial, trial: 0 }],
  ])("%s is a trial record: %s", (_name, ok, json) => {
    expect(parseTrialRecord(json) !== undefined).toBe(ok);
  });

  test("the reducer takes search trials only; NaN written as null reads back as NaN", () => {
    const trial = asSearchTrial(parseTrialRecord(searchTrial)!);
    expect(trial?.objective.value).toBeNaN();
    expect(trial?.metrics).toEqual({ accuracy: Number.NaN, f1_macro: 0.5 });
    expect(asSearchTrial(parseTrialRecord(namedRun)!)).toBeUndefined();
  });

  test("the leaderboard reads the values either writer set", () => {
    expect(trialValues(parseTrialRecord(namedRun)!)).toEqual({ "model.dense": [4] });
    expect(trialValues(parseTrialRecord(searchTrial)!)).toEqual({ "train.learningRate": 0.02 });
  });
});

describe("overrideConfig", () => {
  const config = modelSchema.parse({
    task: "classification",
    data: { target: "y", train: { format: "csv", path: "x.csv" } },
    model: { architecture: "mlp", dense: [8] },
    tune: { search: { space: { "train.learningRate": [0.1] } } },
  });

  test("sets dotted keys, validates, and drops the sections asked", () => {
    const result = overrideConfig(config, { "train.learningRate": 0.5, "model.dense": [2] }, ["tune"]);
    expect(result.ok && result.config.train.learningRate).toBe(0.5);
    expect(result.ok && result.config.model).toMatchObject({ dense: [2] });
    expect(result.ok && result.config.tune).toBeUndefined();
  });

  test.each([
    [{ "train.learningRate": -1 }, { kind: "invalid", at: "train.learningRate" }],
    [{ "task.x": 1 }, { kind: "not-a-mapping", path: "task.x", key: "task" }],
  ])("%j is a problem the caller words: %j", (values, problem) => {
    const result = overrideConfig(config, values);
    expect(result.ok ? undefined : result.problem).toMatchObject(problem);
  });
});
