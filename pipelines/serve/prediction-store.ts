// Opens the prediction store a location names: a folder (the embedded file store) or postgres://... (shared).
import { ModelopsError } from "../errors.ts";
import { FilePredictionStore, type FileStoreOptions, type PredictionStore } from "./prediction-log.ts";

export type { PredictionStore };

export async function openPredictionStore(
  where: string,
  opts: FileStoreOptions = {},
): Promise<PredictionStore> {
  if (/^postgres(ql)?:\/\//.test(where)) {
    const { PgPredictionStore, redact } = await import("./prediction-pg.ts");
    try {
      return await PgPredictionStore.open(where);
    } catch (err) {
      throw new ModelopsError(
        `cannot open the prediction log ${redact(where)}: ${(err as Error).message.split("\n")[0]}; check the URL, that the server runs and the user may create tables`,
        2,
        { cause: err },
      );
    }
  }
  return new FilePredictionStore(where.replace(/^file:/, ""), opts);
}
