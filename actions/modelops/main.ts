// The root action (uses: OWNER/modelops@v1): `command` picks the step; every other input is the step's own.
import * as core from "@actions/core";
import { run as evaluate } from "../evaluate/main.ts";
import type { ActionDeps } from "../lib/step.ts";
import { run as preprocess } from "../preprocess/main.ts";
import { run as release } from "../release/main.ts";
import { run as report } from "../report/main.ts";
import { run as runModel } from "../run/main.ts";
import { run as train } from "../train/main.ts";

export const COMMANDS = { run: runModel, preprocess, train, evaluate, report, release } as const;

export async function run(deps: Partial<ActionDeps> & { fetch?: typeof fetch } = {}): Promise<void> {
  const command = core.getInput("command").trim() || "run";
  const action = (COMMANDS as Record<string, (d: typeof deps) => Promise<void>>)[command];
  if (!action) {
    core.setFailed(
      `input command is ${JSON.stringify(command)}; expected one of ${Object.keys(COMMANDS).join(", ")}`,
    );
    return;
  }
  await action(deps);
}
