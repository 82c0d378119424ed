export * from "./evaluate.ts";
export * from "./latency.ts";
export * from "./metrics.ts";
export * from "./types.ts";
