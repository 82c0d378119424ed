import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  prepareNativeBackends,
  requireBackend
} from "./chunk-YDHZTADO.js";
import {
  publish
} from "./chunk-YFKJVE3Q.js";
import {
  guard
} from "./chunk-CV232IKL.js";
import {
  TRIAL_SCHEMA,
  trialName
} from "./chunk-TKRGOXFZ.js";
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
  ARTIFACT_FILES,
  Registry,
  backend,
  cacheInputs,
  cacheKeyFor,
  flag,
  info,
  modelInputs,
  modelKey,
  resolveModel,
  restoreRunFiles,
  runModel,
  saveRunFiles,
  setFailed,
  setOutputs,
  shown,
  step,
  text,
  trustInputs,
  warning
} from "./chunk-VTQTYAZ2.js";

// actions/run/main.ts
import { rm as rm2, writeFile } from "node:fs/promises";
import { join as join2 } from "node:path";

// actions/lib/store.ts
import { cp, mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
async function importRun(registry, outDir, inputKey, model) {
  const staging = join(outDir, ".artifact");
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    for (const name of ARTIFACT_FILES) await cp(join(outDir, name), join(staging, name), { recursive: true });
    const { digest } = await registry.putArtifact(staging);
    await registry.recordKey(inputKey, digest, model);
    return digest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

// actions/run/main.ts
async function run(deps = {}) {
  await step(deps, async (d) => {
    const ws = d.context.workspace;
    const modelIn = modelInputs({ registry: true, trial: true });
    const required = backend();
    const gpuInstall = flag("gpu-install", false);
    const trustIn = trustInputs();
    const cacheIn = cacheInputs();
    const upload = flag("upload", true);
    const failOnGate = flag("fail-on-gate", false);
    const baselineFile = text("baseline");
    const trust = await guard(d, trustIn);
    const m = await resolveModel(modelIn, ws);
    const key = await modelKey(m.ref);
    const cacheKey = cacheKeyFor(m.ref.name, key, cacheIn.key);
    const registry = await Registry.open(m.registryRoot);
    let source = await registry.lookupKey(key) ? "artifact store" : void 0;
    if (!source && cacheIn.enabled) {
      const restored = await restoreRunFiles(d.cache, {
        outDir: m.outDir,
        inputKey: key,
        cacheKey
      });
      if (restored) {
        await importRun(registry, m.outDir, key, m.ref.name);
        source = "Actions cache";
      }
    }
    let backendLines = [];
    if (!source) {
      const native = await prepareNativeBackends({
        install: gpuInstall,
        required,
        configured: m.ref.config.train.backend
      });
      const { info: info2, gpu, idleGpu } = await requireBackend(required, m.ref.config.train.backend, m.ref.name);
      if (idleGpu) warning(idleGpu);
      backendLines = [
        ...native,
        `Backend: **${info2.name}** (${info2.reason})${gpu.present ? `; GPU: ${gpu.detail}` : ""}.`
      ];
    }
    const result = await runModel(m.ref, { outDir: m.outDir, registry, log: (l) => info(l) });
    if (modelIn.trial || Object.keys(m.overrides).length > 0) {
      const trial = {
        schema: TRIAL_SCHEMA,
        model: m.ref.name,
        trial: trialName(modelIn.trial, m.overrides),
        overrides: m.overrides,
        key
      };
      await writeFile(join2(m.outDir, "trial.json"), `${JSON.stringify(trial, null, 2)}
`);
    } else {
      await rm2(join2(m.outDir, "trial.json"), { force: true });
    }
    let saved = false;
    if (cacheIn.enabled && source !== "Actions cache") {
      saved = await saveRunFiles(d.cache, { outDir: m.outDir, cacheKey });
    }
    const baseline = await loadBaseline(m.ref.name, {
      ...baselineFile && { file: join2(ws, baselineFile), shownFile: baselineFile },
      registryRoot: m.registryRoot
    });
    const judging = await judgingGates(d.context, m, { token: trustIn.token, api: d.api });
    const { comparison, gate, fact, failure } = judge(baseline, result.metrics, judging);
    if (judging.error) warning(`${m.ref.name}: ${judging.error}`);
    const metrics = result.metrics;
    const facts = [
      `Input key \`${key.slice(0, 12)}\`${Object.keys(m.overrides).length ? ` (overrides: ${Object.entries(m.overrides).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(", ")})` : ""}.`,
      source ? `\u267B\uFE0F **Cache hit**: inputs unchanged, artifact restored from the ${source}${source === "Actions cache" ? ` (\`${cacheKey}\`)` : ""}; no training.` : `Trained in ${result.seconds}s.`,
      ...saved ? [`Saved to the Actions cache as \`${cacheKey}\`.`] : [],
      ...backendLines.length ? backendLines : [`Backend of the stored run: ${metrics.backend}.`],
      `Fork safety: ${trust.reason}.`,
      fact
    ];
    const markdown = reportMarkdown({
      title: `modelops run: ${m.ref.name}`,
      facts,
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
      "model-path": `${m.outRel}/model`,
      "metrics-path": `${m.outRel}/metrics.json`,
      "report-path": shown(ws, published.reportPath),
      gate,
      "cache-hit": source !== void 0,
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
