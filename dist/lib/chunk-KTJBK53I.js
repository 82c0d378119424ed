import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  prepareNativeBackends,
  requireBackend
} from "./chunk-CGQ22JBT.js";
import {
  guardedModel
} from "./chunk-MHRJNJBW.js";
import {
  readOptionalJson,
  reportMarkdown
} from "./chunk-NKJFV7UZ.js";
import {
  backend,
  cacheInputs,
  cacheKeyFor,
  flag,
  info,
  modelInputs,
  modelKey,
  restoreRunFiles,
  runTrain,
  setOutputs,
  step,
  trustInputs,
  warning,
  writeSummary
} from "./chunk-OMYMUVFQ.js";

// actions/train/main.ts
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
async function run(deps = {}) {
  await step(deps, async (d) => {
    const modelIn = modelInputs();
    const required = backend();
    const gpuInstall = flag("gpu-install", false);
    const trustIn = trustInputs();
    const cacheIn = cacheInputs();
    const { trust, m } = await guardedModel(d, trustIn, modelIn);
    const key = await modelKey(m.ref);
    const cacheKey = cacheKeyFor(m.ref.name, key, cacheIn.key);
    const hit = cacheIn.enabled && await restoreRunFiles(d.cache, { outDir: m.outDir, inputKey: key, cacheKey });
    let facts;
    let backend2;
    if (hit) {
      const stored = await readOptionalJson(m.outDir, "metrics.json");
      backend2 = stored?.backend ?? "unknown";
      facts = [
        `\u267B\uFE0F **Cache hit**: inputs unchanged, model restored from the Actions cache (\`${cacheKey}\`); no training.`
      ];
    } else {
      const native = await prepareNativeBackends({
        install: gpuInstall,
        required,
        configured: m.ref.config.train.backend
      });
      const { info: info2, gpu, idleGpu } = await requireBackend(required, m.ref.config.train.backend, m.ref.name);
      if (idleGpu) warning(idleGpu);
      const outcome = await runTrain(m.ref, m.outDir, { log: (l) => info(l) });
      await writeFile(join(m.outDir, "key"), `${key}
`);
      backend2 = outcome.backend;
      facts = [
        `Trained in ${outcome.history.seconds.toFixed(1)}s.`,
        ...native,
        `Backend: **${info2.name}** (${info2.reason})${gpu.present ? `; GPU: ${gpu.detail}` : ""}.`
      ];
    }
    const history = await readOptionalJson(m.outDir, "history.json");
    await writeSummary(
      reportMarkdown({
        title: `modelops train: ${m.ref.name}`,
        facts: [`Input key \`${key.slice(0, 12)}\`.`, ...facts, `Fork safety: ${trust.reason}.`],
        ...history && { history }
      })
    );
    setOutputs({ key, "output-dir": m.outRel, "model-path": `${m.outRel}/model`, backend: backend2, "cache-hit": hit });
  });
}

export {
  run
};
