// A folder and its missing parents, as `mkdir -p`. Not Node's `mkdir(dir, { recursive: true })`: where a
// mkdir answers ENOENT although the parent exists (any new name under /proc), Node 20's and 24's recursive
// mkdir retries forever, so `modelops serve --prediction-log /proc/x` spun at full CPU before it listened,
// deaf to SIGTERM. This walks up to the nearest folder that exists and creates each missing one in turn, so
// every failure is an error with its code.
import { mkdirSync, statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";

type Stat = { isDirectory(): boolean } | undefined;

/** The missing folders from `dir` up to the nearest existing one, outermost first, and what that one is. */
function missing(dir: string, look: (d: string) => Stat): { create: string[]; top: Stat; topPath: string } {
  const create: string[] = [];
  let d = path.resolve(dir);
  let found = look(d);
  while (!found) {
    create.push(d);
    const up = path.dirname(d);
    if (up === d) break;
    d = up;
    found = look(d);
  }
  return { create: create.reverse(), top: found, topPath: d };
}

function notAFolder(file: string): NodeJS.ErrnoException {
  const code = "ENOTDIR";
  return Object.assign(new Error(`${code}: not a directory, mkdir '${file}'`), { code, path: file });
}

const quietly = (err: unknown) => {
  if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err; // made meanwhile by another process
};

function statOrUndefined(d: string): Stat {
  try {
    return statSync(d);
  } catch {
    return undefined;
  }
}

export function makeDirsSync(dir: string): void {
  const { create, top, topPath } = missing(dir, statOrUndefined);
  if (top && !top.isDirectory()) throw notAFolder(topPath);
  for (const d of create) {
    try {
      mkdirSync(d);
    } catch (err) {
      quietly(err);
    }
  }
}

export async function makeDirs(dir: string): Promise<void> {
  // The walk up is a few stat calls, sync as in makeDirsSync; the creating is async.
  const { create, top, topPath } = missing(dir, statOrUndefined);
  if (top && !top.isDirectory()) throw notAFolder(topPath);
  for (const d of create) await mkdir(d).catch(quietly);
}
