// Data outside git, like DVC's .dvc files: a small pointer file committed in the repository names the data's
// sha256 and size; the bytes live in a content-addressed data store (default `.modelops/data/` beside
// modelops.yaml, or $MODELOPS_DATA_STORE), at `<store>/<first two hex digits>/<sha256>`. The digest in the
// pointer is the one that goes into the input key, so changing the data means committing a new pointer.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { appendFile, copyFile, readFile, rename, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { pipeline } from "node:stream/promises";
import { parse, stringify } from "yaml";
import { ModelopsError } from "../errors.ts";
import { makeDirs } from "../make-dirs.ts";

export const POINTER_SUFFIX = ".ptr";

export interface DataPointer {
  /** lowercase hex sha256 of the data file's bytes. */
  sha256: string;
  size: number;
  /** The data file's name when it was added (informational). */
  path: string;
}

export function isPointerPath(path: string): boolean {
  return path.endsWith(POINTER_SUFFIX);
}

/** The data store: $MODELOPS_DATA_STORE, else `.modelops/data` beside modelops.yaml. */
export function dataStoreDir(configDir: string): string {
  return resolve(process.env.MODELOPS_DATA_STORE ?? join(configDir, ".modelops", "data"));
}

export function storePath(store: string, sha256: string): string {
  return join(store, sha256.slice(0, 2), sha256);
}

export async function readPointer(file: string, shown: string): Promise<DataPointer> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") {
      throw new ModelopsError(`${shown}: pointer file not found; run "modelops data add" on the data file`);
    }
    throw err;
  }
  let doc: unknown;
  try {
    // failsafe: every value is text, so a digest of digits stays a digest
    doc = parse(text, { schema: "failsafe" });
  } catch (err) {
    throw new ModelopsError(`${shown}: not a valid pointer file (${(err as Error).message.split("\n")[0]})`);
  }
  const p = doc as { sha256?: unknown; size?: unknown; path?: unknown } | null;
  const size = Number(p?.size);
  if (
    !p ||
    typeof p.sha256 !== "string" ||
    !/^[0-9a-f]{64}$/i.test(p.sha256) ||
    !Number.isSafeInteger(size)
  ) {
    throw new ModelopsError(
      `${shown}: a pointer file needs "sha256: <64 hex digits>" and "size: <bytes>"; recreate it with "modelops data add"`,
    );
  }
  return { sha256: p.sha256.toLowerCase(), size, path: typeof p.path === "string" ? p.path : "" };
}

/**
 * The local file behind a pointer, verified: present in the store, of the recorded size and sha256 (the
 * digest is checked once per store file and remembered beside it).
 */
export async function resolvePointer(
  pointerFile: string,
  shown: string,
  configDir: string,
): Promise<{ file: string; pointer: DataPointer }> {
  const pointer = await readPointer(pointerFile, shown);
  const store = dataStoreDir(configDir);
  const file = storePath(store, pointer.sha256);
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    throw new ModelopsError(
      `${shown}: data ${pointer.sha256.slice(0, 12)} (${pointer.path || "unnamed"}, ${pointer.size} bytes) is not in the data store ${store}; run "modelops data add" where the file is, or copy the store (set MODELOPS_DATA_STORE to use another)`,
    );
  }
  if (size !== pointer.size) {
    throw new ModelopsError(
      `${shown}: the stored data is ${size} bytes, the pointer says ${pointer.size}; the store is damaged: add the file again`,
    );
  }
  const verified = `${file}.verified`;
  const ok = await readFile(verified, "utf8").then(
    (t) => t.trim() === pointer.sha256,
    () => false,
  );
  if (!ok) {
    const digest = await sha256Of(file);
    if (digest !== pointer.sha256) {
      throw new ModelopsError(
        `${shown}: the stored data's sha256 is ${digest.slice(0, 12)}, the pointer says ${pointer.sha256.slice(0, 12)}; the store is damaged: add the file again`,
      );
    }
    await writeFile(verified, `${digest}\n`).catch(() => {});
  }
  return { file, pointer };
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(file), hash);
  return hash.digest("hex");
}

/**
 * `modelops data add FILE`: copies FILE into the data store under its sha256, writes FILE.ptr beside it and
 * lists FILE in the folder's .gitignore (as `dvc add` does). Returns the pointer and its path.
 */
export async function addToStore(
  dataFile: string,
  configDir: string,
): Promise<{ pointer: DataPointer; pointerFile: string; stored: string; ignored: boolean }> {
  const absolute = resolve(dataFile);
  let size: number;
  try {
    const s = await stat(absolute);
    if (!s.isFile()) throw new ModelopsError(`${dataFile}: not a file`);
    size = s.size;
  } catch (err) {
    if (err instanceof ModelopsError) throw err;
    throw new ModelopsError(`${dataFile}: file not found`);
  }
  const sha256 = await sha256Of(absolute);
  const store = dataStoreDir(configDir);
  const stored = storePath(store, sha256);
  await makeDirs(dirname(stored));
  const present = await stat(stored).then(
    (s) => s.size === size,
    () => false,
  );
  if (!present) {
    const tmp = `${stored}.tmp-${process.pid}`;
    await copyFile(absolute, tmp);
    await rename(tmp, stored);
  }
  await writeFile(`${stored}.verified`, `${sha256}\n`);
  const pointer: DataPointer = { sha256, size, path: basename(absolute) };
  const pointerFile = `${absolute}${POINTER_SUFFIX}`;
  await writeFile(
    pointerFile,
    `# modelops data pointer: the bytes of ${pointer.path} live in the data store, addressed by sha256\n${stringify(pointer)}`,
  );
  const gitignore = join(dirname(absolute), ".gitignore");
  const existing = await readFile(gitignore, "utf8").catch(() => "");
  const entry = `/${basename(absolute)}`;
  let ignored = false;
  if (!existing.split(/\r?\n/).includes(entry)) {
    await appendFile(gitignore, `${existing && !existing.endsWith("\n") ? "\n" : ""}${entry}\n`);
    ignored = true;
  }
  return { pointer, pointerFile, stored, ignored };
}
