// The model server: TF Serving REST and Open Inference Protocol v2 over the registry's labelled versions,
// following any store (fs, github) and reporting what it serves, dynamic batching, traffic policy (direct,
// canary, shadow), Prometheus metrics, hot swap, deployment files.
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
export { type OpenStoreOptions, openStore, type RegistrySource, registrySource } from "./registry-source.ts";
export { type RenderedFile, type RenderOptions, renderDeployment } from "./render.ts";
export {
  DEFAULT_BODY_LIMIT,
  DEFAULT_GITHUB_POLL_MS,
  DEFAULT_HOST,
  DEFAULT_LOCAL_POLL_MS,
  DEFAULT_PORT,
  DEFAULT_REQUEST_TIMEOUT_MS,
  defaultPollMs,
  type ModelServer,
  type ModelServing,
  type ServerOptions,
  startServer,
} from "./server.ts";
