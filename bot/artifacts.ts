// The results of a workflow run: the modelops actions upload each model's run folder as an artifact named by
// model and input key (`modelops-<model>-<key12>`, actions/lib/artifact.ts; `<model>-<key>` is accepted too),
// holding metrics.json
// (modelops/metrics@1), history.json, profile.json, report.md and model/. The bot downloads the zips,
// finds metrics.json in each and reads the model's name from it, not from the artifact's name.
import type { DataProfile } from "../pipelines/data/types.ts";
import { parseMetricsFile } from "../pipelines/evaluate/diff.ts";
import type { MetricsFile } from "../pipelines/evaluate/types.ts";
import type { TrainingHistory } from "../pipelines/train/history.ts";
import { type Octokit, type RepoRef, toBuffer } from "./github.ts";
import { readZip } from "./zip.ts";

export interface RunResults {
  model: string;
  artifact: { id: number; name: string };
  metrics: MetricsFile;
  history?: TrainingHistory;
  profile?: DataProfile;
  /** report.md or card.md of the run, when present. */
  card?: string;
  /** The files of the run folder (paths relative to the folder holding metrics.json). */
  files: Map<string, Buffer>;
}

/** Whether an artifact's name could hold one of `models`' results. */
export function mayHoldResults(name: string, models: string[]): boolean {
  const n = name.toLowerCase().replace(/^modelops[-_]/, "");
  return models.some(
    (m) => n === m || n.startsWith(`${m}-`) || n.startsWith(`${m}_`) || n.startsWith(`${m}@`),
  );
}

function parseJson<T>(data: Buffer | undefined): T | undefined {
  if (!data) return undefined;
  try {
    return JSON.parse(data.toString("utf8")) as T;
  } catch {
    return undefined;
  }
}

/**
 * Downloads the artifacts of run `runId` that may hold results of `models` and reads them. Problems (an
 * expired artifact, a zip without metrics.json, a broken metrics.json) are returned as lines, not thrown.
 */
export async function downloadRunResults(
  octokit: Octokit,
  repo: RepoRef,
  runId: number,
  models: string[],
): Promise<{ results: RunResults[]; problems: string[] }> {
  const artifacts = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
    ...repo,
    run_id: runId,
    per_page: 100,
  });
  const results: RunResults[] = [];
  const problems: string[] = [];
  for (const artifact of artifacts) {
    if (!mayHoldResults(artifact.name, models)) continue;
    if (artifact.expired) {
      problems.push(`artifact ${artifact.name} has expired; re-run the workflow (\`/modelops retrain\`)`);
      continue;
    }
    const { data } = await octokit.rest.actions.downloadArtifact({
      ...repo,
      artifact_id: artifact.id,
      archive_format: "zip",
    });
    let entries: Map<string, Buffer>;
    try {
      entries = await readZip(toBuffer(data), `artifact ${artifact.name}`);
    } catch (error) {
      problems.push((error as Error).message);
      continue;
    }
    const metricsPath = [...entries.keys()]
      .filter((p) => p === "metrics.json" || p.endsWith("/metrics.json"))
      .sort((a, b) => a.split("/").length - b.split("/").length)[0];
    if (!metricsPath) {
      problems.push(`artifact ${artifact.name} holds no metrics.json`);
      continue;
    }
    const root = metricsPath.slice(0, -"metrics.json".length);
    const files = new Map<string, Buffer>();
    for (const [p, d] of entries) if (p.startsWith(root)) files.set(p.slice(root.length), d);
    let metrics: MetricsFile;
    try {
      metrics = parseMetricsFile(
        (files.get("metrics.json") as Buffer).toString("utf8"),
        `${artifact.name}/metrics.json`,
      );
    } catch (error) {
      problems.push((error as Error).message);
      continue;
    }
    if (!models.includes(metrics.model)) continue;
    const card = files.get("card.md") ?? files.get("report.md");
    results.push({
      model: metrics.model,
      artifact: { id: artifact.id, name: artifact.name },
      metrics,
      history: parseJson<TrainingHistory>(files.get("history.json")),
      profile: parseJson<DataProfile>(files.get("profile.json")),
      card: card?.toString("utf8"),
      files,
    });
  }
  return { results, problems };
}
