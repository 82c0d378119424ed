// The read side of the registry's one interface: the UI and `modelops runs` take a ReadOnlyModelStore, so
// the type system already keeps them from writing (no createVersion, setAlias, rollback, reportServing).
import path from "node:path";
import { ModelopsError } from "../errors.ts";
import type { ModelStore } from "../registry/model-store.ts";
import { DEFAULT_REGISTRY_ROOT, Registry } from "../registry/registry.ts";

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
  if (/^[a-z][a-z0-9+.-]*:/i.test(uri) && !uri.startsWith("fs:") && !/^[a-z]:[\\/]/i.test(uri))
    return undefined;
  return path.resolve(uri.startsWith("fs:") ? uri.slice(3) : uri);
}

/** Opens the store a URI names, for reading. */
export async function openReadOnlyStore(uri: string = DEFAULT_REGISTRY_ROOT): Promise<ReadOnlyModelStore> {
  const root = fsRootOf(uri);
  if (root === undefined) {
    throw new ModelopsError(
      `registry "${uri}": unknown store (use fs:PATH, a folder, or github:OWNER/REPO once that store is installed)`,
    );
  }
  const reg = await Registry.open(root, { create: false });
  return fsReadOnly(reg);
}

/** The fs Registry seen through the read side of ModelStore. */
function fsReadOnly(reg: Registry): ReadOnlyModelStore {
  return {
    uri: `fs:${reg.root}`,
    models: () => reg.models(),
    listVersions: (m) => reg.listVersions(m),
    getVersion: (m, n) => reg.getVersion(m, n),
    aliases: async (m) => (await reg.get(m))?.aliases ?? {},
    history: (m) => reg.history(m),
    traffic: async (m) => (await reg.get(m))?.traffic,
    revision: (m) => reg.revision(m),
    problems: () => [],
    materialize: async (m, n) => {
      const v = await reg.getVersion(m, n);
      if (!v) throw new ModelopsError(`${m} has no version ${n}`);
      await reg.verifyArtifact(v.digest);
      return reg.artifactDir(v.digest);
    },
  };
}
