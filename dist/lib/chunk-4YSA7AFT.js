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
  judgeAndPublish
} from "./chunk-YD4XVCEA.js";
import {
  guardedModel
} from "./chunk-MHRJNJBW.js";
import {
  trialName
} from "./chunk-7MISDKXX.js";
import {
  TRIAL_SCHEMA
} from "./chunk-RV3B3XUR.js";
import {
  ARTIFACT_FILES,
  Registry,
  backend,
  cacheKeyFor,
  flag,
  info,
  measuringInputs,
  modelInputs,
  modelKey,
  restoreRunFiles,
  runModel,
  saveRunFiles,
  setFailed,
  setOutputs,
  shown,
  step,
  warning
} from "./chunk-OMYMUVFQ.js";
import {
  makeDirs
} from "./chunk-GZSAGK6Y.js";

// actions/lib/run-model.ts
import { rm as rm2, writeFile } from "node:fs/promises";
import { join as join2 } from "node:path";

// actions/lib/store.ts
import { cp, rm } from "node:fs/promises";
import { join } from "node:path";
async function importRun(registry, outDir, inputKey, model) {
  const staging = join(outDir, ".artifact");
  await rm(staging, { recursive: true, force: true });
  await makeDirs(staging);
  try {
    for (const name of ARTIFACT_FILES) await cp(join(outDir, name), join(staging, name), { recursive: true });
    const { digest } = await registry.putArtifact(staging);
    await registry.recordKey(inputKey, digest, model);
    return digest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

// actions/lib/run-model.ts
async function runAndReport(d, m, r) {
  const key = await modelKey(m.ref);
  const cacheKey = cacheKeyFor(m.ref.name, key, r.cache.key);
  const registry = await Registry.open(m.registryRoot);
  const source = await storedRun(d, m, registry, { key, cacheKey, cache: r.cache.enabled });
  const backendLines = source ? [] : await prepareBackend(m, r);
  const result = await runModel(m.ref, { outDir: m.outDir, registry, log: (l) => info(l) });
  await writeTrialFile(m, r.trial, key);
  const saved = r.cache.enabled && source !== "Actions cache" ? await saveRunFiles(d.cache, { outDir: m.outDir, cacheKey }) : false;
  const metrics = result.metrics;
  const verdict = await judgeAndPublish(d, m, {
    title: `modelops run: ${m.ref.name}`,
    key,
    metrics,
    facts: [
      `Input key \`${key.slice(0, 12)}\`${overridesNote(m.overrides)}.`,
      source ? `\u267B\uFE0F **Cache hit**: inputs unchanged, artifact restored from the ${source}${source === "Actions cache" ? ` (\`${cacheKey}\`)` : ""}; no training.` : `Trained in ${result.seconds}s.`,
      ...saved ? [`Saved to the Actions cache as \`${cacheKey}\`.`] : [],
      ...backendLines.length ? backendLines : [`Backend of the stored run: ${metrics.backend}.`],
      `Fork safety: ${r.trustReason}.`
    ],
    baselineFile: r.baselineFile,
    token: r.token,
    upload: r.upload
  });
  return { ...verdict, key, backend: metrics.backend, cacheHit: source !== void 0 };
}
async function storedRun(d, m, registry, o) {
  if (await registry.lookupKey(o.key)) return "artifact store";
  if (!o.cache) return void 0;
  const restored = await restoreRunFiles(d.cache, {
    outDir: m.outDir,
    inputKey: o.key,
    cacheKey: o.cacheKey
  });
  if (!restored) return void 0;
  await importRun(registry, m.outDir, o.key, m.ref.name);
  return "Actions cache";
}
async function prepareBackend(m, r) {
  const configured = m.ref.config.train.backend;
  const native = await prepareNativeBackends({ install: r.gpuInstall, required: r.backend, configured });
  const { info: info2, gpu, idleGpu } = await requireBackend(r.backend, configured, m.ref.name);
  if (idleGpu) warning(idleGpu);
  return [
    ...native,
    `Backend: **${info2.name}** (${info2.reason})${gpu.present ? `; GPU: ${gpu.detail}` : ""}.`
  ];
}
async function writeTrialFile(m, trial, key) {
  const file = join2(m.outDir, "trial.json");
  if (!trial && Object.keys(m.overrides).length === 0) {
    await rm2(file, { force: true });
    return;
  }
  const content = {
    schema: TRIAL_SCHEMA,
    model: m.ref.name,
    trial: trialName(trial, m.overrides),
    overrides: m.overrides,
    key
  };
  await writeFile(file, `${JSON.stringify(content, null, 2)}
`);
}
var overridesNote = (overrides) => Object.keys(overrides).length ? ` (overrides: ${Object.entries(overrides).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(", ")})` : "";

// actions/run/main.ts
async function run(deps = {}) {
  await step(deps, async (d) => {
    const ws = d.context.workspace;
    const modelIn = modelInputs({ registry: true, trial: true });
    const required = backend();
    const gpuInstall = flag("gpu-install", false);
    const { trust: trustIn, cache: cacheIn, upload, failOnGate, baselineFile } = measuringInputs();
    const { trust, m } = await guardedModel(d, trustIn, modelIn);
    const out = await runAndReport(d, m, {
      ...modelIn.trial && { trial: modelIn.trial },
      backend: required,
      gpuInstall,
      cache: cacheIn,
      baselineFile,
      token: trustIn.token,
      upload,
      trustReason: trust.reason
    });
    setOutputs({
      key: out.key,
      "output-dir": m.outRel,
      "model-path": `${m.outRel}/model`,
      "metrics-path": `${m.outRel}/metrics.json`,
      "report-path": shown(ws, out.reportPath),
      gate: out.gate,
      "cache-hit": out.cacheHit,
      backend: out.backend,
      "artifact-name": out.artifact
    });
    if (out.gate === "fail" && failOnGate) {
      setFailed(`${m.ref.name}: gates failed: ${out.failure}`);
    }
  });
}

export {
  run
};
