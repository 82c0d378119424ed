import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-MQ56UJ67.js";
import {
  run as run2
} from "../lib/chunk-QCPGFPP6.js";
import {
  run as run3
} from "../lib/chunk-C7N3J65E.js";
import "../lib/chunk-BKQABDFG.js";
import {
  run as run4
} from "../lib/chunk-XC4LN64Z.js";
import "../lib/chunk-QYNAQH7P.js";
import "../lib/chunk-NBNT5SR6.js";
import {
  run as run5
} from "../lib/chunk-CA4XJ6M5.js";
import "../lib/chunk-S5PF4CEJ.js";
import "../lib/chunk-RATRMMUK.js";
import {
  run as run6
} from "../lib/chunk-2FELJP7L.js";
import {
  getInput,
  setFailed
} from "../lib/chunk-U4XH2QGS.js";
import "../lib/chunk-OYXOMQMY.js";
import "../lib/chunk-5RMFLXCW.js";
import "../lib/chunk-2IQAAAOH.js";
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
