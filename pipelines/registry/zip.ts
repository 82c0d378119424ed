// Zip archives, read and written in memory: workflow artifacts arrive as zips (what @actions/artifact
// uploads, from a pull request's workflow run, so hostile input) and the model archive of a release is one.
// yazl writes, yauzl reads; this file adds what they leave to us: fixed timestamps and sorted entries
// (equal files give equal bytes), the CRC-32 check yauzl does not do, and the refusals below.
import { crc32 } from "node:zlib";
import yauzl from "yauzl";
import yazl from "yazl";

export interface ZipEntry {
  name: string;
  data: Buffer;
}

/** What one archive may hold before it is refused as a zip bomb. */
export interface ZipLimits {
  /** Sum of the files' uncompressed sizes, as declared (yauzl holds each file to its declared size). */
  maxBytes: number;
  maxFiles: number;
}

export const ZIP_LIMITS: ZipLimits = { maxBytes: 2 * 1024 ** 3, maxFiles: 100_000 };

// 1980-01-01 00:00 local time, the zip epoch: yazl encodes DOS times from local fields, so a local date
// gives the same bytes in every time zone (forceDosTimestamp leaves out the UTC "UT" field).
const EPOCH = new Date(1980, 0, 1, 0, 0, 0);
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/** Every file of a zip archive (folders left out), by name. Rejects with an Error saying what is wrong. */
export async function readZip(
  buf: Buffer,
  label = "zip archive",
  limits: ZipLimits = ZIP_LIMITS,
): Promise<Map<string, Buffer>> {
  let zip: yauzl.ZipFile;
  try {
    // yauzl refuses absolute names and `..` parts (its validateFileName) and sizes that lie.
    zip = await yauzl.fromBufferPromise(buf, { lazyEntries: true });
  } catch (error) {
    throw new Error(`${label}: not a readable zip archive (${(error as Error).message})`);
  }
  if (zip.entryCount > limits.maxFiles) {
    throw new Error(`${label}: ${zip.entryCount} entries, over the limit of ${limits.maxFiles}`);
  }
  const files = new Map<string, Buffer>();
  let declared = 0;
  try {
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      if (entry.fileName.endsWith("/")) continue;
      const name = entry.fileName.replace(/^\.\//, "");
      refuseEntry(entry, name, files);
      declared += entry.uncompressedSize;
      if (declared > limits.maxBytes) {
        throw new Error(`its files unpack to over ${limits.maxBytes} bytes (a zip bomb?); refusing it`);
      }
      const data = await readEntry(zip, entry);
      if (crc32(data) !== entry.crc32) throw new Error(`${name} is corrupt (CRC-32 does not match)`);
      files.set(name, data);
    }
  } catch (error) {
    throw new Error(`${label}: ${(error as Error).message}`);
  } finally {
    zip.close();
  }
  return files;
}

/** Throws for an entry we will not unpack: encrypted, a symbolic link, or a second file of one name. */
function refuseEntry(entry: yauzl.Entry, name: string, seen: Map<string, Buffer>): void {
  if (entry.isEncrypted()) throw new Error(`${name} is encrypted`);
  if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) {
    throw new Error(`${name} is a symbolic link; artifacts hold plain files only`);
  }
  if (seen.has(name)) throw new Error(`${name} appears twice; an archive names each file once`);
}

function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | undefined> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      zip.off("entry", onEntry).off("end", onEnd).off("error", onError);
    };
    const onEntry = (entry: yauzl.Entry) => {
      cleanup();
      resolve(entry);
    };
    const onEnd = () => {
      cleanup();
      resolve(undefined);
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    zip.on("entry", onEntry).on("end", onEnd).on("error", onError);
    zip.readEntry();
  });
}

/** The entry's bytes; yauzl stops the stream with an error past the declared size (a lying header). */
async function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  let stream: NodeJS.ReadableStream;
  try {
    stream = await zip.openReadStreamPromise(entry);
  } catch (error) {
    throw new Error(`${entry.fileName}: ${(error as Error).message}`);
  }
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream) chunks.push(chunk as Buffer);
  } catch (error) {
    throw new Error(`${entry.fileName} is corrupt (${(error as Error).message})`);
  }
  return Buffer.concat(chunks);
}

/**
 * A zip archive of `entries`, sorted by name (deflated, UTF-8 names, fixed timestamps and modes), so the
 * same files give the same bytes whatever order they came in. Rejects duplicate names.
 */
export async function writeZip(entries: ZipEntry[]): Promise<Buffer> {
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const zip = new yazl.ZipFile();
  let previous: string | undefined;
  for (const entry of sorted) {
    if (entry.name === previous) throw new Error(`zip archive: ${entry.name} given twice`);
    previous = entry.name;
    zip.addBuffer(entry.data, entry.name, { mtime: EPOCH, mode: 0o100644, forceDosTimestamp: true });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
