// Files this package ships beside its code (package.json, schema/, examples/) are found from the package's
// root, not from the module's own folder: the source (pipelines/x.ts) and the compiled code an installed
// package runs (lib/pipelines/x.js) sit at different depths under it.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));

function findRoot(): string {
  for (let dir = HERE; ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && isModelops(manifest)) return dir;
    if (dirname(dir) === dir) return dirname(HERE); // not found (a bundle outside a checkout): the source layout
  }
}

function isModelops(manifest: string): boolean {
  try {
    return (JSON.parse(readFileSync(manifest, "utf8")) as { name?: unknown }).name === "modelops";
  } catch {
    return false;
  }
}

/** The folder holding modelops's package.json. */
export const PACKAGE_ROOT: string = findRoot();

/** A path inside the package, e.g. packagePath("examples", "iris"). */
export function packagePath(...segments: string[]): string {
  return join(PACKAGE_ROOT, ...segments);
}
