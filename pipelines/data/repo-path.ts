// A data path of modelops.yaml, resolved and held inside the repository. The config's schema already
// refuses `..` and absolute paths; this catches what a path's text cannot show: a symbolic link committed
// in a pull request that leads out of the repository (to /dev/zero, which would be read forever, or to a
// file of the runner's such as a key, whose first line would become a column name in the PR's report).
import { realpath, stat } from "node:fs/promises";
import path from "node:path";
import { ModelopsError } from "../errors.ts";

type Kind = "file" | "folder";

/**
 * A checker of paths under `folder` (the folder of modelops.yaml, or an image folder): each call gives a
 * path's absolute form once it is known to stay inside. The folder's own real path is looked up once, so a
 * folder of 60,000 images costs one realpath per image, not two. `shown` names the path in an error.
 */
export function repoPaths(folder: string): (rel: string, kind: Kind, shown?: string) => Promise<string> {
  let root: Promise<string | undefined> | undefined;
  return async (rel, kind, shown = rel) => {
    root ??= realpath(folder).catch(() => undefined);
    const absolute = path.resolve(folder, rel);
    const [real, inside] = [await realpath(absolute).catch(() => undefined), await root];
    if (real === undefined || inside === undefined) return absolute; // missing: the reader says so in its words
    if (real !== inside && !real.startsWith(inside + path.sep)) {
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
  };
}

/** One path under `configDir`, checked as repoPaths does. */
export function repoPath(configDir: string, rel: string, kind: Kind, shown = rel): Promise<string> {
  return repoPaths(configDir)(rel, kind, shown);
}
