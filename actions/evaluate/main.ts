// modelops/actions/evaluate: metrics of the trained model on the held-out test split, compared with the
// baseline under the model's gates; report.md, the job summary and the run folder as an artifact.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as core from "@actions/core";
import { readPrepared } from "../../pipelines/data/index.ts";
import { modelKey, runEvaluate, runPreprocess } from "../../pipelines/run/run.ts";
import { cacheKeyFor, saveRunFiles } from "../lib/cache.ts";
import { guardedModel } from "../lib/guard.ts";
import * as inputs from "../lib/inputs.ts";
import { shown } from "../lib/model.ts";
import { type ActionDeps, setOutputs, step } from "../lib/step.ts";
import { judgeAndPublish } from "../lib/verdict.ts";

export async function run(deps: Partial<ActionDeps> & { fetch?: typeof fetch } = {}): Promise<void> {
  await step(deps, async (d) => {
    const ws = d.context.workspace;
    const modelIn = inputs.modelInputs({ registry: true });
    const { trust: trustIn, cache: cacheIn, upload, failOnGate, baselineFile } = inputs.measuringInputs();
    const { trust, m } = await guardedModel(d, trustIn, modelIn);
    const key = await modelKey(m.ref);
    // A model restored by the train step's cache hit comes without the prepared splits: rebuild them.
    await readPrepared(m.outDir).catch(() => runPreprocess(m.ref, m.outDir));
    const metrics = await runEvaluate(m.ref, m.outDir, key);
    await writeFile(join(m.outDir, "key"), `${key}\n`);
    const cacheKey = cacheKeyFor(m.ref.name, key, cacheIn.key);
    const saved = cacheIn.enabled && (await saveRunFiles(d.cache, { outDir: m.outDir, cacheKey }));
    const verdict = await judgeAndPublish(d, m, {
      title: `modelops evaluate: ${m.ref.name}`,
      key,
      metrics,
      facts: [
        `Input key \`${key.slice(0, 12)}\`; evaluated on ${metrics.rows.test} test rows with ${metrics.backend}.`,
        ...(saved ? [`Saved to the Actions cache as \`${cacheKey}\`.`] : []),
        `Fork safety: ${trust.reason}.`,
      ],
      baselineFile,
      token: trustIn.token,
      upload,
    });
    const { gate, failure } = verdict;
    setOutputs({
      key,
      "output-dir": m.outRel,
      "metrics-path": `${m.outRel}/metrics.json`,
      "report-path": shown(ws, verdict.reportPath),
      gate,
      backend: metrics.backend,
      "artifact-name": verdict.artifact,
    });
    if (gate === "fail" && failOnGate) {
      core.setFailed(`${m.ref.name}: gates failed: ${failure}`);
    }
  });
}
