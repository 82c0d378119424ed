// Exactly one release writer per repository. `.github/modelops.yml` on the default branch names it:
//   releaser: bot       the modelops App releases merges and moves production on reverts (the default)
//   releaser: workflow  the release workflow (actions/release, or `modelops release` in a job) does
// The other writer says so in one line and changes nothing. Read from the default branch as it was before
// the push (a merge's first parent), so a pull request cannot make itself the writer for its own merge.
// Who writes is decided by the rule the bot uses too (pipelines/registry/releaser.ts releaserOf); the
// workflow side adds one thing: a value that is neither bot nor workflow fails with one line, so a typo
// (which the bot reads as its default, bot) is seen instead of silently leaving the workflow idle.
import { parse as parseYaml } from "yaml";
import { ModelopsError } from "../errors.ts";
import { RELEASER_SETTINGS_PATH, type Releaser, releaserOf } from "../registry/releaser.ts";
import { commitInfo, git } from "./git.ts";

export type { Releaser };
export const RELEASERS: readonly Releaser[] = ["bot", "workflow"];
/** With no `releaser:` the bot writes (releaserOf's default); see docs/bot.md "One release writer". */
export const DEFAULT_RELEASER: Releaser = releaserOf({});
export const RELEASER_SETTINGS = RELEASER_SETTINGS_PATH;

export interface ReleaserSetting {
  releaser: Releaser;
  /** Where it was read, for the one line: ".github/modelops.yml at abc1234" or "the default (...)". */
  source: string;
}

/**
 * The releaser in the settings' text (null: no settings file). A value that is not bot or workflow, or a
 * file that is not YAML, is one line naming the file: a typo must not silently pick a writer.
 */
export function releaserFromSettings(text: string | null, where: string): ReleaserSetting {
  const fallback = (why: string): ReleaserSetting => ({
    releaser: DEFAULT_RELEASER,
    source: `the default (${why})`,
  });
  if (text === null) return fallback(`no ${where}`);
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    const first = ((error as Error).message.split("\n")[0] ?? "").trim();
    throw new ModelopsError(`${where}: not valid YAML (${first}); fix it on the default branch`);
  }
  if (raw === null || raw === undefined) return fallback(`${where} is empty`);
  if (typeof raw !== "object" || Array.isArray(raw)) {
    throw new ModelopsError(`${where}: expected a mapping of settings (releaser: bot | workflow, ...)`);
  }
  const value = (raw as { releaser?: unknown }).releaser;
  if (value === undefined || value === null) return fallback(`no releaser: in ${where}`);
  if (typeof value !== "string" || !(RELEASERS as readonly string[]).includes(value)) {
    throw new ModelopsError(
      `${where}: releaser: ${JSON.stringify(value)} is not one of ${RELEASERS.join(", ")} (who releases merges: the modelops bot or the release workflow)`,
    );
  }
  return { releaser: releaserOf(raw), source: `releaser: ${value} in ${where}` };
}

/**
 * The writer for a push whose commit is `rev` (default HEAD): the settings at its first parent, the default
 * branch before the push. A root commit has nothing before it: its own settings.
 */
export async function releaserForPush(repoDir: string, rev = "HEAD"): Promise<ReleaserSetting> {
  const head = await commitInfo(repoDir, rev);
  if (
    head.parents.length === 0 &&
    (await git(repoDir, ["rev-parse", "--is-shallow-repository"])) === "true"
  ) {
    // A shallow clone hides the first parent: reading the pushed commit's own settings would let it choose.
    throw new ModelopsError(
      `${head.sha.slice(0, 7)}: the checkout is shallow, so the default branch before this push cannot be read; check out with fetch-depth: 0`,
    );
  }
  const at = head.parents[0] ?? head.sha;
  const where = `${RELEASER_SETTINGS} at ${at.slice(0, 7)}`;
  const present = await git(repoDir, ["cat-file", "-e", `${at}:${RELEASER_SETTINGS}`]).then(
    () => true,
    () => false,
  );
  const text = present ? await git(repoDir, ["show", `${at}:${RELEASER_SETTINGS}`]) : null;
  return releaserFromSettings(text, where);
}

/** The one line the writer that steps aside prints. */
export function stepAsideLine(setting: ReleaserSetting, who: string): string {
  return `${who}: nothing released, the modelops bot is the release writer (${setting.source}); to release from the workflow instead, set releaser: workflow in ${RELEASER_SETTINGS} on the default branch`;
}
