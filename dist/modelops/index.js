import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-TA62I5JZ.js";
import {
  run as run2
} from "../lib/chunk-EFGZIV3K.js";
import {
  run as run3
} from "../lib/chunk-HFRDIGL2.js";
import "../lib/chunk-LZLVKG2T.js";
import {
  run as run4
} from "../lib/chunk-LJPVB65X.js";
import "../lib/chunk-IBIZSILZ.js";
import "../lib/chunk-4HIKNCLD.js";
import {
  run as run5
} from "../lib/chunk-ZZF6SAF5.js";
import "../lib/chunk-B4SXP53N.js";
import "../lib/chunk-YFNAEQM5.js";
import {
  run as run6
} from "../lib/chunk-WRC75Q36.js";
import {
  getInput,
  setFailed
} from "../lib/chunk-HYXHSZD6.js";
import "../lib/chunk-5LBQMHNO.js";
import "../lib/chunk-5RMFLXCW.js";
import "../lib/chunk-2XUHKYEK.js";
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
