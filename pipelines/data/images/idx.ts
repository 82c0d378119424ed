// IDX files, the format of MNIST and Fashion-MNIST (http://yann.lecun.com/exdb/mnist/): a big-endian magic
// number 0x0000 TT DD (TT the element type, 0x08 for unsigned bytes; DD the number of dimensions), DD 32-bit
// sizes, then the elements. gzip-compressed files (.gz, recognised by their first bytes, not their name) are
// inflated first. Only unsigned bytes are read: images (3 dimensions) and labels (1 dimension).
import { readFile } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import { ModelopsError } from "../../errors.ts";

export interface IdxArray {
  dims: number[];
  data: Uint8Array;
}

const UBYTE = 0x08;
const TYPE_NAMES: Record<number, string> = {
  8: "ubyte",
  9: "byte",
  11: "short",
  12: "int",
  13: "float",
  14: "double",
};

/** Reads an IDX file of unsigned bytes with `rank` dimensions; `label` names it in errors (path as configured). */
export async function readIdx(file: string, rank: 1 | 3, label = file): Promise<IdxArray> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ModelopsError(
      code === "ENOENT"
        ? `${label}: file not found; commit it or fix the path in modelops.yaml`
        : `${label}: cannot read (${code ?? (err as Error).message})`,
    );
  }
  return parseIdx(bytes, rank, label);
}

export function parseIdx(input: Uint8Array, rank: 1 | 3, label: string): IdxArray {
  let bytes = input;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch (err) {
      throw new ModelopsError(
        `${label}: gzip data is corrupt (${(err as Error).message}); download the file again`,
      );
    }
  }
  const expected = `0x${(0x800 + rank).toString(16).padStart(8, "0")}`;
  const what = rank === 3 ? "images" : "labels";
  if (bytes.length < 4) {
    throw new ModelopsError(
      `${label}: not an IDX file (${bytes.length} bytes); expected ${what} with magic number ${expected}`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = view.getUint32(0);
  const type = bytes[2]!;
  const dims = bytes[3]!;
  if (bytes[0] !== 0 || bytes[1] !== 0 || type !== UBYTE || dims !== rank) {
    const found = `0x${magic.toString(16).padStart(8, "0")}`;
    const hint =
      bytes[0] === 0 && bytes[1] === 0 && type in TYPE_NAMES
        ? ` (${TYPE_NAMES[type]} elements, ${dims} dimensions)`
        : "";
    throw new ModelopsError(
      `${label}: wrong IDX magic number ${found}${hint}; expected ${expected} for ${what} (unsigned bytes, ${rank} dimension${rank === 1 ? "" : "s"}); check that images and labels are not swapped`,
    );
  }
  const header = 4 + 4 * rank;
  if (bytes.length < header)
    throw new ModelopsError(`${label}: IDX header is cut short; download the file again`);
  const shape = Array.from({ length: rank }, (_, i) => view.getUint32(4 + 4 * i));
  const size = shape.reduce((a, b) => a * b, 1);
  if (bytes.length - header !== size) {
    throw new ModelopsError(
      `${label}: IDX header announces ${shape.join(" x ")} = ${size} bytes of data but the file holds ${bytes.length - header}; the file is truncated or corrupt`,
    );
  }
  return { dims: shape, data: bytes.subarray(header) };
}

/** Encodes an IDX file of unsigned bytes (tests and fixtures). */
export function encodeIdx(dims: number[], data: Uint8Array): Uint8Array {
  const out = new Uint8Array(4 + 4 * dims.length + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x800 + dims.length);
  dims.forEach((d, i) => {
    view.setUint32(4 + 4 * i, d);
  });
  out.set(data, 4 + 4 * dims.length);
  return out;
}
