// Layer helpers shared by the model builders and the training workers: seeded dropout, kernel initialisers by
// activation, and the registration of modelops's own layer classes with tfjs's serialization (so a saved
// model and a worker's copy load them).
import seedrandom from "seedrandom";
import type { ModelSpec } from "../config/schema.ts";
import { registerAttentionLayers } from "./models/attention.ts";
import * as tf from "./tf.ts";

type Activation = Extract<ModelSpec, { architecture: "mlp" }>["activation"];

/** Independent 32-bit seeds derived from the config seed and a purpose. */
export function seedStream(seed: number, purpose: string): () => number {
  const rng = seedrandom(`modelops:${purpose}:${seed}`);
  return () => rng.int32() >>> 0;
}

/**
 * tfjs's Dropout draws its mask from `this.seed` on every call: unset, it uses Math.random (not
 * reproducible); set, it draws the same mask at every step. So each forward pass gets the next seed of a
 * seeded stream, and the layer's saved config carries no seed (it is the stock Dropout once loaded).
 */
export function seededDropout(layer: tf.layers.Layer, next: () => number): tf.layers.Layer {
  const holder = layer as unknown as { seed?: number };
  const call = layer.call.bind(layer);
  layer.call = (inputs, kwargs) => {
    holder.seed = next();
    try {
      return call(inputs, kwargs);
    } finally {
      holder.seed = undefined;
    }
  };
  return layer;
}

/** Gives every Dropout-like layer of a loaded model its own seeded stream (per data-parallel replica). */
export function reseedDropout(model: tf.LayersModel, seed: number, replica: number): void {
  for (const layer of model.layers) {
    if (/Dropout/.test(layer.getClassName())) {
      seededDropout(layer, seedStream(seed, `dropout:${layer.name}:replica${replica}`));
    }
  }
}

/** Registers modelops's custom layer classes with tfjs serialization (idempotent). */
export function registerCustomLayers(): void {
  registerAttentionLayers();
}

/** He for the rectifier family, LeCun for selu (self-normalising), Glorot for the saturating ones. */
export function initializerFor(activation: Activation, seed: number) {
  switch (activation) {
    case "relu":
    case "elu":
    case "gelu":
    case "swish":
      return tf.initializers.heNormal({ seed });
    case "selu":
      return tf.initializers.leCunNormal({ seed });
    default:
      return tf.initializers.glorotUniform({ seed });
  }
}
