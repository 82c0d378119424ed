// Public face of the runs reader: every stored run (released or not), their params and a comparison.
export { RunCatalog, type RunFilter, type RunRow } from "./catalog.ts";
export {
  COMPARISON_SCHEMA,
  compareRuns,
  compareSpecs,
  type ParamValue,
  type RunComparison,
} from "./compare.ts";
export { openCatalog } from "./open.ts";
export { type FlatParams, flattenParams, PARAMS_FILE, type ParamsFile, paramsFile } from "./params.ts";
export { fsRootOf, openReadOnlyStore, type ReadOnlyModelStore } from "./read-store.ts";
export { RunReader, type StoredRun } from "./reader.ts";
