// Optimizers by their modelops.yaml names, a learning rate that can change between steps (schedules), and
// AdamW's decoupled weight decay, which tfjs does not have: w <- w - lr * decay * w after Adam's update, on
// kernels only (not biases, not normalisation parameters), as in Loshchilov & Hutter and Keras's AdamW.
import type { OptimizerSpec } from "./parallel.ts";
import * as tf from "./tf.ts";

export function makeOptimizer(spec: OptimizerSpec): tf.Optimizer {
  const lr = spec.learningRate;
  switch (spec.name) {
    case "sgd":
      return tf.train.sgd(lr);
    case "momentum":
      return tf.train.momentum(lr, 0.9);
    case "adam":
    case "adamw":
      return tf.train.adam(lr);
    case "rmsprop":
      return tf.train.rmsprop(lr);
    case "adagrad":
      return tf.train.adagrad(lr);
  }
}

/** Sets the learning rate used by the next applyGradients. */
export function setLearningRate(optimizer: tf.Optimizer, lr: number): void {
  const o = optimizer as unknown as { learningRate: number; setLearningRate?: (lr: number) => void };
  if (o.learningRate === lr) return;
  if (typeof o.setLearningRate === "function") o.setLearningRate(lr);
  else o.learningRate = lr;
}

/** Applies gradients given as flat arrays (variable order), then AdamW's decay where asked. */
export function applyFlat(
  optimizer: tf.Optimizer,
  spec: OptimizerSpec,
  variables: tf.Variable[],
  flat: Float32Array[],
  lr: number,
): void {
  setLearningRate(optimizer, lr);
  const grads: tf.NamedTensorMap = {};
  variables.forEach((v, i) => {
    grads[v.name] = tf.tensor(flat[i]!, v.shape, "float32");
  });
  optimizer.applyGradients(grads);
  tf.dispose(Object.values(grads));
  decay(spec, variables, lr);
}

/** Applies named gradient tensors (one thread), then AdamW's decay where asked. */
export function applyNamed(
  optimizer: tf.Optimizer,
  spec: OptimizerSpec,
  variables: tf.Variable[],
  grads: tf.NamedTensorMap,
  lr: number,
): void {
  setLearningRate(optimizer, lr);
  optimizer.applyGradients(grads);
  decay(spec, variables, lr);
}

function decay(spec: OptimizerSpec, variables: tf.Variable[], lr: number): void {
  const wd = spec.name === "adamw" ? (spec.weightDecay ?? 0.01) : 0;
  if (wd === 0) return;
  const factor = 1 - lr * wd;
  tf.tidy(() => {
    for (const v of variables) if (decays(v)) v.assign(tf.mul(v, factor));
  });
}

/** Kernels (matrices and filters) decay; biases, gammas and betas (rank 1) do not. */
const decays = (v: tf.Variable) => v.rank >= 2;
