export * from "./diff.ts";
export * from "./evaluate.ts";
export * from "./gates.ts";
export * from "./latency.ts";
export * from "./metrics.ts";
export * from "./types.ts";
