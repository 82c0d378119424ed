// One gradient step of a Keras model without model.fit: the loss Keras would compute (categorical
// crossentropy on the softmax output, or mean squared error), optional per-class weights, the layers'
// regularisation losses, and the batch's accuracy (or absolute error) from the same forward pass. The data-parallel
// trainer calls the same function on each worker with its share of the batch.
import * as tf from "./tf.ts";

export interface StepTask {
  /** Classification: number of classes (one-hot targets, softmax output). Undefined: regression. */
  numClasses?: number;
  /** Classification: the targets are (1 - s) one-hot + s / classes (Keras's label_smoothing). */
  labelSmoothing?: number;
}

export interface StepResult {
  /** Sum over the batch of (weighted) per-sample losses, before the division by the batch size. */
  lossSum: tf.Scalar;
  /** Classification: samples predicted right; regression: sum of absolute errors. */
  metricSum: tf.Scalar;
}

/** The tf.Variables behind the model's trainable weights, in model order. */
export function trainableVariables(model: tf.LayersModel): tf.Variable[] {
  return model.trainableWeights.map((w) => w.read() as tf.Variable);
}

/** Per-sample loss [batch]: Keras's categorical crossentropy (clipped, label smoothing) or squared error. */
export function perSampleLoss(task: StepTask, ys: tf.Tensor, predictions: tf.Tensor): tf.Tensor {
  if (task.numClasses !== undefined) {
    const s = task.labelSmoothing ?? 0;
    const targets = s > 0 ? tf.add(tf.mul(ys, 1 - s), s / task.numClasses) : ys;
    return tf.metrics.categoricalCrossentropy(targets, predictions);
  }
  return tf.squaredDifference(predictions, ys).mean(-1);
}

function metricSum(task: StepTask, ys: tf.Tensor, predictions: tf.Tensor): tf.Scalar {
  if (task.numClasses !== undefined) {
    return tf.equal(predictions.argMax(-1), ys.argMax(-1)).cast("float32").sum() as tf.Scalar;
  }
  return tf.abs(tf.sub(predictions, ys)).sum() as tf.Scalar;
}

/**
 * Gradients of (sum of weighted per-sample losses) / `denominator` + regularisation (when `regularise`),
 * on the model in training mode (dropout on). Returns the gradients by variable name and the step's sums; the
 * caller owns every returned tensor.
 */
export function gradients(opts: {
  model: tf.LayersModel;
  task: StepTask;
  xs: tf.Tensor;
  ys: tf.Tensor;
  weights?: tf.Tensor;
  denominator: number;
  regularise: boolean;
  variables: tf.Variable[];
}): { grads: tf.NamedTensorMap; result: StepResult } {
  let sums: StepResult | undefined;
  const { grads, value } = tf.variableGrads(() => {
    const predictions = opts.model.apply(opts.xs, { training: true }) as tf.Tensor;
    let losses = perSampleLoss(opts.task, opts.ys, predictions);
    if (opts.weights) losses = tf.mul(losses, opts.weights);
    const lossSum = losses.sum() as tf.Scalar;
    sums = {
      lossSum: tf.keep(lossSum.clone()),
      metricSum: tf.keep(metricSum(opts.task, opts.ys, predictions)),
    };
    let total = tf.div(lossSum, opts.denominator) as tf.Scalar;
    if (opts.regularise) {
      const model = opts.model as unknown as { calculateLosses(): tf.Scalar[] };
      for (const extra of model.calculateLosses()) total = tf.add(total, extra);
    }
    return total;
  }, opts.variables);
  value.dispose();
  return { grads, result: sums! };
}

/** One full step on one thread: gradients of the batch, then the optimizer's update. */
export function trainStep(opts: {
  model: tf.LayersModel;
  optimizer: tf.Optimizer;
  task: StepTask;
  xs: tf.Tensor;
  ys: tf.Tensor;
  weights?: tf.Tensor;
  variables: tf.Variable[];
}): StepResult {
  const { grads, result } = gradients({ ...opts, denominator: opts.xs.shape[0]!, regularise: true });
  opts.optimizer.applyGradients(grads);
  tf.dispose(grads);
  return result;
}
