import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  judgingGates
} from "./chunk-SKV7GBHQ.js";
import {
  judge,
  loadBaseline,
  readOptionalJson,
  reportMarkdown
} from "./chunk-NKJFV7UZ.js";
import {
  artifactName,
  info,
  runFiles,
  warning,
  writeSummary
} from "./chunk-OMYMUVFQ.js";
import {
  ModelopsError
} from "./chunk-IZDZPW4P.js";

// actions/lib/verdict.ts
import { join as join2 } from "node:path";

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

// actions/lib/verdict.ts
async function judgeAndPublish(d, m, v) {
  const ws = d.context.workspace;
  const baseline = await loadBaseline(m.ref.name, {
    ...v.baselineFile && { file: join2(ws, v.baselineFile), shownFile: v.baselineFile },
    registryRoot: m.registryRoot
  });
  const judging = await judgingGates(d.context, m, { token: v.token, api: d.api });
  const { comparison, gate, fact, failure } = judge(baseline, v.metrics, judging);
  if (judging.error) warning(`${m.ref.name}: ${judging.error}`);
  const markdown = reportMarkdown({
    title: v.title,
    facts: [...v.facts, fact],
    comparison,
    baselineSource: baseline.source,
    explain: { baseline: baseline.metrics, candidate: v.metrics },
    history: await readOptionalJson(m.outDir, "history.json")
  });
  const published = await publish(d, {
    model: m.ref.name,
    inputKey: v.key,
    outDir: m.outDir,
    markdown,
    upload: v.upload
  });
  return { gate, failure, reportPath: published.reportPath, artifact: published.artifact };
}

export {
  judgeAndPublish
};
