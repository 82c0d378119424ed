// modelops/actions/preprocess: read, clean, transform, split and profile one model's data into the run folder.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { modelKey, runPreprocess } from "../../pipelines/run/run.ts";
import { guardedModel } from "../lib/guard.ts";
import * as inputs from "../lib/inputs.ts";
import { reportMarkdown } from "../lib/report.ts";
import { type ActionDeps, setOutputs, step, writeSummary } from "../lib/step.ts";

export async function run(deps: Partial<ActionDeps> & { fetch?: typeof fetch } = {}): Promise<void> {
  await step(deps, async (d) => {
    const modelIn = inputs.modelInputs();
    const trustIn = inputs.trustInputs();
    const { trust, m } = await guardedModel(d, trustIn, modelIn);
    const key = await modelKey(m.ref);
    const result = await runPreprocess(m.ref, m.outDir);
    await writeFile(join(m.outDir, "key"), `${key}\n`);
    await writeSummary(
      reportMarkdown({
        title: `modelops preprocess: ${m.ref.name}`,
        facts: [
          `Input key \`${key.slice(0, 12)}\`.`,
          `Wrote \`${m.outRel}\`.`,
          `Fork safety: ${trust.reason}.`,
        ],
        profile: result.profile,
      }),
    );
    setOutputs({ key, "output-dir": m.outRel, "profile-path": `${m.outRel}/profile.json` });
  });
}
