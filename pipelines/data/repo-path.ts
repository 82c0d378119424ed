// A data path of modelops.yaml, resolved and held inside the repository. The config's schema already
// refuses `..` and absolute paths; this catches what a path's text cannot show: a symbolic link committed
// in a pull request that leads out of the repository (to /dev/zero, which would be read forever, or to a
// file of the runner's such as a key, whose first line would become a column name in the PR's report).
import { realpath, stat } from "node:fs/promises";
import path from "node:path";
import { ModelopsError } from "../errors.ts";

/**
 * `rel` (as written in modelops.yaml) under `configDir`: its absolute path, once it is known to stay inside.
 * `shown` names it in the error (default: `rel`).
 */
export async function repoPath(
  configDir: string,
  rel: string,
  kind: "file" | "folder",
  shown = rel,
): Promise<string> {
  const absolute = path.resolve(configDir, rel);
  let real: string;
  let root: string;
  try {
    [real, root] = await Promise.all([realpath(absolute), realpath(configDir)]);
  } catch {
    return absolute; // missing: the reader says so in its own words
  }
  if (real !== root && !real.startsWith(root + path.sep)) {
    throw new ModelopsError(
      `${shown}: is a link to ${real}, outside the folder of modelops.yaml; data must be inside the repository (copy it in, or commit a .ptr pointer to the data store)`,
    );
  }
  const info = await stat(real);
  if (kind === "file" ? !info.isFile() : !info.isDirectory()) {
    throw new ModelopsError(
      `${shown}: is not a ${kind === "file" ? "regular file" : "folder"}; point data paths at ${kind === "file" ? "a file" : "a folder"} in the repository`,
    );
  }
  return absolute;
}
