// Shared by the training benchmarks: the PyTorch reference (../shared/reference/torch_reference.py, run with
// Debian's python3-torch) and a timed epoch of modelops's own training loop on random data.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { modelSchema } from "../pipelines/config/schema.ts";
import type { TrainArrays } from "../pipelines/data/types.ts";
import { initBackend } from "../pipelines/train/backend.ts";
import { fit } from "../pipelines/train/fit.ts";
import { buildNetwork } from "../pipelines/train/models/index.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
export const TORCH_REFERENCE = path.resolve(here, "../../shared/reference/torch_reference.py");

/** PyTorch's training samples/s for reference model A or B (2 threads unless told), or null without torch. */
export function torchSamplesPerSecond(
  which: "A" | "B",
  threads = 2,
): { samplesPerSecond: number; runtime: string } {
  if (!existsSync(TORCH_REFERENCE)) throw new Error(`no ${TORCH_REFERENCE}`);
  const out = execFileSync("/usr/bin/python3", [TORCH_REFERENCE, which, String(threads)], {
    encoding: "utf8",
  });
  const line = JSON.parse(out.trim().split("\n").at(-1)!) as { train_samples_per_s: number; runtime: string };
  return { samplesPerSecond: line.train_samples_per_s, runtime: line.runtime };
}

/** A seeded uniform generator (mulberry32), so every run trains on the same random data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomData(n: number, width: number, classes: number, seed = 1): TrainArrays {
  const r = rng(seed);
  const x = new Float32Array(n * width);
  for (let i = 0; i < x.length; i++) x[i] = r() * 2 - 1;
  const y = new Float32Array(n);
  for (let i = 0; i < n; i++) y[i] = Math.floor(r() * classes);
  return { x, y, inputShape: [width] };
}

/**
 * Trains `model` (a modelops.yaml `model:` section) for 2 epochs with modelops's fit and returns the samples/s
 * of the second epoch (the first warms up: wasm tier-up, allocations), like torch_reference.py does.
 */
export async function modelopsSamplesPerSecond(opts: {
  model: Record<string, unknown>;
  data: TrainArrays;
  classes: number;
  batchSize: number;
  learningRate: number;
  workers: number;
  backend?: "wasm" | "cpu";
}): Promise<{ samplesPerSecond: number; replicas: number; loss: number }> {
  await initBackend(opts.backend ?? "wasm");
  const config = modelSchema.parse({
    task: "classification",
    data: { target: "y", train: { format: "csv", path: "x.csv" } },
    model: opts.model,
    train: {
      optimizer: "adam",
      learningRate: opts.learningRate,
      batchSize: opts.batchSize,
      epochs: 2,
      workers: opts.workers,
      seed: 1,
    },
  });
  const width = opts.data.inputShape[0]!;
  const model = buildNetwork({
    spec: config.model,
    inputWidth: width,
    task: "classification",
    numClasses: opts.classes,
    seed: 1,
  });
  const empty: TrainArrays = { x: new Float32Array(0), y: new Float32Array(0), inputShape: [width] };
  const ends: number[] = [];
  const history = await fit({
    model,
    data: { train: opts.data, validation: empty },
    task: "classification",
    numClasses: opts.classes,
    train: config.train,
    onEpoch: () => ends.push(performance.now()),
  });
  model.dispose();
  const n = opts.data.y.length;
  return {
    samplesPerSecond: n / ((ends[1]! - ends[0]!) / 1000),
    replicas: history.replicas ?? 1,
    loss: history.epochs.at(-1)!.loss!,
  };
}

export const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
export const round = (x: number, digits = 1) => Number(x.toFixed(digits));
