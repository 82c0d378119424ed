// How a model's requests are served: the traffic policy (modelops.yaml `deploy:`), dynamic batching and the
// versions pinned in memory. The config is the source; command-line flags override it for every model.
import type { ModelConfig } from "../config/schema.ts";
import { type BatchingOptions, DEFAULT_BATCHING } from "./batcher.ts";

export type Strategy = "direct" | "canary" | "shadow" | "ab";

export interface ModelPolicy {
  /**
   * direct: the default label answers; canary: `canaryPercent` of the requests that name no version or label
   * go to the `canary` label (sticky per request id); shadow: the default label answers and `shadowPercent`
   * of those requests are also run on the `canary` label, whose answers are discarded and measured.
   */
  strategy: Strategy;
  canaryPercent: number;
  shadowPercent: number;
  /** Dynamic batching; undefined: every request is its own model call. */
  batching: BatchingOptions | undefined;
  /** Versions kept loaded besides the labelled ones, reachable at /versions/{v}. */
  pinned: number[];
}

/** Share of traffic on a canary when the config names none. */
export const DEFAULT_CANARY_PERCENT = 10;
/** Share of traffic mirrored to a shadow when the config names none. */
export const DEFAULT_SHADOW_PERCENT = 100;

export const DEFAULT_POLICY: ModelPolicy = {
  strategy: "direct",
  canaryPercent: DEFAULT_CANARY_PERCENT,
  shadowPercent: DEFAULT_SHADOW_PERCENT,
  batching: DEFAULT_BATCHING,
  pinned: [],
};

/** Overrides from the command line; each field set wins over the config for every model. */
export interface PolicyOverrides {
  strategy?: Strategy;
  canaryPercent?: number;
  shadowPercent?: number;
  /** `false` turns batching off. */
  batching?: Partial<BatchingOptions> | false;
}

/** The policy a model's `deploy:` section asks for. The first canary step is the canary's share. */
export function policyFromConfig(deploy: ModelConfig["deploy"] | undefined): ModelPolicy {
  if (!deploy) return { ...DEFAULT_POLICY };
  const batching = deploy.batching
    ? deploy.batching.maxBatchSize <= 1
      ? undefined
      : { ...deploy.batching }
    : DEFAULT_BATCHING;
  return {
    strategy: deploy.strategy,
    canaryPercent:
      deploy.strategy === "ab"
        ? (deploy.ab?.percent ?? 50)
        : (deploy.canary?.steps[0] ?? DEFAULT_CANARY_PERCENT),
    shadowPercent: deploy.shadow?.percent ?? DEFAULT_SHADOW_PERCENT,
    batching,
    pinned: [...new Set(deploy.pinned ?? [])].sort((a, b) => a - b),
  };
}

export function applyOverrides(policy: ModelPolicy, o: PolicyOverrides | undefined): ModelPolicy {
  if (!o) return policy;
  const out = { ...policy };
  if (o.strategy !== undefined) out.strategy = o.strategy;
  if (o.canaryPercent !== undefined) out.canaryPercent = o.canaryPercent;
  if (o.shadowPercent !== undefined) out.shadowPercent = o.shadowPercent;
  if (o.batching === false) out.batching = undefined;
  else if (o.batching !== undefined) {
    const b = { ...(out.batching ?? DEFAULT_BATCHING), ...o.batching };
    out.batching = b.maxBatchSize <= 1 ? undefined : b;
  }
  return out;
}

/** 32-bit FNV-1a of a request id: the same id lands in the same bucket on every server. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A request's position in [0, 100): a hash of its request id (sticky: a client that sends the same id gets
 * the same side, and raising the percentage only moves requests towards the canary), random without one.
 */
export function trafficBucket(requestId: string | undefined): number {
  if (requestId === undefined || requestId === "") return Math.random() * 100;
  return (fnv1a(requestId) % 10_000) / 100;
}

export function describePolicy(p: ModelPolicy): string {
  const strategy =
    p.strategy === "canary"
      ? `canary ${p.canaryPercent}%`
      : p.strategy === "ab"
        ? `A/B test, ${p.canaryPercent}% to the candidate`
        : p.strategy === "shadow"
          ? `shadow ${p.shadowPercent}%`
          : "direct";
  const batching = p.batching
    ? `batching up to ${p.batching.maxBatchSize} rows, ${p.batching.batchTimeoutMicros} µs`
    : "no batching";
  return `${strategy}, ${batching}`;
}
