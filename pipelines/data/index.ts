// The data stage: read CSVs, split, fit impute/scale on the training split, and apply the fitted transform.
export type { CsvTable, ReadCsvOptions } from "./csv.ts";
export { readCsv } from "./csv.ts";
export { sha256File } from "./digest.ts";
export type { PreprocessOptions } from "./preprocess.ts";
export { isMissing, preprocess } from "./preprocess.ts";
export type { ReadPreparedOptions } from "./run-dir.ts";
export { readPrepared, writePrepared } from "./run-dir.ts";
export type { DecodedPrediction } from "./transform.ts";
export { applyTransform, classLabels, decodePrediction, parseNumber } from "./transform.ts";
export type {
  DataProfile,
  FittedTransform,
  PreparedData,
  PreprocessResult,
  SplitData,
} from "./types.ts";
