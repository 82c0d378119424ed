// The training engine. tfjs itself is imported from ./tf.ts (one instance for the whole engine).
export * from "./backend.ts";
export * from "./fit.ts";
export * from "./mlp.ts";
export * from "./model-io.ts";
export * from "./models/index.ts";
