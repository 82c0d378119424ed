// The README's and docs/actions.md's tables of inputs and outputs are generated from the action.yml files;
// they must say what the actions declare (run `npm run actions:docs` when this fails). The root action takes
// every step's inputs, with the same defaults, so `uses: OWNER/modelops@v1` can stand in for any step.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "@jest/globals";
import {
  between,
  README_MARKERS,
  REFERENCE_MARKERS,
  readActions,
  readmeSection,
  referenceSection,
} from "../../actions/docs.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

describe("the actions' documentation", () => {
  test("the README section is generated from the action.yml files", async () => {
    const readme = await readFile(join(ROOT, "README.md"), "utf8");
    expect(between(readme, README_MARKERS)).toBe(readmeSection(await readActions()));
    expect(readme.indexOf("## GitHub Actions")).toBeLessThan(readme.indexOf(README_MARKERS[0]));
    expect(readme.indexOf(README_MARKERS[1])).toBeLessThan(readme.indexOf("## Backends"));
  });

  test("docs/actions.md's reference is generated from the action.yml files", async () => {
    const docs = await readFile(join(ROOT, "docs", "actions.md"), "utf8");
    expect(between(docs, REFERENCE_MARKERS)).toBe(referenceSection(await readActions()));
  });

  test("the root action declares every step's inputs and outputs with the same defaults", async () => {
    const [root, ...steps] = await readActions();
    for (const step of steps) {
      for (const [name, input] of Object.entries(step.inputs)) {
        expect({ step: step.name, name, default: root!.inputs[name]?.default }).toEqual({
          step: step.name,
          name,
          default: input.default,
        });
      }
      for (const name of Object.keys(step.outputs)) expect(Object.keys(root!.outputs)).toContain(name);
    }
    expect(root!.inputs.command?.default).toBe("run");
  });

  test("every input an action reads is declared in its action.yml", async () => {
    const actions = await readActions();
    // What the shared readers of actions/lib/inputs.ts read, by the call that makes them read it.
    const shared = {
      "modelInputs(": ["model", "config", "output-dir", "overrides"],
      "registry: true": ["registry"],
      "trial: true": ["trial"],
      "trustInputs()": ["token", "safe-label"],
      "cacheInputs()": ["cache", "cache-key"],
    };
    for (const action of actions.filter((a) => a.name !== "modelops")) {
      const source = await readFile(join(ROOT, "actions", action.name, "main.ts"), "utf8");
      const read = new Set<string>();
      for (const m of source.matchAll(/inputs\.(?:text|flag|lines)\("([a-z-]+)"/g)) read.add(m[1]!);
      if (source.includes("inputs.backend()")) read.add("backend");
      for (const [fn, names] of Object.entries(shared)) {
        if (source.includes(fn)) for (const n of names) read.add(n);
      }
      const declared = Object.keys(action.inputs);
      expect({ action: action.name, undeclared: [...read].filter((n) => !declared.includes(n)) }).toEqual({
        action: action.name,
        undeclared: [],
      });
    }
  });
});
