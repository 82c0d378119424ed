import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  judgeAndPublish
} from "./chunk-YD4XVCEA.js";
import {
  guardedModel
} from "./chunk-MHRJNJBW.js";
import {
  cacheKeyFor,
  measuringInputs,
  modelInputs,
  modelKey,
  runEvaluate,
  runPreprocess,
  saveRunFiles,
  setFailed,
  setOutputs,
  shown,
  step
} from "./chunk-OMYMUVFQ.js";
import {
  readPrepared
} from "./chunk-GZSAGK6Y.js";

// actions/evaluate/main.ts
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
async function run(deps = {}) {
  await step(deps, async (d) => {
    const ws = d.context.workspace;
    const modelIn = modelInputs({ registry: true });
    const { trust: trustIn, cache: cacheIn, upload, failOnGate, baselineFile } = measuringInputs();
    const { trust, m } = await guardedModel(d, trustIn, modelIn);
    const key = await modelKey(m.ref);
    await readPrepared(m.outDir).catch(() => runPreprocess(m.ref, m.outDir));
    const metrics = await runEvaluate(m.ref, m.outDir, key);
    await writeFile(join(m.outDir, "key"), `${key}
`);
    const cacheKey = cacheKeyFor(m.ref.name, key, cacheIn.key);
    const saved = cacheIn.enabled && await saveRunFiles(d.cache, { outDir: m.outDir, cacheKey });
    const verdict = await judgeAndPublish(d, m, {
      title: `modelops evaluate: ${m.ref.name}`,
      key,
      metrics,
      facts: [
        `Input key \`${key.slice(0, 12)}\`; evaluated on ${metrics.rows.test} test rows with ${metrics.backend}.`,
        ...saved ? [`Saved to the Actions cache as \`${cacheKey}\`.`] : [],
        `Fork safety: ${trust.reason}.`
      ],
      baselineFile,
      token: trustIn.token,
      upload
    });
    const { gate, failure } = verdict;
    setOutputs({
      key,
      "output-dir": m.outRel,
      "metrics-path": `${m.outRel}/metrics.json`,
      "report-path": shown(ws, verdict.reportPath),
      gate,
      backend: metrics.backend,
      "artifact-name": verdict.artifact
    });
    if (gate === "fail" && failOnGate) {
      setFailed(`${m.ref.name}: gates failed: ${failure}`);
    }
  });
}

export {
  run
};
