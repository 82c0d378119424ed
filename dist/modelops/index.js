import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-QWNDBNUA.js";
import {
  run as run2
} from "../lib/chunk-QL5FTQHS.js";
import {
  run as run3
} from "../lib/chunk-UW4ANCKK.js";
import "../lib/chunk-AVRDSL4F.js";
import {
  run as run4
} from "../lib/chunk-FGRJSICP.js";
import "../lib/chunk-VZ4QCRAU.js";
import "../lib/chunk-PBUVSIJP.js";
import {
  run as run5
} from "../lib/chunk-X3YSTM3R.js";
import "../lib/chunk-UFXYSNAU.js";
import "../lib/chunk-5NQM6TH5.js";
import {
  run as run6
} from "../lib/chunk-RFZH4HOF.js";
import {
  getInput,
  setFailed
} from "../lib/chunk-75AIOUR7.js";
import "../lib/chunk-CDTA7JS7.js";
import "../lib/chunk-6FCQRVP6.js";
import "../lib/chunk-7TUF4QLU.js";
import "../lib/chunk-5RMFLXCW.js";
import "../lib/chunk-M5A2DRFU.js";
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
