// Fashion-MNIST time-to-accuracy: `modelops run -m fashion` in examples/fashion-mnist (the full 60,000 training
// and 10,000 test images of Debian's dataset-fashion-mnist), test accuracy and wall time, then PyTorch's
// reference on the same machine (torch_reference.py F: a 2-conv net, 5 epochs). Issue 3 target: accuracy
// >= 0.93 with training under 15 minutes.
//   node --import tsx bench/train-fashion.ts [--no-torch] [--config other/modelops.yaml]
import { execFileSync } from "node:child_process";
import { existsSync, symlinkSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { getModel, loadConfig } from "../pipelines/config/index.ts";
import { Registry } from "../pipelines/registry/index.ts";
import { runModel } from "../pipelines/run/run.ts";
import { TORCH_REFERENCE } from "./train-common.ts";

// The example links Debian's dataset-fashion-mnist files into its data/ (examples/fashion-mnist/README.md).
const DATASET = "/usr/share/datasets/fashion-mnist";
const exampleData = resolve("examples/fashion-mnist/data");
for (const f of [
  "train-images-idx3-ubyte.gz",
  "train-labels-idx1-ubyte.gz",
  "t10k-images-idx3-ubyte.gz",
  "t10k-labels-idx1-ubyte.gz",
]) {
  if (!existsSync(join(exampleData, f))) {
    if (!existsSync(join(DATASET, f)))
      throw new Error(`no ${join(DATASET, f)}: apt-get install dataset-fashion-mnist`);
    symlinkSync(join(DATASET, f), join(exampleData, f));
  }
}
const at = process.argv.indexOf("--config");
const configFile = resolve(at > 0 ? process.argv[at + 1]! : "examples/fashion-mnist/modelops.yaml");
const loaded = await loadConfig(configFile);
const { name, config } = getModel(loaded, "fashion");
const out = await mkdtemp(join(tmpdir(), "modelops-fashion-"));
const registry = await Registry.open(join(out, ".modelops"));
const loads: number[] = [];
const started = performance.now();
const result = await runModel(
  { configDir: loaded.dir, name, config },
  {
    outDir: join(out, "run"),
    registry,
    force: true,
    log: (line) => {
      loads.push(loadavg()[0]!);
      console.error(`${((performance.now() - started) / 1000).toFixed(0)}s ${line}`);
    },
    onEpoch: (epoch, epochs, loss) =>
      console.error(
        `${((performance.now() - started) / 1000).toFixed(0)}s epoch ${epoch}/${epochs} loss ${loss.toFixed(4)} (load ${loadavg()[0]!.toFixed(1)})`,
      ),
  },
);
const wall = (performance.now() - started) / 1000;
const { readFile } = await import("node:fs/promises");
const history = JSON.parse(await readFile(join(out, "run", "history.json"), "utf8"));
const figures: Record<string, unknown> = {
  bench: "train-fashion",
  machine: `${availableParallelism()} x ${cpus()[0]?.model ?? "?"}, node ${process.version}`,
  load_at_start: loads[0],
  load_at_end: loadavg()[0],
  epochs: history.epochs.length,
  replicas: history.replicas ?? 1,
  train_seconds: Number(history.seconds.toFixed(1)),
  run_seconds: Number(wall.toFixed(1)),
  test_accuracy: result.metrics.metrics.accuracy,
  f1_macro: result.metrics.metrics.f1_macro,
  target: "accuracy >= 0.93, training < 900 s",
};
console.log(JSON.stringify(figures));
if (!process.argv.includes("--no-torch")) {
  const torch = execFileSync("/usr/bin/python3", [TORCH_REFERENCE, "F", "2", "5"], { encoding: "utf8" });
  console.log(JSON.stringify({ ...figures, reference: JSON.parse(torch.trim().split("\n").at(-1)!) }));
}
