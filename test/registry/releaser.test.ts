// One release writer per repository, read the same way by the bot and the release workflow.
import { expect, test } from "@jest/globals";
import { notTheReleaser, parseReleaser } from "../../pipelines/registry/releaser.ts";

test("releaser: workflow names the workflow; anything else (or no file) the bot; bad YAML is one line", () => {
  expect(parseReleaser("releaser: workflow\n")).toBe("workflow");
  expect(parseReleaser("releaser: bot\nconfig: models/modelops.yaml\n")).toBe("bot");
  expect(parseReleaser(null)).toBe("bot");
  expect(parseReleaser("config: x\n")).toBe("bot");
  expect(() => parseReleaser("releaser: [")).toThrow(/^\.github\/modelops\.yml: not valid YAML \(/);
  expect(notTheReleaser("workflow")).toBe(
    "releaser is bot (.github/modelops.yml): the modelops app releases, this workflow changes nothing",
  );
});
