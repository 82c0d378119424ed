// The model server: TF Serving REST over the registry's production versions, Prometheus metrics, hot swap.
export { type Deployment, PRODUCTION } from "./deployments.ts";
export { DURATION_BUCKETS } from "./metrics.ts";
export {
  DEFAULT_BODY_LIMIT,
  DEFAULT_HOST,
  DEFAULT_PORT,
  type ModelServer,
  type ModelServing,
  type ServerOptions,
  startServer,
} from "./server.ts";
