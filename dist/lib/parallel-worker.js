import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  CTRL,
  batchInputs,
  batchTargets,
  batchWeights,
  exports_models_exports,
  flatUpdater,
  fusedNetwork,
  gradients,
  initBackend,
  makeOptimizer,
  readGrads,
  reduceSlots,
  registerCustomLayers,
  reseedDropout,
  shard,
  startReplicaFused,
  trainableVariables,
  waitFor,
  writeSlot
} from "./chunk-UOFP67N6.js";
import "./chunk-IZDZPW4P.js";
import {
  dispose,
  tensor
} from "./chunk-VJTP6C54.js";
import "./chunk-HKHWRQYA.js";

// pipelines/train/parallel-replica.ts
import { workerData } from "node:worker_threads";
var init = workerData;
try {
  await initBackend(init.backend);
  registerCustomLayers();
  const model = await exports_models_exports.modelFromJSON(JSON.parse(init.modelJson));
  model.setWeights(init.weights.map((w, i) => tensor(w, model.weights[i].shape, "float32")));
  reseedDropout(model, init.seed, init.rank);
  const optimizer = makeOptimizer(init.optimizer);
  const variables = trainableVariables(model);
  const plan = init.fused ? fusedNetwork(model, init.task.numClasses !== void 0) : "off";
  const fused = typeof plan === "string" ? void 0 : startReplicaFused(plan, init.task, init.maxBatch, init.seed, init.rank);
  const updater = flatUpdater(optimizer, init.optimizer, variables, fused !== void 0);
  Atomics.add(init.ctrl, CTRL.ready, 1);
  let step = 0;
  for (; ; ) {
    waitFor(init.ctrl, CTRL.go, step + 1, "waiting for the next step", 24 * 36e5);
    step = Atomics.load(init.ctrl, CTRL.go);
    if (Atomics.load(init.ctrl, CTRL.stop) !== 0) break;
    const parity = step & 1;
    const length = init.lengths[parity];
    const lr = init.rates[parity];
    const epoch = init.epochs[parity];
    const [from, to] = shard(length, init.rank, init.replicas);
    const all = init.indices.subarray(parity * init.maxBatch, parity * init.maxBatch + length);
    const mine = all.subarray(from, to);
    if (mine.length > 0 && fused) {
      const c = init.task.numClasses;
      const sums = fused.gradients(init.data, mine, c, init.classWeights, epoch, length, false);
      writeSlot(init, parity, init.rank, fused.gradViews(), sums.lossSum, sums.metricSum);
    } else if (mine.length > 0) {
      const xs = batchInputs(init.data, mine, epoch);
      const ys = batchTargets(init.data, mine, init.task.numClasses);
      const weights = batchWeights(init.data, mine, init.classWeights);
      const { grads, result } = gradients({
        model,
        task: init.task,
        xs,
        ys,
        ...weights ? { weights } : {},
        denominator: length,
        regularise: false,
        variables
      });
      writeSlot(
        init,
        parity,
        init.rank,
        readGrads(grads, variables),
        result.lossSum.dataSync()[0],
        result.metricSum.dataSync()[0]
      );
      dispose([
        xs,
        ys,
        ...weights ? [weights] : [],
        ...Object.values(grads),
        result.lossSum,
        result.metricSum
      ]);
    } else {
      writeSlot(init, parity, init.rank, [], 0, 0);
    }
    Atomics.store(init.ctrl, CTRL.done + init.rank, step);
    Atomics.notify(init.ctrl, CTRL.done + init.rank);
    for (let r = 0; r < init.replicas; r++)
      if (r !== init.rank) waitFor(init.ctrl, CTRL.done + r, step, "waiting for the other replicas");
    const reduced = reduceSlots(init.grads, parity, init.replicas, init.params);
    updater.applySum(reduced.parts, lr);
  }
  fused?.dispose();
  updater.dispose();
  optimizer.dispose();
  model.dispose();
} catch (err) {
  Atomics.store(init.ctrl, CTRL.error, 1);
  Atomics.notify(init.ctrl, CTRL.done + init.rank);
  throw err;
}
