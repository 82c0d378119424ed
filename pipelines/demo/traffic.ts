// Live traffic for the demo: a few concurrent clients calling the TF Serving predict endpoint in a loop,
// counting failures and which model version answered (the server's X-Model-Version header).
export interface TrafficSummary {
  requests: number;
  failed: number;
  /** Requests answered, by model version. */
  byVersion: Record<string, number>;
  /** The first few failures, for the report. */
  failures: string[];
}

export function startTraffic(opts: {
  url: string;
  model: string;
  instances: unknown[];
  concurrency?: number;
  /** Safety bound: the clients stop by themselves after this long even if nobody calls stop(). */
  maxSeconds?: number;
}): { stop(): Promise<TrafficSummary> } {
  const summary: TrafficSummary = { requests: 0, failed: 0, byVersion: {}, failures: [] };
  const deadline = Date.now() + (opts.maxSeconds ?? 120) * 1000;
  let stopping = false;
  const endpoint = `${opts.url}/v1/models/${opts.model}:predict`;
  const body = JSON.stringify({ instances: opts.instances });
  const client = async () => {
    while (!stopping && Date.now() < deadline) {
      summary.requests++;
      try {
        const res = await fetch(endpoint, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body,
        });
        const payload = (await res.json()) as { predictions?: unknown[]; error?: string };
        if (!res.ok || !Array.isArray(payload.predictions))
          throw new Error(`HTTP ${res.status} ${payload.error ?? ""}`);
        const version = res.headers.get("x-model-version") ?? "unknown";
        summary.byVersion[version] = (summary.byVersion[version] ?? 0) + 1;
      } catch (error) {
        summary.failed++;
        if (summary.failures.length < 5) summary.failures.push(String((error as Error).message));
      }
    }
  };
  const clients = Array.from({ length: opts.concurrency ?? 4 }, client);
  return {
    async stop() {
      stopping = true;
      await Promise.all(clients);
      return summary;
    },
  };
}
