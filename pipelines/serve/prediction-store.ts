// Opens the prediction store a location names: a folder (the embedded file store) or postgres://... (shared).
import { ModelopsError } from "../errors.ts";
import { FilePredictionStore, type FileStoreOptions, type PredictionStore } from "./prediction-log.ts";

export type { PredictionStore };

export async function openPredictionStore(
  where: string,
  opts: FileStoreOptions = {},
): Promise<PredictionStore> {
  if (/^postgres(ql)?:\/\//.test(where)) {
    throw new ModelopsError(
      `prediction log ${where.replace(/\/\/[^@/]*@/, "//***@")}: the PostgreSQL store is not built yet; use a folder (the embedded store)`,
      2,
    );
  }
  return new FilePredictionStore(where.replace(/^file:/, ""), opts);
}
