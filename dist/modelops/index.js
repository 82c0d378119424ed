import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-VL54GCFT.js";
import {
  run as run2
} from "../lib/chunk-OJBGC6CL.js";
import {
  run as run3
} from "../lib/chunk-3OS2RFYP.js";
import "../lib/chunk-A7VGYP6S.js";
import {
  run as run4
} from "../lib/chunk-2X5XYGPV.js";
import "../lib/chunk-QYXBJHHF.js";
import "../lib/chunk-WTLP2W55.js";
import {
  run as run5
} from "../lib/chunk-VMISEWXF.js";
import "../lib/chunk-QNAQGOPJ.js";
import "../lib/chunk-WWEFJAJZ.js";
import {
  run as run6
} from "../lib/chunk-NAQI6YBL.js";
import {
  getInput,
  setFailed
} from "../lib/chunk-XEPDZJSA.js";
import "../lib/chunk-UIDUMXIK.js";
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
