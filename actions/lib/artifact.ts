// The run folder as a workflow artifact, named by model and input key, so a later job, another workflow
// or the bot can fetch exactly the run it wants. data/ (the prepared splits) stays behind: it can be rebuilt
// from the key's inputs and is the only part that grows with the dataset.
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { DefaultArtifactClient } from "@actions/artifact";

export interface ArtifactService {
  upload(name: string, files: string[], rootDirectory: string): Promise<{ id?: number; size?: number }>;
}

export const actionsArtifacts: ArtifactService = {
  async upload(name, files, rootDirectory) {
    return new DefaultArtifactClient().uploadArtifact(name, files, rootDirectory);
  },
};

/** `modelops-<model>-<first 12 hex digits of the input key>`. */
export function artifactName(model: string, inputKey: string): string {
  return `modelops-${model}-${inputKey.slice(0, 12)}`;
}

const LEFT_OUT = new Set(["data", ".artifact"]);

/** Every file of the run folder that goes into the artifact, as absolute paths. */
export async function runFiles(outDir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string, top: boolean): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (top && LEFT_OUT.has(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path, false);
      else if (entry.isFile()) out.push(path);
    }
  };
  await walk(outDir, true);
  return out.sort();
}
