// A folder and its missing parents, as `mkdir -p`. Not Node's `mkdir(dir, { recursive: true })`: where a
// mkdir answers ENOENT although the parent exists (any new name under /proc), Node 20's and 24's recursive
// mkdir retries forever, so `modelops serve --prediction-log /proc/x` spun at full CPU before it listened,
// deaf to SIGTERM. This walks up to the nearest folder that exists and creates each missing one in turn, so
// every failure is an error with its code.
import { mkdirSync, statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";

/** The folders to create for `dir`, outermost first; throws ENOTDIR when a file stands where one must be. */
function foldersToMake(dir: string): string[] {
  const create: string[] = [];
  for (let d = path.resolve(dir); ; ) {
    const found = statSync(d, { throwIfNoEntry: false });
    if (found) {
      if (!found.isDirectory()) {
        throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${d}'`), {
          code: "ENOTDIR",
          path: d,
        });
      }
      break;
    }
    create.push(d);
    const up = path.dirname(d);
    if (up === d) break;
    d = up;
  }
  return create.reverse();
}

const quietly = (err: unknown) => {
  if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err; // made meanwhile by another process
};

export function makeDirsSync(dir: string): void {
  for (const d of foldersToMake(dir)) {
    try {
      mkdirSync(d);
    } catch (err) {
      quietly(err);
    }
  }
}

/** makeDirsSync's async form: the walk up is a few stat calls and stays sync; the creating is async. */
export async function makeDirs(dir: string): Promise<void> {
  for (const d of foldersToMake(dir)) await mkdir(d).catch(quietly);
}
