// The one tfjs import point of the engine: `import * as tf from "../train/tf.ts"`. Every module that touches
// tensors goes through here, so training, evaluation and serving share one tfjs instance (one engine, one
// backend registry) and the native backends register where we look for them.
export * from "@tensorflow/tfjs";
