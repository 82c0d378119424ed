// The calibration evaluate saves for CBPE: fitted on the test split's probabilities, written into the model
// folder, read back by the server; a malformed file is refused with one line that says what to do.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { modelSchema } from "../../pipelines/config/schema.ts";
import {
  type CalibrationFile,
  readCalibration,
  testCalibration,
  writeCalibration,
} from "../../pipelines/evaluate/calibration.ts";
import { estimateAccuracy, topConfidences } from "../../pipelines/evaluate/cbpe.ts";
import { evaluateModel } from "../../pipelines/evaluate/evaluate.ts";
import { initBackend } from "../../pipelines/train/backend.ts";
import { fit as fitModel } from "../../pipelines/train/fit.ts";
import { saveModel } from "../../pipelines/train/model-io.ts";
import { buildModel } from "../../pipelines/train/models/index.ts";
import { blobs } from "../support/synthetic.ts";

let root: string;
beforeAll(async () => {
  await initBackend("wasm");
  root = await mkdtemp(path.join(tmpdir(), "modelops-calibration-"));
});
afterAll(() => rm(root, { recursive: true, force: true }));

test("evaluate's test probabilities give a calibration whose estimate on the test split is its accuracy", async () => {
  const config = modelSchema.parse({
    task: "classification",
    data: { target: "y", train: { format: "csv", path: "train.csv" } },
    model: { architecture: "mlp", dense: [8] },
    train: { epochs: 5 },
  });
  const data = blobs({ n: 300, dim: 4, classes: 3, seed: "calibration", spread: 2.5 });
  const model = buildModel(config.model, 4, "classification", 3, config.train.seed);
  await fitModel({ model, data, task: "classification", numClasses: 3, train: config.train });
  const modelDir = path.join(root, "model");
  await saveModel(model, modelDir);
  let calibration: CalibrationFile | undefined;
  let probabilities: Float32Array[] = [];
  const file = await evaluateModel({
    model,
    data,
    task: "classification",
    classes: ["a", "b", "c"],
    modelDir,
    metrics: ["accuracy"],
    latencySamples: 1,
    backend: "wasm",
    modelName: "blobs",
    onTestProbabilities: (y, p) => {
      probabilities = p;
      calibration = testCalibration(y, p);
    },
  });
  expect(calibration).toMatchObject({ schema: "modelops/calibration@1", n: data.test.x.length });
  await writeCalibration(modelDir, calibration!);
  const read = await readCalibration(modelDir);
  // Isotonic regression keeps the mean: on the rows it was fitted on, the estimate is the accuracy.
  const estimate = estimateAccuracy(read!, topConfidences(probabilities.map((p) => Array.from(p))));
  expect(estimate.estimate).toBeCloseTo(file.metrics.accuracy!, 10);
  model.dispose();
}, 120_000);

test("a model folder without calibration.json has none; a malformed one is refused with the fix", async () => {
  const dir = await mkdtemp(path.join(root, "bad-"));
  expect(await readCalibration(dir)).toBeUndefined();
  await writeFile(
    path.join(dir, "calibration.json"),
    JSON.stringify({ schema: "modelops/calibration@1", thresholds: [0.5, 1], values: [0.9], n: 10 }),
  );
  await expect(readCalibration(dir)).rejects.toThrow(
    /calibration\.json is not a modelops\/calibration@1 file .*; evaluate the model again$/,
  );
});
