// Training samples/s of the Keras CIFAR CNN (32x32x3; conv 32-64-128 3x3 relu, each followed by 2x2 max-pool;
// dense 64; dense 10 softmax; adam; batch 32) on the wasm backend with modelops's kernels, on one thread and
// with 2 data-parallel replicas, against PyTorch on the same machine in the same run (torch_reference.py A),
// interleaved round by round. Issue 3 target: at least 0.5x PyTorch.
//   node --import tsx bench/train-cnn.ts [rounds=3]
// On Node 24 the kernels run their relaxed-SIMD build; MODELOPS_WASM_KERNELS=simd128 pins the SIMD128 one (the
// figure without relaxed SIMD on the same runtime).
import { availableParallelism, cpus, loadavg } from "node:os";
import { describeKernelsBuild } from "../pipelines/train/kernels/index.ts";
import {
  median,
  modelopsSamplesPerSecond,
  randomData,
  round,
  torchSamplesPerSecond,
} from "./train-common.ts";

const rounds = Number(process.argv[2] ?? 3);
const model = {
  architecture: "cnn",
  filters: [32, 64, 128],
  kernelSize: 3,
  padding: "valid",
  pooling: "max",
  poolSize: 2,
  dense: [64],
  inputShape: [32, 32, 3],
};
const data = randomData(2048, 32 * 32 * 3, 10);
const torch: number[] = [];
const torch1: number[] = [];
const one: number[] = [];
const two: number[] = [];
let runtime = "";
for (let r = 0; r < rounds; r++) {
  const t = torchSamplesPerSecond("A");
  torch.push(t.samplesPerSecond);
  runtime = t.runtime;
  // One thread as well: on a shared machine PyTorch's 2-thread figure collapses when the other core is busy.
  torch1.push(torchSamplesPerSecond("A", 1).samplesPerSecond);
  two.push(
    (
      await modelopsSamplesPerSecond({
        model,
        data,
        classes: 10,
        batchSize: 32,
        learningRate: 1e-3,
        workers: 2,
      })
    ).samplesPerSecond,
  );
  one.push(
    (
      await modelopsSamplesPerSecond({
        model,
        data,
        classes: 10,
        batchSize: 32,
        learningRate: 1e-3,
        workers: 1,
      })
    ).samplesPerSecond,
  );
  console.error(
    `round ${r + 1}: pytorch ${round(torch.at(-1)!)} (1 thread ${round(torch1.at(-1)!)}), modelops 2 workers ${round(two.at(-1)!)}, 1 worker ${round(one.at(-1)!)} samples/s (load ${loadavg()[0]!.toFixed(1)})`,
  );
}
const ref = median(torch);
console.log(
  JSON.stringify({
    bench: "train-cnn",
    machine: `${availableParallelism()} x ${cpus()[0]?.model ?? "?"}, node ${process.version}`,
    kernels: describeKernelsBuild(),
    rounds,
    reference: runtime,
    pytorch_samples_per_s: round(ref),
    pytorch_1_thread_samples_per_s: round(median(torch1)),
    modelops_wasm_2_workers_samples_per_s: round(median(two)),
    modelops_wasm_1_worker_samples_per_s: round(median(one)),
    ratio_2_workers: round(median(two) / ref, 2),
    ratio_1_worker: round(median(one) / ref, 2),
    ratio_2_workers_vs_pytorch_1_thread: round(median(two) / median(torch1), 2),
    target_ratio: 0.5,
  }),
);
