// The data stage for image models (data.train.format idx or images): read the images, split validation (and
// test, when data.test is absent) off the training images, seeded and stratified, augment the training split
// only, and write the splits as raw bytes in the run folder:
//   <out>/data/images.json           shapes, classes, split sizes (modelops/images@1)
//   <out>/data/<split>.images.bin    count x height x width x channels unsigned bytes
//   <out>/data/<split>.labels.bin    count class indices (int32, little-endian)
//   <out>/data/digests.json, <out>/preprocessing.json, <out>/profile.json  as for tabular data
// Models take pixels scaled to [0, 1] (x / 255), flattened in height, width, channel order: the transform in
// preprocessing.json says exactly that (one minmax-scaled input per pixel), so the model server applies it to a
// flat row of 0-255 values like any other.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import seedrandom from "seedrandom";
import writeFileAtomic from "write-file-atomic";
import type { ModelConfig } from "../../config/schema.ts";
import { type AugmentStep, type ImageSource, isImageSource } from "../../config/training-schema.ts";
import { ModelopsError } from "../../errors.ts";
import { makeDirs } from "../../make-dirs.ts";
import { repoPath, repoPaths } from "../repo-path.ts";
import type { BatchAugment, DataProfile, FittedTransform, TrainArrays } from "../types.ts";
import { augmentImages } from "./augment.ts";
import { readImageFolder } from "./folder.ts";
import { readIdx } from "./idx.ts";

export const IMAGES_SCHEMA = "modelops/images@1";
export const PIXEL_SCALE = 1 / 255;
const SPLITS = ["train", "validation", "test"] as const;
type Split = (typeof SPLITS)[number];

export interface ImageSplits {
  train: TrainArrays;
  validation: TrainArrays;
  test: TrainArrays;
  /** [height, width, channels] */
  shape: [number, number, number];
  classes: string[];
}

export interface ImagePrepared {
  data: ImageSplits;
  transform: FittedTransform;
  profile: DataProfile;
  dataDigests: Record<string, string>;
}

interface Loaded {
  pixels: Uint8Array;
  labels: Int32Array;
  count: number;
  shape: [number, number, number];
  classes: string[];
}

/** True when the model reads image data. */
export function isImageModel(config: ModelConfig): boolean {
  return isImageSource(config.data.train);
}

/** The data files a source reads, relative to modelops.yaml (idx: images and labels; a folder: its images). */
export async function imageSourceFiles(configDir: string, source: ImageSource): Promise<string[]> {
  if (source.format === "idx") return [source.images, source.labels];
  const { listImageFolder } = await import("./folder.ts");
  const listed = await listImageFolder(await repoPath(configDir, source.path, "folder"), source.path);
  return listed.files.map((f) => `${source.path}/${f}`);
}

/** sha256 of each file of the model's image sources (a folder: one digest over its files' digests). */
export async function imageDigests(configDir: string, config: ModelConfig): Promise<Record<string, string>> {
  const digests: Record<string, string> = {};
  const sources = [config.data.train as unknown, config.data.test as unknown].filter(isImageSource);
  const inRepo = repoPaths(configDir);
  for (const source of sources) {
    const files = await imageSourceFiles(configDir, source);
    const sha = async (rel: string) => {
      try {
        return createHash("sha256")
          .update(await readFile(await inRepo(rel, "file")))
          .digest("hex");
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "ENOENT") {
          throw new ModelopsError(`${rel}: data file not found; commit it or fix the path in modelops.yaml`);
        }
        throw err;
      }
    };
    if (source.format === "idx") {
      for (const f of files) digests[f] = await sha(f);
    } else {
      const h = createHash("sha256");
      for (const f of files) h.update(`${f}\0${await sha(f)}\n`);
      digests[source.path] = h.digest("hex");
    }
  }
  return digests;
}

async function load(configDir: string, source: ImageSource, classes: string[] | undefined): Promise<Loaded> {
  if (source.format === "images") {
    const batch = await readImageFolder(await repoPath(configDir, source.path, "folder"), {
      label: source.path,
      channels: source.channels,
      ...(source.size ? { size: source.size } : {}),
      ...(classes ? { classes } : {}),
    });
    return {
      pixels: batch.pixels,
      labels: Int32Array.from(batch.labels),
      count: batch.count,
      shape: [batch.height, batch.width, batch.channels],
      classes: batch.classes,
    };
  }
  const images = await readIdx(await repoPath(configDir, source.images, "file"), 3, source.images);
  const labels = await readIdx(await repoPath(configDir, source.labels, "file"), 1, source.labels);
  const [count, height, width] = images.dims as [number, number, number];
  if (labels.dims[0] !== count) {
    throw new ModelopsError(
      `${source.labels}: holds ${labels.dims[0]} labels but ${source.images} holds ${count} images; use the labels file that belongs to these images`,
    );
  }
  let max = 0;
  for (const v of labels.data) max = Math.max(max, v);
  const names = source.classes ?? classes ?? Array.from({ length: max + 1 }, (_, k) => String(k));
  if (max >= names.length) {
    throw new ModelopsError(
      `${source.labels}: label value ${max} has no class name (data.train.classes lists ${names.length}); add it to classes`,
    );
  }
  return {
    pixels: images.data,
    labels: Int32Array.from(labels.data),
    count,
    shape: [height, width, 1],
    classes: names,
  };
}

/** Reads, splits and augments a model's image data (nothing written). */
export async function prepareImages(configDir: string, config: ModelConfig): Promise<ImagePrepared> {
  const augment = checkSteps(config);
  const { all, test } = await loadImages(configDir, config);
  const { seed } = config.split;
  const { trainIdx, valIdx, testIdx } = splitIndices(all, config, test !== undefined);
  const per = all.shape[0] * all.shape[1] * all.shape[2];
  let train = takeImages(all, trainIdx, per);
  if (augment && augment.copies > 0) train = augmentCopies(train, all.shape, augment, seed);
  const parts: Record<Split, ImageArrays> = {
    train,
    validation: takeImages(all, valIdx, per),
    test: test ? { pixels: test.pixels, labels: test.labels } : takeImages(all, testIdx, per),
  };
  const arrays = (p: ImageArrays): TrainArrays => ({
    x: p.pixels,
    y: Float32Array.from(p.labels),
    inputShape: [per],
    scale: PIXEL_SCALE,
  });
  const perEpoch =
    augment && augment.copies === 0
      ? { config: augment, seed: augment.seed ?? seed, shape: all.shape }
      : undefined;
  const data: ImageSplits = {
    train: { ...arrays(parts.train), ...(perEpoch ? { augment: perEpoch } : {}) },
    validation: arrays(parts.validation),
    test: arrays(parts.test),
    shape: all.shape,
    classes: all.classes,
  };
  return {
    data,
    transform: imageTransform(config, data),
    profile: imageProfile(config, data, all.count + (test?.count ?? 0), trainIdx.length),
    dataDigests: await imageDigests(configDir, config),
  };
}

type ImageArrays = { pixels: Uint8Array; labels: Int32Array };

/** The training images and, when the config names them, test images of the same size and classes. */
async function loadImages(configDir: string, config: ModelConfig): Promise<{ all: Loaded; test?: Loaded }> {
  const trainSource = config.data.train as unknown as ImageSource;
  const testSource = config.data.test as unknown as ImageSource | undefined;
  if (testSource && !isImageSource(testSource)) {
    throw new ModelopsError(
      `data.test is ${testSource}: image training data needs image test data (format idx or images)`,
    );
  }
  const all = await load(configDir, trainSource, undefined);
  const test = testSource ? await load(configDir, testSource, all.classes) : undefined;
  if (test && test.shape.join("x") !== all.shape.join("x")) {
    throw new ModelopsError(
      `data.test images are ${test.shape.slice(0, 2).join("x")} but the training images are ${all.shape.slice(0, 2).join("x")}; use images of one size`,
    );
  }
  return test ? { all, test } : { all };
}

/** Seeded, optionally stratified split into test (unless a test source exists), validation and training. */
function splitIndices(
  all: Loaded,
  config: ModelConfig,
  hasTestSource: boolean,
): { trainIdx: number[]; valIdx: number[]; testIdx: number[] } {
  const rng = seedrandom(`modelops:split:${config.split.seed}`);
  const testShare = hasTestSource ? 0 : config.split.test;
  const [testIdx, rest] = stratified(all.labels, all.classes.length, testShare, rng, config.split.stratify);
  const [valPart, trainPart] = stratified(
    Int32Array.from(rest, (i) => all.labels[i]!),
    all.classes.length,
    config.split.validation / Math.max(1e-9, 1 - testShare),
    rng,
    config.split.stratify,
  );
  return { trainIdx: trainPart.map((j) => rest[j]!), valIdx: valPart.map((j) => rest[j]!), testIdx };
}

/** The images at `idx` (each `per` bytes), copied out in that order. */
function takeImages(from: Loaded, idx: number[], per: number): ImageArrays {
  const pixels = new Uint8Array(idx.length * per);
  const labels = new Int32Array(idx.length);
  idx.forEach((k, i) => {
    pixels.set(from.pixels.subarray(k * per, (k + 1) * per), i * per);
    labels[i] = from.labels[k]!;
  });
  return { pixels, labels };
}

/** The training images with `augment.copies` augmented copies added, once, before training. */
function augmentCopies(
  train: ImageArrays,
  shape: Loaded["shape"],
  augment: NonNullable<AugmentStep["augment"]>,
  seed: number,
): ImageArrays {
  const out = augmentImages(
    {
      pixels: train.pixels,
      count: train.labels.length,
      height: shape[0],
      width: shape[1],
      channels: shape[2],
    },
    train.labels,
    augment,
    seed,
  );
  return { pixels: out.images.pixels, labels: out.labels };
}

/** Image models accept augment and a minmax scale (pixels / 255, what they get anyway); nothing else. */
function checkSteps(config: ModelConfig): AugmentStep["augment"] | undefined {
  let augment: AugmentStep["augment"] | undefined;
  config.preprocess.forEach((step, i) => {
    const name = Object.keys(step)[0]!;
    if (name === "augment") augment = (step as AugmentStep).augment;
    else if (name === "scale" && (step as { scale: { method: string } }).scale.method === "minmax") {
      // Pixels are always scaled to [0, 1]: x / 255.
    } else {
      throw new ModelopsError(
        `models preprocess[${i}] (${name}) does not apply to image data; image models take pixels scaled to [0, 1] and accept augment and scale: { method: minmax }`,
      );
    }
  });
  return augment;
}

/**
 * Seeded split of sample indices: `share` of each class (or of all samples, unstratified) goes to the first
 * part, the rest to the second, both in ascending order.
 */
function stratified(
  labels: Int32Array,
  classes: number,
  share: number,
  rng: () => number,
  stratify: boolean,
): [number[], number[]] {
  if (share <= 0) return [[], Array.from(labels, (_, i) => i)];
  const groups: number[][] = stratify ? Array.from({ length: classes }, () => []) : [[]];
  labels.forEach((y, i) => {
    groups[stratify ? y : 0]!.push(i);
  });
  const first: number[] = [];
  const second: number[] = [];
  for (const g of groups) {
    for (let i = g.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [g[i], g[j]] = [g[j]!, g[i]!];
    }
    const k = Math.round(g.length * Math.min(1, share));
    first.push(...g.slice(0, k));
    second.push(...g.slice(k));
  }
  return [first.sort((a, b) => a - b), second.sort((a, b) => a - b)];
}

function imageTransform(config: ModelConfig, data: ImageSplits): FittedTransform {
  const [h, w, c] = data.shape;
  const features = Array.from({ length: h * w * c }, (_, i) => ({
    name:
      c === 1
        ? `pixel_${Math.floor(i / w)}_${i % w}`
        : `pixel_${Math.floor(i / (w * c))}_${Math.floor(i / c) % w}_${i % c}`,
    scale: { method: "minmax" as const, shift: 0, divide: 255 },
  }));
  return {
    schema: "modelops/preprocessing@1",
    task: config.task,
    features,
    target: { name: config.data.target, classes: data.classes },
  };
}

function imageProfile(config: ModelConfig, data: ImageSplits, raw: number, rawTrain: number): DataProfile {
  const counts: Record<string, number> = {};
  for (const y of data.train.y.subarray(0, rawTrain))
    counts[data.classes[y]!] = (counts[data.classes[y]!] ?? 0) + 1;
  const x = data.train.x.subarray(0, rawTrain * data.train.inputShape[0]!);
  let sum = 0;
  let sq = 0;
  let min = 255;
  let max = 0;
  for (const v of x) {
    sum += v;
    sq += v * v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const n = Math.max(1, x.length);
  const mean = sum / n;
  return {
    schema: "modelops/profile@1",
    rows: {
      raw,
      dropped: 0,
      train: data.train.y.length,
      validation: data.validation.y.length,
      test: data.test.y.length,
    },
    columns: [
      {
        name: "pixels",
        role: "feature",
        type: "number",
        missing: 0,
        mean,
        std: Math.sqrt(Math.max(0, sq / n - mean * mean)),
        min,
        max,
      },
      { name: config.data.target, role: "target", type: "string", missing: 0, counts },
    ],
  };
}

// ---- run folder ---------------------------------------------------------------------------------------------

interface ImagesJson {
  schema: typeof IMAGES_SCHEMA;
  shape: [number, number, number];
  classes: string[];
  counts: Record<Split, number>;
  /** Augmentation drawn per epoch on the training split (augment with copies: 0). */
  augment?: BatchAugment;
}

export async function writeImagePrepared(outDir: string, prepared: ImagePrepared): Promise<void> {
  const dir = join(outDir, "data");
  await makeDirs(dir);
  const { data } = prepared;
  const meta: ImagesJson = {
    schema: IMAGES_SCHEMA,
    shape: data.shape,
    classes: data.classes,
    counts: { train: data.train.y.length, validation: data.validation.y.length, test: data.test.y.length },
    ...(data.train.augment ? { augment: data.train.augment } : {}),
  };
  for (const s of SPLITS) {
    const split = data[s];
    await writeFileAtomic(
      join(dir, `${s}.images.bin`),
      Buffer.from(split.x.buffer, split.x.byteOffset, split.x.byteLength),
    );
    const labels = Int32Array.from(split.y);
    await writeFileAtomic(join(dir, `${s}.labels.bin`), Buffer.from(labels.buffer));
  }
  await writeFileAtomic(join(dir, "images.json"), `${JSON.stringify(meta, null, 2)}\n`);
  await writeFileAtomic(join(dir, "digests.json"), `${JSON.stringify(prepared.dataDigests, null, 2)}\n`);
  await writeFileAtomic(
    join(outDir, "preprocessing.json"),
    `${JSON.stringify(prepared.transform, null, 2)}\n`,
  );
  await writeFileAtomic(join(outDir, "profile.json"), `${JSON.stringify(prepared.profile, null, 2)}\n`);
}

export async function readImagePrepared(outDir: string, model = "MODEL"): Promise<ImagePrepared> {
  const hint = `run "modelops preprocess -m ${model} -o ${outDir}"`;
  const read = async (rel: string) => {
    try {
      return await readFile(join(outDir, rel));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") {
        throw new ModelopsError(`no preprocessed images in ${outDir}/ (${hint} first)`, 2, { cause: err });
      }
      throw err;
    }
  };
  const meta = JSON.parse((await read(join("data", "images.json"))).toString("utf8")) as ImagesJson;
  if (meta.schema !== IMAGES_SCHEMA)
    throw new ModelopsError(
      `${join(outDir, "data", "images.json")}: expected schema "${IMAGES_SCHEMA}"; ${hint} again`,
    );
  const per = meta.shape[0] * meta.shape[1] * meta.shape[2];
  const split = async (s: Split): Promise<TrainArrays> => {
    const pixels = new Uint8Array(await read(join("data", `${s}.images.bin`)));
    const raw = await read(join("data", `${s}.labels.bin`));
    const labels = new Int32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
    if (pixels.length !== meta.counts[s] * per || labels.length !== meta.counts[s]) {
      throw new ModelopsError(
        `${join(outDir, "data")}: the ${s} split's files do not match images.json; ${hint} again`,
      );
    }
    return { x: pixels, y: Float32Array.from(labels), inputShape: [per], scale: PIXEL_SCALE };
  };
  const [train, validation, test] = await Promise.all(SPLITS.map(split));
  if (meta.augment) train!.augment = meta.augment;
  return {
    data: { train: train!, validation: validation!, test: test!, shape: meta.shape, classes: meta.classes },
    transform: JSON.parse((await read("preprocessing.json")).toString("utf8")) as FittedTransform,
    profile: JSON.parse((await read("profile.json")).toString("utf8")) as DataProfile,
    dataDigests: JSON.parse((await read(join("data", "digests.json"))).toString("utf8")) as Record<
      string,
      string
    >,
  };
}
