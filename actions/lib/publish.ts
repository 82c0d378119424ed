// The end of a model step: report.md in the run folder, the run folder as an artifact, the job summary.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as core from "@actions/core";
import { ModelopsError } from "../../pipelines/errors.ts";
import { artifactName, runFiles } from "./artifact.ts";
import type { ActionDeps } from "./step.ts";
import { writeSummary } from "./step.ts";

export async function publish(
  deps: ActionDeps,
  opts: { model: string; inputKey: string; outDir: string; markdown: string; upload: boolean },
): Promise<{ reportPath: string; artifact?: string }> {
  const reportPath = join(opts.outDir, "report.md");
  await writeFile(reportPath, opts.markdown);
  let artifact: string | undefined;
  let line = "";
  if (opts.upload) {
    artifact = artifactName(opts.model, opts.inputKey);
    const files = await runFiles(opts.outDir);
    try {
      const uploaded = await deps.artifacts.upload(artifact, files, opts.outDir);
      line = `- Artifact \`${artifact}\`: ${files.length} files${uploaded.size ? `, ${uploaded.size} bytes` : ""} (the run folder without data/).`;
      core.info(`uploaded artifact ${artifact} (${files.length} files)`);
    } catch (error) {
      throw new ModelopsError(
        `could not upload the run folder as artifact ${artifact}: ${(error as Error).message.split("\n")[0]} (set upload: false where artifacts are not available)`,
      );
    }
  }
  await writeSummary(line ? `${opts.markdown}\n${line}\n` : opts.markdown);
  return { reportPath, ...(artifact && { artifact }) };
}
