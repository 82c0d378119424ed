// Training samples/s of an MLP 20-64-64-3 (relu, softmax, adam, batch 64) with modelops's training loop on the
// wasm backend, against PyTorch on the same machine in the same run (torch_reference.py B), interleaved.
// Issue 3 target: at least 1.0x PyTorch.
//   node --import tsx bench/train-mlp.ts [rounds=3]
import { availableParallelism, cpus, loadavg } from "node:os";
import {
  median,
  modelopsSamplesPerSecond,
  randomData,
  round,
  torchSamplesPerSecond,
} from "./train-common.ts";

const rounds = Number(process.argv[2] ?? 3);
const model = { architecture: "mlp", dense: [64, 64], activation: "relu" };
const data = randomData(20_000, 20, 3);
const torch: number[] = [];
const torch1: number[] = [];
const wasm: number[] = [];
const cpu: number[] = [];
let runtime = "";
for (let r = 0; r < rounds; r++) {
  const t = torchSamplesPerSecond("B");
  torch.push(t.samplesPerSecond);
  runtime = t.runtime;
  // One thread as well: on a shared machine PyTorch's 2-thread figure collapses when the other core is busy.
  torch1.push(torchSamplesPerSecond("B", 1).samplesPerSecond);
  wasm.push(
    (
      await modelopsSamplesPerSecond({
        model,
        data,
        classes: 3,
        batchSize: 64,
        learningRate: 1e-3,
        workers: 1,
      })
    ).samplesPerSecond,
  );
  cpu.push(
    (
      await modelopsSamplesPerSecond({
        model,
        data,
        classes: 3,
        batchSize: 64,
        learningRate: 1e-3,
        workers: 1,
        backend: "cpu",
      })
    ).samplesPerSecond,
  );
  console.error(
    `round ${r + 1}: pytorch ${round(torch.at(-1)!)} (1 thread ${round(torch1.at(-1)!)}), modelops wasm ${round(wasm.at(-1)!)}, cpu ${round(cpu.at(-1)!)} samples/s (load ${loadavg()[0]!.toFixed(1)})`,
  );
}
const ref = median(torch);
console.log(
  JSON.stringify({
    bench: "train-mlp",
    machine: `${availableParallelism()} x ${cpus()[0]?.model ?? "?"}, node ${process.version}`,
    rounds,
    reference: runtime,
    pytorch_samples_per_s: round(ref),
    pytorch_1_thread_samples_per_s: round(median(torch1)),
    modelops_wasm_samples_per_s: round(median(wasm)),
    modelops_cpu_samples_per_s: round(median(cpu)),
    ratio_wasm: round(median(wasm) / ref, 2),
    ratio_cpu: round(median(cpu) / ref, 2),
    ratio_wasm_vs_pytorch_1_thread: round(median(wasm) / median(torch1), 2),
    target_ratio: 1.0,
  }),
);
