// Exactly one release writer per repository: `.github/modelops.yml` on the default branch names it,
// `releaser: bot` (the modelops GitHub App; the default) or `releaser: workflow` (the release Action /
// `modelops release` in a workflow). The other writer says so in one line and changes nothing. Shared by
// the bot (bot/releaser.ts) and the release workflow, so both read the setting the same way.
import { parse } from "yaml";

export type Releaser = "bot" | "workflow";
export const RELEASER_SETTINGS_PATH = ".github/modelops.yml";

/** The releaser named by parsed settings (anything but `workflow` is the bot, the default). */
export function releaserOf(settings: unknown): Releaser {
  const raw = (settings ?? {}) as { releaser?: unknown };
  return raw.releaser === "workflow" ? "workflow" : "bot";
}

/** The releaser named by the settings file's text (null: no file, the default). Bad YAML: one line. */
export function parseReleaser(text: string | null | undefined): Releaser {
  if (!text) return "bot";
  try {
    return releaserOf(parse(text));
  } catch (e) {
    throw new Error(`${RELEASER_SETTINGS_PATH}: not valid YAML (${(e as Error).message.split("\n")[0]})`);
  }
}

/** What the writer that is not named says, in one line. */
export function notTheReleaser(me: Releaser): string {
  return me === "bot"
    ? `releaser is workflow (${RELEASER_SETTINGS_PATH}): the release workflow releases, the bot changes nothing`
    : `releaser is bot (${RELEASER_SETTINGS_PATH}): the modelops app releases, this workflow changes nothing`;
}
