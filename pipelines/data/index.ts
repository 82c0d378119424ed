// The data engine's public face: readers, preprocessing (clean, split, fit, transform), the transform the
// server applies, profiles, inferred data schemas, drift, pointer files and the PR report's data section.
export type { CsvRecord, CsvTable, ReadCsvOptions, ReadDelimitedOptions } from "./csv.ts";
export { csvRecords, looksLikeHeader, readCsv, readDelimited } from "./csv.ts";
export type { Anomaly, AnomalyKind, DataSchema, SchemaColumn } from "./data-schema.ts";
export {
  inferSchema,
  profileTable,
  readSchema,
  schemaChanges,
  schemaText,
  validateTable,
} from "./data-schema.ts";
export { sha256File } from "./digest.ts";
export type { DriftMethod, DriftOptions, DriftReport, FeatureDrift } from "./drift.ts";
export {
  driftBetweenColumns,
  driftBetweenProfiles,
  driftBetweenSamples,
  driftOptions,
} from "./drift.ts";
export { outputNames } from "./fit.ts";
export { readJsonl, readParquet } from "./formats.ts";
export type { PcaFit } from "./pca.ts";
export { fitPca } from "./pca.ts";
export type { DataPointer } from "./pointer.ts";
export { addToStore, dataStoreDir, isPointerPath, readPointer, resolvePointer } from "./pointer.ts";
export type { PreprocessOptions } from "./preprocess.ts";
export { isMissing, preprocess } from "./preprocess.ts";
export { profileColumn, profileDelimitedFile, quantileSorted } from "./profile.ts";
export { renderDataSection } from "./report.ts";
export type { ReadPreparedOptions } from "./run-dir.ts";
export { readPrepared, writePrepared } from "./run-dir.ts";
export type { LoadedSource } from "./sources.ts";
export { locateSource, readSource, sourceDigests } from "./sources.ts";
export type { SplitOptions, SplitPlan } from "./split.ts";
export { splitIndices } from "./split.ts";
export { chiSquare, jensenShannon, ksPValue, ksStatistic, psi } from "./stats.ts";
export type { Column, ColumnType, Table } from "./table.ts";
export type { DecodedPrediction, RawColumn } from "./transform.ts";
export {
  applyTransform,
  applyTransformInto,
  classLabels,
  decodePrediction,
  parseNumber,
  sampleInstance,
  transformColumns,
  transformWidth,
} from "./transform.ts";
export type {
  ColumnProfile,
  DataProfile,
  FittedFeature,
  FittedTransform,
  PreparedData,
  PreprocessResult,
  SplitData,
  SplitRecord,
} from "./types.ts";
