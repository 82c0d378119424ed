// The executable loads only the command module the command line names, and every module where the whole
// program shows (help, completion, a word that is no command), so those list every command as before.
import { describe, expect, test } from "@jest/globals";
import { Command } from "commander";
import { COMMANDS } from "../../bot/cli/main.ts";
import { buildProgram, type CommandModule, commandsFor } from "../../pipelines/cli/main.ts";

const argv = (...words: string[]) => ["node", "modelops", ...words];
const names = async (...words: string[]) =>
  buildProgram(await commandsFor(COMMANDS, argv(...words))).commands.map((c) => c.name());

describe("command modules load when their command runs", () => {
  test("a command loads its own module (and the static demo), nothing else", async () => {
    expect(await names("serve", "--port", "0")).toEqual(["demo", "serve"]);
    expect(await names("--debug", "train", "-m", "iris")).toEqual([
      "demo",
      "preprocess",
      "train",
      "evaluate",
      "run",
    ]);
  });

  test("help, completion and an unknown word get every command, in the help's order", async () => {
    const all = await names();
    expect(all.slice(0, 4)).toEqual(["demo", "init", "validate", "preprocess"]);
    expect(all.at(-1)).toBe("completion");
    for (const words of [["--help"], ["help", "serve"], ["completion", "bash"], ["registy"]])
      expect(await names(...words)).toEqual(all);
  });

  test("an entry that lists other commands than its module registers fails at load", async () => {
    const module: CommandModule = { register: (p: Command) => void p.command("serve") };
    const entry = { names: ["ui"], load: async () => module };
    const [loaded] = await commandsFor([entry], argv("ui"));
    expect(() => loaded!.register(new Command("modelops"))).toThrow(
      "a lazy command entry lists ui but its module registers serve",
    );
  });
});
