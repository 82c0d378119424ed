// Exactly one release writer per repository (pipelines/registry/releaser.ts): `.github/modelops.yml` on the
// default branch says `releaser: bot` (the default) or `releaser: workflow`. Read from the default branch
// (Probot's config), so a pull request cannot switch the writer for itself.
import type { Context } from "probot";
import { releaserOf as fromSettings, type Releaser } from "../pipelines/registry/releaser.ts";
import { SETTINGS_FILE } from "./settings.ts";

export type { Releaser };

export async function releaserOf(context: Context<"push">): Promise<Releaser> {
  return fromSettings(await (context as unknown as Context).config(SETTINGS_FILE, {}));
}
