// modelops/actions/train: fit one model (preprocessing first when the run folder has no prepared data), or
// restore it from the Actions cache when its input key is known.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as core from "@actions/core";
import type { MetricsFile } from "../../pipelines/evaluate/index.ts";
import { modelKey, runTrain } from "../../pipelines/run/run.ts";
import type { TrainingHistory } from "../../pipelines/train/history.ts";
import { cacheKeyFor, restoreRunFiles } from "../lib/cache.ts";
import { prepareNativeBackends, requireBackend } from "../lib/gpu.ts";
import { guardedModel } from "../lib/guard.ts";
import * as inputs from "../lib/inputs.ts";
import { readOptionalJson, reportMarkdown } from "../lib/report.ts";
import { type ActionDeps, setOutputs, step, writeSummary } from "../lib/step.ts";

export async function run(deps: Partial<ActionDeps> & { fetch?: typeof fetch } = {}): Promise<void> {
  await step(deps, async (d) => {
    const modelIn = inputs.modelInputs();
    const required = inputs.backend();
    const gpuInstall = inputs.flag("gpu-install", false);
    const trustIn = inputs.trustInputs();
    const cacheIn = inputs.cacheInputs();
    const { trust, m } = await guardedModel(d, trustIn, modelIn);
    const key = await modelKey(m.ref);
    const cacheKey = cacheKeyFor(m.ref.name, key, cacheIn.key);
    const hit =
      cacheIn.enabled && (await restoreRunFiles(d.cache, { outDir: m.outDir, inputKey: key, cacheKey }));
    let facts: string[];
    let backend: string;
    if (hit) {
      const stored = await readOptionalJson<MetricsFile>(m.outDir, "metrics.json");
      backend = stored?.backend ?? "unknown";
      facts = [
        `♻️ **Cache hit**: inputs unchanged, model restored from the Actions cache (\`${cacheKey}\`); no training.`,
      ];
    } else {
      const native = await prepareNativeBackends({
        install: gpuInstall,
        required,
        configured: m.ref.config.train.backend,
      });
      const { info, gpu, idleGpu } = await requireBackend(required, m.ref.config.train.backend, m.ref.name);
      if (idleGpu) core.warning(idleGpu);
      const outcome = await runTrain(m.ref, m.outDir, { log: (l) => core.info(l) });
      await writeFile(join(m.outDir, "key"), `${key}\n`);
      backend = outcome.backend;
      facts = [
        `Trained in ${outcome.history.seconds.toFixed(1)}s.`,
        ...native,
        `Backend: **${info.name}** (${info.reason})${gpu.present ? `; GPU: ${gpu.detail}` : ""}.`,
      ];
    }
    const history = await readOptionalJson<TrainingHistory>(m.outDir, "history.json");
    await writeSummary(
      reportMarkdown({
        title: `modelops train: ${m.ref.name}`,
        facts: [`Input key \`${key.slice(0, 12)}\`.`, ...facts, `Fork safety: ${trust.reason}.`],
        ...(history && { history }),
      }),
    );
    setOutputs({ key, "output-dir": m.outRel, "model-path": `${m.outRel}/model`, backend, "cache-hit": hit });
  });
}
