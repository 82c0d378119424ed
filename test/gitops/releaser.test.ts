// The one release writer as `.github/modelops.yml` names it: bot (the default) or workflow; anything else is
// one line naming the file, so a typo never picks a writer.
import { describe, expect, test } from "@jest/globals";
import { releaserFromSettings } from "../../pipelines/gitops/releaser.ts";

const WHERE = ".github/modelops.yml at abc1234";

describe("releaserFromSettings", () => {
  test("no file, an empty file or no releaser: key: the bot, saying why", () => {
    expect(releaserFromSettings(null, WHERE)).toEqual({
      releaser: "bot",
      source: `the default (no ${WHERE})`,
    });
    expect(releaserFromSettings("", WHERE).releaser).toBe("bot");
    expect(releaserFromSettings("# nothing yet\n", WHERE).source).toBe(`the default (${WHERE} is empty)`);
    expect(releaserFromSettings("workflow: ci.yml\n", WHERE).source).toBe(
      `the default (no releaser: in ${WHERE})`,
    );
  });

  test("releaser: bot or workflow is taken as it is", () => {
    expect(releaserFromSettings("releaser: workflow\n", WHERE)).toEqual({
      releaser: "workflow",
      source: `releaser: workflow in ${WHERE}`,
    });
    expect(releaserFromSettings("releaser: bot\nconfig: ml/modelops.yaml\n", WHERE).releaser).toBe("bot");
  });

  test("a value that is not bot or workflow, a list, or broken YAML is one line naming the file", () => {
    expect(() => releaserFromSettings("releaser: Workflow\n", WHERE)).toThrow(
      `${WHERE}: releaser: "Workflow" is not one of bot, workflow (who releases merges: the modelops bot or the release workflow)`,
    );
    expect(() => releaserFromSettings("releaser: [bot, workflow]\n", WHERE)).toThrow(
      /releaser: \["bot","workflow"\] is not one of bot, workflow/,
    );
    expect(() => releaserFromSettings("- releaser\n", WHERE)).toThrow(
      `${WHERE}: expected a mapping of settings (releaser: bot | workflow, ...)`,
    );
    expect(() => releaserFromSettings("releaser: [bot\n", WHERE)).toThrow(
      /^\.github\/modelops\.yml at abc1234: not valid YAML \(.+\); fix it on the default branch$/,
    );
  });
});
