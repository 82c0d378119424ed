// modelops/actions/evaluate: metrics of the trained model on the held-out test split, compared with the
// baseline under the model's gates; report.md, the job summary and the run folder as an artifact.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as core from "@actions/core";
import { readPrepared } from "../../pipelines/data/index.ts";
import { modelKey, runEvaluate, runPreprocess } from "../../pipelines/run/run.ts";
import type { TrainingHistory } from "../../pipelines/train/history.ts";
import { cacheKeyFor, saveRunFiles } from "../lib/cache.ts";
import { guard } from "../lib/guard.ts";
import * as inputs from "../lib/inputs.ts";
import { judgingGates } from "../lib/judging-gates.ts";
import { resolveModel, shown } from "../lib/model.ts";
import { publish } from "../lib/publish.ts";
import { judge, loadBaseline, readOptionalJson, reportMarkdown } from "../lib/report.ts";
import { type ActionDeps, setOutputs, step } from "../lib/step.ts";

export async function run(deps: Partial<ActionDeps> & { fetch?: typeof fetch } = {}): Promise<void> {
  await step(deps, async (d) => {
    const ws = d.context.workspace;
    const modelIn = inputs.modelInputs({ registry: true });
    const trustIn = inputs.trustInputs();
    const cacheIn = inputs.cacheInputs();
    const upload = inputs.flag("upload", true);
    const failOnGate = inputs.flag("fail-on-gate", false);
    const baselineFile = inputs.text("baseline");
    // The fork rule comes first: a refused run reads nothing of the pull request, its config included.
    const trust = await guard(d, trustIn);
    const m = await resolveModel(modelIn, ws);
    const key = await modelKey(m.ref);
    // A model restored by the train step's cache hit comes without the prepared splits: rebuild them.
    await readPrepared(m.outDir).catch(() => runPreprocess(m.ref, m.outDir));
    const metrics = await runEvaluate(m.ref, m.outDir, key);
    await writeFile(join(m.outDir, "key"), `${key}\n`);
    const cacheKey = cacheKeyFor(m.ref.name, key, cacheIn.key);
    const saved = cacheIn.enabled && (await saveRunFiles(d.cache, { outDir: m.outDir, cacheKey }));
    const baseline = await loadBaseline(m.ref.name, {
      ...(baselineFile && { file: join(ws, baselineFile), shownFile: baselineFile }),
      registryRoot: m.registryRoot,
    });
    const judging = await judgingGates(d.context, m, { token: trustIn.token, api: d.api });
    const { comparison, gate, fact, failure } = judge(baseline, metrics, judging);
    if (judging.error) core.warning(`${m.ref.name}: ${judging.error}`);
    const markdown = reportMarkdown({
      title: `modelops evaluate: ${m.ref.name}`,
      facts: [
        `Input key \`${key.slice(0, 12)}\`; evaluated on ${metrics.rows.test} test rows with ${metrics.backend}.`,
        ...(saved ? [`Saved to the Actions cache as \`${cacheKey}\`.`] : []),
        `Fork safety: ${trust.reason}.`,
        fact,
      ],
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
      "metrics-path": `${m.outRel}/metrics.json`,
      "report-path": shown(ws, published.reportPath),
      gate,
      backend: metrics.backend,
      "artifact-name": published.artifact,
    });
    if (gate === "fail" && failOnGate) {
      core.setFailed(`${m.ref.name}: gates failed: ${failure}`);
    }
  });
}
