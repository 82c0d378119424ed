// Exactly one release writer per repository (pipelines/registry/releaser.ts): `.github/modelops.yml` on the
// default branch says `releaser: bot` (the default) or `releaser: workflow`. Read at the push's `before`
// (the merge's first parent), the commit the release workflow reads too (pipelines/gitops/releaser.ts), so
// a pull request cannot switch the writer for its own merge and the two sides never both write.
import type { Context } from "probot";
import { releaserOf as fromSettings, type Releaser } from "../pipelines/registry/releaser.ts";
import { SETTINGS_FILE } from "./settings.ts";

export type { Releaser };

const NO_COMMIT = /^0+$/;

export async function releaserOf(context: Context<"push">): Promise<Releaser> {
  const before = context.payload.before;
  // A branch's first push has no before (0000...): its own settings, as the workflow reads a root commit.
  const { config } = await context.octokit.config.get({
    ...context.repo(),
    path: `.github/${SETTINGS_FILE}`,
    ...(before && !NO_COMMIT.test(before) && { branch: before }),
  });
  return fromSettings(config ?? {});
}
