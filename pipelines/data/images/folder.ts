// A folder of images with one subfolder per class, as Keras's image_dataset_from_directory reads it: class
// names are the subfolder names in sorted order, images are PNG or JPEG (by their first bytes), converted to
// greyscale (ITU-R BT.601 luma) or RGB, alpha dropped. Every image must have the same size.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import jpeg from "jpeg-js";
import { PNG } from "pngjs";
import { ModelopsError } from "../../errors.ts";
import { repoPaths } from "../repo-path.ts";

export interface ImageBatch {
  /** count x height x width x channels unsigned bytes. */
  pixels: Uint8Array;
  count: number;
  height: number;
  width: number;
  channels: 1 | 3;
  /** Class index per image. */
  labels: Uint8Array | Int32Array;
  classes: string[];
  /** The files read, relative to the folder (sorted), for digests and messages. */
  files: string[];
}

const IMAGE = /\.(png|jpe?g)$/i;

/** Lists `dir`'s images as [class folder, relative path] pairs, sorted; ModelopsError when there are none. */
export async function listImageFolder(
  dir: string,
  label: string,
): Promise<{ classes: string[]; files: string[] }> {
  let entries: import("node:fs").Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ModelopsError(
      code === "ENOENT"
        ? `${label}: folder not found; commit it or fix data.train.path in modelops.yaml`
        : `${label}: cannot read the folder (${code ?? (err as Error).message})`,
    );
  }
  const classes = entries
    .filter((e) => e.isDirectory() && !e.name.startsWith("."))
    .map((e) => e.name)
    .sort();
  if (classes.length < 2) {
    throw new ModelopsError(
      `${label}: found ${classes.length} class folder${classes.length === 1 ? "" : "s"}; put the images of each class in its own subfolder (at least 2)`,
    );
  }
  const files: string[] = [];
  for (const c of classes) {
    const names = (await readdir(path.join(dir, c))).filter((n) => IMAGE.test(n)).sort();
    for (const n of names) files.push(`${c}/${n}`);
  }
  if (files.length === 0) throw new ModelopsError(`${label}: no .png or .jpg images in the class folders`);
  return { classes, files };
}

export async function readImageFolder(
  dir: string,
  opts: { label: string; channels: 1 | 3; size?: [number, number]; classes?: string[] },
): Promise<ImageBatch> {
  const listed = await listImageFolder(dir, opts.label);
  const inFolder = repoPaths(dir);
  const classes = opts.classes ?? listed.classes;
  let height = opts.size?.[0];
  let width = opts.size?.[1];
  const decoded: Uint8Array[] = [];
  const labels = new Int32Array(listed.files.length);
  for (const [i, rel] of listed.files.entries()) {
    const where = `${opts.label}/${rel}`;
    const cls = rel.slice(0, rel.indexOf("/"));
    const k = classes.indexOf(cls);
    if (k === -1) {
      throw new ModelopsError(
        `${where}: class folder "${cls}" is not a class of the training data (${classes.join(", ")}); rename or remove it`,
      );
    }
    labels[i] = k;
    // Each image held inside the folder, as its digest's reader does: a committed link must not lead out.
    const image = decode(await readFile(await inFolder(rel, "file", where)), where);
    if (height === undefined || width === undefined) {
      height = image.height;
      width = image.width;
    }
    if (image.height !== height || image.width !== width) {
      throw new ModelopsError(
        `${where}: image is ${image.height}x${image.width} (height x width), expected ${height}x${width} like ${opts.size ? "data.size" : "the first image"}; resize the images or set data.train.size`,
      );
    }
    decoded.push(toChannels(image.rgba, opts.channels));
  }
  const per = height! * width! * opts.channels;
  const pixels = new Uint8Array(decoded.length * per);
  decoded.forEach((d, i) => {
    pixels.set(d, i * per);
  });
  return {
    pixels,
    count: decoded.length,
    height: height!,
    width: width!,
    channels: opts.channels,
    labels,
    classes,
    files: listed.files,
  };
}

function decode(bytes: Buffer, where: string): { width: number; height: number; rgba: Uint8Array } {
  try {
    if (bytes[0] === 0x89 && bytes[1] === 0x50) {
      const png = PNG.sync.read(bytes);
      return { width: png.width, height: png.height, rgba: png.data };
    }
    if (bytes[0] === 0xff && bytes[1] === 0xd8) {
      const img = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 512 });
      return { width: img.width, height: img.height, rgba: img.data };
    }
  } catch (err) {
    throw new ModelopsError(
      `${where}: cannot decode the image (${(err as Error).message.split("\n")[0]}); re-export it as PNG or JPEG`,
    );
  }
  throw new ModelopsError(
    `${where}: not a PNG or JPEG file (by its first bytes); re-export it as PNG or JPEG`,
  );
}

function toChannels(rgba: Uint8Array, channels: 1 | 3): Uint8Array {
  const n = rgba.length / 4;
  const out = new Uint8Array(n * channels);
  for (let i = 0; i < n; i++) {
    const r = rgba[i * 4]!;
    const g = rgba[i * 4 + 1]!;
    const b = rgba[i * 4 + 2]!;
    if (channels === 1) out[i] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
    else {
      out[i * 3] = r;
      out[i * 3 + 1] = g;
      out[i * 3 + 2] = b;
    }
  }
  return out;
}
