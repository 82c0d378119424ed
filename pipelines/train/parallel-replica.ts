// One worker replica of the data-parallel trainer (parallel.ts): builds the model from its JSON and weights,
// then, step after step, computes the gradients of its share of the batch and applies the summed update.
import { workerData } from "node:worker_threads";
import { batchInputs, batchTargets, batchWeights } from "./arrays.ts";
import { initBackend } from "./backend.ts";
import { fusedNetwork, startReplicaFused } from "./fused.ts";
import { registerCustomLayers, reseedDropout } from "./layers.ts";
import { flatUpdater, makeOptimizer } from "./optimizers.ts";
import { CTRL, type ReplicaInit, readGrads, reduceSlots, shard, waitFor, writeSlot } from "./parallel.ts";
import { gradients, trainableVariables } from "./step.ts";
import * as tf from "./tf.ts";

const init = workerData as ReplicaInit;
try {
  await initBackend(init.backend as "wasm");
  registerCustomLayers();
  const model = await tf.models.modelFromJSON(JSON.parse(init.modelJson));
  model.setWeights(init.weights.map((w, i) => tf.tensor(w, model.weights[i]!.shape as number[], "float32")));
  reseedDropout(model, init.seed, init.rank);
  const optimizer = makeOptimizer(init.optimizer);
  const variables = trainableVariables(model);
  const plan = init.fused ? fusedNetwork(model, init.task.numClasses !== undefined) : "off";
  const fused =
    typeof plan === "string"
      ? undefined
      : startReplicaFused(plan, init.task, init.maxBatch, init.seed, init.rank);
  // With the fused steps nothing here predicts through tfjs kernels: the update can write in place.
  const updater = flatUpdater(optimizer, init.optimizer, variables, fused !== undefined);
  Atomics.add(init.ctrl, CTRL.ready, 1);
  let step = 0;
  for (;;) {
    waitFor(init.ctrl, CTRL.go, step + 1, "waiting for the next step", 24 * 3600_000);
    step = Atomics.load(init.ctrl, CTRL.go);
    if (Atomics.load(init.ctrl, CTRL.stop) !== 0) break;
    const parity = step & 1;
    const length = init.lengths[parity]!;
    const lr = init.rates[parity]!;
    const epoch = init.epochs[parity]!;
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
        ...(weights ? { weights } : {}),
        denominator: length,
        regularise: false,
        variables,
      });
      writeSlot(
        init,
        parity,
        init.rank,
        readGrads(grads, variables),
        result.lossSum.dataSync()[0]!,
        result.metricSum.dataSync()[0]!,
      );
      tf.dispose([
        xs,
        ys,
        ...(weights ? [weights] : []),
        ...Object.values(grads),
        result.lossSum,
        result.metricSum,
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
