// Exactly one release writer per repository: `.github/modelops.yml` on the default branch says
// `releaser: bot` (the default: this app releases merges and moves production on reverts) or
// `releaser: workflow` (the release workflow, actions/release, does; the bot then changes nothing and says
// so in its log). Read from the default branch, so a pull request cannot switch the writer for itself.
import type { Context } from "probot";
import { SETTINGS_FILE } from "./settings.ts";

export type Releaser = "bot" | "workflow";

export async function releaserOf(context: Context<"push">): Promise<Releaser> {
  const raw = (await (context as unknown as Context).config<{ releaser?: unknown }>(SETTINGS_FILE, {})) ?? {};
  return raw.releaser === "workflow" ? "workflow" : "bot";
}
