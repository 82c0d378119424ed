// modelops/actions/run: preprocess + train + evaluate one model, served from the registry or the Actions cache
// when its input key is known, then report and upload the run folder.
import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as core from "@actions/core";
import { Registry } from "../../pipelines/registry/index.ts";
import { modelKey, runModel } from "../../pipelines/run/run.ts";
import type { TrainingHistory } from "../../pipelines/train/history.ts";
import { cacheKeyFor, restoreRunFiles, saveRunFiles } from "../lib/cache.ts";
import { prepareNativeBackends, requireBackend } from "../lib/gpu.ts";
import { guard } from "../lib/guard.ts";
import * as inputs from "../lib/inputs.ts";
import { judgingGates } from "../lib/judging-gates.ts";
import { TRIAL_SCHEMA, type TrialFile, trialName } from "../lib/leaderboard.ts";
import { resolveModel, shown } from "../lib/model.ts";
import { publish } from "../lib/publish.ts";
import { judge, loadBaseline, readOptionalJson, reportMarkdown } from "../lib/report.ts";
import { type ActionDeps, setOutputs, step } from "../lib/step.ts";
import { importRun } from "../lib/store.ts";

export async function run(deps: Partial<ActionDeps> & { fetch?: typeof fetch } = {}): Promise<void> {
  await step(deps, async (d) => {
    const ws = d.context.workspace;
    const modelIn = inputs.modelInputs({ registry: true, trial: true });
    const required = inputs.backend();
    const gpuInstall = inputs.flag("gpu-install", false);
    const trustIn = inputs.trustInputs();
    const cacheIn = inputs.cacheInputs();
    const upload = inputs.flag("upload", true);
    const failOnGate = inputs.flag("fail-on-gate", false);
    const baselineFile = inputs.text("baseline");

    // The fork rule comes first: a refused run reads nothing of the pull request, its config included.
    const trust = await guard(d, trustIn);
    const m = await resolveModel(modelIn, ws);
    const key = await modelKey(m.ref);
    const cacheKey = cacheKeyFor(m.ref.name, key, cacheIn.key);
    const registry = await Registry.open(m.registryRoot);
    let source: "artifact store" | "Actions cache" | undefined = (await registry.lookupKey(key))
      ? "artifact store"
      : undefined;
    if (!source && cacheIn.enabled) {
      const restored = await restoreRunFiles(d.cache, {
        outDir: m.outDir,
        inputKey: key,
        cacheKey,
      });
      if (restored) {
        await importRun(registry, m.outDir, key, m.ref.name);
        source = "Actions cache";
      }
    }
    let backendLines: string[] = [];
    if (!source) {
      const native = await prepareNativeBackends({
        install: gpuInstall,
        required,
        configured: m.ref.config.train.backend,
      });
      const { info, gpu, idleGpu } = await requireBackend(required, m.ref.config.train.backend, m.ref.name);
      if (idleGpu) core.warning(idleGpu);
      backendLines = [
        ...native,
        `Backend: **${info.name}** (${info.reason})${gpu.present ? `; GPU: ${gpu.detail}` : ""}.`,
      ];
    }
    const result = await runModel(m.ref, { outDir: m.outDir, registry, log: (l) => core.info(l) });
    if (modelIn.trial || Object.keys(m.overrides).length > 0) {
      const trial: TrialFile = {
        schema: TRIAL_SCHEMA,
        model: m.ref.name,
        trial: trialName(modelIn.trial, m.overrides),
        overrides: m.overrides,
        key,
      };
      await writeFile(join(m.outDir, "trial.json"), `${JSON.stringify(trial, null, 2)}\n`);
    } else {
      await rm(join(m.outDir, "trial.json"), { force: true });
    }
    let saved = false;
    // A run trained here, or found in a registry other runners do not share, goes to the Actions cache.
    if (cacheIn.enabled && source !== "Actions cache") {
      saved = await saveRunFiles(d.cache, { outDir: m.outDir, cacheKey });
    }

    const baseline = await loadBaseline(m.ref.name, {
      ...(baselineFile && { file: join(ws, baselineFile), shownFile: baselineFile }),
      registryRoot: m.registryRoot,
    });
    const judging = await judgingGates(d.context, m, { token: trustIn.token, api: d.api });
    const { comparison, gate, fact, failure } = judge(baseline, result.metrics, judging);
    if (judging.error) core.warning(`${m.ref.name}: ${judging.error}`);
    const metrics = result.metrics;
    const facts = [
      `Input key \`${key.slice(0, 12)}\`${
        Object.keys(m.overrides).length
          ? ` (overrides: ${Object.entries(m.overrides)
              .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
              .join(", ")})`
          : ""
      }.`,
      source
        ? `♻️ **Cache hit**: inputs unchanged, artifact restored from the ${source}${source === "Actions cache" ? ` (\`${cacheKey}\`)` : ""}; no training.`
        : `Trained in ${result.seconds}s.`,
      ...(saved ? [`Saved to the Actions cache as \`${cacheKey}\`.`] : []),
      ...(backendLines.length ? backendLines : [`Backend of the stored run: ${metrics.backend}.`]),
      `Fork safety: ${trust.reason}.`,
      fact,
    ];
    const markdown = reportMarkdown({
      title: `modelops run: ${m.ref.name}`,
      facts,
      comparison,
      baselineSource: baseline.source,
      history: await readOptionalJson<TrainingHistory>(m.outDir, "history.json"),
    });
    const published = await publish(d, {
      model: m.ref.name,
      inputKey: key,
      outDir: m.outDir,
      markdown,
      upload,
    });
    setOutputs({
      key,
      "output-dir": m.outRel,
      "model-path": `${m.outRel}/model`,
      "metrics-path": `${m.outRel}/metrics.json`,
      "report-path": shown(ws, published.reportPath),
      gate,
      "cache-hit": source !== undefined,
      backend: metrics.backend,
      "artifact-name": published.artifact,
    });
    if (gate === "fail" && failOnGate) {
      core.setFailed(`${m.ref.name}: gates failed: ${failure}`);
    }
  });
}
