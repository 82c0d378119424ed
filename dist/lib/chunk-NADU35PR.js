import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  guardedModel
} from "./chunk-MHRJNJBW.js";
import {
  reportMarkdown
} from "./chunk-NKJFV7UZ.js";
import {
  modelInputs,
  modelKey,
  runPreprocess,
  setOutputs,
  step,
  trustInputs,
  writeSummary
} from "./chunk-OMYMUVFQ.js";

// actions/preprocess/main.ts
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
async function run(deps = {}) {
  await step(deps, async (d) => {
    const modelIn = modelInputs();
    const trustIn = trustInputs();
    const { trust, m } = await guardedModel(d, trustIn, modelIn);
    const key = await modelKey(m.ref);
    const result = await runPreprocess(m.ref, m.outDir);
    await writeFile(join(m.outDir, "key"), `${key}
`);
    await writeSummary(
      reportMarkdown({
        title: `modelops preprocess: ${m.ref.name}`,
        facts: [
          `Input key \`${key.slice(0, 12)}\`.`,
          `Wrote \`${m.outRel}\`.`,
          `Fork safety: ${trust.reason}.`
        ],
        profile: result.profile
      })
    );
    setOutputs({ key, "output-dir": m.outRel, "profile-path": `${m.outRel}/profile.json` });
  });
}

export {
  run
};
