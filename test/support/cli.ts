// Where the tests find the `modelops` executable of this checkout: the tsx launcher of the composition root
// (bot/cli/modelops.js), the one entry every test that spawns the CLI runs.
import { fileURLToPath } from "node:url";

export const MODELOPS_CLI = fileURLToPath(new URL("../../bot/cli/modelops.js", import.meta.url));
