// The last stage every measuring Action shares (run, evaluate): the candidate against its baseline under the
// gates it is judged by, the report around it (the caller's facts, then the gate line), the job summary
// and the uploaded run folder. One copy, so the two Actions report and gate alike.
import { join } from "node:path";
import * as core from "@actions/core";
import type { MetricsFile } from "../../pipelines/evaluate/index.ts";
import type { TrainingHistory } from "../../pipelines/train/history.ts";
import { judgingGates } from "./judging-gates.ts";
import type { ResolvedModel } from "./model.ts";
import { publish } from "./publish.ts";
import { judge, loadBaseline, readOptionalJson, reportMarkdown } from "./report.ts";
import type { ActionDeps } from "./step.ts";

export interface VerdictInput {
  title: string;
  key: string;
  metrics: MetricsFile;
  /** The report's facts before the gate line. */
  facts: string[];
  /** The `baseline` input, relative to the workspace (empty: the registry's production). */
  baselineFile: string;
  token: string;
  upload: boolean;
}

export interface Verdict {
  gate: "pass" | "fail" | "none";
  /** Why the gate failed; empty when it did not. */
  failure: string;
  reportPath: string;
  artifact?: string;
}

export async function judgeAndPublish(d: ActionDeps, m: ResolvedModel, v: VerdictInput): Promise<Verdict> {
  const ws = d.context.workspace;
  const baseline = await loadBaseline(m.ref.name, {
    ...(v.baselineFile && { file: join(ws, v.baselineFile), shownFile: v.baselineFile }),
    registryRoot: m.registryRoot,
  });
  const judging = await judgingGates(d.context, m, { token: v.token, api: d.api });
  const { comparison, gate, fact, failure } = judge(baseline, v.metrics, judging);
  if (judging.error) core.warning(`${m.ref.name}: ${judging.error}`);
  const markdown = reportMarkdown({
    title: v.title,
    facts: [...v.facts, fact],
    comparison,
    baselineSource: baseline.source,
    explain: { baseline: baseline.metrics, candidate: v.metrics },
    history: await readOptionalJson<TrainingHistory>(m.outDir, "history.json"),
  });
  const published = await publish(d, {
    model: m.ref.name,
    inputKey: v.key,
    outDir: m.outDir,
    markdown,
    upload: v.upload,
  });
  return { gate, failure, reportPath: published.reportPath, artifact: published.artifact };
}
