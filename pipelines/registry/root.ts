// Where a config's registry and artifact store live: the `--registry`/`registry` input when given, else
// .modelops beside modelops.yaml. The registry's own rule, so the CLI and the Actions resolve it alike.
import { dirname, join, resolve } from "node:path";

export function registryRootFor(configFile: string, explicit?: string): string {
  return resolve(explicit ?? join(dirname(resolve(configFile)), ".modelops"));
}
