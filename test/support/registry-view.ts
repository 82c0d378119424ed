// What a reader of the github store sees of a bot world (the registry CLI and the model server read the
// same way): a store on acme/models with a token of the app's installation, trusting the app's key.
import type { GitHubStore } from "../../pipelines/registry/github-store.ts";
import { openGitHubStore } from "../../pipelines/registry/open-store.ts";
import { signerFromPem } from "../../pipelines/registry/signing.ts";
import type { World } from "./bot-harness.ts";

/** The environment `modelops registry --registry github:acme/models` runs with against this world. */
export function readerEnv(w: World): NodeJS.ProcessEnv {
  const installation = [...w.sim.installations.values()][0];
  if (!installation) throw new Error("no installation");
  return {
    GITHUB_TOKEN: w.sim.installationToken(installation),
    GITHUB_API_URL: w.sim.urls.api,
    MODELOPS_TRUSTED_KEYS: signerFromPem(w.privateKey).publicKeyPem,
  };
}

export function storeView(w: World, cacheDir?: string): Promise<GitHubStore> {
  return openGitHubStore("acme", "models", { env: readerEnv(w), ...(cacheDir && { cacheDir }) });
}
