// modelops/actions/preprocess: read, clean, transform, split and profile one model's data into the run folder.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { modelKey, runPreprocess } from "../../pipelines/run/run.ts";
import { guard } from "../lib/guard.ts";
import * as inputs from "../lib/inputs.ts";
import { resolveModel } from "../lib/model.ts";
import { reportMarkdown } from "../lib/report.ts";
import { type ActionDeps, setOutputs, step, writeSummary } from "../lib/step.ts";

export async function run(deps: Partial<ActionDeps> & { fetch?: typeof fetch } = {}): Promise<void> {
  await step(deps, async (d) => {
    const modelIn = inputs.modelInputs();
    const trustIn = inputs.trustInputs();
    // The fork rule comes first: a refused run reads nothing of the pull request, its config included.
    const trust = await guard(d, trustIn);
    const m = await resolveModel(modelIn, d.context.workspace);
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
