import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-ZYXOUOCQ.js";
import {
  run as run2
} from "../lib/chunk-5ITNAYGS.js";
import {
  run as run3
} from "../lib/chunk-LSVQEQZO.js";
import "../lib/chunk-AVRDSL4F.js";
import {
  run as run4
} from "../lib/chunk-PBVGFQIL.js";
import "../lib/chunk-Z63BL2RF.js";
import "../lib/chunk-EKPCJYXO.js";
import {
  run as run5
} from "../lib/chunk-HBLZOCTL.js";
import "../lib/chunk-NPQRAWGW.js";
import "../lib/chunk-EJC5YRBV.js";
import {
  run as run6
} from "../lib/chunk-L6VG2FWH.js";
import {
  getInput,
  setFailed
} from "../lib/chunk-6IW3367B.js";
import "../lib/chunk-GOD4O6BQ.js";
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
