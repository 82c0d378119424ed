// Image data: IDX files (raw and gzip) and PNG/JPEG class folders, the one-line errors for bad input, seeded
// augmentation of the training split only, and the run-folder round trip. Fixtures are generated here, tiny.
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, test } from "@jest/globals";
import jpeg from "jpeg-js";
import { PNG } from "pngjs";
import { modelSchema } from "../../pipelines/config/schema.ts";
import {
  augmentImages,
  encodeIdx,
  prepareImages,
  readIdx,
  readImageFolder,
  readImagePrepared,
  writeImagePrepared,
} from "../../pipelines/data/images/index.ts";
import { ModelopsError } from "../../pipelines/errors.ts";
import { batchInputs } from "../../pipelines/train/arrays.ts";
import { initBackend } from "../../pipelines/train/backend.ts";

// batchInputs makes tensors: on the backend the engine sets up (which also quiets tfjs's "install tfjs-node" banner).
beforeAll(() => initBackend("cpu"));

/** n images of h x w: class k has a bright band at row k (so classes differ), plus a ramp so images differ. */
function synthetic(
  n: number,
  h: number,
  w: number,
  classes: number,
): { pixels: Uint8Array; labels: Uint8Array } {
  const pixels = new Uint8Array(n * h * w);
  const labels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const k = i % classes;
    labels[i] = k;
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) pixels[(i * h + y) * w + x] = y === k ? 255 : (x * 16 + i) % 64;
  }
  return { pixels, labels };
}

async function idxRepo(opts: { n?: number; test?: number; gzip?: boolean; labelsCount?: number } = {}) {
  const dir = await mkdtemp(join(tmpdir(), "modelops-idx-"));
  await mkdir(join(dir, "data"));
  const n = opts.n ?? 60;
  const { pixels, labels } = synthetic(n, 6, 5, 3);
  const images = encodeIdx([n, 6, 5], pixels);
  await writeFile(join(dir, "data/train-images.gz"), opts.gzip === false ? images : gzipSync(images));
  await writeFile(
    join(dir, "data/train-labels"),
    encodeIdx([opts.labelsCount ?? n], labels.subarray(0, opts.labelsCount ?? n)),
  );
  return dir;
}

const config = (over: Record<string, unknown> = {}) =>
  modelSchema.parse({
    task: "classification",
    data: {
      target: "label",
      train: { format: "idx", images: "data/train-images.gz", labels: "data/train-labels" },
    },
    split: { validation: 0.2, test: 0.2, seed: 3 },
    model: { architecture: "cnn", filters: [4], dense: [] },
    ...over,
  });

const message = async (p: Promise<unknown>) => {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ModelopsError);
  expect((err as ModelopsError).exitCode).toBe(2);
  const text = (err as Error).message;
  expect(text).not.toContain("\n");
  return text;
};

describe("IDX files", () => {
  test("gzip and raw files give the same images; the header's shape is read", async () => {
    const { pixels } = synthetic(4, 6, 5, 3);
    const dir = await mkdtemp(join(tmpdir(), "modelops-idx-"));
    await writeFile(join(dir, "a.gz"), gzipSync(encodeIdx([4, 6, 5], pixels)));
    await writeFile(join(dir, "a"), encodeIdx([4, 6, 5], pixels));
    const gz = await readIdx(join(dir, "a.gz"), 3);
    const raw = await readIdx(join(dir, "a"), 3);
    expect(gz.dims).toEqual([4, 6, 5]);
    expect(Array.from(gz.data)).toEqual(Array.from(raw.data));
    expect(Array.from(raw.data)).toEqual(Array.from(pixels));
  });

  test("a labels file given as images (wrong magic number) is a one-line error that names the file", async () => {
    const dir = await idxRepo();
    const text = await message(readIdx(join(dir, "data/train-labels"), 3, "data/train-labels"));
    expect(text).toBe(
      "data/train-labels: wrong IDX magic number 0x00000801 (ubyte elements, 1 dimensions); expected 0x00000803 for images (unsigned bytes, 3 dimensions); check that images and labels are not swapped",
    );
    await writeFile(join(dir, "junk"), "not an idx file at all");
    expect(await message(readIdx(join(dir, "junk"), 1, "junk"))).toMatch(
      /^junk: wrong IDX magic number 0x6e6f7420;/,
    );
  });

  test("a truncated file and a labels/images count mismatch are one-line errors", async () => {
    const dir = await idxRepo();
    const whole = encodeIdx([2, 2, 2], new Uint8Array(8));
    await writeFile(join(dir, "short"), whole.subarray(0, whole.length - 3));
    expect(await message(readIdx(join(dir, "short"), 3, "short"))).toBe(
      "short: IDX header announces 2 x 2 x 2 = 8 bytes of data but the file holds 5; the file is truncated or corrupt",
    );
    const mismatch = await idxRepo({ labelsCount: 59 });
    expect(await message(prepareImages(mismatch, config()))).toBe(
      "data/train-labels: holds 59 labels but data/train-images.gz holds 60 images; use the labels file that belongs to these images",
    );
  });
});

describe("image folders", () => {
  async function folder(sizes: Array<[string, string, number, number]>) {
    const dir = await mkdtemp(join(tmpdir(), "modelops-folder-"));
    for (const [cls, name, h, w] of sizes) {
      await mkdir(join(dir, "imgs", cls), { recursive: true });
      const rgba = Buffer.alloc(h * w * 4);
      for (let i = 0; i < h * w; i++) rgba.set([cls === "cat" ? 200 : 20, 100, 50, 255], i * 4);
      const bytes = name.endsWith(".png")
        ? PNG.sync.write(Object.assign(new PNG({ width: w, height: h }), { data: rgba }))
        : jpeg.encode({ data: rgba, width: w, height: h }, 100).data;
      await writeFile(join(dir, "imgs", cls, name), bytes);
    }
    return dir;
  }

  test("PNG and JPEG images per class folder, classes sorted, greyscale or RGB", async () => {
    const dir = await folder([
      ["dog", "a.png", 4, 3],
      ["cat", "b.jpg", 4, 3],
      ["cat", "a.png", 4, 3],
    ]);
    const grey = await readImageFolder(join(dir, "imgs"), { label: "imgs", channels: 1 });
    expect(grey.classes).toEqual(["cat", "dog"]);
    expect(grey.files).toEqual(["cat/a.png", "cat/b.jpg", "dog/a.png"]);
    expect(Array.from(grey.labels)).toEqual([0, 0, 1]);
    expect([grey.count, grey.height, grey.width, grey.channels]).toEqual([3, 4, 3, 1]);
    // BT.601 luma of (200, 100, 50): 0.299*200 + 0.587*100 + 0.114*50 = 124.2
    expect(grey.pixels[0]).toBe(124);
    const rgb = await readImageFolder(join(dir, "imgs"), { label: "imgs", channels: 3 });
    expect(Array.from(rgb.pixels.subarray(0, 3))).toEqual([200, 100, 50]);
  });

  test("an image of the wrong size is a one-line error naming the file and both sizes", async () => {
    const dir = await folder([
      ["cat", "a.png", 4, 3],
      ["dog", "b.png", 5, 3],
    ]);
    expect(await message(readImageFolder(join(dir, "imgs"), { label: "imgs", channels: 1 }))).toBe(
      "imgs/dog/b.png: image is 5x3 (height x width), expected 4x3 like the first image; resize the images or set data.train.size",
    );
    expect(
      await message(readImageFolder(join(dir, "imgs"), { label: "imgs", channels: 1, size: [5, 3] })),
    ).toContain("imgs/cat/a.png: image is 4x3 (height x width), expected 5x3 like data.size");
  });
});

describe("splits and augmentation", () => {
  test("seeded stratified splits; augmentation adds copies to the training split only, the same twice", async () => {
    const dir = await idxRepo();
    const cfg = config({ preprocess: [{ augment: { flip: "horizontal", translate: 1, copies: 2 } }] });
    const a = await prepareImages(dir, cfg);
    const b = await prepareImages(dir, cfg);
    expect(a.data.shape).toEqual([6, 5, 1]);
    expect(a.data.classes).toEqual(["0", "1", "2"]);
    // 60 images: 12 test, 12 validation (4 per class each), 36 train, 3 x 36 after 2 augmented copies.
    expect([a.data.test.y.length, a.data.validation.y.length, a.data.train.y.length]).toEqual([12, 12, 108]);
    expect(Array.from(a.data.train.x)).toEqual(Array.from(b.data.train.x));
    for (const s of ["validation", "test"] as const) {
      const counts = [0, 0, 0];
      for (const y of a.data[s].y) counts[y]!++;
      expect(counts).toEqual([4, 4, 4]);
    }
    // Without augmentation, the same validation and test images, and the first 36 training images unchanged.
    const plain = await prepareImages(dir, config());
    expect(Array.from(plain.data.validation.x)).toEqual(Array.from(a.data.validation.x));
    expect(Array.from(plain.data.test.x)).toEqual(Array.from(a.data.test.x));
    expect(Array.from(a.data.train.x.subarray(0, 36 * 30))).toEqual(Array.from(plain.data.train.x));
    expect(a.profile.rows).toMatchObject({ raw: 60, train: 108, validation: 12, test: 12 });
    expect(a.transform.features).toHaveLength(30);
    expect(a.transform.features[0]).toEqual({
      name: "pixel_0_0",
      scale: { method: "minmax", shift: 0, divide: 255 },
    });
  });

  test("copies: 0 augments training batches per epoch (seeded by epoch and sample), never validation", async () => {
    const dir = await idxRepo();
    const prepared = await prepareImages(
      dir,
      config({ preprocess: [{ augment: { translate: 2, rotate: 10 } }] }),
    );
    const { train, validation } = prepared.data;
    expect(train.y.length).toBe(36);
    expect(train.augment).toMatchObject({ seed: 3, shape: [6, 5, 1] });
    expect(validation.augment).toBeUndefined();
    const batch = (epoch?: number) => Array.from(batchInputs(train, [0, 1, 2], epoch).dataSync());
    const plain = batch();
    expect(batch(1)).toEqual(batch(1));
    expect(batch(1)).not.toEqual(plain);
    expect(batch(2)).not.toEqual(batch(1));
    // Written and read back, the run folder keeps the per-epoch augmentation.
    await writeImagePrepared(join(dir, "run"), prepared);
    const back = await readImagePrepared(join(dir, "run"), "m");
    expect(Array.from(batchInputs(back.data.train, [0, 1, 2], 1).dataSync())).toEqual(batch(1));
  });

  test("a horizontal flip alone mirrors each copy or leaves it as it was", () => {
    const img = Uint8Array.from([1, 2, 3, 4, 5, 6]); // 2 x 3
    const out = augmentImages(
      { pixels: img, count: 1, height: 2, width: 3, channels: 1 },
      [0],
      {
        flip: "horizontal",
        rotate: 0,
        translate: 0,
        crop: 0,
        copies: 8,
      },
      1,
    );
    const copies = Array.from({ length: 8 }, (_, i) =>
      Array.from(out.images.pixels.subarray((i + 1) * 6, (i + 2) * 6)),
    );
    for (const c of copies)
      expect([[1, 2, 3, 4, 5, 6].join(), [3, 2, 1, 6, 5, 4].join()]).toContain(c.join());
    expect(new Set(copies.map((c) => c.join())).size).toBe(2);
  });

  test("the run folder keeps the splits as bytes and reads them back", async () => {
    const dir = await idxRepo({ gzip: false });
    const prepared = await prepareImages(dir, config());
    const out = join(dir, "run");
    await writeImagePrepared(out, prepared);
    const back = await readImagePrepared(out, "m");
    expect(back.data.shape).toEqual(prepared.data.shape);
    for (const s of ["train", "validation", "test"] as const) {
      expect(Array.from(back.data[s].x)).toEqual(Array.from(prepared.data[s].x));
      expect(Array.from(back.data[s].y)).toEqual(Array.from(prepared.data[s].y));
      expect(back.data[s].scale).toBeCloseTo(1 / 255, 12);
    }
    expect(await message(readImagePrepared(join(dir, "nothing"), "m"))).toBe(
      `no preprocessed images in ${join(dir, "nothing")}/ (run "modelops preprocess -m m -o ${join(dir, "nothing")}" first)`,
    );
  });
});
