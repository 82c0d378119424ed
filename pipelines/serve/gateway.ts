// `modelops deploy gateway`: keeps the nginx gateway's canary split (topology `split: gateway`) on the share
// the store holds. It polls the store's change signal like a model server, and when a rollout moves a
// model's share (`modelops monitor canary`, the A/B loop) it rewrites the split file `deploy render` wrote
// and runs nginx's reload command, so the gateway follows the rollout without a new render.
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import writeFileAtomic from "write-file-atomic";
import type { ModelopsConfig } from "../config/schema.ts";
import { ModelopsError } from "../errors.ts";
import type { ModelStore } from "../registry/model-store.ts";
import { type ModelPolicy, policyFromConfig } from "./policy.ts";
import { renderSplitFile } from "./render.ts";

export interface GatewayOptions {
  store: ModelStore;
  /** The parsed modelops.yaml: which models split and their share when the store sets none. */
  config: ModelopsConfig;
  /** The deployment's name, as given to `deploy render --name`. */
  name: string;
  /** The split file nginx includes (the rendered nginx/modelops-split.conf, where nginx reads it). */
  splitFile: string;
  /** Run after each rewrite: the command and its arguments, e.g. ["nginx", "-s", "reload"]. */
  reload: string[];
  /** How often the store's change signal is read, in milliseconds. */
  pollMs: number;
  log: (line: string) => void;
}

export interface GatewayFollower {
  /** Reads the store now; rewrites the split file and reloads nginx when a share changed. True if it did. */
  sync(): Promise<boolean>;
  /** Stops polling; waits for a sync in progress. */
  close(): Promise<void>;
}

/** The policies the gateway applies now: the config's, with each model's share from the store where it has one. */
export async function gatewayPolicies(
  store: ModelStore,
  config: ModelopsConfig,
): Promise<Array<[string, ModelPolicy]>> {
  return Promise.all(
    Object.entries(config.models).map(async ([model, m]): Promise<[string, ModelPolicy]> => {
      const policy = policyFromConfig(m.deploy);
      const traffic = await store.traffic(model).catch(() => undefined);
      // As in the model server, a share set through the store wins over the config's.
      return [model, traffic ? { ...policy, canaryPercent: traffic.canaryPercent } : policy];
    }),
  );
}

/** Starts following the store: one sync now (throws when it fails), then one per change of the store's signal. */
export async function followGateway(opts: GatewayOptions): Promise<GatewayFollower> {
  let written = await readFile(opts.splitFile, "utf8").catch(() => undefined);
  let signal: string | undefined;
  let running: Promise<boolean> | undefined;

  const reload = async () => {
    const [command, ...args] = opts.reload;
    if (!command) return;
    try {
      await promisify(execFile)(command, args, { timeout: 30_000 });
    } catch (err) {
      const e = err as { stderr?: string; message: string };
      const why = (e.stderr || e.message).trim().split("\n")[0];
      throw new ModelopsError(
        `deploy gateway: ${opts.reload.join(" ")} failed: ${why}; check nginx's error log and --reload-command`,
      );
    }
  };

  const syncOnce = async (): Promise<boolean> => {
    const seen = await opts.store.revision();
    const policies = await gatewayPolicies(opts.store, opts.config);
    const content = renderSplitFile(opts.name, policies);
    if (content === written) {
      signal = seen;
      return false;
    }
    await writeFileAtomic(opts.splitFile, content);
    await reload();
    // Only now: a failed write or reload is tried again at the next poll.
    written = content;
    signal = seen;
    for (const [model, p] of policies) {
      if (p.strategy === "canary" || p.strategy === "ab")
        opts.log(`gateway: ${model} sends ${p.canaryPercent}% to the canary pool`);
    }
    return true;
  };
  const sync = () => {
    running ??= syncOnce().finally(() => {
      running = undefined;
    });
    return running;
  };

  await sync();
  let stopped = false;
  const timer = setInterval(() => {
    if (running || stopped) return;
    void (async () => {
      try {
        if ((await opts.store.revision()) !== signal) await sync();
      } catch (err) {
        opts.log(`error: ${(err as Error).message.split("\n")[0]}; retrying at the next poll`);
      }
    })();
  }, opts.pollMs);
  return {
    sync,
    async close() {
      stopped = true;
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
