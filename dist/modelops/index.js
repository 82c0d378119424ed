import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-5SKRLEFG.js";
import {
  run as run2
} from "../lib/chunk-SNV247W3.js";
import {
  run as run3
} from "../lib/chunk-BE2WX5XM.js";
import "../lib/chunk-A7VGYP6S.js";
import {
  run as run4
} from "../lib/chunk-SHD2YBX7.js";
import "../lib/chunk-O6HU77KW.js";
import "../lib/chunk-ZPDMCYV3.js";
import {
  run as run5
} from "../lib/chunk-VJ2LO3XA.js";
import "../lib/chunk-JW5EXZ3G.js";
import "../lib/chunk-UD5DECAV.js";
import {
  run as run6
} from "../lib/chunk-FR46HVYL.js";
import {
  getInput,
  setFailed
} from "../lib/chunk-C62BWIWG.js";
import "../lib/chunk-5XTZSQXN.js";
import "../lib/chunk-5RMFLXCW.js";
import "../lib/chunk-ER7ZWYM6.js";
import "../lib/chunk-IZDZPW4P.js";
import "../lib/chunk-ZTS4JUQB.js";
import "../lib/chunk-ESTAZWVM.js";
import "../lib/chunk-HKHWRQYA.js";

// actions/modelops/main.ts
var COMMANDS = { run, preprocess: run2, train: run3, evaluate: run4, report: run5, release: run6 };
async function run7(deps = {}) {
  const command = getInput("command").trim() || "run";
  const action = COMMANDS[command];
  if (!action) {
    setFailed(
      `input command is ${JSON.stringify(command)}; expected one of ${Object.keys(COMMANDS).join(", ")}`
    );
    return;
  }
  await action(deps);
}

// actions/modelops/index.ts
await run7();
