// `modelops run` on an image model end to end, through the real CLI: tiny IDX files made here (a small slice
// in the Fashion-MNIST layout), a CNN trained for a few epochs, metrics.json with per-class metrics and the
// confusion matrix. And the bad inputs of issue 3, each a one-line error with exit code 2.
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, test } from "@jest/globals";
import { encodeIdx } from "../../pipelines/data/images/idx.ts";
import type { MetricsFile } from "../../pipelines/evaluate/types.ts";
import { MODELOPS_CLI } from "../support/cli.ts";

const CLI = MODELOPS_CLI;

/** 3 classes of 8x8 images: a bright row band at the top, middle or bottom, with noise. */
function images(n: number, seed: number): { pixels: Uint8Array; labels: Uint8Array } {
  let s = seed;
  const rand = () => {
    s = (s * 1103515245 + 12345) >>> 0;
    return (s >>> 16) / 65536;
  };
  const pixels = new Uint8Array(n * 64);
  const labels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const k = i % 3;
    labels[i] = k;
    for (let y = 0; y < 8; y++)
      for (let x = 0; x < 8; x++) {
        const band = Math.floor(y / 3) === k;
        pixels[i * 64 + y * 8 + x] = Math.min(255, Math.round((band ? 180 : 30) + rand() * 60));
      }
  }
  return { pixels, labels };
}

const YAML = (model: string) => `version: 1
models:
  tiny:
    task: classification
    data:
      target: label
      train: { format: idx, images: data/train-images.gz, labels: data/train-labels.gz, classes: [top, middle, bottom] }
      test: { format: idx, images: data/test-images, labels: data/test-labels, classes: [top, middle, bottom] }
    preprocess:
      - augment: { translate: 1, copies: 1 }
    split: { validation: 0.2, seed: 1 }
    model: ${model}
    train: { epochs: 6, batchSize: 16, learningRate: 0.01, workers: 1 }
    evaluate: { latencySamples: 10 }
`;

async function repo(model = "{ architecture: cnn, filters: [4], dense: [8] }") {
  const dir = await mkdtemp(join(tmpdir(), "modelops-images-"));
  await mkdir(join(dir, "data"));
  const train = images(120, 7);
  const test = images(30, 11);
  await writeFile(join(dir, "data/train-images.gz"), gzipSync(encodeIdx([120, 8, 8], train.pixels)));
  await writeFile(join(dir, "data/train-labels.gz"), gzipSync(encodeIdx([120], train.labels)));
  await writeFile(join(dir, "data/test-images"), encodeIdx([30, 8, 8], test.pixels));
  await writeFile(join(dir, "data/test-labels"), encodeIdx([30], test.labels));
  await writeFile(join(dir, "modelops.yaml"), YAML(model));
  return dir;
}

function modelops(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("modelops run on IDX images", () => {
  test("trains a CNN and reports accuracy, per-class metrics and a confusion matrix in metrics.json", async () => {
    const dir = await repo();
    const r = modelops(dir, "run", "-m", "tiny");
    expect(r.stderr).toContain("backend: wasm");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^tiny: key [0-9a-f]{12} trained in .*accuracy/);
    const metrics = JSON.parse(await readFile(join(dir, "runs/tiny/metrics.json"), "utf8")) as MetricsFile;
    expect(metrics.rows).toEqual({ train: 192, validation: 24, test: 30 });
    expect(metrics.metrics.accuracy).toBeGreaterThan(0.9);
    expect(metrics.perClass?.map((c) => c.label)).toEqual(["top", "middle", "bottom"]);
    expect(metrics.perClass?.map((c) => c.support)).toEqual([10, 10, 10]);
    expect(metrics.confusionMatrix?.labels).toEqual(["top", "middle", "bottom"]);
    expect(metrics.confusionMatrix?.matrix.flat().reduce((a, b) => a + b, 0)).toBe(30);
    for (const m of ["roc_auc_ovr", "ece", "precision_macro", "recall_macro"] as const) {
      expect(Number.isFinite(metrics.metrics[m])).toBe(true);
    }
    const report = await readFile(join(dir, "runs/tiny/report.md"), "utf8");
    expect(report).toContain("| accuracy |");
    expect(report).toContain("## Per class");
    expect(report).toContain("| top |");
    expect(report).toContain("## Confusion matrix");
    expect(report).toContain("| true \\ predicted | top | middle | bottom |");
    const transform = JSON.parse(await readFile(join(dir, "runs/tiny/model/preprocessing.json"), "utf8"));
    expect(transform.features).toHaveLength(64);
    expect(transform.target.classes).toEqual(["top", "middle", "bottom"]);
    // Same inputs again: served from the store, nothing trained.
    const again = modelops(dir, "run", "-m", "tiny");
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("cache hit, no training");
  });

  test("bad input: swapped IDX files, a layer spec that cannot be built: one line on stderr, exit 2", async () => {
    const swapped = await repo();
    const yaml = (await readFile(join(swapped, "modelops.yaml"), "utf8")).replace(
      "images: data/train-images.gz, labels: data/train-labels.gz",
      "images: data/train-labels.gz, labels: data/train-images.gz",
    );
    await writeFile(join(swapped, "modelops.yaml"), yaml);
    const a = modelops(swapped, "train", "-m", "tiny");
    expect(a.code).toBe(2);
    expect(a.stderr.trim().split("\n")).toHaveLength(1);
    expect(a.stderr).toContain(
      "data/train-labels.gz: wrong IDX magic number 0x00000801 (ubyte elements, 1 dimensions); expected 0x00000803 for images",
    );

    const badLayer = await repo(
      "{ architecture: layers, layers: [{ conv2d: { filters: 4, kernelSize: 9 } }] }",
    );
    const b = modelops(badLayer, "train", "-m", "tiny");
    expect(b.code).toBe(2);
    const lines = b.stderr
      .trim()
      .split("\n")
      .filter((l) => !l.startsWith("backend:") && !l.startsWith("workers:"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /model\.layers\[0\] \(conv2d\) cannot be built: .*; fix its arguments in modelops\.yaml$/,
    );
  });
});
