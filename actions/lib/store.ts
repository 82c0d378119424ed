// Run folders and the registry's artifact store: a run restored from the Actions cache is put into the
// store, so runModel finds its key and serves it (verified) instead of training.
import { cp, rm } from "node:fs/promises";
import { join } from "node:path";
import { makeDirs } from "../../pipelines/make-dirs.ts";
import type { Registry } from "../../pipelines/registry/index.ts";
import { ARTIFACT_FILES } from "../../pipelines/run/run.ts";

export async function importRun(
  registry: Registry,
  outDir: string,
  inputKey: string,
  model: string,
): Promise<string> {
  const staging = join(outDir, ".artifact");
  await rm(staging, { recursive: true, force: true });
  await makeDirs(staging);
  try {
    for (const name of ARTIFACT_FILES) await cp(join(outDir, name), join(staging, name), { recursive: true });
    const { digest } = await registry.putArtifact(staging);
    await registry.recordKey(inputKey, digest, model);
    return digest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
