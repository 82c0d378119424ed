// modelops/actions/run: preprocess + train + evaluate one model, served from the registry or the Actions cache
// when its input key is known, then report and upload the run folder. Reads the inputs, makes one engine
// call (actions/lib/run-model.ts) and sets the outputs.
import * as core from "@actions/core";
import { guardedModel } from "../lib/guard.ts";
import * as inputs from "../lib/inputs.ts";
import { shown } from "../lib/model.ts";
import { runAndReport } from "../lib/run-model.ts";
import { type ActionDeps, setOutputs, step } from "../lib/step.ts";

export async function run(deps: Partial<ActionDeps> & { fetch?: typeof fetch } = {}): Promise<void> {
  await step(deps, async (d) => {
    const ws = d.context.workspace;
    const modelIn = inputs.modelInputs({ registry: true, trial: true });
    const required = inputs.backend();
    const gpuInstall = inputs.flag("gpu-install", false);
    const { trust: trustIn, cache: cacheIn, upload, failOnGate, baselineFile } = inputs.measuringInputs();

    const { trust, m } = await guardedModel(d, trustIn, modelIn);
    const out = await runAndReport(d, m, {
      ...(modelIn.trial && { trial: modelIn.trial }),
      backend: required,
      gpuInstall,
      cache: cacheIn,
      baselineFile,
      token: trustIn.token,
      upload,
      trustReason: trust.reason,
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
      "artifact-name": out.artifact,
    });
    if (out.gate === "fail" && failOnGate) {
      core.setFailed(`${m.ref.name}: gates failed: ${out.failure}`);
    }
  });
}
