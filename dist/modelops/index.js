import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-GDNWAUM5.js";
import {
  run as run2
} from "../lib/chunk-TCPI225F.js";
import {
  run as run3
} from "../lib/chunk-VA5SFFRG.js";
import "../lib/chunk-644AIG6Y.js";
import {
  run as run4
} from "../lib/chunk-DTC4PDGL.js";
import "../lib/chunk-ZT2CIPFO.js";
import "../lib/chunk-TFYWLBOJ.js";
import {
  run as run5
} from "../lib/chunk-JO26M5NM.js";
import "../lib/chunk-AOK6HUMC.js";
import "../lib/chunk-AINZ34FJ.js";
import {
  run as run6
} from "../lib/chunk-7REH66UM.js";
import {
  getInput,
  setFailed
} from "../lib/chunk-GYBGZELF.js";
import "../lib/chunk-2LMPGJUC.js";
import "../lib/chunk-WDWNS332.js";
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
