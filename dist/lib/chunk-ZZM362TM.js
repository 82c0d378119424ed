import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  publish
} from "./chunk-YFKJVE3Q.js";
import {
  guard
} from "./chunk-CV232IKL.js";
import {
  judgingGates
} from "./chunk-W42A3XE3.js";
import {
  judge,
  loadBaseline,
  readOptionalJson,
  reportMarkdown
} from "./chunk-MRALACUF.js";
import {
  cacheInputs,
  cacheKeyFor,
  flag,
  modelInputs,
  modelKey,
  resolveModel,
  runEvaluate,
  runPreprocess,
  saveRunFiles,
  setFailed,
  setOutputs,
  shown,
  step,
  text,
  trustInputs,
  warning
} from "./chunk-VTQTYAZ2.js";
import {
  readPrepared
} from "./chunk-ETRM4ZCD.js";

// actions/evaluate/main.ts
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
async function run(deps = {}) {
  await step(deps, async (d) => {
    const ws = d.context.workspace;
    const modelIn = modelInputs({ registry: true });
    const trustIn = trustInputs();
    const cacheIn = cacheInputs();
    const upload = flag("upload", true);
    const failOnGate = flag("fail-on-gate", false);
    const baselineFile = text("baseline");
    const trust = await guard(d, trustIn);
    const m = await resolveModel(modelIn, ws);
    const key = await modelKey(m.ref);
    await readPrepared(m.outDir).catch(() => runPreprocess(m.ref, m.outDir));
    const metrics = await runEvaluate(m.ref, m.outDir, key);
    await writeFile(join(m.outDir, "key"), `${key}
`);
    const cacheKey = cacheKeyFor(m.ref.name, key, cacheIn.key);
    const saved = cacheIn.enabled && await saveRunFiles(d.cache, { outDir: m.outDir, cacheKey });
    const baseline = await loadBaseline(m.ref.name, {
      ...baselineFile && { file: join(ws, baselineFile), shownFile: baselineFile },
      registryRoot: m.registryRoot
    });
    const judging = await judgingGates(d.context, m, { token: trustIn.token, api: d.api });
    const { comparison, gate, fact, failure } = judge(baseline, metrics, judging);
    if (judging.error) warning(`${m.ref.name}: ${judging.error}`);
    const markdown = reportMarkdown({
      title: `modelops evaluate: ${m.ref.name}`,
      facts: [
        `Input key \`${key.slice(0, 12)}\`; evaluated on ${metrics.rows.test} test rows with ${metrics.backend}.`,
        ...saved ? [`Saved to the Actions cache as \`${cacheKey}\`.`] : [],
        `Fork safety: ${trust.reason}.`,
        fact
      ],
      comparison,
      baselineSource: baseline.source,
      history: await readOptionalJson(m.outDir, "history.json")
    });
    const published = await publish(d, {
      model: m.ref.name,
      inputKey: key,
      outDir: m.outDir,
      markdown,
      upload
    });
    setOutputs({
      key,
      "output-dir": m.outRel,
      "metrics-path": `${m.outRel}/metrics.json`,
      "report-path": shown(ws, published.reportPath),
      gate,
      backend: metrics.backend,
      "artifact-name": published.artifact
    });
    if (gate === "fail" && failOnGate) {
      setFailed(`${m.ref.name}: gates failed: ${failure}`);
    }
  });
}

export {
  run
};
