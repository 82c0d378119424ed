import { RunCatalog } from "./catalog.ts";
import { fsRootOf, openReadOnlyStore } from "./read-store.ts";
import { RunReader } from "./reader.ts";

/**
 * The catalog over a registry URI: its model store, and the runs stored by key in `runs` (an fs registry
 * root; default: the registry itself when it is an fs store).
 */
export async function openCatalog(registry: string, runs?: string): Promise<RunCatalog> {
  const store = await openReadOnlyStore(registry);
  const runsRoot = runs !== undefined ? fsRootOf(runs) : fsRootOf(store.uri);
  return new RunCatalog(store, runsRoot === undefined ? undefined : new RunReader(runsRoot));
}
