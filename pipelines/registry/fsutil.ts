// Small filesystem helpers shared by the store and the registry (private to pipelines/registry/).

import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import writeFileAtomic from "write-file-atomic";

/** Write a file so that a reader sees either the old or the new content, never a part: temp + fsync + rename. */
export async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await writeFileAtomic(file, typeof data === "string" ? data : Buffer.from(data), { fsync: true });
  await fsyncDir(path.dirname(file));
}

/** fsync a directory so that a rename or create inside it survives a crash (best effort where unsupported). */
export async function fsyncDir(dir: string): Promise<void> {
  let fh: Awaited<ReturnType<typeof open>> | undefined;
  try {
    fh = await open(dir, "r");
    await fh.sync();
  } catch {
    // some filesystems (and Windows) cannot fsync a directory; the rename is still atomic
  } finally {
    await fh?.close();
  }
}

export async function fsyncFile(file: string): Promise<void> {
  const fh = await open(file, "r+");
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

export function hashFile(file: string): Promise<{ sha256: string; size: number }> {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    let size = 0;
    createReadStream(file)
      .on("data", (chunk) => {
        const b = chunk as Buffer;
        size += b.length;
        hash.update(b);
      })
      .on("error", reject)
      .on("end", () => resolve({ sha256: hash.digest("hex"), size }));
  });
}

export async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw e;
  }
}

/** A path as the user would type it: relative to the working directory when inside it. */
export function shown(p: string): string {
  const rel = path.relative(process.cwd(), p);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : p;
}

/** Remove leftovers of killed writers in `dir` (whose names match `only`, if given) older than `maxAgeMs`. */
export async function sweep(dir: string, maxAgeMs: number, only?: RegExp): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  const now = Date.now();
  for (const name of names) {
    if (only && !only.test(name)) continue;
    const p = path.join(dir, name);
    try {
      const s = await stat(p);
      if (now - s.mtimeMs > maxAgeMs) await rm(p, { recursive: true, force: true });
    } catch {
      // raced with another sweeper
    }
  }
}

export function errCode(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | undefined)?.code;
}
