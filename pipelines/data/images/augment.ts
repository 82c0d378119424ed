// Seeded image augmentation of the training split (never validation or test): random mirror, rotation,
// shift, and crop (pad then cut at a random place). Either a fresh version of every training image in every
// epoch (copies: 0, drawn per batch from a generator seeded by the seed, the epoch and the sample), or
// `copies` stored versions added to the split (drawn from one seeded stream). Either way a config gives the
// same images on every machine. Uncovered pixels are 0 (black); nearest-neighbour sampling keeps pixel values.
import seedrandom from "seedrandom";
import type { AugmentStep } from "../../config/training-schema.ts";

export type AugmentConfig = AugmentStep["augment"];

export interface Images {
  pixels: Uint8Array;
  count: number;
  height: number;
  width: number;
  channels: number;
}

/** `copies` augmented versions of every image, after the originals: count x (1 + copies) images. */
export function augmentImages(
  images: Images,
  labels: ArrayLike<number>,
  config: AugmentConfig,
  seed: number,
): { images: Images; labels: Int32Array } {
  const rng = seedrandom(`modelops:augment:${config.seed ?? seed}`);
  const { height: H, width: W, channels: C, count } = images;
  const per = H * W * C;
  const total = count * (1 + config.copies);
  const pixels = new Uint8Array(total * per);
  const outLabels = new Int32Array(total);
  pixels.set(images.pixels.subarray(0, count * per));
  for (let i = 0; i < count; i++) outLabels[i] = labels[i]!;
  for (let copy = 1; copy <= config.copies; copy++) {
    for (let i = 0; i < count; i++) {
      const at = copy * count + i;
      transform(
        images.pixels.subarray(i * per, (i + 1) * per),
        pixels.subarray(at * per, (at + 1) * per),
        H,
        W,
        C,
        draw(config, rng),
      );
      outLabels[at] = labels[i]!;
    }
  }
  return { images: { ...images, pixels, count: total }, labels: outLabels };
}

/**
 * One freshly drawn augmentation of one image (src -> dst, same size), from a generator seeded by the
 * sample and the epoch: what training applies batch by batch when `copies` is 0.
 */
export function augmentOne(
  src: ArrayLike<number>,
  dst: Uint8Array,
  shape: { height: number; width: number; channels: number },
  config: AugmentConfig,
  rng: () => number,
): void {
  transform(src, dst, shape.height, shape.width, shape.channels, draw(config, rng));
}

interface Draw {
  flipH: boolean;
  flipV: boolean;
  angle: number;
  dx: number;
  dy: number;
}

function draw(c: AugmentConfig, rng: () => number): Draw {
  const shift = Math.max(c.translate, c.crop);
  const int = (m: number) => (m === 0 ? 0 : Math.floor(rng() * (2 * m + 1)) - m);
  return {
    flipH: (c.flip === "horizontal" || c.flip === "both") && rng() < 0.5,
    flipV: (c.flip === "vertical" || c.flip === "both") && rng() < 0.5,
    angle: c.rotate > 0 ? ((rng() * 2 - 1) * c.rotate * Math.PI) / 180 : 0,
    dx: int(shift),
    dy: int(shift),
  };
}

/** dst(y, x) = src(inverse of: flip, then rotate about the centre, then shift), 0 outside. */
function transform(src: ArrayLike<number>, dst: Uint8Array, H: number, W: number, C: number, d: Draw): void {
  const cy = (H - 1) / 2;
  const cx = (W - 1) / 2;
  const cos = Math.cos(d.angle);
  const sin = Math.sin(d.angle);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      // Undo the shift, then the rotation.
      const ux = x - d.dx - cx;
      const uy = y - d.dy - cy;
      let sx = Math.round(cos * ux + sin * uy + cx);
      let sy = Math.round(-sin * ux + cos * uy + cy);
      if (d.flipH) sx = W - 1 - sx;
      if (d.flipV) sy = H - 1 - sy;
      const o = (y * W + x) * C;
      if (sx < 0 || sx >= W || sy < 0 || sy >= H) {
        for (let c = 0; c < C; c++) dst[o + c] = 0;
      } else {
        const s = (sy * W + sx) * C;
        for (let c = 0; c < C; c++) dst[o + c] = src[s + c]!;
      }
    }
  }
}
