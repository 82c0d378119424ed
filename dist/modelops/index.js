import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-KUGHPW2D.js";
import {
  run as run2
} from "../lib/chunk-RU2X2YBM.js";
import {
  run as run3
} from "../lib/chunk-ENSMP53G.js";
import "../lib/chunk-YDHZTADO.js";
import {
  run as run4
} from "../lib/chunk-ZZM362TM.js";
import "../lib/chunk-YFKJVE3Q.js";
import "../lib/chunk-CV232IKL.js";
import {
  run as run5
} from "../lib/chunk-LQBLVVKE.js";
import "../lib/chunk-TKRGOXFZ.js";
import "../lib/chunk-W42A3XE3.js";
import "../lib/chunk-MRALACUF.js";
import {
  run as run6
} from "../lib/chunk-6V2GUTAC.js";
import {
  getInput,
  setFailed
} from "../lib/chunk-VTQTYAZ2.js";
import "../lib/chunk-CDTA7JS7.js";
import "../lib/chunk-ETRM4ZCD.js";
import "../lib/chunk-7TUF4QLU.js";
import "../lib/chunk-5RMFLXCW.js";
import "../lib/chunk-DKGJBJGN.js";
import "../lib/chunk-IZDZPW4P.js";
import "../lib/chunk-4MXHRHGR.js";
import "../lib/chunk-46PQK2SI.js";
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
