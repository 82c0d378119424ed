// The engine of modelops/actions/run: the model served from the artifact store or the Actions cache when its
// input key is known, else trained on the backend the job asks for; trial.json beside a tuning run; the
// run saved to the Actions cache; then judged and published like any measured run (verdict.ts).
import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as core from "@actions/core";
import type { Backend } from "../../pipelines/config/index.ts";
import { Registry } from "../../pipelines/registry/index.ts";
import { modelKey, runModel } from "../../pipelines/run/run.ts";
import { TRIAL_SCHEMA, type TrialRun } from "../../pipelines/train/tune.ts";
import { cacheKeyFor, restoreRunFiles, saveRunFiles } from "./cache.ts";
import { prepareNativeBackends, requireBackend } from "./gpu.ts";
import { trialName } from "./leaderboard.ts";
import type { ResolvedModel } from "./model.ts";
import type { ActionDeps } from "./step.ts";
import { importRun } from "./store.ts";
import { judgeAndPublish, type Verdict } from "./verdict.ts";

type Source = "artifact store" | "Actions cache";

export interface RunRequest {
  trial?: string;
  backend: Backend;
  gpuInstall: boolean;
  cache: { enabled: boolean; key?: string };
  baselineFile: string;
  token: string;
  upload: boolean;
  /** The fork rule's reason, for the report. */
  trustReason: string;
}

export interface RunOutcome extends Verdict {
  key: string;
  backend: string;
  cacheHit: boolean;
}

export async function runAndReport(d: ActionDeps, m: ResolvedModel, r: RunRequest): Promise<RunOutcome> {
  const key = await modelKey(m.ref);
  const cacheKey = cacheKeyFor(m.ref.name, key, r.cache.key);
  const registry = await Registry.open(m.registryRoot);
  const source = await storedRun(d, m, registry, { key, cacheKey, cache: r.cache.enabled });
  const backendLines = source ? [] : await prepareBackend(m, r);
  const result = await runModel(m.ref, { outDir: m.outDir, registry, log: (l) => core.info(l) });
  await writeTrialFile(m, r.trial, key);
  // A run trained here, or found in a registry other runners do not share, goes to the Actions cache.
  const saved =
    r.cache.enabled && source !== "Actions cache"
      ? await saveRunFiles(d.cache, { outDir: m.outDir, cacheKey })
      : false;
  const metrics = result.metrics;
  const verdict = await judgeAndPublish(d, m, {
    title: `modelops run: ${m.ref.name}`,
    key,
    metrics,
    facts: [
      `Input key \`${key.slice(0, 12)}\`${overridesNote(m.overrides)}.`,
      source
        ? `♻️ **Cache hit**: inputs unchanged, artifact restored from the ${source}${source === "Actions cache" ? ` (\`${cacheKey}\`)` : ""}; no training.`
        : `Trained in ${result.seconds}s.`,
      ...(saved ? [`Saved to the Actions cache as \`${cacheKey}\`.`] : []),
      ...(backendLines.length ? backendLines : [`Backend of the stored run: ${metrics.backend}.`]),
      `Fork safety: ${r.trustReason}.`,
    ],
    baselineFile: r.baselineFile,
    token: r.token,
    upload: r.upload,
  });
  return { ...verdict, key, backend: metrics.backend, cacheHit: source !== undefined };
}

/** Where a run of this input key already is: the artifact store, else the Actions cache (imported). */
async function storedRun(
  d: ActionDeps,
  m: ResolvedModel,
  registry: Registry,
  o: { key: string; cacheKey: string; cache: boolean },
): Promise<Source | undefined> {
  if (await registry.lookupKey(o.key)) return "artifact store";
  if (!o.cache) return undefined;
  const restored = await restoreRunFiles(d.cache, {
    outDir: m.outDir,
    inputKey: o.key,
    cacheKey: o.cacheKey,
  });
  if (!restored) return undefined;
  await importRun(registry, m.outDir, o.key, m.ref.name);
  return "Actions cache";
}

/** The backend a training run needs, installed where asked; the report's lines about it. */
async function prepareBackend(m: ResolvedModel, r: RunRequest): Promise<string[]> {
  const configured = m.ref.config.train.backend;
  const native = await prepareNativeBackends({ install: r.gpuInstall, required: r.backend, configured });
  const { info, gpu, idleGpu } = await requireBackend(r.backend, configured, m.ref.name);
  if (idleGpu) core.warning(idleGpu);
  return [
    ...native,
    `Backend: **${info.name}** (${info.reason})${gpu.present ? `; GPU: ${gpu.detail}` : ""}.`,
  ];
}

/** trial.json names a tuning run's trial and overrides for the leaderboard; a plain run has none. */
async function writeTrialFile(m: ResolvedModel, trial: string | undefined, key: string): Promise<void> {
  const file = join(m.outDir, "trial.json");
  if (!trial && Object.keys(m.overrides).length === 0) {
    await rm(file, { force: true });
    return;
  }
  const content: TrialRun = {
    schema: TRIAL_SCHEMA,
    model: m.ref.name,
    trial: trialName(trial, m.overrides),
    overrides: m.overrides,
    key,
  };
  await writeFile(file, `${JSON.stringify(content, null, 2)}\n`);
}

const overridesNote = (overrides: Record<string, unknown>) =>
  Object.keys(overrides).length
    ? ` (overrides: ${Object.entries(overrides)
        .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
        .join(", ")})`
    : "";
