// Opens the prediction store a location names: a folder (the embedded file store) or postgres://... (shared).
import path from "node:path";
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

/** The one `monitor.store` the config's models name; two different ones are an error (a server has one log). */
export function configuredStore(
  models: Record<string, { monitor?: { store?: string | undefined } | undefined }>,
  file: string,
): string | undefined {
  const named = new Map<string, string>();
  for (const [name, m] of Object.entries(models)) if (m.monitor?.store) named.set(name, m.monitor.store);
  const stores = new Set(named.values());
  if (stores.size > 1) {
    throw new ModelopsError(
      `${file}: models name different monitor.store values (${[...named.keys()].join(", ")}); a server keeps one prediction log, so give them the same one or pass --prediction-log`,
      2,
    );
  }
  const store = stores.values().next().value;
  // A folder is relative to the config file, as every other path in it is.
  if (store === undefined || /^[a-z][a-z0-9+.-]*:\/\//i.test(store)) return store;
  return path.resolve(path.dirname(file), store);
}
