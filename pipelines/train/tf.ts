// The one tfjs import point of the engine: `import * as tf from "../train/tf.ts"`. Every module that touches
// tensors goes through here, so training, evaluation and serving share one tfjs instance (one engine, one
// backend registry) and the native backends register where we look for them.
//
// The parts, not the umbrella @tensorflow/tfjs: core, layers and the cpu backend are what the engine uses
// (wasm loads in backend.ts); the umbrella adds the webgl backend, the converter and tfjs-data, which nothing
// here needs and which more than doubled the installed size. tfjs-layers registers the gradients; the chained
// tensor methods (`t.flatten()`, which tfjs-layers itself calls) come from tfjs-chained-ops.js, generated from
// tfjs-core's own (see chained-ops-gen.ts), with their types from tfjs-core's declarations.
import type {} from "@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops.js";
import "@tensorflow/tfjs-backend-cpu";
import "./tfjs-chained-ops.js";
import { version_core } from "@tensorflow/tfjs-core";
import { version_layers } from "@tensorflow/tfjs-layers";

export * from "@tensorflow/tfjs-core";
export * from "@tensorflow/tfjs-layers";

/** The umbrella's version record, for the `generatedBy` of saved models. */
export const version = { tfjs: version_layers, "tfjs-core": version_core, "tfjs-layers": version_layers };
