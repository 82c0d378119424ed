// The calibration CBPE needs, fitted where the labels are: on the test split, when a classifier is evaluated.
// Written into the model folder (`model/calibration.json`), so it is part of the artifact, covered by its
// digest and shipped with every copy of the model; the server loads it with the model and estimates the
// accuracy of live traffic from it (pipelines/evaluate/cbpe.ts).
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type Calibration, fitCalibration } from "./cbpe.ts";
import { argmax } from "./metrics.ts";

export const CALIBRATION_FILE = "calibration.json";
const SCHEMA = "modelops/calibration@1";

export interface CalibrationFile extends Calibration {
  schema: typeof SCHEMA;
  /** Isotonic regression of "the top class was right" on the top-class probability. */
  method: "isotonic";
  fittedOn: "test";
}

/** The isotonic calibration of a classifier's top-class confidence on the test split. */
export function testCalibration(
  yTrue: ArrayLike<number>,
  probabilities: ReadonlyArray<ArrayLike<number>>,
): CalibrationFile {
  const confidences = probabilities.map((p) => Math.max(...Array.from(p)));
  const correct = probabilities.map((p, i) => argmax(p) === yTrue[i]);
  return { schema: SCHEMA, method: "isotonic", fittedOn: "test", ...fitCalibration(confidences, correct) };
}

export async function writeCalibration(modelDir: string, calibration: CalibrationFile): Promise<void> {
  await writeFile(join(modelDir, CALIBRATION_FILE), `${JSON.stringify(calibration)}\n`);
}

/** The calibration in a model folder; undefined when it has none (evaluated before there was one). */
export async function readCalibration(modelDir: string): Promise<Calibration | undefined> {
  const file = join(modelDir, CALIBRATION_FILE);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  }
  const c = JSON.parse(text) as Partial<CalibrationFile> | null;
  const steps = c?.thresholds?.length;
  if (
    c?.schema !== SCHEMA ||
    !steps ||
    c.values?.length !== steps ||
    ![...c.thresholds!, ...c.values!].every((x) => typeof x === "number" && x >= 0 && x <= 1 + 1e-6) ||
    !(typeof c.n === "number" && c.n > 0)
  ) {
    throw new Error(
      `${file} is not a ${SCHEMA} file (thresholds and values in [0, 1], as many of each, n > 0); evaluate the model again`,
    );
  }
  return { thresholds: c.thresholds!, values: c.values!, n: c.n };
}
