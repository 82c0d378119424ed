import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  artifactName,
  info,
  runFiles,
  writeSummary
} from "./chunk-VTQTYAZ2.js";
import {
  ModelopsError
} from "./chunk-IZDZPW4P.js";

// actions/lib/publish.ts
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
async function publish(deps, opts) {
  const reportPath = join(opts.outDir, "report.md");
  await writeFile(reportPath, opts.markdown);
  let artifact;
  let line = "";
  if (opts.upload) {
    artifact = artifactName(opts.model, opts.inputKey);
    const files = await runFiles(opts.outDir);
    try {
      const uploaded = await deps.artifacts.upload(artifact, files, opts.outDir);
      line = `- Artifact \`${artifact}\`: ${files.length} files${uploaded.size ? `, ${uploaded.size} bytes` : ""} (the run folder without data/).`;
      info(`uploaded artifact ${artifact} (${files.length} files)`);
    } catch (error) {
      throw new ModelopsError(
        `could not upload the run folder as artifact ${artifact}: ${error.message.split("\n")[0]} (set upload: false where artifacts are not available)`
      );
    }
  }
  await writeSummary(line ? `${opts.markdown}
${line}
` : opts.markdown);
  return { reportPath, ...artifact && { artifact } };
}

export {
  publish
};
