// The read side of the registry's one interface: the UI and `modelops runs` take a ReadOnlyModelStore, so
// the type system already keeps them from writing (no createVersion, setAlias, rollback, reportServing).
import path from "node:path";
import type { ModelStore } from "../registry/model-store.ts";
import { openModelStore, parseStoreUri } from "../registry/open-store.ts";

export type ReadOnlyModelStore = Pick<
  ModelStore,
  | "uri"
  | "models"
  | "listVersions"
  | "getVersion"
  | "aliases"
  | "history"
  | "traffic"
  | "revision"
  | "problems"
  | "materialize"
>;

/** The fs registry root behind a `fs:PATH` (or bare path) URI; undefined for other stores. */
export function fsRootOf(uri: string): string | undefined {
  const parsed = parseStoreUri(uri);
  return parsed.kind === "fs" ? path.resolve(parsed.root) : undefined;
}

/** Opens the store a URI names (fs: a folder that must exist; github: OWNER/REPO), for reading. */
export async function openReadOnlyStore(
  uri: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ReadOnlyModelStore> {
  return openModelStore(uri, { create: false, env });
}
