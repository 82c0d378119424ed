// In-process CNN inference (issue 19): the Fashion-MNIST example's network (examples/fashion-mnist: conv 32
// and 64 3x3 same + 2x2 max pooling, dense 256, 4.64 M multiply-adds per image), images per second at batch 1
// and 64, in one run, rounds interleaved:
//   - modelops tfjs: the server's tfjs path on the wasm backend (predictOnBatch; the saved CNN loads as a
//     functional model);
//   - modelops onnxruntime: the engine the server runs when it picks onnxruntime (pipelines/onnx/backend.ts:
//     the native session's synchronous run), 1 and 2 intra-op threads;
//   - onnxruntime-node's public API (InferenceSession.run, awaited), 1 and 2 threads: the reference for "our
//     overhead around the runtime";
//   - PyTorch (bench/infer-cnn-torch.py, same network and weights layout), 1 and 2 threads, when
//     /usr/bin/python3 has torch (Debian python3-torch).
//   node --import tsx bench/infer-cnn.ts [--seconds 2] [--rounds 3]
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { modelSchema } from "../pipelines/config/schema.ts";
import { onnxEngines } from "../pipelines/onnx/backend.ts";
import { exportOnnx, onnxRuntime } from "../pipelines/onnx/index.ts";
import { initBackend } from "../pipelines/train/backend.ts";
import { loadModel, saveModel } from "../pipelines/train/model-io.ts";
import { buildNetwork } from "../pipelines/train/models/index.ts";
import * as tf from "../pipelines/train/tf.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : fallback;
};
const SECONDS = Number(opt("seconds", "2"));
const ROUNDS = Number(opt("rounds", "3"));
const BATCHES = [1, 64];
const PIXELS = 28 * 28;

await initBackend("wasm");
const yaml = parse(readFileSync(path.join(here, "../examples/fashion-mnist/modelops.yaml"), "utf8"));
const config = Object.values(yaml.models as Record<string, Record<string, unknown>>)[0]!;
const spec = modelSchema.parse({
  task: "classification",
  data: { target: "y", train: { format: "csv", path: "x.csv" } },
  model: config.model,
}).model;
const built = buildNetwork({
  spec,
  inputWidth: PIXELS,
  sampleShape: [28, 28, 1],
  task: "classification",
  numClasses: 10,
  seed: 42,
});
const dir = await mkdtemp(path.join(tmpdir(), "infer-cnn-"));
await saveModel(built, dir);
built.dispose();
const model = await loadModel(dir); // as the server loads it
const check = { x: Float32Array.from({ length: 256 * PIXELS }, (_, i) => ((i * 7919) % 256) / 255), n: 256 };
const report = await exportOnnx(model, dir, check, (l) => console.error(l));
if (!report.exported) throw new Error(`export failed: ${report.reason}`);

type Runner = (x: Float32Array, n: number) => unknown;
const runners: Record<string, Runner> = {
  "modelops tfjs (wasm)": (x, n) =>
    tf.tidy(() => (model.predictOnBatch(tf.tensor2d(x, [n, PIXELS])) as tf.Tensor).dataSync()),
};
const engines = await onnxEngines(dir, [PIXELS]);
if (typeof engines === "string") throw new Error(engines);
for (const threads of [1, 2]) {
  process.env.MODELOPS_ONNX_THREADS = String(threads);
  const one = await onnxEngines(dir, [PIXELS]);
  if (typeof one === "string") throw new Error(one);
  const engine = one[0]!;
  runners[`modelops ${engine.name}`] = (x, n) => engine.run(x, n);
}
const ort = await onnxRuntime();
if (typeof ort === "string") throw new Error(ort);
const sessions: Record<string, import("onnxruntime-node").InferenceSession> = {};
for (const threads of [1, 2]) {
  sessions[threads] = await ort.InferenceSession.create(path.join(dir, "model.onnx"), {
    intraOpNumThreads: threads,
    interOpNumThreads: 1,
    executionMode: "sequential",
    graphOptimizationLevel: "all",
    // the session options of our engine (pool threads sleep between calls, pipelines/onnx/backend.ts), so the
    // ratio measures our overhead around the runtime, not the spinning setting
    extra: { session: { intra_op: { allow_spinning: "0" } } },
  });
}

/** Images per second of `run` at batch n for SECONDS. */
async function measure(run: (x: Float32Array, n: number) => unknown, n: number): Promise<number> {
  const x = check.x.subarray(0, n * PIXELS);
  for (let i = 0; i < 5; i++) await run(x, n);
  let images = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < SECONDS * 1000) {
    await run(x, n);
    images += n;
  }
  return images / ((performance.now() - t0) / 1000);
}

function torch(threads: number): Record<string, number> | string {
  const res = spawnSync(
    "/usr/bin/python3",
    [path.join(here, "infer-cnn-torch.py"), String(threads), String(SECONDS)],
    {
      encoding: "utf8",
    },
  );
  if (res.status !== 0) return `PyTorch not measured: ${res.stderr.trim().split("\n").at(-1)}`;
  return JSON.parse(res.stdout.trim().split("\n").at(-1)!) as Record<string, number>;
}

const figures: Record<string, number[][]> = {};
const add = (name: string, batch: number, v: number) => {
  figures[name] ??= BATCHES.map(() => []);
  figures[name]![BATCHES.indexOf(batch)]!.push(v);
};
let torchNote = "";
for (let r = 0; r < ROUNDS; r++) {
  for (const [name, run] of Object.entries(runners))
    for (const b of BATCHES) add(name, b, await measure(run, b));
  for (const t of [1, 2]) {
    const session = sessions[t]!;
    const run = async (x: Float32Array, n: number) =>
      (await session.run({ input: new ort.Tensor("float32", x, [n, PIXELS]) })).output!.data;
    for (const b of BATCHES)
      add(
        `onnxruntime-node ${ort.env.versions.node} API (${t} thread${t > 1 ? "s" : ""})`,
        b,
        await measure(run, b),
      );
  }
  for (const t of [1, 2]) {
    const res = torch(t);
    if (typeof res === "string") torchNote = res;
    else
      for (const b of BATCHES)
        add(`PyTorch ${res.version ?? ""} (${t} thread${t > 1 ? "s" : ""})`, b, res[`batch${b}`]!);
  }
  console.error(`round ${r + 1} of ${ROUNDS} done`);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const rows = Object.entries(figures).map(([name, perBatch]) => ({
  name,
  ...Object.fromEntries(BATCHES.map((b, i) => [`batch${b}_images_per_s`, Math.round(median(perBatch[i]!))])),
}));
console.log(
  JSON.stringify({
    bench: "infer-cnn",
    model: "examples/fashion-mnist (4.64 M multiply-adds per image)",
    seconds: SECONDS,
    rounds: ROUNDS,
    cpus: cpus().length,
    loadavg: loadavg().map((l) => Number(l.toFixed(2))),
    rows,
    ...(torchNote ? { torch: torchNote } : {}),
  }),
);
for (const e of engines) e.dispose();
model.dispose();
await writeFile(path.join(dir, "done"), "");
await rm(dir, { recursive: true, force: true });
