// The model server: TF Serving REST and Open Inference Protocol v2 over the registry's labelled versions,
// dynamic batching, traffic policy (direct, canary, shadow), Prometheus metrics, hot swap, deployment files.
export { type BatchingOptions, DEFAULT_BATCHING } from "./batcher.ts";
export { CANARY, type Deployment, PRODUCTION } from "./deployments.ts";
export { DEFAULT_JSON_LIMITS, type JsonLimits } from "./limits.ts";
export { BATCH_BUCKETS, DURATION_BUCKETS } from "./metrics.ts";
export {
  DEFAULT_CANARY_PERCENT,
  DEFAULT_POLICY,
  DEFAULT_SHADOW_PERCENT,
  type ModelPolicy,
  type PolicyOverrides,
  policyFromConfig,
  type Strategy,
} from "./policy.ts";
export { type RenderedFile, type RenderOptions, renderDeployment } from "./render.ts";
export {
  DEFAULT_BODY_LIMIT,
  DEFAULT_HOST,
  DEFAULT_PORT,
  DEFAULT_REQUEST_TIMEOUT_MS,
  type ModelServer,
  type ModelServing,
  type ServerOptions,
  startServer,
} from "./server.ts";
